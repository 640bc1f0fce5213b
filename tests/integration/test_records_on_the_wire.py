"""Every record Kafka can carry: compressed by real clients, or stored so it cannot be read.

Each test writes its records to news.raw *before* the worker starts, as when a worker
comes back to a topic that a producer has filled, and reads the verdict from the
worker's output topics and its /metrics page.
"""

from __future__ import annotations

import asyncio
import urllib.request
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from aiokafka.errors import MessageSizeTooLargeError
from prometheus_client.parser import text_string_to_metric_families

from streams import records
from streams.clients import ensure_topics
from streams.settings import Settings
from tests import factories
from tests.kafka import (
    collect,
    isolated,
    rewrite_batch,
    running_worker,
    send,
    send_batch,
    stored_batches,
    topic_config,
)

pytestmark = pytest.mark.integration

CODECS = {"gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}


def articles(first: int, n: int) -> list[tuple[bytes, bytes]]:
    items = [factories.short_article(i) for i in range(first, first + n)]
    return [(a["id"].encode(), records.encode(a)) for a in items]


def metric(settings: Settings, name: str, **labels: str) -> float:
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        page = response.read().decode()
    for family in text_string_to_metric_families(page):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    raise AssertionError(f"{name}{labels} is not on /metrics")


def test_records_compressed_with_every_codec_come_out(broker: Settings, tmp_path: Path) -> None:
    settings = isolated(broker, tmp_path)
    asyncio.run(ensure_topics(settings))
    sent: list[bytes] = []
    for n, codec in enumerate(CODECS):
        batch = articles(10 * n, 3)
        asyncio.run(send_batch(settings, settings.topic_raw, batch, n % 2, compression=codec))
        sent += [k for k, _ in batch]
    stored = {b.codec for p in (0, 1) for b in stored_batches(settings, settings.topic_raw, p)}
    assert stored == set(CODECS.values())  # the broker kept each batch as compressed

    with running_worker(settings, tmp_path / "worker.log"):
        out = asyncio.run(collect(settings, settings.topic_enriched, until=len(sent), within=90))

    assert sorted(k for k, _ in out) == sorted(sent)
    assert "Traceback" not in (tmp_path / "worker.log").read_text()


def test_records_that_cannot_be_read_are_dead_lettered_and_the_stream_moves_on(
    broker: Settings, tmp_path: Path
) -> None:
    # A small record limit, so that the limits are quick to reach.
    settings = replace(isolated(broker, tmp_path), max_record_bytes=20_000)
    asyncio.run(ensure_topics(settings))
    raw = settings.topic_raw
    good = articles(0, 3) + articles(10, 3) + articles(20, 3)
    # Partition 0: good records (offsets 0-2) in the same fetch as the bad batches after them.
    asyncio.run(send(settings, raw, good[:3], partition=0))
    asyncio.run(send_batch(settings, raw, articles(3, 1), 0, compression="gzip"))  # 3
    asyncio.run(send_batch(settings, raw, articles(4, 3), 0, compression="gzip"))  # 4-6
    asyncio.run(send(settings, raw, good[3:6], partition=0))  # 7-9
    # Over the worker's record limit (20 KB) but within the topic's: dead-lettered. The
    # topic refuses anything the worker could not fetch whole (over 6 x 20 KB).
    oversize = records.encode(factories.raw("word " * 12_000, id="huge"))  # 60 KB
    big = [(b"huge", oversize), *good[6:]]
    asyncio.run(send(broker, raw, big, partition=1))  # with the broker's limits, not the worker's
    with pytest.raises(MessageSizeTooLargeError):
        asyncio.run(send(broker, raw, [(b"huger", oversize * 3)], partition=1))
    codec, crc = stored_batches(settings, raw, 0)[3:5]
    assert (codec.base_offset, crc.base_offset) == (3, 4)
    rewrite_batch(codec, codec=7)  # no such codec; its CRC is right
    rewrite_batch(crc, flip_last_byte=True)  # three records behind a wrong CRC

    with running_worker(settings, tmp_path / "worker.log"):
        out = asyncio.run(collect(settings, settings.topic_enriched, until=len(good), within=90))
        letters = asyncio.run(collect(settings, settings.topic_deadletter, until=5, within=30))
        unreadable = metric(
            settings, "newsstream_dead_letters_total", stage="clean", reason="unreadable"
        )
        changelog = f"{settings.app_id}-dedup-changelog"
        limits = {
            t: asyncio.run(topic_config(settings, t, "max.message.bytes")) for t in (raw, changelog)
        }

    # The topics the worker created refuse what it could not fetch.
    assert limits == {raw: "120000", changelog: "120000"}

    assert sorted(k for k, _ in out) == sorted(k for k, _ in good)
    by_offset = {}
    for _, value in letters:
        letter = records.validate("deadletter", orjson.loads(value))
        by_offset[(letter["partition"], letter["offset"])] = letter
    assert sorted(by_offset) == [(0, 3), (0, 4), (0, 5), (0, 6), (1, 0)]
    assert "Unknown compression codec 0x07" in by_offset[0, 3]["message"]
    for offset in (4, 5, 6):
        assert "CorruptRecordException" in by_offset[0, offset]["message"]
    for offset in range(3, 7):
        letter = by_offset[0, offset]
        assert (letter["stage"], letter["error"], letter["topic"]) == ("clean", "unreadable", raw)
        assert letter["key"] is None and letter["value"] is None
    assert by_offset[1, 0]["error"] == "too_large"
    assert by_offset[1, 0]["key"] == "huge"
    assert unreadable == 4
    log = (tmp_path / "worker.log").read_text()
    assert "crash" not in log.lower()
