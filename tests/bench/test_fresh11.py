"""Fresh set 11: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re
from datetime import datetime

from streams.bench import fresh7, fresh11, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import from_mark as _between


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh11.build_fresh11, template)


def _escaped(paragraphs: list[str]) -> list[str]:
    return [html.escape(p, quote=False) for p in paragraphs if not fresh7._is_subheading(p)]


def _in_order(text: str, marks: list[str]) -> bool:
    at = [text.index(m) for m in marks]
    return at == sorted(at)


def _texts(block: str) -> list[str]:
    """The texts of a block's <p>s and subheadings, tags inside them left in."""
    return re.findall(r"<(?:p|h2|h3|h4)(?: [^>]*)?>(.*?)</(?:p|h2|h3|h4)>", block)


def test_eleventh_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh11.jsonl",
        ["What changes for subscribers", "How the co-op will work"],
        told=("Reuters", "The Associated Press"),
        datelines=range(4, 9),
        closing_quotes=1,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    assert "The fish are back." in paragraphs
    assert "The quake struck at 7:20 p.m." in paragraphs
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len([p for p in quotes if len(p.split()) >= 40]) == 1
    # Numbers and a time inside the story.
    assert any("3.1 million" in p for p in paragraphs)
    assert any("7:20 p.m." in p for p in paragraphs)
    # The new traps: story paragraphs shaped like labels, lists, posts, credits or legal text.
    assert any(re.match(r"Warning: [a-z].*, the department said\.$", p) for p in paragraphs)
    names = "Mireille Adjovi (Helen Marsh), Tomas Eklund (Anna Lindqvist-Hart), "
    assert any(p.startswith(names) and p.count("(") == 5 for p in paragraphs)
    assert any(re.match(r"\d[\d,]* pufflings", p) for p in paragraphs)
    assert any("In a post on X" in p and p.endswith('#MaltaAlert"') for p in paragraphs)
    assert any('on Instagram with the caption: "' in p for p in paragraphs)
    assert any(p.startswith('The message will read: "') for p in paragraphs)
    assert any(p.startswith("Subscribers will get") for p in paragraphs)
    assert any(p.startswith("Advertisers have also moved online.") for p in paragraphs)
    assert any("terms of service and privacy policy" in p for p in paragraphs)
    assert any(p.endswith(" Inc.") for p in paragraphs)
    assert any(p.endswith(" p.m.") for p in paragraphs)
    assert any(p.startswith("Photos taken by the cameras") for p in paragraphs)
    no_comment = (
        "The energy and mineral resources ministry did not respond to a request for comment."
    )
    assert no_comment in paragraphs


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    index = 3  # The Swedish daily, with a subheading.
    article = pages.articles("fresh11.jsonl")[index]
    sub = "What changes for subscribers"
    assert f"<p>{sub}</p>" in _pages("prwire")[index].html
    assert f"<h2 class='subtitle'>{sub}</h2>" in _pages("nordic")[index].html
    assert f"<h3>{sub}</h3>" in _pages("sport")[index].html
    for template in fresh11.FRESH11_KNOWN:
        page = _pages(template)[index].html
        assert all(f"<p>{p}</p>" in page for p in _escaped(article["paragraphs"]))


