"""Property-based fuzzing of the runner with the real stage functions (hypothesis).

Whatever bytes arrive, run_one and run_batch return one Outcome per message: a record that
matches the next topic's schema, or a dead letter that matches news.deadletter's, with a
known reason. Nothing raises out of them; that is what keeps the worker up.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from streams import records
from streams.pipeline import Pipeline
from streams.runner import Incoming, Outcome, run_batch, run_one
from streams.settings import Settings
from tests import factories
from tests.hostile import REASONS

MAX_BYTES = 64 * 1024
FUZZ = settings(
    max_examples=150,
    deadline=None,  # a stage's first call compiles and loads; clean's time is bounded elsewhere
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings(record_timeout=5.0), {}, {})


def _in(value: bytes | None, topic: str = "news.raw") -> Incoming:
    return Incoming(key=b"k", value=value, topic=topic, partition=0, offset=1)


def _encode(value: Any) -> bytes:
    # What orjson cannot encode (e.g. a lone surrogate) still reaches the worker as bytes.
    try:
        return records.encode(value)
    except TypeError:
        return repr(value).encode()


def _check(outcome: Outcome, produces: str | None) -> None:
    """A dead letter that matches its schema and has a known reason, or a record; the record
    matches `produces`'s schema when given (None: the input broke a topic's contract)."""
    assert (outcome.record is None) != (outcome.dead is None)
    if outcome.dead is not None:
        letter = records.validate("deadletter", outcome.dead)
        assert letter["error"] in REASONS, letter
        assert letter["message"]
    else:
        assert outcome.record is not None
        assert outcome.key == outcome.record["id"]
        if produces is not None:
            records.validate(produces, outcome.record)


@FUZZ
@given(value=st.binary(max_size=4096) | st.none())
def test_arbitrary_bytes_become_an_article_or_a_dead_letter(
    pipeline: Pipeline, value: bytes | None
) -> None:
    _check(run_one("clean", _in(value), pipeline.clean, MAX_BYTES), "cleaned")


@FUZZ
@given(value=json_values)
def test_arbitrary_json_becomes_an_article_or_a_dead_letter(pipeline: Pipeline, value: Any) -> None:
    _check(run_one("clean", _in(_encode(value)), pipeline.clean, MAX_BYTES), "cleaned")


_RAW_FIELDS = ["id", "url", "source", "fetched_at", "content_type", "body", "title", "published"]


@FUZZ
@given(
    field=st.sampled_from([*_RAW_FIELDS, "language", "extra"]),
    value=json_values,
    body=st.text(max_size=2000),
    content_type=st.sampled_from(["text/plain", "text/html"]),
)
def test_raw_records_with_a_wrong_field_never_escape(
    pipeline: Pipeline, field: str, value: Any, body: str, content_type: str
) -> None:
    record = factories.raw(body, content_type=content_type)
    record[field] = value
    _check(run_one("clean", _in(_encode(record)), pipeline.clean, MAX_BYTES), "cleaned")


prose = st.lists(
    st.sampled_from(
        ["Anna Berg", "said", "the", "plan", '"', "\u201c", "\u201d", "works", ".", "\n\n", "Paris"]
    )
    | st.text(max_size=12),
    max_size=60,
).map(" ".join)


@FUZZ
@given(
    items=st.lists(
        st.one_of(st.tuples(st.just("article"), prose), st.tuples(st.just("garbage"), json_values)),
        min_size=1,
        max_size=4,
    )
)
def test_a_batch_with_garbage_in_it_gives_one_valid_outcome_each(
    pipeline: Pipeline, nlp: Language, items: list[tuple[str, Any]]
) -> None:
    pipeline.nlp = nlp
    batch = [
        _in(_encode(factories.cleaned(v or "x", id=f"a{i}") if kind == "article" else v))
        for i, (kind, v) in enumerate(items)
    ]
    outcomes = run_batch("entities", batch, pipeline.tag, MAX_BYTES)
    assert len(outcomes) == len(batch)
    for (kind, _), outcome in zip(items, outcomes, strict=True):
        _check(outcome, "tagged")
        if kind == "article":
            assert outcome.record is not None


@FUZZ
@given(
    field=st.sampled_from(["text", "skipped", "language", "title", "id", "paragraphs"]),
    value=json_values,
    text=prose,
)
def test_wrong_types_on_an_internal_topic_never_escape_a_batch(
    pipeline: Pipeline, nlp: Language, field: str, value: Any, text: str
) -> None:
    # news.cleaned is written by the clean stage, and the runner validates only news.raw: a
    # record with a wrong type here may pass through, but must not take its batch down.
    pipeline.nlp = nlp
    broken = {**factories.cleaned(text or "x", id="b"), field: value}
    batch = [_in(_encode(factories.cleaned("Anna Berg said so.", id="a"))), _in(_encode(broken))]
    outcomes = run_batch("entities", batch, pipeline.tag, MAX_BYTES)
    assert len(outcomes) == 2
    _check(outcomes[0], "tagged")
    _check(outcomes[1], None)


@FUZZ
@given(field=st.sampled_from([None, "text", "entities", "skipped", "published_at"]), v=json_values)
def test_claims_on_fuzzed_tagged_records_never_escape(
    pipeline: Pipeline, field: str | None, v: Any
) -> None:
    record = factories.tagged('Anna Berg said: "The plan works." Paris agreed.')
    if field is not None:
        record[field] = v
    outcome = run_one("claims", _in(_encode(record), "news.tagged"), pipeline.attribute, MAX_BYTES)
    _check(outcome, "enriched" if field is None else None)
