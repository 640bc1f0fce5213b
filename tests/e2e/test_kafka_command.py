"""`newsstream kafka start|stop|status` on a second broker of our own (other ports)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.broker import LocalKafka
from streams.settings import Settings
from tests.e2e.test_cli import newsstream
from tests.kafka import free_port
from tests.tls import make_certificates

pytestmark = pytest.mark.e2e


@pytest.fixture
def second_broker() -> Iterator[dict[str, str]]:
    env = dict(os.environ)
    env["KAFKA_BOOTSTRAP"] = f"127.0.0.1:{free_port()}"
    env["NEWSSTREAM_KAFKA_CONTROLLER_PORT"] = str(free_port())
    broker = LocalKafka(Settings.from_env(env))
    try:
        yield env
    finally:
        broker.stop()
        shutil.rmtree(broker.state, ignore_errors=True)


def test_start_status_stop_lifecycle(second_broker: dict[str, str]) -> None:
    env = second_broker
    address = env["KAFKA_BOOTSTRAP"]
    done = newsstream("kafka", "status", env=env)
    assert (done.returncode, done.stdout.strip()) == (
        1,
        f"kafka not running (would listen at {address})",
    )

    done = newsstream("kafka", "start", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"kafka started at {address} (pid ")
    assert "created topics news.raw, news.cleaned" in done.stdout

    again = newsstream("kafka", "start", env=env)
    assert again.returncode == 0
    assert again.stdout.startswith(f"kafka already running at {address}")

    done = newsstream("kafka", "status", env=env)
    assert done.returncode == 0
    assert done.stdout.startswith(f"kafka running at {address}")

    assert newsstream("kafka", "stop", env=env).stdout.strip() == "kafka stopped"
    assert newsstream("kafka", "status", env=env).returncode == 1
    assert newsstream("kafka", "stop", env=env).stdout.strip() == "kafka was not running"


def test_stop_never_ends_a_process_that_is_not_our_broker(second_broker: dict[str, str]) -> None:
    broker = LocalKafka(Settings.from_env(second_broker))
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        broker.state.mkdir(parents=True, exist_ok=True)
        broker.pidfile.write_text(str(bystander.pid))  # a stale pidfile whose pid was reused
        done = newsstream("kafka", "stop", env=second_broker)
        assert done.stdout.strip() == "kafka was not running"
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


def test_the_worker_says_in_one_line_when_no_broker_answers(tmp_path: Path) -> None:
    env = {"KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}", "PATH": os.environ["PATH"],
           "NEWSSTREAM_DATA_DIR": str(tmp_path)}  # fmt: skip
    done = newsstream("worker", env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().startswith(
        f"newsstream: no Kafka broker answers at {env['KAFKA_BOOTSTRAP']}"
    )
    assert len(done.stderr.strip().splitlines()) == 1


def test_start_with_a_sasl_ssl_listener_and_add_a_user(
    second_broker: dict[str, str], tmp_path: Path
) -> None:
    certs = make_certificates(tmp_path / "certs", "keystore-secret")
    port = free_port()
    env = {**second_broker, "NEWSSTREAM_KAFKA_KEYSTORE_PASSWORD": "keystore-secret"}
    started = newsstream(
        "kafka", "start", "--sasl-ssl-port", str(port), "--keystore", str(certs.keystore), env=env
    )
    assert started.returncode == 0, started.stderr
    assert f"SASL_SSL at 127.0.0.1:{port}" in started.stdout
    added = newsstream(
        "kafka", "add-user", "reader", env={**env, "NEWSSTREAM_SASL_PASSWORD": "reader-secret"}
    )
    assert added.returncode == 0, added.stderr
    client = {
        **env,
        "KAFKA_BOOTSTRAP": f"127.0.0.1:{port}",
        "NEWSSTREAM_SECURITY_PROTOCOL": "SASL_SSL",
        "NEWSSTREAM_SASL_USERNAME": "reader",
        "NEWSSTREAM_SASL_PASSWORD": "reader-secret",
        "NEWSSTREAM_SSL_CAFILE": str(certs.ca),
    }
    done = newsstream("tail", "news.raw", "--from-beginning", "--timeout", "1", env=client)
    assert (done.returncode, done.stderr) == (0, "")
    wrong = newsstream("tail", "news.raw", env={**client, "NEWSSTREAM_SASL_PASSWORD": "guess"})
    assert wrong.returncode == 1 and "refused the SCRAM-SHA-512 credentials" in wrong.stderr
