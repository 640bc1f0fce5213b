"""A story as a reader sees it (news.stories): headline, articles, who and where, claims."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from streams.records import Record
from streams.stages.stories.features import cosine

LEADING = 8
"""Entities named in a story record, the most salient across its articles first."""
CLAIMS = 10


def render(story: dict[str, Any], updated_by: str) -> Record:
    """The news.stories record of a story as it stands; `updated_by` is the article just filed."""
    articles = story["articles"]
    return {
        "id": story["id"],
        "updated_by": updated_by,
        "headline": _headline(articles),
        "first_seen": _iso(articles[0]["t"]),
        "last_seen": _iso(articles[-1]["t"]),
        "size": len(articles) + story.get("dropped", 0),
        "sources": sorted({a["source"] for a in articles if a["source"]}),
        "articles": [
            {
                "id": a["id"],
                "source": a["source"],
                "title": a["title"],
                "url": a["url"],
                "at": a["at"],
            }
            for a in articles
        ],
        "entities": _leading(articles),
        "places": sorted({a["names"][p][0] for a in articles for p in a["places"]}),
        "claims": _claims(articles),
        "contradictions": _contradictions(articles),
        "merged": list(story["merged"]),
    }


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")


def _headline(articles: list[dict[str, Any]]) -> str | None:
    """The title of the article closest to the story's words: the most typical telling.

    Order-free: the same articles give the same headline whichever came first.
    """
    centroid: dict[str, float] = {}
    for a in articles:
        for k, v in a.get("terms", {}).items():
            centroid[k] = centroid.get(k, 0.0) + v
    titled = [a for a in articles if a["title"]]
    if not titled:
        return None
    best = min(
        titled, key=lambda a: (-round(cosine(a.get("terms", {}), centroid), 6), a["t"], a["id"])
    )
    return str(best["title"])


def _leading(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    weight: dict[str, float] = {}
    count: dict[str, int] = {}
    names: dict[str, list[str]] = {}
    for a in articles:
        for key, w in a["entities"].items():
            weight[key] = weight.get(key, 0.0) + w
            count[key] = count.get(key, 0) + 1
            names[key] = a["names"][key]
    ranked = sorted(weight, key=lambda k: (-count[k], -weight[k], k))[:LEADING]
    return [
        {
            "key": k,
            "name": names[k][0],
            "label": names[k][1],
            "articles": count[k],
            "weight": round(weight[k] / len(articles), 4),
        }
        for k in ranked
    ]


def _claims(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each article's first claims in turn, so every outlet is heard before any is heard twice."""
    out: list[dict[str, Any]] = []
    for rank in range(max((len(a["claims"]) for a in articles), default=0)):
        for a in articles:
            if rank < len(a["claims"]) and len(out) < CLAIMS:
                c = a["claims"][rank]
                out.append(
                    {"id": c["id"], "article": a["id"], "text": c["text"], "speaker": c["speaker"]}
                )
    return out


def _contradictions(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims of one article that the claim stage found contradicted by another's in the story."""
    owner = {c["id"]: a["id"] for a in articles for c in a["claims"]}
    pairs = set()
    for a in articles:
        for c in a["claims"]:
            for other in c["contradicts"]:
                if owner.get(other, a["id"]) != a["id"]:
                    pairs.add(tuple(sorted([(c["id"], a["id"]), (other, owner[other])])))
    return [
        {"claim": x[0], "article": x[1], "contradicts": y[0], "other_article": y[1]}
        for x, y in sorted(pairs)
    ]
