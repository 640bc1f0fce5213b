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


def test_an_inserted_attribution_before_a_verb_of_belief() -> None:
    text = "Bringing the show back a year later, he said, feels right at a time like this."
    claim = only(run(text))
    assert claim["text"] == text.rstrip(".")
    assert named(text, claim) == "he"


def test_an_audience_named_with_a_role_word() -> None:
    text = "Tom Reed told host Anna Berg a loss in the north is increasingly likely."
    claim = only(run(text, ("Tom Reed", "PERSON", ()), ("Anna Berg", "PERSON", ())))
    assert claim["text"] == "a loss in the north is increasingly likely"
    assert named(text, claim) == "Tom Reed"


def test_a_relative_clause_after_an_inverted_speaker_is_no_claim() -> None:
    text = "The fund ran dry in the spring, said an official who was briefed on the talks."
    claim = only(run(text))
    assert claim["text"] == "The fund ran dry in the spring"
    assert named(text, claim) == "official"


def test_the_subject_speaks_after_and_not_the_object_before_it() -> None:
    text = "The senator spent years in a distant prison and said such methods are cruel."
    claim = only(run(text))
    assert claim["text"] == "such methods are cruel"
    assert named(text, claim) == "senator"


def test_and_ends_a_clause_before_a_speaker() -> None:
    text = "Spending rose in the spring and analysts said the rally will fade."
    claim = only(run(text))
    assert named(text, claim) == "analysts"


def test_the_subject_after_an_opening_but_speaks_after_and() -> None:
    text = "But the Court of Appeals overruled the judge and said the port may keep its fees."
    claim = only(run(text))
    assert claim["text"] == "the port may keep its fees"
    assert named(text, claim) == "Court of Appeals"


def test_an_audience_with_a_role_between_names() -> None:
    text = "Tom Reed told Harbour Radio founder Anna Berg he would run for mayor next year."
    claim = only(run(text, ("Tom Reed", "PERSON", ()), ("Anna Berg", "PERSON", ())))
    assert claim["text"] == "he would run for mayor next year"
    assert named(text, claim) == "Tom Reed"


def test_the_subject_speaks_after_and_not_a_person_named_before_it() -> None:
    text = "He compared the order to Tom Reed's plan and says the council is overreaching."
    claim = only(run(text, ("Tom Reed", "PERSON", ())))
    assert claim["text"] == "the council is overreaching"
    assert named(text, claim) == "He"
