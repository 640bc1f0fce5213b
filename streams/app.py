"""The Faust wiring: the app, its tables, one agent per stage role, timers and pages.

Each stage's agent is a module of streams.agents; this module declares only what
the worker's roles (Settings.stages) need. `faust -A streams.app worker` finds the
module-level `app`, built from the environment on first access (not at import), so
that tests and workers with other settings build their own with `create_app`.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

import faust
from faust.exceptions import ConsumerNotStarted
from faust.sensors.prometheus import FaustMetrics
from prometheus_client import disable_created_metrics

from streams import allocator, clients, tablestore, transport, web
from streams.agents import claims, clean, entities, stories, trending
from streams.agents.wiring import Wiring
from streams.clients import ssl_context
from streams.metrics import FaustSensor, Metrics
from streams.pipeline import Pipeline, story_index
from streams.settings import Settings
from streams.stages.trending import TrendingIndex

AGENTS = {
    "clean": clean.agent,
    "entities": entities.agent,
    "claims": claims.agent,
    "stories": stories.agent,
    "trending": trending.agent,
}
log = logging.getLogger("streams")
# Bytes per partition in one produce request: Faust's 16 KB default is smaller than one
# enriched article (25 KB on BASIL's stories), which then always went out alone.
PRODUCER_BATCH_BYTES = 1024 * 1024
# Changelog events a table decodes and holds before it stores them (Faust's
# recovery_buffer_size and standby_buffer_size, 1,000 there; see wiring()).
TABLE_BUFFER_EVENTS = 100
TRENDING_TABLE = "trending-counts"
# Records the consumer hands Faust per fetch, an even share from each partition with
# records (streams.transport): Faust fetches again only when every record of the last
# fetch is in its stream's buffer, so this bounds how long a light stage (claims) waits
# behind a heavy one's backlog (entities). None (Faust's default) hands over all there is.
POLL_RECORDS = 32


def create_app(settings: Settings, metrics: Metrics | None = None) -> faust.App:
    # *_created series double the series count and no dashboard or alert reads them.
    disable_created_metrics()
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{s.strip()}" for s in settings.kafka_bootstrap.split(",")],
        broker_credentials=_credentials(settings),
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        # The pages are served by streams.web, from threads of its own.
        web_enabled=False,
        datadir=settings.data_dir,
        store=tablestore.url(settings.table_store, settings.table_memory_mb),
        producer_max_request_size=settings.max_message_bytes,
        producer_max_batch_size=min(PRODUCER_BATCH_BYTES, settings.max_message_bytes),
        consumer_max_fetch_size=settings.max_message_bytes,
        stream_buffer_maxsize=settings.stream_buffer_records,
        broker_max_poll_records=POLL_RECORDS,
        broker_session_timeout=settings.broker_session_timeout,
    )
    # Also where `faust -A streams.app worker` turns it on (its --with-web is on by default,
    # which would bind Faust's server to 0.0.0.0, or fail on our port).
    app.boot_strategy.enable_web = False
    transport.install(app)
    metrics = metrics or Metrics()
    # Faust's sensor, without the page setup_prometheus_sensors adds to Faust's web server.
    app.monitor = FaustSensor(FaustMetrics.create(metrics.registry, "newsstream_faust"))
    w = wiring(app, settings, metrics)
    for stage in settings.stages:
        AGENTS[stage](w).add_sink(w.send)
    _timers_and_pages(w)
    return app


def wiring(app: faust.App, settings: Settings, metrics: Metrics) -> Wiring:
    """The tables and state of the worker's roles.

    Both global tables are declared in every role: Faust's assignor (whichever worker
    leads the group) hands each member every partition of the global tables it knows
    itself, and a member given a topic it does not subscribe to fails the rebalance.
    """

    # Faust decodes each changelog event a table reads (recovery, and for a global table
    # every write of every worker, its own included, on partitions it holds as active) and
    # holds it until `recovery_buffer_size` of them are in hand (1,000 by default); a claims
    # entry is an article's claim summaries. A global table's standby buffer is 1 already.
    buffered = TABLE_BUFFER_EVENTS

    def table(name: str, help: str, **kwargs: Any) -> Any:
        return app.Table(
            name,
            extra_topic_configs=clients.topic_configs(settings),
            help=help,
            recovery_buffer_size=buffered,
            standby_buffer_size=buffered,
            **kwargs,
        )

    def global_table(name: str, help: str, **kwargs: Any) -> Any:
        return app.GlobalTable(
            name,
            partitions=settings.partitions,
            use_partitioner=True,
            extra_topic_configs=clients.topic_configs(settings),
            help=help,
            recovery_buffer_size=buffered,
            **kwargs,
        )

    async def dedup_entry(event: Any) -> None:
        pipeline.learn_duplicate_entry(event.key, event.value)

    async def claims_entry(event: Any) -> None:
        pipeline.learn_claims_entry(event.key, event.value)

    # Global tables: a reprint or a related claim usually sits on another partition. Faust
    # applies other workers' writes as it reads them; each entry read also goes into this
    # worker's index (MinHash, recent claims), which was built from the table once.
    pipeline = Pipeline(
        settings,
        dedup_store=global_table(
            "dedup",
            "clean: MinHash entry per recent article id.",
            on_changelog_event=dedup_entry,
        ),
        claims_store=global_table(
            "claims",
            "claims: the claim summaries of each recent article, by article id.",
            on_changelog_event=claims_entry,
        ),
    )
    for index in ("dedup", "claims"):
        metrics.index_articles.labels(index).set_function(partial(pipeline.index_articles, index))
    # RSS alone cannot tell RocksDB's cache filling towards its bound from a leak.
    metrics.table_memory.set_function(tablestore.memory_bytes)
    w = Wiring(app, settings, metrics, pipeline)
    if "stories" in settings.stages:
        # One partition: its state a one-partition table a rebalanced worker recovers.
        w.stories = story_index(
            table("stories", "stories: recent stories and their articles.", partitions=1), settings
        )
    if "trending" in settings.stages:
        # Counted where the entity's key lands: each entity on one worker, N workers one answer.
        # Written once per batch, outside any one event: the partitioner places each key,
        # and the keys are the entity keys' bytes, which the feed's partitioner hashes too
        # (streams.agents.trending). Renamed from "trending" (JSON keys, which hashed
        # elsewhere, and each entry with its last 500 article ids) in 2026-12.
        w.trending = TrendingIndex(
            trending.TextKeys(
                table(
                    TRENDING_TABLE,
                    "trending: each entity's window counts and baseline.",
                    partitions=settings.partitions,
                    key_type=bytes,
                    use_partitioner=True,
                )
            ),
            window_s=settings.trending_window_minutes * 60,
            baseline_windows=settings.trending_baseline_windows,
        )
    return w


def _timers_and_pages(w: Wiring) -> None:
    app, settings, metrics = w.app, w.settings, w.metrics
    state: dict[str, Any] = {"broker_up": False, "admin": None}

    if "claims" in settings.stages:

        @app.task
        async def declare_feeds() -> None:
            """Create the feeds this role sends to, with their partitions, even where another
            role's worker reads them (Faust creates an internal topic only for its readers)."""
            for feed in (w.stories_feed, w.trending_feed):
                await w.topic(feed).maybe_declare()

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

    app.timer(interval=5.0)(watch_lag)

    # Also as soon as the partitions are assigned and the tables recovered: the timer's first
    # tick came about 10 s after start, 6 s after everything else /ready checks was true.
    @app.on_rebalance_complete.connect
    async def watch_lag_now(sender: Any, /, *args: Any, **kwargs: Any) -> None:
        await watch_lag()

    @app.timer(interval=allocator.TRIM_SECONDS)
    async def return_free_memory() -> None:
        """glibc keeps the pages freed between live objects; hand them back (allocator.py)."""
        allocator.trim()

    if w.trending is not None:
        index = w.trending

        @app.timer(interval=15.0)
        async def publish_trending() -> None:
            await w.send(trending.publish_due(w, index))

        # The entries in memory are those of the table's partitions this worker had: after a
        # rebalance they are read again (from the partitions it has now, once recovered).
        @app.on_partitions_revoked.connect
        async def forget_trending(sender: Any, /, *args: Any, **kwargs: Any) -> None:
            index.reload()

        @app.on_rebalance_complete.connect
        async def reread_trending(sender: Any, /, *args: Any, **kwargs: Any) -> None:
            index.reload()

    def checks() -> dict[str, Any]:
        """What /ready checks, read on the loop at each of streams.web's ticks."""
        try:
            assigned = len(app.consumer.assignment())
        except ConsumerNotStarted:
            assigned = 0
        found: dict[str, Any] = {
            "partitions_assigned": assigned,
            "broker_reachable": state["broker_up"],
        }
        if "entities" in settings.stages:  # a role that loads no model waits for none
            found["model_loaded"] = w.pipeline.nlp is not None
        return found

    # A dependency added before the app starts is started before Faust's own services, so
    # /health answers from the first seconds on (while the model loads, tables recover).
    app.add_dependency(web.Pages(settings, checks, metrics.registry))

    @app.on_before_shutdown.connect
    async def close_admin(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        if state["admin"] is not None:
            await state["admin"].close()


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


def __getattr__(name: str) -> faust.App:
    """`faust -A streams.app` looks up `app`; build it on first access, not at import."""
    if name == "app":
        globals()["app"] = create_app(Settings.from_env())
        return globals()["app"]
    raise AttributeError(name)
