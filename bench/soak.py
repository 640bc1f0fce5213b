"""Soak: a steady load through one real worker for minutes, and its memory over time.

Articles: BASIL's news stories (`devsets/stories/`, as bench/pipeline.py reads them),
sent again and again under new ids, so a repeat is the same work as its first pass
(the clean stage marks it `duplicate_of`, and every stage still runs on it).

In one run, on the local Apache Kafka (or KAFKA_BOOTSTRAP's) with topics of its own:

- the anchor: one worker fed flat out with a first batch, its throughput (articles/s);
- the soak: articles sent at a share of that throughput (50% by default) for
  `--minutes` (3 by default, 1 with --quick), the worker's RSS read from /proc every
  5 s, and at the end the slope of RSS over time (least squares, MB per 10 minutes,
  after a warm-up of 5 minutes or a third of a shorter run; and over the second half)
  and whether it is flat;
- lost (sent, never out on news.enriched) and latency p50/p99 over the soak.

"Flat" means a slope under FLAT_MB_PER_10_MIN. The worker keeps what it should
remember of recent articles (the duplicate index and claim summaries for 72 h, up to
20,000 stories for 96 h), so some growth per article is by design: the report gives it
per 1,000 articles so that a 72 h window at a deployment's rate can be sized.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from bench.common import Context, table
from bench.pipeline import _articles, _percentiles
from streams import clients
from streams.settings import Settings
from tests.kafka import NEWSSTREAM, background, env_of, isolated, local_broker

DEFAULT_MINUTES, QUICK_MINUTES = 3.0, 1.0
SHARE = 0.5
CALIBRATION = 48
SAMPLE_EVERY_S = 5.0
WARM_UP_S = 300.0  # at most; a third of a shorter run
FLAT_MB_PER_10_MIN = 5.0


@dataclass
class Soak:
    """What one soak saw: send and arrival times by key, and RSS samples (seconds, MB)."""

    sent_at: dict[str, float] = field(default_factory=dict)
    arrived_at: dict[str, float] = field(default_factory=dict)
    rss: list[tuple[float, float]] = field(default_factory=list)


def run(ctx: Context) -> dict[str, Any]:
    folder = ctx.dataset("stories")
    if folder is None:
        return {"skipped": "no devsets/stories"}
    raws = _articles(folder)
    minutes = ctx.minutes or (QUICK_MINUTES if ctx.quick else DEFAULT_MINUTES)
    with local_broker() as broker, tempfile.TemporaryDirectory() as tmp:
        settings = replace(isolated(broker, Path(tmp)), partitions=4)
        asyncio.run(clients.ensure_topics(settings))
        ready = f"http://127.0.0.1:{settings.web_port}/ready"
        log = Path(tmp) / "worker.log"
        with background([NEWSSTREAM, "worker"], log, ready, 180, env_of(settings)) as worker:
            calibration = Soak()
            asyncio.run(_feed(settings, raws[:CALIBRATION], "calibrate", None, calibration))
            capacity = _throughput(calibration)
            rate = capacity * SHARE
            soak = Soak()
            stop = threading.Event()
            sampler = threading.Thread(target=_sample, args=(worker.pid, soak, stop), daemon=True)
            sampler.start()
            try:
                items = _stream(raws, int(rate * minutes * 60) + 1)
                asyncio.run(_feed(settings, items, "soak", rate, soak))
            finally:
                stop.set()
                sampler.join()
    figures = _figures(soak, minutes, capacity, rate)
    _print(figures, soak)
    return figures


def _stream(raws: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    return [{**raws[i % len(raws)], "id": f"soak{i}-{raws[i % len(raws)]['id']}"} for i in range(n)]


async def _feed(
    settings: Settings, raws: list[dict[str, Any]], tag: str, rate: float | None, into: Soak
) -> None:
    """Send `raws` (at `rate` per second, or flat out) and wait until each is on news.enriched."""
    raws = [{**r, "id": f"{tag}-{r['id']}"} for r in raws]
    consumer = clients.consumer(
        settings, settings.topic_enriched, group_id=None, auto_offset_reset="latest"
    )
    producer = clients.producer(settings, acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    await consumer.getmany(timeout_ms=500)  # placed at the end: only this feed's records
    collecting = asyncio.create_task(_collect(consumer, {r["id"] for r in raws}, into))
    try:
        started = time.monotonic()
        for n, raw in enumerate(raws):
            if rate:
                await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
            into.sent_at[raw["id"]] = time.monotonic()
            await producer.send(settings.topic_raw, orjson.dumps(raw), key=raw["id"].encode())
        await producer.flush()
        # What is still in the worker when sending stops gets two minutes to come out.
        await asyncio.wait({collecting}, timeout=120 + (0 if rate else 600))
    finally:
        collecting.cancel()
        await producer.stop()
        await consumer.stop()


async def _collect(consumer: Any, keys: set[str], into: Soak) -> None:
    while not keys <= into.arrived_at.keys():
        batch = await consumer.getmany(timeout_ms=200)
        now = time.monotonic()
        for messages in batch.values():
            for message in messages:
                key = message.key.decode()
                if key in keys:
                    into.arrived_at.setdefault(key, now)


def _sample(pid: int, into: Soak, stop: threading.Event) -> None:
    started = time.monotonic()
    while True:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return
        kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        into.rss.append((round(time.monotonic() - started, 1), round(kb / 1024, 1)))
        if stop.wait(SAMPLE_EVERY_S):
            return


def _throughput(soak: Soak) -> float:
    if not soak.arrived_at:
        return 0.0
    span = max(soak.arrived_at.values()) - min(soak.sent_at.values())
    return len(soak.arrived_at) / span if span > 0 else 0.0


def slope_mb_per_10_min(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of RSS over time, in MB per 10 minutes."""
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mt = sum(t for t, _ in samples) / n
    mm = sum(m for _, m in samples) / n
    var = sum((t - mt) ** 2 for t, _ in samples)
    if var == 0:
        return 0.0
    return sum((t - mt) * (m - mm) for t, m in samples) / var * 600


