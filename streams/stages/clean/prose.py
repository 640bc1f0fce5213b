"""What reads as a sentence or a paragraph, rather than a heading or a label.

Every family asks: a sentence ends with its full stop (or a footnote's number
after it), and a sentence of eight words or more is prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A line of more words than this, without its full stop, is a paragraph cut short, not a heading.
HEADING_WORDS = 14
# A line this long with a full stop inside it is a paragraph, whatever trails it.
LONG_PARAGRAPH_WORDS = 15
INNER_STOP = re.compile(r"[.!?][\"'”’)]?\s")
# A sentence's end, or one followed by a footnote's number ("... ten months.1").
PROSE_END = re.compile(r"[.!?…][\"'”’)\]]*$|(?<=[a-z\"'”’)])[.!?][\"'”’)\]]*\[?\d{1,2}\]?$")


def sentence(unit: str) -> bool:
    """A complete sentence of any length ("He declined to comment.") rather than a label."""
    # A quotation opens a sentence as well as a capital does ('"We would rather ...," she said.').
    opening = unit.lstrip("\"“‘'(")
    return len(unit.split()) >= 3 and bool(PROSE_END.search(unit)) and opening[:1].isupper()


@lru_cache(maxsize=4096)
def is_prose(unit: str) -> bool:
    """A sentence of eight words or more: story, unless a rule knows it as something else.

    Cached: the extractor's reading, the fallback check and page refinement ask about the
    same lines, thirty-five times a page.
    """
    return bool(PROSE_END.search(unit)) and len(unit.split()) >= 8
