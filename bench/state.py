"""The worker's tables: how many entries it holds per 100k articles, and how long a restart takes.

Entries: the stages run offline (no Kafka) over BASIL's stories
(`devsets/stories/`), each table a plain dict, as `newsstream enrich` does;
counted at half and at all of the sample. Per 100k articles: dedup holds one
entry per article of its window, stories one per article plus one per story,
claims one per article with claims, up to its count bound (recent.MAX_CLAIMS
claims); trending holds one per entity, and entities recur, so its count is
extrapolated with the growth exponent seen between the half and the whole
sample (k ~ n^b, Heaps' law), never above one per entity mention.

Restart: N articles' worth of state (the entries above, cloned under new
keys, in the same proportions) written straight to the tables' changelog
topics on the real local Kafka, then a real `newsstream worker` started on
it: with tables in memory (it replays every changelog), on RocksDB with an
empty data folder (a new machine: it replays everything into RocksDB), and on
RocksDB again with that folder (a restart: it reads its files and replays only
what it has not seen). Recovery time is Faust's own, from its log
(`Recovery]: Starting` to `Recovery]: Worker ready`); the anchor is the same
worker on empty tables, measured in the same run. The machine is shared: the
figures are noisy.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from aiokafka.admin import NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.partitioner import DefaultPartitioner

from bench.common import Context, table
from bench.pipeline import basil
from streams import clients
from streams.app import TRENDING_TABLE
from streams.pipeline import Pipeline, story_index
from streams.settings import Settings
from streams.stages import trending
from streams.stages.claims.recent import MAX_CLAIMS
from streams.stages.clean.dedup import DedupIndex
from tests.kafka import NEWSSTREAM, background, env_of, isolated, local_broker

TABLES = ("dedup", "claims", "stories", "trending")
SIZES = (10_000, 100_000)
PER = 100_000
QUICK_ARTICLES = 60
_LOG = re.compile(
    r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\].*\[\^---Recovery\]: (.*?)\s*$", re.M
)


def run(ctx: Context) -> dict[str, Any]:
    raws = basil(ctx, QUICK_ARTICLES)
    if raws is None:
        return {"skipped": "no devsets/stories"}
    settings = Settings.from_env()
    half, full = _offline_state(raws[: len(raws) // 2], settings), _offline_state(raws, settings)
    entries = _entries(half, full, len(raws))
    _print_entries(entries, len(raws))
    restarts = {}
    with local_broker() as broker:
        for size in SIZES[:1] if ctx.quick else SIZES:
            restarts[str(size)] = _restarts(broker, full, entries, size)
    _print_restarts(restarts)
    return {"articles": len(raws), "entries": entries, "restarts": restarts}


def _offline_state(raws: list[dict[str, Any]], settings: Settings) -> dict[str, dict[str, Any]]:
    """Every table's content after the stages ran over `raws` in this process."""
    state: dict[str, dict[str, Any]] = {name: {} for name in TABLES}
    pipeline = Pipeline(settings, dedup_store=state["dedup"], claims_store=state["claims"])
    index = story_index(state["stories"], settings)
    trending_index = trending.TrendingIndex(
        state["trending"], window_s=settings.trending_window_minutes * 60
    )
    for at in range(0, len(raws), settings.batch_size):
        cleaned = [pipeline.clean(raw) for raw in raws[at : at + settings.batch_size]]
        for tagged in pipeline.tag(cleaned):
            enriched = pipeline.attribute(tagged)
            index.add(enriched)
            for key, mention in trending.mentions(enriched):
                trending_index.add(key, mention)
        trending_index.flush()
    return state


