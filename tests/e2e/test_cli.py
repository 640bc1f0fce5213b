"""The newsstream command as a user runs it: a real process, real exit codes, real Kafka."""

from __future__ import annotations

import subprocess
from pathlib import Path

import orjson
import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import NEWSSTREAM, env_of, isolated

pytestmark = pytest.mark.e2e


def newsstream(
    *args: str, env: dict[str, str] | None = None, stdin: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [NEWSSTREAM, *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin.decode() if stdin is not None else None,
        timeout=timeout,
        check=False,
    )


def test_enrich_prints_one_json_line_for_the_seed() -> None:
    done = newsstream("enrich", str(factories.SEED))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    record = records.validate("enriched", orjson.loads(lines[0]))
    assert "Pyongyang" in record["text"]


def test_enrich_stops_after_the_stage_asked_for() -> None:
    done = newsstream("enrich", "--stage", "clean", str(factories.SEED))
    assert done.returncode == 0, done.stderr
    record = records.validate("cleaned", orjson.loads(done.stdout))
    assert "entities" not in record


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for command in ("enrich", "produce"):
        done = newsstream(command, str(tmp_path / "missing.txt"))
        assert done.returncode == 2
        assert (
            done.stderr.strip() == f"newsstream: {tmp_path / 'missing.txt'}: no such file or folder"
        )
        assert done.stdout == ""


def test_usage_errors_are_one_line_and_exit_2() -> None:
    done = newsstream("tail", "news.raw", "--max", "zero")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_a_bad_setting_is_one_line_and_exit_2() -> None:
    done = newsstream("kafka", "status", env={"NEWSSTREAM_PARTITIONS": "lots", "PATH": ""})
    assert done.returncode == 2
    assert done.stderr.strip() == "newsstream: NEWSSTREAM_PARTITIONS='lots' is not a valid int"


def test_an_unknown_stage_role_is_one_line_and_exit_2() -> None:
    expected = (
        "newsstream: unknown stage entity: NEWSSTREAM_STAGES / --stages takes a comma list "
        "of clean, entities, claims, stories, trending"
    )
    by_option = newsstream("worker", "--stages", "clean,entity", env={"PATH": ""})
    by_variable = newsstream("worker", env={"NEWSSTREAM_STAGES": "entity", "PATH": ""})
    for done in (by_option, by_variable):
        assert done.returncode == 2
        assert done.stderr.strip() == expected


def test_an_unreachable_broker_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nSome text.")
    env = {"KAFKA_BOOTSTRAP": "127.0.0.1:1", "PATH": ""}
    done = newsstream("produce", str(tmp_path / "a.txt"), env=env)
    assert done.returncode == 1
    assert done.stderr.startswith("newsstream: cannot reach Kafka at 127.0.0.1:1")
    assert len(done.stderr.strip().splitlines()) == 1


def test_produce_then_tail_round_trip(broker: Settings, tmp_path: Path) -> None:
    settings = isolated(broker, tmp_path)
    env = env_of(settings)
    (tmp_path / "one.txt").write_text("First headline\n\nThe first story.")
    (tmp_path / "two.html").write_text("<html><body><p>The second story.</p></body></html>")
    lines = [records.encode(factories.raw(f"Story {i}.", id=f"line-{i}")) for i in range(3)]
    (tmp_path / "three.jsonl").write_bytes(b"\n".join(lines) + b"\n")

    done = newsstream("produce", str(tmp_path), env=env)
    assert done.returncode == 0, done.stderr
    assert f"sent 5 records to {settings.topic_raw}" in done.stderr

    done = newsstream(
        "tail", settings.topic_raw, "--from-beginning", "--max", "5", "--timeout", "20", env=env
    )
    assert done.returncode == 0, done.stderr
    got = [orjson.loads(line) for line in done.stdout.splitlines()]
    assert len(got) == 5
    assert {r["body"] for r in got} >= {
        "First headline\n\nThe first story.",
        "Story 0.",
        "Story 2.",
    }
    assert {r.get("id") for r in got} >= {"line-0", "line-1", "line-2"}


def test_produce_from_stdin_and_the_samples(broker: Settings, tmp_path: Path) -> None:
    settings = isolated(broker, tmp_path)
    env = env_of(settings)
    stdin = records.encode(factories.raw("From stdin.", id="stdin-1")) + b"\n"
    done = newsstream("produce", "-", env=env, stdin=stdin)
    assert done.returncode == 0, done.stderr
    done = newsstream("produce", "--samples", "--rate", "200", env=env)
    assert done.returncode == 0, done.stderr
    sent = int(done.stderr.split("sent ")[1].split()[0])
    assert sent >= 12

    done = newsstream("tail", settings.topic_raw, "--from-beginning", "--timeout", "5", env=env)
    got = [orjson.loads(line) for line in done.stdout.splitlines()]
    assert len(got) == sent + 1
    assert {r["source"] for r in got} == {"test", "newsstream-samples"}


def test_kafka_start_is_a_no_op_while_running_and_status_says_so(broker: Settings) -> None:
    if broker.kafka_bootstrap != Settings().kafka_bootstrap:
        pytest.fail("this test drives the local broker; unset KAFKA_BOOTSTRAP to run it")
    done = newsstream("kafka", "start")
    assert done.returncode == 0, done.stderr
    assert "kafka already running at 127.0.0.1:9092" in done.stdout
    done = newsstream("kafka", "status")
    assert done.returncode == 0
    assert done.stdout.startswith("kafka running at 127.0.0.1:9092 (pid ")
