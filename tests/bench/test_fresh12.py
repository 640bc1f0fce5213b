"""Fresh set 12: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re
from datetime import datetime

from streams.bench import fresh7, fresh12, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import from_mark as _between
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh12.build_fresh12, template)


def _escaped(paragraphs: list[str]) -> list[str]:
    return [html.escape(p, quote=False) for p in paragraphs if not fresh7._is_subheading(p)]


def _texts(block: str) -> list[str]:
    """The texts of a block's <p>s, <div class='para'>s and headings, tags inside them left in."""
    pattern = r"<(?:p|h2|h3|div class='para')(?: [^>]*)?>(.*?)</(?:p|h2|h3|div)>"
    return re.findall(pattern, block)


def test_twelfth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh12.jsonl",
        ["Which schools are affected", "What goes in which bin"],
        told=("Reuters", "The Associated Press"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    assert "It was full." in paragraphs
    assert "Then it fell asleep." in paragraphs
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len([p for p in quotes if len(p.split()) >= 40]) == 1
    # Numbers and a time inside the story.
    assert any("$4.6 million" in p for p in paragraphs)
    assert any("at 9:05 a.m. " in p for p in paragraphs)
    # The new traps: story paragraphs shaped like results tables, FAQs, notes, headlines,
    # contact lines, share widgets and "follow" buttons.
    results = next(p for p in paragraphs if p.startswith("Yes "))
    pattern = r"Yes [\d,]+ \([\d.]+%\), no [\d,]+ \([\d.]+%\), blank \d+, spoilt \d+\. "
    assert re.fullmatch(pattern + r"Turnout 61\.2% \(58\.9% in 2025\)\.", results)
    tokens = results.split()
    assert 2 * sum(bool(re.search(r"\d", t)) for t in tokens) > len(tokens)
    assert any(re.fullmatch(r"Q: [^?]+\? A: [A-Z][^?]+\.", p) for p in paragraphs)
    assert any(p.startswith("Update: The walrus") for p in paragraphs)
    assert any(p.startswith('"QUEENS OF THE WORLD," read the front page of') for p in paragraphs)
    contact = [p for p in paragraphs if "keepers@nlheritage.org.uk" in p]
    assert len(contact) == 1 and "www.nlheritage.org.uk/share" in contact[0]
    assert any(p.startswith("Shares in Fjordlaks fell") for p in paragraphs)
    assert any(p.startswith("Follow-up tests showed") for p in paragraphs)
    assert any(p.endswith('morning..."') and not p.startswith('"') for p in paragraphs)
    assert any(re.search(r"call the hornet hotline on \d{5} \d{3} \d{3},", p) for p in paragraphs)
    assert any(p.startswith('"Wind west, a full gale') for p in paragraphs)


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    index = 6  # The four-bin recycling story, with a subheading.
    sub = "What goes in which bin"
    assert f"<h2>{sub}</h2>" in _pages("zeitung")[index].html
    assert f"<h3>{sub}</h3>" in _pages("platform")[index].html
    assert f"<span class='mw-headline' id='What_goes_in_which_bin'>{sub}</span>" in (
        _pages("wiki")[index].html
    )
    for template in fresh12.FRESH12_KNOWN:
        for built_page, text in zip(_pages(template), pages.articles("fresh12.jsonl"), strict=True):
            assert all(f"<p>{p}</p>" in built_page.html for p in _escaped(text["paragraphs"]))
    # The wiki cites a wire story's own report under its headline.
    for built_page, article in zip(_pages("wiki"), pages.articles("fresh12.jsonl"), strict=True):
        sources = _between(built_page.html, "<ul class='sources'>", "</ul>")
        wire = bool(pages._DATELINE.match(article["paragraphs"][0]))
        assert wire == (f">{_e(article['title'])}</a>" in sources)


def test_issue_layout_carries_its_boilerplate() -> None:
    built = _pages("issue")
    fresh = pages.articles("fresh12.jsonl")
    cells, sponsor_first, tocs, photos, forwarded = set(), set(), set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["<div class='preheader'", "Also in this issue: "]
        order += ["View this email in your browser</a>", "<table role='presentation'"]
        order += ["Issue #", "Editor, ", "TOP STORY</p>", f">{_e(article['title'])}</h1>"]
        order += [f">By {_e(article['author'])}", _e(paragraphs[0]), _e(paragraphs[-1])]
        order += ["Read this story on our website &rarr;</a>", "Forward to a friend</a>"]
        order += ["You are receiving this email because you subscribed to "]
        order += ["Unsubscribe</a> | <a ", "Update preferences</a> | <a "]
        order += ["View in browser</a>", "Our mailing address is:</p>"]
        order += [", All rights reserved.</p>"]
        assert _in_order(page, order)
        assert re.search(r"Issue #\d+ &middot; \w+day, \w+ \d+, 2026</p>", page)
        assert re.search(
            r"<p style='margin:0 0 12px'>[A-Z][^<]+,</p><p style='margin:0 0 12px'>"
            r"[A-Z][^<]+\.</p>",
            page,
        )
        assert page.count("<table") >= 3
        # The story: one <td> per paragraph and no <p>, or <p>s and <h3>s in one <td>.
        in_cells = "border='0' class='story'>" in page
        cells.add(in_cells)
        if in_cells:
            block = _between(page, "class='story'>", "</table>")
            assert "<p" not in block
            story = re.findall(r"<td style='[^']*'>(.*?)</td>", block)
        else:
            block = _between(page, "<td class='story'", "</td>")
            story = _texts(block)
        assert _unbold(story) == [_e(p) for p in paragraphs]
        after = page[page.index("Read this story on our website") :]
        others = re.findall(r"<h2 [^>]*><a [^>]*>([^<]+)</a></h2><p [^>]*>([^<]+)</p>", after)
        assert 2 <= len(others) <= 3
        assert all(any(_e(t) == _e(i[0]) for i in fresh12.ISSUE_ITEMS) for t, _ in others)
        assert all(s.count(". ") >= 1 and s.endswith(".") for _, s in others)
        assert "SPONSORED BY " in after and "Learn more</a>" in after
        sponsor_first.add(after.index("SPONSORED BY ") < after.index("<h2 "))
        tocs.add("In this issue</p>" in page)
        photos.add("Photo: " in page)
        forwarded.add("Forwarded this email?" in page)
    assert cells == sponsor_first == tocs == photos == forwarded == {True, False}


def test_printview_layout_carries_its_boilerplate() -> None:
    built = _pages("printview")
    fresh = pages.articles("fresh12.jsonl")
    wrapped, related, photos, onload = set(), set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        printed = re.findall(
            r"<div class='print-url'>Printed from (https://\S+) on ([^<]+)</div>", page
        )
        assert len(printed) == 2 and printed[0] == printed[1]
        url = printed[0][0]
        assert url.endswith("/" + article["slug"])
        assert re.fullmatch(r"\w+day, \w+ \d+, 2026 at \d+:\d\d [AP]M", printed[0][1])
        order = ["Print this page</a>", "Close window</a>", "Text size:", "Printed from "]
        order += ["<div class='print-masthead'>", "<p class='print-section'>"]
        order += [f"<h1>{_e(article['title'])}</h1>", "<p class='print-standfirst'>"]
        order += [f"By {_e(article['author'])}<sup>[2]</sup>", "<div class='print-body'>"]
        order += ["<h2>Links in this article</h2>", f"] {url}</li>"]
        order += ["All rights reserved. This copy is for your personal, non-commercial use only."]
        order += ["To order presentation-ready copies for distribution", "Printed from "]
        order += ["Print this page</a>", "Close window</a>"]
        assert _in_order(page, order)
        assert re.search(r"<p class='print-standfirst'>[A-Z][^<]*<sup>\[1\]</sup>[^<]*\.</p>", page)
        # Markers 1 to n in order, outside the story paragraphs; the list holds n + 1 links.
        markers = [int(m) for m in re.findall(r"<sup>\[(\d+)\]</sup>", page)]
        assert markers == list(range(1, len(markers) + 1))
        links = re.findall(r"<li>\[(\d+)\] (https://[^<]+)</li>", page)
        assert [int(n) for n, _ in links] == list(range(1, len(markers) + 2))
        assert links[-1][1] == url
        body = _between(page, "<div class='print-body'>", "<div class='print-links'>")
        inline = re.findall(
            r"<p class='related-inline'><b>Related:</b> [^<]+<sup>\[\d+\]</sup></p>", body
        )
        related.add(bool(inline))
        for line in inline:
            body = body.replace(line, "")
        assert "<sup>" not in body
        assert _unbold(_texts(body)) == [_e(p) for p in paragraphs]
        is_wrapped = "<article class='print-article'>" in page
        assert is_wrapped != ("<div id='printArea'>" in page)
        assert is_wrapped == ("<div class='para'>" not in page)
        wrapped.add(is_wrapped)
        photos.add("<div class='print-image'>" in page)
        onload.add("onload='window.print()'" in page)
    assert wrapped == related == photos == onload == {True, False}


def test_archived_layout_carries_its_boilerplate() -> None:
    built = _pages("archived")
    fresh = pages.articles("fresh12.jsonl")
    div_body, side_first, closed = set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        stamp = re.search(r"__wm\.wombat\('(http://[^']+)','(\d{14})'", page)
        assert stamp
        orig, ts = stamp[1], stamp[2]
        assert orig.endswith(f"/{article['slug']}.html")
        published = datetime.fromisoformat(article["published"])
        assert ts[:8] >= f"{published:%Y%m%d}"
        order = ["bundle-playback.js", "<!-- End Wayback Rewrite JS Include -->"]
        order += ["<!-- BEGIN WAYBACK TOOLBAR INSERT -->", "Web Archive</a>"]
        order += [f"name='url' value='{orig}'", " captures</strong>", "About this capture</a>"]
        order += [f"Saved from {orig}", "COLLECTED BY", "Organization: ", "Collection: "]
        order += ["TIMESTAMPS", "<!-- END WAYBACK TOOLBAR INSERT -->", "id='nav'>"]
        order += [f"<h1 class='headline'>{_e(article['title'])}</h1>"]
        order += [f"By {_e(article['author'])}<br>", "Posted: ", "Email</a> | <a "]
        order += [_e(paragraphs[0]), _e(paragraphs[-1]), "id='footer'"]
        order += ["Use of this site constitutes acceptance of our terms of service", "</html>"]
        order += ["<!-- FILE ARCHIVED ON "]
        assert _in_order(page, order)
        assert re.search(
            r"<strong>\d+ captures</strong></a><div class='wm-range'>\d+ \w{3} "
            r"\d{4} - \d+ \w{3} \d{4}</div>",
            page,
        )
        assert re.search(
            r"<div class='wm-title'>COLLECTED BY</div><p>Organization: <a [^>]+>"
            r"[^<]+</a></p><p>[A-Z][^<]+\.</p>",
            page,
        )
        # Every link and image of the old page goes through the archive.
        old_page = _between(page, "<!-- END WAYBACK TOOLBAR INSERT -->", "</body>")
        hrefs = re.findall(r"(?:href|action)='([^']+)'", old_page)
        assert len(hrefs) > 20
        assert all(h.startswith(f"https://web.archive.example/web/{ts}/http://") for h in hrefs)
        images = re.findall(r"<img src='([^']+)'", old_page)
        assert all(i.startswith(f"https://web.archive.example/web/{ts}im_/http://") for i in images)
        assert "Related Stories</h3>" in old_page and "Most Popular</h3>" in old_page
        # The story cell: the paragraphs whole and in order, and the agency's line for a wire story.
        main = _between(page, "<td id='maincol'", "</td>")
        start = main.index("</div>", main.index("<div class='photo'>")) + len("</div>")
        after = re.search(
            r"<p class='copyright'>|<div (?:class='comments'|id='disqus_thread')>", main
        )
        assert after
        story = main[start : after.start()]
        assert _unbold(_texts(story)) == [_e(p) for p in paragraphs]
        wire = bool(pages._DATELINE.match(paragraphs[0]))
        assert wire == ("may not be published, broadcast, rewritten or redistributed" in main)
        has_div = "<div id='article-text' class='article-body'>" in main
        div_body.add(has_div)
        side_first.add(page.index("<td id='sidecol'") < page.index("<td id='maincol'"))
        closed.add("Comments are closed" in main)
    assert div_body == side_first == closed == {True, False}
