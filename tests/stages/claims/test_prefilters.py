"""The word sets the claims walk tests first, held to the rules they stand in front of.

The walk skips a word not in a rule's set without calling the rule (most words are no
cue), so a cue a rule learns some other way than through its set would be skipped in
silence. Each rule runs here on every word of every sentence the claims tests write, the
real sample article, and every word the rules' own source names in a few frames.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.stages.claims import acts, evidential, parsed, reported
from streams.stages.claims.quotes import (
    Token,
    find_quotes,
    paragraph_spans,
    sentences,
    tokenize,
    without_asides,
)
from tests import factories

TESTS = Path(__file__).parent
RULES = Path(reported.__file__).parent
FRAMES = (
    "Officials {w} that the plan will work.",
    "The plan will work, {w} the minister on Monday.",
    "It {w} the plan will work, and {w} to grow.",
    "The minister {w} the plan as unfair, the mayor {w} for a vote.",
    '"The plan will work," she {w}. {W} to officials, it will.',
    "Critics {w} Smith a liar and {w} whether the plan is {w} to fail.",
)


def strings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def texts() -> Iterator[str]:
    for path in sorted(TESTS.glob("test_*.py")):
        yield from (s for s in strings(path) if len(s.split()) >= 4)
    yield "\n\n".join(factories.seed_paragraphs())
    words = {
        w for path in RULES.glob("*.py") for s in strings(path) for w in re.findall(r"[a-z]+", s)
    }
    for w in sorted(words):
        yield " ".join(f.format(w=w, W=w.capitalize()) for f in FRAMES)


def sentences_of(text: str) -> list[list[Token]]:
    paragraphs = paragraph_spans(text)
    return sentences(without_asides(tokenize(text, find_quotes(text, paragraphs), paragraphs)))


@pytest.fixture(scope="module")
def corpus() -> list[list[Token]]:
    return [sent for text in texts() for sent in sentences_of(text)]


def test_the_corpus_reaches_every_rule(corpus: list[list[Token]]) -> None:
    # Else the tests below would pass over nothing.
    assert len(corpus) > 5_000
    found = {
        "reported": sum(reported.cue_at(s, i) is not None for s in corpus for i in range(len(s))),
        "acts": sum(acts.act_cue(s, i) is not None for s in corpus for i in range(len(s))),
        "evidential": sum(
            evidential._at(s, i) is not None for s in corpus for i in range(len(s) - 1)
        ),
    }
    assert min(found.values()) > 20, found


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (reported.cue_at, reported.CUE_WORDS),
        (acts.act_cue, acts.ACT_WORDS),
    ],
    ids=["reported.cue_at", "acts.act_cue"],
)
def test_a_word_a_cue_rule_takes_is_in_its_set(
    corpus: list[list[Token]], rule: object, words: frozenset[str]
) -> None:
    missed = {
        s[i].low
        for s in corpus
        for i in range(len(s))
        if s[i].low not in words and rule(s, i) is not None  # type: ignore[operator]
    }
    assert not missed


def test_a_word_the_sourceless_rule_takes_is_in_its_set(corpus: list[list[Token]]) -> None:
    missed = {
        s[i].low
        for s in corpus
        for i in range(len(s))
        if s[i].kind == "w" and s[i].low not in evidential.CUES and evidential._at(s, i)
    }
    assert not missed


def test_a_word_the_parse_may_read_is_in_its_set(corpus: list[list[Token]]) -> None:
    missed = {
        t.low for s in corpus for t in s if t.low not in parsed.PARSED_WORDS and parsed.lemma_of(t)
    }
    assert not missed
