from __future__ import annotations

import re
from pathlib import Path

import pytest

from streams.errors import ConfigError
from streams.settings import Settings


def test_defaults_are_the_local_development_setup() -> None:
    s = Settings.from_env({})
    assert s.kafka_bootstrap == "127.0.0.1:9092"
    assert s.topics == (
        "news.raw",
        "news.cleaned",
        "news.tagged",
        "news.enriched",
        "news.deadletter",
        "news.claims",
        "news.stories",
        "news.trending",
    )
    assert (s.partitions, s.max_record_bytes, s.web_port) == (4, 2 * 1024 * 1024, 6066)


def test_environment_overrides_with_types() -> None:
    s = Settings.from_env(
        {
            "KAFKA_BOOTSTRAP": "kafka:29092",
            "NEWSSTREAM_PARTITIONS": "8",
            "NEWSSTREAM_LOG_JSON": "true",
            "NEWSSTREAM_BATCH_TIMEOUT": "0.25",
        }
    )
    assert (s.kafka_bootstrap, s.partitions, s.log_json, s.batch_timeout) == (
        "kafka:29092",
        8,
        True,
        0.25,
    )
    assert s.broker_address() == ("kafka", 29092)


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"NEWSSTREAM_PARTITIONS": "four"}, "NEWSSTREAM_PARTITIONS='four' is not a valid int"),
        ({"NEWSSTREAM_PARTITIONS": "0"}, "at least 1"),
        ({"NEWSSTREAM_PROCESSING_GUARANTEE": "maybe"}, "at_least_once"),
        ({"NEWSSTREAM_LOG_JSON": "perhaps"}, "not a valid bool"),
        ({"KAFKA_BOOTSTRAP": "nohostport"}, "host:port"),
        ({"NEWSSTREAM_WEB_PORT": "70000"}, "TCP port"),
        ({"NEWSSTREAM_STAGES": "clean,tagging"}, "unknown stage tagging"),
        ({"NEWSSTREAM_STAGES": " , "}, r"unknown stage \(none given\)"),
        ({"NEWSSTREAM_BROKER_SESSION_TIMEOUT": "0"}, "must be positive"),
    ],
)
def test_bad_values_fail_at_start_up_with_the_variable_name(
    env: dict[str, str], words: str
) -> None:
    with pytest.raises(ConfigError, match=words):
        Settings.from_env(env)


def test_stage_roles_are_all_five_unless_named() -> None:
    assert Settings.from_env({}).stages == ("clean", "entities", "claims", "stories", "trending")
    named = Settings.from_env({"NEWSSTREAM_STAGES": " entities, claims "})
    assert named.stages == ("entities", "claims")


def test_settings_are_frozen() -> None:
    s = Settings.from_env({})
    with pytest.raises(AttributeError):
        s.partitions = 2  # type: ignore[misc]


def test_the_message_limit_follows_the_record_limit() -> None:
    from streams.clients import topic_configs

    settings = Settings.from_env({"NEWSSTREAM_MAX_RECORD_BYTES": "1000"})
    assert settings.max_message_bytes == 6000
    assert topic_configs(settings) == {"max.message.bytes": "6000"}


def test_tables_live_in_rocksdb_unless_memory_is_asked_for() -> None:
    assert Settings.from_env({}).table_store == "rocksdb"
    assert Settings.from_env({"NEWSSTREAM_TABLE_STORE": "memory"}).table_store == "memory"
    with pytest.raises(ConfigError, match="NEWSSTREAM_TABLE_STORE"):
        Settings.from_env({"NEWSSTREAM_TABLE_STORE": "redis"})


def test_the_sasl_password_shows_in_no_repr_and_no_error() -> None:
    env = {"NEWSSTREAM_SECURITY_PROTOCOL": "SASL_SSL", "NEWSSTREAM_SASL_PASSWORD": "pa55-XyZ"}
    s = Settings.from_env(env)
    assert s.sasl_password == "pa55-XyZ"
    assert "pa55-XyZ" not in repr(s) and "pa55-XyZ" not in str(s)
    assert "sasl_username=''" in repr(s)  # the rest still shows
    for bad in (
        {"NEWSSTREAM_SASL_MECHANISM": "MD5"},
        {"NEWSSTREAM_PARTITIONS": "lots"},
        {"KAFKA_BOOTSTRAP": "nowhere"},
        {"NEWSSTREAM_WEB_PORT": "0"},
    ):
        with pytest.raises(ConfigError) as raised:
            Settings.from_env({**env, **bad})
        assert "pa55-XyZ" not in str(raised.value)


def test_the_web_port_listens_on_the_loopback_unless_told() -> None:
    assert Settings.from_env({}).web_bind == "127.0.0.1"
    # The image is the exception: there the port is published by its runtime.
    dockerfile = (Path(__file__).parent.parent / "Dockerfile").read_text()
    assert re.findall(r"\bNEWSSTREAM_WEB_BIND=(\S+)", dockerfile) == ["0.0.0.0"]
