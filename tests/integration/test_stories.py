"""Stories through a real worker on the real local Kafka: reprints, a retelling, a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.records import Record
from streams.settings import Settings
from tests import factories
from tests.factories import SAME_SUBJECT, WIRE, outlet_a, outlet_b
from tests.kafka import collect, isolated, running_worker, send

pytestmark = pytest.mark.integration

UNRELATED = [
    "The European Central Bank left its main interest rate unchanged on Thursday, saying "
    "inflation in the euro area was close to its 2% target.",
    "ECB President Christine Lagarde told reporters in Frankfurt that the bank would decide "
    "meeting by meeting and was not committing to any path for rates.",
]


# The same kind of event, the same day, in another port: another story.
GENOA = [
    "GENOA, Italy (Reuters) - About 1,200 dockworkers walked off the job at the port of Genoa on "
    "Tuesday, halting container traffic in a dispute over automation and pay, union officials "
    "said.",
    "The 24-hour stoppage left at least a dozen container ships waiting outside Genoa, Italy's "
    "busiest port, by midday.",
    "Unions said plans for automated cranes at the Genoa terminal would cut 300 jobs, and urged "
    "the port authority to intervene.",
]


def raw(article: str, body: str, fetched_at: str, content_type: str = "text/html") -> Record:
    return factories.raw(body, id=article, content_type=content_type, fetched_at=fetched_at)


def latest(messages: list[tuple[bytes | None, bytes]]) -> dict[str, dict[str, Any]]:
    """Each story's last version, by story id (republished whenever it changes; a story merged
    into another gets a tombstone)."""
    stories: dict[str, dict[str, Any]] = {}
    for key, value in messages:
        if key is None:
            continue
        if value is None:
            stories.pop(key.decode(), None)
        else:
            stories[key.decode()] = orjson.loads(value)
    return stories


def story_of(stories: dict[str, dict[str, Any]], article: str) -> dict[str, Any]:
    return next(s for s in stories.values() if article in {a["id"] for a in s["articles"]})


def test_reprints_and_a_retelling_are_one_story_and_a_restart_keeps_it(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    first = [
        raw("herald-1", outlet_a(WIRE), "2026-11-17T12:00:00Z"),
        raw("times-7", outlet_b(WIRE), "2026-11-17T13:00:00Z"),
        raw("herald-2", outlet_a(SAME_SUBJECT), "2026-11-18T09:00:00Z"),
        raw(
            "wire-9",
            "\n\n".join(["ECB holds rates", *UNRELATED]),
            "2026-11-18T10:00:00Z",
            content_type="text/plain",
        ),
        raw(
            "genoa-1",
            "\n\n".join(["Dockworkers strike in Genoa", *GENOA]),
            "2026-11-17T15:00:00Z",
            content_type="text/plain",
        ),
    ]
    items = [(r["id"].encode(), orjson.dumps(r)) for r in first]
    with running_worker(settings, tmp_path / "worker.log"):
        asyncio.run(send(settings, settings.topic_raw, items))
        stories = latest(asyncio.run(collect(settings, settings.topic_stories, 5, within=90)))
    strike = story_of(stories, "herald-1")
    assert {a["id"] for a in strike["articles"]} == {"herald-1", "times-7", "herald-2"}
    assert story_of(stories, "wire-9")["id"] != strike["id"]
    assert story_of(stories, "genoa-1")["id"] != strike["id"]

    # A restarted worker recovers the stories' table: the next article joins the same story.
    late = raw("times-8", outlet_b(SAME_SUBJECT), "2026-11-18T15:00:00Z")
    with running_worker(settings, tmp_path / "worker2.log"):
        asyncio.run(send(settings, settings.topic_raw, [(b"times-8", orjson.dumps(late))]))
        stories = latest(asyncio.run(collect(settings, settings.topic_stories, 6, within=90)))
    assert story_of(stories, "times-8")["id"] == strike["id"]
    assert story_of(stories, "times-8")["size"] == 4


def test_a_backlog_sent_out_of_order_forms_the_same_stories(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    backlog = [
        raw("herald-2", outlet_a(SAME_SUBJECT), "2026-11-18T09:00:00Z"),
        raw(
            "wire-9",
            "\n\n".join(["ECB holds rates", *UNRELATED]),
            "2026-11-18T10:00:00Z",
            content_type="text/plain",
        ),
        raw("times-7", outlet_b(WIRE), "2026-11-17T13:00:00Z"),
        raw("herald-1", outlet_a(WIRE), "2026-11-17T12:00:00Z"),
    ]
    items = [(r["id"].encode(), orjson.dumps(r)) for r in backlog]
    with running_worker(settings, tmp_path / "worker.log"):
        asyncio.run(send(settings, settings.topic_raw, items))
        stories = latest(asyncio.run(collect(settings, settings.topic_stories, 4, within=90)))
    strike = story_of(stories, "herald-1")
    assert {a["id"] for a in strike["articles"]} == {"herald-1", "times-7", "herald-2"}
    assert story_of(stories, "wire-9")["id"] != strike["id"]
