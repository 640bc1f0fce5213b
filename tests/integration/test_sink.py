"""The agents' sink writes what Faust's Topic.send wrote: the same records, partitions,
headers and order, on the real broker, and Faust's sensor counts them as it did."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from streams import clients
from streams.agents.sink import Sink
from streams.agents.wiring import RAW_TS, Send
from streams.app import create_app
from streams.metrics import Metrics
from streams.settings import Settings
from tests.kafka import from_beginning, isolated

pytestmark = pytest.mark.integration

Stored = tuple[bytes | None, bytes | None, tuple[tuple[str, bytes], ...]]


def calls(topic_a: str, topic_b: str, n: int) -> list[list[Send]]:
    """Sink calls as the agents make them: headers or none, tombstones, one topic or two."""
    out = []
    for i in range(n):
        header = {RAW_TS: f"{1_700_000_000 + i}.5".encode()}
        out.append(
            [
                Send(topic_a, f"article-{i}".encode(), f"record {i}".encode(), header),
                *(
                    Send(topic_b, f"claim-{i}-{c}".encode(), f"claim {c}".encode())
                    for c in range(7)
                ),
                Send(topic_a, f"story-{i % 3}".encode(), None),
            ]
        )
    return out


async def read_all(settings: Settings, topic: str, n: int) -> dict[int, list[Stored]]:
    """Every record of `topic` by partition, in offset order (n in all expected)."""
    async with from_beginning(settings, topic) as consumer:
        got: dict[int, list[Stored]] = {tp.partition: [] for tp in consumer.assignment()}
        for _ in range(60):
            batch = await consumer.getmany(timeout_ms=500)
            for tp, messages in batch.items():
                got[tp.partition] += [(m.key, m.value, tuple(m.headers)) for m in messages]
            if sum(map(len, got.values())) >= n:
                break
        return got


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float:
    value = registry.get_sample_value(name, labels)
    return 0.0 if value is None else value


async def send_both_ways(
    before: Settings, after: Settings, registry: CollectorRegistry, n: int
) -> None:
    await clients.ensure_topics(before)
    await clients.ensure_topics(after)
    app = create_app(after, Metrics(registry))
    app.sensors.add(app.monitor)  # as the app does when it starts (App.on_init_dependencies)
    producer = await app.maybe_start_producer()
    topics: dict[str, Any] = {}
    try:
        for call in calls(before.topic_enriched, before.topic_claims, n):
            for s in call:  # the sink before #22: Faust's Topic.send, one at a time
                if s.topic not in topics:
                    topics[s.topic] = app.topic(
                        s.topic,
                        key_type=bytes,
                        value_type=bytes,
                        key_serializer="raw",
                        value_serializer="raw",
                    )
                await topics[s.topic].send(key=s.key, value=s.value, headers=s.headers)
        await producer.flush()
        sink = Sink(app)
        for call in calls(after.topic_enriched, after.topic_claims, n):
            await sink(call)
        await producer.flush()
    finally:
        await producer.stop()


def test_the_sink_writes_what_topic_send_wrote(broker: Settings, tmp_path: Path) -> None:
    n = 40
    before = replace(isolated(broker, tmp_path / "before"), partitions=4)
    after = replace(isolated(broker, tmp_path / "after"), partitions=4)
    registry = CollectorRegistry()
    asyncio.run(send_both_ways(before, after, registry, n))

    for topic_of, expected in (
        (lambda s: s.topic_enriched, 2 * n),
        (lambda s: s.topic_claims, 7 * n),
    ):
        was = asyncio.run(read_all(before, topic_of(before), expected))
        now = asyncio.run(read_all(after, topic_of(after), expected))
        assert sum(map(len, was.values())) == expected
        # Partition by partition, the same records with the same headers, in the same order.
        assert now == was
    stored = asyncio.run(read_all(after, after.topic_enriched, 2 * n))
    records = [r for rs in stored.values() for r in rs]
    assert sum(1 for key, value, _ in records if value is None) == n  # the tombstones
    assert all(
        headers == ((RAW_TS, f"{1_700_000_000 + int(key.split(b'-')[1])}.5".encode()),)
        for key, value, headers in records
        if value is not None and key
    )

    # Faust's sensor: messages sent by topic, and each acknowledged one, as Topic.send counted.
    for topic, per_call in ((after.topic_enriched, 2), (after.topic_claims, 7)):
        assert (
            sample(registry, "newsstream_faust_topic_messages_sent_total", topic=f"topic.{topic}")
            == per_call * n
        )
    assert sample(registry, "newsstream_faust_total_sent_messages_total") == 2 * 9 * n
    assert sample(registry, "newsstream_faust_producer_send_latency_count") == 2 * 9 * n
    assert sample(registry, "newsstream_faust_total_error_messages_sent_total") == 0
