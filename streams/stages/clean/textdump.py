"""Plain text: an article's own text (wire copy) or a page's visible text (a dump).

Plain text has no markup: paragraphs are blocks between blank lines, but a
page's furniture (tag lists, metadata, sign-up boxes) often arrives as runs of
single lines inside one block. So a block becomes one unit when it is a
hard-wrapped paragraph and one unit per line otherwise. Then the evidence
decides how it is read: a text holding a web page's furniture (a menu, a
sign-up box, a comment thread) is a dump, and its story is sought among the
page's text; any other text is the article's own, and keeps every line that
is not furniture by its own words (`wire`).
"""

from __future__ import annotations

import itertools
import re

from streams.stages.clean import boilerplate as bp
from streams.stages.clean import wire
from streams.stages.clean.hygiene import normalise
from streams.stages.clean.page import Extracted, refine

# Lines only a web page has around its story: one of them makes a text a page's dump, or two
# menu lines (one may be a wire story's own: a "Related" line, a section's name).
PAGE_FURNITURE = frozenset(
    {"newsletter", "consent", "comments", "comment_thread", "promotion", "player"}
)
DUMP_MIN_MENU_LINES = 2
_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
# Hard-wrapped prose: every line but the last is long and of similar width (e-mail, wire feeds).
_WRAP_MIN, _WRAP_MAX = 50, 100


def units(body: str) -> list[str]:
    """Text units in page order: hard-wrapped blocks joined, other blocks split by line."""
    out: list[str] = []
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    for block in _BLANK.split(text):
        if not block.strip():
            continue
        lines = [normalise(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    head = lines[:-1]
    if not all(_WRAP_MIN <= len(line) <= _WRAP_MAX for line in head):
        return False
    # A continuation line starts in lower case or follows a comma or hyphen. A line that
    # merely lacks a full stop is no evidence: headlines, tag lists and date lines lack one too.
    joins = sum(
        1
        for prev, nxt in itertools.pairwise(lines)
        if nxt[:1].islower() or prev.endswith((",", "-", "–", ";", ":"))
    )
    return joins >= (len(lines) - 1) / 2


def extract(body: str) -> Extracted:
    found = units(body)
    kinds = [bp.classify(u) for u in found]
    menus = kinds.count("navigation")
    if menus < DUMP_MIN_MENU_LINES and not PAGE_FURNITURE.intersection(kinds):
        return wire.extract(found)
    out = Extracted()
    refine(found, out, find_title=True, whole_page=True)
    return out
