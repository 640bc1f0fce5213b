"""Record codec (orjson) and JSON Schema validation, compiled once per process."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

import jsonschema_rs
import orjson
from jsonschema import Draft202012Validator, FormatChecker

from streams.errors import InvalidRecord, NotJSON, NotUTF8, TooLarge

Record = dict[str, Any]

TOPIC_KINDS = (
    "raw",
    "cleaned",
    "tagged",
    "enriched",
    "claims",
    "stories",
    "trending",
    "deadletter",
)


def encode(record: Record) -> bytes:
    return orjson.dumps(record)


def decode(value: bytes | None, max_bytes: int) -> Record:
    """Bytes from news.raw to a dict, or a RecordError whose reason a person can act on."""
    if value is None:
        raise NotJSON("the value is empty (a tombstone or a null message)")
    if len(value) > max_bytes:
        raise TooLarge(f"the value has {len(value):,} bytes, over the limit of {max_bytes:,}")
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUTF8(f"the value is not UTF-8 (bad byte at position {exc.start})") from None
    try:
        record = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise NotJSON(f"the value is not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise NotJSON(f"the value is JSON but not an object (it is a {type(record).__name__})")
    return record


@cache
def validator(kind: str) -> Draft202012Validator:
    """The compiled validator of schemas/news.<kind>.schema.json."""
    schema = _schema(kind)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


@cache
def _quick_validator(kind: str) -> Any:
    # The same schema compiled by jsonschema-rs: 0.02 ms for a BASIL story's news.tagged
    # record against jsonschema's 2.8 ms, which was 3% of a worker's CPU (README, Where a
    # worker's time goes). Its formats are jsonschema's own checks (its date-time passes
    # a leap second and year 0 that rfc3339-validator refuses); a record it refuses goes to
    # jsonschema, which has the last word and the messages.
    checker = FormatChecker()
    formats: dict[str, Callable[..., bool]] = {
        name: functools.partial(checker.conforms, format=name) for name in checker.checkers
    }
    return jsonschema_rs.validator_for(_schema(kind), validate_formats=True, formats=formats)


def _schema(kind: str) -> Any:
    text = resources.files("streams").joinpath("schemas", f"news.{kind}.schema.json").read_text()
    return json.loads(text)


def validate(kind: str, record: Record) -> Record:
    """Return the record unchanged, or raise InvalidRecord naming its problems."""
    if _quick_validator(kind).is_valid(record):
        return record
    errors = sorted(validator(kind).iter_errors(record), key=lambda e: list(e.path))
    if errors:
        problems = [f"{_where(e.path)}: {e.message}" for e in errors]
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InvalidRecord("; ".join(problems[:5]) + more)
    return record


def _where(path: Any) -> str:
    return "/".join(str(p) for p in path) or "the record"


def article_id(raw: Record) -> str:
    """The key of an article: its `id`, else a hash of its url, else of its body.

    Deterministic, so that a re-sent article keeps its key and duplicates are
    recognisable by key downstream.
    """
    given = raw.get("id")
    if isinstance(given, str) and given:
        return given
    url = raw.get("url")
    basis = f"url:{url}" if isinstance(url, str) and url else f"body:{raw.get('body', '')}"
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_datetime(record: Record) -> datetime | None:
    """When the article speaks from: `published_at`, else `fetched_at`, with its offset."""
    for name in ("published_at", "fetched_at"):
        value = record.get(name)
        if isinstance(value, str) and value:
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                continue
    return None


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
