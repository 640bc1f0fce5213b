"""Make docs/dashboard.png from real data: `python -m tests.deploy.demo [minutes]`.

Runs a worker on the local Kafka and a Prometheus scraping it (as the dashboard
tests do), feeds the samples in waves for a few minutes with one burst that the
worker has to catch up on, then plots the dashboard with deploy/grafana/preview.py.
Needs matplotlib (a dev dependency). The broker must be running (`make kafka-start`).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from streams import records
from streams.settings import Settings
from tests import factories
from tests.deploy.stack import BAD, ROOT, feed, observed_worker, wait_for_scrapes
from tests.kafka import local_broker, send


def burst(settings: Settings, waves: range) -> None:
    """Many waves at once, without waiting: the consumer lag panel has something to show."""
    items: list[tuple[bytes | None, bytes]] = []
    for wave in waves:
        for article in factories.articles():
            renamed = article | {"id": f"{records.article_id(article)}-{wave}"}
            items.append((records.article_id(renamed).encode(), records.encode(renamed)))
        items += [((key or b"") + f"-{wave}".encode(), value) for key, value in BAD[:1]]
    asyncio.run(send(settings, settings.topic_raw, items))


def main() -> None:
    minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 6.0
    out = ROOT / "docs" / "dashboard.png"
    with (
        local_broker() as broker,
        tempfile.TemporaryDirectory() as tmp,
        observed_worker(broker, Path(tmp)) as stack,
    ):
        wait_for_scrapes(stack)
        started = time.time()
        wave = 0
        while time.time() < started + minutes * 60:
            if wave == 8:
                burst(stack.settings, range(100, 112))
            else:
                feed(stack.settings, wave=wave)
            wave += 1
            time.sleep(15 + 10 * (wave % 3))
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "deploy" / "grafana" / "preview.py"),
                f"--prometheus={stack.prometheus.url}",
                f"--instance={stack.instance}",
                f"--minutes={minutes + 0.5:g}",
                f"--out={out}",
            ],
            check=True,
        )


if __name__ == "__main__":
    main()
