"""The trending agent: entity mentions in, closed windows to news.trending; the worker's
timer publishes windows that no later mention closes.

The feed carries one record per article and feed partition: the mentions of all the
article's entities whose keys hash to that partition, keyed by the first of them, so each
entity still lands where its own key would (each entity counted on one worker, the table's
changelog partitions unchanged) while an article of 20 entities costs 4 messages on 4
partitions instead of 20 (README, Where a worker's time goes).

The agent takes the feed in batches and writes each entity's entry to the table once per
batch, however many of its articles name it. Written outside any one event, the table uses
the partitioner, and its keys are the entity keys' own bytes (`TextKeys`), so the changelog
partition of an entity is the feed partition that carries it: the worker that counts an
entity is the one that recovers it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, MutableMapping
from typing import Any

import faust
from aiokafka.partitioner import murmur2
from faust.types import AgentT

from streams import records
from streams.agents.wiring import Send, Wiring, incoming
from streams.errors import StageFailed
from streams.runner import Incoming, fail
from streams.stages import trending as stage
from streams.stages.trending import TrendingIndex


def agent(w: Wiring) -> AgentT:
    index = w.trending
    assert index is not None, "the trending role needs its table"

    @w.app.agent(w.topic(w.trending_feed), name="trending", concurrency=1)
    async def trending(stream: faust.StreamT) -> AsyncIterator[list[Send]]:
        # take_events keeps each event's key (take() drops them); StreamT does not declare it.
        async for events in stream.take_events(  # type: ignore[attr-defined]
            BATCH_RECORDS, within=BATCH_SECONDS
        ):
            sends = []
            for event in events:
                sends += count(w, index, incoming(event))
            # Before the batch is acknowledged (after this body): what it counted is stored.
            sends += windows(w, index.flush())
            yield sends

    return trending


# Feed records per batch: about one per article and partition. At saturation 64 filled in
# under 2 s (16 articles), so BATCH_SECONDS never came into play: 15.5 changelog writes an
# article in `python -m bench pipeline`'s one-worker run (160 articles); with 512, batches
# of up to 5 s, 10.8 (README, round four).
BATCH_RECORDS = 512
# How long a batch gathers: the entities named in the articles of the last seconds share one
# write each. Replayed from a 30-minute soak's feed at 2.3 articles/s (BASIL): 24.3 writes an
# article with the stages' 0.1 s, 20.7 with 1 s, 17.4 with 5 s, 16.3 with 10 s. A window of
# trending lasts minutes, so a few seconds more before one is published cost nothing; a
# rebalance waits for the batch in hand.
BATCH_SECONDS = 5.0


def count(w: Wiring, index: TrendingIndex, got: Incoming) -> list[Send]:
    """Count one feed record: the windows it closes, or its dead letter."""
    try:
        closed = []
        for key, mention in unpack(got.key, records.decode(got.value, 1 << 20)):
            closed += index.add(key, mention)
    except Exception as exc:  # noqa: BLE001 - a failure is a dead letter, never a crash
        letter = fail("trending", got, StageFailed(f"{type(exc).__name__}: {exc}"))
        return [Send(w.settings.topic_deadletter, got.key, records.encode(letter.dead or {}))]
    return windows(w, closed)


class TextKeys(MutableMapping[str, Any]):
    """A table keyed by bytes seen as keyed by text: the table's key is the entity key's
    UTF-8, which the feed's partitioner hashes too (a JSON key would hash elsewhere)."""

    def __init__(self, table: MutableMapping[bytes, Any]) -> None:
        self.table = table

    def __getitem__(self, key: str) -> Any:
        return self.table[key.encode()]

    def __setitem__(self, key: str, value: Any) -> None:
        self.table[key.encode()] = value

    def __delitem__(self, key: str) -> None:
        del self.table[key.encode()]

    def __iter__(self) -> Iterator[str]:
        return (key.decode() for key in self.table)

    def __len__(self) -> int:
        return len(self.table)

    def items(self) -> Any:
        """One pass over the table (the mixin's would look each key up again)."""
        return [(key.decode(), value) for key, value in self.table.items()]


def feed(w: Wiring, article: records.Record) -> list[Send]:
    """The article's mentions for the trending feed: one message per partition they hash to."""
    groups: dict[int, list[dict[str, Any]]] = {}
    at = None
    for key, mention in stage.mentions(article):
        at = mention["at"]
        # Kafka's default partitioner (murmur2 of the key), as when each mention was keyed alone.
        partition = (murmur2(key.encode()) & 0x7FFFFFFF) % w.settings.partitions
        groups.setdefault(partition, []).append(
            {"key": key, "name": mention["name"], "label": mention["label"]}
        )
    return [
        Send(
            w.trending_feed,
            group[0]["key"].encode(),
            records.encode({"article": article["id"], "at": at, "mentions": group}),
        )
        for group in groups.values()
    ]


def unpack(key: bytes | None, value: records.Record) -> list[tuple[str, dict[str, Any]]]:
    """(entity key, mention) for each entity of a feed record."""
    if "mentions" not in value:  # one mention keyed by its entity, as workers before 2026-12 sent
        return [((key or b"").decode("utf-8", "replace"), value)]
    common = {"at": value["at"], "article": value["article"]}
    return [
        (m["key"], {"name": m["name"], "label": m["label"], **common}) for m in value["mentions"]
    ]


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
    """Windows the stream's event time has passed, and the top-10 gauge (from memory)."""
    sends = windows(w, index.due())
    w.metrics.trending.clear()
    for rank, (name, label, count) in enumerate(index.top(10), 1):
        w.metrics.trending.labels(str(rank), name, label).set(count)
    return sends
