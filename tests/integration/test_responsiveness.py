"""The worker's web server answers while the stages are busy."""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import collect, isolated, running_worker, send_all

pytestmark = pytest.mark.integration

BURST = 600


def poll(url: str, stop: threading.Event, answers: list[tuple[float, int]]) -> None:
    """Ask `url` every 0.1 s until `stop`; (seconds to answer, status) of each request."""
    while not stop.is_set():
        asked = time.monotonic()
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except OSError:
            status = 0
        answers.append((time.monotonic() - asked, status))
        stop.wait(0.1)


def test_ready_answers_within_1_s_during_a_600_article_burst(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    burst = [factories.long_article(i) for i in range(BURST)]
    answers: list[tuple[float, int]] = []
    stop = threading.Event()
    url = f"http://127.0.0.1:{settings.web_port}/ready"
    with running_worker(settings, tmp_path / "worker.log"):
        poller = threading.Thread(target=poll, args=(url, stop, answers))
        poller.start()
        try:
            items = [(a["id"].encode(), records.encode(a)) for a in burst]
            asyncio.run(send_all(settings, settings.topic_raw, items))
            out = asyncio.run(collect(settings, settings.topic_enriched, BURST, 300, settle=0))
        finally:
            stop.set()
            poller.join()
    times = sorted(seconds for seconds, _ in answers)
    slowest, median = times[-1], times[len(times) // 2]
    print(
        f"{len(out)} out; /ready asked {len(answers)} times; answered in {median:.3f} s median, "
        f"{times[int(len(times) * 0.95)]:.3f} s p95, {slowest:.2f} s at worst"
    )
    assert len(out) >= BURST
    assert len(answers) > 50  # it was asked all along the burst
    assert slowest < 1.0
    # With spaCy on the event loop, one answer in twenty waited for a batch (0.87 s p95).
    assert times[int(len(times) * 0.95)] < 0.5
    assert {status for _, status in answers} == {200}
