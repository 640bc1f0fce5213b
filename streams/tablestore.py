"""Where the worker's tables live: RocksDB files under the data folder, or memory.

Faust's RocksDB store keeps one database per changelog partition and writes a
key into the database of the *event's* partition. For a table written with
`use_partitioner=True` (dedup, claims) the changelog record goes to the *key's*
partition instead, and a global table reads its own changelog back: a key then
sits in two databases, a delete reaches one, and after a restart a lookup may
find an older value in the other (seen on the real broker: "times-7" in dedup-0
and dedup-1). `KeyedRocksDBStore` writes such keys where the changelog puts them,
so each key has one home, local and in Kafka. A subclass rather than our own
store: Faust's recovery, offsets and rebalancing stay Faust's.

Memory: Faust opens one database per table and partition (13 in a worker with 4
partitions, 26 with 8), each with its own block cache and write buffers, so what RocksDB
holds grows with the partitions. Here every database of the process shares one LRU cache,
and their write buffers (memtables) are charged to it through one write-buffer manager:
RocksDB's memory is one figure, `Settings.table_memory_mb`, however many databases.
"""

from __future__ import annotations

from typing import Any

import rocksdict
from aiokafka.partitioner import DefaultPartitioner
from faust import stores
from faust.stores.rocksdb import RocksDBOptions
from faust.stores.rocksdb import Store as RocksDBStore
from yarl import URL

KEYED_ROCKSDB = "newsstream-rocksdb"
# Faust's defaults give each database a 2 GB block cache and three 64 MB write buffers: a
# recovering worker kept the whole changelog in write buffers (523 MB RSS at 10k articles'
# worth against 333 MB after a restart, bench/state.py). Small buffers flush to disk early;
# the files are read back rarely (a restart, a lookup of a key not in memory).
WRITE_BUFFER_BYTES = 4 * 1024 * 1024
WRITE_BUFFERS = 2
# Of the memory shared by all databases, what their write buffers may take together.
WRITE_BUFFER_SHARE = 0.5
MEMORY_PARAM = "memory_mb"
DEFAULT_MEMORY_MB = 64


# Built on first use by a database (not at import), kept for the life of the process.
_POOLS: dict[int, tuple[rocksdict.Cache, rocksdict.WriteBufferManager]] = {}


def shared_memory(total_bytes: int) -> tuple[rocksdict.Cache, rocksdict.WriteBufferManager]:
    """The process's one block cache and the write-buffer manager that charges it.

    One per size, for the life of the process: every database opened with these options
    counts against the same `total_bytes` (the cache evicts blocks to make room for
    memtables, and the manager flushes memtables past their share)."""
    pool = _POOLS.get(total_bytes)
    if pool is None:
        block_cache = rocksdict.Cache(total_bytes)
        manager = rocksdict.WriteBufferManager.new_write_buffer_manager_with_cache(
            int(total_bytes * WRITE_BUFFER_SHARE), False, block_cache
        )
        pool = _POOLS[total_bytes] = (block_cache, manager)
    return pool


def memory_bytes() -> int:
    """What RocksDB holds in this process's shared memory: the blocks in its cache and the
    memtables charged to it, the figure `Settings.table_memory_mb` bounds (the worker's
    `newsstream_table_memory_bytes`). 0 before a database opens, and with the memory store.

    RSS alone cannot tell a cache filling towards its bound from a leak: this can."""
    return sum(block_cache.get_usage() for block_cache, _ in _POOLS.values())


class SharedMemoryOptions(RocksDBOptions):
    """Faust's options for one database, its cache and write buffers drawn from the shared pool.

    Index and filter blocks go to the cache too: otherwise each open table file keeps its
    own outside any limit."""

    def __init__(self, total_bytes: int, **kwargs: Any) -> None:
        super().__init__(
            write_buffer_size=WRITE_BUFFER_BYTES,
            max_write_buffer_number=WRITE_BUFFERS,
            block_cache_size=total_bytes,
            **kwargs,
        )
        self.total_bytes = total_bytes

    def as_options(self) -> Any:
        options = super().as_options()
        if not self.use_rocksdict:  # python-rocksdb, if someone picks it: Faust's own options
            return options
        block_cache, manager = shared_memory(self.total_bytes)
        table = rocksdict.BlockBasedOptions()
        table.set_bloom_filter(self.bloom_filter_size, True)
        table.set_block_cache(block_cache)
        table.set_cache_index_and_filter_blocks(True)
        table.set_index_type(rocksdict.BlockBasedIndexType.binary_search())
        options.set_block_based_table_factory(table)
        options.set_write_buffer_manager(manager)
        return options


class KeyedRocksDBStore(RocksDBStore):
    """Faust's RocksDB store; a partitioned table's key goes to its changelog partition."""

    def __init__(self, url: str | URL, *args: Any, **kwargs: Any) -> None:
        memory_mb = int(URL(url).query.get(MEMORY_PARAM, DEFAULT_MEMORY_MB))
        super().__init__(URL(url).with_query(None), *args, **kwargs)
        self.rocksdb_options = SharedMemoryOptions(
            memory_mb * 1024 * 1024, **(self.options or {}), use_rocksdict=self.use_rocksdict
        )

    def _set(self, key: bytes, value: bytes | None) -> None:
        if not (self.table.use_partitioner or self.table.is_global):
            super()._set(key, value)
            return
        partition = self.key_partition(key)
        self._key_index[key] = partition
        self._db_for_partition(partition).put(key, value)

    def key_partition(self, key: bytes) -> int:
        """The changelog partition of `key`: what the producer's partitioner picks for it."""
        conf: Any = self.app.conf  # Faust's Param descriptors confuse mypy here
        count = self.table.partitions or conf.topic_partitions
        partitioner = conf.producer_partitioner or DefaultPartitioner()
        everything = list(range(count))
        return int(partitioner(key, everything, everything))


def url(store: str, memory_mb: int = DEFAULT_MEMORY_MB) -> str:
    """Faust's `store=` for a Settings.table_store name ("rocksdb" or "memory"); RocksDB's
    memory for all the tables (Settings.table_memory_mb) rides in the URL, the one thing
    Faust hands every store it opens."""
    if store != "rocksdb":
        return f"{store}://"
    return f"{KEYED_ROCKSDB}://?{MEMORY_PARAM}={memory_mb}"


# Faust finds a store class by the URL's scheme in this mapping (its plugin mechanism).
stores.STORES.aliases.setdefault(KEYED_ROCKSDB, f"{__name__}:KeyedRocksDBStore")
