"""Other stories inside a page: related cards, read-more lines, headline lists, summaries.

A "Related coverage" box of linked headlines over their blurbs, a bulleted or
numbered list of headlines, and a block that retells the story in other words
(a teaser, a "Key takeaways" box, an echo). A single cross-link's label
("Read also: ...") is crosslinks.py's.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING

from streams.stages.clean.hygiene import content_words, cut_short, words
from streams.stages.clean.prose import HEADING_WORDS, LONG_PARAGRAPH_WORDS, is_prose, sentence

if TYPE_CHECKING:
    from streams.stages.clean.page import Extracted

# Headings of a box that retells the story in a few sentences above it.
SUMMARY_BOXES = frozenset(
    ("key takeaways", "key points", "at a glance", "highlights", "in brief", "the big picture")
)
# Headings of a related-stories card inside a story; a linked headline and its blurb follow.
RELATED_HEADINGS = frozenset(
    (
        "related coverage",
        "related news",
        "related",
        # ... as a Spanish, French or German site heads it over its English edition's story.
        "lea también",
        "lee también",
        "à lire aussi",
        "lire aussi",
        "auch interessant",
        "mehr zum thema",
        "related stories",
        "related articles",
        "more on this story",
        "see also",
        "read also",
        "also read",
        "read more",
        "recommended",
    )
)
# A "Most read" list's item with its rank glued on ("4Weather warning issued ...").
NUMBERED_HEADLINE = re.compile(r"^\d{1,2}[A-Z][a-z].*[^.!?…]$")
READ_MORE = re.compile(
    r"^(?:read more|read also|also read|see also|see more on|more on|related|more|watch|listen"
    r"|recommended|also interesting|also of interest|you (?:may|might) also like"
    r"|further reading)\s*[:|»›]"
    # A row of bracketed links ("[Print this story] [E-mail this story] [Discuss (71 posts)]").
    r"|^(?:\[[^\[\]]{2,40}\]\s*){2,}$",
    re.IGNORECASE,
)
# A summary block repeats the story: most of its word 4-grams occur in the other paragraphs.
SUMMARY_OVERLAP = 0.8
SUMMARY_MIN_WORDS = 8
# Under a "Related" heading inside a story, this many headline lines in a row are its links; one
# may be the story's own subheading.
RELATED_MIN_HEADLINES = 2
# A headline shares at least this many words (of four letters or more) with its story's lead.
TITLE_SHARED_WORDS = 2


def related_cards(units: list[str], kinds: list[str | None]) -> set[int]:
    """Lines of a "Related coverage" box inside a story: linked headlines over their blurbs.

    The first headline must retell its blurb ("Ministers meet ..." over "Energy
    ministers will meet ..."), or it may be the story's subheading over its paragraph;
    and a paragraph of the story must follow the box. After a story, the story run
    drops such cards anyway, and needs them there to see where the story ends.
    """
    found: set[int] = set()
    live = [i for i, kind in enumerate(kinds) if kind != "empty"]
    for n, at in enumerate(live):
        if units[at].lower().rstrip(" :") not in RELATED_HEADINGS:
            continue
        box: list[int] = []
        m = n + 1
        while m + 1 < len(live):
            headline, blurb = live[m], live[m + 1]
            if not (
                kinds[headline] is None
                and kinds[blurb] is None
                and not sentence(units[headline])
                and sentence(units[blurb])
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
    return not sentence(unit) and 3 <= len(unit.split()) <= HEADING_WORDS


def _shares_words(text: str, headline: str) -> bool:
    own = content_words(headline)
    return len(own.intersection(words(text))) >= TITLE_SHARED_WORDS


def _gram_list(text: str, n: int = 4) -> list[tuple[str, ...]]:
    tokens = words(text)
    # The shorter shifted copies end the zip: the last gram ends with the last token.
    return list(zip(*(tokens[i:] for i in range(n)), strict=False))


def drop_summaries(paragraphs: list[str], out: Extracted) -> list[str]:
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
