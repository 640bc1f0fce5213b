"""The clean stage's agent: news.raw in, news.cleaned (or a dead letter) out."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import faust
from faust.types import AgentT

from streams.agents.wiring import Send, Wiring, incoming
from streams.runner import run_one


def agent(w: Wiring) -> AgentT:
    s = w.settings

    @w.app.agent(w.topic(s.topic_raw), name="clean", concurrency=1)
    async def clean(stream: faust.StreamT) -> AsyncIterator[list[Send]]:
        async for event in stream.events():
            started = time.perf_counter()
            outcome = run_one("clean", incoming(event), w.pipeline.clean, s.max_record_bytes)
            yield w.outputs("clean", [outcome], [event], s.topic_cleaned, started)

    return clean
