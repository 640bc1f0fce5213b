"""The clean stage on adversarial bodies: bounded time, and an article or a reason for each.

Bodies shaped to make regular expressions backtrack, deep or unclosed markup, entity bombs,
NUL bytes and 2 MB fields (tests/hostile.py builds them). The time bound is deliberately
generous (a slow shared machine must not fail it); the measured figures are in the README.
"""

from __future__ import annotations

import time

import pytest

from streams import records
from streams.errors import RecordError
from streams.records import Record
from streams.stages import clean
from tests import factories, hostile

BOUND_S = 5.0
BODIES = {name: (ct, body) for name, ct, body in hostile.hostile_bodies(256 * 1024)}


def _clean_within_bound(content_type: str, body: str) -> Record | RecordError:
    started = time.perf_counter()
    try:
        result: Record | RecordError = clean.clean(
            factories.raw(body, content_type=content_type), budget_s=60
        )
    except RecordError as exc:
        result = exc
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_S, f"{elapsed:.1f} s"
    if isinstance(result, RecordError):
        assert result.reason in hostile.REASONS and result.message
    else:
        records.validate("cleaned", result)
    return result


@pytest.mark.parametrize("name", sorted(BODIES))
def test_an_adversarial_body_is_cleaned_or_refused_in_bounded_time(name: str) -> None:
    _clean_within_bound(*BODIES[name])


@pytest.mark.parametrize("name", ["dots", "curly_quotes", "tabs_ws", "urls", "nested_parens"])
@pytest.mark.parametrize("content_type", ["text/plain", "text/html"])
def test_a_2_mb_field_shaped_to_backtrack_is_bounded(name: str, content_type: str) -> None:
    body = hostile.backtracking_bodies(2_000_000)[name]
    if content_type == "text/html":
        body = f"<html><body><p>{body}</p></body></html>"
    _clean_within_bound(content_type, body)


def test_an_entity_bomb_is_not_expanded() -> None:
    result = _clean_within_bound("text/html", hostile.entity_bomb(levels=12, fan=10))
    assert isinstance(result, dict)
    assert result["text"].count("lol") < 100
    assert "bridge reopened" in result["text"]


def test_an_external_entity_is_not_resolved() -> None:
    result = _clean_within_bound("text/html", hostile.external_entity())
    assert isinstance(result, dict)
    assert "root:" not in result["text"]
    assert "council met" in result["text"]


def test_deep_markup_keeps_the_text_inside_it() -> None:
    result = _clean_within_bound("text/html", hostile.deep_tags(100_000))
    assert isinstance(result, dict)
    assert "minister said the talks would resume" in result["text"]


def test_a_body_of_nul_bytes_is_refused_with_a_reason() -> None:
    result = _clean_within_bound("text/plain", "\x00" * 2_000_000)
    assert isinstance(result, RecordError) and result.reason == "no_text"
