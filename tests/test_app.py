"""The wiring's tables: what each holds in memory before storing it is bounded."""

from __future__ import annotations

import asyncio
from pathlib import Path

import faust
import pytest
from prometheus_client import CollectorRegistry

from streams import app as streams_app
from streams.metrics import Metrics
from streams.settings import Settings


@pytest.fixture
def wired(tmp_path: Path, loop: asyncio.AbstractEventLoop) -> tuple[faust.App, Settings]:
    """An app with every table declared, and no broker (none is reached)."""
    settings = Settings(app_id="tables-test", data_dir=str(tmp_path))
    app = faust.App(settings.app_id, broker="kafka://127.0.0.1:1", store="memory://")
    streams_app.wiring(app, settings, Metrics(CollectorRegistry()))
    return app, settings


def test_every_table_holds_at_most_the_set_changelog_events_before_storing_them(
    wired: tuple[faust.App, Settings],
) -> None:
    # Faust's default is 1,000 decoded events per table, and a global table reads every
    # worker's writes back this way.
    app, _ = wired
    assert set(app.tables) == {"dedup", "claims", "stories", streams_app.TRENDING_TABLE}
    held = streams_app.TABLE_BUFFER_EVENTS
    assert held < 1_000  # Faust's default
    for table in app.tables.values():
        assert table.recovery_buffer_size == held, table.name
        # A global table applies standby events one at a time (Faust's own choice).
        assert table.standby_buffer_size == (1 if table.is_global else held), table.name


def test_the_trending_table_puts_an_entity_where_the_feed_puts_it(
    wired: tuple[faust.App, Settings],
) -> None:
    # Written once per batch (outside any one event), the table's changelog partition is
    # its partitioner's pick for the key bytes: those the feed's partitioner hashes.
    app, settings = wired
    table = app.tables[streams_app.TRENDING_TABLE]
    assert table.use_partitioner
    assert table.key_serializer == "raw"
    assert table.partitions == settings.partitions
