"""Where the speaker stands: after a cue that follows a comma, before an aside in dashes,
before a word of place ("here")."""

from __future__ import annotations

from tests.stages.claims.claiming import named, only, run


def test_a_speaker_after_the_cue_when_the_clause_before_has_commas() -> None:
    text = (
        "The firm worked on gaming, taxes and other issues, said lobbyist Anna Berg, "
        "a former partner."
    )
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert claim["text"] == "The firm worked on gaming, taxes and other issues"
    assert claim["speaker"]["name"] == "Anna Berg"
    assert "Anna Berg" in named(text, claim)


def test_a_day_after_the_cue_is_no_speaker() -> None:
    text = "Anna Berg, the bank's chief, said Tuesday that the rate will hold."
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert claim["text"] == "the rate will hold"
    assert claim["speaker"]["name"] == "Anna Berg"


def test_the_speaker_before_an_aside_in_dashes() -> None:
    text = "Tom Reed — after a long pause — told me he had never seen the ledger."
    claim = only(run(text, ("Tom Reed", "PERSON", ())))
    assert claim["text"] == "he had never seen the ledger"
    assert named(text, claim) == "Tom Reed"


def test_a_word_of_place_between_speaker_and_cue() -> None:
    text = "Campaign workers here said they have knocked on every door since spring."
    claim = only(run(text))
    assert claim["text"] == "they have knocked on every door since spring"
    assert named(text, claim) == "Campaign workers"
