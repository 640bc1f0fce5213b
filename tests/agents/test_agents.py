"""Each stage's agent on its own, through Faust's agent.test_context(): what it sends."""

from __future__ import annotations

import asyncio

import orjson
from aiokafka.partitioner import murmur2

from streams import records
from streams.agents import claims, clean, entities, stories, trending
from streams.agents.wiring import Wiring
from tests import factories
from tests.agents.conftest import put


def test_clean_sends_the_cleaned_article_keyed_by_its_id(wiring: Wiring) -> None:
    (sent,) = wiring.app.loop.run_until_complete(
        put(clean.agent(wiring), factories.short_article(3), b"short-3")
    )
    assert sent.topic == wiring.settings.topic_cleaned
    assert sent.key == b"short-3"
    assert orjson.loads(sent.value or b"")["word_count"] > 10


def test_clean_dead_letters_what_is_not_json(wiring: Wiring) -> None:
    (sent,) = wiring.app.loop.run_until_complete(put(clean.agent(wiring), b"{not json", b"k-1"))
    assert sent.topic == wiring.settings.topic_deadletter
    letter = orjson.loads(sent.value or b"")
    assert (letter["stage"], letter["key"]) == ("clean", "k-1")


def test_entities_tags_a_cleaned_article(wiring: Wiring) -> None:
    text = "Anna Berg, the mayor of Leeds, met officials of the European Union in Brussels."
    (sent,) = wiring.app.loop.run_until_complete(
        put(entities.agent(wiring), factories.cleaned(text), b"art-1")
    )
    assert sent.topic == wiring.settings.topic_tagged
    names = {e["name"] for e in orjson.loads(sent.value or b"")["entities"]}
    assert "Anna Berg" in names


def test_entities_dead_letters_a_record_without_text(wiring: Wiring) -> None:
    (sent,) = wiring.app.loop.run_until_complete(put(entities.agent(wiring), b'{"id": "x"}', b"x"))
    assert sent.topic == wiring.settings.topic_deadletter
    assert orjson.loads(sent.value or b"")["stage"] == "entities"


def test_claims_sends_the_article_its_claims_and_the_feeds(wiring: Wiring) -> None:
    text = '"The bridge will reopen in May," said Anna Berg, the mayor of Leeds.'
    anna = factories.entity("Anna Berg", "PERSON", text)
    sends = wiring.app.loop.run_until_complete(
        put(claims.agent(wiring), factories.tagged(text, [anna]), b"art-1")
    )
    by_topic = {s.topic: s for s in sends}
    article = orjson.loads(by_topic[wiring.settings.topic_enriched].value or b"")
    assert article["claims"][0]["speaker"]["name"] == "Anna Berg"
    assert wiring.settings.topic_claims in by_topic
    assert by_topic[wiring.stories_feed].key == b"stories"
    assert wiring.trending_feed in by_topic
    assert sends[0].topic == wiring.settings.topic_enriched  # the article before its claims


def test_stories_starts_a_story_for_a_first_article(wiring: Wiring) -> None:
    text = "Dockworkers in Genoa went on strike on Monday over pay, the union said."
    article = factories.enriched(text, id="art-9", published_at="2024-10-18T08:00:00+00:00")
    (sent,) = wiring.app.loop.run_until_complete(put(stories.agent(wiring), article, b"stories"))
    assert sent.topic == wiring.settings.topic_stories
    assert [a["id"] for a in orjson.loads(sent.value or b"")["articles"]] == ["art-9"]


def test_trending_dead_letters_a_mention_it_cannot_read(wiring: Wiring) -> None:
    (sent,) = wiring.app.loop.run_until_complete(put(trending.agent(wiring), b"[1, 2", b"Q90"))
    assert sent.topic == wiring.settings.topic_deadletter
    assert orjson.loads(sent.value or b"")["stage"] == "trending"


def test_claims_sends_each_entity_to_the_trending_partition_of_its_own_key(wiring: Wiring) -> None:
    text = "Anna Berg met Ola Nord in Leeds and Paris with Mia Lund of Acme and Globex."
    names = ["Anna Berg", "Ola Nord", "Leeds", "Paris", "Mia Lund", "Acme", "Globex"]
    entities = [factories.entity(n, "ORG", text) for n in names]
    sends = wiring.app.loop.run_until_complete(
        put(claims.agent(wiring), factories.tagged(text, entities), b"art-1")
    )
    feed = [s for s in sends if s.topic == wiring.trending_feed]
    partitions = wiring.settings.partitions
    seen = []
    for sent in feed:
        record = orjson.loads(sent.value or b"")
        keys = [m["key"] for m in record["mentions"]]
        # Each record lands where its key hashes, and so does every entity in it.
        where = {(murmur2(k.encode()) & 0x7FFFFFFF) % partitions for k in keys}
        assert where == {(murmur2(sent.key or b"") & 0x7FFFFFFF) % partitions}
        assert record["article"] == "art-1"
        seen += keys
    assert sorted(seen) == sorted(f"ORG:{n}" for n in names)
    assert len(feed) <= partitions < len(names)


def test_trending_counts_every_mention_of_a_feed_record(wiring: Wiring) -> None:
    at = 1_700_000_000.0
    mentions = [{"key": k, "name": k, "label": "GPE"} for k in ("Q90", "Q84")]
    record = {"article": "art-1", "at": at, "mentions": mentions}
    wiring.app.loop.run_until_complete(put(trending.agent(wiring), record, b"Q90"))
    assert wiring.trending is not None
    assert wiring.trending.top(10) == [("Q84", "GPE", 1), ("Q90", "GPE", 1)]


def test_trending_writes_each_entity_once_per_batch(wiring: Wiring) -> None:
    writes: list[str] = []

    class Table(dict[str, object]):
        def __setitem__(self, key: str, value: object) -> None:
            writes.append(key)
            super().__setitem__(key, value)

    assert wiring.trending is not None
    wiring.trending.store = Table()
    at = 1_700_000_000.0
    mentions = [{"key": k, "name": k, "label": "GPE"} for k in ("Q90", "Q84")]

    async def two_articles() -> None:
        async with trending.agent(wiring).test_context() as running:
            feed = [{"article": a, "at": at, "mentions": mentions} for a in ("art-1", "art-2")]
            # Put at once, so that both are in the agent's batch.
            await asyncio.gather(*(running.put(value=records.encode(r), key=b"Q90") for r in feed))

    wiring.app.loop.run_until_complete(two_articles())
    assert wiring.trending.top(10) == [("Q84", "GPE", 2), ("Q90", "GPE", 2)]
    assert sorted(writes) == ["Q84", "Q90"]


def test_the_trending_table_is_keyed_by_the_bytes_the_feed_partitions_by() -> None:
    table: dict[bytes, object] = {}
    keys = trending.TextKeys(table)
    keys["PERSON:José Martí"] = {"count": 1}
    assert list(table) == ["PERSON:José Martí".encode()]
    assert keys.items() == [("PERSON:José Martí", {"count": 1})]
    del keys["PERSON:José Martí"]
    assert table == {}
