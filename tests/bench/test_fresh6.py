"""Fresh set 6: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re

from streams.bench import fresh6, pages
from streams.bench.pages import _e

KEYS = {"slug", "title", "author", "published", "section", "paragraphs"}


def _first(template: str) -> str:
    """The first article's page in one layout."""
    return next(p.html for p in fresh6.build_fresh6() if p.template == template)


def _between(page: str, start: str, end: str) -> str:
    at = page.index(start)
    return page[at : page.index(end, at)]


def test_sixth_fresh_set_has_the_texts_it_promises() -> None:
    """Beyond the shared set tests in test_clean.py: straight quotes, special paragraphs."""
    fresh = pages.articles("fresh6.jsonl")
    for article in fresh:
        text = " ".join([article["title"], *article["paragraphs"]])
        assert not set(text) & set("\u2018\u2019\u201c\u201d"), article["slug"]
    paragraphs = [p for a in fresh for p in a["paragraphs"]]
    # A subheading as a paragraph of its own, a question as a subheading, a one-sentence
    # paragraph of a few words, a paragraph that is all quotation and one ending on a quote.
    assert any(len(p.split()) <= 5 and not p.endswith((".", '"', "?")) for p in paragraphs)
    assert any(len(p.split()) <= 6 and p.endswith("?") for p in paragraphs)
    assert any(len(p.split()) <= 6 and p.endswith(".") for p in paragraphs)
    assert any(p.startswith('"') and p.endswith('"') and len(p.split()) >= 40 for p in paragraphs)
    assert any(p.endswith('."') and not p.startswith('"') for p in paragraphs)


def test_broadcaster_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh6.jsonl")[0]
    paragraphs = article["paragraphs"]
    page = _first("broadcaster")
    assert "Let us know you agree to cookies" in page and "No, take me to settings" in page
    story = _between(page, "<article", "</article>")
    # One text-block per paragraph, each a single <p>; the subheading as a subheadline block.
    blocks = re.findall(r"<div data-component='text-block'[^>]*><div[^>]*><p[^>]*>(.*?)</p>", story)
    subheadings = [p for p in paragraphs if fresh6._is_subheading(p)]
    assert subheadings == ["What the inquiry found"]
    assert [html.unescape(b) for b in blocks] == [p for p in paragraphs if p not in subheadings]
    assert story.count("data-component='subheadline-block'") == 1
    assert re.search(r"ssrcss-[0-9a-z]+-Paragraph", story)
    assert "<span class='visually-hidden'>Image source, </span>" in story
    assert "<span class='visually-hidden'>Image caption, </span>" in story
    assert re.search(r"<span class='duration'>Listen: \d:\d\d</span>", story)
    assert "<span class='visually-hidden'>Media caption, </span>" in story
    quote = _between(story, "<div data-component='quote-block'", "</blockquote>")
    lifted = html.unescape(re.findall(r"<p>(.*?)</p>", quote)[0])
    assert lifted in " ".join(paragraphs) and lifted not in paragraphs
    assert "<h2>More on this story</h2>" in story and "<h2>Related Topics</h2>" in story
    links = _between(story, "<h2>Related Internet Links</h2>", "</div>")
    assert links.count("class='external'") == 2
    assert "is not responsible for the content of external sites." in links
    assert story.index(_e(paragraphs[-1])) < story.index("<h2>Related Internet Links</h2>")
    top = _between(page, "<h2 id='top-stories'>Top Stories</h2>", "</section>")
    assert top.count("<li class='carousel__item'>") == 5 and "hours ago" in top
    assert "<h2>Features</h2>" in page and "<h2>Most Read</h2>" in page
    assert re.search(r"Copyright &copy; 2026 [A-Za-z ]+\. The [A-Z-]+ is not responsible", page)


