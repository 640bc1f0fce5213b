"""Fresh set 4: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re

from streams.bench import fresh4, pages
from streams.bench.pages import _e

KEYS = {"slug", "title", "author", "published", "section", "paragraphs"}


def _first(template: str) -> str:
    """The first article's page in one layout."""
    return next(p.html for p in fresh4.build_fresh4() if p.template == template)


def _story(page: str) -> str:
    """The blog page's div.entry, up to the post footer after it."""
    start = page.index("<div class='entry'>")
    return page[start : page.index("<div class='post-footer'>", start)]


def test_regional_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh4.jsonl")[0]
    page = _first("regional")
    article_el = page[page.index("<article") : page.index("</article>")]
    # The story is split into text blocks, with modules between them inside the <article>.
    assert article_el.count("<div class='text-block'>") == 6
    for module in (
        "class='ad-container ad-container--inline'",
        "class='related-article-box'",
        "class='most-read-inline'",
        "class='inline-newsletter-signup'",
        "Video Loading",
        "Tap to play",
        "The video will auto-play soon",
    ):
        assert article_el.count(module) == 1, module
    assert ">Read more</span>" in article_el
    blurb = re.search(r"</a><p>(.*?)</p></aside>", article_el)
    assert blurb and html.unescape(blurb.group(1)).endswith(".")
    assert re.search(r"<ol><li><span class='rank'>1</span>", article_el)
    assert "Got a story? Email newsdesk@" in article_el
    assert "Story Saved" in article_el and "class='author-card'" in article_el
    assert "Join the debate" in article_el and "class='top-comment'" in article_el
    first_block = article_el.index("<div class='text-block'>")
    assert article_el.index(_e(article["paragraphs"][0])) > first_block
    assert "We value your privacy" in page and "Accept all cookies" in page
    assert "Independent Press Standards Organisation" in page
    assert f"&copy; 2026 {fresh4.REGIONAL_GROUP}. All rights reserved." in page
    assert "<h2>More On</h2>" in page and "<h2>Top Stories</h2>" in page


def test_blognews_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh4.jsonl")[0]
    page = _first("blognews")
    story = _story(page)
    assert story.startswith("<div class='entry'><p><em>Editor's note: This story was first")
    assert story.count("<p class='caption'>") == 3
    captions = re.findall(r"<p class='caption'>(.*?)</p>", story)
    assert all(len(c.split()) > 20 and "(Photo by " in c for c in captions)
    assert "class='newsletter-box'" in story and "Sign me up" in story
    assert story.index(_e(article["paragraphs"][-1])) < story.index("class='newsletter-box'")
    assert "<p><strong>Share this:</strong></p>" in page
    assert "Republish this story" in page and "class='donate-appeal'" in page
    grid = page[page.index("You might also like") : page.index("<aside class='sidebar'>")]
    teasers = re.findall(r"<p>(.*?)</p>", grid)
    assert len(teasers) == 4
    assert all(t.endswith(".") and "<a" not in t for t in teasers)
    assert "<a " not in grid
    assert "501(c)(3) nonprofit organization" in page
    assert "&copy; 2026" in page and "All rights reserved." in page


def test_lite_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh4.jsonl")[0]
    page = _first("lite")
    for tag in ("<article", "<main", "<section"):
        assert tag not in page
    nav = page[page.index("<nav>") : page.index("</nav>")]
    assert nav.count("<p><a ") >= 20
    # The story's paragraphs are <p>s right in <body>, after the nav and before the footer.
    body = page[page.index("<body>") + len("<body>") : page.index("<footer>")]
    assert body.count("<div") == 0
    assert f"<p class='paragraph'>{_e(article['paragraphs'][0])}</p>" in body
    assert body.index("</nav>") < body.index(_e(article["paragraphs"][0]))
    assert "See Full Web Article" in body and "<h3>Trending now</h3>" in body
    trending = re.findall(r"<p class='trending'><a [^>]*>(.*?)</a></p>", body)
    assert len(trending) == 5 and not any(t.endswith(".") for t in trending)
    footer = page[page.index("<footer>") : page.index("</footer>")]
    assert "We use cookies" in footer and "Terms of Use" in footer
    assert re.search(r"&copy; 2026 [A-Za-z ]+ Network, Inc\., part of [A-Za-z ]+\.", footer)
    assert footer.count("<p>") == 4
