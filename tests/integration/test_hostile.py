"""Ten thousand malformed events through one real worker on the real local Kafka.

Invalid JSON, wrong types, deep nesting, NUL bytes, invalid UTF-8, oversize values
(tests/hostile.py generates them, deterministically), valid records with hostile bodies
(backtracking runs, entity bombs, deep markup, huge fields), and real articles among them.
Every event must come out once, as an article or a dead letter with its reason; the worker
must still be up at the end, with its resident memory under a bound all along.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest

from streams import clients, records
from streams.settings import Settings
from tests import factories, hostile
from tests.kafka import from_beginning, isolated, running_worker

pytestmark = pytest.mark.integration

MALFORMED = 10_000
RSS_BOUND_MB = 900
WITHIN_S = 420


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def rss_sampled(pid: int, every: float = 0.5) -> Iterator[list[float]]:
    """RSS samples (MB) of `pid`, taken in a thread until the block ends."""
    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                samples.append(_rss_mb(pid))
            except OSError:
                return
            stop.wait(every)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield samples
    finally:
        stop.set()
        thread.join()


async def send_all(settings: Settings, topic: str, events: list[hostile.Event]) -> None:
    """Send without waiting for each (tests.kafka.send waits: 10,000 round trips)."""
    producer = clients.producer(settings, acks="all", linger_ms=5)
    await producer.start()
    try:
        futures = [await producer.send(topic, e.value, key=e.key) for e in events]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def drain(
    settings: Settings, topics: list[str], keys: set[bytes], within: float
) -> dict[str, list[tuple[bytes | None, bytes]]]:
    """Read `topics` from the start until every key in `keys` was seen on one of them."""
    async with from_beginning(settings, *topics) as consumer:
        got: dict[str, list[tuple[bytes | None, bytes]]] = {t: [] for t in topics}
        missing = set(keys)
        deadline = time.monotonic() + within
        settle: float | None = None
        while time.monotonic() < (settle or deadline):
            batch = await consumer.getmany(timeout_ms=500)
            for tp, messages in batch.items():
                got[tp.topic].extend((m.key, m.value) for m in messages)
                missing.difference_update(m.key for m in messages)
            if not missing and settle is None:
                settle = time.monotonic() + 3  # long enough for a duplicate to show
        return got


def _huge_bodies(max_bytes: int) -> list[hostile.Event]:
    """Valid records with fields just under the record limit."""
    size = max_bytes - 4096
    bodies = {
        "huge-nul": ("text/plain", "\x00" * (size // 6)),  # \u0000 is six bytes in JSON
        "huge-dots": ("text/plain", "." * size),
        "huge-quotes": ("text/plain", "\u201c" * (size // 3) + " Rutte said so."),  # 3 bytes each
        "huge-spaces-html": ("text/html", "<p>" + " " * size + "!</p>"),
        "huge-title": ("text/plain", "Officials said the bridge reopened."),
    }
    out = []
    for name, (content_type, body) in bodies.items():
        record = factories.raw(body, content_type=content_type, id=name)
        if name == "huge-title":
            record["title"] = "T" * size
        out.append(hostile.Event(name.encode(), records.encode(record), "huge_field", None))
    return out


@pytest.mark.timeout(600)
def test_ten_thousand_malformed_events_each_come_out_once_and_the_worker_stays_up(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    malformed = hostile.corpus(MALFORMED, settings.max_record_bytes)
    bodies = hostile.hostile_records(20_000) + _huge_bodies(settings.max_record_bytes)
    articles = [
        hostile.Event(records.article_id(a).encode(), records.encode(a), "article", None)
        for a in factories.articles()
    ]
    events = malformed + bodies + articles
    # Articles first, in the middle and last: the stream must keep moving past the bad ones.
    events = articles[:5] + malformed[:5000] + bodies + articles[5:10] + malformed[5000:]
    events += articles[10:]
    assert len({e.key for e in events}) == len(events) > MALFORMED

    with running_worker(settings, tmp_path / "worker.log") as worker:
        with rss_sampled(worker.pid) as rss:
            started = time.monotonic()
            asyncio.run(send_all(settings, settings.topic_raw, events))
            sent_s = time.monotonic() - started
            out = asyncio.run(
                drain(
                    settings,
                    [settings.topic_deadletter, settings.topic_enriched],
                    {e.key for e in events},
                    WITHIN_S,
                )
            )
            elapsed = time.monotonic() - started
        assert worker.poll() is None, "the worker died"

    letters = {}
    for key, value in out[settings.topic_deadletter]:
        assert key not in letters, f"{key!r} dead-lettered twice"
        letters[key] = records.validate("deadletter", orjson.loads(value))
    enriched = Counter(k for k, _ in out[settings.topic_enriched])
    assert all(n == 1 for n in enriched.values()), enriched.most_common(3)

    for e in malformed:
        letter = letters.get(e.key)
        assert letter is not None, f"{e.key!r} ({e.category}) did not come out"
        assert (letter["error"], letter["stage"]) == (e.expect, "clean"), (e.key, letter)
        assert letter["message"] and letter["offset"] is not None
    for e in bodies:
        assert (e.key in letters) != (e.key in enriched), f"{e.key!r}: not exactly once"
        if e.key in letters:
            assert letters[e.key]["error"] in hostile.REASONS
    for e in articles:
        assert enriched[e.key] == 1, f"article {e.key!r} missing from news.enriched"
    assert max(rss) < RSS_BOUND_MB, f"peak RSS {max(rss):.0f} MB"
    assert "Traceback" not in (tmp_path / "worker.log").read_text()

    reasons = Counter(letter["error"] for letter in letters.values())
    print(
        f"\nhostile: sent {len(events)} events ({len(malformed)} malformed, {len(bodies)} hostile"
        f" bodies, {len(articles)} articles) in {sent_s:.1f} s; all out in {elapsed:.1f} s;"
        f" dead letters {dict(reasons)}; enriched {len(enriched)};"
        f" categories {dict(hostile.iter_categories(events))};"
        f" RSS start {rss[0]:.0f} MB, peak {max(rss):.0f} MB, end {rss[-1]:.0f} MB"
    )
