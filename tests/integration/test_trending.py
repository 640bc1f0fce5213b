"""Trending through a real worker: counts per window of event time match what was sent."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import orjson
import pytest

from streams.settings import Settings
from tests import factories
from tests.kafka import collect, isolated, running_worker, send

pytestmark = pytest.mark.integration

TEXT = (
    "Dockworkers in Rotterdam walked off the job on {day}, union officials said, halting "
    "container traffic at the port for the {n} time this month."
)


def test_trending_counts_match_the_articles_of_each_window(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    # Windows of 5 minutes: two articles at 12:00-12:04, one at 12:06, one at 12:12 (which
    # closes 12:05-12:10), sent out of event-time order.
    sent = [
        ("a", "12:01", "second"),
        ("b", "12:06", "third"),
        ("c", "12:03", "fourth"),
        ("d", "12:12", "fifth"),
    ]
    items = []
    for article, at, n in sent:
        raw = factories.raw(
            TEXT.format(day="Tuesday", n=n), id=article, published=f"2024-10-15T{at}:00+00:00"
        )
        items.append((article.encode(), orjson.dumps(raw)))
    expected = {"2024-10-15T12:00:00+00:00": 2, "2024-10-15T12:05:00+00:00": 1}
    with running_worker(settings, tmp_path / "worker.log"):
        asyncio.run(send(settings, settings.topic_raw, items))
        # How many records carry these counts depends on the order the articles reach the
        # trending stage (a window is published again with each late article): read until
        # the counts are those expected or time is up; `collect` then reads 3 s more, so that
        # a count that went on past them would show.
        deadline = time.monotonic() + 90
        while True:
            got = asyncio.run(collect(settings, settings.topic_trending, 2, within=30, settle=3))
            if rotterdam(got) == expected or time.monotonic() > deadline:
                break
    assert rotterdam(got) == expected


def rotterdam(got: list[tuple[bytes | None, bytes]]) -> dict[str, int]:
    """Rotterdam's article count per window start, the last version of each window."""
    windows: dict[str, int] = {}
    for _key, value in got:
        record = orjson.loads(value)
        if record["name"] == "Rotterdam":
            windows[record["window_start"]] = record["articles"]
    return windows
