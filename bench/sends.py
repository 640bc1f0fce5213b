"""What a worker's main thread spends to send one article's messages: the agents' sink
(streams.agents.sink) beside Faust's `Topic.send` one message at a time (the sink
before #22), on the real broker.

An article here is the pipeline bench's mix (`python -m bench pipeline --quick`, BASIL):
one 25 KB enriched record and its 25 KB copy on the stories feed, 19 claims of 600 bytes,
4 trending feed records, a cleaned and a tagged record of 25 KB, two stories (one a
tombstone), each with the raw-timestamp header where the agents set one (the feeds go to
news.trending and news.deadletter, which the broker has already), sent in the
agents' sink calls (clean, entities, claims, stories). Rounds of each way alternate; each
round ends with the producer's flush, so the acknowledgements' callbacks are inside its
time. CPU is the main thread's (`thread_time`): the event loop, where Faust and aiokafka
run.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from bench.common import Context, table
from streams import clients
from streams.agents.sink import Sink
from streams.agents.wiring import RAW_TS, Send
from streams.app import create_app
from streams.metrics import Metrics
from tests.kafka import isolated, local_broker

ARTICLES, QUICK_ARTICLES = 400, 150
ROUNDS = 6
CLAIMS = 19
BIG, SMALL = 25_000, 600


def run(ctx: Context) -> dict[str, Any]:
    articles = ARTICLES // 4 if ctx.quick else ARTICLES
    with local_broker() as broker, tempfile.TemporaryDirectory() as tmp:
        settings = replace(isolated(broker, Path(tmp)), partitions=4)
        return asyncio.run(_measure(settings, articles))


def article_calls(settings: Any, n: int) -> list[list[Send]]:
    """The sink calls of article `n`, in the order the agents make them."""
    key = f"article-{n}".encode()
    headers = {RAW_TS: str(time.time()).encode()}
    big = b"x" * BIG
    claims = [
        Send(settings.topic_claims, f"claim-{n}-{i}".encode(), b"c" * SMALL) for i in range(CLAIMS)
    ]
    feed = [
        Send(settings.topic_trending, f"entity-{n}-{i}".encode(), b"t" * SMALL) for i in range(4)
    ]
    return [
        [Send(settings.topic_cleaned, key, big, headers)],
        [Send(settings.topic_tagged, key, big, headers)],
        [
            Send(settings.topic_enriched, key, big, headers),
            *claims,
            Send(settings.topic_deadletter, b"stories", big),
            *feed,
        ],
        [
            Send(settings.topic_stories, key, b"s" * SMALL, headers),
            Send(settings.topic_stories, key, None),
        ],
    ]


async def _measure(settings: Any, articles: int) -> dict[str, Any]:
    await clients.ensure_topics(settings)
    app = create_app(settings, Metrics(CollectorRegistry()))
    app.sensors.add(app.monitor)  # as the app does when it starts (App.on_init_dependencies)
    producer = await app.maybe_start_producer()
    topics: dict[str, Any] = {}

    async def faust_topic_send(sends: list[Send]) -> None:
        for s in sends:
            if s.topic not in topics:
                topics[s.topic] = app.topic(
                    s.topic,
                    key_type=bytes,
                    value_type=bytes,
                    key_serializer="raw",
                    value_serializer="raw",
                )
            await topics[s.topic].send(key=s.key, value=s.value, headers=s.headers)

    ways: dict[str, Callable[[list[Send]], Awaitable[None]]] = {
        "Topic.send (before)": faust_topic_send,
        "the sink (after)": Sink(app),
    }
    calls = [article_calls(settings, n) for n in range(articles)]
    cpu: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(2):  # warm-up: metadata, connections
        for way in ways.values():
            for article in calls[:20]:
                for call in article:
                    await way(call)
            await producer.flush()
    for _ in range(ROUNDS):
        for name, way in ways.items():
            started = time.thread_time()
            for article in calls:
                for call in article:
                    await way(call)
            await producer.flush()
            cpu[name].append((time.thread_time() - started) / articles * 1000)
    await producer.stop()
    rows = [
        [name, round(statistics.median(v), 3), " ".join(f"{x:.2f}" for x in v)]
        for name, v in cpu.items()
    ]
    print(f"sends: {articles} articles a round, {ROUNDS} rounds each way, alternated")
    print(table(["way", "CPU ms/article (median)", "rounds"], rows))
    return {name: round(statistics.median(v), 3) for name, v in cpu.items()}
