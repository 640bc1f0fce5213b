"""Fresh set 17: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import re

from streams.bench import fresh7, fresh11, fresh13, fresh17, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import after as _between
from tests.bench.freshset import bare as _bare
from tests.bench.freshset import escaped as _escaped
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold

SUBHEADINGS = ["How storms get their names", "What the paper found"]


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh17.build_fresh17, template)


def _between_whole_paragraphs(block: str, at: int, end: int, openers: tuple[str, ...]) -> None:
    """The box at block[at:end] follows a whole text paragraph and precedes another one."""
    before, rest = block[:at], block[end:]
    assert before.endswith(("</p>", "</div>")), before[-60:]
    assert not before.endswith(("</strong></p>", "</b></p>", "</b></div>")), before[-60:]
    assert rest.startswith(openers), rest[:60]


def test_seventeenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh17.jsonl",
        SUBHEADINGS,
        told=("Reuters", "The Associated Press", "AFP"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    for short in ("He pleaded guilty.", "She did not stop."):
        assert short in paragraphs
        assert len(short.split()) <= 5
        assert len(pages._SENTENCE.split(short)) == 1
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len(quotes) == 1 and len(quotes[0].split()) >= 40
    assert quotes[0].startswith('"I have had my plot for 31 years')
    # Numbers and a time inside the story.
    assert any("2.9 million" in p for p in paragraphs)
    assert any("6:15 a.m." in p for p in paragraphs)
    # The new traps, each a story paragraph that looks like a new layout's furniture: a
    # journal's "Read the paper" card and author note, a mail's "Subject:" and "From:"
    # headers and a list's "More information about ..." footer, a weather service's
    # warnings banner and forecast widget.
    assert any(p.startswith("The paper, published on ") for p in paragraphs)
    assert any(p.startswith("The lead author, Dr ") for p in paragraphs)
    assert any(p.startswith("Subject to approval ") for p in paragraphs)
    assert any(p.startswith("From April, ") for p in paragraphs)
    assert any(p.startswith("More information about the ") for p in paragraphs)
    assert any(p.startswith("A yellow warning for wind ") for p in paragraphs)
    assert any(re.match(r"Temperatures fell to \d+C in \w+, \d+C in \w+", p) for p in paragraphs)
    # And subheadings that read like a journal's card label and a "How we forecast" box.
    assert "What the paper found" in paragraphs and "How storms get their names" in paragraphs


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    fresh = pages.articles("fresh17.jsonl")
    for article in fresh:
        paragraphs = article["paragraphs"]
        # "liveupdates" lifts two sentences of 8 to 30 words (not whole paragraphs) after the
        # lead into its key updates; every text here has at least two such sentences.
        lifted = [s for s in fresh11._sentences(paragraphs[1:], 8, 30) if s not in paragraphs]
        assert len(lifted) >= 2, article["slug"]
    for built_page, article in zip(_pages("syndicator"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        frame = _between(page, "<div class='frame-doc'>", "<p class='original-link'>")
        assert _unbold(_bare(frame, "p|h2")) == _escaped(paragraphs)
        marker = "<div class='intra-ad'"
        assert frame.count(marker) == frame.count("Story continues below advertisement") >= 1
        assert not re.search(rf"</(?:h2|strong></p)>{marker}", frame)
        agency = fresh11._agency(paragraphs[0])
        if agency:
            partner = fresh13.WIRE_PARTNERS[agency][0]
            assert f"<span class='provider'>From {_e(partner)}</span>" in page
    for built_page, article in zip(_pages("liveupdates"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        pinned = _between(page, "live-update--pinned'", "<div class='update-actions'>")
        body = _between(pinned, "<div class='update-body'>", "</div>")
        assert _unbold(_bare(body, "p|h3")) == _escaped(paragraphs)
        assert page.index("live-update--pinned") < page.index("class='live-update' id=")
    for built_page, article in zip(_pages("tgchannel"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        title = _e(article["title"])
        start = f"<div class='tgme_widget_message_text js-message_text' dir='auto'><b>{title}</b>"
        parts = _between(page, start, "</div>").split("<br/><br/>")
        assert parts[0] == ""
        assert parts[-2].endswith("Read on our website</a>")
        assert _unbold(parts[1:-2]) == _escaped(paragraphs)
    # The subheadings, as each known layout sets them.
    for index, sub in ((1, SUBHEADINGS[0]), (5, SUBHEADINGS[1])):
        assert sub in fresh[index]["paragraphs"]
        syndicated = _pages("syndicator")[index].html
        assert f"<h2>{sub}</h2>" in syndicated or f"<p><strong>{sub}</strong></p>" in syndicated
        live = _pages("liveupdates")[index].html
        assert f"<h3>{sub}</h3>" in live or f"<p><strong>{sub}</strong></p>" in live
        assert f"<br/><br/><b>{sub}</b><br/><br/>" in _pages("tgchannel")[index].html


def test_journalnews_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh17.jsonl")
    wrapped, divs, inline, metrics_first, notices, kinds, subs = (set() for _ in range(7))
    card = r"<div class='c-article-recommendation' data-track='read-the-paper'>.*?</p></div>"
    for built_page, article in zip(_pages("journalnews"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["<header class='c-header'>", "Explore content</a>", "Publish with us</a>"]
        order += ["Sign in</a>", "placeholder='Search articles'", "<nav class='c-breadcrumbs'>"]
        order += ["News</a> &gt; <span>Article</span></nav>", "c-article-identifiers__type'>"]
        order += [f"<h1 class='c-article-title'>{_e(article['title'])}</h1>"]
        order += [f"{_e(article['author'])}</a></p>", "<div class='c-article-body'>"]
        order += [*_escaped(paragraphs), "<p class='c-article-doi'>doi: https://doi.org/10."]
        order += ["<h2>References</h2>", "<h2>Author information</h2>", "<h2>Latest on:</h2>"]
        order += ["<h2>Cite this article</h2>", "<h2>Nature of this article</h2>"]
        order += ["This is a news story written by the journalists of"]
        order += ["<h2>Related research</h2>", "<h2>Sign up to the daily briefing</h2>"]
        order += ["<footer class='c-footer'>", " ISSN ", "a company registered in England"]
        assert _in_order(page, order)
        kind = re.search(r"<li class='c-article-identifiers__type'>([^<]+)</li>", page)
        assert kind and kind[1] in fresh17.NEWS_KINDS
        kinds.add(kind[1])
        # One "Read the paper" card: between two whole text paragraphs, or after the DOI line.
        assert page.count("data-track='read-the-paper'") == 1
        assert "Read the paper</p>" in page
        body = _between(page, "<div class='c-article-body'>", "<p class='c-article-doi'>")
        found = re.search(card, body)
        if found:
            openers = ("<p>", "<div class='c-paragraph'>")
            _between_whole_paragraphs(body, found.start(), found.end(), openers)
        else:
            assert page.index("<p class='c-article-doi'>") < page.index("read-the-paper")
            assert page.index("read-the-paper") < page.index("<h2>References</h2>")
        inline.add(bool(found))
        body = re.sub(card, "", body)
        is_div = "<div class='c-paragraph'>" in body
        body = re.sub(r"<div class='c-paragraph'>(.*?)</div>", r"<p>\1</p>", body)
        assert _unbold(_bare(body, "p|h2|h3")) == _escaped(paragraphs)
        divs.add(is_div)
        subs.update(re.findall(r"<(h2|h3|strong)>(?:What the paper|How storms)", body))
        # The metrics (altmetric badge, accesses, mentions) before the story or after it.
        assert page.count("<div class='c-article-metrics'>") == 1
        assert "Accesses</li>" in page and "Mentioned by " in page
        metrics = page.index("<div class='c-article-metrics'>")
        if metrics > page.index("<div class='c-article-body'>"):
            assert metrics > page.index("<h2>Nature of this article</h2>")
            assert metrics < page.index("<h2>Related research</h2>")
        metrics_first.add(metrics < page.index("<div class='c-article-body'>"))
        has_notice = "<div class='c-browser-notice' role='alert'>" in page
        if has_notice:
            assert page.index("c-browser-notice") < page.index("<header class='c-header'>")
        notices.add(has_notice)
        main = "<main class='c-main'>" in page
        assert main == ("<article class='c-article'>" in page)
        wrapped.add(main)
    assert wrapped == divs == inline == metrics_first == notices == {True, False}
    assert len(kinds) > 1
    assert subs == {"h3", "strong"}


def test_listarchive_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh17.jsonl")
    modern, divs, images, gmail, replies = (set() for _ in range(5))
    notes = [_e(note) for _, note, _ in fresh17.NOTES]
    for built_page, article in zip(_pages("listarchive"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        title, author = _e(article["title"]), _e(article["author"])
        note = next(n for n in notes if n in page)
        forwarded = "---------- Forwarded message ---------" in page
        assert forwarded != ("Begin forwarded message:" in page)
        header = (
            "---------- Forwarded message ---------" if forwarded else "Begin forwarded message:"
        )
        is_modern = "<pre>" not in page
        if is_modern:
            order = ["placeholder='Search this list'", "Sign In</a>", "<main class='container'>"]
            order += [f"] Fwd: {title}</h1>", "<article class='email email-first'>"]
            order += ["<div class='email-body'>", note, "-- <br>", header, "From: ", "Subject: "]
            order += [f"<b>{title}</b>", f"By {author} | ", *_escaped(paragraphs)]
            order += ["You are receiving this email because", "</article>", "</main>"]
            order += ["<div class='col-list'>", "The announcement and discussion list of the"]
            order += ["Start a new thread</a>", "Powered by HyperKitty."]
            assert _in_order(page, order)
            email = _between(page, "<div class='email-body'>", "<div class='email-info'>")
            is_div = "<div dir='ltr'>" in email
            email = re.sub(r"<div dir='ltr'>(.*?)</div>", r"<p>\1</p>", email)
            found = re.search(r"<div class='img-placeholder'>\[image: [^<]*\]</div>", email)
            if found:
                _between_whole_paragraphs(email, found.start(), found.end(), ("<p>",))
            texts = _unbold(_bare(email, "p"))
            byline = next(i for i, t in enumerate(texts) if t.startswith(f"By {author} | "))
            assert texts[byline - 1] == title
            assert texts[-1].startswith("You are receiving this email because you signed up")
            assert texts[byline + 1 : -1] == _escaped(paragraphs)
            assert "<pre>" not in page and "<!--beginarticle-->" not in page
            divs.add(is_div)
            n = page.count("<article class='email email-reply'>")
            assert f"<p>{n + 1} message{'s' if n else ''}</p>" in page
            replies.add(n > 0)
        else:
            order = ["<h1>[", f"] Fwd: {title}</h1>", " at ", "<i>", "Previous message: "]
            order += ["Next message: ", "<b>Messages sorted by:</b>", "<!--beginarticle--><pre>"]
            order += [note, "\n-- \n", header, "From: ", "Subject: "]
            order += [f"\n\n{title}\nBy {author} | "]
            order += [*_escaped(paragraphs), "You are receiving this email because"]
            order += ["-------------- next part --------------", "An HTML attachment was scrubbed"]
            order += ["</pre><!--endarticle-->", "Previous message: ", "Next message: "]
            order += ["More information about the ", " mailing list</a>"]
            assert _in_order(page, order)
            text = _between(page, f"\n\n{title}\nBy {author} | ", "\n\nYou are receiving this")
            blocks = text.split("\n\n")[1:]
            placeholders = [b for b in blocks if b.startswith("[image: ")]
            assert len(placeholders) <= 1
            if placeholders:
                at = blocks.index(placeholders[0])
                assert 0 < at < len(blocks) - 1
                assert not fresh7._is_subheading(blocks[at - 1])
                assert not fresh7._is_subheading(blocks[at + 1])
                blocks.remove(placeholders[0])
            assert blocks == _escaped(paragraphs)
            assert "<main" not in page and "<article" not in page and "<p>" not in text
        modern.add(is_modern)
        images.add("[image: " in page)
        gmail.add(forwarded)
        # The trap paragraphs sit in the story, after the real "Subject:" and "From:" lines.
        for p in paragraphs:
            if p.startswith(("Subject to ", "From April, ", "More information about ")):
                assert page.index(_e(p)) > page.index("Subject: ")
    assert modern == divs == images == gmail == replies == {True, False}


def test_weatherdesk_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh17.jsonl")
    wrapped, divs, widget_first, inline, videos, subs, counts = (set() for _ in range(7))
    box = r"<div class='(?:video-embed|inline-cta)'>.*?</div>"
    for built_page, article in zip(_pages("weatherdesk"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        order = ["We use cookies to remember your location", "Enter a town, city or postcode"]
        order += ["Maps and charts</a>", "<div class='warnings-banner' role='alert'>"]
        order += [" weather warnings in force.</strong> Yellow warning of "]
        order += ["Check the latest warnings before you travel", "<nav class='breadcrumb'>"]
        order += ["Press office</a></nav>", "<p class='kicker'>Press office</p>"]
        order += [f"<h1>{_e(article['title'])}</h1>", "<p class='meta'>Published: "]
        order += [f" | Author: {_e(article['author'])}</p>", "Share</button>", "Print</button>"]
        order += ["<div class='article-content'>", *_escaped(paragraphs)]
        order += ["<h2>Latest warnings</h2>", "Yellow warning</span>", "<h2>How we forecast</h2>"]
        order += ["Our forecasts start with millions of observations", "<h2>Related news</h2>"]
        order += ["<footer class='site-footer'>", "is the national weather service."]
        order += ["Open Government Licence"]
        assert _in_order(page, order)
        # The banner counts the warnings that the "Latest warnings" list then sets out.
        banner = re.search(r"<strong>(\d) weather warnings in force\.</strong>", page)
        listed = page.count("<span class='level level--yellow'>Yellow warning</span>")
        assert banner and int(banner[1]) == listed
        counts.add(listed)
        # The forecast widget: before the story, or after the "How we forecast" box.
        assert page.count("<div class='local-forecast'>") == 1
        assert "<h2>Your local forecast</h2>" in page and "Sunrise " in page
        widget = page.index("<div class='local-forecast'>")
        story = page.index("<div class='article-content'>")
        if widget > story:
            assert widget > page.index("<h2>How we forecast</h2>")
        widget_first.add(widget < story)
        # One box: a video or a call to action, between two whole text paragraphs or after
        # the story, still in the article.
        assert len(re.findall(box, page)) == 1
        body = _between(page, "<div class='article-content'>", "<section class='latest-warnings'>")
        found = re.search(box, body)
        assert found
        is_inline = found.start() < body.index(_e(paragraphs[-1]))
        if is_inline:
            openers = ("<p>", "<div class='text'>")
            _between_whole_paragraphs(body, found.start(), found.end(), openers)
        inline.add(is_inline)
        videos.add("<div class='video-embed'>" in body)
        body = re.sub(box, "", body)
        is_div = "<div class='text'>" in body
        body = re.sub(r"<div class='text'>(.*?)</div>", r"<p>\1</p>", body)
        assert _unbold(_bare(body, "p|h2|h3")) == _escaped(paragraphs)
        divs.add(is_div)
        subs.update(re.findall(r"<(h2|h3|strong)>(?:What the paper|How storms)", body))
        main = "<main id='content'>" in page
        assert main == ("<article class='news-article'>" in page)
        wrapped.add(main)
    assert wrapped == divs == widget_first == inline == videos == {True, False}
    assert subs == {"h2", "h3"}
    assert counts == {2, 3, 4}
