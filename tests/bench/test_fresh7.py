"""Fresh set 7: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re

from streams.bench import fresh7, pages
from streams.bench.pages import _e


def _first(template: str, index: int = 0) -> str:
    """One article's page in one layout, the first article's unless told."""
    slug = pages.articles("fresh7.jsonl")[index]["slug"]
    return next(
        p.html
        for p in fresh7.build_fresh7()
        if p.template == template and p.article["slug"] == slug
    )


def _between(page: str, start: str, end: str) -> str:
    at = page.index(start)
    return page[at : page.index(end, at)]


def test_seventh_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    fresh = pages.articles("fresh7.jsonl")
    for article in fresh:
        text = " ".join([article["title"], *article["paragraphs"]])
        assert not set(text) & set("\u2018\u2019\u201c\u201d"), article["slug"]
    paragraphs = [p for a in fresh for p in a["paragraphs"]]
    subheadings = [p for p in paragraphs if fresh7._is_subheading(p)]
    assert subheadings == ["What the ban covers", "Who can apply"]
    # A one-sentence paragraph of a few words and a paragraph that is all quotation.
    assert "It is in poor condition." in paragraphs
    assert any(p.startswith('"') and p.endswith('"') and len(p.split()) >= 40 for p in paragraphs)
    # A number-heavy list written as a sentence.
    assert any(len(re.findall(r"\d+(?:[.,]\d+)?", p)) >= 8 for p in paragraphs)
    # Wire datelines of all three agencies, and texts without one.
    agencies = {
        m.group(0).split("(")[1].split(")")[0]
        for a in fresh
        if (m := pages._DATELINE.match(a["paragraphs"][0]))
    }
    assert agencies == {"Reuters", "AP", "AFP"}


def test_nordic_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh7.jsonl")[4]
    paragraphs = article["paragraphs"]
    page = _first("nordic", 4)
    assert "<h2>We use cookies</h2>" in page and "<button>Only necessary</button>" in page
    story = _between(page, "<article", "</article>")
    header = _between(story, "<header class='article-header'>", "</header>")
    assert f"<p class='kicker'>{article['section']}</p>" in header
    assert re.search(r"<span class='credit'>Photo: [A-Za-z ]+ / [A-Za-z ]+</span>", header)
    assert re.search(r"mailto:[a-z.]+@[a-z]+\.example", header)
    assert "<span>Published <time" in header and "<span>Updated " in header
    body = _between(story, "<section class='article-body'>", "</section>")
    assert "<h2 class='subtitle'>What the ban covers</h2>" in body
    assert re.findall(r"<p>(.*?)</p>", body) == [
        html.escape(p, quote=False) for p in paragraphs if p != "What the ban covers"
    ]
    also = re.findall(r"<p class='read-also'><strong>Read also:</strong> <a [^>]+>(.*?)</a>", body)
    assert len(also) == 2 and all(html.unescape(t) in fresh7.READ_ALSO for t in also)
    factbox = _between(body, "<div class='faktaboks'", "</div>")
    assert "<span class='faktaboks__label'>Fact box</span>" in factbox
    assert body.index(_e(paragraphs[0])) < body.index("faktaboks") < body.index(_e(paragraphs[-1]))
    correction = _between(story, "<aside class='correction'>", "</aside>")
    assert "<h4>Correction</h4>" in correction and "earlier version" in correction
    assert story.index("</section>") < story.index("<aside class='correction'>")
    assert "<span>Share the article</span>" in story
    assert _between(page, "<h2>Most shared</h2>", "</ol>").count("<li>") == 5
    assert _between(page, "<h2>Latest news</h2>", "</ul>").count("<time>") == 5
    assert re.search(r"<p>Editor in chief and director of news: [A-Za-z ]+</p>", page)
    assert "If you believe we have broken it, you can complain" in page


def test_radio_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh7.jsonl")[4]
    paragraphs = article["paragraphs"]
    page = _first("radio", 4)
    bar = _between(page, "<div class='live-bar' id='player'>", "</div>")
    assert "Listen live" in bar and re.search(r"\d+\.\d FM</span>", bar)
    assert re.search(r"Now playing: [^<]+ - [^<]+</span>", bar)
    assert page.index("class='live-bar'") < page.index("<h1>")
    on_air = _between(page, "<aside class='on-air'>", "</aside>")
    assert "<h2>On air now</h2>" in on_air and re.search(r"<p>\d+[ap]m - \d+[ap]m</p>", on_air)
    body = _between(page, "<div class='rte-content'>", "<div class='share-bar'>")
    assert "<p><strong>What the ban covers</strong></p>" in body
    assert body.count("<p>&nbsp;</p>") == 2
    assert "<p class='audio-embed__title'>Hear the full report</p>" in body
    assert re.search(r"<p><em>Text the studio on 8\d{4} with your views\.", body)
    assert body.index(_e(paragraphs[-1])) < body.index("Text the studio")
    assert "<p><em>Got a story? Email news@" in body
    podcasts = _between(page, "<section class='podcasts'>", "</section>")
    descriptions = re.findall(r"<p class='episode-card__description'>(.*?)</p>", podcasts)
    assert len(descriptions) == 3
    assert all(html.unescape(d) in dict(fresh7.EPISODES).values() for d in descriptions)
    assert "<h2>Travel and weather</h2>" in page and "<h2>More local news</h2>" in page
    assert re.search(r"is part of [A-Za-z ]+ Ltd\. Registered in England and Wales", page)


def test_cluster_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh7.jsonl")[2]
    paragraphs = article["paragraphs"]
    page = _first("cluster", 2)
    bar = _between(page, "<header class='app-bar'>", "</header>")
    assert ">For you</a>" in bar and ">Following</a>" in bar and ">Local</a>" in bar
    assert re.search(r"<span class='cluster-count'>\d+ sources</span>", page)
    assert "<div class='coverage-bar' aria-label='Coverage'>" in page
    assert re.search(r"<span>Published by [A-Za-z -]+ &middot; \d hours ago</span>", page)
    body = _between(page, "<div class='caas-body'>", "<aside class='fact-check'>")
    assert re.findall(r"<p>(.*?)</p>", body) == [html.escape(p, quote=False) for p in paragraphs]
    assert (
        body.index(_e(paragraphs[2]))
        < body.index("Story continues")
        < body.index(_e(paragraphs[3]))
    )
    assert re.search(r"<p class='caas-source'><em>Read the original article on <a ", body)
    assert body.index(_e(paragraphs[-1])) < body.index("Read the original article")
    assert "Independent fact-checkers have reviewed claims" in page
    coverage = _between(page, "<h2>Full coverage</h2>", "</ul>")
    outlets = re.findall(r"<span class='coverage-outlet'>(.*?)</span>", coverage)
    assert len(outlets) == 4 and all(o in fresh7.OUTLETS for o in outlets)
    assert "<h3>Why you are seeing this</h3>" in page
    assert f"{fresh7.AGGREGATOR} does not write the news." in page
    # A wire story is shown as its own agency's copy.
    wired = _first("cluster", 0)
    assert "<span>Published by Reuters &middot;" in wired
