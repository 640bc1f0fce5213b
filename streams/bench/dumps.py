"""Plain-text page dumps of the bench pages, and trafilatura's best reading of one.

Scrapers that keep only a page's visible text (a browser's innerText, a text
browser's rendering) deliver what ../shared/samples holds: the story's paragraphs
as blocks between blank lines, amid menus, teasers, comments and footers that are
now text like the story. A dump is made here by rendering a bench page with
inscriptis, a layout-aware HTML-to-text renderer, with list items as plain lines
(innerText has no bullets), table cells as blocks, hidden blocks left out as a
browser leaves them out, and the indentation dropped.

trafilatura reads HTML, not text: given a dump as it is, `extract` returns
nothing. Its baseline here is therefore the most charitable use a user could
make of it: every blank-line block of the dump as a <p> of an HTML page.
"""

from __future__ import annotations

import html
import re

import lxml.html
import trafilatura
from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
from lxml import etree

_CONFIG = ParserConfig(css=dict(CSS_PROFILES["strict"]))
_BULLET = re.compile(r"^\s*(?:\*|\d+\.)\s+")
_BLANK = re.compile(r"\n\s*\n")
_HIDDEN = etree.XPath("//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')]")
# inscriptis lays a table out in columns, so a sidebar cell's words end up on the story's
# lines; a browser's innerText gives each cell its own lines, as blocks do.
_TABLE_TAG = re.compile(r"<(/?)(?:table|thead|tbody|tfoot|tr|td|th)\b", re.IGNORECASE)


def text_dump(page_html: str) -> str:
    """The page's visible text, one block per paragraph or box, blank lines between blocks."""
    text = get_text(_TABLE_TAG.sub(r"<\1div", _visible(page_html)), _CONFIG)
    lines = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _visible(page_html: str) -> str:
    """The page without what a browser does not show (innerText skips it; inscriptis does not)."""
    tree = lxml.html.document_fromstring(page_html)
    for el in _HIDDEN(tree):
        el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def trafilatura_reading(dump: str) -> str:
    """trafilatura's default extraction of the dump with each block made a paragraph."""
    blocks = [b.strip() for b in _BLANK.split(dump) if b.strip()]
    paragraphs = "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)
    return trafilatura.extract(f"<html><body>{paragraphs}</body></html>") or ""
