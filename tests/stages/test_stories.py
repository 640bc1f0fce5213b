"""Story grouping: reprints, retellings, other events of the same kind, late and reordered input."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import permutations
from typing import Any

import orjson
import pytest

from streams import records
from streams.errors import InvalidRecord
from streams.records import Record
from streams.stages.stories import StoryIndex
from streams.stages.stories.features import event_time
from tests import factories

MILLBROOK = {"lat": 41.78, "lon": -73.69}
CARVER_FALLS = {"lat": 44.12, "lon": -70.21}

WIRE = (
    "MILLBROOK (AP) - A gunman opened fire outside the Millbrook public library on Friday "
    "morning, wounding four people before he was arrested, police chief Dana Ortiz said.\n\n"
    "Ortiz said the suspect, a 34-year-old man from a neighbouring county, was detained by two "
    "patrol officers within minutes and that the wounded were taken to Hudson Valley hospital."
)
RETOLD = (
    "Four people were hurt on Friday when a man fired a handgun near the library in Millbrook, "
    "and the town's police chief Dana Ortiz praised the patrol officers who detained him.\n\n"
    "Witnesses said the library was crowded with children for a reading hour when the shots "
    "rang out; Hudson Valley hospital said all four wounded were in stable condition."
)
FOLLOW_UP = (
    "The man accused of wounding four people outside the Millbrook library was charged with "
    "attempted murder on Sunday, police chief Dana Ortiz said, as the library stayed closed."
)
ELSEWHERE = (
    "CARVER FALLS (AP) - A gunman opened fire outside the Carver Falls public library on Friday "
    "morning, wounding three people before he was arrested, police chief Paul Renner said.\n\n"
    "Renner said the suspect, a 29-year-old man from a neighbouring county, was detained by two "
    "patrol officers within minutes and that the wounded were taken to Hudson Valley hospital."
)
UNRELATED = "\n\n".join(factories.WIRE)


def millbrook(text: str) -> list[Record]:
    found = [
        factories.entity_of("Millbrook", "GPE", text, salience=0.6, coordinates=MILLBROOK),
        factories.entity_of("Dana Ortiz", "PERSON", text, "Dana Ortiz", "Ortiz", salience=0.5),
        factories.entity_of("Hudson Valley", "LOC", text, salience=0.2),
    ]
    return [e for e in found if e["mentions"]]


def article(article_id: str, text: str, day: int, **overrides: Any) -> Record:
    """An enriched article published on `day` October 2024, fetched an hour later."""
    return factories.enriched(
        text,
        id=article_id,
        published_at=f"2024-10-{day:02d}T09:00:00+00:00",
        fetched_at=f"2024-10-{day:02d}T10:00:00Z",
        **overrides,
    )


def wire(article_id: str, source: str, **overrides: Any) -> Record:
    return article(
        article_id,
        WIRE,
        18,
        source=source,
        title="Gunman wounds four outside Millbrook library",
        entities=millbrook(WIRE),
        content_hash="a" * 32,
        **overrides,
    )


def retold() -> Record:
    return article(
        "retold",
        RETOLD,
        18,
        source="valley-times",
        title="Millbrook library shooting: chief praises officers",
        entities=millbrook(RETOLD),
        content_hash="b" * 32,
    )


def follow_up() -> Record:
    return article(
        "follow-up",
        FOLLOW_UP,
        20,
        source="valley-times",
        title="Millbrook library gunman charged",
        entities=millbrook(FOLLOW_UP),
        content_hash="c" * 32,
    )


def elsewhere() -> Record:
    return article(
        "elsewhere",
        ELSEWHERE,
        18,
        source="coast-news",
        title="Gunman wounds three outside Carver Falls library",
        content_hash="d" * 32,
        entities=[
            factories.entity_of(
                "Carver Falls", "GPE", ELSEWHERE, salience=0.6, coordinates=CARVER_FALLS
            ),
            factories.entity_of("Paul Renner", "PERSON", ELSEWHERE, "Paul Renner", "Renner"),
            factories.entity_of("Hudson Valley", "LOC", ELSEWHERE, salience=0.2),
        ],
    )


def unrelated() -> Record:
    return article(
        "ports",
        UNRELATED,
        18,
        source="reuters",
        title="Strike shuts Europe's biggest ports",
        content_hash="e" * 32,
        entities=[
            factories.entity_of("Rotterdam", "GPE", UNRELATED, salience=0.6, coordinates=None),
            factories.entity_of("Antwerp", "GPE", UNRELATED, salience=0.4),
        ],
    )


def stream() -> list[Record]:
    return [
        wire("wire-1", "daily-post"),
        wire("wire-2", "evening-star", duplicate_of="wire-1"),
        retold(),
        elsewhere(),
        unrelated(),
        follow_up(),
    ]


def grouping(items: list[Record], index: StoryIndex | None = None) -> set[frozenset[str]]:
    """The final partition of the articles' ids, following merges."""
    index = index or StoryIndex({})
    story_of: dict[str, str] = {}
    for item in items:
        story = index.add(item)
        for a in story["articles"]:
            story_of[a["id"]] = story["id"]
    groups: dict[str, set[str]] = {}
    for aid, sid in story_of.items():
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_reprints_and_a_retelling_of_one_event_are_one_story() -> None:
    index = StoryIndex({})
    first = index.add(wire("wire-1", "daily-post"))
    second = index.add(wire("wire-2", "evening-star", duplicate_of="wire-1"))
    third = index.add(retold())
    assert first["id"] == second["id"] == third["id"]
    assert {a["id"] for a in third["articles"]} == {"wire-1", "wire-2", "retold"}
    assert third["sources"] == ["daily-post", "evening-star", "valley-times"]
    assert third["places"] == ["Millbrook"]
    assert third["entities"][0]["name"] in {"Millbrook", "Dana Ortiz"}


