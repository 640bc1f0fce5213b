"""The recent-claims index: one small entry per article, bounded by time and by count, shared
between workers through the entries they read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson

from streams.records import Record
from streams.stages.claims import recent
from streams.stages.claims.recent import ClaimIndex
from tests.factories import claim, enriched

START = datetime(2024, 10, 17, 10, tzinfo=UTC)
SAID = "Russian soldiers were deployed near the Kherson dam"


def story(
    id: str, source: str = "wire", hours: float = 0.0, n: int = 1, negated: bool = False
) -> Record:
    """An enriched article with `n` claims about Kherson (entity key q164915), each by its own
    speaker, `hours` after START."""
    claims = [
        claim(
            f"{id}-c{i}",
            f"{'No ' if negated else ''}{SAID} on day {i}",
            f"Speaker {id} {i}",
            negated="No" if negated else None,
            entities=["q164915"],
        )
        for i in range(n)
    ]
    at = (START + timedelta(hours=hours)).isoformat()
    return enriched(SAID, claims=claims, id=id, source=source, published_at=at)


def test_a_write_is_one_article_not_an_entity_list() -> None:
    index = ClaimIndex(window_hours=72)
    for i in range(300):
        index.add(story(f"a{i}", hours=i / 100, n=2))
    added, expired = index.pop_changes()
    assert len(added) == 300 and expired == []
    assert [c["id"] for c in added["a299"]["claims"]] == ["a299-c0", "a299-c1"]
    # A few hundred bytes for two claims, whatever the entity has accumulated.
    assert len(orjson.dumps(added["a299"])) < 1000


def test_count_bound_forgets_the_oldest_articles_first() -> None:
    index = ClaimIndex(window_hours=72, max_claims=5)
    for i, hours in enumerate([3, 1, 2, 4]):
        index.add(story(f"a{i}", hours=hours, n=2))
    added, expired = index.pop_changes()
    assert len(index) == 4
    # By the article's own time, not arrival: a1 (1 h) when a2 came, then a2 (2 h) for a3;
    # a2 is never written (the wiring deletes only what the table holds).
    assert expired == ["a1", "a2"]
    assert sorted(added) == ["a0", "a3"]


def test_time_bound_follows_the_newest_article() -> None:
    index = ClaimIndex(window_hours=24)
    index.add(story("old"))
    index.add(story("new", hours=25))
    assert index.pop_changes()[1] == ["old"]
    assert len(index) == 1


def test_candidates_per_entity_are_the_newest() -> None:
    index = ClaimIndex(window_hours=72)
    index.add(story("first", source="paper", negated=True))
    for i in range(recent.PER_ENTITY):
        index.add(story(f"other{i}", source="paper", hours=0.01 * (i + 1)))
    out = index.relate(story("late", hours=2))
    related = {r["article"] for r in out["claims"][0]["relations"]}
    assert "first" not in related and "other0" in related
    assert len(index) == recent.PER_ENTITY + 2  # still held: only its place in the list went


def test_another_workers_entry_relates_and_its_delete_forgets() -> None:
    writer, reader = ClaimIndex(window_hours=72), ClaimIndex(window_hours=72)
    writer.add(story("a1", source="wire"))
    for key, entry in orjson.loads(orjson.dumps(writer.pop_changes()[0])).items():
        reader.learn(key, entry)
    out = reader.relate(story("a2", source="paper", hours=1, negated=True))
    assert out["claims"][0]["relations"] == [
        {"type": "contradicts", "claim": "a1-c0", "article": "a1"}
    ]
    reader.learn("a2", reader.pop_changes()[0]["a2"])  # its own entry read back: no change
    assert len(reader) == 2 and reader.pop_changes() == ({}, [])
    reader.learn("a1", None)
    assert len(reader) == 1
    again = reader.relate(story("a3", source="radio", hours=2))
    assert [r["article"] for r in again["claims"][0]["relations"]] == ["a2"]


def test_an_eviction_read_from_the_changelog_is_deleted_once() -> None:
    index = ClaimIndex(window_hours=72, max_claims=2)
    index.add(story("a1"))
    index.add(story("a2", hours=1))
    index.pop_changes()
    index.learn("a3", _entry(story("a3", hours=2)))  # another worker's: a1 falls out here too
    index.learn("a0", _entry(story("a0", hours=-1)))  # older than all held: not held, not ours
    assert index.pop_changes() == ({}, ["a1"])
    index.learn("a4", _entry(story("a4", hours=3)))
    index.learn("a2", None)  # the writer's delete arrives first: nothing left to delete here
    assert index.pop_changes() == ({}, [])
    assert len(index) == 2


def test_rebuilt_from_entries_oldest_first_within_bounds() -> None:
    entries = {f"a{i}": _entry(story(f"a{i}", hours=i, n=2)) for i in range(5)}
    entries["q164915"] = [{"id": "x", "at": 0.0}]  # a list per entity: an older version's
    index = ClaimIndex.from_entries(orjson.loads(orjson.dumps(entries)).items(), max_claims=6)
    added, expired = index.pop_changes()
    assert added == {} and sorted(expired) == ["a0", "a1", "q164915"]
    out = index.relate(story("b", source="paper", hours=5, negated=True))
    assert {r["article"] for r in out["claims"][0]["relations"]} == {"a2", "a3", "a4"}


def _entry(record: Record) -> dict[str, object]:
    index = ClaimIndex(window_hours=72)
    index.add(record)
    return index.pop_changes()[0][record["id"]]
