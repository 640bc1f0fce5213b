"""Where the speaker stands: after a cue that follows a comma, before an aside in dashes,
before a word of place ("here")."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import Case, case_id, check, named, only, run

INVERTED = [
    Case(
        "a day after the cue is no speaker",
        "Anna Berg, the bank's chief, said Tuesday that the rate will hold.",
        "the rate will hold",
        name="Anna Berg",
        entities=(("Anna Berg", "PERSON", ()),),
    ),
    Case(
        "the speaker before an aside in dashes",
        "Tom Reed — after a long pause — told me he had never seen the ledger.",
        "he had never seen the ledger",
        named="Tom Reed",
        entities=(("Tom Reed", "PERSON", ()),),
    ),
    Case(
        "a word of place between speaker and cue",
        "Campaign workers here said they have knocked on every door since spring.",
        "they have knocked on every door since spring",
        named="Campaign workers",
    ),
    Case(
        "an inserted attribution before a verb of belief",
        "Bringing the show back a year later, he said, feels right at a time like this.",
        "Bringing the show back a year later, he said, feels right at a time like this",
        named="he",
    ),
    Case(
        "an audience named with a role word",
        "Tom Reed told host Anna Berg a loss in the north is increasingly likely.",
        "a loss in the north is increasingly likely",
        named="Tom Reed",
        entities=(("Tom Reed", "PERSON", ()), ("Anna Berg", "PERSON", ())),
    ),
    Case(
        "a relative clause after an inverted speaker is no claim",
        "The fund ran dry in the spring, said an official who was briefed on the talks.",
        "The fund ran dry in the spring",
        named="official",
    ),
    Case(
        "the subject speaks after and not the object before it",
        "The senator spent years in a distant prison and said such methods are cruel.",
        "such methods are cruel",
        named="senator",
    ),
    Case(
        "the subject after an opening but speaks after and",
        "But the Court of Appeals overruled the judge and said the port may keep its fees.",
        "the port may keep its fees",
        named="Court of Appeals",
    ),
    Case(
        "an audience with a role between names",
        "Tom Reed told Harbour Radio founder Anna Berg he would run for mayor next year.",
        "he would run for mayor next year",
        named="Tom Reed",
        entities=(("Tom Reed", "PERSON", ()), ("Anna Berg", "PERSON", ())),
    ),
    Case(
        "the subject speaks after and not a person named before it",
        "He compared the order to Tom Reed's plan and says the council is overreaching.",
        "the council is overreaching",
        named="He",
        entities=(("Tom Reed", "PERSON", ()),),
    ),
]


@pytest.mark.parametrize("case", INVERTED, ids=case_id)
def test_where_the_speaker_stands(case: Case) -> None:
    check(case)


def test_a_speaker_after_the_cue_when_the_clause_before_has_commas() -> None:
    text = (
        "The firm worked on gaming, taxes and other issues, said lobbyist Anna Berg, "
        "a former partner."
    )
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert claim["text"] == "The firm worked on gaming, taxes and other issues"
    assert claim["speaker"]["name"] == "Anna Berg"
    assert "Anna Berg" in named(text, claim)


def test_and_ends_a_clause_before_a_speaker() -> None:
    text = "Spending rose in the spring and analysts said the rally will fade."
    claim = only(run(text))
    assert named(text, claim) == "analysts"
