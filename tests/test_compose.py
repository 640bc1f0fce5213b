"""docker-compose.yml agrees with the Compose Specification, the settings and deploy/.

No Docker and no network: the Compose JSON Schema comes from a PyPI package
(docker-compose 1.29.2 ships it), compose-spec's parser adds its own stricter
checks, and the rest reads the YAML files that docker compose and Prometheus
would read.
"""

from __future__ import annotations

import glob
import json
import re
from dataclasses import fields
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml
from compose_spec import PyCompose
from jsonschema import Draft201909Validator

from streams.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"
# The Compose Specification JSON Schema as the PyPI package docker-compose 1.29.2 ships it
# (`make install` adds that package without its dependencies, for this file alone).
SCHEMA_PACKAGE = "compose"
# The stage roles of `newsstream worker --stages` (env NEWSSTREAM_STAGES), one service each.
ROLES = ("clean", "entities", "claims", "stories", "trending")
STAGES_ENV = "NEWSSTREAM_STAGES"
SERVICES = ("kafka", *ROLES, "prometheus", "grafana")


@pytest.fixture(scope="module")
def text() -> str:
    return COMPOSE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


@pytest.fixture(scope="module")
def worker_env(services: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The environment every role shares (each adds only its NEWSSTREAM_STAGES)."""
    env = environment(services["entities"])
    env.pop(STAGES_ENV)
    return env


# --- helpers ----------------------------------------------------------------


def environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as name -> string, from either the map or the list form."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {name: "" if value is None else str(value) for name, value in env.items()}


def ports(service: dict[str, Any]) -> list[tuple[int, int]]:
    """(published, target) pairs of a service, from the short or the long syntax."""
    pairs = []
    for port in service.get("ports") or []:
        if isinstance(port, dict):
            pairs.append((int(port["published"]), int(port["target"])))
            continue
        spec = str(port).split("/", 1)[0]  # drop "/tcp"
        parts = spec.rsplit(":", 2)
        assert len(parts) >= 2, f"port {port!r} is not published on the host"
        pairs.append((int(parts[-2]), int(parts[-1])))
    return pairs


def bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host path, container path) of a service's bind mounts, short or long syntax."""
    mounts = []
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            if volume.get("type") == "bind":
                mounts.append((volume["source"], volume["target"]))
            continue
        source, _, rest = str(volume).partition(":")
        if rest and source.startswith((".", "/", "~")):
            mounts.append((source, rest.split(":", 1)[0]))
    return mounts


def anonymous_volumes(service: dict[str, Any]) -> list[str]:
    """Container paths of a service's anonymous volumes: one of its own for each replica."""
    paths = []
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            if volume.get("type") == "volume" and not volume.get("source"):
                paths.append(volume["target"])
        elif ":" not in str(volume):
            paths.append(str(volume))
    return paths


def named_volumes(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(volume name, container path) of a service's named volumes, short or long syntax."""
    mounts = []
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            if volume.get("type") == "volume" and volume.get("source"):
                mounts.append((volume["source"], volume["target"]))
            continue
        source, _, rest = str(volume).partition(":")
        if rest and not source.startswith((".", "/", "~")):
            mounts.append((source, rest.split(":", 1)[0]))
    return mounts


def host_file(service: dict[str, Any], container_path: str) -> Path:
    """The file in the repository that a bind mount puts at container_path."""
    wanted = PurePosixPath(container_path)
    for source, target in bind_mounts(service):
        target_path = PurePosixPath(target)
        if wanted == target_path or target_path in wanted.parents:
            return (ROOT / source / wanted.relative_to(target_path)).resolve()
    raise AssertionError(f"nothing is mounted at {container_path}")


def settings_env_names() -> set[str]:
    return {
        "KAFKA_BOOTSTRAP" if f.name == "kafka_bootstrap" else f"NEWSSTREAM_{f.name.upper()}"
        for f in fields(Settings)
    }


def listeners(value: str) -> dict[str, tuple[str, int]]:
    """'NAME://host:port,…' -> {NAME: (host, port)}."""
    result = {}
    for item in value.split(","):
        name, _, address = item.strip().partition("://")
        host, _, port = address.rpartition(":")
        result[name] = (host, int(port))
    return result


def healthcheck_urls(service: dict[str, Any]) -> list[str]:
    test = (service.get("healthcheck") or {}).get("test") or []
    words = test if isinstance(test, list) else [test]
    return [url for word in words for url in re.findall(r"http://[^\s'\",)]+", str(word))]


def prometheus_config(prometheus: dict[str, Any]) -> dict[str, Any]:
    """The Prometheus config that the service's --config.file names, read from the repo."""
    flags = [str(word) for word in prometheus.get("command") or []]
    path = next(f.split("=", 1)[1] for f in flags if f.startswith("--config.file="))
    config = yaml.safe_load(host_file(prometheus, path).read_text(encoding="utf-8"))
    assert isinstance(config, dict)
    return config


# --- the Compose file is valid ------------------------------------------------


def test_compose_file_matches_the_compose_json_schema(compose: dict[str, Any]) -> None:
    text = resources.files(SCHEMA_PACKAGE).joinpath("config", "compose_spec.json").read_text()
    schema = json.loads(text)
    assert schema["title"] == "Compose Specification"
    # Its $schema spells draft 2019-09 the old way ("http://…/schema#"), which jsonschema
    # no longer recognises, so name the draft here.
    assert "2019-09" in schema["$schema"]
    Draft201909Validator.check_schema(schema)
    validator = Draft201909Validator(schema)
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_compose_spec_parses_and_validates(text: str) -> None:
    parsed = PyCompose.from_yaml(text)
    parsed.validate()
    assert set(parsed.service_names()) == set(SERVICES)


def test_no_variable_interpolation(text: str) -> None:
    # compose-spec only rejects ${VAR:-x} in typed fields (image, ports, durations),
    # not in environment values, so look for it ourselves. A lone "$" would be
    # interpolated by docker compose too.
    assert "$" not in text, "use literal values in docker-compose.yml (no ${VAR} or $VAR)"


def test_named_volumes_and_dependencies_are_declared(compose: dict[str, Any]) -> None:
    # Neither check is made by compose-spec's validate() nor by the schema.
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for volume, _ in named_volumes(service):
            assert volume in declared, f"{name}: volume {volume!r} is not declared at the top level"
        for dependency in service.get("depends_on") or []:
            assert dependency in compose["services"], f"{name} depends on unknown {dependency!r}"


# --- the worker roles agree with streams.settings and with each other ----------


def test_each_role_runs_its_own_stage(services: dict[str, dict[str, Any]]) -> None:
    for role in ROLES:
        service = services[role]
        assert service["command"] == ["worker"], role
        assert environment(service)[STAGES_ENV] == role
    workers = [name for name, s in services.items() if STAGES_ENV in environment(s)]
    assert sorted(workers) == sorted(ROLES), "one worker service per stage, each stage once"


@pytest.mark.parametrize("role", ROLES)
def test_roles_differ_only_in_their_stages(
    services: dict[str, dict[str, Any]], worker_env: dict[str, str], role: str
) -> None:
    service, model = services[role], services["entities"]
    env = environment(service)
    env.pop(STAGES_ENV)
    assert env == worker_env
    for key in ("image", "build", "command", "volumes", "depends_on", "healthcheck", "restart"):
        assert service.get(key) == model.get(key), f"{role}: {key} differs from entities"


def test_worker_environment_names_are_settings(worker_env: dict[str, str]) -> None:
    unknown = set(worker_env) - settings_env_names()
    assert not unknown, f"not fields of streams.settings.Settings: {sorted(unknown)}"


def test_worker_environment_values_are_valid_settings(worker_env: dict[str, str]) -> None:
    settings = Settings.from_env(worker_env)
    assert settings.web_bind == "0.0.0.0"
    assert settings.data_dir == "/data"
    assert settings.table_store == "rocksdb"


@pytest.mark.parametrize("role", ROLES)
def test_every_role_scales(
    services: dict[str, dict[str, Any]], worker_env: dict[str, str], role: str
) -> None:
    # `docker compose up --scale ROLE=N` starts N copies of the service: a fixed name or a
    # published host port would collide on the second, and a named volume at the data
    # folder would put every replica on the same RocksDB files (RocksDB locks them).
    service = services[role]
    assert "container_name" not in service, f"{role}: a container name allows one replica"
    assert not service.get("ports"), f"{role}: a published host port allows one replica"
    data_dir = Settings.from_env(worker_env).data_dir
    assert data_dir in anonymous_volumes(service), f"{role}: {data_dir} is no volume of its own"
    assert data_dir not in [target for _, target in named_volumes(service)]
    urls = healthcheck_urls(service)
    assert urls == [f"http://127.0.0.1:{Settings.from_env(worker_env).web_port}/health"]


def test_the_documented_scale_fits_the_partitions(text: str, worker_env: dict[str, str]) -> None:
    # A role's replicas beyond its topics' partitions would sit idle.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    scales = [int(n) for n in re.findall(r"--scale entities=(\d+)", text + readme)]
    assert scales, "docker-compose.yml or the README shows how to scale the entity workers"
    assert max(scales) <= Settings.from_env(worker_env).partitions


def test_prometheus_finds_every_replica_of_every_role(
    services: dict[str, dict[str, Any]], worker_env: dict[str, str]
) -> None:
    # Docker's DNS answers a service's name with every replica's address: an A-record
    # lookup per role finds the scaled ones too; a static target would find one.
    config = prometheus_config(services["prometheus"])
    web_port = Settings.from_env(worker_env).web_port
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "newsstream"]
    assert job.get("metrics_path", "/metrics") == "/metrics"
    assert not job.get("static_configs"), "a static target cannot follow --scale"
    names = set()
    for sd in job["dns_sd_configs"]:
        assert sd.get("type", "SRV") == "A" and sd["port"] == web_port
        names |= set(sd["names"])
    assert names == set(ROLES)
    relabel = job.get("relabel_configs") or []
    assert {"source_labels": ["__meta_dns_name"], "target_label": "role"} in relabel


def test_prometheus_rule_files_exist(services: dict[str, dict[str, Any]]) -> None:
    prometheus = services["prometheus"]
    config = prometheus_config(prometheus)
    found = []
    for pattern in config.get("rule_files") or []:
        found += glob.glob(str(host_file(prometheus, pattern)))
    assert found, "rule_files matches no file in deploy/prometheus/"
    records = set()
    for path in found:
        for group in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["groups"]:
            records |= {rule["record"] for rule in group["rules"] if "record" in rule}
    assert "newsstream:records_in:rate1m" in records


# --- Kafka ---------------------------------------------------------------------


def test_worker_bootstrap_is_kafkas_advertised_internal_listener(
    services: dict[str, dict[str, Any]], worker_env: dict[str, str]
) -> None:
    host, port = Settings.from_env(worker_env).broker_address()
    kafka = services["kafka"]
    assert host in {"kafka", kafka.get("hostname")}, f"{host!r} is not the kafka service"
    env = environment(kafka)
    advertised = listeners(env["KAFKA_ADVERTISED_LISTENERS"])
    internal = [name for name, address in advertised.items() if address == (host, port)]
    assert internal, f"kafka advertises no listener at {host}:{port}: {advertised}"
    assert listeners(env["KAFKA_LISTENERS"])[internal[0]][1] == port


def test_kafka_external_listener_is_published(services: dict[str, dict[str, Any]]) -> None:
    kafka = services["kafka"]
    env = environment(kafka)
    bound = listeners(env["KAFKA_LISTENERS"])
    external = {
        name: address
        for name, address in listeners(env["KAFKA_ADVERTISED_LISTENERS"]).items()
        if address[0] == "localhost"
    }
    assert external, "no listener is advertised for clients on the host"
    for name, (_, port) in external.items():
        assert (port, bound[name][1]) in ports(kafka)


def test_kafka_is_a_single_node_combined_kraft_broker(services: dict[str, dict[str, Any]]) -> None:
    env = environment(services["kafka"])
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    controller = env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    voter_port = int(env["KAFKA_CONTROLLER_QUORUM_VOTERS"].rsplit(":", 1)[1])
    assert listeners(env["KAFKA_LISTENERS"])[controller][1] == voter_port
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@")
    for name in (
        "OFFSETS_TOPIC_REPLICATION_FACTOR",
        "TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "TRANSACTION_STATE_LOG_MIN_ISR",
        "SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR",
        "SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR",
    ):
        assert env[f"KAFKA_{name}"] == "1", name
    # The worker's producer may send requests up to 6 x max_record_bytes.
    assert int(env["KAFKA_MESSAGE_MAX_BYTES"]) >= Settings().max_record_bytes * 6


# --- files and health ------------------------------------------------------------


def test_bind_mounted_host_paths_exist(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for source, _ in bind_mounts(service):
            path = (ROOT / source).resolve()
            assert path.exists(), f"{name}: {source} does not exist in the repository"
            assert path.is_relative_to(ROOT), f"{name}: {source} points outside the repository"


def test_build_context_and_dockerfile_exist(services: dict[str, dict[str, Any]]) -> None:
    build = services["entities"]["build"]
    context = ROOT / (build if isinstance(build, str) else build.get("context", "."))
    dockerfile = context / (
        "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    )
    assert dockerfile.is_file()


@pytest.mark.parametrize("name", SERVICES)
def test_services_have_a_healthcheck(services: dict[str, dict[str, Any]], name: str) -> None:
    healthcheck = services[name].get("healthcheck")
    assert healthcheck, f"{name} has no healthcheck"
    assert not healthcheck.get("disable"), f"{name} disables its healthcheck"
    test = healthcheck["test"]
    assert isinstance(test, list) and test[0] in {"CMD", "CMD-SHELL"} and len(test) > 1


def test_depends_on_healthy_services_have_healthchecks(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        depends = service.get("depends_on") or {}
        if isinstance(depends, dict):
            for dependency, condition in depends.items():
                if (condition or {}).get("condition") == "service_healthy":
                    assert services[dependency].get("healthcheck"), (
                        f"{name} waits for {dependency} to be healthy, which has no healthcheck"
                    )


def test_the_json_schema_rejects_what_compose_would(compose: dict[str, Any]) -> None:
    text = resources.files(SCHEMA_PACKAGE).joinpath("config", "compose_spec.json").read_text()
    validator = Draft201909Validator(json.loads(text))
    broken = {**compose, "services": {**compose["services"], "entities": {
        **compose["services"]["entities"], "restart_policy": "always"}}}  # fmt: skip
    assert any("restart_policy" in e.message for e in validator.iter_errors(broken))