def _entries(
    half: dict[str, dict[str, Any]], full: dict[str, dict[str, Any]], n: int
) -> dict[str, dict[str, Any]]:
    """Per table: entries in the sample, bytes per entry, and the estimate per 100k articles."""
    out = {}
    for name in TABLES:
        k_half, k_full = len(half[name]), len(full[name])
        sizes = [len(orjson.dumps(k)) + len(orjson.dumps(v)) for k, v in full[name].items()]
        if name == "dedup":
            growth, per = 1.0, PER
        elif name == "stories":
            stories_n = sum(1 for key in full[name] if key.startswith("story:"))
            growth, per = 1.0, PER + round(stories_n * PER / n)
        elif name == "claims":
            held = sum(len(v["claims"]) for v in full[name].values())
            per_entry = held / k_full if k_full else 1.0
            growth, per = 1.0, min(round(k_full * PER / n), round(MAX_CLAIMS / per_entry))
        else:
            growth = _growth(k_half, k_full)
            per = round(k_full * (PER / n) ** growth)
        out[name] = {
            "sample_entries": k_full,
            "half_sample_entries": k_half,
            "growth_exponent": round(growth, 2),
            "bytes_per_entry": round(sum(sizes) / len(sizes)) if sizes else 0,
            "per_100k_articles": per,
        }
    return out


def _growth(k_half: int, k_full: int) -> float:
    if k_half <= 0 or k_full <= k_half:
        return 1.0 if k_full > k_half else 0.0
    return min(1.0, math.log(k_full / k_half) / math.log(2))


def _synthetic(
    sample: dict[str, dict[str, Any]], entries: dict[str, dict[str, Any]], articles: int
) -> dict[str, list[tuple[str, Any]]]:
    """`articles` articles' worth of entries per table: the sample's values under new keys."""
    out: dict[str, list[tuple[str, Any]]] = {}
    now = time.time()
    window = 60 * 3600.0  # inside the 72 h dedup window, so none expires on rebuild
    for name in TABLES:
        count = max(1, round(entries[name]["per_100k_articles"] * articles / PER))
        values = list(sample[name].values()) or [{}]
        if name == "dedup":
            out[name] = [
                (f"synthetic-{i}", {**values[i % len(values)], "t": now - window * i / count})
                for i in range(count)
            ]
        elif name == "stories":
            kept = [v for k, v in sample[name].items() if k.startswith("story:")] or [{}]
            n = max(1, count - articles)
            out[name] = [(f"article:synthetic-{i}", f"synthetic-{i % n}") for i in range(articles)]
            out[name] += [
                (f"story:synthetic-{j}", {**kept[j % len(kept)], "id": f"synthetic-{j}"})
                for j in range(n)
            ]
        else:
            keys = list(sample[name]) or ["empty"]
            out[name] = [
                (f"{keys[i % len(keys)]}#{i}", values[i % len(values)]) for i in range(count)
            ]
    return out


async def _write_changelogs(settings: Settings, rows: dict[str, list[tuple[str, Any]]]) -> None:
    """Write entries as the worker's tables would: JSON key and value, compacted topics."""
    admin = clients.admin(settings)
    await admin.start()
    try:
        configs = {**clients.topic_configs(settings), "cleanup.policy": "compact"}
        topics = [
            NewTopic(
                _changelog(settings, name),
                num_partitions=_partitions(settings, name),
                replication_factor=1,
                topic_configs=configs,
            )
            for name in TABLES
        ]
        with contextlib.suppress(TopicAlreadyExistsError):  # the anchor's worker made them
            await admin.create_topics(topics)
    finally:
        await admin.close()
    producer = clients.producer(settings, acks="all", linger_ms=50, max_batch_size=1 << 20)
    await producer.start()
    partitioner = DefaultPartitioner()
    try:
        for name, items in rows.items():
            partitions = list(range(_partitions(settings, name)))
            sent = []
            for key, value in items:
                # The trending table's keys are the entity keys' bytes (streams.agents.trending).
                raw_key = key.encode() if name == "trending" else orjson.dumps(key)
                partition = partitioner(raw_key, partitions, partitions)
                topic = _changelog(settings, name)
                sent.append(
                    await producer.send(
                        topic, orjson.dumps(value), key=raw_key, partition=partition
                    )
                )
            await asyncio.gather(*sent)
    finally:
        await producer.stop()


def _changelog(settings: Settings, table_name: str) -> str:
    table = TRENDING_TABLE if table_name == "trending" else table_name
    return f"{settings.app_id}-{table}-changelog"


def _partitions(settings: Settings, table_name: str) -> int:
    return 1 if table_name == "stories" else settings.partitions


