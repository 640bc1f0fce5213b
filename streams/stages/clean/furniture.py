"""Page furniture, found and removed before the story is extracted.

Menus, sign-up boxes, consent walls, captions, "related" lists and comment
threads never hold the story, and extractors sometimes keep them (or, worse,
take a repeated block for the whole story). Pruning them from the lxml tree
first makes every extractor after it both better and faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import lxml.html
from lxml import etree

from streams.stages.clean import boilerplate as bp

# A block with at least this many links, whose text is mostly link text, is a menu or list.
LINK_LIST_MIN, LINK_DENSITY = 3, 0.7
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "form",
    "button",
    "select",
    "input",
    "template",
    "nav",
    "aside",
    "dialog",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    # A photo's caption and credit describe the picture, not the story ("… Photo: Jane Doe").
    "figcaption",
)
# Class or id tokens of page furniture; matched by whole token, so "shared" or "commentary" live.
_FURNITURE = frozenset(
    (
        "related",
        "share",
        "sharing",
        "social",
        "comments",
        "comment",
        "cookie",
        "cookies",
        "consent",
        # Consent-management platforms (Didomi, OneTrust, Quantcast): the privacy wall before
        # the story, often longer than the story and written in prose.
        "gdpr",
        "cmp",
        "onetrust",
        "didomi",
        "quantcast",
        "privacy",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promotion",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "sponsored",
        "sidebar",
        "breadcrumb",
        "breadcrumbs",
        "menu",
        "navbar",
        "nav",
        "popup",
        "modal",
        "recommended",
        "recommendation",
        "recommendations",
        "trending",
        "mostread",
        "most-read",
        "outbrain",
        "taboola",
        "footer",
        "masthead",
        "banner",
        "toolbar",
        "tags",
        # Photo and video captions (also dropped as <figcaption>): they describe the picture.
        "caption",
        # The author's biography under a feature ("... is a freelance writer who ...").
        "bio",
        "authorbio",
        # A broadcast's transcript under its video: the anchors' words, the lead read out again.
        "transcript",
        # Calls to action and buttons styled from links ("Let's go!", "Sign up for alerts").
        "cta",
        "btn",
        # Inline stock quotes after a sentence ("Gold -1.74%"): a widget, not the sentence.
        "chip",
        # A summary box that retells the story in other words above it, and the standfirst
        # under the headline, which does the same in a sentence. ("subtitle" is not here: some
        # sites name the story's own subheadings so.)
        "takeaways",
        "highlights",
        "standfirst",
        "dek",
        # A fact box beside the story: background in prose ("What is an agency story?").
        "factbox",
        "faktaboks",
        "faktaruta",
        "infobox",
        # A fact check's verdict box over the story ("Rating: False" and its one-line reason),
        # and its ruling (the claim, what was found and "We rate the claim false.").
        "verdict",
        "ruling",
        # A podcast episode's page: its guests' biographies and its other episodes.
        "guests",
        "episodes",
        # A trade publication's sponsored webinar boxes inside and beside the story.
        "webinar",
        # A registration wall between the free and the gated halves of a story.
        "regwall",
        # A weather service's warnings, in a banner over the page and a list under the story.
        "warnings",
        # A council's "Have your say" box inviting residents into a consultation.
        "consultation",
        # MediaWiki's frame (Wikipedia, Wikinews and every wiki on its software): the site
        # notice, the "From ..., the free ..." tagline, "[edit]" links, message boxes and the
        # category links.
        "sitenotice",
        "sitesub",
        "editsection",
        "ambox",
        "catlinks",
    )
)
# "paywall" names both the prompt ("Subscribe to read on") and, by Google's structured-data
# convention for gated content (JSON-LD hasPart.cssSelector ".paywall"), the story itself. A
# block so named is furniture only when it is as short as a prompt.
_GATED = frozenset(("paywall", "premium", "subscriber"))
GATE_PROMPT_MAX = 400
# A video or audio card inside the story (its title, duration, "Play") is furniture; a block
# so named that holds more text than a prompt is a video page's whole article, and stays.
# So is a weather widget ("local-forecast": hours and temperatures), where a forecast in
# prose may be the story.
_MEDIA = frozenset(("video", "player", "audio", "forecast"))
# Class names of a story's text block ("article-body", "post-content", "entry-content"). Body
# finders, trafilatura's included, take the FIRST block so named as the whole story; a page
# that repeats it (live-blog posts, a story split around ads) would lose all but the first.
_BODY_CLASS = re.compile(
    r"(?:post|entry|article|story|blog|body)[-_]?(?:body|content|text|copy)|articlebody", re.I
)
# ARIA roles of overlays, banners and menus: a role="dialog" <div> is a <dialog> (consent walls,
# modals), a role="alert" one a banner over the page (warnings in force, breaking news).
# Read on named elements only (overlays carry a class or id for their script); asking XPath for
# every @role costs a third of the pruning.
_ROLE_FURNITURE = frozenset(("dialog", "alertdialog", "navigation", "alert"))
# A web archive's toolbar over the page it saved (the Wayback Machine's ids): capture dates,
# "About this capture" and the collection's description, in prose.
_ARCHIVE_TOOLBAR = frozenset(("wm-ipp-base", "wm-ipp", "wm-capinfo"))
_HEADINGS = ("h2", "h3", "h4", "h5")
# Named blocks, and blocks with the HTML `hidden` attribute (a collapsed transcript, a
# template for a script), in one pass of XPath in C: no Python proxy per element, which is
# most of the cost of walking a page. The attributes, not the elements, are asked for:
# `//*[@class or @id]` tests every element in a predicate and takes three times as long.
_ATTRIBUTES = etree.XPath("//@class|//@id|//@hidden")
_LINK_COUNT = etree.XPath("count(.//a)")
_LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)
_TEXT_LENGTH = etree.XPath("string-length(.)")
_LIST_BLOCKS = ("ul", "ol", "div", "section", "td", "table")
# A teaser card is a linked headline and a blurb of a sentence or two; a story block is longer.
CARD_MAX = 400
CARD_LABEL_MAX = 40
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
# A table cell holding this much text that ends a sentence is a paragraph.
CELL_PARAGRAPH_MIN = 80
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")
# A feed's story item: at least this long, this many times the next longest of its kind.
FEED_MIN_ITEMS, FEED_STORY_MIN, FEED_STORY_RATIO = 3, 1000, 3
_FEED_ITEM = etree.XPath("boolean(.//time|.//h2|.//h3|.//h4)")
# A dek is a sentence or two; a longer heading under the headline is something else.
DEK_MAX = 300


def prune(tree: lxml.html.HtmlElement) -> None:
    """Drop page furniture before extraction; the story is never inside these."""
    # In C, in one call: these are most of a page's elements that go (scripts above all).
    etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    doomed: list[lxml.html.HtmlElement] = []
    named: dict[lxml.html.HtmlElement, None] = {}
    for attr in _ATTRIBUTES(tree):
        if attr.attrname == "hidden":
            doomed.append(attr.getparent())
        else:
            named[attr.getparent()] = None
    for el in tree.iter("header", "footer"):
        if not any(a.tag in ("article", "main") for a in el.iterancestors()):
            doomed.append(el)
    doomed.extend(_deks(tree))
    bodies: list[lxml.html.HtmlElement] = []
    kinds: dict[tuple[object, ...], list[lxml.html.HtmlElement]] = {}
    for el in named:
        cls = el.get("class") or ""
        parent = el.getparent()
        if cls.strip() and parent is not None:
            kinds.setdefault((parent, el.tag, cls.split()[0]), []).append(el)
        if el.tag in ("html", "body", "article", "main"):
            continue
        furniture, short, body = _named(cls, el.get("id") or "")
        if (
            furniture
            or el.get("role") in _ROLE_FURNITURE
            or (short and len(el.text_content()) < GATE_PROMPT_MAX)
        ):
            doomed.append(el)
        elif body:
            bodies.append(el)
    # Sought before the rest goes: a post's date is in its footer.
    doomed.extend(_feed_items(kinds))
    _remove(doomed)
    # Comments and link lists are sought in what is left: fewer blocks to measure.
    _remove([*_comment_sections(tree), *_link_lists(tree), *_teaser_cards(tree)])
    _join_repeated_bodies([b for b in bodies if b.getroottree().getroot() is tree])
    _cells_as_paragraphs(tree)


@lru_cache(maxsize=4096)
def _named(cls: str, ident: str) -> tuple[bool, bool, bool]:
    """(furniture, furniture if short, story text block) by a block's class and id.

    Cached: a page repeats its class names (cards, list items, its own paragraphs), and
    so does a site from page to page.
    """
    tokens = _TOKEN_SPLIT.split(f"{cls} {ident}".lower())
    return (
        not _FURNITURE.isdisjoint(tokens) or ident in _ARCHIVE_TOOLBAR,
        not (_GATED.isdisjoint(tokens) and _MEDIA.isdisjoint(tokens)),
        bool(cls and _BODY_CLASS.search(cls)),
    )


def _cells_as_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """Give a table cell's prose a <p>, as e-mail web views and old table layouts omit it.

    trafilatura reads the <p>s inside a layout table but not text set straight in a
    <td>, so a newsletter's story, one cell per paragraph, was lost whole. Once a table
    shows such a paragraph, its shorter sentences ("It was full.") are paragraphs too.
    Nor does it read a heading inside a table: a subheading among a cell's paragraphs
    becomes one of them, or the story would lose it.
    """
    tables = []
    for cell in tree.iter("td"):
        if _bare_sentence(cell) and len(cell.text) >= CELL_PARAGRAPH_MIN:
            tables.append(next(cell.iterancestors("table"), None))
            _paragraph(cell)
        elif sum(1 for child in cell if child.tag == "p") >= 2:
            for heading in cell.iterchildren(*_HEADINGS):
                if heading.find(".//a") is None:
                    heading.tag = "p"
    for table in dict.fromkeys(t for t in tables if t is not None):
        for cell in table.iter("td"):
            if _bare_sentence(cell):
                _paragraph(cell)


def _bare_sentence(cell: lxml.html.HtmlElement) -> bool:
    """A cell holding only text, which ends a sentence."""
    return len(cell) == 0 and bool(cell.text) and bool(_SENTENCE_END.search(cell.text))


def _paragraph(cell: lxml.html.HtmlElement) -> None:
    text, cell.text = cell.text, None
    etree.SubElement(cell, "p").text = text


def _feed_items(
    kinds: dict[tuple[object, ...], list[lxml.html.HtmlElement]],
) -> list[lxml.html.HtmlElement]:
    """The other items of a feed the story is one item of: a channel's posts, older updates.

    Sibling blocks of one kind (parent, tag and first class name), each dated or headed,
    one of them the story and many times longer than any other: the rest are the feed's
    other short items. A live blog's posts are much alike in length, and all stay.
    """
    found: list[lxml.html.HtmlElement] = []
    for items in kinds.values():
        # Items are dated or headed, as posts and updates are (a poll may not be); paragraphs
        # are not.
        if len(items) < FEED_MIN_ITEMS or not _mostly(_FEED_ITEM, items, 2 / 3):
            continue
        story = feed_story([_TEXT_LENGTH(el) for el in items])
        if story is not None:
            found.extend(el for n, el in enumerate(items) if n != story)
    return found


def feed_story(sizes: Sequence[float]) -> int | None:
    """Which of a feed's items (two or more) is the story, by their sizes; None if none is.

    One item at least FEED_STORY_MIN long and FEED_STORY_RATIO times the next longest is
    the story among the feed's short posts; items much alike in length (a live blog's
    posts) are all the story. The markup's feed items and a dump's posts are judged so.
    """
    ranked = sorted(((size, n) for n, size in enumerate(sizes)), reverse=True)
    (longest, story), (second, _) = ranked[0], ranked[1]
    if longest >= FEED_STORY_MIN and second * FEED_STORY_RATIO <= longest:
        return story
    return None


def _mostly(
    test: Callable[[lxml.html.HtmlElement], object],
    items: list[lxml.html.HtmlElement],
    share: float,
) -> bool:
    """At least `share` of the items pass the test.

    It stops at the first miss too many: a site map's fifty blocks, none of them dated,
    fail at the seventeenth instead of after fifty XPath calls.
    """
    allowed = len(items) - share * len(items)
    misses = 0
    for item in items:
        if not test(item):
            misses += 1
            if misses > allowed:
                return False
    return True


def _deks(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """A heading right under the headline: the dek, which retells the story in a sentence.

    A story opens with its lead, never with one of its subheadings, so a heading that
    follows the <h1> is the standfirst, whatever its class ("subtitle", "post-sub").
    """
    found = []
    for h1 in tree.iter("h1"):
        dek = h1.getnext()
        if (
            dek is not None
            and dek.tag in _HEADINGS
            and dek.find(".//a") is None
            and len(dek.text_content()) <= DEK_MAX
        ):
            found.append(dek)
    return found


def _remove(doomed: list[lxml.html.HtmlElement]) -> None:
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            # Keep the tail: it is text that follows the element, not part of it.
            if el.tail and el.tail.strip():
                prev = el.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + el.tail
                else:
                    parent.text = (parent.text or "") + el.tail
            parent.remove(el)


def _join_repeated_bodies(bodies: list[lxml.html.HtmlElement]) -> None:
    """Make several story-text blocks read as one story, not as its first block.

    A live blog gives each timestamped post its own "post-body"; a story split by
    ads has two "article-body" halves. trafilatura picks the first such block and
    stops, keeping one post of twenty. Unnaming the blocks and naming their common
    ancestor (itemprop=articleBody, which extractors honour) makes it read them all.
    Only blocks of one class (by its first name) are joined: a story's "entry-content"
    and a teaser's "post-content" elsewhere on the page are not one story.
    """
    named = set(bodies)
    outer = [b for b in bodies if named.isdisjoint(b.iterancestors())]
    # Of one class by its first name: "article-body" and "article-body article-body--gated"
    # are one story's halves, either side of a registration wall.
    if len(outer) < 2 or len({(b.get("class") or "").split()[0] for b in outer}) > 1:
        return
    for block in outer:
        block.attrib.pop("class", None)
        block.attrib.pop("itemprop", None)
    common = set(outer[0].iterancestors())
    for block in outer[1:]:
        common.intersection_update(block.iterancestors())
    lowest = next((a for a in outer[0].iterancestors() if a in common), None)
    if lowest is not None and lowest.tag not in ("html", "body"):
        lowest.set("itemprop", "articleBody")


def _link_lists(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Menus, site maps and teaser lists: blocks whose text is mostly link text.

    Removing them before trafilatura is what makes it fast: on these pages it
    takes 80 ms with them and 3 ms without (it measures link density again and
    again over the same lists). They hold no story sentences.
    """
    found: list[lxml.html.HtmlElement] = []
    inside: set[lxml.html.HtmlElement] = set()
    for el in tree.iter(*_LIST_BLOCKS):
        if el in inside or _LINK_COUNT(el) < LINK_LIST_MIN:
            continue
        # Density first: two XPath calls in C, where the teaser test walks the children in
        # Python; most lists are menus and need no more.
        text = _TEXT_LENGTH(el)
        if (text and sum(map(len, _LINK_TEXT(el))) / text >= LINK_DENSITY) or _teaser_list(el):
            found.append(el)
            # Blocks inside a list are part of it; the set holds them, so lookups stay cheap.
            inside.update(el.iter(*_LIST_BLOCKS))
    return found


