"""What the claims tests share: run the stage on a sentence, take its one claim, its speaker."""

from __future__ import annotations

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
