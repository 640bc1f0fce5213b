"""Divisions of other countries (Sichuan, Chaco): linked where the model read a place."""

from __future__ import annotations

from spacy.language import Language

from streams.records import Record, validate
from streams.stages.entities import tag
from tests import factories


def _tag_text(nlp: Language, text: str) -> Record:
    record = tag([factories.cleaned(text)], nlp)[0]
    validate("tagged", record)
    return record


def _ids_of(record: Record, text: str) -> set[str | None]:
    return {e["kb_id"] for e in record["entities"] for m in e["mentions"] if m["text"] == text}


def _all_ids(record: Record) -> set[str | None]:
    return {e["kb_id"] for e in record["entities"]}


def test_a_province_is_linked_by_its_qid(nlp: Language) -> None:
    text = "Floods in Sichuan forced 20,000 people from their homes, officials in Beijing said."
    assert _ids_of(_tag_text(nlp, text), "Sichuan") == {"Q19770"}


def test_a_province_is_known_by_its_short_name_where_no_town_has_it(nlp: Language) -> None:
    # "Chaco Province" is the item's English name; no town of Argentina is called Chaco.
    text = "Farmers in Chaco planted more soybeans this year, the grain exchange said."
    assert _ids_of(_tag_text(nlp, text), "Chaco") == {"Q44757"}


def test_a_city_of_the_divisions_name_keeps_the_city(nlp: Language) -> None:
    # Basra is a city and a governorate; GeoNames knows the city by that name, so the
    # governorate is known only as "Basra Governorate" and "Basra" never takes its QID.
    text = "Oil exports from Basra rose in March, the ministry in Baghdad said."
    assert "Q193551" not in _ids_of(_tag_text(nlp, text), "Basra")


def test_a_division_never_beats_the_models_organisation(nlp: Language) -> None:
    text = (
        "Shares of Tasmania Mines rose after the company said Tasmania Mines would "
        "pay a special dividend."
    )
    assert "Q34366" not in _all_ids(_tag_text(nlp, text))


def test_a_division_that_beats_another_side_is_a_team(nlp: Language) -> None:
    text = (
        "Sichuan beat Hunan 3-1 in Chengdu on Saturday. "
        "Sichuan had trailed at half-time before the home side pulled clear."
    )
    record = _tag_text(nlp, text)
    assert _ids_of(record, "Sichuan") == {None}
    assert "Q19770" not in _all_ids(record)


def test_a_division_in_plain_copy_is_linked(nlp: Language) -> None:
    text = "Bushfires in Tasmania destroyed 40 homes, the state's premier said on Monday."
    assert _ids_of(_tag_text(nlp, text), "Tasmania") == {"Q34366"}
