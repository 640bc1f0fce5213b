"""The stories agent: the one-partition stories feed in, news.stories out (a story merged
into another leaves a tombstone under its id)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import faust
from faust.types import AgentT

from streams.agents.wiring import Send, Wiring, incoming
from streams.runner import run_one
from streams.stages import stories as stage


def agent(w: Wiring) -> AgentT:
    s = w.settings
    index = w.stories
    assert index is not None, "the stories role needs its table"

    @w.app.agent(w.topic(w.stories_feed), name="stories", concurrency=1)
    async def stories(stream: faust.StreamT) -> AsyncIterator[list[Send]]:
        stage.warm_up()
        # In batches, as the claims agent hands them on (see there); the stories table is
        # then written outside any one event (streams.app declares it with the partitioner).
        async for events in stream.take_events(  # type: ignore[attr-defined]
            s.batch_size, within=s.batch_timeout
        ):
            started = time.perf_counter()
            outcomes = [
                run_one("stories", incoming(e), index.add, s.max_record_bytes * 4) for e in events
            ]
            sends = []
            for outcome, send in zip(
                outcomes,
                w.outputs("stories", outcomes, events, s.topic_stories, started),
                strict=True,
            ):
                sends.append(send)
                for merged in (outcome.record or {}).get("merged", []):
                    sends.append(Send(s.topic_stories, merged.encode(), None))
            yield sends

    return stories
