"""The worker's pages answer while a stage holds the event loop for seconds."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.integration.test_slow_records import scrape
from tests.kafka import collect, isolated, running_worker, send_all

pytestmark = pytest.mark.integration

BURST = 600
# Entity batches of 64 ~400-word articles: each holds the event loop (the model runs there,
# streams/agents/entities.py) for seconds, well over the 1 s the pages must answer in.
BATCH = 64


@dataclass(frozen=True)
class Answer:
    path: str
    seconds: float
    status: int
    body: dict[str, object]


def poll(base: str, stop: threading.Event, answers: list[Answer]) -> None:
    """Ask /ready and /health in turn every 0.2 s until `stop`."""
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


def test_ready_and_health_answer_within_1_s_during_a_600_article_burst(
    broker: Settings, tmp_path: Path
) -> None:
    settings = replace(isolated(broker, tmp_path), batch_size=BATCH)
    burst = [factories.long_article(i) for i in range(BURST)]
    items = [(a["id"].encode(), records.encode(a)) for a in burst]
    answers: list[Answer] = []
    stop = threading.Event()
    with running_worker(settings, tmp_path / "worker.log"):
        poller = threading.Thread(
            target=poll, args=(f"http://127.0.0.1:{settings.web_port}", stop, answers)
        )
        poller.start()
        try:
            asyncio.run(send_all(settings, settings.topic_raw, items))
            out = asyncio.run(collect(settings, settings.topic_enriched, BURST, 300, settle=0))
        finally:
            stop.set()
            poller.join()
        metrics = scrape(settings)
    entities = (("stage", "entities"),)
    batches = metrics[("newsstream_stage_duration_seconds_count", entities)]

    def over(seconds: str) -> float:
        bucket = ("newsstream_stage_duration_seconds_bucket", (("le", seconds), *entities))
        return batches - metrics[bucket]

    over_1_s, over_2_5_s = over("1.0"), over("2.5")
    ready = [a for a in answers if a.path == "/ready"]
    health = [a for a in answers if a.path == "/health"]
    stalls = [float(str(a.body.get("event_loop_stalled_s", 0))) for a in health]
    print(
        f"{len(out)} out; {batches:.0f} entity batches, {over_1_s:.0f} over 1 s, "
        f"{over_2_5_s:.0f} over 2.5 s; /ready asked {len(ready)} times, "
        f"{max(a.seconds for a in ready):.3f} s at worst; /health {len(health)} times, "
        f"{max(a.seconds for a in health):.3f} s at worst; the loop had not ticked for "
        f"{max(stalls):.1f} s at most when asked"
    )
    assert len({k for k, _ in out}) == BURST
    assert over_1_s >= 1  # the event loop really was held for over a second at a time
    assert max(stalls) > 1.0  # and the pages answered while it was
    assert len(ready) > 50  # asked all along the burst
    assert max(a.seconds for a in answers) < 1.0
    assert {a.status for a in answers} == {200}
    assert all(a.body["ready"] is True for a in ready)
    assert all(a.body["status"] == "ok" for a in health)
