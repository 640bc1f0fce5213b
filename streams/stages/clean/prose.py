"""What reads as a sentence or a paragraph, rather than a heading or a label.

Every family asks: a sentence ends with its full stop (or a footnote's number
after it), and a sentence of eight words or more is prose. In every script: the
full stops of Chinese, Japanese, Arabic and Devanagari end sentences too, a
script without capitals opens one with any letter, and where words are not
spaced apart (Chinese, Japanese, Thai) two characters count as a word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.stages.clean.hygiene import UNSPACED

# A line of more words than this, without its full stop, is a paragraph cut short, not a heading.
HEADING_WORDS = 14
# A line this long with a full stop inside it is a paragraph, whatever trails it.
LONG_PARAGRAPH_WORDS = 15
INNER_STOP = re.compile(r"[.!?][\"'”’)]?\s")
# A sentence's end, or one followed by a footnote's number ("... ten months.1").
PROSE_END = re.compile(
    r"[.!?…。！？؟।][\"'”’)\]」』]*$|(?<=[a-z\"'”’)])[.!?][\"'”’)\]]*\[?\d{1,2}\]?$"
)


def sentence(unit: str) -> bool:
    """A complete sentence of any length ("He declined to comment.") rather than a label."""
    # A quotation opens a sentence as well as a capital does ('"We would rather ...," she said.').
    first = unit.lstrip("\"“‘'(「『")[:1]
    opens = first.isupper() or (first.isalpha() and not first.islower())
    return words(unit) >= 3 and bool(PROSE_END.search(unit)) and opens


@lru_cache(maxsize=4096)
def is_prose(unit: str) -> bool:
    """A sentence of eight words or more: story, unless a rule knows it as something else.

    Cached: the extractor's reading, the fallback check and page refinement ask about the
    same lines, thirty-five times a page.
    """
    return bool(PROSE_END.search(unit)) and words(unit) >= 8


def words(unit: str) -> int:
    """How many words a line holds, two characters a word where words are not spaced."""
    runs = UNSPACED.findall(unit)
    if not runs:
        return len(unit.split())
    return len(UNSPACED.sub(" ", unit).split()) + sum(max(1, len(run) // 2) for run in runs)