def test_an_unrelated_article_and_the_same_kind_of_event_elsewhere_stay_apart() -> None:
    assert grouping(stream()[:5]) == {
        frozenset({"wire-1", "wire-2", "retold"}),
        frozenset({"elsewhere"}),
        frozenset({"ports"}),
    }


def test_a_late_article_joins_its_story() -> None:
    groups = grouping(stream())
    assert frozenset({"wire-1", "wire-2", "retold", "follow-up"}) in groups


def test_a_follow_up_past_the_window_starts_a_new_story() -> None:
    index = StoryIndex({}, window_hours=24)
    assert grouping([wire("wire-1", "daily-post"), follow_up()], index) == {
        frozenset({"wire-1"}),
        frozenset({"follow-up"}),
    }


def test_any_arrival_order_gives_the_same_stories() -> None:
    items = stream()
    expected = grouping(items)
    for order in permutations(range(len(items))):
        assert grouping([items[i] for i in order]) == expected, order


def test_the_same_input_gives_the_same_ids_and_resending_changes_nothing() -> None:
    one, two = StoryIndex({}), StoryIndex({})
    first = [one.add(r) for r in stream()]
    assert first == [two.add(r) for r in stream()]
    before = orjson.dumps(one.store)
    again = one.add(retold())
    assert orjson.dumps(one.store) == before
    assert again["id"] == first[2]["id"]


def test_a_restarted_index_carries_on_from_the_state_alone() -> None:
    items = stream()
    store: dict[str, Any] = {}
    before = StoryIndex(store)
    for item in items[:3]:
        before.add(item)
    after = StoryIndex(orjson.loads(orjson.dumps(store)))  # as a table recovers it
    continued = StoryIndex({})
    for item in items[:3]:
        continued.add(item)
    assert [after.add(i) for i in items[3:]] == [continued.add(i) for i in items[3:]]


def test_the_first_article_after_a_restart_joins_its_story() -> None:
    store: dict[str, Any] = {}
    first = StoryIndex(store).add(wire("wire-1", "daily-post"))
    after = StoryIndex(orjson.loads(orjson.dumps(store)))  # as a table recovers it
    assert after.add(retold())["id"] == first["id"]


def test_state_is_bounded_by_event_time_and_by_count() -> None:
    store: dict[str, Any] = {}
    index = StoryIndex(store, window_hours=24, horizon_hours=72)
    for day in range(1, 29, 3):
        index.add(article(f"a{day}", f"Story number {day} about the harbour.", day))
    assert len([k for k in store if k.startswith("story:")]) == 2
    assert store["clock"] == datetime(2024, 10, 28, 9, tzinfo=UTC).timestamp()
    assert {k for k in store if k.startswith("article:")} == {"article:a25", "article:a28"}
    small = StoryIndex({}, max_stories=2)
    for i, item in enumerate(stream()[3:]):
        small.add(item)
        assert len(small.stories) == min(i + 1, 2)


