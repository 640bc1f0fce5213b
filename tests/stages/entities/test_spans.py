"""Mention spans mark the name alone, as the usual annotation conventions do."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from streams.records import Record, validate
from streams.stages.entities import tag
from streams.stages.entities.linking import name_span
from tests import factories


def _tag_text(nlp: Language, text: str) -> Record:
    return tag([factories.cleaned(text)], nlp)[0]


def _spans(record: Record) -> list[str]:
    text = record["text"]
    return [
        text[m.get("name_start", m["start"]) : m["end"]]
        for e in record["entities"]
        for m in e["mentions"]
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares rose after the Securities and Exchange Commission approved it.", "Securities"),
        ("Analysts cut their forecast for Home Depot's profit on Tuesday.", "Home Depot"),
        ("She joined the Federal Reserve Bank of Boston in May.", "Federal Reserve"),
    ],
)
def test_no_leading_article_or_trailing_possessive(nlp: Language, text: str, name: str) -> None:
    record = _tag_text(nlp, text)
    spans = [s for s in _spans(record) if name in s]
    assert spans, _spans(record)
    assert all(not s.lower().startswith("the ") and not s.endswith("'s") for s in spans)
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert record["text"][m["start"] : m["end"]] == m["text"]


def test_a_titled_mention_says_where_the_name_starts(nlp: Language) -> None:
    text = "Talks stalled, Dutch Economy Minister Pieter Hals said on Friday."
    record = _tag_text(nlp, text)
    validate("tagged", record)
    [titled] = [m for e in record["entities"] for m in e["mentions"] if m["kind"] == "title"]
    assert titled["text"] == "Dutch Economy Minister Pieter Hals"
    assert text[titled["name_start"] : titled["end"]] == "Pieter Hals"


def test_occupational_titles_are_not_part_of_the_name(nlp: Language) -> None:
    text = "Radio listeners mourned DJ Casey Kasem, and coach Brian Ellery paid tribute."
    spans = _spans(_tag_text(nlp, text))
    assert "Casey Kasem" in spans
    assert not [s for s in spans if s.startswith(("DJ", "coach"))]


def test_a_lowercase_particle_stays_in_the_name(nlp: Language) -> None:
    text = "Security adviser Mowaffak al-Rubaie met reporters in the capital on Sunday."
    assert "Mowaffak al-Rubaie" in _spans(_tag_text(nlp, text))


def test_a_common_word_in_cased_text_is_not_a_place(nlp: Language) -> None:
    record = _tag_text(nlp, "The survey asked every male and female voter in Ohio to answer.")
    assert not [e for e in record["entities"] if e["name"] in ("Malé", "Male")]


def test_lowercase_text_still_links_kb_names(nlp: Language) -> None:
    record = _tag_text(nlp, "putin and zelensky did not meet in istanbul this week.")
    assert {"Q7747", "Q3874799"} <= {e["kb_id"] for e in record["entities"]}


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("the Federal Reserve's", "ORG", "Federal Reserve"),
        ('"The View', "WORK_OF_ART", "The View"),
        ("• Wireless", "ORG", "Wireless"),
        ("Prime Minister Nouri al-Maliki", "PERSON", "Nouri al-Maliki"),
    ],
)
def test_name_span_drops_what_is_not_the_name(
    nlp: Language, text: str, label: str, name: str
) -> None:
    doc = nlp.make_doc(text)
    assert name_span(Span(doc, 0, len(doc), label=label)).text == name
