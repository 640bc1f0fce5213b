"""Fresh set 5: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re

from streams.bench import fresh5, pages
from streams.bench.pages import _e

KEYS = {"slug", "title", "author", "published", "section", "paragraphs"}


def _first(template: str) -> str:
    """The first article's page in one layout."""
    return next(p.html for p in fresh5.build_fresh5() if p.template == template)


def _between(page: str, start: str, end: str) -> str:
    at = page.index(start)
    return page[at : page.index(end, at)]


def test_fifth_fresh_set_has_the_texts_it_promises() -> None:
    """Beyond the shared set tests in test_clean.py: straight quotes, special paragraphs."""
    fresh = pages.articles("fresh5.jsonl")
    for article in fresh:
        text = " ".join([article["title"], *article["paragraphs"]])
        assert not set(text) & set("\u2018\u2019\u201c\u201d"), article["slug"]
    paragraphs = [p for a in fresh for p in a["paragraphs"]]
    # A subheading as a paragraph of its own, and a one-sentence paragraph of a few words.
    assert any(len(p.split()) <= 5 and not p.endswith((".", '"', "?")) for p in paragraphs)
    assert any(len(p.split()) <= 6 and p.endswith(".") for p in paragraphs)


def test_terminal_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh5.jsonl")[0]
    assert set(fresh5.TAKEAWAYS) == {a["slug"] for a in pages.articles("fresh5.jsonl")}
    page = _first("terminal")
    strip = _between(page, "<div class='ticker-strip'", "</div>")
    assert strip.count("<li class='ticker'>") == len(fresh5.INSTRUMENTS)
    assert re.search(r"class='ticker__chg ticker__chg--(up|down)'>[+-]\d+\.\d\d%<", strip)
    content = _between(page, "<div class='article__content'>", "</article>")
    # Takeaways first, in other words than the story's, then the story with chips in its <p>s.
    assert content.index("<h2>Key takeaways</h2>") < content.index(_e(article["paragraphs"][0]))
    takeaways = re.findall(r"<li>(.*?)</li>", _between(content, "<ul>", "</ul>"))
    assert [html.unescape(t) for t in takeaways] == fresh5.TAKEAWAYS[article["slug"]]
    assert not any(html.unescape(t) in " ".join(article["paragraphs"]) for t in takeaways)
    chipped = re.findall(r"[.\"] <a class='quote-chip quote-chip--(?:up|down)'[^>]*>", content)
    assert len(chipped) == 3
    assert re.search(r"<span class='quote-chip__chg'>[+-]\d+\.\d\d%</span></a></p>", content)
    assert "WATCH NOW" in content and "class='inline-newsletter'" in content
    assert "Disclosure: The author holds no positions" in content
    assert "Got a confidential news tip?" in content
    assert "Market data delayed 15 minutes." in content
    assert content.index(_e(article["paragraphs"][-1])) < content.index("class='disclosure'")
    tickers = _between(page, "<section class='trending-tickers'>", "</section>")
    assert "<h2>Trending tickers</h2>" in tickers and tickers.count("<tr>") == 7
    assert "<h2>Latest</h2>" in page and "*Data is delayed at least 15 minutes." in page
    assert re.search(r"&copy; 2026 [A-Za-z ]+ LLC\. All Rights Reserved\.", page)


def test_community_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh5.jsonl")[0]
    page = _first("community")
    body = _between(page, "<div class='post-body'>", "<div class='engagement-bar'>")
    assert body.index(_e(article["paragraphs"][0])) < body.index("class='inline-cta'")
    assert re.search(r"Find out what's happening in [A-Za-z ]+ with free, real-time", body)
    assert "Let's go!" in body and "<figcaption>" in body and "(Photo: " in body
    assert "<p><em>Don't miss a thing: sign up for free " in body
    assert re.search(r"<p><em>Have a news tip for [^<]+</em></p></div>$", body)
    assert "Change location" in page and "Sign up for free alerts" in page
    bar = _between(page, "<div class='engagement-bar'>", "</div>")
    assert re.search(r"Thank</button> <span>\d+ Thanks</span> \| <button", bar)
    assert re.search(r"Reply</button> <span>\d+ Replies</span> \| <button", bar)
    assert "Share</button>" in bar
    replies = _between(page, "<section id='replies'", "</section>")
    assert "The rules of replying: Be respectful." in replies
    assert replies.count("<div class='reply'>") == 3
    posts = _between(page, "<h2>Neighbor Posts</h2>", "</section>")
    texts = re.findall(r"</div><p>(.*?)</p>", posts)
    assert len(texts) == 4 and all(html.unescape(t).endswith((".", "?")) for t in texts)
    assert posts.count("<a href='#'>Thank</a>") == 4
    announcements = _between(page, "<h2>Announcements</h2>", "</section>")
    lines = re.findall(r"<p>(.*?)</p>", announcements)
    assert len(lines) == 4 and all(line.endswith(".") and line.count(". ") == 0 for line in lines)
    events = _between(page, "<h2>Upcoming Events</h2>", "</section>")
    assert events.count("<li class='event'>") == 4 and "class='event__venue'" in events
    assert "Do Not Sell or Share My Personal Information" in page
    assert f"&copy; 2026 {fresh5.NETWORK_COMPANY} All Rights Reserved." in page


def test_portal_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh5.jsonl")[0]
    page = _first("portal")
    for tag in ("<article", "<main", "<section", "<div"):
        assert tag not in page.split('<div class="sitemap">')[0], tag
    assert "<center>" in page and "<font face='Arial' size='5'" in page
    assert "Search the Web:" in page and "Best viewed with a 4.0 browser" in page
    story = _between(page, "<td width='450' valign='top'>", "</td><td width='10'>")
    # The story is unclosed <p>s in a <font>, among the tools, a link box and an advert.
    assert f"<p>{_e(article['paragraphs'][0])}\n<p>" in story
    assert "</p>" not in story
    assert "Print this story" in story and "E-mail this story" in story
    assert "<b>RELATED LINKS</b>" in story and "ADVERTISEMENT" in story
    assert "may not be published, broadcast, rewritten or redistributed." in story
    assert story.index(_e(article["paragraphs"][-1])) < story.index("<b>Message Boards</b>")
    right = _between(page, "<b>NEWS BRIEFS</b>", "<b>WEATHER</b>")
    briefs = re.findall(r"<br>([^<]+) <a [^>]*>\(more\)</a></p>", right)
    assert len(briefs) == 5 and all(b.endswith(".") for b in briefs)
    for box in ("<b>STOCK QUOTES</b>", "<b>QUICK POLL</b>", "Quotes delayed 20 minutes."):
        assert box in page
    left = page[page.index("bgcolor='#E8EEF7'>") : page.index("<td width='450'")]
    assert left.count("<br>") >= 20 and "<b>Your Stuff</b>" in left
    assert re.search(r"Copyright &copy; 1998-2026 [A-Za-z ]+, Inc\. All rights reserved\.", page)
