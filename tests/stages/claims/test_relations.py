"""Relations between claims: within one article, and across articles through ClaimIndex."""

from __future__ import annotations

import orjson

from streams.records import Record
from streams.stages.claims import attribute, relations
from streams.stages.claims.recent import ClaimIndex
from streams.stages.claims.relations import claim_message
from tests.factories import entity_of, tagged

DENIAL = "Moscow said no Russian soldiers were deployed near the Kherson dam."
CLAIM = '"Russian soldiers were deployed near the Kherson dam," Anna Berg said.'
AGREE = '"Russian soldiers were deployed near the Kherson dam on Friday," Tom Weller said.'


def article(text: str, id: str, source: str, published_at: str = "2024-10-17T10:00:00Z") -> Record:
    ents = [
        entity_of("Anna Berg", "PERSON", text),
        entity_of("Tom Weller", "PERSON", text),
        entity_of("Russia", "GPE", text, "Moscow", kb_id="Q159"),
        entity_of("Kherson", "GPE", text, kb_id="Q164915"),
    ]
    ents = [e for e in ents if e["mentions"]]
    return attribute(tagged(text, entities=ents, id=id, source=source, published_at=published_at))


def test_within_article_contradiction_both_ways() -> None:
    out = article(f"{CLAIM}\n\n{DENIAL}", "a1", "wire")
    claim, denial = out["claims"]
    assert denial["negated"] == "no Russian"
    assert {"type": "contradicts", "claim": denial["id"]} in claim["relations"]
    assert {"type": "contradicts", "claim": claim["id"]} in denial["relations"]


def test_same_speaker_is_never_related_to_itself() -> None:
    text = f"{CLAIM}\n\nBerg later said no Russian soldiers were deployed near the Kherson dam."
    out = article(text, "a1", "wire")
    assert len(out["claims"]) == 2
    assert all(c["relations"] == [] for c in out["claims"])


def test_claims_across_articles_from_other_sources() -> None:
    index = ClaimIndex(window_hours=72)
    first = index.relate(article(CLAIM, "a1", "wire"))
    assert first["claims"][0]["relations"] == []
    second = index.relate(article(DENIAL, "a2", "paper", "2024-10-18T10:00:00Z"))
    assert second["claims"][0]["relations"] == [
        {"type": "contradicts", "claim": first["claims"][0]["id"], "article": "a1"}
    ]
    third = index.relate(article(AGREE, "a3", "radio", "2024-10-18T12:00:00Z"))
    kinds = {r["article"]: r["type"] for r in third["claims"][0]["relations"]}
    assert kinds == {"a1": "supports", "a2": "contradicts"}


def test_same_source_and_old_claims_are_left_out() -> None:
    index = ClaimIndex(window_hours=24)
    index.relate(article(CLAIM, "a1", "wire"))
    same_source = index.relate(article(DENIAL, "a2", "wire", "2024-10-17T12:00:00Z"))
    assert same_source["claims"][0]["relations"] == []
    too_late = index.relate(article(DENIAL, "a3", "paper", "2024-10-20T10:00:00Z"))
    assert too_late["claims"][0]["relations"] == []
    assert "a1" in index.pop_changes()[1]  # out of the window: the table forgets it too


def test_reprocessing_an_article_is_idempotent() -> None:
    index = ClaimIndex(window_hours=72)
    index.relate(article(CLAIM, "a1", "wire"))
    once = index.relate(article(DENIAL, "a2", "paper"))
    index.pop_changes()
    twice = index.relate(article(DENIAL, "a2", "paper"))
    assert once == twice
    assert len(index) == 2
    assert index.pop_changes() == ({}, [])  # a redelivered article writes nothing again


def test_entries_are_json_for_a_faust_table() -> None:
    index = ClaimIndex(window_hours=72)
    index.relate(article(CLAIM, "a1", "wire"))
    entries = orjson.loads(orjson.dumps(index.pop_changes()[0]))
    restored = ClaimIndex.from_entries(entries.items(), window_hours=72)
    out = restored.relate(article(DENIAL, "a2", "paper"))
    assert out["claims"][0]["relations"][0]["type"] == "contradicts"


def test_claim_message_carries_its_article() -> None:
    out = article(CLAIM, "a1", "wire")
    message = claim_message(out, out["claims"][0])
    assert (message["article"], message["source"], message["id"]) == (
        "a1",
        "wire",
        out["claims"][0]["id"],
    )


def test_stems_fold_military_synonyms() -> None:
    assert relations.stems("10,000 soldiers") == relations.stems("10,000 troops")
