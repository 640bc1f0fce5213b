"""The stages bound to their state: the claims index mirrored into its table, entry by entry."""

from __future__ import annotations

from typing import Any

from streams.pipeline import Pipeline
from streams.records import Record
from streams.settings import Settings
from tests.factories import WIRE, entity_of, outlet_a, outlet_b, raw, tagged

CLAIM = '"Russian soldiers were deployed near the Kherson dam," Anna Berg said.'
DENIAL = "Moscow said no Russian soldiers were deployed near the Kherson dam."


def article(text: str, id: str, source: str, published_at: str) -> Record:
    ents = [
        entity_of("Anna Berg", "PERSON", text),
        entity_of("Russia", "GPE", text, "Moscow", kb_id="Q159"),
        entity_of("Kherson", "GPE", text, kb_id="Q164915"),
    ]
    ents = [e for e in ents if e["mentions"]]
    return tagged(text, entities=ents, id=id, source=source, published_at=published_at)


def test_claims_table_holds_one_entry_per_article_and_forgets_expired_ones() -> None:
    store: dict[str, Any] = {}
    settings = Settings(claims_window_hours=24)
    pipeline = Pipeline(settings, dedup_store={}, claims_store=store)
    pipeline.attribute(article(CLAIM, "a1", "wire", "2024-10-17T10:00:00Z"))
    assert list(store) == ["a1"]
    assert [c["entities"] for c in store["a1"]["claims"]] == [["q164915"]]  # the speaker is not one
    # A restart: a new pipeline on the same table relates to what the first one wrote.
    restarted = Pipeline(settings, dedup_store={}, claims_store=store)
    out = restarted.attribute(article(DENIAL, "a2", "paper", "2024-10-17T20:00:00Z"))
    assert out["claims"][0]["relations"][0]["article"] == "a1"
    restarted.attribute(article(DENIAL, "a3", "radio", "2024-10-18T12:00:00Z"))
    assert sorted(store) == ["a2", "a3"]


def test_claims_table_forgets_the_oldest_article_past_the_set_count() -> None:
    store: dict[str, Any] = {}
    pipeline = Pipeline(Settings(claims_max=1), dedup_store={}, claims_store=store)
    pipeline.attribute(article(CLAIM, "a1", "wire", "2024-10-17T10:00:00Z"))
    pipeline.attribute(article(DENIAL, "a2", "paper", "2024-10-17T11:00:00Z"))
    assert list(store) == ["a2"]


def reprint(article: str, html: str) -> Record:
    return raw(html, id=article, content_type="text/html", fetched_at="2026-11-17T12:00:00Z")


def test_an_entry_read_before_the_first_article_is_cleaned_is_known() -> None:
    # Faust hands a changelog event to the callback before it applies it to the table (it
    # buffers up to TABLE_BUFFER_EVENTS), so an index built later from the table missed it.
    writer_store: dict[str, Any] = {}
    Pipeline(Settings(), dedup_store=writer_store, claims_store={}).clean(
        reprint("herald-1", outlet_a(WIRE))
    )
    reader = Pipeline(Settings(), dedup_store={}, claims_store={})
    reader.learn_duplicate_entry("herald-1", writer_store["herald-1"])
    assert reader.index_articles("dedup") == 1
    assert reader.clean(reprint("times-7", outlet_b(WIRE)))["duplicate_of"] == "herald-1"
    assert reader.index_articles("dedup") == 2


def test_a_worker_without_the_stage_keeps_no_index() -> None:
    writer_store: dict[str, Any] = {}
    Pipeline(Settings(), dedup_store=writer_store, claims_store={}).clean(
        reprint("herald-1", outlet_a(WIRE))
    )
    tagger = Pipeline(Settings(stages=("entities",)), dedup_store={}, claims_store={})
    tagger.learn_duplicate_entry("herald-1", writer_store["herald-1"])
    tagger.learn_claims_entry("a1", None)
    assert (tagger.index_articles("dedup"), tagger.index_articles("claims")) == (0, 0)


def test_claims_entries_read_from_the_changelog_count_as_articles() -> None:
    store: dict[str, Any] = {}
    Pipeline(Settings(), dedup_store={}, claims_store=store).attribute(
        article(CLAIM, "a1", "wire", "2024-10-17T10:00:00Z")
    )
    reader = Pipeline(Settings(), dedup_store={}, claims_store={})
    reader.learn_claims_entry("a1", store["a1"])
    assert reader.index_articles("claims") == 1
    out = reader.attribute(article(DENIAL, "a2", "paper", "2024-10-17T20:00:00Z"))
    assert out["claims"][0]["relations"][0]["article"] == "a1"
