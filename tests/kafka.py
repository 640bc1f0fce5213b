"""Helpers for tests that talk to the real local Apache Kafka and a real worker process."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.record.util import calc_crc32c
from prometheus_client.parser import text_string_to_metric_families

from streams import clients
from streams.broker import LocalKafka
from streams.clients import ensure_topics, topic_partitions
from streams.settings import Settings

NEWSSTREAM = str(Path(sys.executable).with_name("newsstream"))


@contextmanager
def local_broker() -> Iterator[Settings]:
    """The broker at KAFKA_BOOTSTRAP when set, else our local one, started and stopped here."""
    settings = Settings.from_env()
    if os.environ.get("KAFKA_BOOTSTRAP"):
        yield settings
        return
    broker = LocalKafka(settings)
    started = not broker.status().running
    if started:
        # Every test makes topics of its own, and a stopped broker keeps them: after many
        # runs (9,500 partition folders here) its start took so long that the first workers
        # were not ready in time. A test session that starts the local broker starts it on
        # an empty cluster; one already running (yours) is used as it is.
        shutil.rmtree(broker.state / "data", ignore_errors=True)
    broker.start()
    try:
        yield settings
    finally:
        if started:
            broker.stop()


def isolated(settings: Settings, tmp: Path) -> Settings:
    """Settings with topics, consumer group, data folder and web port of our own."""
    run = f"t{uuid.uuid4().hex[:8]}"
    return replace(
        settings,
        app_id=f"newsstream-{run}",
        topic_raw=f"{run}.news.raw",
        topic_cleaned=f"{run}.news.cleaned",
        topic_tagged=f"{run}.news.tagged",
        topic_enriched=f"{run}.news.enriched",
        topic_deadletter=f"{run}.news.deadletter",
        topic_claims=f"{run}.news.claims",
        topic_stories=f"{run}.news.stories",
        topic_trending=f"{run}.news.trending",
        data_dir=str(tmp / "data"),
        web_port=free_port(),
        partitions=2,
    )


def env_of(settings: Settings) -> dict[str, str]:
    """The environment that makes a newsstream process read exactly these settings."""
    env = dict(os.environ)
    for f in fields(settings):
        name = "KAFKA_BOOTSTRAP" if f.name == "kafka_bootstrap" else f"NEWSSTREAM_{f.name.upper()}"
        value = getattr(settings, f.name)
        env[name] = ",".join(value) if isinstance(value, tuple) else str(value)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def background(
    argv: list[str], log: Path, ready_url: str, within: float, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """A process of our own, yielded once `ready_url` answers 200; SIGTERM (then kill) at exit."""
    with log.open("wb") as out:
        proc = subprocess.Popen(
            argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + within
        while not http_ok(ready_url):
            if proc.poll() is not None or time.monotonic() > deadline:
                # A process that died says how (a negative code is the signal that killed it).
                how = "still running" if proc.returncode is None else f"exit {proc.returncode}"
                raise RuntimeError(
                    f"{argv[0]} did not become ready ({how}):\n{log.read_text()[-3000:]}"
                )
            time.sleep(0.3)
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def running_worker(
    settings: Settings, log: Path, ready_within: float = 90
) -> Iterator[subprocess.Popen[bytes]]:
    """A real `newsstream worker` process, ready (model loaded, partitions assigned) on entry."""
    asyncio.run(ensure_topics(settings))
    ready = f"http://127.0.0.1:{settings.web_port}/ready"
    with background([NEWSSTREAM, "worker"], log, ready, ready_within, env_of(settings)) as proc:
        yield proc


def scrape(settings: Settings) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """The worker's /metrics as {(name, sorted labels): value}."""
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=10) as response:
        text = response.read().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def partitions_held(
    page: dict[tuple[str, tuple[tuple[str, str], ...]], float], topic: str
) -> set[int]:
    """The partitions of `topic` a worker holds, from its scraped page (`scrape`): those its
    consumer-lag gauge reports (the worker sets it for the partitions assigned to it)."""
    return {
        int(dict(labels)["partition"])
        for name, labels in page
        if name == "newsstream_consumer_lag_records" and dict(labels).get("topic") == topic
    }


