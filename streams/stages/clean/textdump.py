"""Plain-text page dumps (what a scraper saves when it keeps only the visible text) to text units.

A dump has no markup: paragraphs are blocks between blank lines, but the
page's furniture (tag lists, metadata, sign-up boxes) often arrives as runs of
single lines inside one block. So a block becomes one unit when it is a
hard-wrapped paragraph and one unit per line otherwise.
"""

from __future__ import annotations

import itertools
import re

from streams.stages.clean.hygiene import normalise
from streams.stages.clean.page import Extracted, refine

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
    out = Extracted()
    refine(units(body), out, find_title=True, whole_page=True)
    return out
