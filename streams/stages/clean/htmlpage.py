"""HTML pages: trafilatura for the story, fallbacks where it finds little or mostly furniture.

One lxml parse serves the metadata (read from the head, where news sites put
exact timestamps with their offsets; trafilatura's date keeps only the day),
the pruning of page furniture that trafilatura sometimes keeps (sign-up boxes,
"related" lists, cookie banners), and trafilatura itself, which takes the
pruned tree and so does less work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import justext
import lxml.html
import trafilatura
from lxml import etree
from readability import Document
from trafilatura.settings import Extractor

from streams.stages.clean import boilerplate as bp
from streams.stages.clean.dates import looks_like_date
from streams.stages.clean.furniture import prune
from streams.stages.clean.hygiene import normalise
from streams.stages.clean.page import Extracted, is_prose, refine

# Below this many characters of story, trafilatura "returned little" and the fallbacks run.
FALLBACK_BELOW = 250
# Below this share of prose (_prose_share), trafilatura's reading holds page furniture that
# the clean rules do not know (headlines, timestamps, reactions): 0.63-0.85 on such bench
# pages, 0.90 or more on every other.
PROSE_SHARE_MIN = 0.88
READ_SHARE_MIN = 0.2
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# A fallback that replaces such a reading must keep this much of its prose.
KEEP_PROSE = 0.75
# News pages hold 500-4,000 elements after pruning; past this the extractors' cost explodes.
MAX_ELEMENTS = 5000
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.I)
_COUNT = etree.XPath("count(//*)")
_LINE_BREAK = "\u2029"  # Unicode's paragraph separator: no HTML page writes it as text
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—-]|::)\s+[^|–—:-]{2,60}$")
# Built once: bare_extraction would build these options for every page (a tenth of its time
# here), and it copies them before changing any, so one object serves all pages. Without
# links or metadata trafilatura has no use for the page's URL.
_TRAFILATURA = Extractor(
    output_format="python", fast=True, comments=False, tables=False, with_metadata=False
)
_CONTINUED_TEXT = etree.XPath("//text()[contains(., 'ontinued') or contains(., 'ONTINUED')]")
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
    prune(tree)
    if _COUNT(tree) > MAX_ELEMENTS:
        # trafilatura and jusText grow faster than linearly with elements (10,000 take 8 s);
        # such a page is a generated list, not an article page, and gets the cheap reading.
        out.flags.append("markup_too_large")
        paragraphs = list(_block_texts(tree))
        jumps = []
    else:
        jumps = _jump_lines(tree)
        paragraphs = _trafilatura(tree)
    units = _units(paragraphs)
    if "markup_too_large" not in out.flags:
        units = _with_fallbacks(units, tree, body, out)
        if jumps and any(map(bp.jump_to, units)):
            units += _continued(jumps)
    refine(units, out, find_title=out.title is None)
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
            out.date_strings.append(value)
            break
    else:
        if "time" in first:
            out.date_strings.append(first["time"].get("datetime", ""))
    authors = meta.get("author") or _ld_name(ld.get("author"))
    for name in re.split(r"\s*(?:,|;|\band\b|&)\s*", authors or ""):
        if not name:
            continue
        wire = bp.wire_name(name)
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


def _jump_lines(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """An e-edition's jump lines ("Continued on Page A9"), made paragraphs so they are read.

    Extractors drop a short <div> of its own; kept, the lines tell page refinement
    where the story stops and where it resumes after the page's other stories.
    """
    found = []
    for text in _CONTINUED_TEXT(tree):
        el = text.getparent()
        if el is not None and len(el) == 0 and bp.jump_line(el.text_content()):
            el.tag = "p"
            found.append(el)
    return found


def _continued(jumps: list[lxml.html.HtmlElement]) -> list[str]:
    """The rest of a story that jumps to another page of an e-edition.

    The extractor reads the block the story starts in and stops at its jump line;
    the rest follows "Continued from Page A4" in another page's column.
    """
    found: list[str] = []
    for el in jumps:
        if bp.jump_from(el.text_content()):
            found.append(el.text_content().strip())
            found += _units([sibling.text_content() for sibling in el.itersiblings()])
    return found


def _units(paragraphs: list[str]) -> list[str]:
    return [u for u in map(normalise, paragraphs) if u]


def _with_fallbacks(
    paragraphs: list[str], tree: lxml.html.HtmlElement, body: str, out: Extracted
) -> list[str]:
    """trafilatura's reading, or a fallback's where trafilatura found little or mostly not prose.

    Fast mode skips trafilatura's own comparison with readability and jusText,
    which is most of its cost. Where the story has no <p> (paragraphs as <div>s
    among headline lists), fast mode reads the whole page, and its output is
    then full of short lines no rule knows: timestamps, headlines, reactions.
    Only then is the comparison made here, and a fallback replaces the reading
    if it keeps most of its prose with little around it.
    """
    story = _story_chars(paragraphs)
    read = sum(len(p) for p in paragraphs)
    # Little text, or little of what pruning left on the page: the extractor missed the story.
    little = read < FALLBACK_BELOW or read < READ_SHARE_MIN * _TEXT_LENGTH(tree)
    if not little and _prose_share(paragraphs, out.title) >= PROSE_SHARE_MIN:
        return paragraphs
    # The fallbacks read the pruned page first, so that furniture found once (a consent
    # wall, a caption) stays out; the raw page only if pruning left them nothing to read.
    fallback = _units(_best_fallback(lxml.html.tostring(tree, encoding="unicode")))
    if little and _story_chars(fallback) < FALLBACK_BELOW:
        fallback = max(fallback, _units(_best_fallback(body)), key=_story_chars)
    found = _story_chars(fallback)
    if (little and found > story) or (
        not little
        and found >= KEEP_PROSE * story
        and _prose_share(fallback, out.title) >= PROSE_SHARE_MIN
    ):
        out.flags.append("fallback_extractor")
        return fallback
    return paragraphs


def _prose_share(paragraphs: list[str], title: str | None) -> float:
    """Share of prose in the characters that the clean rules would not remove anyway.

    Short lines the rules recognise (the headline, bylines, dates, copyright,
    "Share") are removed later and count neither way; on a good reading the rest
    is story.
    """
    headline = (title or "").lower()
    # A report's sources and notes after the story ("Sources", "Notes to editors") are
    # removed whole later, as back matter, and count neither way.
    end = next((i for i, u in enumerate(paragraphs) if bp.back_matter(u)), None)
    if end is not None and any(map(is_prose, paragraphs[:end])):
        paragraphs = paragraphs[:end]
    prose = sum(len(u) for u in paragraphs if is_prose(u))
    other = sum(
        len(u)
        for u in paragraphs
        if not is_prose(u)
        and u.lower() != headline
        and not (bp.classify(u) or bp.byline(u) or looks_like_date(u))
    )
    return prose / (prose + other) if prose + other else 0.0


def _best_fallback(body: str) -> list[str]:
    best: list[str] = []
    for extractor in _FALLBACKS:
        try:
            paragraphs = extractor(body)
        except Exception:  # noqa: BLE001 - a fallback that fails is a fallback that found nothing
            continue
        if _story_chars(paragraphs) > _story_chars(best):
            best = paragraphs
    return best


def _readability(body: str) -> list[str]:
    summary = Document(body).summary(html_partial=True)
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    return list(_block_texts(tree))


def _justext(body: str) -> list[str]:
    parts = justext.justext(body.encode("utf-8"), justext.get_stoplist("English"))
    return [p.text for p in parts if not p.is_boilerplate]


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


def _story_chars(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs if is_prose(p))


_FALLBACKS: tuple[Callable[[str], list[str]], ...] = (_readability, _justext)
