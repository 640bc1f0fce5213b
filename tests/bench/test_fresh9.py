"""Fresh set 9: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re

from streams.bench import fresh7, fresh8, fresh9, pages
from streams.bench.pages import _e
from tests.bench.freshset import from_mark as _between


def _first(template: str, index: int = 0) -> str:
    """One article's page in one layout, the first article's unless told."""
    slug = pages.articles("fresh9.jsonl")[index]["slug"]
    return next(
        p.html
        for p in fresh9.build_fresh9()
        if p.template == template and p.article["slug"] == slug
    )


def _escaped(paragraphs: list[str]) -> list[str]:
    return [html.escape(p, quote=False) for p in paragraphs if not fresh7._is_subheading(p)]


def test_ninth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    fresh = pages.articles("fresh9.jsonl")
    for article in fresh:
        text = " ".join([article["title"], *article["paragraphs"]])
        assert not set(text) & set("\u2018\u2019\u201c\u201d"), article["slug"]
    paragraphs = [p for a in fresh for p in a["paragraphs"]]
    subheadings = [p for p in paragraphs if fresh7._is_subheading(p)]
    assert subheadings == ["How to check your vaccination status", "What the council says"]
    # One-sentence paragraphs, one of a few words, and paragraphs that are all quotation.
    assert "The magistrates disagreed." in paragraphs
    assert "A crowd of 13,811 watched the final." in paragraphs
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"')]
    assert len([p for p in quotes if len(p.split()) >= 40]) >= 3
    # A closing quote after the full stop in a paragraph that does not open with one.
    assert any(p.endswith('."') and not p.startswith('"') for p in paragraphs)
    # Numbers, a time, agencies named as sources inside the story, no source markers.
    assert any("1.5 million" in p for p in paragraphs)
    assert any("5:30 p.m." in p for p in paragraphs)
    assert any("told Reuters" in p for p in paragraphs)
    assert any("told the Associated Press" in p for p in paragraphs)
    assert not any(re.search(r"\[\d+\]", p) for p in paragraphs)
    # Wire datelines of all three agencies, and texts without one.
    agencies = {
        m.group(0).split("(")[1].split(")")[0]
        for a in fresh
        if (m := pages._DATELINE.match(a["paragraphs"][0]))
    }
    assert agencies == {"Reuters", "AP", "AFP"}
    # The known terminal layout's takeaways: each article's own, none of them story text.
    for article in fresh:
        assert len(article["takeaways"]) == 3, article["slug"]
        assert not set(article["takeaways"]) & set(article["paragraphs"]), article["slug"]
        assert all(_e(t) in _first("terminal", fresh.index(article)) for t in article["takeaways"])


def test_factcheck_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh9.jsonl")[8]
    paragraphs = article["paragraphs"]
    page = _first("factcheck", 8)
    story = _between(page, "<article class='fact-check'>", "</article>")
    # Claim, verdict and ruling come between the headline and the story.
    order = ["<h1>", "<h2>Claim</h2>", "Rating: ", "<h2>Our ruling</h2>", "<div class='fc-story'>"]
    assert [story.index(s) for s in order] == sorted(story.index(s) for s in order)
    claim = _between(story, "<h2>Claim</h2>", "</aside>")
    quoted = re.findall(r"<blockquote><p>(.*?)</p></blockquote>", claim)
    assert [html.unescape(q) for q in quoted] in [[c] for c, _ in fresh9.CLAIMS]
    verdict = re.search(r"Rating: ([A-Za-z ]+)</span><p class='verdict__summary'>(.*?)</p>", story)
    assert verdict and (verdict[1], html.unescape(verdict[2])) in fresh9.VERDICTS
    ruling = _between(story, "<h2>Our ruling</h2>", "</section>")
    verdict_prose = re.findall(r"<p>(.*?)</p>", ruling)
    assert len(verdict_prose) == 1 and verdict_prose[0] not in _escaped(paragraphs)
    assert verdict_prose[0].startswith(_e(fresh8._lead_clause(paragraphs[0])))
    assert verdict_prose[0].endswith(f"We rate the claim {verdict[1].lower()}.")
    body = _between(story, "<div class='fc-story'>", "</div>")
    assert "<h2>What the council says</h2>" in body
    assert re.findall(r"<p>(.*?)</p>", body) == _escaped(paragraphs)
    assert "[1]" not in body and "<sup" not in body
    after = story[story.index(_e(paragraphs[-1])) :]
    sources = _between(after, "<h2>Sources</h2>", "</ol>")
    assert len(re.findall(r"<li>[A-Z][^<]* on \d{1,2} [A-Z][a-z]+ 2026[^<]*\.</li>", sources)) == 4
    order = ["<h2>Sources</h2>", "Fact-checking methodology", "Share the facts", "corrections"]
    assert [after.index(s) for s in order] == sorted(after.index(s) for s in order)
    assert "We choose claims to check" in after
    assert "<h2>More fact checks</h2>" in page and "Fact-Checking Network" in page


def test_sport_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh9.jsonl")[3]
    paragraphs = article["paragraphs"]
    page = _first("sport", 3)
    scoreboard = _between(page, "<div class='scoreboard'", "</div>")
    assert re.search(r"<span class='score'>\d - \d</span>", scoreboard)
    assert re.search(r"<span class='clock'>(FT|HT|AET|\d+'|90\+3')</span>", scoreboard)
    assert page.index("<div class='scoreboard'") < page.index("<h1>")
    stats = _between(page, "<h2>Match stats</h2>", "</table>")
    assert stats.count("<tr>") == 7
    home, away = re.search(r"<td>(\d+)%</td><th>Possession</th><td>(\d+)%</td>", stats).groups()
    assert int(home) + int(away) == 100
    lineups = _between(page, "<h2>Line-ups</h2>", "</section>")
    assert [u.count("<li>") for u in lineups.split("<ul>")[1:]] == [11, 11]
    moments = _between(page, "<h2>Key moments</h2>", "</ol>")
    minutes = re.findall(r"<li><span class='minute'>(\d+)'</span> [A-Z][^<]+\.</li>", moments)
    assert len(minutes) == 5 and [int(m) for m in minutes] == sorted(int(m) for m in minutes)
    body = _between(page, "<div class='report-body'>", "</article>")
    assert "<h3>How to check your vaccination status</h3>" in body
    assert re.findall(r"<p>(.*?)</p>", body) == _escaped(paragraphs)
    ratings = _between(body, "<aside class='player-ratings'>", "</aside>")
    assert len(re.findall(r"<li><b>[A-Z][a-z]+ [A-Z][a-z]+ \d</b> [A-Z][^<]+\.</li>", ratings)) == 4
    assert body.index(_e(paragraphs[0])) < body.index("Player ratings")
    assert body.index("Player ratings") < body.index(_e(paragraphs[-1]))
    after = page[page.index("</article>") :]
    assert re.search(r"<span>Home \d\.\d\d</span>", after)
    assert "Please gamble responsibly." in after and "BeGambleAware.org" in after
    assert after.index("Please gamble responsibly.") < after.index("<h2>Latest scores</h2>")
    assert _between(after, "<h2>Latest scores</h2>", "</ul>").count("<li>") == 3


def test_platform_layout_carries_its_boilerplate() -> None:
    article = pages.articles("fresh9.jsonl")[3]
    paragraphs = article["paragraphs"]
    page = _first("platform", 3)
    header = _between(page, "<div class='post-header'>", "<div class='post-body'>")
    assert "<span class='member-badge'>Member-only story</span>" in header
    assert header.index("Member-only story") < header.index("<h1>")
    assert re.search(r"<span class='followers'>\d+\.\dK followers</span>", header)
    assert "<button class='follow'>Follow</button>" in header
    assert re.search(r"\d+ min read</span>", header)
    responses = re.search(r"aria-label='responses'>Respond</button><span>(\d+)</span>", header)
    assert responses
    body = _between(page, "<div class='post-body'>", "<div class='tags'>")
    modal = _between(body, "<div class='signup-modal'", "</div>")
    assert "Sign up to discover human stories" in modal
    middle = len(paragraphs) // 2
    assert body.index(_e(paragraphs[middle - 1])) < body.index(modal)
    assert body.index(modal) < body.index(_e(paragraphs[middle]))
    assert "<section><h3>How to check your vaccination status</h3>" in body
    assert body.count("<section>") == 3
    assert re.findall(r"<p>(.*?)</p>", body.replace(modal, "")) == _escaped(paragraphs)
    after = page[page.index("<div class='tags'>") :]
    assert f"<h2>Written by {_e(article['author'])}</h2>" in after
    bio = _between(after, "<section class='written-by'>", "</section>")
    assert any(_e(b) in bio for b in fresh9.PLATFORM_BIOS)
    assert f"<h2>Responses ({responses[1]})</h2>" in after
    assert after.count("<div class='response'>") == 2
    assert f"<h2>More from {_e(article['author'])}</h2>" in after
    assert after.count("<div class='card'>") == 3
    recommended = _between(after, "<section class='recommended'>", "</section>")
    assert recommended.count("<li>") == 4 and ">Text to speech</a>" in page
