"""Bad input for the claims stage: always a record (or a reason) in bounded time, never a hang.

Each test carries a pytest-timeout far above its normal run time: a regular
expression that backtracked catastrophically, or a quadratic scan, would blow it.
"""

from __future__ import annotations

import pytest

from streams import records
from streams.records import Record
from streams.stages import claims
from streams.stages.claims import attribute, qualifiers
from tests.factories import entity_of, tagged


def run(text: str, **kwargs: float) -> Record:
    ents = [entity_of("Anna Berg", "PERSON", text)] if "Anna Berg" in text else []
    out = attribute(tagged(text, entities=ents), **kwargs)
    records.validate("enriched", out)
    for claim in out["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    return out


@pytest.mark.timeout(10)
def test_unbalanced_quote_marks() -> None:
    text = (
        'Anna Berg said "the first quote never closes.\n\n'
        'The next paragraph has a stray closing mark” and a "half-open one.\n\n'
        '"Then a proper one is here," Anna Berg said. And a last "dangling'
    )
    texts = [c["text"] for c in run(text)["claims"]]
    assert texts == ['"the first quote never closes', "Then a proper one is here"]


@pytest.mark.timeout(10)
def test_a_megabyte_of_quote_marks_is_refused_with_a_reason() -> None:
    out = run('"“”„«»' * 175_000)
    assert out["claims"] == []
    assert "quote marks" in out["skipped"]["claims"]


@pytest.mark.timeout(10)
def test_many_mixed_quote_styles_below_the_limit() -> None:
    out = run('“a” «b» „c“ "d" ‘e’ ' * 2_000)
    assert out["claims"] == []
    assert "claims" not in out["skipped"]


@pytest.mark.timeout(10)
def test_a_quote_with_no_speaker_is_no_claim() -> None:
    # Nobody is named for it: on PolNeAR train such quotes had a source the rules missed, so
    # a claim with an unknown speaker was wrong nine times in ten.
    out = run('"The water is not safe to drink in the northern districts."')
    assert out["claims"] == []
    assert "claims" not in out["skipped"]


@pytest.mark.timeout(10)
def test_text_over_the_size_limit_is_refused() -> None:
    out = run("word " * (claims.MAX_CHARS // 5 + 1))
    assert out["claims"] == []
    assert "characters" in out["skipped"]["claims"]


@pytest.mark.timeout(10)
def test_time_budget_gives_a_reason() -> None:
    out = run("Anna Berg said the plan works.", budget=0.0)
    assert out["claims"] == []
    assert "time budget" in out["skipped"]["claims"]


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        "said " * 70_000,
        "A " * 150_000 + "said the plan works.",
        "Anna Berg said " * 20_000 + "that it works.",
        "a" * 350_000 + " not",
        "1" * 100_000 + " soldiers",
        "no " * 100_000,
        "on " * 100_000 + "Tuesday",
        ", " * 150_000,
        ("Anna Berg said the plan works. " * 12_000)[: claims.MAX_CHARS],
        "‘a’ " * 95_000,
        "'" * 390_000,
        ('"We know," he said, "' * 2_500) + "end.",
        ("The head of the water agency of the region of the " * 7_000)[: claims.MAX_CHARS],
    ],
    ids=[
        "cues",
        "capitals",
        "speakers",
        "long-word",
        "digits",
        "negations",
        "adjuncts",
        "commas",
        "many-claims",
        "single-quotes",
        "apostrophes",
        "split-quotes",
        "long-noun-phrase",
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    out = run(text)
    assert len(out["claims"]) <= claims.MAX_CLAIMS


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    "text",
    ["9" * 200_000, "x" * 200_000 + "n't", "about " * 50_000 + "10", "hundreds of " * 30_000],
)
def test_qualifier_patterns_are_linear(text: str) -> None:
    qualifiers.numbers(text)
    assert qualifiers.negation(text) is None or len(qualifiers.negation(text) or "") < 100
    assert qualifiers.when(text, None) is None
