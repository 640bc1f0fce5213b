"""The Grafana dashboard is well formed and every panel's query answers from a real
Prometheus scraping a real worker that processed the samples."""

from __future__ import annotations

import asyncio
import math
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.stack import ROOT, Stack, dashboard, panel_queries
from tests.kafka import send

pytestmark = pytest.mark.integration

GRAFANA = ROOT / "deploy" / "grafana"
# Panels the issue asks for, by a word of their title.
REQUIRED = (
    "throughput",
    "latency",
    "lag",
    "dead letters",
    "entities and claims",
    "trending",
    "duplicates",
    "memory",
    "cpu",
    "model load",
    "build",
)


@pytest.fixture(scope="module")
def board() -> dict[str, Any]:
    return dashboard()


def provisioned(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- structure --------------------------------------------------------------------


def test_dashboard_is_provisioned_from_its_folder() -> None:
    (provider,) = provisioned(GRAFANA / "provisioning" / "dashboards" / "newsstream.yml")[
        "providers"
    ]
    assert provider["type"] == "file"
    # docker-compose.yml mounts deploy/grafana/dashboards at this path.
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards"
    assert (GRAFANA / "dashboards" / "newsstream.json").is_file()


def test_panels_have_unique_ids_and_fit_the_grid(board: dict[str, Any]) -> None:
    panels = board["panels"]
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    cells: set[tuple[int, int]] = set()
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["w"] > 0 and grid["h"] > 0 and grid["x"] >= 0 and grid["y"] >= 0
        assert grid["x"] + grid["w"] <= 24, panel["title"]
        area = {
            (x, y)
            for x in range(grid["x"], grid["x"] + grid["w"])
            for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not area & cells, f"{panel['title']} overlaps another panel"
        cells |= area


def test_every_target_uses_the_provisioned_datasource_and_the_instance(
    board: dict[str, Any],
) -> None:
    (source,) = provisioned(GRAFANA / "provisioning" / "datasources" / "prometheus.yml")[
        "datasources"
    ]
    assert board["schemaVersion"] >= 39
    for panel in board["panels"]:
        assert panel["datasource"]["uid"] == source["uid"], panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == source["uid"], panel["title"]
            assert target["expr"].strip(), panel["title"]
            assert 'instance=~"$instance"' in target["expr"], target["expr"]


def test_instance_variable_lists_the_workers(board: dict[str, Any]) -> None:
    (variable,) = [v for v in board["templating"]["list"] if v["name"] == "instance"]
    assert variable["type"] == "query"
    assert variable["query"]["query"] == "label_values(newsstream_build_info, instance)"
    assert variable["datasource"]["uid"] == "prometheus"


def test_the_issue_panels_are_there(board: dict[str, Any]) -> None:
    titles = " | ".join(p["title"].lower() for p in board["panels"])
    assert [word for word in REQUIRED if word not in titles] == []


# --- the real thing ---------------------------------------------------------------------


def test_instance_variable_finds_the_worker(stack: Stack) -> None:
    result = stack.prometheus.query("group by (instance) (newsstream_build_info)")
    assert stack.instance in {r["metric"]["instance"] for r in result}


def test_every_panel_query_returns_data(stack: Stack, board: dict[str, Any]) -> None:
    queries = panel_queries(board, stack.instance)
    assert len(queries) >= len(board["panels"])
    failures: dict[str, str] = {}
    deadline = time.monotonic() + 20  # recording rules may need another evaluation
    while True:
        failures = {}
        for title, expr in queries:
            try:
                result = stack.prometheus.query(expr)
            except ValueError as exc:
                failures[expr] = f"{title}: {exc}"
                continue
            values = [float(r["value"][1]) for r in result]
            if not values or all(math.isnan(v) for v in values):
                failures[expr] = f"{title}: no data"
        if not failures or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert failures == {}, "\n".join(f"{why}\n    {expr}" for expr, why in failures.items())


def test_an_induced_dead_letter_moves_its_counter(stack: Stack) -> None:
    expr = (
        f'sum(newsstream_dead_letters_total{{instance="{stack.instance}", '
        'stage="clean", reason="not_json"}) or vector(0)'
    )
    before = float(stack.prometheus.query(expr)[0]["value"][1])
    asyncio.run(send(stack.settings, stack.settings.topic_raw, [(b"induced", b"not json {")]))
    deadline = time.monotonic() + 20
    after = before
    while after <= before and time.monotonic() < deadline:
        time.sleep(0.5)
        after = float(stack.prometheus.query(expr)[0]["value"][1])
    assert after == before + 1
