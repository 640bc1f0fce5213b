"""The whole pipeline through real workers on the real local Kafka, beside the model's ceiling.

Articles: BASIL's news stories (`devsets/stories/`) of 300-1,500 words, sent as
plain-text `news.raw` records. In one run:

- the ceiling: bare spaCy `nlp.pipe` over the same cleaned texts with the entity
  stage's own components and batch size, plus the parser over the sentences the
  claims stage parses (the ner-only ceiling printed beside it), and offline `enrich`
  (the three stages in this process, no Kafka); beside them the model's work as the
  stages do it (ner over the skimmed texts the entity stage hands it, and the parse),
  so that what a worker spends beyond the model shows apart from what skimming saves;
- one `newsstream worker` process on 4 partitions, fed as fast as the producer
  goes: sustained throughput (first send to last `news.enriched` record), its
  memory over time (RSS every half second) and the share of time per stage
  (from the worker's own `newsstream_stage_duration_seconds`);
- end-to-end latency (send to arrival on `news.enriched`) p50/p95/p99 with the
  articles sent at 50% and at 90% of that throughput;
- two worker processes in one group on 8 partitions: their combined throughput
  against one worker's, and any article lost or duplicated in the hand-over. Combined
  is the sum of each worker's own throughput (its articles, by the partitions it held,
  from the first send to its last article out): 264 keys do not split evenly over 8
  partitions (BASIL's words split 51/49 or 52/48 by assignment), so the worker with fewer
  finishes first and idles while the other ends the batch, which a stream that does not
  end never does. First send to last article out for both together is printed beside it;
- what the speeds mean on a shared machine: each worker's CPU seconds per article
  beside bare `nlp.pipe`'s, the broker's (when it is ours) and this process's (the
  bench's producer and consumer), and the worker's main thread's wall time split into
  running, waiting for a core (other processes) and sleeping (waiting for work);
- the messages written per article on each of the run's topics (stage topics, feeds,
  tables' changelogs).

With NEWSSTREAM_BENCH_PROFILE=1, one more run of one worker under py-spy gives the
share of the worker's time per part of the pipeline (bench/profiling.py).

The broker is the one at KAFKA_BOOTSTRAP, else the local Apache Kafka, started
and stopped here. Every run uses topics and a consumer group of its own. A first run of
one worker warms the broker up and is not counted: a just-started broker costs more CPU
an article for minutes (its JVM compiling, its heap growing): 12-13 ms in the first runs
after a start, 5-7 in a bench run on a broker up for minutes, on the cores the workers
share (which is what bounds two workers against one). A PNG
(latency distribution, throughput over time, memory) goes beside the report.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import orjson
import spacy
from aiokafka import TopicPartition

from bench import profiling
from bench.common import Context, table
from streams import clients
from streams.broker import LocalKafka
from streams.pipeline import Pipeline
from streams.settings import Settings
from streams.stages import clean
from streams.stages.claims import parsed
from streams.stages.entities import MODEL, UNUSED, defuse, load_model
from streams.stages.entities.skim import reach, skim
from tests.kafka import (
    NEWSSTREAM,
    background,
    env_of,
    free_port,
    isolated,
    local_broker,
    partitions_held,
    scrape,
)

QUICK_ARTICLES = 80
MIN_WORDS, MAX_WORDS = 300, 1500


@dataclass
class Run:
    """What one feeding of the workers saw."""

    sent_at: dict[str, float] = field(default_factory=dict)
    arrived_at: dict[str, float] = field(default_factory=dict)
    # The news.enriched partition each article came out on, and the partitions each worker
    # held at the end (its consumer-lag series on news.tagged: the same key, the same number).
    partition_of: dict[str, int] = field(default_factory=dict)
    held: list[set[int]] = field(default_factory=list)
    duplicates: int = 0
    rss_mb: list[list[tuple[float, float]]] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # Each worker's CPU and main-thread schedule while the articles went through.
    usage: list[profiling.Usage] = field(default_factory=list)
    # The other processes' CPU seconds meanwhile: the broker (when it is ours) and this one
    # (the bench's producer and consumer).
    broker_cpu_s: float | None = None
    bench_cpu_s: float = 0.0
    # Messages written to each of the run's topics (stage topics, feeds, changelogs).
    messages: dict[str, int] = field(default_factory=dict)

    @property
    def throughput(self) -> float:
        if not self.arrived_at:
            return 0.0
        span = max(self.arrived_at.values()) - min(self.sent_at.values())
        return len(self.arrived_at) / span if span > 0 else 0.0

    def latencies(self) -> list[float]:
        return sorted(self.arrived_at[k] - self.sent_at[k] for k in self.arrived_at)

    @property
    def span(self) -> float:
        return max(self.arrived_at.values()) - min(self.sent_at.values())

    def each_worker(self) -> list[tuple[int, float]]:
        """(articles, articles/s) of each worker, from the first send to its last article out;
        [] when the partitions held do not cover the articles (a rebalance in the run)."""
        start = min(self.sent_at.values(), default=0.0)
        out: list[tuple[int, float]] = []
        for parts in self.held:
            times = [t for k, t in self.arrived_at.items() if self.partition_of.get(k) in parts]
            out.append((len(times), len(times) / (max(times) - start) if times else 0.0))
        return out if sum(n for n, _ in out) == len(self.arrived_at) else []

    @property
    def combined(self) -> float:
        """The workers' throughputs summed (the module docstring), else `throughput`."""
        each = self.each_worker()
        return sum(rate for _, rate in each) if each else self.throughput


