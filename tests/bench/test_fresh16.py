"""Fresh set 16: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import re

from streams.bench import fresh14, fresh16, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import after as _between
from tests.bench.freshset import bare as _bare
from tests.bench.freshset import escaped as _escaped
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh16.build_fresh16, template)


def test_sixteenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh16.jsonl",
        ["How the scheme works", "What the tree rings showed"],
        told=("Reuters", "AFP"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    for short in ("He passed every time.", "The ground fell silent."):
        assert short in paragraphs
        assert len(short.split()) <= 5
        assert len(pages._SENTENCE.split(short)) == 1
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len(quotes) == 1 and len(quotes[0].split()) >= 40
    assert quotes[0].startswith('"People come from all over the world')
    # Numbers and a time inside the story.
    assert any("3.4 million" in p for p in paragraphs)
    assert any("7:45 p.m." in p for p in paragraphs)
    # The new traps: paragraphs that open like a feedback form's question, a fixture
    # widget's kick-off line, a club site's label and a charity's donate panel.
    assert any(p.startswith("Was it the right call? ") for p in paragraphs)
    assert any(p.startswith("Was it enough? ") for p in paragraphs)
    assert any(p.startswith("Kick-off had been delayed ") for p in paragraphs)
    assert any(p.startswith("Man of the match ") for p in paragraphs)
    assert any(p.startswith("Donations to the appeal ") for p in paragraphs)


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    fresh = pages.articles("fresh16.jsonl")
    for article in fresh:
        # "printview" needs four paragraphs; "blogspot"'s snippet must cut the lead short.
        assert len(article["paragraphs"]) >= 4
        assert len(article["paragraphs"][0]) > 150, article["slug"]
    for built_page, article in zip(_pages("portal"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        texts = re.findall(r"<p>([^<]*)\n", page)
        assert texts == _escaped(paragraphs)
        legal = page.index("All rights reserved. This material may not be published")
        assert page.index(_e(paragraphs[-1])) < legal
    for built_page, article in zip(_pages("printview"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        if "<div id='printArea'>" in page:
            block = _between(page, "<div id='printArea'>", "<div class='print-links'")
            block = re.sub(r"<div class='para'>(.*?)</div>", r"<p>\1</p>", block)
            texts = _unbold(_bare(block, "p"))
        else:
            block = _between(page, "<article class='print-article'>", "</article>")
            block = re.sub(r"<h2 class='print-subhead'>(.*?)</h2>", r"<p>\1</p>", block)
            texts = _bare(block, "p")
        assert texts == _escaped(paragraphs)
    for built_page, article in zip(_pages("blogspot"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        lead = _e(paragraphs[0])
        assert page.count(lead) == 1
        assert _e(fresh14._snippet(paragraphs[0])) in page
        body = _between(page, "itemprop='description articleBody'>", "<div style='clear: both;'>")
        assert _in_order(body, _escaped(paragraphs))


def test_councilnews_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh16.jsonl")
    wrapped, inline, updated = set(), set(), set()
    for built_page, article in zip(_pages("councilnews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["We use some essential cookies", "Skip to main content</a>", "Report it</a>"]
        order += ["Pay it</a>", "Apply for it</a>", "<nav class='breadcrumb'>"]
        order += ["News and notices</a></nav>", f"<h1>{_e(article['title'])}</h1>"]
        order += ["<p class='published'>Published: ", "<div class='notice-body'>"]
        order += [_e(p) for p in paragraphs]
        order += ["<h3>Share this page</h3>", "<h2>Related pages</h2>"]
        order += ["<h2>Was this page helpful?</h2>", "We read every response"]
        order += ["<h2>Contact the council</h2>", "<footer>", "Accessibility statement</a>"]
        assert _in_order(page, order)
        assert page.count("<h2>Have your say</h2>") == 1
        body = _between(page, "<div class='notice-body'>", "<div class='share-page'>")
        is_inline = "consultation-box" in body
        body = re.sub(r"<div class='consultation-box'>.*?</a></div>", "", body)
        assert _bare(body, "p|h2") == _escaped(paragraphs)
        if is_inline:
            at = page.index("<div class='consultation-box'>")
            end = page.index("</a></div>", at) + len("</a></div>")
            assert page[:at].endswith("</p>") and page[end:].startswith("<p>")
        inline.add(is_inline)
        updated.add("Last updated: " in page)
        main = "<main id='main-content'>" in page
        assert main == ("<article" in page)
        wrapped.add(main)
    assert wrapped == inline == updated == {True, False}


def test_clubsite_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh16.jsonl")
    wrapped, divs, banners = set(), set(), set()
    for built_page, article in zip(_pages("clubsite"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["Official principal partner", "Tickets</a>", "Shop</a>", "Membership</a>"]
        order += ["Hospitality</a>", "<h3>Next match</h3>", "<p>Kick-off 3pm</p>"]
        order += ["Buy tickets</a>", "<p class='label'>Club news</p>"]
        order += [f"<h1>{_e(article['title'])}</h1>", f"| By {_e(article['author'])}</p>"]
        order += [_e(p) for p in paragraphs]
        order += ["<h2>More club news</h2>", "<h2>League table</h2>", "<h2>Become a member</h2>"]
        order += ["<h2>Our partners</h2>", "Football Club Limited is a company registered"]
        assert _in_order(page, order)
        story = _between(page, "<div class='story'>", "<section class='more-news'>")
        has_banner = "partner-banner" in story
        if has_banner:
            at = story.index("<div class='partner-banner'>")
            end = story.index("</div>", at) + len("</div>")
            assert story[:at].endswith(("</p>", "</div>"))
            assert story[end:].startswith(("<p>", "<div class='text-block'>"))
        story = re.sub(r"<div class='partner-banner'>.*?</div>", "", story)
        is_div = "<div class='text-block'>" in story
        story = re.sub(r"<div class='text-block'>(.*?)</div>", r"<p>\1</p>", story)
        assert _unbold(_bare(story, "p|h3")) == _escaped(paragraphs)
        divs.add(is_div)
        banners.add(has_banner)
        main = "<main>" in page
        assert main == ("<article" in page)
        wrapped.add(main)
    assert wrapped == divs == banners == {True, False}


def test_charitypress_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh16.jsonl")
    wrapped, appeals, ends, donate_first, tags = (set() for _ in range(5))
    for built_page, article in zip(_pages("charitypress"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["Donate now</a>", "<p class='label'>Press release</p>"]
        order += [f"<h1>{_e(article['title'])}</h1>", "<p class='meta'>Press office | "]
        order += ["<div class='release-body'>", *_escaped(paragraphs), "<h2>Notes to editors</h2>"]
        order += ["is a registered charity in England and Wales", "<h2>For media enquiries</h2>"]
        order += ["Out of hours, journalists can call", "<h2>Latest press releases</h2>"]
        order += ["<h2>Sign up for our emails</h2>", "registered with the Fundraising Regulator"]
        assert _in_order(page, order)
        body = _between(page, "<div class='release-body'>", "</div>")
        assert _bare(body, "p|h2|h3") == _escaped(paragraphs)
        tags.update(re.findall(r"<(h[23])>", body))
        assert page.count("<div class='donate-panel'>") == 1
        assert "&pound;10 could pay for a first aid kit." in page
        donate_first.add(page.index("donate-panel") < page.index("release-body"))
        appeals.add("<div class='appeal-banner'>" in page)
        ends.add("<p class='ends'>Ends</p>" in page)
        main = "<main>" in page
        assert main == ("<article" in page)
        wrapped.add(main)
    assert wrapped == appeals == ends == donate_first == {True, False}
    assert tags == {"h2", "h3"}
