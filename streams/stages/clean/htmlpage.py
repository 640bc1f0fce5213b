"""HTML pages: trafilatura for the story, with its own fallbacks; our rules only on its lines.

One lxml parse serves the metadata (read from the head, where news sites put
exact timestamps with their offsets; trafilatura's date keeps only the day)
and trafilatura itself, in its thorough mode: where its own reading finds
little it compares readability's and jusText's, and keeps tables. Pruning the
tree before it by class names ("related", "teaser", "hidden") cut real story
on real pages (recall 0.94 to 0.81 on trafilatura's 990-page corpus), so the
page goes to it whole, and what it keeps is judged line by line in `reading`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.settings import Extractor

from streams.stages.clean import boilerplate as bp
from streams.stages.clean import datelines, reading
from streams.stages.clean.hygiene import normalise
from streams.stages.clean.page import Extracted, refine

# Real pages of trafilatura's corpus hold up to 10,000 elements and take it 0.15 s; a generated
# page of 10,000 empty blocks takes 1.5 s and of 40,000, 19 s (its cost grows faster than
# linearly). Past this a page is a generated list, not an article, and gets a cheap reading.
MAX_ELEMENTS = 12_000
# An XML declaration before the markup (XHTML pages): lxml refuses a str that carries one.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Characters XML cannot hold: libxml2 parses them into text, and trafilatura's tree edits then
# raise and lose the whole page (a stray \x0b in one paragraph did so on a real page).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.I)
_COUNT = etree.XPath("count(//*)")
_LINE_BREAK = "\u2029"  # Unicode's paragraph separator: no HTML page writes it as text
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—-]|::)\s+[^|–—:-]{2,60}$")
# Built once: bare_extraction would build these options for every page (a tenth of its time
# here), and it copies them before changing any, so one object serves all pages. Without
# links or metadata trafilatura has no use for the page's URL. Not `fast`: its comparison
# with readability and jusText finds 1.2 points more of the story on its corpus, for a
# third more time. Tables stay: results, schedules and figures are story.
_TRAFILATURA = Extractor(
    output_format="python", fast=False, comments=False, tables=True, with_metadata=False
)
_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
)


def extract(body: str, url: str | None) -> Extracted:
    """Story paragraphs and metadata of one HTML page."""
    out = Extracted(url=url)
    body, subset = _DOCTYPE_SUBSET.subn("<!DOCTYPE html>", body, count=1)
    body = _NOT_XML.sub(" ", _XML_DECLARATION.sub("", body, count=1))
    if subset:
        out.flags.append("doctype_entities_ignored")
    parser = _parser()
    try:
        tree = lxml.html.document_fromstring(body, parser=parser)
    except (etree.ParserError, ValueError):
        tree = None
    deep = any("Excessive depth" in e.message for e in parser.error_log)
    if tree is None or deep:
        # libxml2 stops at depth 256 and silently drops the rest; read such a page as text.
        out.flags.append("markup_too_deep" if deep else "markup_unparseable")
        refine(_flatten(body), out, find_title=True, whole_page=True)
        return out
    _read_head(tree, out)
    _find_date(tree, url, out)
    if _COUNT(tree) > MAX_ELEMENTS:
        out.flags.append("markup_too_large")
        paragraphs = list(_block_texts(tree))
    else:
        paragraphs = _trafilatura(tree)
    reading.refine(_units(paragraphs), out)
    return out


def _parser() -> etree.HTMLParser:
    """An HTML parser whose elements are lxml.html's, chosen in C.

    lxml.html's own parser picks each element's class in a Python method (forms,
    inputs and labels get classes of their own); that call, made for every element
    the rules touch, was a tenth of the stage's time. Every element is plain
    HtmlElement here, which is all the rules and trafilatura use.
    """
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    return parser


def _flatten(body: str) -> list[str]:
    text = _TAG.sub(" ", _BLOCK_TAG.sub("\n", body))
    return [u for u in (normalise(line) for line in text.split("\n")) if u]


def _read_head(tree: lxml.html.HtmlElement, out: Extracted) -> None:
    # One walk of the page, in C, for every element the metadata comes from: each of
    # find(".//title"), the <meta> loops and the rest would walk all of it again.
    metas, scripts, first = [], [], {}
    for el in tree.iter("meta", "script", "title", "h1", "time", "link"):
        tag = el.tag
        if tag == "meta":
            metas.append(el)
        elif tag == "script":
            scripts.append(el)
        elif tag == "time":
            if "time" not in first and el.get("datetime"):
                first["time"] = el
        elif tag == "link":
            if "link" not in first and el.get("rel") == "canonical":
                first["link"] = el
        elif tag not in first:
            first[tag] = el
    meta: dict[str, str] = {}
    for el in metas:
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in meta:
            meta[key] = content
    ld = _json_ld(scripts)
    headline = ld.get("headline")
    title = meta.get("og:title") or (headline if isinstance(headline, str) else None)
    if not title and "title" in first:
        title = _TITLE_SUFFIX.sub("", first["title"].text_content())
    if not title and "h1" in first:
        title = first["h1"].text_content()
    out.title = normalise(title) if title and normalise(title) else None
    out.publisher = meta.get("og:site_name") or _ld_name(ld.get("publisher"))
    for key in _DATE_META:
        stated = ld.get(key)
        value = meta.get(key.lower()) or (stated if isinstance(stated, str) else None)
        if value:
            out.date_candidates.append(("metadata", value))
            break
    else:
        if "time" in first:
            out.date_candidates.append(("metadata", first["time"].get("datetime", "")))
    authors = meta.get("author") or _ld_name(ld.get("author"))
    for name in re.split(r"\s*(?:,|;|\band\b|&)\s*", authors or ""):
        if not name:
            continue
        wire = datelines.wire_name(name)
        if wire:
            out.wire = out.wire or wire
        elif name not in out.authors:
            out.authors.append(name)
    tags = meta.get("keywords") or meta.get("news_keywords") or ""
    out.tags.extend(t for t in bp.split_tags(tags) if t not in out.tags)
    for el in metas:
        if (el.get("property") or "").lower() == "article:tag" and el.get("content"):
            tag = el.get("content", "").strip().lower()
            if tag and tag not in out.tags:
                out.tags.append(tag)
    canonical = first.get("link")
    if canonical is not None and canonical.get("href"):
        out.url = canonical.get("href")
    out.language_hint = (tree.get("lang") or "").split("-")[0].lower() or None


def _find_date(tree: lxml.html.HtmlElement, url: str | None, out: Extracted) -> None:
    """htmldate's reading of the publication day, as evidence beside the page's metadata.

    It weighs what the head states against the url, the markup and the text, and
    works on a copy of the tree (trafilatura, after it, prunes the tree). From the
    text, a bare year ("© 2026", "since 2002") comes back as 1 January of it: no
    day at all. Such a date counts only if the markup alone states it; otherwise a
    page without dates would get a made-up one and be misplaced in time downstream
    (stories, trending). On trafilatura's corpus the guard costs no page.
    """
    try:
        day = find_date(tree, url=url, original_date=True)
        if day and day.endswith("-01-01"):
            day = find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - a date finder that fails has found no date
        return
    if day:
        out.date_candidates.append(("htmldate", day))


def _json_ld(scripts: list[lxml.html.HtmlElement]) -> dict[str, object]:
    for node in scripts:
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(node.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _ld_name(value: object) -> str | None:
    if isinstance(value, list):
        names = [_ld_name(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    return value if isinstance(value, str) else None


def _trafilatura(tree: lxml.html.HtmlElement) -> list[str]:
    doc = trafilatura.bare_extraction(tree, options=_TRAFILATURA)
    text = getattr(doc, "text", None) or ""
    return [line for line in text.split("\n") if line.strip()]


def _units(paragraphs: list[str]) -> list[str]:
    return [u for u in map(normalise, paragraphs) if u]


def _block_texts(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Text of each block, a <br> ending a line as it does in trafilatura's reading.

    text_content() drops <br>, gluing "Media contact:<br>Jane Doe" into one word;
    a mark that no page holds is put after each one and split on.
    """
    for br in tree.iter("br"):
        br.tail = _LINE_BREAK + (br.tail or "")
    for el in tree.iter("p", "h2", "h3", "li", "blockquote", "pre"):
        for line in el.text_content().split(_LINE_BREAK):
            if line.strip():
                yield line.strip()
