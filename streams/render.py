"""Records as a person reads them on a terminal: `newsstream tail` without `--json`.

JSON lines are for programs; a newsroom watching the stream wants the gist:
when, who published, the headline, who is in it, who said what, and whether
it is a reprint or part of a story. Each record kind of the pipeline gets its
own short summary; anything else falls back to one JSON line.
"""

from __future__ import annotations

from typing import Any

import orjson

from streams.records import Record

LEADING_ENTITIES = 6
CLAIMS_SHOWN = 5
CLAIM_CHARS = 160


def summary(record: Any) -> str:
    """A few readable lines for one record of any pipeline topic."""
    if not isinstance(record, dict):
        return orjson.dumps(record).decode()
    if {"stage", "error", "message"} <= record.keys():
        return _dead_letter(record)
    if {"entity", "window_start", "score"} <= record.keys():
        return _trending(record)
    if {"headline", "articles", "sources"} <= record.keys():
        return _story(record)
    if "speaker" in record and "article" in record:  # news.claims: a claim and its article
        return f"{record['source']}, {record.get('title') or record['article']}\n  " + _claim(
            record
        )
    if "text" in record and "source" in record:
        return _article(record)
    return orjson.dumps(record).decode()


def _article(record: Record) -> str:
    when = (record.get("published_at") or record.get("fetched_at") or "")[:16].replace("T", " ")
    title = record.get("title") or _first_words(record.get("text", ""))
    lines = [f"{when}  {record['source']}  {title}"]
    entities = sorted(record.get("entities") or [], key=lambda e: -e.get("salience", 0))
    if entities:
        shown = ", ".join(f"{e['name']} ({e['label']})" for e in entities[:LEADING_ENTITIES])
        lines.append(f"  who/where: {shown}")
    # The most check-worthy first: what a desk would verify.
    claims = sorted(record.get("claims") or [], key=lambda c: -(c.get("check_worthiness") or 0))
    for claim in claims[:CLAIMS_SHOWN]:
        lines.append("  " + _claim(claim))
    if len(claims) > CLAIMS_SHOWN:
        lines.append(f"  … and {len(claims) - CLAIMS_SHOWN} more claims")
    notes = []
    if record.get("duplicate_of"):
        notes.append(f"reprint of {record['duplicate_of']}")
    if record.get("story"):
        notes.append(f"story {record['story']}")
    if record.get("skipped"):
        notes.append("skipped: " + ", ".join(sorted(record["skipped"])))
    if notes:
        lines.append("  " + "; ".join(notes))
    return "\n".join(lines)


def _claim(claim: Record, prefix: str = "") -> str:
    speaker = claim.get("speaker") or {}
    who = speaker.get("name") or speaker.get("role") or "unattributed"
    if speaker.get("role") and speaker.get("name"):
        who = f"{who} ({speaker['role']})"
    text = " ".join(str(claim.get("text", "")).split())
    if len(text) > CLAIM_CHARS:
        text = text[: CLAIM_CHARS - 1] + "…"
    marks = [m for m in ("hedged", "negated") if claim.get(m)]
    tail = f" [{', '.join(marks)}]" if marks else ""
    return f"{prefix}{who} {claim.get('cue') or 'said'}: {text}{tail}"


def _story(record: Record) -> str:
    span = f"{str(record['first_seen'])[:16]} → {str(record['last_seen'])[:16]}".replace("T", " ")
    lines = [
        f"STORY {record['id']}  {record['headline']}",
        f"  {record['size']} articles from {', '.join(record['sources'])}; {span}",
    ]
    contradictions = record.get("contradictions") or []
    if contradictions:
        lines.append(f"  {len(contradictions)} contradiction(s) between sources")
    return "\n".join(lines)


def _trending(record: Record) -> str:
    """One row of a table: the window, the entity, its count against its baseline."""
    window = f"{record['window_start'][:16]}–{record['window_end'][11:16]}".replace("T", " ")
    entity = f"{record['name']} ({record['label']})"
    return (
        f"TRENDING {window}  {entity:<32} {record['articles']:>4} articles  "
        f"baseline {record['baseline_mean']:>5.1f}  score {record['score']:>6.2f}"
    )


def _dead_letter(record: Record) -> str:
    where = f"{record.get('topic')}/{record.get('partition')}@{record.get('offset')}"
    return f"DEAD LETTER {record['stage']}: {record['error']}: {record['message']} ({where})"


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")