def test_agency_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh6.jsonl")[0]
    page = _first("agency")
    header = _between(page, "<header class='article-header'>", "</header>")
    assert re.search(
        r"<span class='slugline' data-testid='slugline'>BC-[A-Z]+-[A-Z]+/\d{4}<", header
    )
    assert header.index("slugline") < header.index("<h1")
    assert re.search(r"<span>\d+ minute read</span>", header)
    assert page.count("Purchase Licensing Rights") == 3
    content = _between(page, "<div class='article-body__content'>", "<div class='author-card'>")
    assert re.findall(r"data-testid='paragraph-(\d+)'", content) == [
        str(i) for i in range(len(article["paragraphs"]))
    ]
    assert re.search(r"to your inbox\. <a href='[^']+'>Sign up here\.</a>", content)
    assert content.index(_e(article["paragraphs"][0])) < content.index("Sign up here.")
    signoff = re.search(r"<p class='sign-off' data-testid='SignOff'>(.*?)</p>", content)
    assert signoff and re.fullmatch(
        r"\(Reporting by [A-Za-z ]+; Additional reporting by [A-Za-z ]+; Editing by [A-Za-z ]+"
        r" and [A-Za-z ]+\)",
        signoff.group(1),
    )
    assert re.search(r"Our Standards: <a [^>]+>The [A-Za-z ]+\.</a></p>", content)
    assert content.index(_e(article["paragraphs"][-1])) < content.index("class='sign-off'")
    assert "<p class='author-card__bio'>" in page
    assert _between(page, "<h2>Read Next</h2>", "</aside>").count("hours ago</time>") == 4
    assert "<h2>Related Coverage</h2>" in page and "<h2>Sponsored Content</h2>" in page
    assert "All quotes delayed a minimum of 15 minutes." in page
    # A wire story keeps its own agency's name and standards.
    wired = [p for p in fresh6.build_fresh6() if p.template == "agency"]
    rovaniemi = next(p.html for p in wired if p.article["slug"] == "rovaniemi-heat-record")
    assert "The Thomson Reuters Trust Principles." in rovaniemi
    assert "(Reporting by Anni Koskinen in Helsinki;" in rovaniemi


def test_newsletter_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh6.jsonl")[0]
    page = _first("newsletter")
    top = _between(page, "<div class='main-menu'>", "<div class='container'>")
    assert "placeholder='Type your email...'" in top and "Sign in</a>" in top
    subtitle = re.search(r"<h3 class='subtitle'>(.*?)</h3>", page)
    assert subtitle and html.unescape(subtitle.group(1)) in fresh6.SUBTITLES
    assert html.unescape(subtitle.group(1)) not in " ".join(article["paragraphs"])
    body = _between(page, "<div dir='auto' class='body markup'>", "<div class='post-footer'>")
    assert body.index(_e(article["paragraphs"][0])) < body.index("<span>Share</span>")
    assert "<span>Leave a comment</span>" in body
    assert "is a reader-supported publication. To receive new posts" in body
    assert "<h3 class='header-anchor-post'>What the inquiry found</h3>" in body
    anchors = re.findall(r"[.\"]<a class='footnote-anchor'[^>]*>(\d)</a></p>", body)
    assert anchors == ["1", "2"]
    notes = re.findall(r"<div class='footnote-content'><p>(.*?)</p>", body)
    assert len(notes) == 2 and all(html.unescape(n) in fresh6.FOOTNOTES for n in notes)
    assert body.index(_e(article["paragraphs"][-1])) < body.index("<div class='footnotes'>")
    assert re.search(r"<button class='like'>\d+ Likes</button>", page)
    assert re.search(r"<h3>Subscribe to [A-Za-z ]+</h3>", page)
    assert re.search(r"\$\d+/month or \$\d+/year\.", page)
    assert "<h4>Discussion about this post</h4>" in page and "<h2>Ready for more?</h2>" in page
    assert page.count("<div class='post-preview'>") == 3
    assert f"{fresh6.PLATFORM} is the home for great culture" in page
