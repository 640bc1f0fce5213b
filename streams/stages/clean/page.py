"""From a page's text units (dump lines or HTML paragraphs) to story paragraphs and metadata.

Both input paths end here, so a rule learnt on one (a sign-up box, a
copyright footer, a repeated summary) helps the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise

from streams.stages.clean import boilerplate as bp
from streams.stages.clean import dates
from streams.stages.clean.hygiene import cut_short, words

# A summary block repeats the story: most of its word 4-grams occur in the other paragraphs.
SUMMARY_OVERLAP = 0.8
SUMMARY_MIN_WORDS = 8
# A line of more words than this, without its full stop, is a paragraph cut short, not a heading.
HEADING_WORDS = 14
# A line this long with a full stop inside it is a paragraph, whatever trails it.
LONG_PARAGRAPH_WORDS = 15
# Three or more short lines in a row without a full stop, inside a story's run, are a menu or
# a list of headlines ("More on this story"); a subheading stands alone above its paragraphs.
MENU_LABEL_WORDS, MENU_MIN_LABELS = 8, 3
# Where a block under "About Acme" names Acme, when it describes itself.
ABOUT_NAME_WITHIN = 120
# Kinds after which nothing on the page is the story.
_ENDS_STORY = frozenset({"back_matter", "comment_thread"})
# A summary box's points under its heading ("Key takeaways"): a few short sentences. A lead
# is longer, so the box ends before the story does.
BOX_ITEMS, BOX_ITEM_WORDS = 5, 20
# An editor's note runs from its greeting to its sign-off over at most this many lines.
LETTER_LINES = 4
# A sponsor's pitch under its label is a sentence or two; a paragraph of a story goes on.
PITCH_WORDS = 45
# Under a "Related" heading inside a story, this many headline lines in a row are its links; one
# may be the story's own subheading.
RELATED_MIN_HEADLINES = 2
# A headline shares at least this many words (of four letters or more) with its story's lead.
TITLE_SHARED_WORDS = 2
# A feed's story post: at least this long, this many times the next longest of its kind.
FEED_MIN_ITEMS, FEED_STORY_MIN, FEED_STORY_RATIO = 3, 1000, 3
_INNER_STOP = re.compile(r"[.!?][\"'”’)]?\s")
_QUOTE_MARK = re.compile('["“”]')
_READER = re.compile(r"\byou(?:r|rs|'re|'ll|’re|’ll)?\b", re.IGNORECASE)
_POST_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\b")
# A live page's post begins with its time alone on a line ("1:52 p.m.", "Pinned 07:42 GMT").
_POST_HEAD = re.compile(
    r"^(?:pinned |updated )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: [A-Z]{2,5})?$", re.IGNORECASE
)
# A stock quote a dump glued after a paragraph's full stop ("... the river. Gold +0.79%",
# "... surcharge. Euro/US Dollar +0.38%"): the markup's widget, not the story's words.
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit source)?\s*\]$", re.IGNORECASE)
_TICKER_TAIL = re.compile(r"(?<=[.!?\"”])\s+[A-Z][\w/&.' -]{0,30}\s[+\-−]\d+(?:\.\d+)?%$")
# A print view's or a wiki's reference mark after a word ("who is affected[1] and"): the
# link's number in a list under the page, not a word of the text.
_LINK_MARK = re.compile(r"(?<=[\w.,;:!?”’\"')])\[\d{1,2}\](?=[\s,.;:!?)]|$)")
# A sentence's end, or one followed by a footnote's number ("... ten months.1").
_PROSE_END = re.compile(r"[.!?…][\"'”’)\]]*$|(?<=[a-z\"'”’)])[.!?][\"'”’)\]]*\[?\d{1,2}\]?$")


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


def _sentence(unit: str) -> bool:
    """A complete sentence of any length ("He declined to comment.") rather than a label."""
    # A quotation opens a sentence as well as a capital does ('"We would rather ...," she said.').
    opening = unit.lstrip("\"“‘'(")
    return len(unit.split()) >= 3 and bool(_PROSE_END.search(unit)) and opening[:1].isupper()


@lru_cache(maxsize=4096)
def is_prose(unit: str) -> bool:
    """A sentence of eight words or more: story, unless a rule knows it as something else.

    Cached: the extractor's reading, the fallback check and page refinement ask about the
    same lines, thirty-five times a page.
    """
    return bool(_PROSE_END.search(unit)) and len(unit.split()) >= 8


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
        units = [_LINK_MARK.sub("", _TICKER_TAIL.sub("", unit)) for unit in units]
    kinds = [bp.classify(unit) for unit in units]
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
    cards = _related_cards(units, kinds)
    elsewhere = _between_jumps(units, kinds) | _letters(units) | _pitches(units, kinds)
    elsewhere |= _forwarders_note(units, kinds)
    elsewhere |= _boxed(units, kinds)
    if whole_page:
        elsewhere |= _other_posts(units, kinds)
    around = _neighbours(kinds)
    for at, (unit, line_kind) in enumerate(zip(units, kinds, strict=True)):
        kind = line_kind if line_kind is not None else _metadata_kind(unit, out, holders)
        if kind is None and box_items and _sentence(unit) and len(unit.split()) <= BOX_ITEM_WORDS:
            # "Key takeaways" and its points: the story retold in other words, above it.
            kind = "summary"
            box_items -= 1
        elif kind != "empty":
            box_items = BOX_ITEMS if unit.lower().rstrip(" :") in bp.SUMMARY_BOXES else 0
        if kind in _ENDS_STORY and back_matter is None and any(map(is_prose, kept)):
            # "Notes to editors": what follows is written for journalists, in sentences too;
            # a comment thread's "sort by: best", for readers.
            back_matter = kind
        elif back_matter and kind != "empty":
            kind = back_matter
        if kind is None and at in cards:
            kind = "related"
        if at in elsewhere and kind not in ("empty", "jump"):
            kind = elsewhere[at]
        if kind is None and not _sentence(unit) and around[at] == ("player", "player"):
            # A video card's title between its player's words ("WATCH NOW VIDEO 04:26", "Play").
            kind = "player"
        if kind is None and find_title and _headline(unit):
            headlines.append(at)
        if kind == "about":
            issuer = bp.about(unit)
        elif kind is None and issuer and issuer in unit[:ABOUT_NAME_WITHIN]:
            # "About Acme" then "Acme is a ..." (or "Founded in 1884, Acme is ..."): the issuer
            # describing itself under its release.
            kind = "about"
        if kind is None and footer_seen and not _sentence(unit):
            # After the footer begins, short lines are the page's furniture ("GlobalTalk").
            kind = "navigation"
        if kind is None and not kept and len(unit.split()) <= 4 and not is_prose(unit):
            # A section kicker ("Medio ambiente", "World") above the story.
            kind = "navigation"
        if kind is None:
            kept.append(unit)
            continue
        if kind in bp.FOOTER_KINDS and kept:
            footer_seen = True
        if kind != "empty":
            out.removed[kind] += 1
            dropped[at] = kind
    if whole_page:
        kept, lead = _story_run(kept, out)
    else:
        lead = next((u for u in kept if is_prose(u)), None)
    if find_title and headlines:
        title_at = _title_above_story(units, headlines, kept, lead, out)
        title_at = headlines[0] if title_at is None else title_at
        out.title = title = units[title_at]
        if title_at in dropped:  # the headline is the title, not boilerplate ("World" aside)
            out.removed[dropped[title_at]] -= 1
            out.removed = +out.removed
        elif title in kept:
            kept.remove(title)
        _bare_bylines(kept, lead, out)
        if whole_page:
            _dek(units, title_at, kept, out)
        restated = [u for u in kept if u == title or _restates(u, title)]
        if restated:
            kept = [u for u in kept if u not in restated]
            out.removed["metadata"] += len(restated)
    if whole_page:
        # After the headline is found: a menu's lines must not take it with them.
        kept = _without_menus(kept, out)
    kept = _drop_summaries(kept, out)
    take_dateline(kept, out)
    out.paragraphs = kept
    if out.publisher is None:
        others = [h for h in holders if bp.wire_name(h) is None and bp.wire_in_credit(h) is None]
        out.publisher = others[-1] if others else None


def _metadata_kind(unit: str, out: Extracted, holders: list[str]) -> str | None:
    """Units that only repeat what the page already told us (title, tags, a date, the owner)."""
    low = unit.lower().strip()
    if out.title and (low == out.title.lower().strip() or _restates(unit, out.title)):
        return "metadata"
    if out.tags and "," in unit and set(bp.split_tags(unit)) == set(out.tags):
        return "tags"
    if any(low == h.lower() for h in holders) or (out.publisher and low == out.publisher.lower()):
        return "metadata"
    if any(unit.startswith(f"{name} is ") for name in out.authors) and is_prose(unit):
        # The author's biography under the story ("Jane Doe is a correspondent who ...").
        return "bio"
    authors = bp.byline(unit)
    if authors:
        for name in authors:
            wire = bp.wire_name(name)
            if wire:
                out.wire = out.wire or wire
            elif name not in out.authors:
                out.authors.append(name.title() if name.isupper() else name)
        return "byline"
    if dates.looks_like_date(unit):
        out.date_candidates.append(("text", unit))
        return "date"
    return None


def harvest(unit: str, kind: str, out: Extracted, holders: list[str]) -> None:
    """Read a boilerplate line's facts into the record: tags, the wire, the owner's name."""
    if kind == "tags":
        out.tags.extend(t for t in bp.tags_of(unit) if t not in out.tags)
    elif kind in ("copyright", "credits"):
        wire = bp.wire_in_credit(unit)
        if wire and out.wire is None:
            out.wire = wire
        holder = bp.copyright_holder(unit) if kind == "copyright" else None
        if holder and holder not in holders:
            holders.append(holder)
    elif kind == "source":
        wire = bp.source_wire(unit)
        if wire and out.wire is None:
            out.wire = wire
    elif kind == "trademark":
        owner = bp.trademark_owner(unit)
        if owner and owner not in holders:
            holders.append(owner)


def _restates(unit: str, title: str) -> bool:
    """A headline variant (the page's h1 beside its og:title): unpunctuated, mostly title words."""
    if is_prose(unit) or len(unit.split()) > 30:
        return False
    title_words = set(words(title))
    unit_words = words(unit)
    if not title_words or not unit_words:
        return False
    return len(title_words.intersection(unit_words)) / len(title_words) >= 0.7


def _headline(unit: str) -> bool:
    n = len(unit.split())
    return 2 <= n <= 25 and len(unit) <= 200 and not unit.rstrip().endswith(".")


def _between_jumps(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A newspaper page's other stories, between "Continued on Page A9" and "Continued from".

    An e-edition's text view reads a page's columns in order: the story stops at
    its jump line, the page's other stories and notices follow, and the story
    resumes under its jump head ("NORTHERN") and "Continued from Page A4". What
    lies between is not this story; without a "Continued from" nothing is known.
    """
    found: dict[int, str] = {}
    start: int | None = None
    for at, kind in enumerate(kinds):
        if kind != "jump":
            continue
        if not bp.jump_from(units[at]):
            start = at
        elif start is not None:
            between = [i for i in range(start + 1, at) if kinds[i] != "empty"]
            found.update(dict.fromkeys(between, "other_story"))
            if (
                between
                and len(units[between[-1]].split()) <= 3
                and not is_prose(units[between[-1]])
            ):
                found[between[-1]] = "jump"  # the jump head over the resumed story
            start = None
    return found


def _letters(units: list[str]) -> dict[int, str]:
    """A newsletter editor's note: a greeting, a few lines to the reader, a sign-off.

    "Welcome back," then why this issue is as it is, then "Until tomorrow, Jane Doe
    Editor"; all of it is written in sentences, and none of it is the story.
    """
    found: dict[int, str] = {}
    for at, unit in enumerate(units):
        if not bp.salutation(unit):
            continue
        ends = units[at + 1 : at + 2 + LETTER_LINES]
        end = next((n for n, line in enumerate(ends, at + 1) if bp.sign_off(line)), None)
        if end is not None:
            found.update(dict.fromkeys(range(at, end + 1), "newsletter"))
    return found


def _pitches(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A sponsor's pitch under its label, once the story has begun.

    "SPONSORED BY QUILL NOTES" then "The note-taking app that works offline ...": a
    sentence or two of advertising that reads as prose. Above the story the label is
    a sponsored article's own, and what follows it is that article; a partner's label
    between two paragraphs ("Sponsored by Brightwater Motors" and a logo) is followed
    by the story's next paragraph, which does not speak to the reader.
    """
    found: dict[int, str] = {}
    begun = False
    for at, unit in enumerate(units):
        begun = begun or (kinds[at] is None and is_prose(unit))
        if not (begun and bp.sponsor_label(unit)):
            continue
        pitch = next((n for n in range(at + 1, len(units)) if kinds[n] != "empty"), None)
        if pitch is not None and kinds[pitch] is None and _pitch(units[pitch]):
            found[pitch] = "promotion"
    return found


def _forwarders_note(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """What stands above a forwarded story's marker: the forwarder's note and signature.

    "Thought this might interest the list ...", "Regards,", a name, "---------- Forwarded
    message ---------", the headers, then the story. When more prose follows the
    marker than precedes it, what precedes it is the e-mail around the story.
    """
    marker = next((at for at, kind in enumerate(kinds) if kind == "forwarded"), None)
    if marker is None:
        return {}
    before = sum(len(u) for u in units[:marker] if is_prose(u))
    after = sum(len(u) for u in units[marker + 1 :] if is_prose(u))
    if after <= before:
        return {}
    return {at: "forwarded" for at in range(marker) if kinds[at] != "empty"}


def _boxed(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A sentence or two between an appeal's heading and its button, and a poll's question.

    "Have your say", then "Help us decide how to spend ... The consultation closes on 9
    August.", then "Take part in the consultation": the box's words are read as one line
    each, and the middle one is prose.
    """
    found: dict[int, str] = {}
    live = [at for at, kind in enumerate(kinds) if kind != "empty"]
    for heading, question in pairwise(live):
        # A poll's heading and its question ("QUICK POLL", "Should cities ban cars ...?").
        if bp.poll(units[heading]) and units[question].endswith("?"):
            found[heading] = found[question] = "poll"
    for before, at, after in zip(live, live[1:], live[2:], strict=False):
        if kinds[before] == kinds[after] == "promotion" and kinds[at] is None and _brief(units[at]):
            found[at] = "promotion"
    return found


def _pitch(unit: str) -> bool:
    """A sentence or two that speaks to the reader ("keeps your notes private"), unquoted."""
    return (
        _sentence(unit)
        and _brief(unit)
        and not _QUOTE_MARK.search(unit)
        and bool(_READER.search(unit))
    )


def _brief(unit: str) -> bool:
    """No longer than a box's pitch: PITCH_WORDS words in at most two sentences."""
    return len(unit.split()) <= PITCH_WORDS and len(_INNER_STOP.findall(unit)) <= 1


def _other_posts(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A live page's other updates, when one of its posts (the pinned one) is the story.

    A dump keeps each post's time line ("1:52 p.m.", "Pinned 2:20 p.m."); a post runs to
    the next, or to its own "Share" line. As the markup's feed items are judged, one
    post many times longer than any other is the story and the rest are the page's
    other updates (feed_story); a live blog's posts are alike, and all stay.
    """
    starts = [at for at, unit in enumerate(units) if _POST_HEAD.match(unit)]
    if len(starts) < FEED_MIN_ITEMS:
        return {}
    posts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(units)
        # A post ends at its own furniture ("Copy link Share"), or at the next post's time.
        end = next((i for i in range(start + 1, end) if kinds[i] == "navigation"), end)
        posts.append(range(start, end))
    story = feed_story([sum(len(units[i]) for i in post) for post in posts])
    if story is None:
        return {}
    found = {at: "other_post" for n, post in enumerate(posts) if n != story for at in post}
    # The story's own time line, and the post's heading under it ("Here is what happened").
    head = posts[story]
    found[head[0]] = "timestamp"
    if len(head) > 1 and not _sentence(units[head[1]]) and len(units[head[1]].split()) <= 8:
        found[head[1]] = "timestamp"
    return found


def feed_story(sizes: Sequence[float]) -> int | None:
    """Which of a feed's posts (two or more) is the story, by their sizes; None if none is.

    One post at least FEED_STORY_MIN long and FEED_STORY_RATIO times the next longest is
    the story among the feed's short posts; posts much alike in length (a live blog's)
    are all the story.
    """
    ranked = sorted(((size, n) for n, size in enumerate(sizes)), reverse=True)
    (longest, story), (second, _) = ranked[0], ranked[1]
    if longest >= FEED_STORY_MIN and second * FEED_STORY_RATIO <= longest:
        return story
    return None


def _dek(units: list[str], title_at: int, kept: list[str], out: Extracted) -> None:
    """A sentence between the headline and the byline: the dek, the story told in a line.

    The markup names it ("standfirst", a heading under the <h1>); a dump has only its
    place, and a story's lead never stands above its byline.
    """
    dek, below = title_at + 1, title_at + 2
    if (
        below < len(units)
        and units[dek] in kept
        and _sentence(units[dek])
        and not is_prose(units[below])
        and bp.byline(units[below])
    ):
        kept.remove(units[dek])
        out.removed["dek"] += 1


def _related_cards(units: list[str], kinds: list[str | None]) -> set[int]:
    """Lines of a "Related coverage" box inside a story: linked headlines over their blurbs.

    The first headline must retell its blurb ("Ministers meet ..." over "Energy
    ministers will meet ..."), or it may be the story's subheading over its paragraph;
    and a paragraph of the story must follow the box. After a story, the story run
    drops such cards anyway, and needs them there to see where the story ends.
    """
    found: set[int] = set()
    live = [i for i, kind in enumerate(kinds) if kind != "empty"]
    for n, at in enumerate(live):
        if units[at].lower().rstrip(" :") not in bp.RELATED_HEADINGS:
            continue
        box: list[int] = []
        m = n + 1
        while m + 1 < len(live):
            headline, blurb = live[m], live[m + 1]
            if not (
                kinds[headline] is None
                and kinds[blurb] is None
                and not _sentence(units[headline])
                and _sentence(units[blurb])
                and (box or _shares_words(units[blurb], units[headline]))
            ):
                break
            box += [headline, blurb]
            m += 2
        story_words = 8  # is_prose's
        if not box:  # a list of linked headlines without blurbs ("À lire aussi")
            while m < len(live) and kinds[live[m]] is None and _linked_headline(units[live[m]]):
                box.append(live[m])
                m += 1
            box = box if len(box) >= RELATED_MIN_HEADLINES else []
            # ... over a paragraph, not the blurb of a card after the story.
            story_words = LONG_PARAGRAPH_WORDS
        after = units[live[m]] if m < len(live) and kinds[live[m]] is None else ""
        if box and is_prose(after) and len(after.split()) >= story_words:
            found.update(box)
    return found


def _linked_headline(unit: str) -> bool:
    return not _sentence(unit) and 3 <= len(unit.split()) <= HEADING_WORDS


def _shares_words(text: str, headline: str) -> bool:
    own = {w for w in words(headline) if len(w) > 3}
    return len(own.intersection(words(text))) >= TITLE_SHARED_WORDS


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


def _story_run(units: list[str], out: Extracted) -> tuple[list[str], str | None]:
    """The story among what no rule removed: its longest run of prose, and what continues it.

    A page's text (a scraper's dump above all) still holds prose that is not the
    story: teaser cards and readers' comments, each a short heading line over a
    sentence or two. Units are cut into segments at each heading-like line (not a
    sentence), and the segment with the most prose is the story's core. It grows
    over neighbouring segments, as a story does over its subheadings and captions,
    until two one-paragraph segments come in a row: cards, not sections (nor a live
    blog's posts, which open with their time). One such segment alone is kept: a lead
    paragraph above the first subheading is one. Returns the run and the core's
    first sentence, which the headline is sought above.
    """

    def sentence(unit: str) -> bool:
        # A teaser cut short ("... the planning appeals board …") is not a paragraph; a long
        # one with a widget's words glued after its full stop ("... region. Gold -1.74%") is.
        if cut_short(unit):
            return False
        return bool(_PROSE_END.search(unit)) or (
            len(unit.split()) >= LONG_PARAGRAPH_WORDS and bool(_INNER_STOP.search(unit))
        )

    segments: list[list[str]] = [[]]
    for unit in units:
        if not sentence(unit) and any(map(sentence, segments[-1])):
            segments.append([])
        segments[-1].append(unit)

    def prose_chars(segment: list[str]) -> int:
        return sum(len(u) for u in segment if sentence(u))

    def card(i: int) -> bool:
        # A live blog's posts are short too, but each opens with its time ("07:42 GMT").
        segment = segments[i]
        return sum(map(sentence, segment)) <= 1 and not any(map(_POST_TIME.match, segment))

    def listing(i: int) -> bool:
        # Lines over a sentence or none after the story: a headline list and its site's blurb,
        # not a section. (Above the story such a segment is its headline, byline and lead.)
        return card(i) and sum(not sentence(u) for u in segments[i]) >= MENU_MIN_LABELS

    core = max(range(len(segments)), key=lambda i: prose_chars(segments[i]))
    lead = next((u for u in segments[core] if sentence(u)), None)
    first = last = core
    while last + 1 < len(segments) and not (
        listing(last + 1) or (card(last + 1) and last + 2 < len(segments) and card(last + 2))
    ):
        last += 1
    while first > 0 and not (card(first - 1) and first >= 2 and card(first - 2)):
        first -= 1
    run = [u for seg in segments[first : last + 1] for u in seg]
    # Heading lines after the story's last sentence head what follows it, not the story; a
    # longer line without its full stop is the story's last paragraph, cut off by the feed.
    while run and not _PROSE_END.search(run[-1]) and len(run[-1].split()) <= HEADING_WORDS:
        run.pop()
    if len(run) < len(units):
        out.removed["outside_story"] += len(units) - len(run)
    return run, lead


def _bare_bylines(story: list[str], lead: str | None, out: Extracted) -> None:
    """Names alone on a line between the headline and the lead: a dump's byline."""
    head = story[: story.index(lead)] if lead in story else []
    for unit in head:
        name = bp.bare_name(unit)
        if name:
            story.remove(unit)
            out.removed["byline"] += 1
            if name not in out.authors:
                out.authors.append(name)


def _without_menus(units: list[str], out: Extracted) -> list[str]:
    """Drop three or more short lines in a row ("News", "Housing", "Donate"): a menu.

    A subheading is one short line over paragraphs; a menu that a dump has put
    inside the story's run is a column of them.
    """
    kept: list[str] = []
    labels: list[str] = []
    for unit in [*units, ""]:
        if unit and len(unit.split()) <= MENU_LABEL_WORDS and not _PROSE_END.search(unit):
            labels.append(unit)
            continue
        if len(labels) < MENU_MIN_LABELS:
            kept.extend(labels)
        else:
            out.removed["navigation"] += len(labels)
        labels = []
        if unit:
            kept.append(unit)
    return kept


def _title_above_story(
    units: list[str], headlines: list[int], story: list[str], lead: str | None, out: Extracted
) -> int | None:
    """The first headline-like line above the story that shares words with its opening.

    The first such line of a page is often the site's name or a menu ("Daily Courier
    | Home | Print"), and on a text dump nothing else tells them apart. A headline
    repeats its lead's words; a brand and a menu do not. The words are the core's
    first sentences, then, if no line shares them (the core may be a later section,
    after a video or a "Read more:" link), the run's. What the run holds above the
    headline (teaser headlines, a consent wall's last paragraph) is not story; a line
    with more than one story paragraph above it is a subheading, not the headline.
    """
    if lead is None or lead not in story:
        return None
    at_lead = story.index(lead)
    lead_at = units.index(lead)
    # A live blog's "07:42 Sedapal said ..." key events are cut leads, not headlines.
    above = [at for at in headlines if at < lead_at and not _POST_TIME.match(units[at])]
    for opening in (story[at_lead:], story):
        lead_words = {
            w for w in words(" ".join([u for u in opening if is_prose(u)][:2])) if len(w) > 3
        }
        shared = {at: len(lead_words.intersection(words(units[at]))) for at in above}

        def rank(at: int, shared: dict[int, int] = shared) -> tuple[bool, int]:
            # The line sharing most words, the first of equals, as a menu may share a word or
            # two; but never a subheading over the story's first paragraphs before a headline.
            title = units[at]
            inside = title in story[:at_lead] and any(map(is_prose, story[: story.index(title)]))
            return inside, -shared[at]

        for at in sorted(above, key=rank):
            title = units[at]
            if shared[at] < TITLE_SHARED_WORDS:
                continue
            if title in story[:at_lead]:
                cut = story.index(title)
                if sum(map(is_prose, story[:cut])) > 1:
                    continue
                if cut:
                    out.removed["outside_story"] += cut
                    del story[:cut]
            return at
    return None


def _gram_list(text: str, n: int = 4) -> list[tuple[str, ...]]:
    tokens = words(text)
    # The shorter shifted copies end the zip: the last gram ends with the last token.
    return list(zip(*(tokens[i:] for i in range(n)), strict=False))


def _drop_summaries(paragraphs: list[str], out: Extracted) -> list[str]:
    """Remove blocks that repeat other paragraphs (teasers, "GlobalTalk" summaries, echoes).

    Walks from the end so that of two equal paragraphs the later one goes.
    Counts of every 4-gram over the live paragraphs make each test linear.
    """
    lists = [_gram_list(p) for p in paragraphs]
    grams = [Counter(g) for g in lists]
    # Counted from the lists in C; Counter.update with a Counter adds item by item in Python.
    total = Counter(chain.from_iterable(lists))
    alive = [True] * len(paragraphs)
    for i in range(len(paragraphs) - 1, -1, -1):
        own = grams[i]
        if len(paragraphs[i].split()) < SUMMARY_MIN_WORDS or not own:
            continue
        shared = sum(1 for g, c in own.items() if total[g] > c)
        if shared / len(own) >= SUMMARY_OVERLAP:
            gone = _summarised_by(paragraphs, alive, i)
            alive[gone] = False
            total.subtract(grams[gone])
            out.removed["summary"] += 1
    return [p for p, a in zip(paragraphs, alive, strict=True) if a]


def _summarised_by(paragraphs: list[str], alive: list[bool], i: int) -> int:
    """Which of two repeats goes: the later one, unless an earlier one is its opening cut off.

    A summary above the story often is the lead's first clause ("The pool will close
    in March."), and the lead goes on ("..., after its bills tripled") or carries the
    dateline; the whole sentence stays. A cut-off summary ("... have ...") never wins.
    """
    later = paragraphs[i]
    if cut_short(later):
        return i
    for j in range(i):
        opening = paragraphs[j].rstrip(".")
        if alive[j] and len(later) / 2 <= len(opening) < len(later) and opening in later:
            return j
    return i


def take_dateline(paragraphs: list[str], out: Extracted, *, cut: bool = True) -> None:
    """The lead's dateline into `out.dateline` (and its wire), cut from the lead when `cut`."""
    if not paragraphs:
        return
    found = bp.dateline(paragraphs[0])
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
