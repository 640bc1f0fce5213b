"""The stages bound to their state: the claims index mirrored into its table, entry by entry."""

from __future__ import annotations

from typing import Any

from streams.pipeline import Pipeline
from streams.records import Record
from streams.settings import Settings
from tests.factories import entity_of, tagged

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
