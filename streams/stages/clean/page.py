"""From a page's text units (dump lines or HTML paragraphs) to story paragraphs and metadata.

Both input paths end here, so a rule learnt on one (a sign-up box, a
copyright footer, a repeated summary) helps the other. Each unit's kind comes
from `boilerplate.classify`; what spans several units (a related card, an
editor's letter, a dump's story run) from the family that judges it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from streams.stages.clean import (
    boilerplate,
    bylines,
    datelines,
    dates,
    dumps,
    feeds,
    footers,
    newsletters,
    prose,
    teasers,
)
from streams.stages.clean.hygiene import words

# Where a block under "About Acme" names Acme, when it describes itself.
ABOUT_NAME_WITHIN = 120
# Kinds after which nothing on the page is the story.
_ENDS_STORY = frozenset({"back_matter", "comment_thread"})
# A summary box's points under its heading ("Key takeaways"): a few short sentences. A lead
# is longer, so the box ends before the story does.
BOX_ITEMS, BOX_ITEM_WORDS = 5, 20
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit source)?\s*\]$", re.IGNORECASE)


@dataclass
class Extracted:
    """What a page yields before the record is assembled."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    # (source, text) in the order found: "metadata", "htmldate", "text" (a line of the page).
    date_candidates: list[tuple[str, str]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    publisher: str | None = None
    wire: str | None = None
    dateline: str | None = None
    url: str | None = None
    language_hint: str | None = None
    removed: Counter[str] = field(default_factory=Counter)
    flags: list[str] = field(default_factory=list)


def refine(units: list[str], out: Extracted, *, find_title: bool, whole_page: bool = False) -> None:
    """Sort units into story paragraphs and metadata, counting what goes by kind.

    `whole_page` says the units are all of a page's text (a dump, or markup too
    broken to walk), so the story is sought among them; an extractor's reading of
    the markup has left its furniture behind already, and a paragraph that ends
    without a full stop (an inline stock quote after it) must not cut it in two.
    """
    holders: list[str] = []
    # A wiki's section heading keeps its "[edit]" link in text ("Sources[edit]").
    units = [_EDIT_LINK.sub("", u) if u.endswith("]") else u for u in units]
    if whole_page:
        units = [dumps.LINK_MARK.sub("", dumps.TICKER_TAIL.sub("", unit)) for unit in units]
    kinds = [boilerplate.classify(unit) for unit in units]
    # Owners and tags first: a page may repeat its owner's name before its copyright line.
    for unit, kind in zip(units, kinds, strict=True):
        if kind is not None:
            harvest(unit, kind, out, holders)
    kept: list[str] = []
    footer_seen = False
    issuer: str | None = None
    headlines: list[int] = []
    dropped: dict[int, str] = {}
    back_matter: str | None = None
    box_items = 0
    cards = teasers.related_cards(units, kinds)
    elsewhere = (
        dumps.between_jumps(units, kinds)
        | newsletters.letters(units)
        | newsletters.pitches(units, kinds)
    )
    elsewhere |= newsletters.forwarders_note(units, kinds)
    elsewhere |= newsletters.boxed(units, kinds)
    if whole_page:
        elsewhere |= feeds.other_posts(units, kinds)
    around = _neighbours(kinds)
    for at, (unit, line_kind) in enumerate(zip(units, kinds, strict=True)):
        kind = line_kind if line_kind is not None else _metadata_kind(unit, out, holders)
        if (
            kind is None
            and box_items
            and prose.sentence(unit)
            and len(unit.split()) <= BOX_ITEM_WORDS
        ):
            # "Key takeaways" and its points: the story retold in other words, above it.
            kind = "summary"
            box_items -= 1
        elif kind != "empty":
            box_items = BOX_ITEMS if unit.lower().rstrip(" :") in teasers.SUMMARY_BOXES else 0
        if kind in _ENDS_STORY and back_matter is None and any(map(prose.is_prose, kept)):
            # "Notes to editors": what follows is written for journalists, in sentences too;
            # a comment thread's "sort by: best", for readers.
            back_matter = kind
        elif back_matter and kind != "empty":
            kind = back_matter
        if kind is None and at in cards:
            kind = "related"
        if at in elsewhere and kind not in ("empty", "jump"):
            kind = elsewhere[at]
        if kind is None and not prose.sentence(unit) and around[at] == ("player", "player"):
            # A video card's title between its player's words ("WATCH NOW VIDEO 04:26", "Play").
            kind = "player"
        if kind is None and find_title and _headline(unit):
            headlines.append(at)
        if kind == "about":
            issuer = footers.about(unit)
        elif kind is None and issuer and issuer in unit[:ABOUT_NAME_WITHIN]:
            # "About Acme" then "Acme is a ..." (or "Founded in 1884, Acme is ..."): the issuer
            # describing itself under its release.
            kind = "about"
        if kind is None and footer_seen and not prose.sentence(unit):
            # After the footer begins, short lines are the page's furniture ("GlobalTalk").
            kind = "navigation"
        if kind is None and not kept and prose.words(unit) <= 4 and not prose.is_prose(unit):
            # A section kicker ("Medio ambiente", "World") above the story.
            kind = "navigation"
        if kind is None:
            kept.append(unit)
            continue
        if kind in footers.FOOTER_KINDS and kept:
            footer_seen = True
        if kind != "empty":
            out.removed[kind] += 1
            dropped[at] = kind
    if whole_page:
        kept, lead = dumps.story_run(kept, out)
    else:
        lead = next((u for u in kept if prose.is_prose(u)), None)
    if find_title and headlines:
        title_at = dumps.title_above_story(units, headlines, kept, lead, out)
        title_at = headlines[0] if title_at is None else title_at
        out.title = title = units[title_at]
        if title_at in dropped:  # the headline is the title, not boilerplate ("World" aside)
            out.removed[dropped[title_at]] -= 1
            out.removed = +out.removed
        elif title in kept:
            kept.remove(title)
        bylines.bare_bylines(kept, lead, out)
        if whole_page:
            dumps.dek(units, title_at, kept, out)
        restated = [u for u in kept if u == title or _restates(u, title)]
        if restated:
            kept = [u for u in kept if u not in restated]
            out.removed["metadata"] += len(restated)
    if whole_page:
        # After the headline is found: a menu's lines must not take it with them.
        kept = dumps.without_menus(kept, out)
    kept = teasers.drop_summaries(kept, out)
    datelines.take_dateline(kept, out)
    out.paragraphs = kept
    out.publisher = out.publisher or publisher(holders)


def publisher(holders: list[str]) -> str | None:
    """The page's owner: the last copyright or trademark holder that is not a news agency."""
    others = [
        h for h in holders if datelines.wire_name(h) is None and datelines.wire_in_credit(h) is None
    ]
    return others[-1] if others else None


def add_authors(names: list[str], out: Extracted) -> None:
    """A byline's names into `authors`; a news agency's into `wire` instead."""
    for name in names:
        wire = datelines.wire_name(name)
        if wire:
            out.wire = out.wire or wire
        elif name not in out.authors:
            out.authors.append(name.title() if name.isupper() else name)


def _metadata_kind(unit: str, out: Extracted, holders: list[str]) -> str | None:
    """Units that only repeat what the page already told us (title, tags, a date, the owner)."""
    low = unit.lower().strip()
    if out.title and (low == out.title.lower().strip() or _restates(unit, out.title)):
        return "metadata"
    if out.tags and "," in unit and set(boilerplate.split_tags(unit)) == set(out.tags):
        return "tags"
    if any(low == h.lower() for h in holders) or (out.publisher and low == out.publisher.lower()):
        return "metadata"
    if any(unit.startswith(f"{name} is ") for name in out.authors) and prose.is_prose(unit):
        # The author's biography under the story ("Jane Doe is a correspondent who ...").
        return "bio"
    authors = bylines.byline(unit)
    if authors:
        add_authors(authors, out)
        return "byline"
    if dates.looks_like_date(unit):
        out.date_candidates.append(("text", unit))
        return "date"
    return None


def harvest(unit: str, kind: str, out: Extracted, holders: list[str]) -> None:
    """Read a boilerplate line's facts into the record: tags, the wire, the owner's name."""
    if kind == "tags":
        out.tags.extend(t for t in boilerplate.tags_of(unit) if t not in out.tags)
    elif kind in ("copyright", "credits"):
        wire = datelines.wire_in_credit(unit)
        if wire and out.wire is None:
            out.wire = wire
        holder = footers.copyright_holder(unit) if kind == "copyright" else None
        if holder and holder not in holders:
            holders.append(holder)
    elif kind == "source":
        wire = datelines.source_wire(unit)
        if wire and out.wire is None:
            out.wire = wire
    elif kind == "trademark":
        owner = footers.trademark_owner(unit)
        if owner and owner not in holders:
            holders.append(owner)


def _restates(unit: str, title: str) -> bool:
    """A headline variant (the page's h1 beside its og:title): unpunctuated, mostly title words."""
    if prose.is_prose(unit) or len(unit.split()) > 30:
        return False
    title_words = set(words(title))
    unit_words = words(unit)
    if not title_words or not unit_words:
        return False
    return len(title_words.intersection(unit_words)) / len(title_words) >= 0.7


def _headline(unit: str) -> bool:
    n = prose.words(unit)
    return 2 <= n <= 25 and len(unit) <= 200 and not unit.rstrip().endswith((".", "。"))


def _neighbours(kinds: list[str | None]) -> list[tuple[str | None, str | None]]:
    """Each line's nearest non-empty neighbours' kinds, before and after it (in linear time)."""
    before: list[str | None] = []
    last: str | None = None
    for kind in kinds:
        before.append(last)
        last = kind if kind != "empty" else last
    after: list[str | None] = []
    last = None
    for kind in reversed(kinds):
        after.append(last)
        last = kind if kind != "empty" else last
    return list(zip(before, reversed(after), strict=True))
