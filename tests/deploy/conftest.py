"""One real worker, fed the samples, and one real Prometheus scraping it, for tests/deploy/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from streams.settings import Settings
from tests.deploy.stack import Stack, feed, observed_worker, wait_for, wait_for_scrapes


@pytest.fixture(scope="package")
def stack(broker: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Worker and Prometheus after the samples went through and the trending timer ran."""
    with observed_worker(broker, tmp_path_factory.mktemp("deploy")) as running:
        selector = f'{{instance="{running.instance}"}}'
        # Labelled series appear only when first used, so their first increase is
        # invisible to rate(): scrape first, then feed twice.
        wait_for_scrapes(running)
        feed(running.settings)
        feed(running.settings, wave=1)
        # The trending gauge is refreshed every 15 s; the recording rules every second.
        wait_for(running.prometheus, f"newsstream_trending_entity_articles{selector}", 40)
        wait_for(running.prometheus, f"newsstream:dead_letters:rate5m{selector}", 20)
        yield running