def _restarts(
    broker: Settings,
    sample: dict[str, dict[str, Any]],
    entries: dict[str, dict[str, Any]],
    articles: int,
) -> dict[str, Any]:
    rows = _synthetic(sample, entries, articles)
    figures: dict[str, Any] = {"entries": {name: len(r) for name, r in rows.items()}}
    with tempfile.TemporaryDirectory() as tmp:
        base = replace(isolated(broker, Path(tmp)), partitions=4)
        asyncio.run(clients.ensure_topics(base))
        figures["anchor_empty_tables"] = _start(base, Path(tmp) / "anchor", "rocksdb")
        started = time.perf_counter()
        asyncio.run(_write_changelogs(base, rows))
        figures["write_changelogs_s"] = round(time.perf_counter() - started, 1)
        figures["memory"] = _start(base, Path(tmp) / "memory", "memory")
        figures["rocksdb_new_machine"] = _start(base, Path(tmp) / "rocks", "rocksdb")
        figures["rocksdb_restart"] = _start(base, Path(tmp) / "rocks", "rocksdb")
        data = Path(tmp) / "rocks" / "data"
        figures["rocksdb_mb_on_disk"] = round(
            sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) / 1e6, 1
        )
    dedup = [(k, v) for k, v in rows["dedup"]]
    started = time.perf_counter()
    DedupIndex.from_entries(dedup, broker.dedup_window_hours)
    figures["dedup_index_rebuild_s"] = round(time.perf_counter() - started, 2)
    return figures


def _start(base: Settings, folder: Path, store: str) -> dict[str, float]:
    """Start a worker on `folder`'s data, wait for Faust's recovery to finish, stop it."""
    folder.mkdir(exist_ok=True)
    mine = replace(base, data_dir=str(folder / "data"), table_store=store)
    log = folder / f"worker-{time.monotonic_ns()}.log"
    spawned = time.perf_counter()
    health = f"http://127.0.0.1:{mine.web_port}/health"
    with background([NEWSSTREAM, "worker"], log, health, 180, env_of(mine)) as proc:
        deadline = time.monotonic() + 600
        while "Worker ready" not in log.read_text():
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"no recovery in {log}:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        ready = time.perf_counter() - spawned
        status = Path(f"/proc/{proc.pid}/status").read_text()
        rss = int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024  # type: ignore[index]
    marks = {what: _stamp(at) for at, what in _LOG.findall(log.read_text())}
    return {
        "recovery_s": round(marks["Worker ready"] - marks["Starting..."], 2),
        "start_to_ready_s": round(ready, 1),
        "rss_mb_at_ready": round(rss),
    }


def _stamp(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=UTC).timestamp()


def _print_entries(entries: dict[str, dict[str, Any]], n: int) -> None:
    print(f"table entries: stages offline over {n} BASIL articles")
    rows = [
        [
            name,
            e["half_sample_entries"],
            e["sample_entries"],
            e["growth_exponent"],
            e["bytes_per_entry"],
            e["per_100k_articles"],
        ]
        for name, e in entries.items()
    ]
    headers = ["table", f"at {n // 2}", f"at {n}", "growth b", "bytes/entry", "per 100k"]
    print(table(headers, rows))


def _print_restarts(restarts: dict[str, dict[str, Any]]) -> None:
    rows = []
    for size, f in restarts.items():
        for run in ("anchor_empty_tables", "memory", "rocksdb_new_machine", "rocksdb_restart"):
            r = f[run]
            rows.append([size, run, r["recovery_s"], r["start_to_ready_s"], r["rss_mb_at_ready"]])
    print("restart: recovery of the tables' state (Faust's log), worker start to recovered")
    print(table(["articles", "run", "recovery s", "start->ready s", "RSS MB"], rows))
    for size, f in restarts.items():
        print(
            f"{size} articles: entries {f['entries']}, written in {f['write_changelogs_s']} s, "
            f"RocksDB {f['rocksdb_mb_on_disk']} MB on disk, dedup index rebuilt at the first "
            f"article in {f['dedup_index_rebuild_s']} s"
        )
