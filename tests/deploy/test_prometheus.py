"""deploy/prometheus/ passes promtool, every alert has unit tests, and the worker's metric
names follow Prometheus' conventions."""

from __future__ import annotations

import subprocess
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from streams import errors
from streams.app import TRENDING_TABLE
from tests.deploy.stack import PROMETHEUS_DIR, Stack, scrape_config, tool

RULE_FILES = sorted((PROMETHEUS_DIR / "rules").glob("*.yml"))
TEST_FILES = sorted((PROMETHEUS_DIR / "tests").glob("*.yml"))
STAGES = {"clean", "entities", "claims", "stories", "trending"}
# Units in names must be base units (seconds, bytes), never these.
NOT_BASE_UNITS = {"ms", "milliseconds", "microseconds", "minutes", "hours", "kb", "mb", "percent"}
# The last word of our gauges and histograms says what they measure.
UNIT_SUFFIXES = ("_seconds", "_bytes", "_records", "_articles", "_per_article", "_up", "_info")
# Labels whose values would grow with the number of articles.
UNBOUNDED_LABELS = {"id", "article_id", "key", "url", "title", "offset", "source", "text"}


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [tool("promtool"), *args], capture_output=True, text=True, timeout=60, check=False
    )


def alerts() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in RULE_FILES:
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            found |= {rule["alert"]: rule for rule in group["rules"] if "alert" in rule}
    return found


def test_rule_and_test_files_exist() -> None:
    assert RULE_FILES, "no rule files in deploy/prometheus/rules/"
    assert TEST_FILES, "no promtool unit tests in deploy/prometheus/tests/"


