"""Kafka over SASL_SSL (SCRAM-SHA-512), and no secret anywhere a person or a scraper can see.

A broker of this module's own: the local Apache Kafka with a SASL_SSL listener beside
PLAINTEXT, its certificate signed by a CA made here with the openssl command
(tests/tls.py), and a SCRAM user added through Kafka's own ConfigCommand. The worker,
`newsstream produce` and `newsstream tail` run as a user runs them, configured by
environment variables only. The password and the keystore's password are unique to the
run, so that finding them anywhere is a leak and not a coincidence.
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from streams.broker import LocalKafka, SecureListener
from streams.settings import Settings
from tests.e2e.test_cli import newsstream
from tests.kafka import env_of, free_port, isolated, running_worker, send
from tests.tls import make_certificates

pytestmark = pytest.mark.integration

USER = "newsstream-worker"
PASSWORD = f"sasl-{uuid.uuid4().hex}"
KEYSTORE_PASSWORD = f"keystore-{uuid.uuid4().hex}"
SAMPLES = 14  # articles in streams/samples/


@pytest.fixture(scope="module")
def secure_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """Settings of a client of our SASL_SSL broker, started here and stopped (by pid) after."""
    folder = tmp_path_factory.mktemp("secure-kafka")
    certs = make_certificates(folder / "certs", KEYSTORE_PASSWORD)
    plain = replace(
        Settings.from_env(),
        kafka_bootstrap=f"127.0.0.1:{free_port()}",
        kafka_controller_port=free_port(),
    )
    listener = SecureListener(free_port(), certs.keystore, KEYSTORE_PASSWORD)
    broker = LocalKafka(plain, listener, state=folder / "kafka")
    broker.start()
    try:
        assert broker.config.stat().st_mode & 0o077 == 0  # it holds the keystore's password
        broker.add_scram_user(USER, PASSWORD)
        yield replace(
            plain,
            kafka_bootstrap=f"127.0.0.1:{listener.port}",
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username=USER,
            sasl_password=PASSWORD,
            ssl_cafile=str(certs.ca),
        )
    finally:
        broker.stop()


def no_secret_in(text: str, where: str) -> None:
    for secret in (PASSWORD, KEYSTORE_PASSWORD):
        assert secret not in text, f"a password shows in {where}"


# The worker's pages, and the pages Faust's own web server (off: streams.web) would add.
WEB_PAGES = ("/metrics", "/health", "/ready")
FAUST_PAGES = ("/", "/graph/", "/stats/", "/router/")


def web_page(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as page:
            return page.status, str(page.read().decode())
    except urllib.error.HTTPError as exc:  # /ready answers 503 while a stage is busy
        return exc.code, str(exc.read().decode())


def listening_addresses(port: int) -> set[str]:
    """The local addresses (IPv4, dotted) with a socket listening on `port`, from /proc."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, _, hex_port = local.partition(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def test_the_pipeline_runs_over_sasl_ssl_and_shows_no_secret(
    secure_kafka: Settings, tmp_path: Path
) -> None:
    settings = isolated(secure_kafka, tmp_path)
    env = env_of(settings)
    log = tmp_path / "worker.log"
    with running_worker(settings, log):
        sent = newsstream("produce", "--samples", env=env)
        assert sent.returncode == 0, sent.stderr
        asyncio.run(send(settings, settings.topic_raw, [(b"not-json", b"\xffnot json")]))
        out = newsstream(
            "tail", settings.topic_enriched, "--from-beginning", "--max", str(SAMPLES),
            "--timeout", "120", env=env, timeout=300,
        )  # fmt: skip
        dead = newsstream(
            "tail", settings.topic_deadletter, "--from-beginning", "--max", "1",
            "--timeout", "60", env=env, timeout=120,
        )  # fmt: skip
        pages = {path: web_page(settings.web_port, path) for path in WEB_PAGES + FAUST_PAGES}
        bound = listening_addresses(settings.web_port)
    enriched = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert len(enriched) == SAMPLES, out.stderr
    english = [r for r in enriched if r["language"]["code"] == "en"]
    assert len(english) >= SAMPLES - 1
    assert all(r["entities"] and r["claims"] for r in english)
    (letter,) = [orjson.loads(line) for line in dead.stdout.splitlines()]
    assert letter["stage"] == "clean" and letter["key"] == "not-json"
    # The web and metrics port answers on the loopback only, by default.
    assert bound == {"127.0.0.1"}
    assert "newsstream_records_in_total" in pages["/metrics"][1]
    assert {pages[path][0] for path in FAUST_PAGES} == {404}
    worker_log = log.read_text()
    assert "Traceback" not in worker_log
    for text, where in (
        (worker_log, "the worker's log"),
        *((text, path) for path, (_, text) in pages.items()),
        (dead.stdout, "a dead letter"),
        (out.stdout + out.stderr + sent.stdout + sent.stderr, "produce or tail"),
    ):
        no_secret_in(text, where)


def test_json_logs_at_debug_level_show_no_secret(secure_kafka: Settings, tmp_path: Path) -> None:
    settings = replace(isolated(secure_kafka, tmp_path), log_json=True, log_level="debug")
    log = tmp_path / "worker.log"
    with running_worker(settings, log):
        sent = newsstream("produce", "--samples", env=env_of(settings))
        assert sent.returncode == 0, sent.stderr
        out = newsstream(
            "tail", settings.topic_enriched, "--from-beginning", "--max", "1",
            "--timeout", "120", env=env_of(settings), timeout=300,
        )  # fmt: skip
    assert len(out.stdout.splitlines()) == 1
    lines = log.read_text().splitlines()
    assert sum(1 for line in lines if line.startswith('{"time"')) > 100  # JSON, and verbose
    no_secret_in("\n".join(lines), "the worker's JSON log")


@pytest.mark.parametrize("command", [("produce", "--samples"), ("tail", "news.raw"), ("worker",)])
def test_a_wrong_password_is_one_line_and_a_failure(
    secure_kafka: Settings, tmp_path: Path, command: tuple[str, ...]
) -> None:
    wrong = f"wrong-{uuid.uuid4().hex}"
    settings = replace(secure_kafka, sasl_password=wrong, data_dir=str(tmp_path))
    done = newsstream(*command, env=env_of(settings), timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"newsstream: Kafka at {settings.kafka_bootstrap} refused the SCRAM-SHA-512 credentials "
        f"of user {USER!r} (NEWSSTREAM_SASL_USERNAME, NEWSSTREAM_SASL_PASSWORD)"
    ]
    assert wrong not in done.stdout + done.stderr


def test_a_broker_certificate_from_an_unknown_ca_is_one_line(secure_kafka: Settings) -> None:
    settings = replace(secure_kafka, ssl_cafile="")  # the system's CAs only
    done = newsstream("tail", "news.raw", env=env_of(settings), timeout=120)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"newsstream: Kafka at {settings.kafka_bootstrap} showed a TLS ")
    assert "not trusted (self-signed certificate in certificate chain)" in line
