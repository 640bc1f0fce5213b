"""Soak: a steady load through one real worker for minutes, and its memory over time.

Articles: BASIL's news stories (`devsets/stories/`, as bench/pipeline.py reads them),
sent again and again under new ids, so a repeat is the same work as its first pass
(the clean stage marks it `duplicate_of`, and every stage still runs on it).

In one run, on the local Apache Kafka (or KAFKA_BOOTSTRAP's) with topics of its own:

- the anchor: one worker fed flat out with a first batch, its throughput (articles/s);
- the soak: articles sent at a share of that throughput (50% by default) for
  `--minutes` (3 by default, 1 with --quick); every 5 s the worker's RSS (from /proc)
  and what RocksDB holds in its memory (`newsstream_table_memory_bytes` on the worker's
  /metrics: the shared block cache and the memtables charged to it);
- lost (sent, never out on news.enriched) and latency p50/p99 over the soak;
- the anchor: the same stages and story index offline in this process, state in plain
  dicts, over the set 5 times (2 with --quick): RSS growth per 1,000 articles.

Slopes are least squares, in MB per 10 minutes, over the steady part (after a warm-up of
5 minutes, or a third of a shorter run), of four series: RSS (the raw slope, and over the
second half), RSS's floor (its minimum in each minute), RSS minus RocksDB's memory, and
that difference's floor.

Why more than the raw slope: a batch's working memory lifts RSS by 10-40 MB for a few
seconds, at random moments, and the least-squares line follows those spikes; the floor
(what the worker holds between batches) does not. And RocksDB's cache fills until it
reaches its bound (NEWSSTREAM_TABLE_MEMORY_MB, blocks read back and memtables together),
which in RSS alone looks like growth.

"Flat" (the report's `flat`) means either of:

- on RSS (`flat_on_rss`): both the raw slope of RSS and its floor's slope are under
  FLAT_MB_PER_10_MIN (in absolute value, as every slope here);
- beside RocksDB (`flat_beside_rocksdb`): RocksDB's memory stayed at or under its
  configured bound in every sample of the steady part, and both the slope of RSS minus
  RocksDB's memory and that difference's floor's slope are under FLAT_MB_PER_10_MIN.

A leak grows the floor and what RSS holds beside the bounded cache, so it fails both;
only a cache shown within its bound is set aside. RSS minus RocksDB falling fails the
second too: RocksDB then counted more than RSS grew (its blocks went into memory already
resident), and setting all of it aside could hide a leak as large; RSS itself flat passes
the first. The raw figures stay in the report, with `raw_flat` (the raw slope alone under
FLAT_MB_PER_10_MIN, the former test) beside the verdict.

The worker keeps what it should remember of recent articles, bounded by time and by
count (the duplicate index up to NEWSSTREAM_DEDUP_MAX_ARTICLES, stories up to
NEWSSTREAM_STORIES_MAX_ARTICLES summaries, 30 a story; claim summaries live in RocksDB,
within NEWSSTREAM_TABLE_MEMORY_MB), so it grows per article until a bound is reached: the
report gives the growth per 1,000 articles after warm-up.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from bench.common import Context, table
from bench.pipeline import _articles, _percentiles, send_paced
from streams import clients
from streams.pipeline import Pipeline, story_index
from streams.settings import Settings
from tests.kafka import NEWSSTREAM, background, env_of, isolated, local_broker, scrape

DEFAULT_MINUTES, QUICK_MINUTES = 3.0, 1.0
SHARE = 0.5
CALIBRATION = 48
SAMPLE_EVERY_S = 5.0
WARM_UP_S = 300.0  # at most; a third of a shorter run
FLAT_MB_PER_10_MIN = 5.0
FLOOR_WINDOW_S = 60.0  # RSS's floor: its minimum in each minute
TABLE_MEMORY = ("newsstream_table_memory_bytes", ())
INDEXES = ("dedup", "claims")  # newsstream_index_articles: what else holds recent articles
MB = 1024 * 1024
OFFLINE_ROUNDS = 5  # of the whole set (264 articles), 2 with --quick
STALLED_S = 60.0  # after the last send, an article not out with none coming for this long is lost


@dataclass
class Soak:
    """What one soak saw: send and arrival times by key, RSS samples (seconds, MB) and
    RocksDB's memory at the same moments (None where the worker's /metrics did not answer)."""

    sent_at: dict[str, float] = field(default_factory=dict)
    arrived_at: dict[str, float] = field(default_factory=dict)
    rss: list[tuple[float, float]] = field(default_factory=list)
    rocksdb: list[tuple[float, float | None]] = field(default_factory=list)
    indexes: list[tuple[float, ...]] = field(default_factory=list)  # seconds, articles by INDEXES


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
            sampler = threading.Thread(
                target=_sample, args=(worker.pid, settings, soak, stop), daemon=True
            )
            sampler.start()
            try:
                items = _stream(raws, int(rate * minutes * 60) + 1)
                asyncio.run(_feed(settings, items, "soak", rate, soak))
            finally:
                stop.set()
                sampler.join()
    figures = _figures(soak, minutes, capacity, rate, settings.table_memory_mb)
    _print(figures, soak)
    figures["anchor_offline"] = _offline(raws, 2 if ctx.quick else OFFLINE_ROUNDS)
    _print_anchor(figures["anchor_offline"])
    return figures


def _offline(raws: list[dict[str, Any]], rounds: int) -> dict[str, Any]:
    """The anchor: the same stages and story index in this process, state in plain dicts,
    over the same articles under new ids; RSS growth per 1,000 articles after the first
    round (which loads the model and fills caches)."""
    dedup: dict[str, Any] = {}
    claims: dict[str, Any] = {}
    settings = Settings()
    pipeline = Pipeline(settings, dedup_store=dedup, claims_store=claims)
    index = story_index({}, settings)
    points = []
    for n in range(rounds):
        for at in range(0, len(raws), 16):
            batch = [{**r, "id": f"offline{n}-{r['id']}"} for r in raws[at : at + 16]]
            for tagged in pipeline.tag([pipeline.clean(r) for r in batch]):
                index.add(pipeline.attribute(tagged))
        points.append(((n + 1) * len(raws), _rss_mb(os.getpid())))
    per_1000 = (
        (points[-1][1] - points[0][1]) / (points[-1][0] - points[0][0]) * 1000
        if len(points) > 1
        else None
    )
    state_kb = len(orjson.dumps([dedup, claims])) / 1024
    return {
        "articles": points[-1][0],
        "rss_mb": points,
        "mb_per_1000_articles": round(per_1000, 2) if per_1000 is not None else None,
        "dedup_and_claims_state_kb_per_article": round(state_kb / points[-1][0], 2),
    }


def _rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


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
        await send_paced(producer, settings, raws, rate, into.sent_at)
        # A worker that fell behind catches up: wait while articles still come out.
        while not collecting.done():
            before = len(into.arrived_at)
            await asyncio.wait({collecting}, timeout=STALLED_S)
            if len(into.arrived_at) == before:
                break
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


def _sample(pid: int, settings: Settings, into: Soak, stop: threading.Event) -> None:
    started = time.monotonic()
    while True:
        try:
            mb = _rss_mb(pid)
        except OSError:
            return
        at = round(time.monotonic() - started, 1)
        into.rss.append((at, round(mb, 1)))
        try:
            page = scrape(settings)
        except OSError:
            page = {}
        held = page.get(TABLE_MEMORY)
        into.rocksdb.append((at, None if held is None else round(held / MB, 1)))
        into.indexes.append(
            (at, *(page.get(("newsstream_index_articles", (("index", i),)), -1) for i in INDEXES))
        )
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


def floor(
    samples: list[tuple[float, float]], window_s: float = FLOOR_WINDOW_S
) -> list[tuple[float, float]]:
    """The minimum of each window of `window_s` (from the first sample), at the window's
    middle: what the worker holds between batches. A window with under half the samples of
    the fullest (the last, cut short by the end of the run) is left out: its minimum, over
    a few samples, may be a batch's peak rather than a floor."""
    windows: dict[int, list[float]] = {}
    for t, mb in samples:
        windows.setdefault(int((t - samples[0][0]) // window_s), []).append(mb)
    fullest = max((len(values) for values in windows.values()), default=0)
    return [
        (samples[0][0] + (n + 0.5) * window_s, min(values))
        for n, values in sorted(windows.items())
        if 2 * len(values) >= fullest
    ]


def beside(
    rss: list[tuple[float, float]], rocksdb: list[tuple[float, float | None]]
) -> list[tuple[float, float]]:
    """RSS less RocksDB's memory at each sample where the gauge was read: what the worker
    holds beside RocksDB's bounded cache."""
    return [
        (t, round(mb - held, 1))
        for (t, mb), (_, held) in zip(rss, rocksdb, strict=True)
        if held is not None
    ]


def memory_trend(
    rss: list[tuple[float, float]], rocksdb: list[tuple[float, float | None]], bound_mb: float
) -> dict[str, Any]:
    """The steady part's slopes (MB per 10 min) and whether memory is flat, as the module
    docstring defines it: on RSS, or beside RocksDB where every sample shows it at or under
    `bound_mb`, its configured bound."""
    held = [mb for _, mb in rocksdb if mb is not None]
    within = bool(held) and len(held) == len(rocksdb) and max(held) <= bound_mb
    rest = beside(rss, rocksdb)
    slopes = {
        "slope": slope_mb_per_10_min(rss),
        "floor_slope": slope_mb_per_10_min(floor(rss)),
        "beside_rocksdb_slope": slope_mb_per_10_min(rest),
        "beside_rocksdb_floor_slope": slope_mb_per_10_min(floor(rest)),
    }

    def under(*names: str) -> bool:
        return all(abs(slopes[name]) < FLAT_MB_PER_10_MIN for name in names)

    on_rss = under("slope", "floor_slope")
    beside_rocksdb = within and under("beside_rocksdb_slope", "beside_rocksdb_floor_slope")
    return {
        **{f"{name}_mb_per_10_min": round(value, 2) for name, value in slopes.items()},
        "rocksdb_start_mb": held[0] if held else None,
        "rocksdb_end_mb": held[-1] if held else None,
        "rocksdb_max_mb": max(held, default=None),
        "rocksdb_bound_mb": bound_mb,
        "rocksdb_unread_samples": len(rocksdb) - len(held),
        "rocksdb_within_bound": within,
        "flat_on_rss": on_rss,
        "flat_beside_rocksdb": beside_rocksdb,
        "flat": on_rss or beside_rocksdb,
        "raw_flat": under("slope"),
    }


def _figures(
    soak: Soak, minutes: float, capacity: float, rate: float, bound_mb: float
) -> dict[str, Any]:
    warm_up = min(WARM_UP_S, minutes * 60 / 3)
    steady_at = [n for n, (t, _) in enumerate(soak.rss) if t >= warm_up] or range(len(soak.rss))
    steady = [soak.rss[n] for n in steady_at]
    trend = memory_trend(steady, [soak.rocksdb[n] for n in steady_at], bound_mb)
    slope = trend["slope_mb_per_10_min"]
    second_half = [(t, mb) for t, mb in soak.rss if t >= minutes * 30]
    sent, out = len(soak.sent_at), len(soak.arrived_at)
    last_send = max(soak.sent_at.values(), default=0.0)
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
        # Sent but not yet out when the last one was sent: how far behind the worker was.
        "behind_at_last_send": sent - sum(1 for t in soak.arrived_at.values() if t <= last_send),
        "latency": _percentiles(latencies),
        "rss_start_mb": steady[0][1] if steady else None,
        "rss_end_mb": steady[-1][1] if steady else None,
        "rss_max_mb": max((mb for _, mb in soak.rss), default=None),
        "warm_up_s": warm_up,
        **trend,
        "slope_second_half_mb_per_10_min": round(slope_mb_per_10_min(second_half), 2),
        "mb_per_1000_articles": round(slope / per_10_min * 1000, 2) if per_10_min else None,
        "flat_below_mb_per_10_min": FLAT_MB_PER_10_MIN,
        "samples": soak.rss,
        "rocksdb_samples": soak.rocksdb,
        "index_articles_samples": {"columns": ["s", *INDEXES], "rows": soak.indexes},
    }


def _print(f: dict[str, Any], soak: Soak) -> None:
    print(
        f"soak: {f['minutes']} min at {f['rate_per_s']} articles/s ({int(f['share'] * 100)}% of "
        f"the {f['capacity_per_s']}/s one worker took flat out); {f['sent']} sent, "
        f"{f['behind_at_last_send']} not yet out at the last send, {f['out']} out in the end, "
        f"{f['lost']} lost; latency p50 {f['latency']['p50_s']} s, "
        f"p99 {f['latency']['p99_s']} s"
    )
    rows = []
    step = max(1, round(FLOOR_WINDOW_S / SAMPLE_EVERY_S))  # one row a minute
    for n in range(0, len(soak.rss), step):
        (t, mb), (_, held), (_, *indexed) = soak.rss[n], soak.rocksdb[n], soak.indexes[n]
        done = sum(1 for a in soak.arrived_at.values() if a - min(soak.sent_at.values()) <= t)
        lowest = min(m for _, m in soak.rss[n : n + step])
        rows.append([f"{t / 60:.1f}", done, mb, lowest, held, *(int(i) for i in indexed)])
    headers = [
        "minute",
        "articles out",
        "worker RSS MB",
        "its minute's floor",
        "RocksDB MB",
        *(f"{i} index articles" for i in INDEXES),
    ]
    print(table(headers, rows))
    print(
        f"RSS after warm-up {f['rss_start_mb']} -> {f['rss_end_mb']} MB (max {f['rss_max_mb']}); "
        f"RocksDB's memory {f['rocksdb_start_mb']} -> {f['rocksdb_end_mb']} MB (max "
        f"{f['rocksdb_max_mb']}, bound {f['rocksdb_bound_mb']}, "
        f"{'within' if f['rocksdb_within_bound'] else 'NOT shown within'} it; "
        f"{f['rocksdb_unread_samples']} samples unread)"
    )
    print(
        f"slopes after {f['warm_up_s']:.0f} s of warm-up, MB per 10 min: RSS "
        f"{f['slope_mb_per_10_min']} ({f['mb_per_1000_articles']} MB per 1,000 articles; "
        f"second half {f['slope_second_half_mb_per_10_min']}), its floor "
        f"{f['floor_slope_mb_per_10_min']}; RSS minus RocksDB "
        f"{f['beside_rocksdb_slope_mb_per_10_min']}, its floor "
        f"{f['beside_rocksdb_floor_slope_mb_per_10_min']}"
    )
    print(
        f"raw slope alone: {_flat(f['raw_flat'])}; RSS (slope and floor): "
        f"{_flat(f['flat_on_rss'])}; RSS minus RocksDB (slope and floor, RocksDB within its "
        f"bound): {_flat(f['flat_beside_rocksdb'])}; memory: {_flat(f['flat'])} (flat: under "
        f"{f['flat_below_mb_per_10_min']} MB per 10 min)"
    )


def _flat(flat: bool) -> str:
    return "flat" if flat else "NOT flat"


def _print_anchor(a: dict[str, Any]) -> None:
    print(
        f"anchor: the same stages offline, state in dicts, {a['articles']} articles: "
        f"{a['mb_per_1000_articles']} MB per 1,000 articles; duplicate and claim state "
        f"{a['dedup_and_claims_state_kb_per_article']} KB an article as JSON"
    )