def basil(ctx: Context, quick: int = QUICK_ARTICLES) -> list[dict[str, Any]] | None:
    """BASIL's stories as news.raw records (`quick` of them in a quick run), None without
    devsets/stories: what the benches that run the stages on real news read."""
    folder = ctx.dataset("stories")
    return None if folder is None else list(ctx.take(_articles(folder), quick))


def run(ctx: Context) -> dict[str, Any]:
    raws = basil(ctx)
    if raws is None:
        return {"skipped": "no devsets/stories"}
    settings = Settings.from_env()
    figures: dict[str, Any] = {"articles": len(raws)}
    figures["words_median"] = sorted(len(r["body"].split()) for r in raws)[len(raws) // 2]
    figures.update(_ceiling(raws, settings))
    with local_broker() as broker:
        _feed(broker, raws, workers=1, partitions=4)  # the warm-up (module docstring)
        one = _feed(broker, raws, workers=1, partitions=4)
        figures["one_worker"] = _summary(one)
        rate = one.throughput
        for share in (0.5, 0.9):
            paced = _feed(broker, raws, workers=1, partitions=4, rate=rate * share)
            figures[f"latency_at_{int(share * 100)}pct"] = _percentiles(paced.latencies())
            figures[f"latency_at_{int(share * 100)}pct"]["rate_per_s"] = round(rate * share, 2)
        two = _feed(broker, raws, workers=2, partitions=8)
        figures["two_workers"] = _summary(two)
        if os.environ.get("NEWSSTREAM_BENCH_PROFILE"):
            profile = ctx.out / "pipeline-profile.txt"
            _feed(broker, raws, workers=1, partitions=4, profile=profile)
            figures["profile"] = {"collapsed": str(profile), **profiling.shares(profile)}
    figures["ratio_to_nlp_pipe"] = round(one.throughput / figures["nlp_pipe_per_s"], 3)
    figures["cpu_ratio_to_nlp_pipe"] = round(
        figures["nlp_pipe_cpu_ms"] / figures["one_worker"]["cpu_ms_per_article"], 3
    )
    figures["two_workers_over_one"] = round(two.combined / one.combined, 3)
    figures["two_workers_over_one_first_send_to_last_out"] = round(
        two.throughput / one.throughput, 3
    )
    _print(figures)
    figures["png"] = str(_draw(ctx.out / "pipeline.png", one, two, paced))
    return figures


def _articles(folder: Path) -> list[dict[str, Any]]:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    out = []
    for line in (folder / "articles.jsonl").read_bytes().splitlines():
        item = orjson.loads(line)
        if MIN_WORDS <= len(item["text"].split()) <= MAX_WORDS:
            out.append(
                {
                    "id": f"basil-{item['id']}",
                    "source": item["source"],
                    "fetched_at": now,
                    "content_type": "text/plain",
                    "body": f"{item['title']}\n\n{item['text']}",
                }
            )
    return out


def _ceiling(raws: list[dict[str, Any]], settings: Settings) -> dict[str, float]:
    """Bare nlp.pipe with the components the stages run, and the three stages offline.

    The entity stage runs ner over every text; the claims stage runs the same
    package's tok2vec+parser over the sentences where a cue stands that no rule took
    (streams/stages/claims/parsed.py). The ceiling is both, bare, with spaCy as shipped
    (`spacy.load` of the package without the unused components): nlp.pipe over the
    texts, and the parser's pipe over exactly the sentences the stage handed it in the
    offline run (recorded there). The ner-only figures stay beside it, as before the parse.

    Beside it, the model's work as the stages do it: their models as they load them
    (streams/stages/entities/model.py: numpy's BLAS, everyday words known) over the
    skimmed texts the entity stage hands its model (skim.py) and over the same
    sentences. The ceiling against the worker says what the issue asks; this against the
    worker says what a worker spends beyond the model's work.
    """
    texts = [clean.clean(raw)["text"] for raw in raws]
    bare = spacy.load(MODEL, exclude=list(UNUSED))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in bare.pipe(texts, batch_size=settings.batch_size):
        pass
    pipe_s = time.perf_counter() - started
    pipe_cpu_ms = (time.process_time() - cpu) / len(texts) * 1000
    nlp = load_model()
    words = reach(nlp)
    skimmed = [skim(defuse(text), words) for text in texts]
    cpu = time.process_time()
    for _ in nlp.pipe(skimmed, batch_size=settings.batch_size):
        pass
    skimmed_cpu_ms = (time.process_time() - cpu) / len(texts) * 1000
    pipeline = Pipeline(settings, dedup_store={}, claims_store={})
    pipeline.nlp = nlp
    real_parser = parsed.parser()
    sentences: list[str] = []

    class Recorder:  # what the claims stage hands the parser, passed on unchanged
        def pipe(self, pieces: Iterable[str], batch_size: int) -> Iterator[Any]:
            pieces = list(pieces)
            sentences.extend(pieces)
            return real_parser.pipe(pieces, batch_size=batch_size)

        def memory_zone(self) -> Any:  # the stage forgets each article's new words in one
            return real_parser.memory_zone()

    started = time.perf_counter()
    with mock.patch.object(parsed, "parser", Recorder):
        for at in range(0, len(raws), settings.batch_size):
            cleaned = [pipeline.clean(raw) for raw in raws[at : at + settings.batch_size]]
            for tagged in pipeline.tag(cleaned):
                pipeline.attribute(tagged)
    offline = len(raws) / (time.perf_counter() - started)
    bare_parser = spacy.load(MODEL, exclude=list(parsed.PARSE_UNUSED))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in bare_parser.pipe(sentences, batch_size=parsed.BATCH):
        pass
    parse_s = time.perf_counter() - started
    parse_cpu_ms = (time.process_time() - cpu) / len(texts) * 1000
    cpu = time.process_time()
    for _ in real_parser.pipe(sentences, batch_size=parsed.BATCH):
        pass
    our_parse_cpu_ms = (time.process_time() - cpu) / len(texts) * 1000
    return {
        "nlp_pipe_per_s": round(len(texts) / (pipe_s + parse_s), 2),
        "nlp_pipe_cpu_ms": round(pipe_cpu_ms + parse_cpu_ms, 1),
        "ner_only_per_s": round(len(texts) / pipe_s, 2),
        "ner_only_cpu_ms": round(pipe_cpu_ms, 1),
        "model_work_cpu_ms": round(skimmed_cpu_ms + our_parse_cpu_ms, 1),
        "parsed_chars_share": round(sum(map(len, sentences)) / sum(map(len, texts)), 3),
        "offline_enrich_per_s": round(offline, 2),
    }


def _feed(
    broker: Settings,
    raws: list[dict[str, Any]],
    workers: int,
    partitions: int,
    rate: float | None = None,
    profile: Path | None = None,
) -> Run:
    """Start `workers` processes on fresh topics, send every article, wait for all to come out.

    With `profile`, py-spy samples the (first) worker meanwhile into that file."""
    with tempfile.TemporaryDirectory() as tmp:
        base = replace(isolated(broker, Path(tmp)), partitions=partitions)
        asyncio.run(clients.ensure_topics(base))
        result = Run(rss_mb=[[] for _ in range(workers)])
        with contextlib.ExitStack() as stack:
            mine = [
                replace(base, web_port=free_port(), data_dir=f"{tmp}/data{n}")
                for n in range(workers)
            ]
            starting = [
                background(
                    [NEWSSTREAM, "worker"],
                    Path(tmp) / f"worker{n}.log",
                    f"http://127.0.0.1:{m.web_port}/ready",
                    120,
                    env_of(m),
                )
                for n, m in enumerate(mine)
            ]
            # The workers start side by side (a model load each: the quick run's two minutes);
            # they stop one by one (stopped together, two took 32 s to leave the group).
            with ThreadPoolExecutor(workers) as pool:
                running = list(pool.map(stack.enter_context, starting))
            procs = [proc.pid for proc in running]
            stop = threading.Event()
            sampler = threading.Thread(target=_sample_rss, args=(procs, result, stop), daemon=True)
            sampler.start()
            spy = profiling.record(procs[0], profile) if profile else None
            broker_pid = LocalKafka(broker).status().pid
            before = [profiling.usage(pid) for pid in procs]
            broker_before = profiling.usage(broker_pid) if broker_pid else None
            bench_before = time.process_time()
            try:
                asyncio.run(_send_and_collect(base, raws, rate, result))
            finally:
                stop.set()
                sampler.join()
                if spy is not None:
                    profiling.finish(spy)
            result.bench_cpu_s = time.process_time() - bench_before
            if broker_pid and broker_before:
                result.broker_cpu_s = (profiling.usage(broker_pid) - broker_before).cpu_s
            result.usage = [profiling.usage(pid) - b for pid, b in zip(procs, before, strict=True)]
            pages = [scrape(m) for m in mine]
            for page in pages:
                result.stage_seconds = _add(result.stage_seconds, _stage_seconds(page))
            result.held = [partitions_held(page, base.topic_tagged) for page in pages]
            result.messages = asyncio.run(_messages(base))
    return result


async def _messages(settings: Settings) -> dict[str, int]:
    """Messages on each topic of the run, by the part of its name after the run's id: the
    four stage topics and the outputs, the feeds and the tables' changelogs."""
    run = settings.app_id.removeprefix("newsstream-")
    admin = clients.admin(settings)
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if run in t]
        described = await admin.describe_topics(names)
    finally:
        await admin.close()
    tps = [TopicPartition(d["topic"], p["partition"]) for d in described for p in d["partitions"]]
    reader = clients.consumer(settings, enable_auto_commit=False, group_id=None)
    await reader.start()
    try:
        ends = await reader.end_offsets(tps)
    finally:
        await reader.stop()
    counts: Counter[str] = Counter()
    for tp, end in ends.items():
        counts[tp.topic.split(run, 1)[1].lstrip(".-")] += end
    return dict(sorted(counts.items()))


