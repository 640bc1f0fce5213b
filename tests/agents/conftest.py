"""A Wiring on an app that never connects: agents run in Faust's test context, no broker."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import faust
import pytest
from faust.types import AgentT
from prometheus_client import CollectorRegistry

from streams import records
from streams.agents import trending as trending_agent
from streams.agents.wiring import Send, Wiring
from streams.metrics import Metrics
from streams.pipeline import Pipeline
from streams.settings import Settings
from streams.stages.stories import StoryIndex
from streams.stages.trending import TrendingIndex

Put = Callable[[AgentT, records.Record | bytes, bytes | None], Awaitable[list[Send]]]


@pytest.fixture(autouse=True)
def quick_trending_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trending agent's batches gather for seconds; a test's records are all in at once."""
    monkeypatch.setattr(trending_agent, "BATCH_SECONDS", 0.05)


@pytest.fixture
def wiring(tmp_path: Path, loop: asyncio.AbstractEventLoop) -> Iterator[Wiring]:
    settings = Settings(app_id=f"test-{uuid.uuid4().hex[:8]}", data_dir=str(tmp_path / "data"))
    app = faust.App(settings.app_id, broker="kafka://127.0.0.1:1", store="memory://")
    yield Wiring(
        app,
        settings,
        Metrics(CollectorRegistry()),
        Pipeline(settings, dedup_store={}, claims_store={}),
        stories=StoryIndex({}),
        trending=TrendingIndex({}),
    )
    # The stream builds Faust's consumer, whose thread makes its own loop at once; the
    # thread never starts here, so nothing else closes that loop.
    if app._consumer is not None:
        app._consumer._thread.thread_loop.close()


async def put(agent: AgentT, value: records.Record | bytes, key: bytes | None = None) -> list[Send]:
    """Send one value through the agent's test context; what it yielded for it."""
    async with agent.test_context() as running:
        data = value if isinstance(value, bytes) else records.encode(value)
        await running.put(value=data, key=key)
        results: dict[int, Any] = running.results
        (sends,) = results.values()
        return list(sends)
