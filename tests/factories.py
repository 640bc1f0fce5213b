"""Small record factories: a valid record of each topic, with overrides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.records import Record

SEED = Path(__file__).resolve().parents[2] / "shared" / "samples" / "000_a05adf3270c9401d.txt"


def raw(
    body: str = "A plain article.\n\nIt has two paragraphs of text.", **overrides: Any
) -> Record:
    record: Record = {
        "url": None,
        "source": "test",
        "fetched_at": "2024-10-18T08:00:00Z",
        "content_type": "text/plain",
        "body": body,
    }
    record.update(overrides)
    return record


def html(body_html: str, title: str = "A headline", **overrides: Any) -> Record:
    page = f"<html><head><title>{title}</title></head><body>{body_html}</body></html>"
    return raw(page, content_type="text/html", **overrides)


def seed() -> Record:
    """The real scraped wire story in ../shared/samples, as a news.raw record."""
    return raw(SEED.read_text(encoding="utf-8"), id="a05adf3270c9401d", source="newsmax-dump")


def cleaned(text: str = "Anna Berg said the plan works.", **overrides: Any) -> Record:
    paragraphs = text.split("\n\n")
    record: Record = {
        "id": "art-1",
        "url": None,
        "source": "test",
        "fetched_at": "2024-10-18T08:00:00Z",
        "content_type": "text/plain",
        "title": None,
        "text": text,
        "paragraphs": paragraphs,
        "published_at": None,
        "published_raw": None,
        "rejected_dates": [],
        "dateline": None,
        "authors": [],
        "publisher": None,
        "wire": None,
        "tags": [],
        "language": {"code": "en", "confidence": 1.0},
        "word_count": len(text.split()),
        "truncated": [],
        "removed": {},
        "content_hash": "0" * 32,
        "duplicate_of": None,
        "skipped": {},
    }
    record.update(overrides)
    return record


def tagged(
    text: str = "Anna Berg said the plan works.",
    entities: list[Record] | None = None,
    **overrides: Any,
) -> Record:
    return {**cleaned(text, **overrides), "entities": entities or []}


def entity(name: str, label: str, text: str, **overrides: Any) -> Record:
    """An entity with a mention at every occurrence of `name` in `text`."""
    mentions, start = [], text.find(name)
    while start >= 0:
        mentions.append({"text": name, "start": start, "end": start + len(name)})
        start = text.find(name, start + 1)
    record: Record = {
        "name": name,
        "label": label,
        "kb_id": None,
        "mentions": mentions,
        "salience": 0.5,
        "in_title": False,
        "country_code": None,
        "coordinates": None,
    }
    record.update(overrides)
    return record
