"""The Faust wiring: topics, one agent per stage, metrics and health pages.

Stage logic lives in streams.stages and streams.runner; the agents only
batch, call, send and count. `faust -A streams.app worker` works as well as
`newsstream worker`.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from streams import records
from streams.clients import ssl_context
from streams.metrics import Metrics
from streams.runner import Incoming, Outcome, account, run_batch, run_one
from streams.settings import Settings
from streams.stages import claims, clean, entities

RAW_TS = "newsstream-raw-timestamp"


def create_app(settings: Settings, metrics: Metrics | None = None) -> faust.App:
    metrics = metrics or Metrics()
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{s.strip()}" for s in settings.kafka_bootstrap.split(",")],
        broker_credentials=_credentials(settings),
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        web_bind=settings.web_bind,
        web_port=settings.web_port,
        datadir=settings.data_dir,
        producer_max_request_size=settings.max_record_bytes * 6,
        consumer_max_fetch_size=settings.max_record_bytes * 6,
        broker_session_timeout=10,
    )
    setup_prometheus_sensors(app, pattern="/metrics")
    state: dict[str, Any] = {"model": None}

    def topic(name: str) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
        )

    raw, cleaned, tagged = (
        topic(settings.topic_raw),
        topic(settings.topic_cleaned),
        topic(settings.topic_tagged),
    )
    enriched, deadletter = topic(settings.topic_enriched), topic(settings.topic_deadletter)

    async def send(
        stage: str, outcomes: list[Outcome], events: list[Any], to: faust.TopicT, started: float
    ) -> None:
        account(metrics, stage, outcomes, started)
        for outcome, event in zip(outcomes, events, strict=True):
            headers = {RAW_TS: _raw_timestamp(event)}
            if outcome.dead is not None:
                await deadletter.send(
                    key=_bytes(outcome.key), value=records.encode(outcome.dead), headers=headers
                )
                continue
            record = outcome.record
            assert record is not None
            if to is enriched:
                _observe_enriched(metrics, record, headers[RAW_TS])
            await to.send(key=record["id"].encode(), value=records.encode(record), headers=headers)

    @app.agent(raw, concurrency=1)
    async def clean_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            outcome = run_one("clean", _incoming(event), clean.clean, settings.max_record_bytes)
            await send("clean", [outcome], [event], cleaned, started)

    @app.agent(cleaned, concurrency=1)
    async def entities_agent(stream: faust.StreamT) -> None:
        if state["model"] is None:
            loaded = time.perf_counter()
            state["model"] = entities.load_model()
            metrics.model_load_seconds.labels(entities.MODEL).set(time.perf_counter() - loaded)
        nlp = state["model"]

        def tag(batch: list[records.Record]) -> list[records.Record]:
            return entities.tag(batch, nlp, batch_size=settings.batch_size)

        # take_events keeps each event's key (take() drops them); Faust's StreamT does not declare it.
        async for events in stream.take_events(  # type: ignore[attr-defined]
            settings.batch_size, within=settings.batch_timeout
        ):
            started = time.perf_counter()
            batch = [_incoming(e) for e in events]
            outcomes = run_batch("entities", batch, tag, settings.max_record_bytes * 4)
            await send("entities", outcomes, events, tagged, started)

    @app.agent(tagged, concurrency=1)
    async def claims_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            outcome = run_one(
                "claims", _incoming(event), claims.attribute, settings.max_record_bytes * 4
            )
            await send("claims", [outcome], [event], enriched, started)

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/ready")
    async def ready(web: Any, request: Any) -> Any:
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        is_ready = state["model"] is not None and assigned > 0
        body = {
            "ready": is_ready,
            "model_loaded": state["model"] is not None,
            "partitions": assigned,
        }
        return web.json(body, status=200 if is_ready else 503)

    return app


def _credentials(settings: Settings) -> Any:
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=ssl_context(settings) if settings.security_protocol == "SASL_SSL" else None,
        )
    if settings.security_protocol == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    return None


def _incoming(event: Any) -> Incoming:
    m = event.message
    return Incoming(key=m.key, value=m.value, topic=m.topic, partition=m.partition, offset=m.offset)


def _raw_timestamp(event: Any) -> bytes:
    """The news.raw arrival time, carried along in a header so latency spans all stages."""
    for name, value in event.message.headers or ():
        if name == RAW_TS:
            return bytes(value)
    return str(event.message.timestamp).encode()


def _observe_enriched(metrics: Metrics, record: records.Record, raw_ts: bytes) -> None:
    now = time.time()
    metrics.entities_per_article.observe(len(record["entities"]))
    metrics.claims_per_article.observe(len(record["claims"]))
    try:
        metrics.latency_produced.observe(max(now - float(raw_ts), 0.0))
        fetched = datetime.fromisoformat(record["fetched_at"].replace("Z", "+00:00")).timestamp()
        metrics.latency_fetched.observe(max(now - fetched, 0.0))
    except ValueError:
        pass


def _bytes(key: str | None) -> bytes | None:
    return key.encode() if key is not None else None


def __getattr__(name: str) -> faust.App:
    """`faust -A streams.app` looks up `app`; build it on first access, not at import."""
    if name == "app":
        globals()["app"] = create_app(Settings.from_env())
        return globals()["app"]
    raise AttributeError(name)