def _figures(soak: Soak, minutes: float, capacity: float, rate: float) -> dict[str, Any]:
    warm_up = min(WARM_UP_S, minutes * 60 / 3)
    steady = [(t, mb) for t, mb in soak.rss if t >= warm_up] or soak.rss
    slope = slope_mb_per_10_min(steady)
    second_half = [(t, mb) for t, mb in soak.rss if t >= minutes * 30]
    sent, out = len(soak.sent_at), len(soak.arrived_at)
    per_10_min = rate * 600
    latencies = sorted(soak.arrived_at[k] - soak.sent_at[k] for k in soak.arrived_at)
    return {
        "minutes": minutes,
        "capacity_per_s": round(capacity, 2),
        "rate_per_s": round(rate, 2),
        "share": SHARE,
        "sent": sent,
        "out": out,
        "lost": sent - out,
        "latency": _percentiles(latencies),
        "rss_start_mb": steady[0][1] if steady else None,
        "rss_end_mb": steady[-1][1] if steady else None,
        "rss_max_mb": max((mb for _, mb in soak.rss), default=None),
        "warm_up_s": warm_up,
        "slope_mb_per_10_min": round(slope, 2),
        "slope_second_half_mb_per_10_min": round(slope_mb_per_10_min(second_half), 2),
        "mb_per_1000_articles": round(slope / per_10_min * 1000, 2) if per_10_min else None,
        "flat": abs(slope) < FLAT_MB_PER_10_MIN,
        "flat_below_mb_per_10_min": FLAT_MB_PER_10_MIN,
        "samples": soak.rss,
    }


def _print(f: dict[str, Any], soak: Soak) -> None:
    print(
        f"soak: {f['minutes']} min at {f['rate_per_s']} articles/s ({int(f['share'] * 100)}% of "
        f"the {f['capacity_per_s']}/s one worker took flat out); {f['sent']} sent, "
        f"{f['out']} out, {f['lost']} lost; latency p50 {f['latency']['p50_s']} s, "
        f"p99 {f['latency']['p99_s']} s"
    )
    rows = []
    step = max(1, round(60 / SAMPLE_EVERY_S))  # one row a minute
    for t, mb in soak.rss[::step]:
        done = sum(1 for a in soak.arrived_at.values() if a - min(soak.sent_at.values()) <= t)
        rows.append([f"{t / 60:.1f}", done, mb])
    print(table(["minute", "articles out", "worker RSS MB"], rows))
    print(
        f"RSS after warm-up {f['rss_start_mb']} -> {f['rss_end_mb']} MB (max {f['rss_max_mb']}); "
        f"slope after {f['warm_up_s']:.0f} s of warm-up {f['slope_mb_per_10_min']} MB per 10 min "
        f"({f['mb_per_1000_articles']} MB per 1,000 articles; second half "
        f"{f['slope_second_half_mb_per_10_min']}): {'flat' if f['flat'] else 'NOT flat'} "
        f"(flat: under {f['flat_below_mb_per_10_min']} MB per 10 min)"
    )
