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
    index.flush()
    assert list(store) == ["Q1"]
    assert len(store["Q1"]["history"]) == 3


class Writes(dict[str, Any]):
    """A store that remembers each write and delete."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[str] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.log.append(f"set {key}")
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.log.append(f"del {key}")
        super().__delitem__(key)


def test_a_flush_writes_each_entity_named_since_the_last_once() -> None:
    store = Writes()
    index = TrendingIndex(store)
    for n in range(5):
        index.add("Q1", mention(f"a{n}", 10 + n))
        index.add("Q2", mention(f"a{n}", 10 + n, "Paris"))
    assert store.log == []
    index.flush()
    assert sorted(store.log) == ["set Q1", "set Q2"]
    index.flush()
    assert len(store.log) == 2  # nothing changed since


def test_a_restarted_index_reads_the_store_and_goes_on_counting() -> None:
    store: dict[str, Any] = {}
    first = TrendingIndex(store)
    first.add("Q1", mention("a", 10))
    first.add("Q1", mention("b", 20))
    first.flush()
    again = TrendingIndex(store)
    assert again.add("Q1", mention("b", 20)) == []  # a redelivery, known from the store
    [closed] = again.add("Q1", mention("c", W + 1))
    assert closed["articles"] == 2


def test_a_reload_reads_the_store_again() -> None:
    store: dict[str, Any] = {}
    index = TrendingIndex(store)
    index.add("Q1", mention("a", 10))
    index.flush()
    store.pop("Q1")  # the partition went to another worker
    index.reload()
    assert index.top(5) == []


def test_an_article_before_the_entitys_first_window_counts_in_its_own() -> None:
    index = TrendingIndex({})
    index.add("Q1", mention("b", 2 * W + 1))
    [early] = index.add("Q1", mention("a", 10))
    assert (early["window_start"], early["articles"], early["baseline_windows"]) == (
        "1970-01-01T00:00:00+00:00",
        1,
        0,
    )
    [again] = index.add("Q1", mention("c", 20))
    assert again["articles"] == 2
    [closed] = index.add("Q1", mention("d", 3 * W))
    assert (closed["articles"], closed["baseline_windows"], closed["baseline_mean"]) == (1, 2, 1.0)


def test_an_article_a_baseline_behind_the_streams_event_time_is_not_counted() -> None:
    index = TrendingIndex({}, baseline_windows=3)
    index.add("Q1", mention("a", 10 * W))
    assert index.add("Q2", mention("b", 6 * W, "Paris")) == []
    assert [name for name, _, _ in index.top(5)] == ["Rotterdam"]
    assert index.add("Q2", mention("c", 7 * W, "Paris")) == []  # within the baseline: counted
    assert len(index.entities) == 2


def test_an_entity_two_baselines_behind_is_forgotten_and_its_open_window_published() -> None:
    store = Writes()
    index = TrendingIndex(store, baseline_windows=3)
    index.add("Q1", mention("a", 10))
    index.add("Q2", mention("b", 11, "Paris"))
    index.flush()
    assert index.due() == []
    index.add("Q2", mention("c", 6 * W, "Paris"))  # moves event time on: Q1 is 6 windows behind
    assert index.flush() == []  # not yet: it would still be in a baseline
    assert [r["entity"] for r in index.due()] == ["Q1"]  # published once, by the timer
    index.add("Q2", mention("d", 7 * W, "Paris"))
    assert index.flush() == []  # forgotten, its window already published
    assert "Q1" not in store and "del Q1" in store.log
    assert list(index.entities) == ["Q2"]


def test_a_forgotten_entitys_unpublished_window_is_published_as_it_goes() -> None:
    index = TrendingIndex({}, baseline_windows=3)
    index.add("Q1", mention("a", 10))
    index.add("Q2", mention("b", 20 * W, "Paris"))
    [gone] = index.flush()
    assert (gone["entity"], gone["articles"]) == ("Q1", 1)


def test_past_the_bound_the_least_recently_named_entities_go_first() -> None:
    store: dict[str, Any] = {}
    index = TrendingIndex(store, max_entities=2)
    index.add("Q1", mention("a", 10))
    index.add("Q2", mention("b", 11, "Paris"))
    index.add("Q1", mention("c", 12))
    index.add("Q3", mention("d", 13, "Lima"))
    assert index.flush() == []  # their window is still open: nothing to publish yet
    assert sorted(store) == ["Q1", "Q3"]
    assert sorted(index.entities) == ["Q1", "Q3"]


def test_a_due_window_named_again_is_due_again_with_its_new_count() -> None:
    index = TrendingIndex({})
    index.add("Q1", mention("a", 10))
    index.add("Q2", mention("b", W + 1, "Paris"))
    [first] = index.due()
    index.add("Q1", mention("c", 20))
    [second] = index.due()
    assert (first["articles"], second["articles"]) == (1, 2)


def test_an_entry_is_small_whatever_the_articles() -> None:
    store: dict[str, Any] = {}
    index = TrendingIndex(store)
    for n in range(2 * trending.RECENT_ARTICLES):
        index.add("Q1", mention(f"article-with-a-long-identifier-{n}", 10))
    index.flush()
    # 4 bytes an article id, in base64
    assert len(records_module.encode(store["Q1"])) < 6 * trending.RECENT_ARTICLES + 200
    assert index.add("Q1", mention(f"article-with-a-long-identifier-{n}", 10)) == []


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