def test_forum_layout_carries_its_boilerplate() -> None:
    built = _pages("forum")
    fresh = pages.articles("fresh11.jsonl")
    skins, source_first, quoting, deleted, edits = set(), set(), set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        old = "<div class='content' role='main'>" in page
        skins.add(old)
        assert old != ("<main class='main'><article class='post'>" in page)
        if old:
            assert "<main" not in page and "<article" not in page and "<aside" not in page
            assert page.index("Community rules") < page.index("<div class='post-body'>")
        else:
            assert page.index("</main>") < page.index("Community rules")
        order = ["Log in</a>", "Sign up</a>", "members</span>", "online</span>"]
        order += ["<button>Upvote</button>", f">{_e(article['title'])}<", "% upvoted</span>"]
        order += ["<div class='post-body'>"]
        assert _in_order(page, order)
        assert re.search(r"submitted \d+ hours ago by <a href='/u/\w+'>u/\w+</a>", page)
        start = "<div class='post-body'><div class='md'>"
        post = _between(page, start, "</div></div>")[len(start) :]
        source = re.search(r"<p class='source-line'>Source: <a href='(https://[^']+)'", post)
        assert source and source[1].endswith(article["slug"])
        note = next((n for n in fresh11.PASTE_NOTES if n in post), None)
        edit = "<p><em>Edit: " in post
        edits.add(edit)
        source_first.add(post.startswith("<p class='source-line'>"))
        story = [t for t in _texts(post) if "Source: " not in t and t != _e(note or "")]
        story = [re.sub(r"^<strong>(.*)</strong>$", r"\1", t) for t in story]
        assert story[: len(paragraphs)] == [_e(p) for p in paragraphs]
        assert story[len(paragraphs) :] == (
            ["<em>Edit: fixed the formatting, and thanks for the award, kind stranger.</em>"]
            if edit
            else []
        )
        after = page[page.index("</div></div>", page.index("<div class='post-body'>")) :]
        order = [" comments</a></li>", "sort by: <button class='sort'>best</button>"]
        order += ["Reminder: this is a news community.", "I am a bot"]
        order += ["<div class='comment depth-0'", "load more comments ("]
        order += ["Use of this site constitutes acceptance of our User Agreement"]
        assert _in_order(after, order)
        comments = re.findall(r"<div class='comment depth-(\d)' id='c\d+'>", after)
        assert len(comments) == 12 and {"0", "1"} <= set(comments)
        # Comments quote whole sentences of the story, never a sentence that is not in it.
        cited = re.findall(r"<blockquote><p>(.*?)</p></blockquote>", after)
        cited += re.findall(r"<p class='quote'>&gt; (.*?)</p>", after)
        assert 2 <= len(cited) <= 3
        assert all(any(c in _e(p) for p in paragraphs) for c in cited)
        quoting.add("<blockquote><p>" in after)
        deleted.add("<p>[removed]</p>" in after)
        assert all(_e(r) in page for r in fresh11.FORUM_RULES)
        assert re.search(r"<p>&copy; 2026 [^<]+ Inc\. All rights reserved\.</p>", after)
        assert re.search(r"trademarks of [^<]+ Inc\.</p>", after)
    assert skins == source_first == quoting == deleted == edits == {True, False}


def test_magazine_layout_carries_its_boilerplate() -> None:
    built = _pages("magazine")
    fresh = pages.articles("fresh11.jsonl")
    wrapped, inline, pulls = set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        published = datetime.fromisoformat(article["published"])
        order = ["Current issue</a>", "Subscribe</a>", "<p class='kicker'>"]
        order += [f"<h1>{_e(article['title'])}</h1>", "<p class='dek'>"]
        order += ["By <a href='", "min read</span>", "<button>Listen to this article</button>"]
        order += ["Audio produced by ", "<figcaption>Illustration by "]
        order += [f"<p class='has-dropcap'>{_e(paragraphs[0])}</p>"]
        assert _in_order(page, order)
        assert re.search(r"<p class='dek'>[A-Z][^<]+\.</p>", page)
        assert ".has-dropcap::first-letter{" in page
        assert "<span class='dropcap'>" not in page
        body = _between(page, "<div class='article-body'>", "<p class='issue-line'>")
        quotes = re.findall(r"<blockquote class='pullquote'><p>(.*?)</p></blockquote>", body)
        pulls.add(len(quotes))
        assert all(any(q in _e(p) for p in paragraphs[1:]) for q in quotes)
        box = re.search(
            r"<aside class='by-the-numbers'><h3>By the numbers</h3><ul>(.*?)</ul>", page
        )
        assert box
        facts = re.findall(r"<li>(.*?)</li>", box[1])
        assert 2 <= len(facts) <= 4
        assert all(re.search(r"\d", f) and f.endswith(".") for f in facts)
        inline.add(box[0] in _between(page, "<div class='article-body'>", _e(paragraphs[-1])))
        story = body
        for q in quotes:
            story = story.replace(f"<blockquote class='pullquote'><p>{q}</p></blockquote>", "")
        story = story.replace(box[0], "").replace("</aside>", "")
        assert _texts(story) == [_e(p) for p in paragraphs]
        for sub in filter(fresh7._is_subheading, paragraphs):
            assert f"<h2>{sub}</h2>" in story
            at = body.index(f"<h2>{sub}</h2>") + len(f"<h2>{sub}</h2>")
            assert body[at:].startswith("<p>")
        after = page[page.index("<p class='issue-line'>") :]
        issue = f"This article appears in the {published:%B} {published.year} issue of "
        order = [issue, "<h3>Subscribe to the magazine</h3>", "you can cancel at any time."]
        order += ["<div class='author-bio'><p>" + _e(article["author"])]
        order += ["<h2>More from this issue</h2>", "Unsolicited manuscripts cannot be returned."]
        assert _in_order(after, order)
        assert len(re.findall(r"<p class='author'>By [^<]+</p><p>[A-Z][^<]+\.</p>", after)) == 4
        wrapped.add("<main id='main'><article class='feature'>" in page)
    assert wrapped == inline == {True, False}
    assert pulls == {1, 2}


