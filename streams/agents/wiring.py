"""What the agents share: the app, settings, metrics, topics, the stages' state, and the
turning of stage outcomes into the messages an agent yields."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import faust

from streams import records, transport
from streams.agents.sink import Sink
from streams.metrics import Metrics
from streams.pipeline import Pipeline
from streams.runner import Incoming, Outcome, account
from streams.settings import Settings
from streams.stages.stories import StoryIndex
from streams.stages.trending import TrendingIndex

RAW_TS = "newsstream-raw-timestamp"
log = logging.getLogger("streams")


@dataclass(frozen=True)
class Send:
    """One message an agent wants on a topic; the app's sink sends it."""

    topic: str
    key: bytes | None
    value: bytes | None
    headers: Mapping[str, bytes] | None = None


@dataclass
class Wiring:
    """The app and what its agents need; built once per app by streams.app.create_app."""

    app: faust.App
    settings: Settings
    metrics: Metrics
    pipeline: Pipeline
    stories: StoryIndex | None = None
    trending: TrendingIndex | None = None
    _topics: dict[str, faust.TopicT] = field(default_factory=dict)
    _sink: Sink = field(init=False)

    def __post_init__(self) -> None:
        self._sink = Sink(self.app)

    @property
    def stories_feed(self) -> str:
        """Every enriched article meets every recent story: one partition, one grouper."""
        return f"{self.settings.app_id}-stories-feed"

    @property
    def trending_feed(self) -> str:
        """Mentions keyed by entity: each entity counted on one worker."""
        return f"{self.settings.app_id}-trending-feed"

    def topic(self, name: str) -> faust.TopicT:
        """The raw-bytes topic `name`, declared on the app once."""
        if name not in self._topics:
            internal = name in (self.stories_feed, self.trending_feed)
            self._topics[name] = self.app.topic(
                name,
                key_type=bytes,
                value_type=bytes,
                key_serializer="raw",
                value_serializer="raw",
                partitions=1 if name == self.stories_feed else self.settings.partitions,
                internal=internal,
            )
        return self._topics[name]

    async def send(self, sends: list[Send]) -> None:
        """The agents' sink: their messages, in order, to the producer (streams.agents.sink)."""
        await self._sink(sends)

    def outputs(
        self, stage: str, outcomes: list[Outcome], events: list[Any], to: str, started: float
    ) -> list[Send]:
        """Count a stage's outcomes and turn each into its record on `to` or a dead letter."""
        account(self.metrics, stage, outcomes, started)
        sends = []
        for outcome, event in zip(outcomes, events, strict=True):
            headers = {RAW_TS: raw_timestamp(event)}
            if outcome.dead is not None:
                letter = outcome.dead
                context = {"stage": stage, "article_id": outcome.key, "reason": letter["error"]}
                log.warning("dead letter: %s", letter["message"], extra=context)
                key = outcome.key.encode() if outcome.key is not None else None
                sends.append(
                    Send(self.settings.topic_deadletter, key, records.encode(letter), headers)
                )
                continue
            record = outcome.record
            assert record is not None
            if stage == "clean" and record.get("duplicate_of"):
                self.metrics.duplicates.inc()
            if to == self.settings.topic_enriched:
                observe_enriched(self.metrics, record, headers[RAW_TS])
            sends.append(Send(to, record["id"].encode(), records.encode(record), headers))
        return sends


def incoming(event: Any) -> Incoming:
    """A Faust event as the runner sees it (no Faust types past this point)."""
    m = event.message
    return Incoming(
        key=m.key,
        value=m.value,
        topic=m.topic,
        partition=m.partition,
        offset=m.offset,
        fetch_error=transport.fetch_error(m.headers),
    )


def raw_timestamp(event: Any) -> bytes:
    """The news.raw arrival time, carried along in a header so latency spans all stages."""
    for name, value in _headers(event.message.headers):
        if name == RAW_TS:
            return bytes(value)
    return str(event.message.timestamp).encode()


def _headers(headers: Any) -> Any:
    if isinstance(headers, Mapping):
        return headers.items()
    return headers or ()


def observe_enriched(metrics: Metrics, record: records.Record, raw_ts: bytes) -> None:
    now = time.time()
    metrics.entities_per_article.observe(len(record["entities"]))
    metrics.claims_per_article.observe(len(record["claims"]))
    try:
        metrics.latency_produced.observe(max(now - float(raw_ts), 0.0))
        fetched = datetime.fromisoformat(record["fetched_at"]).timestamp()
        metrics.latency_fetched.observe(max(now - fetched, 0.0))
    except ValueError:
        pass
