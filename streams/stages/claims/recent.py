"""Recent claims of other sources, to relate a new article's claims to them.

The state is one small entry per article, keyed by the article id: its time,
its source and a summary of each of its claims (speaker, polarity, hedging,
content stems, the entities named). The wiring mirrors the entries into a
Faust table (a compacted changelog) and rebuilds the index from the table after
a restart (`ClaimIndex.from_entries`), as the duplicate index does; a write is
one article's summaries (a few KB), never a whole entity's list, and no two
workers ever write the same key (the article's claims stage wrote it), so a
global table loses no summary to two workers updating one entity at once.

In memory the index holds each article's summaries and, per entity key, the
newest PER_ENTITY summaries that name it: the candidates a new claim naming
that entity is compared with. It forgets an article when the article falls out
of the time window (the newest article time seen, less `window_hours`) or,
past `max_claims` claims held, the oldest article first. Time is the
article's own (published_at, else fetched_at), never the wall clock, so that
re-processing an article gives the same relations.
"""

from __future__ import annotations

import heapq
import sys
from collections.abc import Iterable
from typing import Any, NamedTuple

from streams.records import Record
from streams.stages.claims.relations import article_time, features, relation

# Claims held at most by default (NEWSSTREAM_CLAIMS_MAX), all articles together. A summary
# costs about 0.75 KB in memory (its stems interned, shared between claims), so this is
# ~40 MB at most; BASIL's long articles carry 17 claims each (3,000 articles), short wire
# copy fewer. The time window still decides on a quiet stream; on a busy one (72 h at 1
# article/s is 260,000 articles) the count does.
MAX_CLAIMS = 50_000
# Candidates per entity: a new claim is compared with the newest claims naming each of its
# entities; a hot entity (a president) would otherwise cost thousands of comparisons a claim.
PER_ENTITY = 200
# Content stems kept per summary (sorted, entity keys included), as the stage has always kept.
STEMS = 60


class Summary(NamedTuple):
    """What the index keeps of a claim: enough to relate it, small enough for a table."""

    id: str
    article: str
    source: str
    at: float
    speaker: str
    negated: bool
    hedged: bool
    stems: tuple[str, ...]
    entities: tuple[str, ...]


