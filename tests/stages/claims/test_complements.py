"""Where a complement starts and ends: past a show's quoted title, past "for the first time",
after ", adding" with no "that", after "asked to"; the comma closing a subordinate clause; "that"
as a subject; the clause before "…, said an official who …"."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import Case, case_id, check, named, only, run

COMPLEMENTS = [
    Case(
        "a quoted title before that",
        'Marta Lind said on Radio North\'s "Harbour Hour" that the fund is nearly empty.',
        "the fund is nearly empty",
        named="Marta Lind",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
    Case(
        "for the first time before that",
        "Marta Lind said for the first time that the mill will close in May.",
        "the mill will close in May",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
    Case(
        "a reply reports its clause",
        "Marta Lind replied that the fund was empty.",
        "the fund was empty",
        named="Marta Lind",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
    Case(
        "a subordinate clause ends at its comma",
        "While only 7 percent said they are undecided, most voters could still change.",
        "they are undecided",
        named="7 percent",
    ),
    Case(
        "that before a verb is the subject",
        "Marta Lind said that is a distortion of her record.",
        "that is a distortion of her record",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
]


@pytest.mark.parametrize("case", COMPLEMENTS, ids=case_id)
def test_where_a_complement_starts_and_ends(case: Case) -> None:
    check(case)


def test_adding_a_bare_clause() -> None:
    text = "The port needs state money, Marta Lind said, adding the help should be brief."
    claims = run(text, ("Marta Lind", "PERSON", ()))["claims"]
    assert [c["text"] for c in claims] == ["The port needs state money", "the help should be brief"]
    assert all(named(text, c) == "Marta Lind" for c in claims)


def test_asked_to_with_no_one_asking() -> None:
    text = "When asked to confirm his role in the deal, the spokesman declined."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == ("to confirm his role in the deal", "demand")
    assert claim["speaker"]["start"] is None


def test_a_speaker_after_the_cue_with_a_long_relative_clause() -> None:
    text = (
        "The mayor warned the board not to sell the port, said an official who was briefed"
        " on the meeting and spoke anonymously."
    )
    claims = run(text)["claims"]
    said = next(c for c in claims if c["cue"] == "said")
    assert said["text"] == "The mayor warned the board not to sell the port"
    assert named(text, said) == "official"
