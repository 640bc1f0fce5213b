"""Stage roles: clean, entities and claims (with stories and trending) in three worker
processes of one consumer group; every article still comes out, once or more, none lost."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import collect_keys, free_port, isolated, running_worker, send_all

pytestmark = pytest.mark.integration

ARTICLES = 150
ROLES = (("clean",), ("entities",), ("claims", "stories", "trending"))


def ready(settings: Settings) -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{settings.web_port}/ready", timeout=5) as r:
        answer: dict[str, object] = json.loads(r.read())
        return answer


def test_records_flow_through_stages_run_in_separate_workers(
    broker: Settings, tmp_path: Path
) -> None:
    base = isolated(broker, tmp_path)
    workers = [
        replace(
            base,
            stages=stages,
            web_port=free_port(),
            data_dir=str(tmp_path / f"data-{stages[0]}"),
        )
        for stages in ROLES
    ]
    sent = [factories.short_article(i) for i in range(ARTICLES)]
    keys = {a["id"].encode() for a in sent}
    with ExitStack() as stack:
        for settings in workers:
            stack.enter_context(running_worker(settings, tmp_path / f"{settings.stages[0]}.log"))
        answers = [ready(settings) for settings in workers]
        items = [(a["id"].encode(), records.encode(a)) for a in sent]
        asyncio.run(send_all(base, base.topic_raw, items))
        out = asyncio.run(collect_keys(base, base.topic_enriched, keys, within=180, settle=0))
        stories = asyncio.run(collect_keys(base, base.topic_stories, set(), within=5, settle=0))
    lost = keys - {k for k, _ in out}
    print(f"{ARTICLES} sent through three role workers; {len(out)} out, lost {len(lost)}")
    assert not lost
    assert all(orjson.loads(v)["entities"] for k, v in out)  # the entity worker tagged them
    assert stories  # the claims worker fed the stories agent
    # Only the entity worker loads the model, and only it waits for one to be ready.
    assert ["model_loaded" in answer for answer in answers] == [False, True, False]
    assert answers[1]["model_loaded"] is True
