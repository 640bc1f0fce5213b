"""Fresh set 15: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import re
from datetime import datetime

from streams.bench import fresh7, fresh8, fresh11, fresh13, fresh15, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import after as _between
from tests.bench.freshset import bare as _bare
from tests.bench.freshset import escaped as _escaped
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh15.build_fresh15, template)


def test_fifteenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh15.jsonl",
        ["What the researchers measured", "Who can take part"],
        told=("Reuters", "The Associated Press", "AFP"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    for short in ("One in three could not.", "Zipride did not appeal."):
        assert short in paragraphs
        assert len(short.split()) <= 5
        assert len(pages._SENTENCE.split(short)) == 1
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len(quotes) == 1 and len(quotes[0].split()) >= 40
    assert quotes[0].startswith('"These were not victimless crimes.')
    # Numbers and a time inside the story.
    assert any("5.2 million" in p for p in paragraphs)
    assert any("8:30 a.m." in p for p in paragraphs)
    # The new traps: paragraphs that open like an about box, a related-research list, a
    # press office's acknowledgement line and a registration wall.
    assert any(re.match(r"About \d+ ", p) for p in paragraphs)
    assert any(p.startswith("Related studies in ") for p in paragraphs)
    assert any(p.startswith("Funding for the study came from ") for p in paragraphs)
    assert any(p.startswith("Registration opens on ") for p in paragraphs)
    # A saying in another language, translated in parentheses, and a quotation in a quotation.
    assert any(p.startswith('"El agua es vida" (water is life), said ') for p in paragraphs)
    assert any(re.search(r"\"[^\"]*'Marseille'[^\"]*\"", p) for p in paragraphs)


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    fresh = pages.articles("fresh15.jsonl")
    for article in fresh:
        # What "magazine" and "wiredesk" need from a text: figures and room for their boxes.
        assert len(fresh11._facts(article["paragraphs"])) >= 2, article["slug"]
        assert len(fresh11._sentences(article["paragraphs"][1:], 10, 40)) >= 2
        assert len(fresh15._spots(article["paragraphs"])) >= 4, article["slug"]
    for built_page, article in zip(_pages("magazine"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        body = _between(page, "<div class='article-body'>", "<p class='issue-line'>")
        story = re.sub(r"<blockquote class='pullquote'>.*?</blockquote>", "", body)
        story = re.sub(r"<aside class='by-the-numbers'>.*?</aside>", "", story)
        story = story.replace("<p class='has-dropcap'>", "<p>")
        assert _bare(story, "p|h2") == _escaped(paragraphs)
        box = re.search(r"<h3>By the numbers</h3><ul>(.*?)</ul>", page)
        assert box and len(re.findall(r"<li>", box[1])) >= 2
    for built_page, article in zip(_pages("archived"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        main = _between(page, "<td id='maincol'", "</td>")
        start = main.index("</div>", main.index("<div class='photo'>")) + len("</div>")
        end = re.search(
            r"<p class='copyright'>|<div (?:class='comments'|id='disqus_thread')>", main
        )
        assert end
        story = re.sub(r"<h3 class='subhead'>(.*?)</h3>", r"<h3>\1</h3>", main[start : end.start()])
        assert _unbold(_bare(story, "p|h3")) == _escaped(paragraphs)
        wire = bool(pages._DATELINE.match(paragraphs[0]))
        assert wire == ("may not be published, broadcast, rewritten or redistributed" in main)
    for built_page, article in zip(_pages("wiredesk"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        block = _between(page, "<div class='story-details'", "<div class='topics'>")
        texts = _bare(block, "p|h2|h3")
        if fresh11._agency(paragraphs[0]):
            line = texts.pop()
            lines = [x.format(site=s) for x in fresh13.SYNDICATION_LINES for s, *_ in fresh13.DESKS]
            assert line in {f"<em>{_e(x)}</em>" for x in lines}
        assert texts == _escaped(paragraphs)
        if "<h2 class='synopsis'>" in page:
            lead = _e(fresh8._lead_clause(paragraphs[0]))
            assert f"<h2 class='synopsis'>{lead}</h2>" in page
    # The subheadings, as each known layout sets them.
    index, sub = 6, "What the researchers measured"
    assert f"<h2>{sub}</h2>" in _pages("magazine")[index].html
    archived = _pages("archived")[index].html
    assert f"<h3 class='subhead'>{sub}</h3>" in archived or f"<strong>{sub}</strong>" in archived
    assert re.search(rf"<(h2|h3)>{sub}</\1>", _pages("wiredesk")[index].html)


def test_uninews_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh15.jsonl")
    wrapped, note_first, contact_first, photos, lands, tags = (set() for _ in range(6))
    for built_page, article in zip(_pages("uninews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        published = datetime.fromisoformat(article["published"])
        order = ["We use cookies to make our website work", "Accept all</button>"]
        order += ["Skip to main content</a>", "Current students</a>", "Visitors</a>"]
        order += ["<header class='uni-header'>", "News and events</a>", "Apply now</a>"]
        order += ["<nav class='breadcrumb'>", "In the news</a></nav>"]
        order += ["<p class='news-label'>In the news</p>", f"<h1>{_e(article['title'])}</h1>"]
        order += [f"<p class='news-date'>Published {fresh15._uk_day(published)}</p>"]
        order += ["<div class='news-body'>", _e(paragraphs[0]), _e(paragraphs[-1]), "</div>"]
        order += ["<h2>Related research</h2>", "Read more about this project</a>"]
        order += ["<h2>Topics</h2>", "<section class='about-uni'><h2>About the "]
        order += ["<h2>Latest news</h2>", "<footer class='uni-footer'>"]
        order += ["is a registered charity, number ", "Modern slavery statement</a>"]
        order += [f"&copy; {published.year} "]
        assert _in_order(page, order)
        about = _between(page, "<section class='about-uni'>", "</section>")
        assert re.search(r"<p>[A-Z][^<]+\.</p>", about)
        # The story, whole and in order, in its own block.
        body = _between(page, "<div class='news-body'>", "</div>")
        assert _bare(body, "p|h2|h3") == _escaped(paragraphs)
        tags.update(re.findall(r"<(h[23])>", body))
        # The republishing note, before or after the story, names the outlet.
        note = re.search(
            r"<p class='republish-note'><em>This article was first published by ", page
        )
        assert note and page.count("class='republish-note'") == 1
        agency = fresh11._agency(paragraphs[0])
        if agency:
            assert f"first published by {_e(pages.AGENCIES[agency])} on " in page
        assert "is republished here with permission." in page
        note_first.add(note.start() < page.index("<div class='news-body'>"))
        # The media contact and the share links, in either order, after the story.
        contact = page.index("<h2>Media contact</h2>")
        share = page.index("<h2>Share this story</h2>")
        assert min(contact, share) > page.index(_e(paragraphs[-1]))
        assert "Journalists can reach the press office out of hours" in page
        assert re.search(r"Phone: \+44 1632 \d{6}</p>", page)
        contact_first.add(contact < share)
        cards = page.count("<div class='research-card'>")
        assert 2 <= cards <= 3
        photos.add("<figcaption>Image: " in page)
        lands.add("acknowledges the communities on whose land" in page)
        main = "<main id='main-content'>" in page
        assert main == ("<article class='news-article'>" in page) == ("<article" in page)
        wrapped.add(main)
    assert wrapped == note_first == contact_first == photos == lands == {True, False}
    assert tags == {"h2", "h3"}


def test_tradepub_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh15.jsonl")
    wrapped, gated, meters = set(), set(), set()
    for built_page, article in zip(_pages("tradepub"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["<span class='ad-label'>Advertisement</span>", "Advertise</a>", "Events</a>"]
        order += ["Webinars</a>", "Subscribe to print</a>", "Log in</a>", "Register</a>"]
        order += ["<p class='tagline'>", "<nav class='breadcrumb'>"]
        order += ["<p class='content-type'>News</p>", f"<h1>{_e(article['title'])}</h1>"]
        order += ["By <a href='", f"{_e(article['author'])}</a> <time datetime="]
        order += ["<div class='article-body'>", _e(paragraphs[0]), "Sponsored webinar</p>"]
        order += [_e(paragraphs[-1]), "<h3>Topics</h3>", "<h2>Sponsored webinars</h2>"]
        order += ["<h2>Industry events</h2>", "See all events</a>", "<h2>Related content</h2>"]
        order += ["<h2>Most read</h2>", "<h2>Get the daily briefing</h2>"]
        order += ["registered in England and Wales with company number", "All rights reserved."]
        assert _in_order(page, order)
        assert page.count("Presented by ") == 3 and page.count("Register now</a>") >= 3
        assert (
            len(re.findall(r"<p class='when'>\w+day, \w+ \d+, 2026 \| \d+:00 [ap]\.m\. ET", page))
            == 3
        )
        assert len(re.findall(r"<span class='city'>", page)) == 3
        assert (
            len(re.findall(r"<span class='type'>(?:Whitepaper|Podcast|Analysis)</span>", page)) == 3
        )
        # The story: in one body, or cut between whole paragraphs by the wall, in order.
        assert page.count("webinar--inline") == 1
        clean = re.sub(r"<div class='webinar webinar--inline'>.*?Register now</a></div>", "", page)
        has_wall = "<div class='regwall'>" in page
        if has_wall:
            first = _bare(
                _between(clean, "<div class='article-body'>", "<div class='regwall'>"), "p|h2|h3"
            )
            rest = _between(clean, "<div class='article-body article-body--gated'>", "</div>")
            assert 2 <= len(first) <= 4 and not fresh7._is_subheading(paragraphs[len(first) - 1])
            texts = first + _bare(rest, "p|h2|h3")
            assert "Register for free to continue reading</h3>" in page
            assert "Already registered? <a " in page
            assert "Enjoyed this article?" not in page
        else:
            texts = _bare(_between(clean, "<div class='article-body'>", "</div>"), "p|h2|h3")
            assert "<h3>Enjoyed this article?</h3>" in page
            assert page.index(_e(paragraphs[-1])) < page.index("Enjoyed this article?")
        assert texts == _escaped(paragraphs)
        # The inline webinar sits between two whole text paragraphs.
        inline = page.index("<div class='webinar webinar--inline'>")
        end = page.index("Register now</a></div>", inline) + len("Register now</a></div>")
        assert page[:inline].endswith("</p>") and page[end:].startswith("<p>")
        gated.add(has_wall)
        meters.add("You have read 2 of your 3 free articles this month." in page)
        main = "<main id='content'>" in page
        assert main == ("<article" in page)
        wrapped.add(main)
    assert wrapped == gated == meters == {True, False}


def test_feedreader_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh15.jsonl")
    wrapped, sidebar_first, plain, trailers, sponsored, counts = (set() for _ in range(6))
    for built_page, article in zip(_pages("feedreader"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        title = _e(article["title"])
        order = ["<header class='app-header'>", "Search your feeds", "Add content</a>"]
        order += ["Upgrade to Pro</a>"]
        assert _in_order(page, order)
        stream = ["<div class='stream-header'>", " unread</span>", "Mark all as read</button>"]
        stream += ["Refresh</button>", "Titles only | Magazine | Cards", "Mark as read</button>"]
        stream += [
            "<div class='entry entry--open'"
            if "<div class='entry entry--open'" in page
            else "<article class='entry entry--open'"
        ]
        stream += [f"target='_blank'>{title}</a></h1>", f"by {_e(article['author'])} &middot; "]
        stream += ["Mark as unread</button>", "Read later</button>", "Share</button>"]
        stream += ["Visit website</a>", "<div class='entry-content'>", _e(paragraphs[0])]
        stream += [_e(paragraphs[-1]), "Visit website</a>", "Open original</a>"]
        stream += ["Mark as read</button>", "Load more articles</button>"]
        stream += ["Pro members can follow up to 2,500 sources", "Press j and k to move"]
        stream += ["<footer class='app-footer'>"]
        assert _in_order(page, stream)
        sidebar = ["<nav class='sidebar'>", "Today</a>", "Read later</a>", "Recently read</a>"]
        sidebar += ["All</a>", "<span class='folder-name'>", "Add content</a></nav>"]
        assert _in_order(page, sidebar)
        # The entry's content: the story, whole and in order, and the feed's trailer.
        content = _between(page, "<div class='entry-content'>", "<div class='entry-footer'>")
        content = content.removesuffix("</div>")
        has_trailer = " appeared first on <a " in content
        if has_trailer:
            assert not fresh11._agency(paragraphs[0])
            trailer = re.search(
                r"<p>The post <a [^>]+>(.*?)</a> appeared first on <a [^>]+>", content
            )
            assert trailer and trailer[1] == title
            content = content[: content.index("<p>The post <a ")]
        is_plain = "<p>" not in content
        texts = _bare(content, "div" if is_plain else "p|h3")
        assert _unbold(texts) == _escaped(paragraphs)
        # Earlier and later entries, with excerpts, around the opened one.
        opened = page.index("entry--open")
        before = page[:opened].count("<div class='entry entry--unread'")
        after = page[opened:].count("<div class='entry entry--unread'")
        assert 1 <= before <= 3 and 2 <= after <= 4
        assert all(
            s.endswith(" ...") for s in re.findall(r"<div class='entry-summary'>(.*?)</div>", page)
        )
        counts.add(before)
        plain.add(is_plain)
        trailers.add(has_trailer)
        sponsored.add("<div class='entry entry--sponsored'>" in page)
        sidebar_first.add(page.index("<nav class='sidebar'>") < page.index("<div class='stream"))
        main = "<main class='stream'>" in page
        assert main == ("<article class='entry entry--open'" in page)
        wrapped.add(main)
    assert wrapped == sidebar_first == plain == trailers == sponsored == {True, False}
    assert counts == {1, 2, 3}
