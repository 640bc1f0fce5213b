"""What the helper-written fresh sets' own tests share: finding a layout's pages and their parts.

Each set's test checks its texts' promises and its new layouts' boilerplate; these
are the small readers of the generated HTML that every such test needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from streams.bench.pages import Page, _e


@cache
def _built(build: Callable[[], list[Page]]) -> list[Page]:
    return build()


def layout_pages(build: Callable[[], list[Page]], template: str) -> list[Page]:
    """A set's pages in one layout, in the order of its articles (the set is built once)."""
    return [p for p in _built(build) if p.template == template]


def after(page: str, start: str, end: str) -> str:
    """The text between the first `start` and the next `end`, both left out."""
    at = page.index(start) + len(start)
    return page[at : page.index(end, at)]


def from_mark(page: str, start: str, end: str) -> str:
    """The text from the first `start` (kept) up to the next `end`."""
    at = page.index(start)
    return page[at : page.index(end, at)]


def in_order(text: str, marks: list[str]) -> bool:
    """Each mark is in the text after the one before it."""
    at = 0
    for mark in marks:
        found = text.find(mark, at)
        if found < 0:
            return False
        at = found + len(mark)
    return True


def bare(block: str, tags: str) -> list[str]:
    """The texts of a block's attribute-less elements of the given tags, in order."""
    return [m[2] for m in re.finditer(rf"<({tags})>(.*?)</\1>", block)]


def unbold(texts: list[str]) -> list[str]:
    return [re.sub(r"^<(strong|b)>(.*)</\1>$", r"\2", t) for t in texts]


def escaped(paragraphs: list[str]) -> list[str]:
    return [_e(p) for p in paragraphs]
