"""Plain-text wire copy: a headline, a byline, a dateline, then the story, tables and all.

An agency's text feed has no page around it: its first lines are the story's
own furniture, in a fixed order ("TENNIS - SEEDS ADVANCE IN MELBOURNE.", "Jane
Doe", "MELBOURNE 1996-01-16"), and everything after them is the story,
including results tables, lists and one-line paragraphs that a page dump
would show as menus. So the head is read into the record's fields, and the
body keeps every line but those whose own words show they are furniture.
"""

from __future__ import annotations

import re

from streams.stages.clean import bylines, reading
from streams.stages.clean.page import Extracted, add_authors

# A headline: one line, at most this many words (a slugged one runs long: "SOCCER - ...").
HEADLINE_WORDS = 30
# The slug before a headline in capitals ("TENNIS - ", "UK ELECTION - ") or a headline that is
# all capitals: the full stop some agencies end it with does not make it a sentence.
_SLUG = re.compile(r"^[A-Z0-9][A-Z0-9 &/.'’-]{1,40}\s[-–—]\s\S")
_INNER_STOP = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)」』]*$")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:January|February|March|April|June|July|August|September|October|November|December)"
)
_DATE = (
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
)
# A dateline on a line of its own: a place in capitals (and its country), then the date
# ("NAIROBI 2024-03-05", "AL-AIN , United Arab Emirates 1996-12-06", "PARIS, March 5").
_DATELINE_LINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:\s*,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?)"
    rf"\s*,?\s+(?P<date>{_DATE})$"
)
# The date inside an inline dateline ("LONDON, Oct 17 (Reuters) - ...").
_INLINE_DATE = re.compile(rf"^[^,(]{{2,60}},\s+(?P<date>{_DATE})\s*(?:\(|[-–—])")


def extract(units: list[str]) -> Extracted:
    """Head into fields, body kept whole but for furniture its own words name."""
    out = Extracted()
    rest = list(units)
    # A text of one unit is its story, whatever its shape (a flash without a full stop).
    if len(rest) > 1 and headline(rest[0]):
        out.title = rest.pop(0)
    while rest and _head_line(rest[0], out):
        rest.pop(0)
    if rest:
        inline = _INLINE_DATE.match(rest[0])
        if inline:
            out.date_candidates.append(("dateline", inline["date"]))
    reading.refine(rest, out)
    return out


def headline(line: str) -> bool:
    """A headline, not the story's first sentence: short, and unpunctuated or in capitals."""
    n = len(line.split())
    if not 1 <= n <= HEADLINE_WORDS or bylines.byline(line) or _DATELINE_LINE.match(line):
        return False
    if _INNER_STOP.search(line):  # "... common shares. Reuter": sentences, not a headline
        return False
    letters = [c for c in line if c.isalpha()]
    shouted = len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return shouted or bool(_SLUG.match(line)) or not _SENTENCE_END.search(line)


def _head_line(line: str, out: Extracted) -> bool:
    """A byline or a dateline between the headline and the story, read into `out`."""
    authors = bylines.byline(line)
    name = None if authors else bylines.bare_name(line)
    if authors or name:
        add_authors(authors or [name or ""], out)
        out.removed["byline"] += 1
        return True
    found = _DATELINE_LINE.match(line)
    if found:
        place = re.sub(r"\s+,", ",", found["place"].strip())
        out.dateline = " ".join(
            w.title() if w.isupper() and len(w) > 2 else w for w in place.split()
        )
        out.date_candidates.append(("dateline", found["date"]))
        out.removed["dateline"] += 1
        return True
    return False
