"""The entities agent: news.cleaned in, news.tagged out, in batches through the model.

The model runs on the event loop, on purpose: in a thread (asyncio.to_thread) CI's
rebalance test lost an article with it (1 of 1,000, after 0 in 23 runs by hand), as it
had lost 1-6 in 3 of 13 runs before streams.transport's commit guard. Faust's consumer
thread keeps the heartbeats going, so a slow batch costs no group membership, and the
pages are served from threads of their own (streams.web), so none waits for a batch.
Nothing in a batch awaits. README, Reliability.
"""

from __future__ import annotations

import gc
import time
from collections.abc import AsyncIterator

import faust
from faust.types import AgentT

from streams.agents.wiring import Send, Wiring, incoming
from streams.runner import run_batch
from streams.stages import entities as stage


def agent(w: Wiring) -> AgentT:
    s = w.settings

    @w.app.agent(w.topic(s.topic_cleaned), name="entities", concurrency=1)
    async def entities(stream: faust.StreamT) -> AsyncIterator[list[Send]]:
        loaded = time.perf_counter()
        w.pipeline.load_model()
        # The model and the knowledge base are most of the heap and live as long as the
        # worker: out of the collector's sight, as a full collection stops every thread.
        # Before this, a 600-article burst saw full collections of 0.3-1.0 s, each one a
        # stall of every thread (the pages' and the consumer's) as long.
        gc.collect()
        gc.freeze()
        w.metrics.model_load_seconds.labels(stage.MODEL).set(time.perf_counter() - loaded)
        # take_events keeps each event's key (take() drops them); StreamT does not declare it.
        async for events in stream.take_events(  # type: ignore[attr-defined]
            s.batch_size, within=s.batch_timeout
        ):
            started = time.perf_counter()
            batch = [incoming(e) for e in events]
            outcomes = run_batch("entities", batch, w.pipeline.tag, s.max_record_bytes * 4)
            yield w.outputs("entities", outcomes, events, s.topic_tagged, started)

    return entities
