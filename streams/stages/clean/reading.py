"""An extractor's reading of a page's markup to story paragraphs: recall first.

trafilatura has already judged the page's blocks by their markup (link density,
position, tags); what it kept is story unless a line's own words show it is
furniture. Measured on trafilatura's 990-page evaluation corpus (bench/clean.py),
every kind in DROPPED removes more furniture than story there, or is furniture
by name (a consent wall, a share bar); the kinds left out of it (a headline
repeated in the body, bare numbers, captions, credit lines, editor's notes)
cost more story than they removed, so they stay in the text. A dateline stays
in its paragraph too: it is part of the lead as the agency wrote it, and it is
also reported in `dateline`.
"""

from __future__ import annotations

from streams.stages.clean import appeals, bylines, crosslinks, datelines, dates, labels
from streams.stages.clean import boilerplate as bp
from streams.stages.clean.page import Extracted, add_authors, harvest, publisher
from streams.stages.clean.prose import is_prose

DROPPED = frozenset(
    {
        "navigation",
        "newsletter",
        "copyright",
        "trademark",
        "legal",
        "transcript",
        "consent",
        "comments",
        "promotion",
        "tags",
        "jump",
        "player",
        "source",
    }
)
# Kinds after which nothing on the page is the story, once some story has been read: a
# comment thread, and a release's "ENDS" or "Notes to editors". (A list of sources or
# references under a report is the report's own: real pages' readers count it as story.)
_ENDS_STORY = frozenset({"comment_thread", "back_matter"})
_REFERENCES = frozenset({"sources", "references"})
# A line that is only a date ("17 October 2024", "Posted on 2024-10-17"): the page's metadata.
# A longer line with a date in it is an embedded post's credit or a sentence, and stays.
DATE_LINE_WORDS = 6


def refine(units: list[str], out: Extracted) -> None:
    """Sort an extractor's units into `out.paragraphs` and metadata, counting what goes."""
    kinds = [bp.classify(unit) for unit in units]
    holders: list[str] = []
    for unit, kind in zip(units, kinds, strict=True):
        if kind is not None:
            harvest(unit, kind, out, holders)
    kept: list[str] = []
    ended: str | None = None
    related = False
    for unit, kind in zip(units, kinds, strict=True):
        if kind == "empty":
            continue
        if kind is None and crosslinks.heading(unit):
            kind, related = "related", True
        elif kind is None and related and not is_prose(unit) and _headline(unit):
            kind = "related"  # a headline in the list under "Related"
        else:
            related = False
        if kind is None and crosslinks.labelled_link(unit):
            kind = "related"
        if kind is None and appeals.appeal(unit):
            kind = "appeal"
        if kind is None and appeals.photo_credit(unit):
            kind = "photo_credit"
        if kind is None and labels.label(unit):
            kind = "label"
        if kind == "back_matter" and unit.lower().strip(" :") in _REFERENCES:
            kind = None
        if ended is None and kind in _ENDS_STORY and any(map(is_prose, kept)):
            ended = kind
        if ended is not None:
            out.removed[ended] += 1
            continue
        if kind is None:
            kind = _metadata(unit, out)
        if kind in DROPPED or kind in ("byline", "related", "appeal", "photo_credit", "label"):
            out.removed[kind] += 1
            continue
        kept.append(unit)
    if out.title is None:
        out.title = next((u for u in kept if _headline(u)), None)
    # The headline stays where the page prints it (its readers count it as story); the
    # dateline opens the paragraph after it.
    lead = 1 if out.title and kept and kept[0].casefold() == out.title.casefold() else 0
    datelines.take_dateline(kept[lead:], out, cut=False)
    out.paragraphs = kept
    out.publisher = out.publisher or publisher(holders)


def _metadata(unit: str, out: Extracted) -> str | None:
    """A byline or a bare date line: read into the record's fields, not the text."""
    authors = bylines.byline(unit)
    if authors:
        add_authors(authors, out)
        return "byline"
    if len(unit.split()) <= DATE_LINE_WORDS and dates.looks_like_date(unit):
        out.date_candidates.append(("text", unit))
        return "date"
    return None


def _headline(unit: str) -> bool:
    n = len(unit.split())
    return 2 <= n <= 25 and len(unit) <= 200 and not is_prose(unit)
