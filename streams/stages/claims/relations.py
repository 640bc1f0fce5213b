"""Claims that support or contradict each other, within an article and across recent ones.

Two claims are about the same thing when they share entities and content words
(stems: the first five letters of a lower-cased word, with a few military
synonyms folded together: "soldiers", "troops", "officers" and "personnel" are
all `troop`). Claims by different speakers on the same thing contradict when
exactly one of them is negated ("no evidence that North Korean soldiers are
involved" against "10,000 soldiers of North Korea … preparing to send"), and
support when both agree in polarity and overlap more strongly. Claims by the
same speaker are never related: a speaker repeating themselves is no evidence.

Across articles, streams.stages.claims.recent keeps compact summaries of
recent claims (`ClaimIndex`) and relates a new article's claims to them with
the same `relation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from streams.records import Record, article_datetime
from streams.stages.claims.quotes import words

CONTRADICT_OVERLAP = 3
SUPPORT_OVERLAP = 4
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


@lru_cache(maxsize=1024)
def stems(text: str) -> frozenset[str]:
    """Content stems of a claim's text (see the module docstring); remembered for the last
    claims, as each claim's are read three times (within its article, against recent claims,
    and in its summary for the index)."""
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
    return frozenset(out)


Features = tuple[frozenset[str], bool, str, bool]


def features(claim: Record) -> Features:
    """Stems with entity keys, negated, speaker key, hedged."""
    keys = {f"e:{k}" for k in claim.get("entities", [])}
    speaker = claim["speaker"]
    who = (speaker.get("entity") or speaker.get("name") or "").lower()
    hedged = claim["hedged"] is not None
    return stems(claim["text"]) | keys, claim["negated"] is not None, who, hedged


def relation(a: Features, b: tuple[Iterable[str], bool, str, bool]) -> str | None:
    """ "contradicts", "supports" or None; a hedged claim asserts too little to contradict.

    `b`'s stems may be any collection (the index keeps them as tuples, smaller than sets)."""
    if a[2] and a[2] == b[2]:
        return None
    shared = len(a[0].intersection(b[0]))
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
