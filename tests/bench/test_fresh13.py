"""Fresh set 13: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import re

from streams.bench import fresh7, fresh8, fresh13, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import after as _between
from tests.bench.freshset import bare as _bare
from tests.bench.freshset import escaped as _escaped
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold

MONTHS = "|".join(pages._MONTHS)


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh13.build_fresh13, template)


def test_thirteenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh13.jsonl",
        ["What happens to the parking", "Where patients can go instead"],
        told=("Reuters", "The Associated Press", "AFP"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    assert "The passengers clapped." in paragraphs
    assert "It will be available to borrow." in paragraphs
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len([p for p in quotes if len(p.split()) >= 40]) == 1
    # Numbers and a time inside the story.
    assert any("1.8 million" in p for p in paragraphs)
    assert any("at 10:40 a.m. " in p for p in paragraphs)
    # The new traps: a sign in capitals, a date, one long sentence, a bracketed insertion, an
    # aside in brackets, and paragraphs that open like a comments box and an ad label.
    sign = [p for p in quotes if p == p.upper() and any(c.isalpha() for c in p)]
    assert sign == ['"WARNING. FALLING ROCKS. CROSS ONE AT A TIME AND DO NOT STOP IN THE COULOIR."']
    assert any(re.match(rf"On ({MONTHS}) \d{{1,2}}, the ", p) for p in paragraphs)
    long_one = [p for p in paragraphs if len(p.split()) >= 60 and p.count('"') == 0]
    assert len(long_one) == 1
    assert long_one[0].endswith(".") and len(re.findall(r"[.!?] ", long_one[0])) == 0
    bracketed = [p for p in paragraphs if "[the ministry]" in p]
    assert len(bracketed) == 1 and bracketed[0].startswith('"They [the ministry] promised')
    assert any(re.search(r"\. \(The [^()]+ declined to comment[^()]*\.\)$", p) for p in paragraphs)
    assert any(p.startswith("Comments on the plan can be made until") for p in paragraphs)
    assert any(p.startswith("Sponsored by a family-owned dairy") for p in paragraphs)


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    fresh = pages.articles("fresh13.jsonl")
    index = 6  # The car park story, with a subheading.
    sub = "What happens to the parking"
    assert f"<b>{sub}</b>" in _pages("straits")[index].html
    assert f"<h2 class='gl-chapter'>{sub}</h2>" in _pages("gallery")[index].html
    forum = _pages("forum")[index].html
    assert f"<h3>{sub}</h3>" in forum or f"<p><strong>{sub}</strong></p>" in forum
    for built_page, article in zip(_pages("straits"), fresh, strict=True):
        body = _between(built_page.html, "<div class='story-body'>", "<p class='telegram'>")
        parts = re.findall(r"<p>(.*?)</p>", body)
        assert len(parts) == 2
        texts = _unbold([t for part in parts for t in part.split("<br><br>")])
        assert texts == _escaped(article["paragraphs"])
        assert f"<p class='standfirst'>{_e(fresh8._lead_clause(article['paragraphs'][0]))}</p>" in (
            built_page.html
        )
    for built_page, article in zip(_pages("gallery"), fresh, strict=True):
        texts = re.findall(r"<div class='gl-text'><p>(.*?)</p></div>", built_page.html)
        paragraphs = [p for p in article["paragraphs"] if not fresh7._is_subheading(p)]
        assert texts == _escaped(paragraphs)
    for built_page, article in zip(_pages("forum"), fresh, strict=True):
        post = _between(built_page.html, "<div class='post-body'><div class='md'>", "</div>")
        story = [t for t in _unbold(_bare(post, "p|h3")) if not t.startswith("<em>")]
        assert _in_order(" ".join(story), _escaped(article["paragraphs"]))
        assert all(_e(p) in story for p in article["paragraphs"])


def test_syndicator_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh13.jsonl")
    wrapped, rail_first, banners, photos, spacing = set(), set(), set(), set(), set()
    for built_page, article in zip(_pages("syndicator"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        agency = fresh13._agency(paragraphs[0])
        partner = (
            fresh13.WIRE_PARTNERS[agency][0]
            if agency
            else next(n for n, _ in fresh13.PARTNERS if f"From {_e(n)}</span>" in page)
        )
        order = ["placeholder='Search the web'", "Sign in</a>"]
        order += [f"<span class='provider'>From {_e(partner)}</span>", "Follow</button>"]
        order += [f"<h1 class='article-title'>{_e(article['title'])}</h1>"]
        order += [f"Story by {_e(article['author'])}</span>", " min read</span>"]
        order += ["<div class='content-frame'", _e(paragraphs[0]), _e(paragraphs[-1])]
        order += [f">Original article on {_e(partner)}</a>", "How does this story make you feel?"]
        order += ["Comments</button>", "We use your reactions to personalise your feed."]
        order += ["<h2>Sponsored stories</h2>", "Promoted links by "]
        order += ["does not own the stories on this page.", "we may earn a commission"]
        order += [f"&copy; {article['published'][:4]} "]
        assert _in_order(page, order)
        assert "Trending now</h2>" in page
        # The frame holds the story whole and in order, and ad markers only between paragraphs.
        frame = _between(page, "<div class='frame-doc'>", "<p class='original-link'>")
        assert _unbold(_bare(frame, "p|h2")) == _escaped(paragraphs)
        marker = "<div class='intra-ad'"
        assert frame.count(marker) == frame.count("Story continues below advertisement") >= 1
        assert not re.search(rf"</(?:h2|strong></p)>{marker}", frame)
        assert "<p>" in frame[frame.rindex(marker) :]
        texts = len([p for p in paragraphs if not fresh7._is_subheading(p)])
        spacing.add(frame.count(marker) in {(texts - 1) // 2, (texts - 1) // 3})
        cards = re.findall(r"<div class='card'><a [^>]+><h3>[^<]+</h3></a><p>([^<]+)</p>", page)
        assert len(cards) == 4 and all(c.endswith(".") for c in cards)
        assert page.count(" | Sponsored</span>") == 4
        wrapped.add("<main id='main' class='agg-main'><article class='article-view'>" in page)
        rail_first.add(page.index("Trending now</h2>") < page.index("<h1 "))
        banners.add("Personalise your feed." in page)
        photos.add("&copy; Provided by " in page)
    assert wrapped == rail_first == banners == photos == {True, False}
    assert spacing == {True}


def test_podcastpage_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh13.jsonl")
    wrapped, toggles, guests_first = set(), set(), set()
    for built_page, article in zip(_pages("podcastpage"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        author = _e(article["author"])
        order = ["<header class='pod-header'>", "A podcast from ", "Hosted by ", "Follow</button>"]
        order += [
            "<p class='ep-meta'>Episode ",
            f"<h1 class='ep-title'>{_e(article['title'])}</h1>",
        ]
        order += ["aria-label='Play episode'", "<span class='duration'>", "Download</a>"]
        order += ["Listen on <a", "Apple Podcasts</a>", "Spotify</a>", "YouTube Music</a>"]
        order += ["RSS</a>", "<h2>Episode notes</h2>", "00:00</a> Introduction", "Produced by "]
        order += ["Read the story</", f"By {author}</", _e(paragraphs[0]), _e(paragraphs[-1])]
        order += ["<strong>HOST:</strong> Welcome to "]
        order += ["This transcript was generated automatically and may contain errors."]
        order += ["<h2>More episodes</h2>", "</ol></section>", "is produced by "]
        order += ["All rights reserved.</p></footer>"]
        assert _in_order(page, order)
        assert re.search(r"Episode \d+ &middot; \w{3} \d+, 2026 &middot; \d+ min</p>", page)
        # Timestamped chapters, in order.
        chapters = re.findall(r"<li><a href='#t=(\d+)'>(\d\d):(\d\d)</a> ([A-Z][^<]+)</li>", page)
        assert len(chapters) == 5
        seconds = [int(t) for t, *_ in chapters]
        assert seconds == sorted(seconds) and len(set(seconds)) == 5
        assert all(int(t) == int(m) * 60 + int(s) for t, m, s, _ in chapters)
        # The written story, whole and in order, before the transcript.
        body = page[page.index("<div class='ep-body'>") :]
        body = re.split(r"<details class='transcript'>|<div class='transcript-wrap'>", body)[0]
        assert _unbold(_bare(body, "p|h3")) == _escaped(paragraphs)
        # Four speaker lines; three repeat sentences of the story, in its order.
        lines = re.findall(r"<p><strong>([A-Z][A-Z .'-]*):</strong> (.*?)</p>", page)
        assert [who for who, _ in lines] == ["HOST", "HOST", article["author"].upper(), "HOST"]
        story = " ".join(_escaped(paragraphs))
        assert _in_order(story, [said for _, said in lines[1:]])
        assert all(said.endswith((".", '."', ".)")) for _, said in lines[1:])
        for box in ("<h2>About the guests</h2>", "<h2>Subscribe to the show</h2>"):
            assert page.index("This transcript was generated") < page.index(box)
            assert page.index(box) < page.index("<h2>More episodes</h2>")
        assert f"<h3>{author}</h3><p>{author} reported this story for " in page
        assert len(re.findall(r"<p class='ep-date'>Episode \d+ &middot; ", page)) == 4
        wrapped.add("<main id='main'>" in page and "<article class='ep-article'>" in page)
        toggles.add("<details class='transcript'><summary>Transcript</summary>" in page)
        guests_first.add(page.index("About the guests") < page.index("Subscribe to the show"))
    assert wrapped == toggles == guests_first == {True, False}


def test_wiredesk_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh13.jsonl")
    wrapped, synopses, faqs, whatsapp, also = set(), set(), set(), set(), set()
    for built_page, article in zip(_pages("wiredesk"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        agency = fresh13._agency(paragraphs[0])
        crumb = " ".join(article["title"].split()[:6]) + "..."
        order = ["<div class='top-strip'>", "e-Paper</a>", "Live TV</a>", "Sign in</a>"]
        order += ["Subscribe</a>", "Trending Topics:</span>", "<nav class='breadcrumb'>"]
        order += [f"<span>{_e(crumb)}</span></nav>", f"<h1>{_e(article['title'])}</h1>"]
        order += [f">{_e(article['author'])}</a>", "Edited by: ", "Updated: "]
        order += ["Add us as a preferred source on Google", "Listen to this article"]
        order += ["<div class='story-details'", _e(paragraphs[0]), _e(paragraphs[-1])]
        order += ["<p class='catch-all'>Catch all the latest ", "Topics mentioned in this article"]
        order += ["Comments have to be in English, and in full sentences.", "Top Headlines</h2>"]
        order += ["Latest News</h2>", "Grievance Redressal</a>", "All rights reserved.</p>"]
        order += ["For reprint and syndication rights"]
        assert _in_order(page, order)
        assert re.search(r"Updated: \w{3} \d+, 2026 \d\d:\d\d IST</span>", page)
        assert ("<span class='agency'>" in page) == bool(agency)
        if agency:
            assert f"<span class='agency'>{_e(pages.AGENCIES[agency])}</span>" in page
        # The story, whole and in order; a wire story's syndication line after its last paragraph.
        block = _between(page, "<div class='story-details'", "<div class='topics'>")
        texts = _unbold(_bare(block, "p|h2|h3"))
        if agency:
            line = texts.pop()
            lines = [x.format(site=s) for x in fresh13.SYNDICATION_LINES for s, *_ in fresh13.DESKS]
            assert line in {f"<em>{_e(x)}</em>" for x in lines}
        assert "<em>(" not in " ".join(texts)
        assert texts == _escaped(paragraphs)
        reads = re.findall(r"<p class='also-read'><strong>Also Read \|</strong> <a [^>]+>", block)
        assert 1 <= len(reads) <= 2 and 1 <= block.count("Advertisement</span>") <= 2
        also.add(len(reads))
        assert block.index(_e(paragraphs[-1])) < block.index("<p class='catch-all'>")
        assert not re.search(r"</h[23]><(?:p class|div class='ad)", block)
        synopsis = f"<h2 class='synopsis'>{_e(fresh8._lead_clause(paragraphs[0]))}</h2>"
        synopses.add(synopsis in page)
        has_faq = "<h2>Frequently asked questions</h2>" in page
        assert has_faq == ('"@type": "FAQPage"' in page)
        faqs.add(has_faq)
        whatsapp.add("join our WhatsApp channel</a>" in block)
        wrapped.add("<main class='main-content'><article class='story'>" in page)
    assert wrapped == synopses == faqs == whatsapp == {True, False}
    assert also == {1, 2}
