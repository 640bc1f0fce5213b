"""A worker's memory stays bounded however long the backlog: it stays in Kafka.

2,000 records of about 1 MB (2 GB) wait on news.raw when the worker starts; the clean
stage takes about 0.6 s of CPU a record. What the worker may hold: per agent
NEWSSTREAM_STREAM_BUFFER_RECORDS (Faust's stream buffer; Faust's default is 4,096), and in
aiokafka's fetcher one fetch per assigned partition. Measured: the same run with a buffer
of 16 and of 4,096 grew alike (+103 and +74 MB), because the stages work on the event loop,
which hands the consumer's records over between them; the buffer bound is what holds
where a stage awaits instead (a thread, a slow send).
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import pytest

from streams import clients, records
from streams.clients import ensure_topics
from streams.settings import Settings
from tests import factories
from tests.kafka import collect, isolated, running_worker

pytestmark = pytest.mark.integration

BACKLOG = 2000
RECORD_BYTES = 1024 * 1024
WATCH_S = 30


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


async def fill(settings: Settings) -> None:
    body = factories.large_body(RECORD_BYTES)
    producer = clients.producer(settings, acks=1, linger_ms=50)
    await producer.start()
    try:
        pending = []
        for i in range(BACKLOG):
            key = f"large-{i}"
            value = records.encode(factories.raw(body, id=key))
            pending.append(await producer.send(settings.topic_raw, value, key=key.encode()))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def drop_topics(settings: Settings) -> None:
    """Two gigabytes are not left on the broker's disk for later runs."""
    admin = clients.admin(settings)
    await admin.start()
    try:
        await admin.delete_topics(list(settings.topics))
    finally:
        await admin.close()


def test_a_backlog_of_large_records_stays_in_kafka(broker: Settings, tmp_path: Path) -> None:
    settings = isolated(broker, tmp_path)
    asyncio.run(ensure_topics(settings))
    try:
        asyncio.run(fill(settings))
        with running_worker(settings, tmp_path / "worker.log") as worker:
            ready = rss_mb(worker.pid)
            samples = []
            deadline = time.monotonic() + WATCH_S
            while time.monotonic() < deadline:
                samples.append(rss_mb(worker.pid))
                time.sleep(0.5)
            cleaned = len(asyncio.run(collect(settings, settings.topic_cleaned, 10**9, 3, 0)))
        peak = max(samples)
        print(f"RSS ready {ready:.0f} MB, peak {peak:.0f} MB over {WATCH_S} s; {cleaned} cleaned")
        assert cleaned > 0  # it was working through the backlog
        assert cleaned < BACKLOG / 2  # and the backlog was still there at the end
        # Hundreds of MB at most (the agents' buffers, the fetcher's one fetch per
        # partition), where the backlog taken in would be 2 GB.
        assert peak - ready < 700, f"RSS grew from {ready:.0f} to {peak:.0f} MB"
    finally:
        asyncio.run(drop_topics(settings))
