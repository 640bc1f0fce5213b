"""`newsstream bench claims`: quality and cost of the claims stage on annotated articles.

The evaluation set (data/claims/*.jsonl) is 31 articles written for this
benchmark in varied styles: speaker before, after and inside the quote,
inverted attributions, pronouns, groups, anonymous sources, organisations,
straight, curly, single, German and French quote marks, nested quotes and
quotes running over several paragraphs. Each line holds an article's
paragraphs, its date and every attributed statement in it: a substring of the
statement, who made it, and its kind (direct, indirect, mixed). The rules were
tuned on articles.jsonl (b01-b22); heldout.jsonl (h01-h05) was written as a
held-out set, but the gaps it showed were then fixed, so it is no longer one;
fresh.jsonl (f01-f04) was written last. Before any rule changed for it, it
scored direct recall 0.933, speaker accuracy 0.871, precision 0.941 (the honest
figures for unseen prose); the general fixes it prompted (abbreviation dots in
attributions, lower-case words inside inverted names, "advised", an age as a
second appositive) mean its `fresh_*` figures are no longer held out either.

The real entity stage tags the articles first (its model and `tag`), as in the
worker. A statement is found when a claim's span overlaps it; its speaker is
right when the claim's speaker name (or role) and the annotated speaker contain
one another or share the last word. Precision is the share of claims that
overlap an annotated statement.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from streams.records import Record
from streams.stages import claims, entities

DATA = Path(__file__).parent / "data" / "claims"
SETS = ("articles.jsonl", "heldout.jsonl", "fresh.jsonl")
ROUNDS = 5


def load(names: tuple[str, ...] = SETS) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in names:
        with (DATA / name).open(encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return out


def cleaned(article: dict[str, Any]) -> Record:
    """A news.cleaned record of an article of the set, as the clean stage would leave it."""
    text = "\n\n".join(article["paragraphs"])
    return {
        "id": article["id"], "url": None, "source": "bench", "fetched_at": article["published_at"],
        "content_type": "text/plain", "title": article["title"], "text": text,
        "paragraphs": article["paragraphs"], "published_at": article["published_at"],
        "published_raw": article["published_at"], "rejected_dates": [], "dateline": None,
        "authors": [], "publisher": None, "wire": None, "tags": [],
        "language": {"code": "en", "confidence": 1.0}, "word_count": len(text.split()),
        "truncated": [], "removed": {}, "content_hash": "0" * 32, "duplicate_of": None,
        "skipped": {},
    }  # fmt: skip


def same_speaker(annotated: str, speaker: Record) -> bool:
    want = _norm(annotated)
    for got in (speaker.get("name"), speaker.get("role")):
        if not got:
            continue
        have = _norm(got)
        if want == have or (len(have) >= 3 and (want in have or have in want)):
            return True
        if want.split()[-1] == have.split()[-1]:
            return True
    return False


def _norm(name: str) -> str:
    low = name.lower().replace("’", "'").strip()
    for det in ("the ", "a ", "an "):
        low = low.removeprefix(det)
    return low


def evaluate(articles: list[dict[str, Any]], enriched: list[Record]) -> dict[str, float]:
    totals = {"direct": 0, "indirect": 0, "mixed": 0}
    found = {"direct": 0, "indirect": 0, "mixed": 0}
    right = matched = claims_total = claims_hit = 0
    for article, record in zip(articles, enriched, strict=True):
        text = record["text"]
        spans = []
        for statement in article["statements"]:
            start = text.index(statement["text"])
            spans.append((start, start + len(statement["text"])))
            kind = statement["kind"]
            totals[kind] += 1
            best = _best(record["claims"], *spans[-1])
            if best is None:
                continue
            found[kind] += 1
            matched += 1
            right += same_speaker(statement["speaker"], best["speaker"])
        for claim in record["claims"]:
            claims_total += 1
            claims_hit += any(claim["start"] < e and s < claim["end"] for s, e in spans)
    all_total = sum(totals.values())
    return {
        "statements": all_total,
        "direct_statements": totals["direct"],
        "recall_direct": round(found["direct"] / totals["direct"], 3),
        "recall_indirect_and_mixed": round(
            (found["indirect"] + found["mixed"]) / max(totals["indirect"] + totals["mixed"], 1), 3
        ),
        "recall_all": round(sum(found.values()) / all_total, 3),
        "speaker_accuracy": round(right / max(matched, 1), 3),
        "precision": round(claims_hit / max(claims_total, 1), 3),
        "claims": claims_total,
    }


def _best(found: list[Record], start: int, end: int) -> Record | None:
    best, overlap = None, 0
    for claim in found:
        size = min(end, claim["end"]) - max(start, claim["start"])
        if size > overlap:
            best, overlap = claim, size
    return best


def run() -> dict[str, object]:
    articles = load()
    records = [cleaned(a) for a in articles]
    nlp = entities.load_model()
    entities.tag(records[:2], nlp)  # warm-up: first calls allocate
    started = time.perf_counter()
    for _ in range(ROUNDS):
        tagged = entities.tag(records, nlp)
    entity_s = (time.perf_counter() - started) / ROUNDS
    claims.attribute(tagged[0])
    started = time.perf_counter()
    for _ in range(ROUNDS):
        enriched = [claims.attribute(r) for r in tagged]
    claims_s = (time.perf_counter() - started) / ROUNDS
    figures: dict[str, object] = {"articles": len(articles)}
    figures.update(evaluate(articles, enriched))
    fresh = [i for i, a in enumerate(articles) if a["id"].startswith("f")]
    for name, value in evaluate([articles[i] for i in fresh], [enriched[i] for i in fresh]).items():
        figures[f"fresh_{name}"] = value
    figures.update(
        {
            "entities_ms_per_article": round(1000 * entity_s / len(articles), 2),
            "claims_ms_per_article": round(1000 * claims_s / len(articles), 2),
            "claims_share_of_entities_time": round(claims_s / entity_s, 3),
        }
    )
    return figures


def misses() -> list[tuple[str, str, str, str | None]]:
    """Statements missed or given the wrong speaker: (article, statement, wanted, got)."""
    articles = load()
    nlp = entities.load_model()
    tagged = entities.tag([cleaned(a) for a in articles], nlp)
    out = []
    for article, record in zip(articles, (claims.attribute(r) for r in tagged), strict=True):
        for statement in article["statements"]:
            start = record["text"].index(statement["text"])
            best = _best(record["claims"], start, start + len(statement["text"]))
            got = best["speaker"]["name"] if best else None
            if best is None or not same_speaker(statement["speaker"], best["speaker"]):
                out.append((article["id"], statement["text"][:60], statement["speaker"], got))
    return out
