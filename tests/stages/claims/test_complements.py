"""Where a complement starts and ends: past a show's quoted title, past "for the first time",
after ", adding" with no "that", after "asked to"; the comma closing a subordinate clause; "that"
as a subject; the clause before "…, said an official who …"."""

from __future__ import annotations

from tests.stages.claims.claiming import named, only, run


def test_a_quoted_title_before_that() -> None:
    text = 'Marta Lind said on Radio North\'s "Harbour Hour" that the fund is nearly empty.'
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert claim["text"] == "the fund is nearly empty"
    assert named(text, claim) == "Marta Lind"


def test_for_the_first_time_before_that() -> None:
    text = "Marta Lind said for the first time that the mill will close in May."
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert claim["text"] == "the mill will close in May"


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


def test_a_reply_reports_its_clause() -> None:
    text = "Marta Lind replied that the fund was empty."
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert claim["text"] == "the fund was empty"
    assert named(text, claim) == "Marta Lind"


def test_a_subordinate_clause_ends_at_its_comma() -> None:
    text = "While only 7 percent said they are undecided, most voters could still change."
    claim = only(run(text))
    assert claim["text"] == "they are undecided"
    assert named(text, claim) == "7 percent"


def test_that_before_a_verb_is_the_subject() -> None:
    text = "Marta Lind said that is a distortion of her record."
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert claim["text"] == "that is a distortion of her record"


def test_a_speaker_after_the_cue_with_a_long_relative_clause() -> None:
    text = (
        "The mayor warned the board not to sell the port, said an official who was briefed"
        " on the meeting and spoke anonymously."
    )
    claims = run(text)["claims"]
    said = next(c for c in claims if c["cue"] == "said")
    assert said["text"] == "The mayor warned the board not to sell the port"
    assert named(text, said) == "official"