def test_promtool_accepts_the_compose_config() -> None:
    result = promtool("check", "config", str(PROMETHEUS_DIR / "prometheus.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_accepts_the_config_with_its_rule_files(tmp_path: Path) -> None:
    # /etc/prometheus/rules/*.yml does not exist here: check the test copy, which names
    # the repository's rule files, so check config loads them too.
    path = tmp_path / "prometheus.yml"
    path.write_text(yaml.safe_dump(scrape_config("127.0.0.1:6066")), encoding="utf-8")
    result = promtool("check", "config", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rules found" in result.stdout, result.stdout


def test_promtool_check_rules() -> None:
    result = promtool("check", "rules", *map(str, RULE_FILES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_test_rules() -> None:
    result = promtool("test", "rules", *map(str, TEST_FILES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_the_issue_alerts_exist() -> None:
    names = set(alerts())
    assert {
        "NewsstreamWorkerDown",
        "NewsstreamWorkerMissing",
        "NewsstreamConsumerLagGrowing",
        "NewsstreamDeadLettersHigh",
        "NewsstreamLatencyHigh",
        "NewsstreamNoEnrichedOutput",
    } <= names


def test_every_alert_is_unit_tested_firing_and_not_firing() -> None:
    firing: set[str] = set()
    silent: set[str] = set()
    for path in TEST_FILES:
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]:
            for check in case.get("alert_rule_test", []):
                (firing if check.get("exp_alerts") else silent).add(check["alertname"])
    names = set(alerts())
    assert names - firing == set(), "alerts never tested firing"
    assert names - silent == set(), "alerts never tested staying silent"


def test_every_alert_has_a_severity_and_a_summary() -> None:
    for name, rule in alerts().items():
        assert rule["labels"]["severity"] in {"critical", "warning"}, name
        assert rule["annotations"]["summary"], name
        assert rule["annotations"]["description"], name


# --- conventions, read from a live worker -------------------------------------------


@pytest.fixture(scope="module")
def families(stack: Stack) -> dict[str, Any]:
    with urllib.request.urlopen(f"http://{stack.instance}/metrics", timeout=10) as response:
        page = response.read().decode()
    return {family.name: family for family in text_string_to_metric_families(page)}


def ours(families: dict[str, Any]) -> dict[str, Any]:
    # prometheus_client adds a `<name>_created` gauge beside each counter and histogram.
    return {
        name: family
        for name, family in families.items()
        if name.startswith("newsstream_")
        and not name.startswith("newsstream_faust_")
        and not name.endswith("_created")
    }


def record_error_reasons() -> set[str]:
    found, todo = set(), [errors.RecordError]
    while todo:
        cls = todo.pop()
        found.add(cls.reason)
        todo += cls.__subclasses__()
    return found


@pytest.mark.integration
def test_every_metric_is_ours_or_a_default_collectors(families: dict[str, Any]) -> None:
    strangers = [
        name for name in families if not name.startswith(("newsstream_", "process_", "python_"))
    ]
    assert strangers == []
    assert {"process_resident_memory_bytes", "process_cpu_seconds"} <= set(families)


@pytest.mark.integration
def test_the_issue_metrics_are_exported(families: dict[str, Any]) -> None:
    expected = {
        "newsstream_records_in": "counter",
        "newsstream_records_out": "counter",
        "newsstream_records_failed": "counter",
        "newsstream_dead_letters": "counter",
        "newsstream_duplicates": "counter",
        "newsstream_stage_duration_seconds": "histogram",
        "newsstream_batch_size_records": "histogram",
        "newsstream_end_to_end_latency_seconds": "histogram",
        "newsstream_end_to_end_latency_from_fetch_seconds": "histogram",
        "newsstream_entities_per_article": "histogram",
        "newsstream_claims_per_article": "histogram",
        "newsstream_consumer_lag_records": "gauge",
        "newsstream_broker_up": "gauge",
        "newsstream_trending_entity_articles": "gauge",
        "newsstream_index_articles": "gauge",
        "newsstream_table_memory_bytes": "gauge",
        "newsstream_model_load_seconds": "gauge",
        "newsstream_build_info": "gauge",
    }
    assert {name: families[name].type for name in expected if name in families} == expected


@pytest.mark.integration
def test_rocksdb_memory_is_read_at_the_scrape_within_its_bound(
    families: dict[str, Any], stack: Stack
) -> None:
    # The worker's tables are on RocksDB (the default store): its databases are open and
    # their shared cache holds something, never more than NEWSSTREAM_TABLE_MEMORY_MB.
    assert stack.settings.table_store == "rocksdb"
    (sample,) = families["newsstream_table_memory_bytes"].samples
    assert 0 < sample.value <= stack.settings.table_memory_mb * 1024 * 1024


@pytest.mark.integration
def test_counters_end_in_total(families: dict[str, Any]) -> None:
    for family in families.values():
        if family.type != "counter":
            continue
        for sample in family.samples:
            assert sample.name.endswith(("_total", "_created")), sample.name


@pytest.mark.integration
def test_our_names_carry_base_units(families: dict[str, Any]) -> None:
    for name, family in ours(families).items():
        words = set(name.split("_"))
        assert not words & NOT_BASE_UNITS, f"{name}: use seconds or bytes"
        if family.type in {"gauge", "histogram"}:
            assert name.endswith(UNIT_SUFFIXES), f"{name} does not end in a unit"


@pytest.mark.integration
def test_no_label_grows_with_the_articles(families: dict[str, Any], stack: Stack) -> None:
    reasons = record_error_reasons()
    app_id = stack.settings.app_id
    # The pipeline's topics, the changelogs of the worker's tables and its two internal feeds:
    # a fixed set.
    tables = ("dedup", "claims", "stories", TRENDING_TABLE)
    topics = {
        *stack.settings.topics,
        *(f"{app_id}-{table}-changelog" for table in tables),
        f"{app_id}-stories-feed",
        f"{app_id}-trending-feed",
    }
    partitions = {str(p) for p in range(stack.settings.partitions)}
    for name, family in families.items():
        for sample in family.samples:
            labels = set(sample.labels) - {"le"}
            assert not labels & UNBOUNDED_LABELS, f"{sample.name} has {labels & UNBOUNDED_LABELS}"
            values = sample.labels
            if name.startswith("newsstream_") and "stage" in values:
                assert values["stage"] in STAGES, f"{sample}: a new stage? add it to STAGES"
            if name.startswith("newsstream_") and "reason" in values:
                assert values["reason"] in reasons, sample
            if name.startswith("newsstream_") and "topic" in values:
                # Faust's sensor names topics "topic.<name>".
                assert values["topic"].removeprefix("topic.") in topics, sample
            if name.startswith("newsstream_") and "partition" in values:
                assert values["partition"] in partitions, sample


@pytest.mark.integration
def test_trending_entities_are_at_most_ten_ranked_series(families: dict[str, Any]) -> None:
    samples = families["newsstream_trending_entity_articles"].samples
    assert 0 < len(samples) <= 10
    ranks = sorted(int(s.labels["rank"]) for s in samples)
    assert ranks == list(range(1, len(samples) + 1))
    counts = [s.value for s in sorted(samples, key=lambda s: int(s.labels["rank"]))]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.integration
def test_unlabelled_counters_are_exported_before_they_move(families: dict[str, Any]) -> None:
    # Alerts and rate() need the series to exist at 0 before the first duplicate.
    (sample,) = [s for s in families["newsstream_duplicates"].samples if s.name.endswith("_total")]
    assert sample.value >= 0


@pytest.mark.integration
def test_build_info_names_the_versions(families: dict[str, Any]) -> None:
    (sample,) = families["newsstream_build_info"].samples
    assert sample.value == 1
    assert sample.labels["version"]
    assert "==" in sample.labels["spacy_model"]
