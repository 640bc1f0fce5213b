"""Fresh set 18: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import re

from streams.bench import fresh18, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import after as _between
from tests.bench.freshset import bare as _bare
from tests.bench.freshset import escaped as _escaped
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold

SUBHEADINGS = ["What buyers must promise", "How the night buses will run"]
SUB_PATTERN = r"<(h2|h3|strong)>(?:What buyers must|How the night buses)"


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh18.build_fresh18, template)


def _between_whole_paragraphs(block: str, at: int, end: int, openers: tuple[str, ...]) -> None:
    """The box at block[at:end] follows a whole text paragraph and precedes another one."""
    before, rest = block[:at], block[end:]
    assert before.endswith(("</p>", "</div>")), before[-60:]
    assert not before.endswith(("</strong></p>", "</b></p>", "</h2>", "</h3>")), before[-60:]
    assert rest.startswith(openers), rest[:60]


def _story_texts(body: str, div_class: str) -> tuple[list[str], bool]:
    """A story block's texts (a div per paragraph read as a <p>), and whether it used divs."""
    is_div = f"<div class='{div_class}'>" in body
    body = re.sub(rf"<div class='{div_class}'>(.*?)</div>", r"<p>\1</p>", body)
    return _unbold(_bare(body, "p|h2|h3")), is_div


