"""One frozen Settings object, read once from the environment and passed in.

Every knob a deployment may turn lives here, so that the worker, the CLI, the
tests and docker-compose agree on names, topics and ports.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from streams.errors import ConfigError

GUARANTEES = ("at_least_once", "exactly_once")
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
# Where the tables live: RocksDB files under data_dir (a restart reads them back and replays
# only the changelog's tail), or memory (a restart replays every changelog from the start).
TABLE_STORES = ("rocksdb", "memory")
# The worker's stage roles, in flow order: `--stages` / NEWSSTREAM_STAGES picks some of them.
STAGE_ROLES = ("clean", "entities", "claims", "stories", "trending")


@dataclass(frozen=True)
class Settings:
    """Configuration of a worker or a CLI run; field `x` comes from NEWSSTREAM_X."""

    kafka_bootstrap: str = "127.0.0.1:9092"
    app_id: str = "newsstream"
    topic_raw: str = "news.raw"
    topic_cleaned: str = "news.cleaned"
    topic_tagged: str = "news.tagged"
    topic_enriched: str = "news.enriched"
    topic_deadletter: str = "news.deadletter"
    topic_claims: str = "news.claims"
    topic_stories: str = "news.stories"
    topic_trending: str = "news.trending"
    partitions: int = 4
    replication_factor: int = 1
    processing_guarantee: str = "at_least_once"
    batch_size: int = 16
    batch_timeout: float = 0.1
    max_record_bytes: int = 2 * 1024 * 1024
    # Records each agent holds before its partitions stop being fetched (Faust's
    # stream_buffer_maxsize, 4096 by default: 8 GB of 2 MB records).
    stream_buffer_records: int = 64
    record_timeout: float = 10.0
    dedup_window_hours: float = 72.0
    dedup_max_articles: int = 50_000
    claims_window_hours: float = 72.0
    claims_max: int = 50_000
    stories_window_hours: float = 96.0
    stories_horizon_hours: float = 336.0
    stories_max: int = 20_000
    stories_max_articles: int = 10_000
    stories_per_story: int = 30
    trending_window_minutes: float = 5.0
    trending_baseline_windows: int = 12
    web_bind: str = "127.0.0.1"
    web_port: int = 6066
    data_dir: str = "./newsstream-data"
    table_store: str = "rocksdb"
    # RocksDB's block cache and write buffers for all of a worker's tables together.
    table_memory_mb: int = 64
    cache_dir: str = str(Path.home() / ".cache" / "newsstream")
    kafka_controller_port: int = 9093
    log_level: str = "info"
    log_json: bool = False
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "SCRAM-SHA-512"
    sasl_username: str = ""
    # Never in repr or str (logs, tracebacks, error messages); read it from the field.
    sasl_password: str = field(default="", repr=False)
    ssl_cafile: str = ""
    stages: tuple[str, ...] = STAGE_ROLES
    broker_session_timeout: float = 10.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read NEWSSTREAM_* (and KAFKA_BOOTSTRAP) and validate the result once."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = (
                "KAFKA_BOOTSTRAP" if f.name == "kafka_bootstrap" else f"NEWSSTREAM_{f.name.upper()}"
            )
            raw = env.get(name)
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(name, raw, type(getattr(cls, f.name)))
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Refuse values that would only fail later, deep inside Faust or Kafka."""
        if self.processing_guarantee not in GUARANTEES:
            raise ConfigError(
                f"NEWSSTREAM_PROCESSING_GUARANTEE must be one of {', '.join(GUARANTEES)}"
            )
        if self.table_store not in TABLE_STORES:
            raise ConfigError(f"NEWSSTREAM_TABLE_STORE must be one of {', '.join(TABLE_STORES)}")
        if self.security_protocol not in SECURITY_PROTOCOLS:
            raise ConfigError(
                f"NEWSSTREAM_SECURITY_PROTOCOL must be one of {', '.join(SECURITY_PROTOCOLS)}"
            )
        if self.security_protocol.startswith("SASL") and self.sasl_mechanism not in SASL_MECHANISMS:
            raise ConfigError(
                f"NEWSSTREAM_SASL_MECHANISM must be one of {', '.join(SASL_MECHANISMS)}"
            )
        for name in (
            "partitions",
            "replication_factor",
            "batch_size",
            "max_record_bytes",
            "stream_buffer_records",
            "table_memory_mb",
            "dedup_max_articles",
            "claims_max",
            "stories_max",
            "stories_max_articles",
            "stories_per_story",
            "trending_baseline_windows",
        ):
            if getattr(self, name) < 1:
                raise ConfigError(f"NEWSSTREAM_{name.upper()} must be at least 1")
        if not 0 < self.web_port < 65536:
            raise ConfigError("NEWSSTREAM_WEB_PORT must be a TCP port")
        for name in (
            "batch_timeout",
            "record_timeout",
            "dedup_window_hours",
            "claims_window_hours",
            "stories_window_hours",
            "stories_horizon_hours",
            "trending_window_minutes",
        ):
            if getattr(self, name) <= 0:
                raise ConfigError(f"NEWSSTREAM_{name.upper()} must be positive")
        unknown = [s for s in self.stages if s not in STAGE_ROLES]
        if unknown or not self.stages:
            raise ConfigError(
                f"unknown stage {', '.join(unknown) or '(none given)'}: "
                f"NEWSSTREAM_STAGES / --stages takes a comma list of {', '.join(STAGE_ROLES)}"
            )
        if self.broker_session_timeout <= 0:
            raise ConfigError("NEWSSTREAM_BROKER_SESSION_TIMEOUT must be positive")
        self.broker_address()

    @property
    def topics(self) -> tuple[str, ...]:
        """Every topic the worker reads or writes, in flow order."""
        return (
            self.topic_raw,
            self.topic_cleaned,
            self.topic_tagged,
            self.topic_enriched,
            self.topic_deadletter,
            self.topic_claims,
            self.topic_stories,
            self.topic_trending,
        )

    @property
    def max_message_bytes(self) -> int:
        """The largest Kafka message the worker sends or fetches, and the `max.message.bytes`
        of the topics it creates: an input at the record limit grows as it goes (entities,
        claims), and a value over the limit must still reach the worker to be dead-lettered."""
        return self.max_record_bytes * 6

    def broker_address(self) -> tuple[str, int]:
        """Host and port of the first bootstrap server (the local broker listens there)."""
        first = self.kafka_bootstrap.split(",")[0].strip()
        first = first.removeprefix("kafka://")
        host, _, port = first.rpartition(":")
        if not host or not port.isdigit():
            raise ConfigError(
                f"KAFKA_BOOTSTRAP must be host:port[,host:port], got {self.kafka_bootstrap!r}"
            )
        return host, int(port)


def stage_list(raw: str) -> tuple[str, ...]:
    """`clean, entities` -> ("clean", "entities"): the form of NEWSSTREAM_STAGES and --stages."""
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _parse(name: str, raw: str, kind: type) -> Any:
    try:
        if kind is bool:
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind is tuple:
            return stage_list(raw)
        return kind(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a valid {kind.__name__}") from None