@dataclass(frozen=True)
class Answer:
    """One answer of a worker's page: how long it took, its status and its JSON."""

    path: str
    seconds: float
    status: int
    body: dict[str, object]


def poll_pages(base: str, stop: threading.Event, answers: list[Answer]) -> None:
    """Ask /ready and /health in turn every 0.2 s until `stop` (run it in a thread)."""
    while not stop.is_set():
        for path in ("/ready", "/health"):
            asked = time.monotonic()
            try:
                with urllib.request.urlopen(base + path, timeout=10) as response:
                    status, text = response.status, response.read()
            except urllib.error.HTTPError as exc:
                status, text = exc.code, exc.read()
            except OSError:
                status, text = 0, b"{}"
            seconds = time.monotonic() - asked
            answers.append(Answer(path, seconds, status, json.loads(text or b"{}")))
        stop.wait(0.2)


@contextmanager
def pages_polled(settings: Settings) -> Iterator[list[Answer]]:
    """The answers of a worker's /ready and /health, asked all along the block."""
    answers: list[Answer] = []
    stop = threading.Event()
    poller = threading.Thread(
        target=poll_pages, args=(f"http://127.0.0.1:{settings.web_port}", stop, answers)
    )
    poller.start()
    try:
        yield answers
    finally:
        stop.set()
        poller.join()


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


async def send(
    settings: Settings,
    topic: str,
    items: list[tuple[bytes | None, bytes]],
    partition: int | None = None,
) -> None:
    """Send and wait for each; to `partition` if given, else where the key hashes."""
    producer = clients.producer(settings, acks="all")
    await producer.start()
    try:
        for key, value in items:
            await producer.send_and_wait(topic, value, key=key, partition=partition)
    finally:
        await producer.stop()


async def send_all(settings: Settings, topic: str, items: list[tuple[bytes | None, bytes]]) -> None:
    """Send many records quickly (batched by the producer), and wait until all are stored."""
    producer = clients.producer(settings, acks="all", linger_ms=20)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key) for key, value in items]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def send_batch(
    settings: Settings,
    topic: str,
    items: list[tuple[bytes | None, bytes]],
    partition: int,
    compression: str | None = None,
) -> None:
    """Send `items` to one partition in one record batch, compressed as a real client may."""
    producer = clients.producer(
        settings, acks="all", compression_type=compression, linger_ms=1000, enable_idempotence=False
    )
    await producer.start()
    try:
        batch = producer.create_batch()
        for key, value in items:
            assert batch.append(key=key, value=value, timestamp=None) is not None
        batch.close()
        await (await producer.send_batch(batch, topic, partition=partition))
    finally:
        await producer.stop()


async def committed(settings: Settings, topic: str) -> int:
    """Records of `topic` the worker's consumer group has committed, over all partitions."""
    client = clients.admin(settings)
    await client.start()
    try:
        offsets = await client.list_consumer_group_offsets(settings.app_id)
    finally:
        await client.close()
    return sum(max(meta.offset, 0) for tp, meta in offsets.items() if tp.topic == topic)


async def topic_config(settings: Settings, topic: str, name: str) -> str:
    """One configuration value of a topic, as the broker reports it."""
    client = clients.admin(settings)
    await client.start()
    try:
        resource = ConfigResource(ConfigResourceType.TOPIC, topic, {name: None})
        (response,) = await client.describe_configs([resource])
    finally:
        await client.close()
    (described,) = response.to_object()["resources"]
    (entry,) = described["config_entries"]
    return str(entry["config_value"])


