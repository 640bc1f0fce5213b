"""The claims stage's agent: news.tagged in, news.enriched out, and each article on to the
claims topic (one message per claim), the stories feed and the trending feed (one message
per partition its entities hash to)."""

from __future__ import annotations

import gc
import time
from collections.abc import AsyncIterator

import faust
from faust.types import AgentT

from streams import records
from streams.agents import trending
from streams.agents.wiring import Send, Wiring, incoming
from streams.runner import run_one
from streams.stages.claims.parsed import parser
from streams.stages.claims.relations import claim_message


def agent(w: Wiring) -> AgentT:
    s = w.settings

    @w.app.agent(w.topic(s.topic_tagged), name="claims", concurrency=1)
    async def claims(stream: faust.StreamT) -> AsyncIterator[list[Send]]:
        # The parser (about 0.15 s and 33 MB) at start-up rather than inside the first
        # article's budget; it lives as long as the worker, so out of the collector's sight
        # like the entity model.
        parser()
        gc.collect()
        gc.freeze()
        # In batches, as the entity agent hands them on: the outputs of a batch go to the
        # producer at once (one sink call, one produce request instead of one per article).
        # take_events keeps each event's key (take() drops them); StreamT does not declare it.
        async for events in stream.take_events(  # type: ignore[attr-defined]
            s.batch_size, within=s.batch_timeout
        ):
            started = time.perf_counter()
            outcomes = [
                run_one("claims", incoming(e), w.pipeline.attribute, s.max_record_bytes * 4)
                for e in events
            ]
            sends = []
            for outcome, send in zip(
                outcomes,
                w.outputs("claims", outcomes, events, s.topic_enriched, started),
                strict=True,
            ):
                sends.append(send)
                article = outcome.record
                if article is not None:
                    for claim in article["claims"]:
                        message = records.encode(claim_message(article, claim))
                        sends.append(Send(s.topic_claims, claim["id"].encode(), message))
                    # The bytes already encoded for news.enriched feed the stories.
                    sends.append(Send(w.stories_feed, b"stories", send.value))
                    sends += trending.feed(w, article)
            yield sends

    return claims
