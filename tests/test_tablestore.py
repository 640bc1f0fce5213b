"""The worker's table store: each key of a partitioned table has one home, its changelog's."""

from __future__ import annotations

import time
from pathlib import Path

import faust
import pytest
from aiokafka.partitioner import DefaultPartitioner

from streams import tablestore
from streams.tablestore import KeyedRocksDBStore


def app(tmp_path: Path, store: str = "rocksdb", memory_mb: int = 64) -> faust.App:
    return faust.App("store-test", datadir=str(tmp_path), store=tablestore.url(store, memory_mb))


def test_the_settings_names_map_to_faust_stores(tmp_path: Path) -> None:
    assert tablestore.url("rocksdb") == "newsstream-rocksdb://?memory_mb=64"
    assert tablestore.url("memory") == "memory://"
    table = app(tmp_path, "memory").Table("t", partitions=2)
    assert type(table.data).__module__ == "faust.stores.memory"


def test_a_global_tables_key_is_stored_in_its_changelog_partition(tmp_path: Path) -> None:
    table = app(tmp_path).GlobalTable("dedup", partitions=4, use_partitioner=True)
    store = table.data
    assert isinstance(store, KeyedRocksDBStore)
    keys = [f'"article-{n}"'.encode() for n in range(40)]
    for key in keys:
        store._set(key, b"{}")
    store._del(keys[0])
    everything = list(range(4))
    homes = {key: DefaultPartitioner()(key, everything, everything) for key in keys}
    assert len(set(homes.values())) == 4  # the keys spread over every partition
    for partition in everything:
        stored = set(store._visible_keys(store._db_for_partition(partition)))
        assert stored == {k for k in keys[1:] if homes[k] == partition}
    # Files under the data folder, where a restarted worker finds them.
    assert (tmp_path / "v1" / "tables" / "dedup-0.db").is_dir()


def test_every_database_draws_on_one_memory_budget(tmp_path: Path) -> None:
    # Faust's defaults (2 GB cache, 3 x 64 MB buffers) per database, 26 databases a worker:
    # here 8 databases share one cache of 16 MB, their write buffers charged to it.
    store = app(tmp_path, memory_mb=16).Table("trending", partitions=8).data
    assert isinstance(store, KeyedRocksDBStore)
    assert store.url.path == "trending"  # the budget is not part of the table's path
    block_cache, manager = tablestore.shared_memory(16 * 1024 * 1024)
    dbs = [store._db_for_partition(partition) for partition in range(8)]
    value = b"x" * 1000
    for n in range(3500):  # 3.5 MB a database, written as a worker does: mixed
        for db in dbs:
            db.put(f"key-{n}".encode(), value)

    def in_memtables() -> int:
        return sum(db.property_int_value("rocksdb.cur-size-all-mem-tables") or 0 for db in dbs)

    # Each database alone stays under its own 4 MB buffer: on their own the eight would keep
    # all 28 MB in memory. The shared manager has them flushed past its 8 MB share (in the
    # background, so a burst overshoots until the flushes catch up; RocksDB checks at a
    # write, so writes go on meanwhile, as in a worker) and charges what stays to the cache.
    deadline = time.monotonic() + 20
    n = 0
    while in_memtables() > 10 * 1024 * 1024 and time.monotonic() < deadline:
        dbs[n % 8].put(b"trickle", value)
        n += 1
        time.sleep(0.05)
    assert in_memtables() <= 10 * 1024 * 1024
    assert block_cache.get_usage() >= manager.get_usage() > 0
    assert all(store._db_for_partition(p)[b"key-0"] == value for p in range(8))


def test_the_memory_figure_is_what_the_shared_cache_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker's newsstream_table_memory_bytes: this process's pools only (here none yet).
    monkeypatch.setattr(tablestore, "_POOLS", {})
    assert tablestore.memory_bytes() == 0  # no database open: the memory store's figure
    store = app(tmp_path, memory_mb=8).Table("claims", partitions=2).data
    assert isinstance(store, KeyedRocksDBStore)
    dbs = [store._db_for_partition(partition) for partition in range(2)]
    block_cache, manager = tablestore.shared_memory(8 * 1024 * 1024)
    empty = tablestore.memory_bytes()
    assert empty == block_cache.get_usage()
    for n in range(1000):  # 1 MB a database: under each one's 4 MB buffer, no flush
        for db in dbs:
            db.put(f"key-{n}".encode(), b"x" * 1000)
    written = tablestore.memory_bytes()
    in_memtables = sum(db.property_int_value("rocksdb.cur-size-all-mem-tables") for db in dbs)
    # The memtables are charged to the cache: the figure counts them.
    assert written == block_cache.get_usage() >= in_memtables > 2_000_000
    assert manager.get_usage() >= in_memtables
    for db in dbs:
        db.flush()
    for n in range(1000):  # read back from the files: their blocks now in the cache
        assert dbs[n % 2][f"key-{n}".encode()] == b"x" * 1000
    assert tablestore.memory_bytes() == block_cache.get_usage() > empty
    assert tablestore.memory_bytes() <= 8 * 1024 * 1024