def test_epaper_layout_carries_its_boilerplate() -> None:
    built = _pages("epaper")
    fresh = pages.articles("fresh11.jsonl")
    wrapped, notices_first = set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        published = datetime.fromisoformat(article["published"])
        dated = f"{published:%A}, {published:%B} {published.day}, {published.year}"
        first = re.search(rf"<div class='ep-page-header'>Page A(\d) \| {dated} \| ", page)
        jump = re.search(r"Continued on Page A(\d+)</(?:p|div)>", page)
        assert first and jump
        a, b = int(first[1]), int(jump[1])
        order = ["Text view</button>", "Download PDF</a>", "Nation &amp; World</a>"]
        order += [first[0], f"<p class='section-label'>{_e(article['section'].upper())}</p>"]
        order += [f"<h2 class='hed'>{_e(article['title'])}</h2>", f"By {_e(article['author'])}"]
        order += [jump[0], "<h5>WEATHER</h5>", "<h5>CLASSIFIEDS</h5>", "ADVERTISEMENT"]
        order += [f"<div class='ep-page-header'>Page A{b} | {dated}"]
        order += [f"Continued from Page A{a}</p>", f"&lt; A{a - 1}</a> | "]
        order += [f"A{a + 1} &gt;</a>", "is published daily except Sunday by"]
        order += ["POSTMASTER: Send address changes to", "This e-Edition is provided by"]
        assert _in_order(page, order)
        assert "<h5>PUBLIC NOTICES</h5>" in page[page.index(f"Page A{b} |") :]
        # The story's three parts: first column, second column to the jump, then the jump page.
        cols = re.findall(
            r"<div class='col'>(?=<p class='section-label'>|<h3 class='jump-hed'>|<p>|<h4)"
            r"(.*?)</div>",
            page,
        )
        assert len(cols) == 3 and all("<p>" in column for column in cols)
        # Without the headline, byline, section label, jump lines and jump headline.
        story = re.sub(
            r"<(p|h2|h3) class='(?:section-label|hed|byline|jump-hed|jump-from|jump)'>.*?</\1>"
            r"|<div class='jump'>Continued on Page A\d+",
            "",
            "".join(cols),
        )
        assert _texts(story) == [_e(p) for p in paragraphs]
        for column in cols[:2]:
            assert not re.search(
                r"</h4>(?:<p class='jump'>[^<]*</p>|<div class='jump'>.*)?$", column
            )
        brief = next(item for item in fresh11.BRIEFS if _e(item[0]) in page)
        assert all(_e(t) in page for t in brief[2])
        assert page.index(jump[0]) < page.index(_e(brief[0]))
        wrapped.add("<main id='text-view'>" in page)
        notices_first.add(page.index("PUBLIC NOTICES") < page.index("Continued from"))
    assert wrapped == notices_first == {True, False}
