"""A backlog on the heavy stage's topic does not hold back the light stage after it: an
article tagged while hundreds wait on news.cleaned is attributed after a few of them, not
after all of them (streams.transport, the consumer's even share of each fetch)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import collect, from_beginning, isolated, running_worker, send, send_all

pytestmark = pytest.mark.integration

BACKLOG = 200  # articles of about 400 words: 5-10 s of the entity stage


async def stamps(
    settings: Settings, topic: str, until: set[bytes], within: float
) -> dict[bytes, int]:
    """Each key's timestamp (ms, set by the worker's producer) on `topic`, read from the
    beginning until every key of `until` was seen."""
    async with from_beginning(settings, topic) as consumer:
        seen: dict[bytes, int] = {}
        deadline = time.monotonic() + within
        while not until <= seen.keys() and time.monotonic() < deadline:
            for messages in (await consumer.getmany(timeout_ms=500)).values():
                seen.update((m.key, m.timestamp) for m in messages if m.key is not None)
        return seen


def test_an_article_tagged_behind_a_backlog_is_attributed_before_the_backlog_is_tagged(
    broker: Settings, tmp_path: Path
) -> None:
    settings = isolated(broker, tmp_path)
    waiting = [
        factories.cleaned(factories.long_article(i)["body"], id=f"backlog-{i}")
        for i in range(BACKLOG)
    ]
    keys = {a["id"].encode() for a in waiting}
    late = factories.tagged(id="late")
    with running_worker(settings, tmp_path / "worker.log"):
        asyncio.run(
            send_all(
                settings,
                settings.topic_cleaned,
                [(a["id"].encode(), records.encode(a)) for a in waiting],
            )
        )
        assert asyncio.run(collect(settings, settings.topic_tagged, 1, within=60, settle=0))
        asyncio.run(send(settings, settings.topic_tagged, [(b"late", records.encode(late))]))
        tagged = asyncio.run(stamps(settings, settings.topic_tagged, keys, within=120))
        enriched = asyncio.run(stamps(settings, settings.topic_enriched, {b"late"}, within=60))
    assert keys <= tagged.keys() and b"late" in tagged
    arrived, out = tagged[b"late"], enriched[b"late"]
    behind = [k for k in keys if tagged[k] > arrived]  # still to be tagged when it came
    ahead = [k for k in behind if tagged[k] <= out]  # of those, tagged before it came out
    print(
        f"{len(behind)} of {BACKLOG} still to tag when the late article came; {len(ahead)} "
        "of them tagged before it came out attributed"
    )
    assert len(behind) >= BACKLOG // 4  # a backlog it could have waited behind
    # Behind the whole fetched backlog, it came out after 90-100% of it.
    assert len(ahead) < len(behind) // 2
