"""Where a complement starts: past a show's quoted title, past "for the first time", after
", adding" with no "that", and after "asked to"."""

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
