"""Finding the story in a whole page's text: the machinery of `refine(..., whole_page=True)`.

A dump (a scraper's plain text, or markup too broken to walk) holds all of a
page: menus, teaser cards, a newspaper page's other stories between its jump
lines. The story is its longest run of prose; its headline is the line above
it that shares the lead's words (sought on both paths), and its dek is the
sentence between the headline and the byline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from streams.stages.clean.bylines import byline
from streams.stages.clean.feeds import POST_TIME
from streams.stages.clean.hygiene import content_words, cut_short, words
from streams.stages.clean.prose import (
    HEADING_WORDS,
    INNER_STOP,
    LONG_PARAGRAPH_WORDS,
    PROSE_END,
    is_prose,
    sentence,
)
from streams.stages.clean.teasers import TITLE_SHARED_WORDS

if TYPE_CHECKING:
    from streams.stages.clean.page import Extracted

# A newspaper page's jump lines: the story goes on, or came from, another page.
JUMP_TO = re.compile(r"^\(?continued on (?:page )?[A-Z]?\d{1,3}\)?$", re.IGNORECASE)
JUMP_FROM = re.compile(r"^\(?continued from (?:page )?[A-Z]?\d{1,3}\)?$", re.IGNORECASE)
# Three or more short lines in a row without a full stop, inside a story's run, are a menu or
# a list of headlines ("More on this story"); a subheading stands alone above its paragraphs.
MENU_LABEL_WORDS, MENU_MIN_LABELS = 8, 3
# A stock quote a dump glued after a paragraph's full stop ("... the river. Gold +0.79%",
# "... surcharge. Euro/US Dollar +0.38%"): the markup's widget, not the story's words.
TICKER_TAIL = re.compile(r"(?<=[.!?\"”])\s+[A-Z][\w/&.' -]{0,30}\s[+\-−]\d+(?:\.\d+)?%$")
# A print view's or a wiki's reference mark after a word ("who is affected[1] and"): the
# link's number in a list under the page, not a word of the text.
LINK_MARK = re.compile(r"(?<=[\w.,;:!?”’\"')])\[\d{1,2}\](?=[\s,.;:!?)]|$)")


def jump_from(line: str) -> bool:
    """ "Continued from Page A4": the story resumes here after another page's stories."""
    return len(line) <= 60 and bool(JUMP_FROM.match(line.strip()))


def between_jumps(units: list[str], kinds: list[str | None]) -> dict[int, str]:
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
        if not jump_from(units[at]):
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


def dek(units: list[str], title_at: int, kept: list[str], out: Extracted) -> None:
    """A sentence between the headline and the byline: the dek, the story told in a line.

    The markup names it ("standfirst", a heading under the <h1>); a dump has only its
    place, and a story's lead never stands above its byline.
    """
    dek, below = title_at + 1, title_at + 2
    if (
        below < len(units)
        and units[dek] in kept
        and sentence(units[dek])
        and not is_prose(units[below])
        and byline(units[below])
    ):
        kept.remove(units[dek])
        out.removed["dek"] += 1


def story_run(units: list[str], out: Extracted) -> tuple[list[str], str | None]:
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
        return bool(PROSE_END.search(unit)) or (
            len(unit.split()) >= LONG_PARAGRAPH_WORDS and bool(INNER_STOP.search(unit))
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
        return sum(map(sentence, segment)) <= 1 and not any(map(POST_TIME.match, segment))

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
    while run and not PROSE_END.search(run[-1]) and len(run[-1].split()) <= HEADING_WORDS:
        run.pop()
    if len(run) < len(units):
        out.removed["outside_story"] += len(units) - len(run)
    return run, lead


def without_menus(units: list[str], out: Extracted) -> list[str]:
    """Drop three or more short lines in a row ("News", "Housing", "Donate"): a menu.

    A subheading is one short line over paragraphs; a menu that a dump has put
    inside the story's run is a column of them.
    """
    kept: list[str] = []
    labels: list[str] = []
    for unit in [*units, ""]:
        if unit and len(unit.split()) <= MENU_LABEL_WORDS and not PROSE_END.search(unit):
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


def title_above_story(
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
    above = [at for at in headlines if at < lead_at and not POST_TIME.match(units[at])]
    for opening in (story[at_lead:], story):
        lead_words = content_words(" ".join([u for u in opening if is_prose(u)][:2]))
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
