"""Claims that support or contradict each other, within an article and across recent ones.

Two claims are about the same thing when they share entities and content words
(stems: the first five letters of a lower-cased word, with a few military
synonyms folded together: "soldiers", "troops", "officers" and "personnel" are
all `troop`). Claims by different speakers on the same thing contradict when
exactly one of them is negated ("no evidence that North Korean soldiers are
involved" against "10,000 soldiers of North Korea … preparing to send"), and
support when both agree in polarity and overlap more strongly. Claims by the
same speaker are never related: a speaker repeating themselves is no evidence.

Across articles, `ClaimIndex` keeps compact summaries of recent claims in a
mapping from entity key to a list of summaries: a plain dict in tests and the
offline CLI, a Faust table in the worker (values are JSON lists). Time is the
article's own (published_at, else fetched_at), never the wall clock, so that
re-processing an article gives the same relations.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import Any

from streams.records import Record, article_datetime
from streams.stages.claims.quotes import words

CONTRADICT_OVERLAP = 3
SUPPORT_OVERLAP = 4
PER_ENTITY = 200
_WORD = re.compile(r"[A-Za-z]{3,}|\d[\d,.]*")
_STOP = frozenset(
    words(
        "the and that this with from have has had was were are is been for not but they them their"
        " there what which who will would could should can may might its his her our your you we"
        " about into over than then also some any all more most very just only such those these"
        " many much other said says told according been being did does doing because while"
        " although though where when how yet still even already at this stage ways"
    )
)
_SYNONYMS = {"soldi": "troop", "troop": "troop", "offic": "troop", "perso": "troop",
             "force": "troop", "milit": "troop"}  # fmt: skip


def stems(text: str) -> set[str]:
    """Content stems of a claim's text (see the module docstring)."""
    out = set()
    for word in _WORD.findall(text[:2000]):
        low = word.lower()
        if low in _STOP:
            continue
        if low[0].isdigit():
            out.add(low.replace(",", "").rstrip("."))
            continue
        stem = low[:5]
        out.add(_SYNONYMS.get(stem, stem))
    return out


Features = tuple[set[str], bool, str, bool]


def features(claim: Record) -> Features:
    """Stems with entity keys, negated, speaker key, hedged."""
    keys = {f"e:{k}" for k in claim.get("entities", [])}
    speaker = claim["speaker"]
    who = (speaker.get("entity") or speaker.get("name") or "").lower()
    hedged = claim["hedged"] is not None
    return stems(claim["text"]) | keys, claim["negated"] is not None, who, hedged


def relation(a: Features, b: Features) -> str | None:
    """ "contradicts", "supports" or None; a hedged claim asserts too little to contradict."""
    if a[2] and a[2] == b[2]:
        return None
    shared = len(a[0] & b[0])
    if a[1] != b[1] and not (a[3] or b[3]) and shared >= CONTRADICT_OVERLAP:
        return "contradicts"
    if a[1] == b[1] and shared >= SUPPORT_OVERLAP:
        return "supports"
    return None


def relate_within(claims: list[Record]) -> None:
    """Add relations between the claims of one article, in both directions."""
    feats = [features(c) for c in claims]
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            kind = relation(feats[i], feats[j])
            if kind:
                a["relations"].append({"type": kind, "claim": claims[j]["id"]})
                claims[j]["relations"].append({"type": kind, "claim": a["id"]})


def article_time(record: Record) -> float:
    """Seconds since the epoch of the article's date: published_at, else fetched_at."""
    moment = article_datetime(record)
    return moment.timestamp() if moment else 0.0


class ClaimIndex:
    """Recent claims keyed by entity, to relate a new article's claims to other sources'.

    `store` maps an entity key (kb_id, else lower-cased name) to a JSON list of
    claim summaries; every write assigns a new list, so a Faust table records it
    in its changelog.
    """

    def __init__(
        self, store: MutableMapping[str, Any] | None = None, window_hours: float = 72.0
    ) -> None:
        self.store: MutableMapping[str, Any] = {} if store is None else store
        self.window = window_hours * 3600.0

    def relate(self, record: Record) -> Record:
        """The record with cross-article relations on its claims; its claims are then indexed."""
        now = article_time(record)
        claims = [{**c, "relations": list(c["relations"])} for c in record["claims"]]
        for claim in claims:
            mine = features(claim)
            seen = {r["claim"] for r in claim["relations"]}
            for other in self._candidates(claim, record, now):
                if other["id"] in seen:
                    continue
                theirs = (set(other["stems"]), other["negated"], other["speaker"], other["hedged"])
                kind = relation(mine, theirs)
                if kind:
                    seen.add(other["id"])
                    claim["relations"].append(
                        {"type": kind, "claim": other["id"], "article": other["article"]}
                    )
        out = {**record, "claims": claims}
        self.add(out)
        return out

    def _candidates(self, claim: Record, record: Record, now: float) -> list[Record]:
        found: dict[str, Record] = {}
        for key in claim.get("entities", []):
            for other in self.store.get(key) or []:
                if other["article"] == record["id"] or other["source"] == record["source"]:
                    continue
                if abs(now - other["at"]) <= self.window:
                    found.setdefault(other["id"], other)
        return list(found.values())

    def add(self, record: Record) -> None:
        """Index the record's claims under each entity they name, dropping expired ones."""
        now = article_time(record)
        by_key: dict[str, list[Record]] = {}
        for claim in record["claims"]:
            summary = summarise(record, claim, now)
            for key in claim.get("entities", []):
                by_key.setdefault(key, []).append(summary)
        for key, summaries in by_key.items():
            ids = {s["id"] for s in summaries}
            kept = [
                s
                for s in self.store.get(key) or []
                if s["id"] not in ids and now - s["at"] <= self.window
            ]
            self.store[key] = (kept + summaries)[-PER_ENTITY:]


def summarise(record: Record, claim: Record, at: float) -> Record:
    """What the index keeps of a claim: enough to relate it, small enough for a table."""
    stems_, negated, speaker, hedged = features(claim)
    return {
        "id": claim["id"],
        "article": record["id"],
        "source": record["source"],
        "at": at,
        "speaker": speaker,
        "negated": negated,
        "hedged": hedged,
        "stems": sorted(stems_)[:60],
    }


def claim_message(record: Record, claim: Record) -> Record:
    """The value published on news.claims (keyed by the claim id): the claim and its article."""
    return {
        **claim,
        "article": record["id"],
        "source": record["source"],
        "url": record.get("url"),
        "title": record.get("title"),
        "published_at": record.get("published_at"),
        "fetched_at": record["fetched_at"],
    }