def test_eighteenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    fresh, paragraphs = freshset.texts_as_promised(
        "fresh18.jsonl",
        SUBHEADINGS,
        told=("Reuters", "The Associated Press", "AFP"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    for short in ("He admitted all six charges.", "It has since flowered twice."):
        assert short in paragraphs
        assert len(short.split()) <= 5
        assert len(pages._SENTENCE.split(short)) == 1
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len(quotes) == 1 and len(quotes[0].split()) >= 40
    assert quotes[0].startswith('"When the waves came up on the last leg')
    # Numbers and a time inside the story.
    assert any("4.3 million" in p for p in paragraphs)
    assert any("8:20 p.m." in p for p in paragraphs)
    # The new traps, each a story paragraph that looks like a new layout's furniture: a
    # legal site's case caption box and "Related cases", a property portal's listing cards
    # and mortgage calculator, a transit operator's status bar and "Plan your journey" box.
    caption = r"The case is .+ v\. .+, U\.S\. District Court for .+, No\. [\d:]+-cv-\d+\.$"
    assert fresh[0]["paragraphs"][-1] == next(p for p in paragraphs if re.match(caption, p))
    assert any(p.startswith("In a related case, ") for p in paragraphs)
    assert any(
        re.match(r"One of the homes, a three-bedroom, two-bathroom \d{4} ", p) for p in paragraphs
    )
    assert any("sold last summer for $89,000" in p for p in paragraphs)
    assert any(p.startswith("Each house has two bedrooms, ") and "£60,000" in p for p in paragraphs)
    assert any(p.startswith("Mortgage lenders have agreed ") for p in paragraphs)
    assert any(p.startswith("Service on the Red and Blue lines") for p in paragraphs)
    assert any(p.startswith("Passengers are advised to plan their journeys") for p in paragraphs)
    # And subheadings that read like a listing's terms and a "Travel help" box's title.
    assert "What buyers must promise" in paragraphs and "How the night buses will run" in paragraphs


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    fresh = pages.articles("fresh18.jsonl")
    council_inline, banners = set(), set()
    for built_page, article in zip(_pages("councilnews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        body = _between(page, "<div class='notice-body'>", "<div class='share-page'>")
        box = re.search(r"<div class='consultation-box'>.*?</a></div>", body)
        if box:
            _between_whole_paragraphs(body, box.start(), box.end(), ("<p>",))
            body = body[: box.start()] + body[box.end() :]
        else:
            assert "<div class='side-column'><div class='consultation-box'>" in page
        council_inline.add(bool(box))
        assert _bare(body, "p|h2") == _escaped(paragraphs)
    for built_page, article in zip(_pages("clubsite"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        story = _between(page, "<div class='story'>", "<section class='more-news'>")
        banner = re.search(r"<div class='partner-banner'>.*?</div>", story)
        if banner:
            openers = ("<p>", "<div class='text-block'>")
            _between_whole_paragraphs(story, banner.start(), banner.end(), openers)
            story = story[: banner.start()] + story[banner.end() :]
        banners.add(bool(banner))
        texts, _ = _story_texts(story, "text-block")
        assert texts == _escaped(paragraphs)
    for built_page, article in zip(_pages("charitypress"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        release = _between(page, "<div class='release-body'>", "</div>")
        assert _bare(release, "p|h2|h3") == _escaped(paragraphs)
        assert page.index("<div class='release-body'>") < page.index("<h2>Notes to editors</h2>")
    assert council_inline == banners == {True, False}
    # The subheadings, as each known layout sets them.
    for index, sub in ((6, SUBHEADINGS[0]), (8, SUBHEADINGS[1])):
        assert sub in fresh[index]["paragraphs"]
        assert f"<h2>{sub}</h2>" in _pages("councilnews")[index].html
        club = _pages("clubsite")[index].html
        assert f"<h3>{sub}</h3>" in club or f"<p><strong>{sub}</strong></p>" in club
        charity = _pages("charitypress")[index].html
        assert f"<h2>{sub}</h2>" in charity or f"<h3>{sub}</h3>" in charity


def test_courtnews_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh18.jsonl")
    wrapped, divs, inline, caption_first, trials, subs = (set() for _ in range(6))
    box = r"<div class='sponsored-briefing'>.*?Read the briefing</a></div>"
    for built_page, article in zip(_pages("courtnews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["<div class='utility-bar'>", "Free trial</a>", "Subscribe</a>"]
        order += ["<p class='tagline'>", "Litigation</a>", "Law firms</a>"]
        order += ["placeholder='Search cases, firms and news'", "<nav class='breadcrumb'>"]
        order += ["Courts</a></nav>", "<p class='label'>Court report</p>"]
        order += [f"<h1>{_e(article['title'])}</h1>", f"{_e(article['author'])}</a></p>"]
        order += [" min read</p>", "<div class='article-body'>", *_escaped(paragraphs)]
        order += ["<h3>Legal disclaimer</h3>", "does not constitute legal advice"]
        order += ["<h2>Related cases</h2>", "<h2>Topics</h2>", "Most read in Litigation"]
        order += ["<h2>Get the morning docket</h2>", "<footer>", "we are not a law firm"]
        assert _in_order(page, order)
        # The case caption box: before the story, or in a side column after it.
        assert page.count("<aside class='case-caption'>") == 1
        for part in ("<dt>Court</dt>", "<dt>Docket number</dt>", "<dt>Judge</dt>", "View docket"):
            assert part in page
        caption = page.index("<aside class='case-caption'>")
        if caption > page.index("<div class='article-body'>"):
            assert "<div class='side-column'><aside class='case-caption'>" in page
            assert caption > page.index("<h3>Legal disclaimer</h3>")
            assert caption < page.index("<h2>Related cases</h2>")
        caption_first.add(caption < page.index("<div class='article-body'>"))
        # One sponsored briefing: between two whole text paragraphs, or after the story.
        assert len(re.findall(box, page)) == 1 and "From " in page
        body = _between(page, "<div class='article-body'>", "<div class='legal-disclaimer'>")
        found = re.search(box, body)
        assert found
        is_inline = found.start() < body.index(_e(paragraphs[-1]))
        if is_inline:
            _between_whole_paragraphs(
                body, found.start(), found.end(), ("<p>", "<div class='para'>")
            )
        inline.add(is_inline)
        texts, is_div = _story_texts(re.sub(box, "", body), "para")
        assert texts == _escaped(paragraphs)
        divs.add(is_div)
        subs.update(re.findall(SUB_PATTERN, body))
        has_trial = "<div class='trial-notice'>" in page
        if has_trial:
            assert page.index("trial-notice") < page.index("<div class='utility-bar'>")
        trials.add(has_trial)
        main = "<main class='page'>" in page
        assert main == ("<article class='court-report'>" in page)
        wrapped.add(main)
        # The story's own caption and "related case" paragraphs sit in the story, not the box.
        for p in paragraphs:
            if p.startswith(("The case is ", "In a related case")):
                assert page.index(_e(p)) < page.index("<h2>Related cases</h2>")
    assert wrapped == divs == inline == caption_first == trials == {True, False}
    assert subs == {"h3", "strong"}


def test_propertynews_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh18.jsonl")
    wrapped, divs, inline, widget_first, subs = (set() for _ in range(5))
    card = r"<div class='featured-property'>.*?<button>Save</button></div>"
    for built_page, article in zip(_pages("propertynews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["<div class='cookie-banner'>", "save your searches", "Sold prices</a>"]
        order += ["House price index</a>", "Saved homes</a>", "<button>For sale</button>"]
        order += ["placeholder='Enter a town, postcode or station'", "<nav class='breadcrumb'>"]
        order += ["Property news</a></nav>", "<p class='label'>Property news</p>"]
        order += [f"<h1>{_e(article['title'])}</h1>", f"By {_e(article['author'])} | "]
        order += ["Share</button>", "<div class='article-content'>", *_escaped(paragraphs)]
        order += ["<h2>Mortgage calculator</h2>", "Your home may be repossessed"]
        order += ["Properties for sale near you</h2>", "Find out what your home is worth</h2>"]
        order += ["<h2>More property news</h2>", "<footer>", "appointed representative"]
        order += ["Land Registry.</p>"]
        assert _in_order(page, order)
        assert page.count("<li class='listing'>") == 3
        assert len(re.findall(r"Added today|Reduced", page)) == 3
        # The house price widget: before the story, or after the valuation box.
        assert page.count("<div class='price-widget'>") == 1
        widget = page.index("<div class='price-widget'>")
        story = page.index("<div class='article-content'>")
        if widget > story:
            assert widget > page.index("Find out what your home is worth</h2>")
            assert widget < page.index("<h2>More property news</h2>")
        widget_first.add(widget < story)
        # One featured property: between two whole text paragraphs, or after the story.
        assert len(re.findall(card, page)) == 1
        body = _between(page, "<div class='article-content'>", "<section class='mortgage-")
        found = re.search(card, body)
        assert found and "Marketed by " in found[0] and " for sale</h4>" in found[0]
        is_inline = found.start() < body.index(_e(paragraphs[-1]))
        if is_inline:
            openers = ("<p>", "<div class='article-text'>")
            _between_whole_paragraphs(body, found.start(), found.end(), openers)
        inline.add(is_inline)
        texts, is_div = _story_texts(re.sub(card, "", body), "article-text")
        assert texts == _escaped(paragraphs)
        divs.add(is_div)
        subs.update(re.findall(SUB_PATTERN, body))
        main = "<main id='main'>" in page
        assert main == ("<article class='news-article'>" in page)
        wrapped.add(main)
        # The listing-like and mortgage paragraphs sit in the story, before the calculator.
        for p in paragraphs:
            if p.startswith(("One of the homes", "Each house has", "Mortgage lenders")):
                assert page.index(_e(p)) < page.index("<h2>Mortgage calculator</h2>")
    assert wrapped == divs == inline == widget_first == {True, False}
    assert subs == {"h2", "h3"}


def test_transitnews_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh18.jsonl")
    wrapped, divs, inline, status_first, planner_first, labels, subs = (set() for _ in range(7))
    notice = r"<div class='closure-notice'>.*?See all planned works</a></div>"
    for built_page, article in zip(_pages("transitnews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["<nav class='breadcrumb'>", "News and updates</a></nav>", "<p class='label'>"]
        order += [f"<h1>{_e(article['title'])}</h1>", "<p class='meta'>Published: "]
        order += [f" | By {_e(article['author'])}</p>", "<div class='news-body'>"]
        order += [*_escaped(paragraphs), "<h2>Plan your journey</h2>", "Use our journey planner"]
        order += ["<h2>Travel help</h2>", "ask any member of staff", "More news and updates</h2>"]
        order += ["<footer>", "<h3>Accessibility</h3>", "step-free access", "Tickets and fares"]
        order += ["Fares are capped each day", "Lost property"]
        assert _in_order(page, order)
        label = re.search(r"<p class='label'>([^<]+)</p><h1>", page)
        assert label and label[1] in ("News", "Service update")
        labels.add(label[1])
        # The status bar, above or below the header; each line's state.
        assert page.count("<div class='service-status'>") == 1
        assert page.count("<span class='line'>") == 5
        good = page.count("<span class='state'>Good service</span>")
        minor = page.count("<span class='state'>Minor delays</span>")
        assert good + minor == 5 and 1 <= minor <= 2
        assert "Check before you travel.</p>" in page
        bar, header = page.index("<div class='service-status'>"), page.index("<header")
        assert bar < page.index("<nav class='breadcrumb'>")
        status_first.add(bar < header)
        # The journey planner: before the story, or after the help boxes.
        assert page.count("<form class='journey-planner'") == 1
        assert "placeholder='Station, stop or postcode'" in page and "Plan my journey" in page
        planner = page.index("<form class='journey-planner'")
        story = page.index("<div class='news-body'>")
        if planner > story:
            assert planner > page.index("<h2>Travel help</h2>")
            assert planner < page.index("More news and updates</h2>")
        planner_first.add(planner < story)
        # One planned closure notice: between two whole text paragraphs, or after the story.
        assert len(re.findall(notice, page)) == 1
        body = _between(page, "<div class='news-body'>", "<div class='journey-box'>")
        found = re.search(notice, body)
        assert found and "Replacement buses will run" in found[0]
        is_inline = found.start() < body.index(_e(paragraphs[-1]))
        if is_inline:
            openers = ("<p>", "<div class='rich-text'>")
            _between_whole_paragraphs(body, found.start(), found.end(), openers)
        inline.add(is_inline)
        texts, is_div = _story_texts(re.sub(notice, "", body), "rich-text")
        assert texts == _escaped(paragraphs)
        divs.add(is_div)
        subs.update(re.findall(SUB_PATTERN, body))
        main = "<main id='content'>" in page
        assert main == ("<article class='news-item'>" in page)
        wrapped.add(main)
        # The status-like and planner-like paragraphs sit in the story, after the status bar.
        for p in paragraphs:
            if p.startswith(("Service on the ", "Passengers are advised")):
                assert page.index(_e(p)) > bar
                assert page.index(_e(p)) < page.index("<h2>Plan your journey</h2>")
    assert wrapped == divs == inline == status_first == planner_first == {True, False}
    assert labels == {"News", "Service update"}
    assert subs == {"h2", "strong"}
