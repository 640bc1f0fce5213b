"""Trending entities: article counts per event-time window, scored against their own baseline."""

from __future__ import annotations

from typing import Any

from streams import records as records_module
from streams.stages import trending
from streams.stages.trending import TrendingIndex
from tests import factories

W = trending.WINDOW_S


def mention(article: str, at: float, name: str = "Rotterdam") -> dict[str, Any]:
    return {"name": name, "label": "GPE", "at": at, "article": article}


def test_an_articles_entities_are_mentions_at_its_event_time() -> None:
    record = factories.enriched(
        "Ana Silva visited Porto.",
        [
            factories.entity("Ana Silva", "PERSON", "Ana Silva visited Porto."),
            factories.entity("Porto", "GPE", "Ana Silva visited Porto.", kb_id="Q36433"),
        ],
        published_at="2024-10-17T12:03:00+00:00",
    )
    found = dict(trending.mentions(record))
    assert set(found) == {"PERSON:Ana Silva", "Q36433"}
    assert found["Q36433"]["at"] == 1729166580.0


def test_a_window_is_published_when_a_later_window_names_the_entity() -> None:
    index = TrendingIndex({})
    assert index.add("Q1", mention("a", 10)) == []
    assert index.add("Q1", mention("b", 20)) == []
    [closed] = index.add("Q1", mention("c", W + 5))
    assert closed["articles"] == 2
    assert closed["window_start"] == "1970-01-01T00:00:00+00:00"
    assert closed["window_end"] == "1970-01-01T00:05:00+00:00"


def test_a_rise_against_the_entitys_own_baseline_scores_high_and_a_steady_name_does_not() -> None:
    index = TrendingIndex({})
    records = []
    for window in range(13):
        per_window = 8 if window == 12 else 1
        for n in range(per_window):
            records += index.add("Q1", mention(f"a{window}-{n}", window * W + n))
            records += index.add("Q2", mention(f"b{window}-{n}", window * W + n, "Paris"))
    records += index.add("Q1", mention("last", 13 * W))
    records += index.add("Q2", mention("last2", 13 * W, "Paris"))
    for record in records:
        records_module.validate("trending", record)
    surge = [r for r in records if r["entity"] == "Q1"][-1]
    assert (surge["articles"], surge["baseline_mean"], surge["score"]) == (8, 1.0, 7.0)
    steady = [r for r in records if r["entity"] == "Q2" and r["articles"] == 1][-1]
    assert steady["score"] == 0.0


def test_a_redelivered_article_counts_once() -> None:
    index = TrendingIndex({})
    index.add("Q1", mention("a", 10))
    index.add("Q1", mention("a", 10))
    [closed] = index.add("Q1", mention("b", W + 1))
    assert closed["articles"] == 1


def test_a_late_article_counts_in_its_own_window_which_is_published_again() -> None:
    index = TrendingIndex({})
    index.add("Q1", mention("a", 10))
    index.add("Q1", mention("b", W + 1))
    [again] = index.add("Q1", mention("late", 20))
    assert (again["window_start"], again["articles"]) == ("1970-01-01T00:00:00+00:00", 2)


def test_state_holds_one_entry_per_entity_and_a_bounded_baseline() -> None:
    store: dict[str, Any] = {}
    index = TrendingIndex(store, baseline_windows=3)
    for window in range(10):
        index.add("Q1", mention(f"a{window}", window * W))
    assert list(store) == ["Q1"]
    assert len(store["Q1"]["history"]) == 3


def test_the_top_of_the_newest_window_is_what_this_state_holds() -> None:
    index = TrendingIndex({})
    index.add("Q1", mention("a", 10))
    index.add("Q2", mention("b", W + 1, "Paris"))
    index.add("Q2", mention("c", W + 2, "Paris"))
    index.add("Q3", mention("d", W + 3, "Lima"))
    assert index.top(5) == [("Paris", "GPE", 2), ("Lima", "GPE", 1)]


def test_a_window_the_streams_event_time_has_passed_is_due_once() -> None:
    index = TrendingIndex({})
    index.add("Q1", mention("a", 10))
    assert index.due() == []  # the stream is still in that window
    index.add("Q2", mention("b", 2 * W + 1, "Paris"))  # another entity moves event time on
    [due] = index.due()
    assert (due["entity"], due["articles"]) == ("Q1", 1)
    assert index.due() == []
