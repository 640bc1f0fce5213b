"""The trending agent: entity mentions in (keyed by entity), closed windows to
news.trending; the worker's timer publishes windows that no later mention closes."""

from __future__ import annotations

from collections.abc import AsyncIterator

import faust
from faust.types import AgentT

from streams import records
from streams.agents.wiring import Send, Wiring, incoming
from streams.errors import StageFailed
from streams.runner import fail
from streams.stages.trending import TrendingIndex


def agent(w: Wiring) -> AgentT:
    index = w.trending
    assert index is not None, "the trending role needs its table"

    @w.app.agent(w.topic(w.trending_feed), name="trending", concurrency=1)
    async def trending(stream: faust.StreamT) -> AsyncIterator[list[Send]]:
        async for event in stream.events():
            got = incoming(event)
            try:
                key = (got.key or b"").decode("utf-8", "replace")
                closed = index.add(key, records.decode(got.value, 65536))
            except Exception as exc:  # noqa: BLE001 - a failure is a dead letter, never a crash
                letter = fail("trending", got, StageFailed(f"{type(exc).__name__}: {exc}"))
                value = records.encode(letter.dead or {})
                yield [Send(w.settings.topic_deadletter, got.key, value)]
                continue
            yield windows(w, closed)

    return trending


def windows(w: Wiring, closed: list[records.Record]) -> list[Send]:
    """Closed windows as messages, keyed by entity and window start (one window downstream)."""
    return [
        Send(
            w.settings.topic_trending,
            f"{window['entity']}@{window['window_start']}".encode(),
            records.encode(window),
        )
        for window in closed
    ]


def publish_due(w: Wiring, index: TrendingIndex) -> list[Send]:
    """Windows the stream's event time has passed, and the top-10 gauge."""
    sends = windows(w, list(index.due()))
    w.metrics.trending.clear()
    for rank, (name, label, count) in enumerate(index.top(10), 1):
        w.metrics.trending.labels(str(rank), name, label).set(count)
    return sends
