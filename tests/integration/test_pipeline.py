"""The whole flow on the real local Apache Kafka, with a real worker process."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from streams import records
from streams.settings import Settings
from tests import factories
from tests.kafka import collect, isolated, running_worker, send

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def pipeline(broker: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    tmp = tmp_path_factory.mktemp("pipeline")
    settings = isolated(broker, tmp)
    with running_worker(settings, tmp / "worker.log"):
        yield settings


def test_every_article_comes_out_enriched_once_with_its_key(pipeline: Settings) -> None:
    articles = factories.articles()
    assert len(articles) >= 13
    keys = [records.article_id(a).encode() for a in articles]
    assert len(set(keys)) == len(keys)
    asyncio.run(
        send(
            pipeline,
            pipeline.topic_raw,
            [(k, records.encode(a)) for k, a in zip(keys, articles, strict=True)],
        )
    )

    out = asyncio.run(collect(pipeline, pipeline.topic_enriched, until=len(articles), within=60))

    assert sorted(k for k, _ in out) == sorted(keys)  # each exactly once, none extra
    for key, value in out:
        record = records.validate("enriched", orjson.loads(value))
        assert record["id"].encode() == key
        assert record["text"]
    seed = next(orjson.loads(v) for k, v in out if k == b"a05adf3270c9401d")
    assert "North Korea" in seed["text"]
    assert any(e["name"] == "North Korea" for e in seed["entities"])
    assert any(c["speaker"]["name"] == "Mark Rutte" for c in seed["claims"])

    n_claims = sum(len(orjson.loads(v)["claims"]) for _, v in out)
    published = asyncio.run(collect(pipeline, pipeline.topic_claims, until=n_claims, within=30))
    assert len(published) == n_claims > 0
    for key, value in published:
        claim = records.validate("claims", orjson.loads(value))
        assert claim["id"].encode() == key


def test_bad_events_are_dead_lettered_and_the_stream_moves_on(pipeline: Settings) -> None:
    oversize = records.encode(factories.raw("x " * (pipeline.max_record_bytes // 2 + 10)))
    missing = records.encode({"source": "test", "body": "no content type nor date"})
    good = factories.raw(
        "Officials said the bridge reopened on Monday.\n\nTraffic was light.", id="after-bad"
    )
    asyncio.run(
        send(
            pipeline,
            pipeline.topic_raw,
            [
                (b"bad-json", b"{not json"),
                (b"bad-size", oversize),
                (b"bad-utf8", b"\xff\xfe\x00garbage"),
                (b"bad-fields", missing),
                (b"after-bad", records.encode(good)),
            ],
        )
    )

    letters = asyncio.run(collect(pipeline, pipeline.topic_deadletter, until=4, within=60))
    by_key = {k: records.validate("deadletter", orjson.loads(v)) for k, v in letters}
    assert by_key[b"bad-json"]["error"] == "not_json"
    assert by_key[b"bad-size"]["error"] == "too_large"
    assert by_key[b"bad-size"]["value_truncated"] is True
    assert by_key[b"bad-size"]["value_bytes"] == len(oversize)
    assert by_key[b"bad-utf8"]["error"] == "not_utf8"
    assert by_key[b"bad-utf8"]["value_encoding"] == "base64"
    assert by_key[b"bad-fields"]["error"] == "invalid_record"
    assert "content_type" in by_key[b"bad-fields"]["message"]
    for letter in by_key.values():
        assert letter["stage"] == "clean"
        assert letter["topic"] == pipeline.topic_raw
        assert letter["offset"] is not None

    enriched = asyncio.run(
        collect(pipeline, pipeline.topic_enriched, until=100, within=20, settle=0)
    )
    assert b"after-bad" in {k for k, _ in enriched}


def test_worker_serves_metrics_and_health(pipeline: Settings) -> None:
    import urllib.request

    base = f"http://127.0.0.1:{pipeline.web_port}"
    with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
        health = orjson.loads(response.read())
    assert health["status"] == "ok"
    assert 0 <= health["event_loop_stalled_s"] < health["stall_limit_s"]
    with urllib.request.urlopen(f"{base}/metrics", timeout=5) as response:
        page = response.read().decode()
    assert 'newsstream_records_in_total{stage="clean"}' in page
    assert "newsstream_build_info{" in page
    assert "newsstream_faust_messages_received_total " in page  # Faust's sensor, same page


def test_worker_log_has_no_tracebacks(pipeline: Settings, tmp_path: Path) -> None:
    log = Path(pipeline.data_dir).parent / "worker.log"
    assert "Traceback" not in log.read_text()
