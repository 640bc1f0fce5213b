"""What the entity model reads: the words within its reach of a capital or digit."""

from __future__ import annotations

from spacy.language import Language

from streams.stages import entities
from streams.stages.entities.skim import reach, skim
from tests.factories import cleaned

FAR = (
    "Anna Berg said on Monday that the plan would work as it was meant to and that "
    "nobody in the room had any reason to think otherwise about what was going on there, "
    "before she left for Oslo."
)


def test_words_out_of_reach_of_every_capital_become_spaces_at_their_offsets() -> None:
    out = skim(FAR, 4)
    assert len(out) == len(FAR)
    # Four words each side of "Monday" and of "Oslo" are kept, the rest is blank.
    assert out.startswith("Anna Berg said on Monday that the plan would ")
    assert out.endswith(" before she left for Oslo.")
    assert out[
        len("Anna Berg said on Monday that the plan would ") : -len(" before she left for Oslo.")
    ].isspace()
    # Every character either kept where it was or blanked.
    assert all(o in (c, " ") for o, c in zip(out, FAR, strict=True))


def test_a_digit_holds_its_neighbours_as_a_capital_does() -> None:
    text = FAR.replace("nobody in the room", "nobody in room 101")
    assert "nobody in room 101 had any reason" in skim(text, 4)


def test_a_short_gap_between_two_reaches_is_kept() -> None:
    text = "Anna Berg met the mayor of a big old town near Ole Dahl."  # one word between
    assert skim(text, 4) == text


def test_an_uncased_text_is_left_whole_for_the_lowercase_matcher() -> None:
    text = FAR.lower()
    assert skim(text, 4) == text


def test_words_of_a_script_with_no_case_are_kept() -> None:
    text = FAR.replace("nobody in the room", "nobody in 北京 room")
    assert "in 北京 room" in skim(text, 4)


def test_the_reach_is_the_models_own_window(nlp: Language) -> None:
    # en_core_web_sm's ner: a MaxoutWindow encoder of depth 4, window 1.
    assert reach(nlp) == 4


def test_an_entity_far_from_the_others_is_still_found(nlp: Language) -> None:
    filler = " ".join(["and the rest of what was said that day was not new to anyone"] * 3)
    text = f"Anna Berg spoke first. {filler} in the end the mayor of Oslo agreed."
    (record,) = entities.tag([cleaned(text)], nlp)
    names = {e["name"] for e in record["entities"]}
    assert {"Anna Berg", "Oslo"} <= names
