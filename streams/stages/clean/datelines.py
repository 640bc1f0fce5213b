"""Where and from whom a story comes: the lead's dateline, wire agencies, source lines.

"BRUSSELS (Reuters) -" opens a wire story's lead; "© 2024 Thomson/Reuters" and
"Source: AFP" under it credit the agency too. Each names the record's `wire`
by the agency's one stored spelling (WIRES).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from streams.stages.clean.page import Extracted

# Agency name as stored in `wire`, and the spellings that credit it.
WIRES: dict[str, tuple[str, ...]] = {
    "Reuters": ("reuters", "thomson reuters", "thomson/reuters"),
    "AP": ("ap", "associated press", "the associated press"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "dpa": ("dpa", "deutsche presse-agentur"),
    "EFE": ("efe",),
    "ANSA": ("ansa",),
    "Xinhua": ("xinhua",),
    "TASS": ("tass",),
    "Kyodo": ("kyodo", "kyodo news"),
    "UPI": ("upi", "united press international"),
    "PA": ("pa", "pa media", "press association"),
    "Yonhap": ("yonhap",),
    "Anadolu": ("anadolu", "anadolu agency"),
    "Interfax": ("interfax",),
}
_WIRE_BY_SPELLING = {s: name for name, spellings in WIRES.items() for s in spellings}
_WIRE_ALT = "|".join(
    re.escape(s) for s in sorted(_WIRE_BY_SPELLING, key=len, reverse=True) if len(s) > 2
)
_WIRE_IN_TEXT = re.compile(rf"\b(?:{_WIRE_ALT}|AP|AFP|PA|UPI|EFE|dpa)\b", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^(?:SOURCE\s+|Source:\s*)(?P<name>[A-Z][^.!?]{1,80})$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    rf"\s*(?:\((?P<wire>(?i:{_WIRE_ALT})|AP|AFP|PA|UPI|EFE|dpa)\))?\s*[-–—]{{1,2}}\s+(?=\S)",
)


@dataclass(frozen=True)
class Dateline:
    place: str
    wire: str | None
    length: int


def dateline(paragraph: str) -> Dateline | None:
    """The "BRUSSELS (Reuters) -" opening of a story's first paragraph."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"].strip()
    if len(place.split()) > 5:
        return None
    wire = match["wire"]
    return Dateline(place=place, wire=wire_name(wire) if wire else None, length=match.end())


@dataclass(frozen=True)
class InText:
    """Where a dateline left in the text stands: its place names (one or two, "DOHA, Qatar"),
    the agency in parentheses, and the end of the whole dateline, dash included."""

    places: tuple[tuple[int, int], ...]
    wire: tuple[int, int] | None
    end: int


def in_text(text: str, paragraphs: int = 2) -> InText | None:
    """The dateline opening one of the text's first `paragraphs` (the headline may come first).

    The clean stage keeps a page's dateline in its lead ("ROTTERDAM (Reuters) - …") and
    reports it in `dateline`; the later stages must read it as a place and an agency, not as
    words of the story.
    """
    start = 0
    for _ in range(paragraphs):
        while start < len(text) and text[start].isspace():
            start += 1
        cut = text.find("\n\n", start)
        end = len(text) if cut < 0 else cut
        match = _DATELINE.match(text[start:end])  # `^` anchors at a string's start only
        if match and len(match["place"].split()) <= 5:
            places = []
            at = start + match.start("place")
            for part in match["place"].split(","):
                lead = len(part) - len(part.lstrip())
                body = part.strip()
                places.append((at + lead, at + lead + len(body)))
                at += len(part) + 1
            wire = (
                (start + match.start("wire"), start + match.end("wire")) if match["wire"] else None
            )
            return InText(tuple(places), wire, start + match.end())
        if cut < 0:
            return None
        start = cut + 2
    return None


def wire_name(spelling: str) -> str | None:
    return _WIRE_BY_SPELLING.get(spelling.strip().lower())


def wire_in_credit(line: str) -> str | None:
    """The agency a copyright or credit line names ("© 2024 Thomson/Reuters")."""
    found = _WIRE_IN_TEXT.search(line)
    if not found:
        return None
    word = found.group(0)
    # Short codes only count in capitals: "ap" or "pa" in lower case are other words.
    if len(word) <= 3 and word != word.upper() and word.lower() != "dpa":
        return None
    return wire_name(word)


def source_wire(line: str) -> str | None:
    """The agency a "Source: Reuters" line names; a release's "SOURCE Acme" names none."""
    match = SOURCE_LINE.match(line.strip())
    return wire_name(match["name"].rstrip(" .")) if match else None


def take_dateline(paragraphs: list[str], out: Extracted, *, cut: bool = True) -> None:
    """The lead's dateline into `out.dateline` (and its wire), cut from the lead when `cut`."""
    if not paragraphs:
        return
    found = dateline(paragraphs[0])
    if found is None:
        return
    out.dateline = " ".join(
        w.title() if w.isupper() and len(w) > 2 else w for w in found.place.split()
    )
    if found.wire and out.wire is None:
        out.wire = found.wire
    if cut:
        paragraphs[0] = paragraphs[0][found.length :]
        out.removed["dateline"] += 1
