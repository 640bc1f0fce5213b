"""deploy/k8s/ agrees with the Kubernetes schemas, the settings, docker-compose and itself.

No cluster and no network: kubernetes-validate ships the Kubernetes 1.37 JSON
Schemas; the rest reads the manifests as `kubectl apply -k` would get them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from streams.settings import Settings
from tests.test_compose import COMPOSE_FILE, ROLES, STAGES_ENV, environment

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
KUBERNETES = "1.37.0"
# Roles whose stage keeps a table: their pods keep RocksDB on a volume of their own.
STATEFUL = {"clean", "claims", "stories", "trending"}
# bench/pipeline.py: one whole worker's peak RSS (README, Quality and speed); the issue's
# memory target for a worker.
PEAK_MB, TARGET_MB = 482, 800
CREDENTIALS = {"NEWSSTREAM_SASL_USERNAME", "NEWSSTREAM_SASL_PASSWORD"}


def documents() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(K8S.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                yield path.name, doc


DOCS = list(documents())


def of_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {doc["metadata"]["name"]: doc for _, doc in DOCS if doc["kind"] == kind}


def workloads() -> dict[str, dict[str, Any]]:
    """Role -> its Deployment or StatefulSet."""
    found = {}
    for _, doc in DOCS:
        if doc["kind"] in ("Deployment", "StatefulSet"):
            role = doc["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"]
            assert role not in found, f"two workloads for {role}"
            found[role] = doc
    return found


def container(workload: dict[str, Any]) -> dict[str, Any]:
    (only,) = workload["spec"]["template"]["spec"]["containers"]
    return dict(only)


def settings_env() -> dict[str, str]:
    (config,) = of_kind("ConfigMap").values()
    return {k: str(v) for k, v in config["data"].items()}


def secret_env() -> dict[str, str]:
    (secret,) = of_kind("Secret").values()
    return {k: str(v) for k, v in secret["stringData"].items()}


def settings() -> Settings:
    return Settings.from_env({**settings_env(), **secret_env()})


def mib(quantity: str) -> float:
    units = {"Mi": 1, "Gi": 1024, "M": 1e6 / 2**20, "G": 1e9 / 2**20}
    for suffix, factor in units.items():
        if quantity.endswith(suffix):
            return float(quantity[: -len(suffix)]) * factor
    raise AssertionError(f"memory {quantity!r} has no unit")


# --- valid Kubernetes -------------------------------------------------------------


@pytest.mark.parametrize(("name", "doc"), DOCS, ids=[f"{n}:{d['kind']}" for n, d in DOCS])
def test_manifest_matches_the_kubernetes_schema(name: str, doc: dict[str, Any]) -> None:
    kubernetes_validate.validate(doc, KUBERNETES, strict=True)


def test_the_schema_check_rejects_a_misspelt_field() -> None:
    broken = copy.deepcopy(workloads()["entities"])
    container(broken)  # the shape the others rely on
    broken["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["pth"] = "/"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES, strict=True)


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == on_disk
    namespaces = {doc["metadata"].get("namespace") for _, doc in DOCS if doc["kind"] != "Namespace"}
    assert namespaces == {kustomization["namespace"]}
    assert set(of_kind("Namespace")) == {kustomization["namespace"]}


# --- roles ------------------------------------------------------------------------


def test_every_stage_role_has_a_workload_running_only_its_stage() -> None:
    found = workloads()
    assert sorted(found) == sorted(ROLES)
    for role, workload in found.items():
        c = container(workload)
        assert c["args"] == ["worker"]
        assert c["env"] == [{"name": STAGES_ENV, "value": role}], role


def test_roles_with_tables_keep_them_on_a_volume_of_their_own() -> None:
    data_dir = settings().data_dir
    for role, workload in workloads().items():
        (mount,) = [m for m in container(workload)["volumeMounts"] if m["mountPath"] == data_dir]
        spec = workload["spec"]
        if role in STATEFUL:
            assert workload["kind"] == "StatefulSet", role
            claims = [t["metadata"]["name"] for t in spec["volumeClaimTemplates"]]
            assert mount["name"] in claims, role
            assert spec["serviceName"] in of_kind("Service"), role
        else:
            assert workload["kind"] == "Deployment", role
            volumes = {v["name"]: v for v in spec["template"]["spec"]["volumes"]}
            assert "emptyDir" in volumes[mount["name"]], role


def test_replicas_fit_the_partitions() -> None:
    partitions = settings().partitions
    found = workloads()
    for role, workload in found.items():
        assert 1 <= workload["spec"]["replicas"] <= partitions, role
    # The stories feed and table have one partition: a second replica would idle.
    assert found["stories"]["spec"]["replicas"] == 1
    assert found["entities"]["spec"]["replicas"] == max(
        w["spec"]["replicas"] for w in found.values()
    )


def test_probes_ask_the_workers_own_pages() -> None:
    web_port = settings().web_port
    for role, workload in workloads().items():
        c = container(workload)
        ports = {p["name"]: p["containerPort"] for p in c["ports"]}
        for probe, path in (
            ("readinessProbe", "/ready"),
            ("livenessProbe", "/health"),
            ("startupProbe", "/health"),
        ):
            get = c[probe]["httpGet"]
            assert get["path"] == path, f"{role} {probe}"
            assert ports.get(get["port"], get["port"]) == web_port, f"{role} {probe}"


def test_resources_come_from_the_measured_memory() -> None:
    for role, workload in workloads().items():
        resources = container(workload)["resources"]
        assert set(resources["requests"]) == set(resources["limits"]) == {"cpu", "memory"}
        limit = mib(resources["limits"]["memory"]) * 2**20 / 1e6
        request = mib(resources["requests"]["memory"]) * 2**20 / 1e6
        assert request <= limit, role
        assert limit < TARGET_MB, f"{role}: limit over the worker's memory target"
        assert limit >= PEAK_MB * 1.5, f"{role}: too little room over the measured peak"
    # spaCy is the cost: an entity worker gets a whole core.
    assert workloads()["entities"]["spec"]["template"]["spec"]["containers"][0]["resources"][
        "requests"
    ]["cpu"] in ("1", "1000m")


# --- settings and secrets -----------------------------------------------------------


def test_settings_are_known_and_valid() -> None:
    names = {
        "KAFKA_BOOTSTRAP" if f.name == "kafka_bootstrap" else f"NEWSSTREAM_{f.name.upper()}"
        for f in fields(Settings)
    }
    assert set(settings_env()) | set(secret_env()) <= names
    s = settings()
    assert s.security_protocol.startswith("SASL") and s.sasl_username and s.sasl_password
    assert s.table_store == "rocksdb"


def test_no_credential_in_the_configmap() -> None:
    config, secret = settings_env(), secret_env()
    assert set(secret) == CREDENTIALS
    assert not CREDENTIALS & set(config)
    assert not [k for k in config if any(w in k for w in ("PASSWORD", "SECRET", "TOKEN"))]
    assert not set(secret.values()) & set(config.values())


def test_every_workload_reads_the_configmap_and_the_secret() -> None:
    (config,) = of_kind("ConfigMap")
    (secret,) = of_kind("Secret")
    for role, workload in workloads().items():
        sources = container(workload)["envFrom"]
        assert {"configMapRef": {"name": config}} in sources, role
        assert {"secretRef": {"name": secret}} in sources, role


# --- scraping and disruptions --------------------------------------------------------


def test_prometheus_can_scrape_every_pod() -> None:
    web_port = settings().web_port
    services = of_kind("Service")
    for role, workload in workloads().items():
        template = workload["spec"]["template"]
        annotations = template["metadata"]["annotations"]
        assert annotations["prometheus.io/scrape"] == "true"
        assert annotations["prometheus.io/port"] == str(web_port)
        assert annotations["prometheus.io/path"] == "/metrics"
        labels = template["metadata"]["labels"]
        assert workload["spec"]["selector"]["matchLabels"].items() <= labels.items()
        selecting = [
            s for s in services.values() if s["spec"]["selector"].items() <= labels.items()
        ]
        assert len(selecting) == 1, role
        (port,) = selecting[0]["spec"]["ports"]
        assert (port["port"], port["targetPort"]) == (web_port, "http")


def test_every_role_has_a_disruption_budget() -> None:
    budgets = of_kind("PodDisruptionBudget").values()
    for role, workload in workloads().items():
        labels = workload["spec"]["template"]["metadata"]["labels"]
        mine = [
            b for b in budgets if b["spec"]["selector"]["matchLabels"].items() <= labels.items()
        ]
        assert len(mine) == 1, role
        assert mine[0]["spec"]["maxUnavailable"] == 1


# --- the same worker as docker-compose ----------------------------------------------------


def test_image_and_settings_match_docker_compose() -> None:
    services = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))["services"]
    config = settings_env()
    for role, workload in workloads().items():
        compose = services[role]
        assert container(workload)["image"] == compose["image"], role
        env = environment(compose)
        assert env.pop(STAGES_ENV) == role
        # The broker differs by design: compose runs its own, a cluster has its own.
        env.pop("KAFKA_BOOTSTRAP")
        assert {k: config.get(k) for k in env} == env, role
