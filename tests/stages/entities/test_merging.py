"""Merging on real-looking copy: surnames, a company's short name, defined abbreviations."""

from __future__ import annotations

import re

from spacy.language import Language

from streams.records import Record
from streams.stages.entities import merging, tag
from streams.stages.entities.linking import Mention
from tests import factories


def _tag_text(nlp: Language, text: str) -> Record:
    return tag([factories.cleaned(text)], nlp)[0]


def _one(record: Record, name: str) -> Record:
    found = [e for e in record["entities"] if e["name"] == name]
    assert len(found) == 1, [e["name"] for e in record["entities"]]
    return found[0]


def _texts(entity: Record) -> list[str]:
    return [m["text"] for m in entity["mentions"]]


def test_a_bare_surname_the_model_missed_joins_the_person(nlp: Language) -> None:
    text = (
        "Governor Lawton Chiles signed the budget on Monday. Lawmakers had sent it to him "
        "late. The plan, Chiles told reporters, protects schools. Mr Chiles left at noon."
    )
    chiles = _one(_tag_text(nlp, text), "Lawton Chiles")
    assert [m["text"] for m in chiles["mentions"] if m["kind"] == "name"].count("Chiles") == 2
    assert "surname" in chiles["debug"]["linked_by"]


def test_two_people_of_one_family_name_keep_their_surname_unresolved(nlp: Language) -> None:
    text = (
        "Anna Kowalczyk and her brother Piotr Kowalczyk founded the firm in Gdansk. "
        "The board, Kowalczyk said, would meet on Friday."
    )
    record = _tag_text(nlp, text)
    named = [e for e in record["entities"] if e["name"].endswith(" Kowalczyk")]
    assert len(named) == 2
    for person in named:
        assert "Kowalczyk" not in _texts(person), person


def test_a_surname_inside_another_name_is_not_the_person(nlp: Language) -> None:
    text = "Maria Oyelaran chairs the board. Oyelaran Holdings Ltd reported a loss."
    oyelaran = _one(_tag_text(nlp, text), "Maria Oyelaran")
    assert _texts(oyelaran) == ["Maria Oyelaran"]


def test_a_company_short_name_joins_its_full_name_with_a_legal_form(nlp: Language) -> None:
    text = (
        "Veltrona Systems Corp said on Monday it would buy a rival for $40 million. "
        "Veltrona Systems shares rose 3 pct in early trading."
    )
    record = _tag_text(nlp, text)
    companies = [e for e in record["entities"] if "Veltrona" in e["name"]]
    assert len(companies) == 1, [e["name"] for e in companies]
    assert companies[0]["label"] == "ORG"
    assert len(companies[0]["mentions"]) == 2


def test_an_abbreviation_the_article_defines_joins_its_long_form(nlp: Language) -> None:
    text = (
        "The Northern Grain Marketing Board (NGMB) cut its forecast on Monday. "
        "The NGMB said rains had delayed the harvest in the east."
    )
    record = _tag_text(nlp, text)
    board = [e for e in record["entities"] if "NGMB" in _texts(e)]
    assert len(board) == 1
    assert any("Northern Grain Marketing Board" in t for t in _texts(board[0]))


def test_a_surname_with_its_particle_and_without_joins_the_person(nlp: Language) -> None:
    text = (
        "Prime Minister Nouri al-Maliki met the envoy in Baghdad. Later al-Maliki said "
        "the talks went well, and aides to Maliki confirmed it."
    )
    maliki = _one(_tag_text(nlp, text), "Nouri al-Maliki")
    texts = _texts(maliki)
    assert "al-Maliki" in texts and "Maliki" in texts


def test_a_surname_that_opens_a_sentence_as_a_common_word_stays_a_word(nlp: Language) -> None:
    text = (
        "Mayor Alice Young opened the youth centre on Monday. "
        "Young people queued outside for an hour. Young said more centres would follow."
    )
    young = _one(_tag_text(nlp, text), "Alice Young")
    starts = [m["start"] for m in young["mentions"]]
    assert text.index("Young people") not in starts
    assert text.index("Young said") in starts


def _mention(text: str, name: str, label: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    return Mention(start, start + len(name), name, label)


def test_a_name_the_model_tagged_once_is_found_where_it_stands_again() -> None:
    text = "Home Depot cut its outlook. Analysts said Home Depot faced weak demand in May."
    groups = merging.group(text, [_mention(text, "Home Depot", "ORG")])
    [company] = groups.values()
    assert [(m.start, m.end) for m in company] == [(0, 10), (42, 52)]
    assert "model missed it" in company[1].reasons[0]


def test_a_repeated_name_inside_a_longer_name_or_too_short_is_left_alone() -> None:
    text = "Post said the Washington Post was sold. Home Depot Foundation gave to Home."
    mentions = [_mention(text, "Post", "ORG"), _mention(text, "Home", "ORG", 1)]
    groups = merging.group(text, mentions)
    assert sorted(len(g) for g in groups.values()) == [1, 1]


def test_a_lone_possessive_the_model_tagged_is_no_entity() -> None:
    text = "Talks in Paris went on. The mayor’s office said so."
    possessive = _mention(text, "’s", "GPE")
    groups = merging.group(text, [_mention(text, "Paris", "GPE"), possessive])
    assert [g[0].name for g in groups.values()] == ["Paris"]
