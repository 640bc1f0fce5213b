"""aiokafka clients configured from Settings, shared by the CLI, the broker and the worker."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.conn import create_conn
from aiokafka.errors import KafkaError, SaslAuthenticationFailed, TopicAlreadyExistsError

from streams.settings import Settings


def client_options(settings: Settings) -> dict[str, Any]:
    """Connection options every aiokafka client takes, security included."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        options.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    return options


def ssl_context(settings: Settings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ssl_cafile or None)


def producer(settings: Settings, **extra: Any) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        **client_options(settings),
        max_request_size=settings.max_message_bytes,
        **extra,
    )


def consumer(settings: Settings, *topics: str, **extra: Any) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        *topics,
        **client_options(settings),
        fetch_max_bytes=settings.max_message_bytes,
        max_partition_fetch_bytes=settings.max_message_bytes,
        **extra,
    )


def admin(settings: Settings, **extra: Any) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(**client_options(settings), **extra)


async def broker_answers(settings: Settings, timeout: float = 5.0) -> bool:
    """True when the cluster answers a describe-cluster request within `timeout` seconds."""
    client = admin(settings, request_timeout_ms=int(timeout * 1000))
    try:
        await client.start()
        await client.describe_cluster()
        return True
    except (KafkaError, OSError, TimeoutError):
        return False
    finally:
        await client.close()


async def connection_problem(settings: Settings, timeout: float = 5.0) -> str | None:
    """Why Kafka turns our clients away (credentials, TLS), in words a person can act on;
    None when a connection to the first bootstrap server succeeds or simply fails.

    aiokafka only logs the cause (a refused password, an untrusted certificate) and raises
    "Unable to bootstrap", so one connection is made here the way its clients make theirs.
    """
    host, port = settings.broker_address()
    where = f"Kafka at {host}:{port}"
    options = client_options(settings)
    del options["bootstrap_servers"]
    try:
        conn = await create_conn(host, port, request_timeout_ms=int(timeout * 1000), **options)
    except SaslAuthenticationFailed:
        return (
            f"{where} refused the {settings.sasl_mechanism} credentials of user "
            f"{settings.sasl_username!r} (NEWSSTREAM_SASL_USERNAME, NEWSSTREAM_SASL_PASSWORD)"
        )
    except ssl.SSLCertVerificationError as exc:
        return (
            f"{where} showed a TLS certificate that is not trusted ({exc.verify_message}); "
            "NEWSSTREAM_SSL_CAFILE names the CA that signs it"
        )
    except ssl.SSLError as exc:
        return f"TLS with {where} failed: {exc.reason or exc}"
    except (OSError, TimeoutError, KafkaError):
        return None  # nothing more to say than the caller's "cannot reach"
    conn.close()
    return None


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the pipeline's topics that do not exist yet; returns the ones created.

    Faust ignores a source topic that is missing at start-up until its next
    metadata refresh (minutes), so the worker and `kafka start` create them first.
    """
    client = admin(settings)
    await client.start()
    try:
        existing = set(await client.list_topics())
        missing = [t for t in settings.topics if t not in existing]
        if missing:
            configs = topic_configs(settings)
            new = [
                NewTopic(t, settings.partitions, settings.replication_factor, topic_configs=configs)
                for t in missing
            ]
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker was first
                await client.create_topics(new)
        return missing
    finally:
        await client.close()


def topic_configs(settings: Settings) -> dict[str, str]:
    """Kafka settings of every topic the worker creates (its tables' changelogs too): the
    broker refuses what the worker could not fetch, whatever the broker's default."""
    return {"max.message.bytes": str(settings.max_message_bytes)}


async def topic_partitions(settings: Settings, topic: str) -> list[int]:
    """The partition numbers of `topic`; empty when the topic does not exist."""
    client = admin(settings)
    await client.start()
    try:
        if topic not in set(await client.list_topics()):
            return []
        (described,) = await client.describe_topics([topic])
        return sorted(p["partition"] for p in described["partitions"])
    finally:
        await client.close()


async def read_topic(
    settings: Settings,
    topic: str,
    *,
    from_beginning: bool,
    max_records: int | None,
    idle_timeout: float | None,
) -> AsyncIterator[tuple[bytes | None, bytes | None]]:
    """Yield (key, value) of a topic's records without joining a consumer group.

    Stops after `max_records`, or once no record arrived for `idle_timeout` seconds.
    """
    reader = consumer(
        settings,
        enable_auto_commit=False,
        group_id=None,
        auto_offset_reset="earliest" if from_beginning else "latest",
    )
    await reader.start()
    try:
        tps = [TopicPartition(topic, p) for p in await topic_partitions(settings, topic)]
        reader.assign(tps)
        if from_beginning:
            await reader.seek_to_beginning(*tps)
        else:
            await reader.seek_to_end(*tps)
        seen = 0
        while max_records is None or seen < max_records:
            timeout_ms = int(idle_timeout * 1000) if idle_timeout is not None else 1000
            batch = await reader.getmany(timeout_ms=timeout_ms, max_records=100)
            messages = [m for ms in batch.values() for m in ms]
            if not messages and idle_timeout is not None:
                return
            for message in messages:
                yield message.key, message.value
                seen += 1
                if max_records is not None and seen >= max_records:
                    return
    finally:
        await reader.stop()