def test_a_story_keeps_its_first_and_latest_articles_up_to_per_story() -> None:
    store: dict[str, Any] = {}
    index = StoryIndex(store, per_story=3)
    first = index.add(wire("wire-1", "daily-post"))
    for n in range(2, 7):  # reprints of the same wire story, each a duplicate of the first
        story = index.add(wire(f"wire-{n}", f"outlet-{n}", duplicate_of="wire-1"))
        assert story["id"] == first["id"]
    assert story["size"] == 6  # every article counted
    assert [a["id"] for a in story["articles"]] == ["wire-1", "wire-5", "wire-6"]
    assert {k for k in store if k.startswith("article:")} == {
        "article:wire-1",
        "article:wire-5",
        "article:wire-6",
    }
    # The postings forget the trimmed articles; a retelling still finds the story.
    assert "id:wire-2" not in index._postings
    assert index.add(retold())["id"] == first["id"]
    records.validate("stories", story)


def test_all_stories_together_keep_at_most_max_articles() -> None:
    index = StoryIndex({}, max_articles=4, per_story=3)
    index.add(wire("wire-1", "daily-post"))
    index.add(wire("wire-2", "evening-star", duplicate_of="wire-1"))
    index.add(wire("wire-3", "morning-sun", duplicate_of="wire-1"))
    assert len(index.stories) == 1
    # Two later articles: five summaries in all, past four, so the least recently active
    # story (the Millbrook one, 18 October) goes; never the one just filed.
    index.add(article("harbour", "A story about the harbour strike.", 19))
    assert len(index.stories) == 2
    index.add(article("bridge", "A story about the bridge closure.", 20))
    kept = {a["id"] for s in index.stories.values() for a in s["articles"]}
    assert kept == {"harbour", "bridge"}
    assert "id:wire-1" not in index._postings


def test_an_article_without_any_date_is_refused_with_a_reason() -> None:
    undated = {**retold(), "published_at": None, "fetched_at": "not a date"}
    with pytest.raises(InvalidRecord, match="no event time"):
        StoryIndex({}).add(undated)


def test_the_event_time_is_the_articles_never_the_clock() -> None:
    hinted = {**retold(), "published_at": None, "published": "2024-10-18"}
    assert event_time(hinted) == datetime(2024, 10, 18, tzinfo=UTC)
    assert event_time({**hinted, "published": None}) == datetime(2024, 10, 18, 10, tzinfo=UTC)
    # A date far past the fetch is a wrong date: the fetch plus a day wins.
    wrong = {**retold(), "published_at": "2031-01-01T00:00:00+00:00"}
    assert event_time(wrong) == datetime(2024, 10, 19, 10, tzinfo=UTC)


def test_contradicting_claims_of_two_outlets_are_shown_on_the_story() -> None:
    said = factories.claim("c-1", "The suspect acted alone.", "Dana Ortiz")
    denied = factories.claim(
        "c-2",
        "There is no evidence the suspect acted alone.",
        "a witness",
        negated="no evidence",
        relations=[{"type": "contradicts", "claim": "c-1", "article": "wire-1"}],
    )
    index = StoryIndex({})
    index.add(wire("wire-1", "daily-post", claims=[said]))
    story = index.add({**retold(), "claims": [denied]})
    assert story["contradictions"] == [
        {"claim": "c-1", "article": "wire-1", "contradicts": "c-2", "other_article": "retold"}
    ]
    assert {c["id"] for c in story["claims"]} == {"c-1", "c-2"}


def test_every_story_record_is_a_valid_news_stories_record() -> None:
    index = StoryIndex({})
    for item in stream():
        records.validate("enriched", item)
        records.validate("stories", index.add(item))


def test_an_article_kept_without_its_words_is_judged_by_its_names() -> None:
    # Late articles of a big story are kept without their terms (state stays small); when
    # such an article is the one compared, as in folding two stories together, its names
    # alone must judge instead of a KeyError (114 dead letters in a 30-minute soak).
    from streams.stages.stories import _link

    slim = {"entities": {"Q1": 1.0, "Q2": 1.0}}
    full = {"entities": {"Q1": 1.0, "Q2": 1.0}, "terms": {"port": 1.0, "strike": 1.0}}
    assert _link(slim, [full]) == pytest.approx(1.0)
    assert _link(full, [slim]) == pytest.approx(1.0)
    other = {"entities": {"Q3": 1.0}, "terms": {"port": 1.0, "strike": 1.0}}
    assert _link(slim, [other]) == 0.0
