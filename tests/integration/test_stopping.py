"""Stopping the worker, kindly (SIGTERM) or not (kill -9), in the middle of a stream.

Articles are short so that a few hundred pass in seconds; the worker keeps its web
port and data folder across the restart, as a deployment's would.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from streams import records
from streams.clients import ensure_topics
from streams.settings import Settings
from tests import factories
from tests.kafka import (
    collect,
    collect_keys,
    committed,
    isolated,
    running_worker,
    send,
    send_all,
)

pytestmark = pytest.mark.integration


def articles(n: int) -> list[tuple[bytes, bytes]]:
    items = [factories.short_article(i) for i in range(n)]
    return [(a["id"].encode(), records.encode(a)) for a in items]


def wait_for_output(settings: Settings, topic: str, at_least: int, within: float) -> int:
    out = asyncio.run(collect(settings, topic, until=at_least, within=within, settle=0))
    assert len(out) >= at_least, f"only {len(out)} records on {topic} after {within} s"
    return len(out)


def count(settings: Settings, topic: str) -> int:
    return len(asyncio.run(collect(settings, topic, until=10**9, within=3, settle=0)))


def wait_for_commits(settings: Settings, topics: list[str], within: float) -> dict[str, int]:
    """Per topic, the records its group has not committed after `within` s (none: left out)."""
    deadline = time.monotonic() + within
    while True:
        behind = {t: count(settings, t) - asyncio.run(committed(settings, t)) for t in topics}
        behind = {t: n for t, n in behind.items() if n}
        if not behind or time.monotonic() > deadline:
            return behind
        time.sleep(1)


def wait_for_commit(settings: Settings, topic: str, within: float) -> None:
    """Until the group has committed some of `topic`."""
    deadline = time.monotonic() + within
    while not asyncio.run(committed(settings, topic)):
        assert time.monotonic() < deadline, f"nothing of {topic} committed after {within} s"
        time.sleep(0.2)


def _duplicates(settings: Settings, topic: str) -> int:
    out = asyncio.run(collect(settings, topic, until=10**9, within=5, settle=0))
    return len(out) - len({k for k, _ in out})


def test_sigterm_finishes_what_is_in_flight_commits_and_exits_within_10_s(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    sent = articles(300)
    with running_worker(settings, tmp_path / "first.log") as worker:
        asyncio.run(send(settings, settings.topic_raw, sent))
        wait_for_output(settings, settings.topic_enriched, 20, within=60)
        asked = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        code = worker.wait(timeout=30)
        took = time.monotonic() - asked
    log = (tmp_path / "first.log").read_text()
    assert took < 10, f"the worker took {took:.1f} s to stop"
    assert code == 0, log[-3000:]
    assert "Traceback" not in log
    # Each stage committed exactly what it had sent on: nothing in flight was dropped or
    # left to be done twice.
    stages = [
        (settings.topic_raw, settings.topic_cleaned),
        (settings.topic_cleaned, settings.topic_tagged),
        (settings.topic_tagged, settings.topic_enriched),
    ]
    progress = [
        (asyncio.run(committed(settings, source)), count(settings, output))
        for source, output in stages
    ]
    print(f"stopped in {took:.1f} s; committed input, records out per stage: {progress}")
    assert progress[-1][1] < len(sent)  # it did stop mid-stream
    for done, out in progress:
        assert done == out

    # Whatever was committed came out, and a restart takes up exactly where it stopped.
    with running_worker(settings, tmp_path / "second.log"):
        out = asyncio.run(collect(settings, settings.topic_enriched, until=len(sent), within=120))
    counts = Counter(k for k, _ in out)
    assert set(counts) == {k for k, _ in sent}
    assert sum(counts.values()) - len(counts) == 0  # no article was processed twice


def test_sigusr1_prints_every_thread_and_task_and_the_worker_goes_on(
    broker: Settings, tmp_path: Path
) -> None:
    """What an operator reads from a worker that does nothing (docs/observability.md)."""
    settings = isolated(broker, tmp_path)
    log = tmp_path / "worker.log"
    with running_worker(settings, log) as worker:
        worker.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + 30
        while "TASK" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.5)
        sent = articles(5)
        asyncio.run(send(settings, settings.topic_raw, sent))
        wait_for_output(settings, settings.topic_enriched, len(sent), within=120)
        assert worker.poll() is None
    text = log.read_text()
    # faulthandler, from the signal handler: every thread, the event loop's among them.
    assert "Current thread 0x" in text and "Thread 0x" in text
    assert "in execute_from_commandline" in text
    # mode's dump once the loop runs: the agents' tasks and where they wait.
    assert "TASK _execute_actor" in text


CRASH_ARTICLES = 2000


def test_kill_9_mid_stream_then_restart_loses_nothing(broker: Settings, tmp_path: Path) -> None:
    settings = isolated(broker, tmp_path)
    sent = articles(CRASH_ARTICLES)
    keys = {k for k, _ in sent}
    asyncio.run(ensure_topics(settings))
    asyncio.run(send_all(settings, settings.topic_raw, sent))
    started = time.monotonic()
    with running_worker(settings, tmp_path / "killed.log") as worker:
        # Kill it while every stage has work left (the claims stage is the slowest), once the
        # clean stage has committed: it cleans the 2,000 short articles in a second or two, and
        # killed before its first commit (2.8 s) it does them all again, as it should.
        wait_for_output(settings, settings.topic_tagged, CRASH_ARTICLES // 5, within=240)
        wait_for_commit(settings, settings.topic_raw, within=30)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    killed_at = time.monotonic()
    before = {t: count(settings, t) for t in settings.topics[1:4]}
    with running_worker(settings, tmp_path / "restarted.log"):
        # Within pytest's timeout: an article lost reads as a loss, not as a stalled worker
        # (CI, 2026-12-07: 9 records right after news.tagged's committed offset, dropped by
        # Faust's resume at the end of the restart's recovery; streams.transport.FlowControl).
        out = asyncio.run(collect_keys(settings, settings.topic_enriched, keys, within=180))
        finished = time.monotonic()
        # Every stage commits all it read: a record dropped unprocessed leaves its partition's
        # commit stuck before it, with the worker idle and its lag never reaching 0.
        behind = wait_for_commits(settings, settings.topics[0:3], within=30)
    counts = Counter(k for k, _ in out)
    lost = keys - set(counts)
    assert not lost, f"lost {len(lost)}: {sorted(lost)[:20]}; commits behind {behind}"
    assert not behind, f"records read and never committed: {behind}"
    duplicates = {t: _duplicates(settings, t) for t in settings.topics[1:4]}
    copies: dict[bytes | None, set[bytes]] = {}
    for key, value in out:
        copies.setdefault(key, set()).add(value)
    differing = sum(len(values) > 1 for values in copies.values())
    print(
        f"{CRASH_ARTICLES} sent; killed after {killed_at - started:.0f} s with {before} out; "
        f"all out {finished - started:.0f} s after the first start; lost {len(lost)}; "
        f"duplicates per topic {duplicates}; duplicated ids whose copies differ {differing}"
    )
    assert not lost
    assert set(counts) == keys
    # At least once: what a stage did after its last commit (every 2.8 s) is done again,
    # and a stage's duplicate is processed again downstream; never the whole stream. How much
    # a stage does in 2.8 s is the machine's speed: 96-384 on a busy 2-core box, 576 of
    # news.tagged on an idle one (short articles), so the bound is half the stream.
    for topic, extra in duplicates.items():
        assert extra < CRASH_ARTICLES // 2, topic
    assert differing == 0  # the stages are deterministic: a redone article comes out the same


def test_exactly_once_today_still_duplicates_what_the_worker_does_not_read(
    broker: Settings, tmp_path: Path
) -> None:
    """With processing_guarantee=exactly_once, kill -9 mid-stream and restart, then read
    the outputs with read_committed. Faust sends transactionally only to topics its own
    consumer reads (news.cleaned, news.tagged); news.enriched, news.claims and the dead
    letters are written outside the transaction, so what the claims stage redoes after
    the restart is there twice even for a read_committed reader. This asserts today's
    behaviour (README, Reliability); at_least_once stays the default."""
    settings = replace(isolated(broker, tmp_path), processing_guarantee="exactly_once")
    n = 400
    sent = articles(n)
    keys = {k for k, _ in sent}
    asyncio.run(ensure_topics(settings))
    asyncio.run(send_all(settings, settings.topic_raw, sent))
    with running_worker(settings, tmp_path / "killed.log") as worker:
        wait_for_output(settings, settings.topic_enriched, n // 5, within=240)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    with running_worker(settings, tmp_path / "restarted.log"):
        outputs = {
            topic: asyncio.run(
                collect_keys(settings, topic, keys, within=60, isolation_level="read_committed")
            )
            for topic in settings.topics[1:4]
        }
    duplicates = {t: len(out) - len({k for k, _ in out}) for t, out in outputs.items()}
    missing = {t: len(keys - {k for k, _ in out}) for t, out in outputs.items()}
    print(f"exactly_once, kill -9, {n} articles: duplicates {duplicates}, missing {missing}")
    assert duplicates[settings.topic_enriched] > 0
