"""The broker dies under a running worker (kill -9) and comes back; the worker carries on."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from streams import records
from streams.broker import LocalKafka
from streams.clients import ensure_topics
from streams.settings import Settings
from tests import factories
from tests.kafka import collect, collect_keys, isolated, running_worker, send_all

pytestmark = pytest.mark.integration

# Enough that the stream is still running when the first 50 are out, even on a fast machine.
ARTICLES = 2000


def test_broker_kill_9_mid_stream_then_restart_loses_nothing(
    broker: Settings, tmp_path: Path
) -> None:
    kafka = LocalKafka(broker)
    status = kafka.status()
    if not status.running or status.pid is None:
        pytest.fail("this test kills and restarts the local broker; start it with this cache dir")
    settings = isolated(broker, tmp_path)
    sent = [factories.short_article(i) for i in range(ARTICLES)]
    keys = {a["id"].encode() for a in sent}
    asyncio.run(ensure_topics(settings))
    asyncio.run(
        send_all(
            settings, settings.topic_raw, [(a["id"].encode(), records.encode(a)) for a in sent]
        )
    )
    with running_worker(settings, tmp_path / "worker.log") as worker:
        first = asyncio.run(collect(settings, settings.topic_enriched, 50, within=120, settle=0))
        assert len(first) < ARTICLES  # mid-stream
        os.kill(status.pid, signal.SIGKILL)
        down = time.monotonic()
        try:
            time.sleep(5)
            assert worker.poll() is None  # the worker waits for the broker
        finally:
            kafka.start()
        back = time.monotonic()
        out = asyncio.run(collect_keys(settings, settings.topic_enriched, keys, within=300))
        done = time.monotonic()
        alive = worker.poll() is None
    counts = Counter(k for k, _ in out)
    lost = keys - set(counts)
    print(
        f"{ARTICLES} sent; broker killed with {len(first)}+ out, down {back - down:.0f} s; "
        f"all out {done - back:.0f} s after it came back; lost {len(lost)}; "
        f"duplicates {sum(counts.values()) - len(counts)}"
    )
    assert alive, (tmp_path / "worker.log").read_text()[-3000:]
    assert not lost
