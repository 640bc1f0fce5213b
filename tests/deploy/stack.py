"""A real worker scraped by a real Prometheus, for the dashboard tests and the README picture.

The Prometheus configuration is the repository's deploy/prometheus/prometheus.yml
with only the target, the intervals and the rule-file paths replaced, so the
tests exercise the scrape job and the rules that docker-compose ships.
"""

from __future__ import annotations

import asyncio
import shutil
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import yaml

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import background, collect, free_port, isolated, running_worker, send

ROOT = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
JOB = "newsstream"
# Records that the clean stage must dead-letter, one per reason the tests look for.
BAD: list[tuple[bytes | None, bytes]] = [
    (b"bad-json", b"{not json"),
    (b"bad-utf8", b"\xff\xfe\x00garbage"),
    (b"bad-fields", records.encode({"source": "test", "body": "no content type nor date"})),
]


def tool(name: str) -> str:
    """The path of a Prometheus binary; a clear failure (never a skip) when it is missing."""
    path = shutil.which(name)
    if path is None:
        raise AssertionError(
            f"{name} is not installed; `make test` installs it with "
            "`apt-get install -y --no-install-recommends prometheus`"
        )
    return path


def scrape_config(target: str, interval: str = "1s") -> dict[str, Any]:
    """deploy/prometheus/prometheus.yml pointed at `target`, rule files by absolute path."""
    config = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text(encoding="utf-8"))
    config["global"].update(scrape_interval=interval, evaluation_interval=interval)
    config["rule_files"] = [str(PROMETHEUS_DIR / "rules" / "*.yml")]
    jobs = [job for job in config["scrape_configs"] if job["job_name"] == JOB]
    assert len(jobs) == 1, f"deploy/prometheus/prometheus.yml has no single {JOB!r} job"
    jobs[0].pop("dns_sd_configs", None)  # the compose services' names resolve only in Docker
    jobs[0]["static_configs"] = [{"targets": [target]}]
    return config


@dataclass(frozen=True)
class Prometheus:
    url: str

    def query(self, expr: str, at: float | None = None) -> list[dict[str, Any]]:
        """The result vector of an instant query; raises on any error Prometheus reports."""
        params = {"query": expr} | ({"time": str(at)} if at is not None else {})
        return list(self._get("/api/v1/query", params)["result"])

    def query_range(self, expr: str, start: float, end: float, step: float) -> list[Any]:
        params = {"query": expr, "start": str(start), "end": str(end), "step": str(step)}
        return list(self._get("/api/v1/query_range", params)["result"])

    def _get(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        url = f"{self.url}{path}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = orjson.loads(response.read())
        except urllib.error.HTTPError as exc:
            body = orjson.loads(exc.read())
        if body.get("status") != "success":
            raise ValueError(f"{body.get('errorType')}: {body.get('error')}")
        return dict(body["data"])


@contextmanager
def running_prometheus(config: dict[str, Any], tmp: Path) -> Iterator[Prometheus]:
    """Prometheus on 127.0.0.1 with its own port and storage; stopped (its own process) at exit."""
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    argv = [
        tool("prometheus"),
        f"--config.file={path}",
        f"--storage.tsdb.path={tmp / 'tsdb'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--storage.tsdb.retention.time=1d",
    ]
    url = f"http://127.0.0.1:{port}"
    with background(argv, tmp / "prometheus.log", f"{url}/-/ready", within=30):
        yield Prometheus(url)


def feed(settings: Settings, wave: int = 0) -> int:
    """Send the samples, the seed and the bad records; return when all of them came out.

    Wave n > 0 sends the same articles again under new ids (duplicates, for dedup).
    Returns how many articles were sent.
    """
    batch = factories.articles()
    if wave:
        batch = [a | {"id": f"{records.article_id(a)}-{wave}"} for a in batch]
    items: list[tuple[bytes | None, bytes]] = [
        (records.article_id(a).encode(), records.encode(a)) for a in batch
    ]
    bad: list[tuple[bytes | None, bytes]] = [
        ((key or b"") + f"-{wave}".encode(), value) for key, value in BAD
    ]
    asyncio.run(send(settings, settings.topic_raw, items + bad))
    for topic, keys in ((settings.topic_enriched, items), (settings.topic_deadletter, bad)):
        want = {key for key, _ in keys}
        seen: set[bytes | None] = set()
        deadline = time.monotonic() + 60
        while not want <= seen and time.monotonic() < deadline:
            got = asyncio.run(collect(settings, topic, until=10**6, within=2, settle=0))
            seen = {key for key, _ in got}
        assert want <= seen, f"{len(want - seen)} of {len(want)} records never reached {topic}"
    return len(items)


@dataclass(frozen=True)
class Stack:
    settings: Settings
    prometheus: Prometheus
    instance: str


@contextmanager
def observed_worker(broker: Settings, tmp: Path) -> Iterator[Stack]:
    """A ready worker on isolated topics and a Prometheus scraping it every second."""
    settings = isolated(broker, tmp)
    target = f"127.0.0.1:{settings.web_port}"
    with (
        running_worker(settings, tmp / "worker.log"),
        running_prometheus(scrape_config(target), tmp / "prometheus") as prometheus,
    ):
        yield Stack(settings, prometheus, target)


def wait_for_scrapes(stack: Stack) -> None:
    """rate() sees no increase that happened before a series' first scrape: wait for two."""
    wait_for(stack.prometheus, f'count_over_time(up{{instance="{stack.instance}"}}[1m]) >= 2', 20)


def wait_for(prometheus: Prometheus, expr: str, within: float) -> list[dict[str, Any]]:
    """Poll an instant query until it returns something; fail with the expression otherwise."""
    deadline = time.monotonic() + within
    while True:
        result = prometheus.query(expr)
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"no data within {within:.0f} s for: {expr}")
        time.sleep(0.5)


DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "newsstream.json"


def dashboard() -> dict[str, Any]:
    data = orjson.loads(DASHBOARD.read_bytes())
    assert isinstance(data, dict)
    return data


def panel_queries(
    board: dict[str, Any], instance: str, rate_interval: str = "1m"
) -> list[tuple[str, str]]:
    """(panel title, PromQL) of every target, variables filled in as Grafana would."""
    values = {
        "$__rate_interval": rate_interval,
        "$__interval": "5s",
        "$__range": "1h",
        "$instance": instance.replace(".", "\\\\."),
    }
    queries = []
    for panel in board["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for name, value in values.items():
                expr = expr.replace(name, value)
            queries.append((panel["title"], expr))
    return queries
