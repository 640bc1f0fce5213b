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
        async for event in stream.events():
            started = time.perf_counter()
            outcome = run_one(
                "claims", incoming(event), w.pipeline.attribute, s.max_record_bytes * 4
            )
            sends = w.outputs("claims", [outcome], [event], s.topic_enriched, started)
            article = outcome.record
            if article is not None:
                for claim in article["claims"]:
                    message = records.encode(claim_message(article, claim))
                    sends.append(Send(s.topic_claims, claim["id"].encode(), message))
                # The bytes already encoded for news.enriched (its one send) feed the stories.
                sends.append(Send(w.stories_feed, b"stories", sends[0].value))
                sends += trending.feed(w, article)
            yield sends

    return claims