class ClaimIndex:
    """Recent claims by article and by entity; see the module docstring."""

    def __init__(self, window_hours: float = 72.0, max_claims: int = MAX_CLAIMS) -> None:
        self.window = window_hours * 3600.0
        self.max_claims = max_claims
        self._articles: dict[str, list[Summary]] = {}
        self._by_entity: dict[str, dict[str, Summary]] = {}
        self._held = 0
        self._expiry: list[tuple[float, str]] = []
        self._newest = float("-inf")
        self._added: dict[str, dict[str, Any]] = {}
        self._expired: dict[str, None] = {}

    def __len__(self) -> int:
        """Claims held."""
        return self._held

    def articles(self) -> int:
        """Articles whose claims are held."""
        return len(self._articles)

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[tuple[str, Any]],
        window_hours: float = 72.0,
        max_claims: int = MAX_CLAIMS,
    ) -> ClaimIndex:
        """Rebuild from stored entries (a Faust table's items) after a restart, oldest first;
        entries past the bounds, or not entries at all (a table written by an older version,
        which kept a list per entity), go to `pop_changes` as expired, so the table forgets
        them too."""
        index = cls(window_hours, max_claims)
        valid = []
        for article, entry in entries:
            if _is_entry(entry):
                valid.append((article, entry))
            else:
                index._expired[article] = None
        for article, entry in sorted(valid, key=lambda kv: (kv[1]["at"], kv[0])):
            index._insert(article, _from_entry(article, entry))
        index._pop_expired()
        return index

    def relate(self, record: Record) -> Record:
        """The record with cross-article relations on its claims; its claims are then indexed."""
        now = article_time(record)
        claims = [{**c, "relations": list(c["relations"])} for c in record["claims"]]
        for claim in claims:
            mine = features(claim)
            seen = {r["claim"] for r in claim["relations"]}
            for other in self._candidates(claim, record, now):
                if other.id in seen:
                    continue
                kind = relation(mine, (other.stems, other.negated, other.speaker, other.hedged))
                if kind:
                    seen.add(other.id)
                    claim["relations"].append(
                        {"type": kind, "claim": other.id, "article": other.article}
                    )
        out = {**record, "claims": claims}
        self.add(out)
        return out

    def add(self, record: Record) -> None:
        """Index the record's claims; a redelivered article with the same claims changes nothing."""
        article = record["id"]
        now = article_time(record)
        summaries = [summarise(record, claim, now) for claim in record["claims"]]
        if self._articles.get(article) == summaries:
            return
        if article in self._articles:
            self._forget(article)
            if not summaries:
                self._expired[article] = None
        if not summaries:
            return
        self._insert(article, summaries)
        self._added[article] = _to_entry(summaries)
        self._pop_expired()

    def learn(self, article: str, entry: dict[str, Any] | None) -> None:
        """An entry of the shared table as the worker reads it from the changelog, whoever wrote
        it: another worker's article joins the index, a deleted one leaves it. This worker's own
        entries read back are already held (or already forgotten: then they are the oldest, and
        leave again at once)."""
        if entry is None:
            self._forget(article)
            # Deleted by whoever wrote it (or another worker): nothing left for us to delete.
            self._expired.pop(article, None)
            return
        if article in self._articles or not _is_entry(entry):
            return
        self._insert(article, _from_entry(article, entry))
        self._pop_expired()
        if article not in self._articles:
            # Too old to hold: its writer deletes it, or never wrote it.
            self._expired.pop(article, None)

    def pop_changes(self) -> tuple[dict[str, dict[str, Any]], list[str]]:
        """Entries added and article ids forgotten since the last call: what to write to the
        table (the wiring deletes a forgotten id only where the table still holds it)."""
        added, expired = self._added, list(self._expired)
        self._added, self._expired = {}, {}
        return added, expired

    def _candidates(self, claim: Record, record: Record, now: float) -> list[Summary]:
        found: dict[str, Summary] = {}
        for key in claim.get("entities", []):
            for other in self._by_entity.get(key, {}).values():
                if other.article == record["id"] or other.source == record["source"]:
                    continue
                if abs(now - other.at) <= self.window:
                    found.setdefault(other.id, other)
        return list(found.values())

    def _insert(self, article: str, summaries: list[Summary]) -> None:
        self._articles[article] = summaries
        self._held += len(summaries)
        for summary in summaries:
            for key in summary.entities:
                named = self._by_entity.setdefault(key, {})
                named[summary.id] = summary
                if len(named) > PER_ENTITY:
                    del named[next(iter(named))]
        at = summaries[0].at
        heapq.heappush(self._expiry, (at, article))
        self._newest = max(self._newest, at)

    def _forget(self, article: str) -> None:
        summaries = self._articles.pop(article, None)
        if summaries is None:
            return
        self._held -= len(summaries)
        self._added.pop(article, None)
        for summary in summaries:
            for key in summary.entities:
                named = self._by_entity.get(key)
                if named is not None:
                    named.pop(summary.id, None)
                    if not named:
                        del self._by_entity[key]

    def _pop_expired(self) -> None:
        """Forget articles older than the window, then the oldest beyond max_claims."""
        horizon = self._newest - self.window
        while self._expiry and (self._expiry[0][0] < horizon or self._held > self.max_claims):
            at, article = heapq.heappop(self._expiry)
            held = self._articles.get(article)
            if held is None or held[0].at != at:
                continue  # forgotten already, or re-added at another time (its newer entry stays)
            self._forget(article)
            self._expired[article] = None


def summarise(record: Record, claim: Record, at: float) -> Summary:
    """A claim's summary; its strings interned, as the same stems recur across thousands."""
    stems, negated, speaker, hedged = features(claim)
    return Summary(
        id=claim["id"],
        article=record["id"],
        source=sys.intern(record["source"]),
        at=at,
        speaker=sys.intern(speaker),
        negated=negated,
        hedged=hedged,
        stems=tuple(sys.intern(s) for s in sorted(stems)[:STEMS]),
        entities=tuple(sys.intern(k) for k in claim.get("entities", [])),
    )


def _is_entry(entry: Any) -> bool:
    return isinstance(entry, dict) and bool(entry.get("claims"))


def _to_entry(summaries: list[Summary]) -> dict[str, Any]:
    """The table's JSON value for one article."""
    first = summaries[0]
    return {
        "at": first.at,
        "source": first.source,
        "claims": [
            {
                "id": s.id,
                "speaker": s.speaker,
                "negated": s.negated,
                "hedged": s.hedged,
                "stems": list(s.stems),
                "entities": list(s.entities),
            }
            for s in summaries
        ],
    }


def _from_entry(article: str, entry: dict[str, Any]) -> list[Summary]:
    source = sys.intern(entry["source"])
    return [
        Summary(
            id=c["id"],
            article=article,
            source=source,
            at=entry["at"],
            speaker=sys.intern(c["speaker"]),
            negated=c["negated"],
            hedged=c["hedged"],
            stems=tuple(sys.intern(s) for s in c["stems"]),
            entities=tuple(sys.intern(k) for k in c["entities"]),
        )
        for c in entry["claims"]
    ]
