"""Fresh set 8: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re

from streams.bench import fresh7, fresh8, pages
from streams.bench.pages import _e


def _first(template: str, index: int = 0) -> str:
    """One article's page in one layout, the first article's unless told."""
    slug = pages.articles("fresh8.jsonl")[index]["slug"]
    return next(
        p.html
        for p in fresh8.build_fresh8()
        if p.template == template and p.article["slug"] == slug
    )


def _between(page: str, start: str, end: str) -> str:
    at = page.index(start)
    return page[at : page.index(end, at)]


def test_eighth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    fresh = pages.articles("fresh8.jsonl")
    for article in fresh:
        text = " ".join([article["title"], *article["paragraphs"]])
        assert not set(text) & set("\u2018\u2019\u201c\u201d"), article["slug"]
    paragraphs = [p for a in fresh for p in a["paragraphs"]]
    subheadings = [p for p in paragraphs if fresh7._is_subheading(p)]
    assert subheadings == ["What happens to swimming clubs", "Who is eligible"]
    # One-sentence paragraphs, one of a few words, and paragraphs that are all quotation.
    assert "The judge rejected that." in paragraphs
    assert "It is the third pool in the county to close since 2024." in paragraphs
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"')]
    assert len([p for p in quotes if len(p.split()) >= 40]) >= 3
    # Wire datelines of all three agencies, and texts without one.
    agencies = {
        m.group(0).split("(")[1].split(")")[0]
        for a in fresh
        if (m := pages._DATELINE.match(a["paragraphs"][0]))
    }
    assert agencies == {"Reuters", "AP", "AFP"}


def test_zeitung_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh8.jsonl")[5]
    paragraphs = article["paragraphs"]
    page = _first("zeitung", 5)
    assert "<button>Pur subscription</button>" in page and ">E-Paper</a>" in page
    story = _between(page, "<article class='article'>", "</article>")
    header = _between(story, "<header class='article__header'>", "</header>")
    assert "<span class='plus-badge' title='Plus article'>Plus</span>" in header
    assert re.search(r"Reading time: \d+ min</span>", header)
    body = _between(story, "<div class='article-text'>", "<div class='author-profile'>")
    assert "<h2>What happens to swimming clubs</h2>" in body
    assert re.findall(r"<p>(.*?)</p>", body)[:2] == [
        html.escape(p, quote=False) for p in paragraphs[:2]
    ]
    also = re.findall(
        r"<p class='also-interesting'><strong>Also interesting:</strong> <a [^>]+>(.*?)</a> "
        r"(.*?)</p>",
        body,
    )
    assert len(also) == 2
    assert all((html.unescape(t), html.unescape(s)) in fresh8.ALSO_INTERESTING for t, s in also)
    assert "<h4 class='infobox__label'>Info</h4>" in body
    assert body.index(_e(paragraphs[0])) < body.index("infobox") < body.index(_e(paragraphs[-1]))
    assert "<h3>Discuss</h3>" in story and re.search(r"<p>\d+ comments</p>", story)
    assert story.index("</div><div class='author-profile'>") < story.index("<h3>Discuss</h3>")
    assert "<h2>More from the region</h2>" in page and ">Imprint</a>" in page


def test_pressroom_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh8.jsonl")[9]
    paragraphs = article["paragraphs"]
    page = _first("pressroom", 9)
    assert "An official website of the government." in page
    assert "<span class='label label--type'>Press release</span>" in page
    assert page.index("Press release</span>") < page.index("<h1 class='page-title'>")
    lead = _between(page, "<p class='lead-paragraph'>", "</p>")
    assert _e(paragraphs[0]) not in lead and "doctor's appointment" in lead
    body = _between(page, "<div class='field field--body'>", "</div>")
    assert "<h3>Who is eligible</h3>" in body
    assert re.findall(r"<p>(.*?)</p>", body) == [
        html.escape(p, quote=False) for p in paragraphs if p != "Who is eligible"
    ]
    notes = _between(page, "<h2>Notes to editors</h2>", "</ol>")
    assert notes.count("<li>") == 4
    contact = _between(page, "<section class='contact'>", "</section>")
    assert "mailto:press@" in contact and re.search(r"Out of hours: 07700 \d{6}", contact)
    downloads = _between(page, "<h2>Download high-resolution images</h2>", "</ul>")
    assert len(re.findall(r"\(JPG, \d\.\d MB\)</a>", downloads)) == 3
    assert "Open Government Licence v3.0" in page and "&copy; Crown copyright" in page


def test_straits_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh8.jsonl")[5]
    paragraphs = article["paragraphs"]
    page = _first("straits", 5)
    digest = _between(page, "<h2>Catch up with the news</h2>", "</ul>")
    assert digest.count("<li>") == 4
    assert all(html.unescape(s) in fresh8.DIGEST for s in re.findall(r"<li>(.*?)</li>", digest))
    assert page.index("Catch up with the news") < page.index("<h1 class='headline'>")
    body = _between(page, "<div class='story-body'>", "<div class='read-more-on'>")
    texts = re.findall(r"<p>(.*?)</p>", body)
    assert len(texts) == 2
    parts = [t for chunk in texts for t in chunk.split("<br><br>")]
    assert parts == [
        f"<b>{_e(p)}</b>" if p == "What happens to swimming clubs" else _e(p) for p in paragraphs
    ]
    assert (
        body.index(_e(paragraphs[3])) < body.index("ADVERTISEMENT") < body.index(_e(paragraphs[4]))
    )
    assert "Telegram channel" in body and body.index(_e(paragraphs[-1])) < body.index("Telegram")
    assert "<span>Read more on:</span>" in page
    summaries = re.findall(r"<p class='card-summary'>(.*?)</p>", page)
    assert len(summaries) == 3
    assert re.search(r"<p>MCI \(P\) \d{3}/\d{2}/2026</p>", page)
    assert re.search(r"Co\. Regn\. No\. \d{9}X\.", page)
