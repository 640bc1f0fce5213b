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
        async for event in stream.events():
            started = time.perf_counter()
            outcome = run_one("stories", incoming(event), index.add, s.max_record_bytes * 4)
            sends = w.outputs("stories", [outcome], [event], s.topic_stories, started)
            for merged in (outcome.record or {}).get("merged", []):
                sends.append(Send(s.topic_stories, merged.encode(), None))
            yield sends

    return stories
