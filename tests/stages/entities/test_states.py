"""A US state after a city ("Birmingham, Ala."): the state, and that state's city or none."""

from __future__ import annotations

from spacy.language import Language

from streams.records import Record, validate
from streams.stages.entities import tag
from tests import factories


def _tag_text(nlp: Language, text: str) -> Record:
    record = tag([factories.cleaned(text)], nlp)[0]
    validate("tagged", record)
    return record


def _ids(record: Record) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for e in record["entities"]:
        for m in e["mentions"]:
            out.setdefault(m["text"], set()).add(e["kb_id"])
    return out


def test_a_dateline_city_takes_the_town_of_its_state(nlp: Language) -> None:
    text = "BIRMINGHAM, Ala. (AP) — The mayor said on Monday that the city would reopen its parks."
    ids = _ids(_tag_text(nlp, text))
    assert ids["Ala."] == {"Q173"}  # Alabama
    assert ids["BIRMINGHAM"] == {"Q79867"}  # Birmingham, Alabama, not the English city


def test_a_state_name_after_a_city_picks_the_american_town(nlp: Language) -> None:
    ids = _ids(_tag_text(nlp, "She grew up in Paris, Texas, and moved to Athens, Georgia."))
    assert ids["Paris"] == {"Q830149"}
    assert ids["Texas"] == {"Q1439"}
    assert ids["Athens"] == {"Q203263"}
    assert ids["Georgia"] == {"Q1428"}  # the US state: the town says which Georgia


def test_an_unknown_town_keeps_no_other_city_id_but_its_state_is_linked(nlp: Language) -> None:
    # No London of Kentucky is in the KB: the mention must not take the English capital's id.
    ids = _ids(_tag_text(nlp, "The factory in London, Ky., closed on Friday, workers said."))
    assert ids["Ky."] == {"Q1603"}
    assert "Q84" not in ids["London"]  # the English capital's QID (dr5hn shares it)
    assert ids["London"] == {None}


def test_a_postal_code_needs_a_known_town_of_that_state(nlp: Language) -> None:
    # TN is Tennessee's postal code, but Chennai is no town of Tennessee.
    ids = _ids(_tag_text(nlp, "Engineers in Chennai, TN, and Perth, WA, built the new model."))
    assert "Q1509" not in {i for found in ids.values() for i in found}  # Tennessee
    assert "Q1223" not in {i for found in ids.values() for i in found}  # Washington state


def test_a_country_named_like_a_state_stays_the_country_after_its_own_city(
    nlp: Language,
) -> None:
    ids = _ids(_tag_text(nlp, "Protesters gathered in Tbilisi, Georgia, on Sunday evening."))
    assert "Q1428" not in ids.get("Georgia", set())  # not the US state


def test_the_state_is_linked_where_the_model_missed_it(nlp: Language) -> None:
    text = "The best scores went to Mandan, N.D., and Baton Rouge, La., the report said."
    ids = _ids(_tag_text(nlp, text))
    assert ids["N.D."] == {"Q1207"}
    assert ids["La."] == {"Q1588"}
    assert ids["Mandan"] == {"Q28419"}


def test_a_list_of_places_is_no_city_and_state(nlp: Language) -> None:
    text = (
        "The show toured London, New York and Paris, and later Massachusetts, New York and Maine."
    )
    ids = _ids(_tag_text(nlp, text))
    assert ids["London"] != {None}  # the English capital, as the KB has it
    assert "Q1384" not in ids["New York"]  # the city both times, never the state


def test_the_dateline_state_stays_the_state_where_it_plays(nlp: Language) -> None:
    text = (
        "TUSCALOOSA, Ala. — Saban was introduced as Alabama's coach on Thursday after "
        "the 21-7 loss in the league."
    )
    ids = _ids(_tag_text(nlp, text))
    assert ids["Ala."] == {"Q173"}
    assert ids["Alabama"] == {None}  # the team
    assert ids["TUSCALOOSA"] == {"Q79580"}


def test_the_town_named_again_alone_is_still_that_town(nlp: Language) -> None:
    text = (
        "BIRMINGHAM, Ala. (AP) — The mayor said on Monday that Birmingham would reopen its "
        "parks, and that Birmingham had the money."
    )
    record = _tag_text(nlp, text)
    towns = [e for e in record["entities"] if e["kb_id"] == "Q79867"]
    assert len(towns) == 1
    assert {m["text"] for m in towns[0]["mentions"]} == {"BIRMINGHAM", "Birmingham"}
    assert len(towns[0]["mentions"]) == 3


def test_a_word_opening_a_sentence_before_an_abbreviation_is_no_town(nlp: Language) -> None:
    record = _tag_text(nlp, '"Yes, Pa. I will," she said at dinner.')
    assert "Q1400" not in {e["kb_id"] for e in record["entities"]}  # Pennsylvania
