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
"""

from __future__ import annotations

from typing import Any

from aiokafka.partitioner import DefaultPartitioner
from faust import stores
from faust.stores.rocksdb import Store as RocksDBStore

KEYED_ROCKSDB = "newsstream-rocksdb"
# Faust opens one RocksDB per table and partition (26 in a worker with 8 partitions), each
# with its own 2 GB block cache and three 64 MB write buffers: a recovering worker kept the
# whole changelog in write buffers (523 MB RSS at 10k articles' worth against 333 MB after
# a restart, bench/state.py). Small buffers flush to disk early; the files are read back
# rarely (a restart, a lookup of a key not in memory), so a small cache suffices.
WRITE_BUFFER_BYTES = 4 * 1024 * 1024
WRITE_BUFFERS = 2
BLOCK_CACHE_BYTES = 8 * 1024 * 1024


class KeyedRocksDBStore(RocksDBStore):
    """Faust's RocksDB store; a partitioned table's key goes to its changelog partition."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rocksdb_options.write_buffer_size = WRITE_BUFFER_BYTES
        self.rocksdb_options.max_write_buffer_number = WRITE_BUFFERS
        self.rocksdb_options.block_cache_size = BLOCK_CACHE_BYTES

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


def url(store: str) -> str:
    """Faust's `store=` for a Settings.table_store name ("rocksdb" or "memory")."""
    return f"{KEYED_ROCKSDB}://" if store == "rocksdb" else f"{store}://"


# Faust finds a store class by the URL's scheme in this mapping (its plugin mechanism).
stores.STORES.aliases.setdefault(KEYED_ROCKSDB, f"{__name__}:KeyedRocksDBStore")
