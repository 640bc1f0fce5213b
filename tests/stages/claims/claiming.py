"""What the claims tests share: run the stage on a sentence, take its one claim, its speaker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streams import records
from streams.records import Record
from streams.stages.claims import attribute
from tests.factories import entity_of, tagged


def run(text: str, *entities: tuple[str, str, tuple[str, ...]], **overrides: Any) -> Record:
    """The claims stage on `text`; every claim's offsets must point at its own text."""
    ents = [entity_of(name, label, text, *surfaces) for name, label, surfaces in entities]
    out = attribute(tagged(text, entities=ents, **overrides))
    records.validate("enriched", out)
    for claim in out["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    return out


def only(out: Record) -> Record:
    (claim,) = out["claims"]
    return claim


def named(text: str, claim: Record) -> str:
    """The words that name the claim's speaker."""
    speaker = claim["speaker"]
    assert speaker["start"] is not None, f"no words name the speaker of {claim['text']!r}"
    return text[speaker["start"] : speaker["end"]]


@dataclass(frozen=True)
class Case:
    """One sentence and the one claim it makes: its text and, where given, the words naming
    its speaker, the speaker's name and kind, the claim's kind, act and cue; `why` names
    the rule it shows (the test's id)."""

    why: str
    text: str
    content: str
    named: str | None = None
    name: str | None = None
    speaker_kind: str | None = None
    kind: str | None = None
    act: str | None = None
    cue: str | None = None
    entities: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


def case_id(case: Case) -> str:
    return case.why


def check(case: Case) -> Record:
    """Run the stage on the case's text and compare its one claim with the case."""
    claim = only(run(case.text, *case.entities))
    assert claim["text"] == case.content
    if case.named is not None:
        assert named(case.text, claim) == case.named
    expected = {
        "name": case.name,
        "speaker_kind": case.speaker_kind,
        "kind": case.kind,
        "act": case.act,
        "cue": case.cue,
    }
    found = {
        "name": claim["speaker"]["name"],
        "speaker_kind": claim["speaker"]["kind"],
        "kind": claim["kind"],
        "act": claim["act"],
        "cue": claim["cue"],
    }
    for field, value in expected.items():
        if value is not None:
            assert found[field] == value, field
    return claim
