"""Two workers share the stream; one stops mid-stream and the other takes over its share."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from streams import records
from streams.clients import ensure_topics
from streams.settings import Settings
from tests import factories
from tests.factories import WIRE, outlet_a, outlet_b
from tests.integration.test_duplicates import page, wait_for_one_partition_each
from tests.kafka import (
    collect,
    collect_keys,
    free_port,
    isolated,
    partitions_held,
    running_worker,
    scrape,
    send,
    send_all,
)

pytestmark = pytest.mark.integration

ARTICLES = 1000


def test_one_of_two_workers_stops_mid_stream_and_the_other_takes_over(
    broker: Settings, tmp_path: Path
) -> None:
    staying = isolated(broker, tmp_path)
    leaving = replace(staying, web_port=free_port(), data_dir=str(tmp_path / "data-leaving"))
    sent = [factories.short_article(i) for i in range(ARTICLES)]
    keys = {a["id"].encode() for a in sent}
    asyncio.run(ensure_topics(staying))
    with running_worker(staying, tmp_path / "staying.log"):
        with running_worker(leaving, tmp_path / "leaving.log") as worker:
            wait_for_one_partition_each(staying, leaving)
            # A wire story cleaned by the worker that leaves; its reprint comes after.
            (theirs,) = partitions_held(scrape(leaving), leaving.topic_raw)
            original = page("herald-1", outlet_a(WIRE), 12)
            asyncio.run(send(staying, staying.topic_raw, [original], partition=theirs))
            items = [(a["id"].encode(), records.encode(a)) for a in sent]
            asyncio.run(send_all(staying, staying.topic_raw, items))
            mid = asyncio.run(collect(staying, staying.topic_enriched, 150, within=120, settle=0))
            assert len(mid) < ARTICLES
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(timeout=30) == 0
        deadline = time.monotonic() + 60
        while (
            partitions_held(scrape(staying), staying.topic_raw) != {0, 1}
            and time.monotonic() < deadline
        ):
            time.sleep(1)
        owned = partitions_held(scrape(staying), staying.topic_raw)
        reprint = page("times-7", outlet_b(WIRE), 13)
        asyncio.run(send(staying, staying.topic_raw, [reprint], partition=theirs))
        out = asyncio.run(
            collect_keys(
                staying, staying.topic_enriched, keys | {b"herald-1", b"times-7"}, within=120
            )
        )
        cleaned = asyncio.run(
            collect_keys(staying, staying.topic_cleaned, {b"times-7"}, within=30, settle=0)
        )
    counts = Counter(k for k, _ in out)
    lost = (keys | {b"herald-1", b"times-7"}) - set(counts)
    verdict = next(orjson.loads(v)["duplicate_of"] for k, v in cleaned if k == b"times-7")
    print(
        f"{ARTICLES} sent; one of two workers stopped with {len(mid)}+ out; lost {len(lost)}; "
        f"duplicates {sum(counts.values()) - len(counts)}; reprint's verdict {verdict}"
    )
    assert owned == {0, 1}  # the worker that stayed owns every partition
    assert not lost
    assert verdict == "herald-1"  # the table the other worker wrote is this one's too
