"""Helpers for tests that talk to the real local Apache Kafka and a real worker process."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path

from aiokafka import TopicPartition

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
        env[name] = str(getattr(settings, f.name))
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
                raise RuntimeError(f"{argv[0]} did not become ready:\n{log.read_text()[-3000:]}")
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


async def collect(
    settings: Settings, topic: str, until: int, within: float, settle: float = 2.0
) -> list[tuple[bytes | None, bytes]]:
    """Read `topic` from the beginning until `until` records arrived (or `within` s passed),
    then `settle` seconds more so that duplicates would show."""
    consumer = clients.consumer(settings, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in await topic_partitions(settings, topic)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        got: list[tuple[bytes | None, bytes]] = []
        deadline = time.monotonic() + within
        settled_at: float | None = None
        while time.monotonic() < (settled_at or deadline):
            batch = await consumer.getmany(timeout_ms=500)
            got.extend((m.key, m.value) for ms in batch.values() for m in ms)
            if len(got) >= until and settled_at is None:
                settled_at = time.monotonic() + settle
        return got
    finally:
        await consumer.stop()
