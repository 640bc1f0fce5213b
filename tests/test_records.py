from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams import records
from streams.errors import InvalidRecord, NotJSON, NotUTF8, TooLarge
from tests import factories


def test_decode_round_trips_a_record() -> None:
    raw = factories.raw()
    assert records.decode(records.encode(raw), max_bytes=10_000) == raw


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        (None, NotJSON, "empty"),
        (b"{nope", NotJSON, "not JSON"),
        (b"[1, 2]", NotJSON, "not an object"),
        (b"\xff\xfe", NotUTF8, "position 0"),
        (b"x" * 101, TooLarge, "101 bytes"),
    ],
)
def test_decode_names_what_is_wrong(
    value: bytes | None, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        records.decode(value, max_bytes=100)


def test_raw_schema_accepts_the_factory_and_rejects_missing_fields() -> None:
    records.validate("raw", factories.raw())
    incomplete = factories.raw()
    del incomplete["content_type"]
    with pytest.raises(InvalidRecord, match="content_type"):
        records.validate("raw", incomplete)


def test_raw_schema_rejects_an_unknown_content_type() -> None:
    with pytest.raises(InvalidRecord, match="content_type"):
        records.validate("raw", factories.raw(content_type="application/pdf"))


def test_article_id_prefers_id_then_url_then_body() -> None:
    assert records.article_id(factories.raw(id="abc")) == "abc"
    by_url = records.article_id(factories.raw(url="https://x.example/a"))
    assert by_url == records.article_id(factories.raw("other body", url="https://x.example/a"))
    assert records.article_id(factories.raw("one")) != records.article_id(factories.raw("two"))
    assert records.article_id(factories.raw("one")) == records.article_id(factories.raw("one"))


@pytest.mark.parametrize("kind", records.TOPIC_KINDS)
def test_every_schema_compiles(kind: str) -> None:
    assert records.validator(kind).schema["title"].startswith(f"news.{kind}")


def test_fetched_at_must_be_an_rfc3339_timestamp() -> None:
    with pytest.raises(InvalidRecord, match="fetched_at: 'yesterday' is not a 'date-time'"):
        records.validate("raw", factories.raw(fetched_at="yesterday"))


def test_enriched_records_carry_the_tagged_entity_unchanged() -> None:
    folder = Path(__file__).resolve().parents[1] / "schemas"
    tagged = json.loads((folder / "news.tagged.schema.json").read_text("utf-8"))
    enriched = json.loads((folder / "news.enriched.schema.json").read_text("utf-8"))
    assert enriched["$defs"]["entity"] == tagged["$defs"]["entity"]


@pytest.mark.parametrize("when", ["0000-01-01T00:00:00Z", "2024-10-15T23:59:60Z", "2024-10-15"])
def test_validate_refuses_the_dates_jsonschema_refuses(when: str) -> None:
    # jsonschema-rs's own date-time passes the first two; the worker's check must not.
    with pytest.raises(InvalidRecord, match="fetched_at"):
        records.validate("cleaned", factories.cleaned(fetched_at=when))


def test_validate_passes_a_tagged_article() -> None:
    assert records.validate("tagged", factories.tagged_seed())["entities"]
