"""`newsstream tail` on a terminal: each record kind as a person reads it."""

from __future__ import annotations

from streams import render
from streams.stages import claims
from streams.stages.claims.relations import claim_message
from tests import factories


def test_an_enriched_article_shows_when_who_title_entities_and_claims_with_speakers() -> None:
    record = claims.attribute(factories.tagged_seed())
    text = render.summary(record)
    first = text.splitlines()[0]
    assert first.startswith("2024-10-17 17:13  newsmax-dump  Zelenskyy: NKorean Officers")
    assert "Volodymyr Zelenskyy (PERSON)" in text
    assert "Mark Rutte (NATO Secretary-General) said: we have no evidence" in text
    assert len(text.splitlines()) <= 2 + render.CLAIMS_SHOWN + 2


def test_a_reprint_and_its_story_are_named() -> None:
    record = factories.enriched(duplicate_of="herald-1", story="story-ab12")
    assert "reprint of herald-1; story story-ab12" in render.summary(record)


def test_a_claim_on_news_claims_shows_its_article_and_speaker() -> None:
    record = factories.enriched(title="Budget passes", claims=[])
    claim = factories.claim("c1", "the plan works", "Anna Berg")
    text = render.summary(claim_message(record, claim))
    assert text == "test, Budget passes\n  Anna Berg said: the plan works"


def test_a_story_shows_headline_size_sources_span_and_contradictions() -> None:
    story = {
        "id": "story-1",
        "headline": "Dockers strike in Valencia",
        "size": 3,
        "sources": ["nyt", "fox"],
        "first_seen": "2024-03-05T09:00:00+00:00",
        "last_seen": "2024-03-06T10:30:00+00:00",
        "articles": [],
        "contradictions": [{}],
    }
    text = render.summary(story)
    assert text.splitlines() == [
        "STORY story-1  Dockers strike in Valencia",
        "  3 articles from nyt, fox; 2024-03-05 09:00 → 2024-03-06 10:30",
        "  1 contradiction(s) between sources",
    ]


def test_a_trending_window_is_a_row_of_a_table() -> None:
    window = {
        "entity": "Q34370",
        "name": "Rotterdam",
        "label": "GPE",
        "articles": 7,
        "window_start": "2024-10-15T12:00:00+00:00",
        "baseline_windows": 12,
        "window_end": "2024-10-15T12:05:00+00:00",
        "baseline_mean": 1.5,
        "score": 4.25,
    }
    assert render.summary(window) == (
        "TRENDING 2024-10-15 12:00–12:05  Rotterdam (GPE)                     7 articles  "
        "baseline   1.5  score   4.25"
    )


def test_a_dead_letter_says_stage_reason_and_where() -> None:
    letter = {
        "stage": "clean",
        "error": "no_text",
        "message": "the body is empty",
        "topic": "news.raw",
        "partition": 2,
        "offset": 41,
    }
    assert render.summary(letter) == (
        "DEAD LETTER clean: no_text: the body is empty (news.raw/2@41)"
    )


def test_anything_else_is_one_json_line() -> None:
    assert render.summary({"a": 1}) == '{"a":1}'
    assert render.summary("plain") == '"plain"'
