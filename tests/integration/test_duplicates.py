"""Duplicates in the worker: one table of recent articles, shared by workers, kept over restarts.

A reprint lands on whichever partition its key hashes to, so the worker that
cleans it is often not the one that cleaned the original. These run real
workers on the real broker and read the verdict from news.cleaned.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.factories import SAME_SUBJECT, WIRE, outlet_a, outlet_b
from tests.kafka import (
    collect,
    collect_keys,
    free_port,
    isolated,
    partitions_held,
    running_worker,
    scrape,
    send,
)

pytestmark = pytest.mark.integration
DEDUP_ARTICLES = ("newsstream_index_articles", (("index", "dedup"),))


def page(article: str, html: str, hour: int) -> tuple[bytes, bytes]:
    raw = factories.raw(
        html, id=article, content_type="text/html", fetched_at=f"2026-11-17T{hour:02d}:00:00Z"
    )
    return article.encode(), records.encode(raw)


def wait_for_one_partition_each(*workers: Settings, within: float = 90) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        owned = [partitions_held(scrape(w), w.topic_raw) for w in workers]
        if all(len(o) == 1 for o in owned) and len(set.union(*owned)) == len(workers):
            return
        time.sleep(1)
    raise AssertionError(f"partitions were not shared out: {owned}")


def wait_until_each_knows(articles: int, *workers: Settings, within: float = 30) -> None:
    """Until every worker's duplicate index holds `articles`: the other worker's arrive
    through the table's changelog, a fetch behind the article's own record on news.cleaned."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        known = [scrape(w)[DEDUP_ARTICLES] for w in workers]
        if all(k == articles for k in known):
            return
        time.sleep(0.2)
    raise AssertionError(f"the workers' duplicate indexes hold {known}, not {articles} each")


def verdicts(settings: Settings, until: int) -> dict[str, str | None]:
    out = asyncio.run(collect(settings, settings.topic_cleaned, until=until, within=60, settle=0))
    return {k.decode(): orjson.loads(v)["duplicate_of"] for k, v in out if k}


def by_key(settings: Settings, keys: set[str]) -> dict[str, str | None]:
    """Verdicts once `keys` are out, by key rather than by count: a worker that restarts
    may clean an earlier article a second time."""
    wanted = {k.encode() for k in keys}
    out = asyncio.run(collect_keys(settings, settings.topic_cleaned, wanted, within=60, settle=0))
    return {k.decode(): orjson.loads(v)["duplicate_of"] for k, v in out if k}


def test_a_reprint_cleaned_by_another_worker_or_after_a_restart_is_a_duplicate(
    broker: Settings, tmp_path: Path
) -> None:
    first = isolated(broker, tmp_path)
    # Each worker its own data folder, as on separate machines: RocksDB locks its files.
    second = replace(first, web_port=free_port(), data_dir=str(tmp_path / "data-second"))
    with (
        running_worker(first, tmp_path / "first.log"),
        running_worker(second, tmp_path / "second.log"),
    ):
        wait_for_one_partition_each(first, second)
        # Each worker cleans a story first, so both indexes exist before the original arrives.
        for partition, article in enumerate(("warm-0", "warm-1")):
            text = [f"{article}: {p}" for p in factories.seed_paragraphs()]
            asyncio.run(send(first, first.topic_raw, [page(article, outlet_a(text), 9)], partition))
        assert len(verdicts(first, 2)) == 2
        asyncio.run(send(first, first.topic_raw, [page("herald-1", outlet_a(WIRE), 12)], 0))
        assert verdicts(first, 3)["herald-1"] is None
        wait_until_each_knows(3, first, second)
        asyncio.run(send(first, first.topic_raw, [page("times-7", outlet_b(WIRE), 13)], 1))
        assert verdicts(first, 4)["times-7"] == "herald-1"

    # The table is on disk (RocksDB, one database per changelog partition) where a restart
    # finds it.
    tables = Path(first.data_dir) / "v1" / "tables"
    assert sorted(p.name for p in tables.glob("dedup-*.db")) == ["dedup-0.db", "dedup-1.db"]

    # A new worker, started after both stopped, knows the original: from its RocksDB files
    # and the changelog's tail.
    with running_worker(first, tmp_path / "restarted.log"):
        courier = page("courier-3", outlet_b(WIRE[1:]), 14)
        related = page("herald-2", outlet_a(SAME_SUBJECT), 15)
        asyncio.run(send(first, first.topic_raw, [courier, related]))
        found = by_key(first, {"courier-3", "herald-2"})
    assert found["courier-3"] == "herald-1"
    assert found["herald-2"] is None

    # A worker on a new machine (an empty data folder) rebuilds the table from the changelog.
    fresh = replace(first, data_dir=str(tmp_path / "data-fresh"))
    with running_worker(fresh, tmp_path / "fresh.log"):
        gazette = page("gazette-5", outlet_a(WIRE), 16)
        asyncio.run(send(fresh, fresh.topic_raw, [gazette]))
        found = by_key(fresh, {"gazette-5"})
    assert found["gazette-5"] == "herald-1"
