"""The worker's table store: each key of a partitioned table has one home, its changelog's."""

from __future__ import annotations

from pathlib import Path

import faust
from aiokafka.partitioner import DefaultPartitioner

from streams import tablestore
from streams.tablestore import KeyedRocksDBStore


def app(tmp_path: Path, store: str = "rocksdb") -> faust.App:
    return faust.App("store-test", datadir=str(tmp_path), store=tablestore.url(store))


def test_the_settings_names_map_to_faust_stores(tmp_path: Path) -> None:
    assert tablestore.url("rocksdb") == "newsstream-rocksdb://"
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


def test_each_database_gets_small_buffers_and_cache(tmp_path: Path) -> None:
    # Faust's defaults (2 GB cache, 3 x 64 MB buffers) per database, 26 databases a worker.
    store = app(tmp_path).Table("trending", partitions=8).data
    assert isinstance(store, KeyedRocksDBStore)
    options = store.rocksdb_options
    per_database = options.write_buffer_size * options.max_write_buffer_number
    assert per_database + options.block_cache_size <= 16 * 1024 * 1024
