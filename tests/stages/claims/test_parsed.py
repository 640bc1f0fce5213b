"""Attributions the token rules miss, read from the parse of their sentence
(streams.stages.claims.parsed): the cue verb's subject speaks, its clause or object is claimed."""

from __future__ import annotations

import pytest

from streams.stages.claims.parsed import parser
from tests.stages.claims.claiming import named, only, run

REED = ("Tom Reed", "PERSON", ())
BERG = ("Anna Berg", "PERSON", ())


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Spokesman Tom Reed on Thursday evening said the party was not in a crisis.",
            "the party was not in a crisis",
            "Spokesman Tom Reed",
        ),
        (
            "The harbour master related that the cranes had stood idle since May.",
            "the cranes had stood idle since May",
            "The harbour master",
        ),
        (
            "Two of the board's members quietly told the mayor the sale would fail.",
            "the sale would fail",
            "Two of the board's members",
        ),
    ],
)
def test_the_subject_of_a_cue_verb_speaks(text: str, content: str, speaker: str) -> None:
    claim = only(run(text, *([REED] if "Reed" in text else [])))
    assert claim["text"] == content
    assert named(text, claim) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "His claim that the port is closing surprised the council.",  # a noun, no verb
        "The council was told the port would close in May.",  # a passive: nobody named
        "It seems the port will close in May.",  # an expletive subject (evidential's own)
        "The problem is that the port will close in May.",  # "is that": a copula, no cue
    ],
)
def test_no_speaker_in_the_parse_no_claim(text: str) -> None:
    assert all(c["speaker"]["start"] is None for c in run(text)["claims"])


def test_the_parse_keeps_no_new_word_in_the_vocabulary() -> None:
    text = "Spokeswoman Zyxa Quorvel on Thursday evening said the plorfinated ducts had vrelled."
    strings = parser().vocab.strings
    before = len(strings)
    claim = only(run(text))
    assert claim["text"] == "the plorfinated ducts had vrelled"
    assert len(strings) == before and "plorfinated" not in strings


def test_a_pronoun_resolves_as_of_its_sentence() -> None:
    text = (
        "Anna Berg opened the hearing. She on Monday evening said the plan works."
        "\n\nTom Reed spoke next."
    )
    claim = only(run(text, BERG, REED))
    assert claim["text"] == "the plan works"
    assert named(text, claim) == "She"
    assert claim["speaker"]["name"] == "Anna Berg"