def _teaser_list(el: lxml.html.HtmlElement) -> bool:
    """Three or more children that each lead with a linked headline: "more stories" cards."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < LINK_LIST_MIN:
        return False
    headed = sum(1 for c in children if any(h.find(".//a") is not None for h in c.iter(*_HEADINGS)))
    return headed >= LINK_LIST_MIN and headed >= 0.75 * len(children)


def _teaser_cards(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Sibling cards, each a headline linking to another page and a short blurb.

    `_teaser_list` finds a block made of such cards. These stand loose beside the
    story instead ("Related:" and two cards after the last paragraph, in the same
    table cell as the story), and their blurbs are sentences that read as story. One
    card alone is not enough: a story may open with a linked headline of its own.
    A heading that links into the page (#post-12) is a live blog's permalink, not a card.
    """
    groups: dict[tuple[object, ...], list[lxml.html.HtmlElement]] = {}
    # A page has a few headings: finding them in C and asking each for a link is a fifth of
    # the cost of an XPath union with a predicate, which scans the page once per tag.
    for heading in tree.iter("h2", "h3", "h4"):
        link = heading.find(".//a")
        card = heading.getparent()
        if link is None or card is None or card.tag in ("body", "article", "main"):
            continue
        if not _leads(heading, card):
            continue
        if (link.get("href") or "").startswith("#") or len(card.text_content()) > CARD_MAX:
            continue
        groups.setdefault((_container(card), card.tag, card.get("class")), []).append(card)
    return [card for cards in groups.values() if len(cards) >= 2 for card in cards]


def _container(card: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """What a card sits in beside its siblings: its parent, or above a row of its own.

    An e-mail layout gives each card a table row (<tr><td>card</td></tr>), so cards are
    siblings not as cells but as rows of one table.
    """
    parent = card.getparent()
    while parent is not None and parent.tag == "tr" and len(parent) == 1:
        parent = parent.getparent()
    return parent


def _leads(heading: lxml.html.HtmlElement, card: lxml.html.HtmlElement) -> bool:
    """The heading opens its card, after at most a label ("Jul 07, 2026", "Opinion")."""
    before = list(card)[: card.index(heading)]
    return len(before) <= 1 and all(len(el.text_content()) <= CARD_LABEL_MAX for el in before)


def _comment_sections(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The block under a "123 Comments" heading: readers' prose, not the story's."""
    found = []
    for heading in tree.iter("h2", "h3", "h4"):
        parent = heading.getparent()
        if parent is None or parent.tag in ("body", "article", "main"):
            continue
        if bp.classify(heading.text_content()) == "comments":
            found.append(parent)
    return found
