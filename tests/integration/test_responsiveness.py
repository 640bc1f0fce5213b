"""The worker's pages answer while a stage holds the event loop for seconds."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import collect, isolated, pages_polled, running_worker, scrape, send_all

pytestmark = pytest.mark.integration

BURST = 600
# Entity batches of 64 ~400-word articles: each holds the event loop (the model runs there,
# streams/agents/entities.py) for seconds, well over the 1 s the pages must answer in.
BATCH = 64


def test_ready_and_health_answer_within_1_s_during_a_600_article_burst(
    broker: Settings, tmp_path: Path
) -> None:
    settings = replace(isolated(broker, tmp_path), batch_size=BATCH)
    burst = [factories.long_article(i) for i in range(BURST)]
    items = [(a["id"].encode(), records.encode(a)) for a in burst]
    with running_worker(settings, tmp_path / "worker.log"):
        with pages_polled(settings) as answers:
            asyncio.run(send_all(settings, settings.topic_raw, items))
            out = asyncio.run(collect(settings, settings.topic_enriched, BURST, 300, settle=0))
        metrics = scrape(settings)
    entities = (("stage", "entities"),)
    batches = metrics[("newsstream_stage_duration_seconds_count", entities)]

    def over(seconds: str) -> float:
        bucket = ("newsstream_stage_duration_seconds_bucket", (("le", seconds), *entities))
        return batches - metrics[bucket]

    ready = [a for a in answers if a.path == "/ready"]
    health = [a for a in answers if a.path == "/health"]
    stalls = [float(str(a.body.get("event_loop_stalled_s", 0))) for a in health]
    print(
        f"{len(out)} out; {batches:.0f} entity batches, {over('1.0'):.0f} over 1 s, "
        f"{over('2.5'):.0f} over 2.5 s; /ready asked {len(ready)} times, "
        f"{max(a.seconds for a in ready):.3f} s at worst; /health {len(health)} times, "
        f"{max(a.seconds for a in health):.3f} s at worst; the loop had not ticked for "
        f"{max(stalls):.1f} s at most when asked"
    )
    assert len({k for k, _ in out}) == BURST
    assert over("1.0") >= 1  # the event loop really was held for over a second at a time
    assert max(stalls) > 1.0  # and the pages answered while it was
    assert len(ready) > 50  # asked all along the burst
    assert max(a.seconds for a in answers) < 1.0
    assert {a.status for a in answers} == {200}
    assert all(a.body["ready"] is True for a in ready)
    assert all(a.body["status"] == "ok" for a in health)
