"""The Faust wiring: topics, one agent per stage, metrics and health pages.

Stage logic lives in streams.stages and streams.runner; the agents only
batch, call, send and count. `faust -A streams.app worker` works as well as
`newsstream worker`.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import disable_created_metrics

from streams import clients, records, transport
from streams.clients import ssl_context
from streams.errors import StageFailed
from streams.metrics import Metrics
from streams.pipeline import Pipeline
from streams.runner import Incoming, Outcome, account, fail, run_batch, run_one
from streams.settings import Settings
from streams.stages import entities, stories, trending
from streams.stages.claims.relations import claim_message

RAW_TS = "newsstream-raw-timestamp"
log = logging.getLogger("streams")


def create_app(settings: Settings, metrics: Metrics | None = None) -> faust.App:
    # *_created series double the series count and no dashboard or alert reads them.
    disable_created_metrics()
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
        producer_max_request_size=settings.max_message_bytes,
        consumer_max_fetch_size=settings.max_message_bytes,
        stream_buffer_maxsize=settings.stream_buffer_records,
        broker_session_timeout=10,
    )
    transport.install(app)
    setup_prometheus_sensors(app, pattern="/metrics", name_prefix="newsstream_faust")
    state: dict[str, Any] = {"broker_up": False, "admin": None}

    def topic(
        name: str, partitions: int = settings.partitions, internal: bool = False
    ) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=partitions,
            internal=internal,
        )

    raw, cleaned, tagged = (topic(t) for t in settings.topics[:3])
    enriched, deadletter = topic(settings.topic_enriched), topic(settings.topic_deadletter)
    claims_out = topic(settings.topic_claims)
    stories_out = topic(settings.topic_stories)
    # Every enriched article meets every recent story: one partition feeds one grouper, its
    # state a one-partition table that a rebalanced or restarted worker recovers.
    stories_feed = topic(f"{settings.app_id}-stories-feed", partitions=1, internal=True)
    trending_out = topic(settings.topic_trending)
    # Counted where the entity's key lands: each entity on one worker, N workers one answer.
    trending_feed = topic(f"{settings.app_id}-trending-feed", internal=True)
    trending_index = trending.TrendingIndex(
        app.Table(
            "trending",
            partitions=settings.partitions,
            extra_topic_configs=clients.topic_configs(settings),
            help="trending: each entity's window counts and baseline.",
        ),
        window_s=settings.trending_window_minutes * 60,
        baseline_windows=settings.trending_baseline_windows,
    )
    story_index = stories.StoryIndex(
        app.Table(
            "stories",
            partitions=1,
            extra_topic_configs=clients.topic_configs(settings),
            help="stories: recent stories and their articles.",
        ),
        window_hours=settings.stories_window_hours,
        horizon_hours=settings.stories_horizon_hours,
        max_stories=settings.stories_max,
    )

    async def dedup_entry(event: Any) -> None:
        pipeline.learn_duplicate_entry(event.key, event.value)

    # Global tables: a reprint or a related claim usually sits on another partition. Faust
    # applies other workers' writes as it reads them; each dedup entry read also goes into
    # this worker's MinHash index, which was built from the table once.
    pipeline = Pipeline(
        settings,
        dedup_store=app.GlobalTable(
            "dedup",
            partitions=settings.partitions,
            use_partitioner=True,
            on_changelog_event=dedup_entry,
            extra_topic_configs=clients.topic_configs(settings),
            help="clean: MinHash entry per recent article id.",
        ),
        claims_store=app.GlobalTable(
            "claims",
            default=list,
            partitions=settings.partitions,
            use_partitioner=True,
            extra_topic_configs=clients.topic_configs(settings),
            help="claims: recent claim summaries by entity key.",
        ),
    )

    async def send(
        stage: str, outcomes: list[Outcome], events: list[Any], to: faust.TopicT, started: float
    ) -> None:
        account(metrics, stage, outcomes, started)
        for outcome, event in zip(outcomes, events, strict=True):
            headers = {RAW_TS: _raw_timestamp(event)}
            if outcome.dead is not None:
                letter = outcome.dead
                context = {"stage": stage, "article_id": outcome.key, "reason": letter["error"]}
                log.warning("dead letter: %s", letter["message"], extra=context)
                await deadletter.send(
                    key=_bytes(outcome.key), value=records.encode(letter), headers=headers
                )
                continue
            record = outcome.record
            assert record is not None
            if stage == "clean" and record.get("duplicate_of"):
                metrics.duplicates.inc()
            if to is enriched:
                _observe_enriched(metrics, record, headers[RAW_TS])
            await to.send(key=record["id"].encode(), value=records.encode(record), headers=headers)

    @app.agent(raw, concurrency=1)
    async def clean_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            outcome = run_one("clean", _incoming(event), pipeline.clean, settings.max_record_bytes)
            await send("clean", [outcome], [event], cleaned, started)

    @app.agent(cleaned, concurrency=1)
    async def entities_agent(stream: faust.StreamT) -> None:
        loaded = time.perf_counter()
        pipeline.load_model()
        metrics.model_load_seconds.labels(entities.MODEL).set(time.perf_counter() - loaded)
        # take_events keeps each event's key (take() drops them); StreamT does not declare it.
        async for events in stream.take_events(  # type: ignore[attr-defined]
            settings.batch_size, within=settings.batch_timeout
        ):
            started = time.perf_counter()
            batch = [_incoming(e) for e in events]
            # On the event loop, on purpose: with spaCy in a thread (asyncio.to_thread) /ready
            # answered a 600-article burst in 0.06 s p95 instead of 0.87 s, but a worker
            # that took over partitions in a rebalance lost 1-6 articles in 3 of 13 runs
            # (0 of 12 without it), probably as Faust revokes mid-batch. README, Reliability.
            outcomes = run_batch("entities", batch, pipeline.tag, settings.max_record_bytes * 4)
            await send("entities", outcomes, events, tagged, started)

    @app.agent(tagged, concurrency=1)
    async def claims_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            incoming = _incoming(event)
            outcome = run_one("claims", incoming, pipeline.attribute, settings.max_record_bytes * 4)
            await send("claims", [outcome], [event], enriched, started)
            if outcome.record is None:
                continue
            for claim in outcome.record["claims"]:
                message = records.encode(claim_message(outcome.record, claim))
                await claims_out.send(key=claim["id"].encode(), value=message)
            await stories_feed.send(key=b"stories", value=records.encode(outcome.record))
            for key, mention in trending.mentions(outcome.record):
                await trending_feed.send(key=key.encode(), value=records.encode(mention))

    @app.agent(trending_feed, concurrency=1)
    async def trending_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            incoming = _incoming(event)
            try:
                closed = trending_index.add(_key(incoming), records.decode(incoming.value, 65536))
            except Exception as exc:  # noqa: BLE001 - a failure is a dead letter, never a crash
                letter = fail("trending", incoming, StageFailed(f"{type(exc).__name__}: {exc}"))
                await deadletter.send(key=incoming.key, value=records.encode(letter.dead or {}))
                continue
            for window in closed:
                key = f"{window['entity']}@{window['window_start']}".encode()
                await trending_out.send(key=key, value=records.encode(window))

    @app.agent(stories_feed, concurrency=1)
    async def stories_agent(stream: faust.StreamT) -> None:
        stories.warm_up()
        async for event in stream.events():
            started = time.perf_counter()
            incoming = _incoming(event)
            outcome = run_one("stories", incoming, story_index.add, settings.max_record_bytes * 4)
            await send("stories", [outcome], [event], stories_out, started)
            for merged in (outcome.record or {}).get("merged", []):
                await stories_out.send(key=merged.encode(), value=None)  # a tombstone

    @app.timer(interval=5.0)
    async def watch_lag() -> None:
        """Lag = log end offset - committed offset, per partition this worker owns.

        The same request tells /ready whether the cluster answers.
        """
        admin = state["admin"]
        if admin is None:
            admin = clients.admin(settings, request_timeout_ms=4000)
            await admin.start()
            state["admin"] = admin
        try:
            committed = await admin.list_consumer_group_offsets(settings.app_id)
            owned = [tp for tp in app.consumer.assignment() if tp.topic in settings.topics]
            ends = await app.consumer.highwaters(*owned) if owned else {}
        except Exception as exc:  # noqa: BLE001 - any failure here means "cluster unreachable"
            log.warning("Kafka did not answer: %s", exc)
            state["broker_up"] = False
            metrics.broker_up.set(0)
            return
        state["broker_up"] = True
        metrics.broker_up.set(1)
        offsets = {(tp.topic, tp.partition): meta.offset for tp, meta in committed.items()}
        metrics.consumer_lag.clear()  # partitions lost in a rebalance must not report stale lag
        for tp, end in ends.items():
            done = max(offsets.get((tp.topic, tp.partition), 0), 0)
            metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(max(end - done, 0))

    @app.timer(interval=15.0)
    async def publish_trending() -> None:
        for window in trending_index.due():
            key = f"{window['entity']}@{window['window_start']}".encode()
            await trending_out.send(key=key, value=records.encode(window))
        metrics.trending.clear()
        for rank, (name, label, count) in enumerate(trending_index.top(10), 1):
            metrics.trending.labels(str(rank), name, label).set(count)

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/ready")
    async def ready(web: Any, request: Any) -> Any:
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        checks = {
            "model_loaded": pipeline.nlp is not None,
            "partitions_assigned": assigned,
            "broker_reachable": state["broker_up"],
        }
        is_ready = all(checks.values())
        return web.json({"ready": is_ready, **checks}, status=200 if is_ready else 503)

    @app.on_before_shutdown.connect
    async def close_admin(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        if state["admin"] is not None:
            await state["admin"].close()

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
    return Incoming(
        key=m.key,
        value=m.value,
        topic=m.topic,
        partition=m.partition,
        offset=m.offset,
        fetch_error=transport.fetch_error(m.headers),
    )


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
        fetched = datetime.fromisoformat(record["fetched_at"]).timestamp()
        metrics.latency_fetched.observe(max(now - fetched, 0.0))
    except ValueError:
        pass


def _key(incoming: Incoming) -> str:
    return (incoming.key or b"").decode("utf-8", "replace")


def _bytes(key: str | None) -> bytes | None:
    return key.encode() if key is not None else None


def __getattr__(name: str) -> faust.App:
    """`faust -A streams.app` looks up `app`; build it on first access, not at import."""
    if name == "app":
        globals()["app"] = create_app(Settings.from_env())
        return globals()["app"]
    raise AttributeError(name)
