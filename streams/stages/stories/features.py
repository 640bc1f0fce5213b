"""What the story grouper keeps of an article: its time, entities, places and words.

Everything here is a function of the article alone, so an article's features
are the same whatever arrived before it, and they are plain JSON (they live in
the state mapping, a Faust table in the worker).

Words are weighted by tf × a *static* idf: 8 minus the word's Zipf frequency in
general English (wordfreq: "the" 7.7, "shooting" 4.8, a name it has never seen
0). A fitted TF-IDF (scikit-learn's) would learn its idf from the stream, so an
article's vector would depend on what came before it and the grouping on
arrival order; a fixed table of how common a word is in English keeps every
article's vector its own and needs no fitting. The vectors are small dicts
(the top TERMS words) rather than scipy sparse rows because they are stored as
JSON and compared a few dozen at a time.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from wordfreq import zipf_frequency

from streams.records import Record

TERMS = 40
"""Words kept per article: enough for cosine to tell events apart, small in the state."""
ENTITIES = 12
"""Most salient entities kept per article."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCAL_PLACE_SALIENCE = 0.35
"""A town or site this salient is where the article's event happens, not a passing mention."""
FUTURE_SLACK = timedelta(days=1)
"""A published date this far past fetched_at is a wrong date, not a scoop: fetched_at wins."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_STOP_ZIPF = 6.0  # "said", "would", "people": on every page, no evidence of an event.


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    return float(zipf_frequency(word, "en"))


def warm_up() -> None:
    """Load wordfreq's English table now (about 0.3 s), not inside the first record.

    The full table costs about 37 MB of memory; wordfreq's "small" list takes
    4 MB but knows fewer rare words, and BASIL's pairwise F1 drops from 0.966 to
    0.957 with it (no change without time evidence): kept full while the
    worker stays well under its memory target.
    """
    _zipf("the")


def event_time(record: Record) -> datetime | None:
    """When the article tells of: published_at, else the raw `published` hint, else fetched_at."""
    fetched = _parse(record.get("fetched_at"))
    for name in ("published_at", "published"):
        at = _parse(record.get(name))
        if at is not None:
            return min(at, fetched + FUTURE_SLACK) if fetched else at
    return fetched


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def entity_key(entity: Record) -> str:
    """Stable across articles: a person's surname, else the KB id, else label and name.

    Outlets name people differently ("John A. Boehner", "John Boehner", "Boehner")
    and the KB knows few of them; within a few days' window a surname is
    specific enough, and two people of one name in one story are one signal.
    """
    name = entity["name"].lower()
    if entity["label"] == "PERSON":
        return "PERSON:" + (name.replace("'s", "").split() or [name])[-1]
    return entity.get("kb_id") or f"{entity['label']}:{name}"


def terms(title: str | None, text: str) -> dict[str, float]:
    """The article's top words, tf × static idf, L2-normalised; the headline counts twice."""
    counts: dict[str, float] = {}
    for word in _WORD.findall(f"{title or ''}\n{title or ''}\n{text[:20_000]}"):
        low = word.lower().replace("’", "'")
        if len(low) > 2 and _zipf(low) < _STOP_ZIPF:
            counts[low] = counts.get(low, 0.0) + 1.0
    weights = {w: (1.0 + math.log(n)) * (8.0 - _zipf(w)) for w, n in counts.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TERMS]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {w: round(v / norm, 4) for w, v in top}


def _rarity(key: str) -> float:
    """How telling a shared entity is: "Trump" or "House" join many stories, "Millbrook" few.

    The same static table as the words (a name's frequency in general English),
    so the weight is the article's own and not learnt from the stream.
    """
    name = key.split(":", 1)[1].replace("-", " ") if ":" in key else key
    if name.startswith("q") and name[1:].isdigit():
        return 0.5  # A bare Wikidata id: no name to weigh (kb_id keys of GPEs, mostly).
    return max(0.1, 8.0 - _zipf(name)) / 8.0


def summarise(record: Record, at: datetime) -> dict[str, Any]:
    """The compact summary of an enriched article that the story state keeps."""
    ents = sorted(record.get("entities") or [], key=lambda e: (-e["salience"], entity_key(e)))
    weights: dict[str, float] = {}
    places: dict[str, float] = {}
    names: dict[str, list[str]] = {}
    for entity in ents[:ENTITIES]:
        key = entity_key(entity)
        # In the headline: what the story is about, whatever the counts say.
        weight = (entity["salience"] + (0.25 if entity.get("in_title") else 0.0)) * _rarity(key)
        weights[key] = round(max(weights.get(key, 0.0), weight), 4)
        names[key] = [entity["name"], entity["label"]]
        if _local_place(entity):
            places[key] = round(entity["salience"], 4)
    return {
        "id": record["id"],
        "source": record.get("source"),
        "title": record.get("title"),
        "url": record.get("url"),
        "at": at.astimezone(UTC).isoformat(timespec="seconds"),
        "t": at.timestamp(),
        "hash": record.get("content_hash"),
        "entities": weights,
        "names": names,
        "places": places,
        "terms": terms(record.get("title"), record.get("text") or ""),
        "claims": _claims(record),
    }


def _local_place(entity: Record) -> bool:
    """A town or site (it has coordinates): countries are shared by unrelated events."""
    return entity["label"] in PLACE_LABELS and entity.get("coordinates") is not None


def leading_place(article: dict[str, Any]) -> str | None:
    """Where the article's event happens: its most salient town, if salient enough."""
    places = article["places"]
    if not places:
        return None
    key = min(places, key=lambda k: (-places[k], k))
    return key if places[key] >= LOCAL_PLACE_SALIENCE else None


def _claims(record: Record) -> list[dict[str, Any]]:
    """The article's most check-worthy claims, with their cross-article contradictions."""
    claims = sorted(
        record.get("claims") or [], key=lambda c: (-c.get("check_worthiness", 0.0), c["id"])
    )
    return [
        {
            "id": c["id"],
            "text": c["text"][:400],
            "speaker": (c.get("speaker") or {}).get("name"),
            "contradicts": sorted(
                r["claim"] for r in c.get("relations") or () if r["type"] == "contradicts"
            ),
        }
        for c in claims[:5]
    ]


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors held as dicts."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0