async def send_paced(
    producer: Any,
    settings: Settings,
    raws: list[dict[str, Any]],
    rate: float | None,
    sent_at: dict[str, float],
) -> None:
    """Send `raws` to news.raw at `rate` per second (flat out when None), noting each send time.

    Paced from the start time, not article to article, so a slow send does not slow the rate.
    """
    started = time.monotonic()
    for n, raw in enumerate(raws):
        if rate:
            await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
        sent_at[raw["id"]] = time.monotonic()
        await producer.send(settings.topic_raw, orjson.dumps(raw), key=raw["id"].encode())
    await producer.flush()


async def _send_and_collect(
    settings: Settings, raws: list[dict[str, Any]], rate: float | None, result: Run
) -> None:
    consumer = clients.consumer(
        settings, settings.topic_enriched, group_id=None, auto_offset_reset="earliest"
    )
    producer = clients.producer(settings, acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    try:
        collecting = asyncio.create_task(_collect(consumer, len(raws), result))
        await send_paced(producer, settings, raws, rate, result.sent_at)
        await asyncio.wait_for(collecting, timeout=60 + 5 * len(raws))
    finally:
        await producer.stop()
        await consumer.stop()


async def _collect(consumer: Any, expected: int, result: Run) -> None:
    while len(result.arrived_at) < expected:
        batch = await consumer.getmany(timeout_ms=200)
        now = time.monotonic()
        for messages in batch.values():
            for message in messages:
                key = message.key.decode()
                if key in result.arrived_at:
                    result.duplicates += 1
                else:
                    result.arrived_at[key] = now
                    result.partition_of[key] = message.partition


def _sample_rss(pids: list[int], result: Run, stop: threading.Event) -> None:
    started = time.monotonic()
    while not stop.wait(0.5):
        for n, pid in enumerate(pids):
            with contextlib.suppress(OSError):
                status = Path(f"/proc/{pid}/status").read_text()
                kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
                result.rss_mb[n].append((time.monotonic() - started, kb / 1024))


def _stage_seconds(page: dict[tuple[str, tuple[tuple[str, str], ...]], float]) -> dict[str, float]:
    """Seconds each stage took in all, from a worker's scraped page."""
    return {
        dict(labels)["stage"]: value
        for (name, labels), value in page.items()
        if name == "newsstream_stage_duration_seconds_sum"
    }


def _add(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    return {k: a.get(k, 0.0) + b.get(k, 0.0) for k in {*a, *b}}


def _percentiles(values: list[float]) -> dict[str, float]:
    def at(q: float) -> float:
        return round(values[min(len(values) - 1, int(q * len(values)))], 3) if values else 0.0

    return {"p50_s": at(0.5), "p95_s": at(0.95), "p99_s": at(0.99)}


def _summary(run: Run) -> dict[str, Any]:
    total = sum(run.stage_seconds.values()) or 1.0
    # The feeding began before the first send: a little of each thread's figures is idle.
    running = sum(u.running_s for u in run.usage)
    waiting = sum(u.waiting_s for u in run.usage)
    idle = max(run.span * len(run.usage) - running - waiting, 0.0)
    n = len(run.sent_at)
    return {
        "cpu_ms_per_article": round(sum(u.cpu_s for u in run.usage) / n * 1000, 1),
        "cpu_ms_per_article_by_process": {
            "workers": [round(u.cpu_s / n * 1000, 1) for u in run.usage],
            "broker": round(run.broker_cpu_s / n * 1000, 1) if run.broker_cpu_s else None,
            "bench producer and consumer": round(run.bench_cpu_s / n * 1000, 1),
        },
        "messages_per_article": {k: round(v / n, 2) for k, v in run.messages.items() if v},
        "main_thread_s": {
            "running": round(running, 2),
            "waiting_for_a_core": round(waiting, 2),
            "sleeping": round(idle, 2),
        },
        "articles_per_s": round(run.combined, 2),
        "first_send_to_last_out_per_s": round(run.throughput, 2),
        "each_worker": [{"articles": n, "per_s": round(r, 2)} for n, r in run.each_worker()],
        "lost": len(run.sent_at) - len(run.arrived_at),
        "duplicates": run.duplicates,
        "stage_share": {k: round(v / total, 3) for k, v in sorted(run.stage_seconds.items())},
        "peak_rss_mb": [round(max((mb for _, mb in s), default=0.0), 1) for s in run.rss_mb],
        "latency": _percentiles(run.latencies()),
    }


def _print(f: dict[str, Any]) -> None:
    one, two = f["one_worker"], f["two_workers"]
    print(f"pipeline: {f['articles']} BASIL articles (median {f['words_median']} words)")
    rows = [
        [
            "bare nlp.pipe (ceiling: ner on the texts, parser on the sentences claims parse)",
            f["nlp_pipe_per_s"],
            "",
            f["nlp_pipe_cpu_ms"],
            "",
            f"parsed {f['parsed_chars_share']:.0%} of the text",
        ],
        [
            "bare nlp.pipe, ner only (the ceiling before the parse)",
            f["ner_only_per_s"],
            round(f["one_worker"]["articles_per_s"] / f["ner_only_per_s"], 3),
            f["ner_only_cpu_ms"],
            round(f["ner_only_cpu_ms"] / f["one_worker"]["cpu_ms_per_article"], 3),
            "",
        ],
        [
            "the model's work as the stages do it (their loading, ner on the skimmed texts)",
            "",
            "",
            f["model_work_cpu_ms"],
            round(f["model_work_cpu_ms"] / f["one_worker"]["cpu_ms_per_article"], 3),
            "the rest of a worker's CPU is not the model",
        ],
        ["offline enrich (no Kafka)", f["offline_enrich_per_s"], "", "", "", ""],
        [
            "one worker, 4 partitions",
            one["articles_per_s"],
            f["ratio_to_nlp_pipe"],
            one["cpu_ms_per_article"],
            f["cpu_ratio_to_nlp_pipe"],
            f"{one['lost']} lost, {one['duplicates']} dup",
        ],
        [
            "two workers, 8 partitions (combined)",
            two["articles_per_s"],
            f["two_workers_over_one"],
            two["cpu_ms_per_article"],
            "",
            f"{two['lost']} lost, {two['duplicates']} dup",
        ],
    ]
    heads = ["run", "articles/s", "ratio", "CPU ms/article", "CPU ratio", "hand-over"]
    print(table(heads, rows))
    print(
        f"two workers: combined is each worker's own rate summed {two['each_worker']}; first"
        f" send to last out for both {two['first_send_to_last_out_per_s']}/s, "
        f"{f['two_workers_over_one_first_send_to_last_out']}x one worker's"
    )
    for name, run in (("one worker", one), ("two workers", two)):
        print(f"CPU ms per article, {name}: {run['cpu_ms_per_article_by_process']}")
    sends = one["messages_per_article"]
    print(f"messages per article, one worker ({sum(sends.values()):.1f} in all): {sends}")
    print(f"one worker's main thread, seconds: {one['main_thread_s']} (a shared machine's")
    print("neighbours show as waiting for a core; sleeping is waiting for work)")
    lat = [
        [k.replace("latency_at_", "at "), v["rate_per_s"], v["p50_s"], v["p95_s"], v["p99_s"]]
        for k, v in f.items()
        if k.startswith("latency_at_")
    ]
    print(table(["latency", "sent/s", "p50 s", "p95 s", "p99 s"], lat))
    print(
        f"time per stage (one worker): {one['stage_share']}; peak RSS MB: "
        f"one {one['peak_rss_mb']}, two {two['peak_rss_mb']}"
    )
    if "profile" in f:
        parts = [[k, v] for k, v in f["profile"].items() if k != "collapsed"]
        print(table(["one worker's working time (py-spy)", "share"], parts))


def _draw(path: Path, one: Run, two: Run, paced: Run) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4))
    axes[0].hist(paced.latencies(), bins=30, color="#4477aa")
    axes[0].set(title="latency at 90% of throughput", xlabel="seconds", ylabel="articles")
    for label, r in (("one worker", one), ("two workers", two)):
        start = min(r.sent_at.values())
        seconds = Counter(int(t - start) for t in r.arrived_at.values())
        xs = range(max(seconds) + 1)
        axes[1].plot(list(xs), [seconds.get(x, 0) for x in xs], label=label)
    axes[1].set(title="throughput", xlabel="seconds", ylabel="articles/s")
    axes[1].legend()
    for label, r in (("one worker", one), ("two workers", two)):
        for n, samples in enumerate(r.rss_mb):
            axes[2].plot([t for t, _ in samples], [mb for _, mb in samples], label=f"{label} #{n}")
    axes[2].set(title="worker memory", xlabel="seconds", ylabel="RSS MB")
    axes[2].legend()
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path
