"""What the helper-written fresh sets' own tests share: finding a layout's pages and their parts.

Each set's test checks its texts' promises and its new layouts' boilerplate; these
are the small readers of the generated HTML that every such test needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

from streams.bench import fresh7
from streams.bench.pages import _DATELINE, Page, _e, articles


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


KEYS = {"slug", "title", "author", "published", "section", "paragraphs"}
AGENCIES = {"Reuters", "AP", "AFP"}


def texts_as_promised(
    name: str,
    subheadings: list[str],
    told: tuple[str, ...],
    datelines: range,
    closing_quotes: int,
) -> tuple[list[dict[str, Any]], list[str]]:
    """Check what every helper-written set promises of its texts; its articles and paragraphs.

    Twelve articles of straight quotes, 6-12 paragraphs and 250-320 words each, dated
    with an offset; two subheadings, one each in two articles; paragraphs that close a
    quotation after the full stop without opening with one; agencies named as sources
    ("told Reuters"); wire datelines of all three agencies in some texts and not others.
    Each set's own test goes on to its own special paragraphs and traps.
    """
    fresh = articles(name)
    assert len(fresh) == 12
    for article in fresh:
        assert set(article) == KEYS, article["slug"]
        text = " ".join([article["title"], *article["paragraphs"]])
        assert not set(text) & set("\u2018\u2019\u201c\u201d"), article["slug"]
        assert 6 <= len(article["paragraphs"]) <= 12, article["slug"]
        assert 250 <= sum(len(p.split()) for p in article["paragraphs"]) <= 320, article["slug"]
        assert datetime.fromisoformat(article["published"]).utcoffset() is not None
    paragraphs = [p for a in fresh for p in a["paragraphs"]]
    assert [p for p in paragraphs if fresh7._is_subheading(p)] == subheadings
    assert [len([p for p in a["paragraphs"] if p in subheadings]) for a in fresh].count(1) == 2
    closing = [p for p in paragraphs if p.endswith('."') and not p.startswith('"')]
    assert len(closing) >= closing_quotes
    for agency in told:
        assert any(f"told {agency}" in p for p in paragraphs), agency
    found = [m[0] for a in fresh if (m := _DATELINE.match(a["paragraphs"][0]))]
    assert len(found) in datelines
    assert {d.split("(")[1].split(")")[0] for d in found} == AGENCIES
    return fresh, paragraphs