@asynccontextmanager
async def from_beginning(
    settings: Settings, *topics: str, isolation_level: str = "read_uncommitted"
) -> AsyncIterator[AIOKafkaConsumer]:
    """A consumer of every partition of `topics`, from their first record, in no group."""
    consumer = clients.consumer(
        settings, group_id=None, enable_auto_commit=False, isolation_level=isolation_level
    )
    await consumer.start()
    try:
        tps = [TopicPartition(t, p) for t in topics for p in await topic_partitions(settings, t)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        yield consumer
    finally:
        await consumer.stop()


async def collect_keys(
    settings: Settings,
    topic: str,
    keys: set[bytes],
    within: float,
    settle: float = 3.0,
    isolation_level: str = "read_uncommitted",
) -> list[tuple[bytes | None, bytes]]:
    """Read `topic` from the beginning until every key in `keys` was seen (or `within` s
    passed), then `settle` seconds more; every record read, duplicates included."""
    async with from_beginning(settings, topic, isolation_level=isolation_level) as consumer:
        got: list[tuple[bytes | None, bytes]] = []
        missing = set(keys)
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for message in (m for ms in batch.values() for m in ms):
                got.append((message.key, message.value))
                missing.discard(message.key)
            if not missing:
                deadline = min(deadline, time.monotonic() + settle)
        return got


async def collect(
    settings: Settings, topic: str, until: int, within: float, settle: float = 2.0
) -> list[tuple[bytes | None, bytes]]:
    """Read `topic` from the beginning until `until` records arrived (or `within` s passed),
    then `settle` seconds more so that duplicates would show."""
    async with from_beginning(settings, topic) as consumer:
        got: list[tuple[bytes | None, bytes]] = []
        deadline = time.monotonic() + within
        settled_at: float | None = None
        while time.monotonic() < (settled_at or deadline):
            batch = await consumer.getmany(timeout_ms=500)
            got.extend((m.key, m.value) for ms in batch.values() for m in ms)
            if len(got) >= until and settled_at is None:
                settled_at = time.monotonic() + settle
        return got


@dataclass(frozen=True)
class StoredBatch:
    """A record batch (format v2) as the local broker stored it in a log segment."""

    segment: Path
    position: int  # byte offset in the segment file
    base_offset: int
    size: int  # bytes, header included
    codec: int  # compression: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd


# Batch header: base offset, length, leader epoch, magic, CRC, attributes; the CRC-32C
# covers everything from the attributes to the end of the batch.
_HEAD = struct.Struct(">qiibIh")
_CRC_AT, _ATTRIBUTES_AT = 17, 21


def stored_batches(settings: Settings, topic: str, partition: int) -> list[StoredBatch]:
    """The batches of one partition, read from the local broker's files (not through Kafka)."""
    folder = LocalKafka(settings).state / "data" / f"{topic}-{partition}"
    assert folder.is_dir(), f"{folder} is missing: these tests need the local broker's files"
    found: list[StoredBatch] = []
    for segment in sorted(folder.glob("*.log")):
        data = segment.read_bytes()
        position = 0
        while position + _HEAD.size <= len(data):
            base, length, _, magic, _, attributes = _HEAD.unpack_from(data, position)
            assert magic == 2
            found.append(StoredBatch(segment, position, base, 12 + length, attributes & 0x07))
            position += 12 + length
    return found


def rewrite_batch(
    batch: StoredBatch, *, codec: int | None = None, flip_last_byte: bool = False
) -> None:
    """Damage a stored batch in place, as a faulty disk or a buggy client would.

    A new `codec` is written with a valid CRC, so only decoding fails; a flipped byte
    leaves the CRC wrong.
    """
    with batch.segment.open("r+b") as f:
        f.seek(batch.position)
        data = bytearray(f.read(batch.size))
        if codec is not None:
            (attributes,) = struct.unpack_from(">h", data, _ATTRIBUTES_AT)
            struct.pack_into(">h", data, _ATTRIBUTES_AT, (attributes & ~0x07) | codec)
            struct.pack_into(">I", data, _CRC_AT, calc_crc32c(bytes(data[_ATTRIBUTES_AT:])))
        if flip_last_byte:
            data[-1] ^= 0xFF
        f.seek(batch.position)
        f.write(data)
