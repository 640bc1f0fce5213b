"""Fresh set 14: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import re
from datetime import datetime

from streams.bench import fresh8, fresh14, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import after as _between
from tests.bench.freshset import bare as _bare
from tests.bench.freshset import escaped as _escaped
from tests.bench.freshset import in_order as _in_order
from tests.bench.freshset import unbold as _unbold

TIME = r"\d{1,2}:\d\d [ap]\.m\."


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh14.build_fresh14, template)


def test_fourteenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    fresh, paragraphs = freshset.texts_as_promised(
        "fresh14.jsonl",
        ["When the pier could reopen", "How the school will be staffed"],
        told=("Reuters", "The Associated Press", "AFP"),
        datelines=range(6, 7),
        closing_quotes=3,
    )
    # One-sentence paragraphs of a few words, and one paragraph that is all quotation.
    for short in ("The band played on.", "All six turned up.", "The throw missed the stumps."):
        assert short in paragraphs
        assert len(short.split()) <= 5
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len(quotes) == 1 and len(quotes[0].split()) >= 40
    # Numbers and a time inside the story.
    assert any("2.7 million" in p for p in paragraphs)
    assert any("11:15 p.m." in p for p in paragraphs)
    # The new traps. Two speaker-labelled paragraphs in a row, as in a transcript.
    labelled = [p for p in paragraphs if re.match(r"[A-Z][a-z]+: [A-Z]", p)]
    assert [p.split(":")[0] for p in labelled] == ["Pryce", "Mendes"]
    assert labelled[1].startswith("Mendes: We were not told.")
    pier = next(a["paragraphs"] for a in fresh if labelled[0] in a["paragraphs"])
    assert pier.index(labelled[1]) == pier.index(labelled[0]) + 1
    # A timetable of six times in one sentence.
    timetable = [p for p in paragraphs if len(re.findall(TIME, p)) >= 6]
    assert len(timetable) == 1 and len(pages._SENTENCE.split(timetable[0])) == 1
    # A verdict as a paragraph of its own, and a scam text's words quoted inside a paragraph.
    assert "The jury found him guilty on all counts." in paragraphs
    scam = [p for p in paragraphs if '"Click here to pay now' in p]
    assert len(scam) == 1 and not scam[0].startswith('"')
    # Paragraphs that open like an ad label, a live update's time, a pin and a post footer.
    assert any(p.startswith('"Advertisement" must be') for p in paragraphs)
    assert any(re.match(rf"By {TIME}, ", p) for p in paragraphs)
    assert any(p.startswith("Pinned to the ") for p in paragraphs)
    assert any(p.startswith("Posted on a ") for p in paragraphs)


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text and leave every paragraph whole."""
    fresh = pages.articles("fresh14.jsonl")
    index = 7  # The pier story, with a subheading.
    sub = "When the pier could reopen"
    assert f"<h2>{sub}</h2>" in _pages("factcheck")[index].html
    assert f"<h4 class='subhead'>{sub}</h4>" in _pages("epaper")[index].html
    issue = _pages("issue")[index].html
    assert f"<strong>{sub}</strong></td>" in issue or f"{sub}</h3>" in issue
    for built_page, article in zip(_pages("factcheck"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        body = _between(page, "<div class='fc-story'>", "</div>")
        assert _bare(body, "p|h2") == _escaped(paragraphs)
        ruling = _between(page, "<h2>Our ruling</h2><p>", "</p>")
        assert ruling.startswith(_e(fresh8._lead_clause(paragraphs[0])))
    for built_page, article in zip(_pages("epaper"), fresh, strict=True):
        page = built_page.html
        cols = re.findall(
            r"<div class='col'>(?=<p class='section-label'>|<h3 class='jump-hed'>|<p>|<h4)"
            r"(.*?)</div>",
            page,
        )
        assert len(cols) == 3
        story = re.sub(
            r"<(p|h2|h3) class='(?:section-label|hed|byline|jump-hed|jump-from|jump)'>.*?</\1>"
            r"|<div class='jump'>Continued on Page A\d+",
            "",
            "".join(cols),
        )
        texts = re.findall(r"<(?:p|h4 class='subhead')>(.*?)</(?:p|h4)>", story)
        assert texts == _escaped(article["paragraphs"])
    for built_page, article in zip(_pages("issue"), fresh, strict=True):
        page = built_page.html
        if "border='0' class='story'>" in page:
            block = _between(page, "class='story'>", "</table>")
            assert "<p" not in block
            texts = re.findall(r"<td style='[^']*'>(.*?)</td>", block)
        else:
            block = _between(page, "<td class='story'", "</td>")
            texts = re.findall(r"<(?:p|h3) style='[^']*'>(.*?)</(?:p|h3)>", block)
        assert _unbold(texts) == _escaped(article["paragraphs"])


def test_liveupdates_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh14.jsonl")
    wrapped, app_first, contributed, strong, newer = set(), set(), set(), set(), set()
    for built_page, article in zip(_pages("liveupdates"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        author = _e(article["author"])
        published = datetime.fromisoformat(article["published"])
        order = ["Skip to content</a>", "Subscribe</a>", "Sign in</a>", "LIVE</p>"]
        order += [f"<h1>{_e(article['title'])}</h1>", "<p class='live-meta'>Updated "]
        order += [f"<p class='live-byline'>By {author}, ", "<section class='key-updates'><h2>"]
        order += [
            "<div class='live-feed'",
            "Pinned</span>",
            f"<time datetime='{published.isoformat()}'>",
        ]
        order += [f"{fresh14._clock(published)}</time>", "<h2 class='update-title'>"]
        order += [f"From {author}</p>", _e(paragraphs[0]), _e(paragraphs[-1])]
        order += ["Copy link</button>", "Share</button>", "Load more updates</button>"]
        order += ["<h2>Related coverage</h2>", "Times on this page are local to the story."]
        order += ["is not responsible for the content of external sites.", "All rights reserved."]
        assert _in_order(page, order)
        assert "Follow live updates on our app.</strong> Get the latest updates" in page
        # Key updates: the lead's first clause, two sentences lifted from the story (never a
        # whole paragraph) and a sentence of the newsroom's own.
        key = _between(page, "<section class='key-updates'>", "</section>")
        label = re.match(r"<h2>([^<]+)</h2>", key)
        assert label and label[1] in fresh14.KEY_LABELS
        bullets = re.findall(r"<li>(.*?)</li>", key)
        assert len(bullets) == 4
        assert bullets[0] == _e(fresh8._lead_clause(paragraphs[0]))
        story = " ".join(_escaped(paragraphs))
        assert _in_order(story, bullets[1:3])
        assert not set(bullets[1:3]) & set(_escaped(paragraphs))
        assert bullets[3] in {_e(x) for x in fresh14.KEY_EXTRAS}
        # The pinned card holds the story, whole and in order, before every other card.
        pinned = _between(page, "live-update--pinned'", "<div class='update-actions'>")
        heading = re.search(r"<h2 class='update-title'>([^<]+)</h2>", pinned)
        assert heading and heading[1] in fresh14.PINNED_HEADINGS
        body = _between(pinned, "<div class='update-body'>", "</div>")
        assert _unbold(_bare(body, "p|h3")) == _escaped(paragraphs)
        has_contrib = "<p class='contrib'><em>" in body
        if has_contrib:
            assert body.endswith(" contributed reporting.</em></p>")
            assert body.index(_e(paragraphs[-1])) < body.index("<p class='contrib'>")
        contributed.add(has_contrib)
        strong.add("<p><strong>" in body)
        # Three to five other cards, newest first, none of them story text.
        cards = re.findall(
            r"<(?:article|div) class='live-update' id='update-\d+' data-timestamp='([^']+)'>"
            r"<div class='update-meta'><time [^>]+>([^<]+)</time></div><h2 class='update-"
            r"title'>[^<]+</h2><p class='update-byline'>From [^<]+</p><div class='update-body'>"
            r"(.*?)</div>",
            page,
        )
        assert 3 <= len(cards) <= 5
        assert page.index("live-update--pinned") < page.index("class='live-update' id=")
        stamps = [datetime.fromisoformat(stamp) for stamp, _, _ in cards]
        assert stamps == sorted(stamps, reverse=True)
        assert all(
            clock == fresh14._clock(s) for s, (_, clock, _) in zip(stamps, cards, strict=True)
        )
        later = [s for s in stamps if s > published]
        assert stamps[: len(later)] == later and len(later) <= 1
        newer.add(len(later))
        for _, _, texts in cards:
            sentences = re.findall(r"<p>(.*?)</p>", texts)
            assert len(sentences) == 2 and all(s.endswith(".") for s in sentences)
            assert not any(s in story for s in sentences)
        assert f"Updated {fresh14._clock(max([published, *stamps]))}, " in page
        main = "<main id='main-content'>" in page
        assert main == ("<article class='live-update live-update--pinned'" in page)
        assert main == ("<article" in page) == ("<aside" in page)
        wrapped.add(main)
        app_first.add(page.index("Follow live updates on our app.") < page.index("Pinned</span>"))
    assert wrapped == app_first == contributed == strong == {True, False}
    assert newer == {0, 1}


def test_blogspot_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh14.jsonl")
    styles, wrapped, photos, tips, comments = set(), set(), set(), set(), set()
    for built_page, article in zip(_pages("blogspot"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        published = datetime.fromisoformat(article["published"])
        dated = f"{published:%A}, {published:%B} {published.day}, {published.year}"
        order = ["Next Blog&raquo;</a>", "Create Blog</a>", "Sign In</a>", "<h1 class='title'>"]
        order += ["<p class='description'><span>", "Send us a story</a>"]
        order += [f"<h2 class='date-header'><span>{dated}</span></h2>"]
        order += [f"<h3 class='post-title entry-title' itemprop='name'>{_e(article['title'])}"]
        order += ["<div class='post-body entry-content'", _e(paragraphs[0]), _e(paragraphs[-1])]
        order += [f"Posted by <span class='fn' itemprop='author'>{_e(article['author'])}</span>"]
        order += [f">{fresh14._blogger_time(published)}</abbr>", "Email This</span>"]
        order += ["BlogThis!</span>", "Share to X</span>", "Share to Facebook</span>"]
        order += ["Share to Pinterest</span>", "Labels: <a ", " comment", "Post a Comment</a>"]
        order += ["Comments are moderated", "Newer Post</a>", "Older Post</a>", "Home</a>"]
        order += ["Subscribe to: <a ", "Post Comments (Atom)</a>"]
        assert _in_order(page, order)
        sidebar = ["<h2 class='title'>About ", "We are not part of any newspaper group"]
        sidebar += ["<h2>Popular Posts</h2>", "<h2 class='title'>Follow by Email</h2>"]
        sidebar += ["<h2>Total Pageviews</h2>", "<h2>Blog Archive</h2>", "Report Abuse</a>"]
        assert _in_order(page, sidebar)
        assert _in_order(page, ["Report Abuse</a>", "Powered by <a", "Blogger</a>.", " theme."])
        heading = re.search(r"<h4>(No comments|1 comment|(\d) comments):</h4>", page)
        assert heading
        comments.add(heading[1])
        assert page.count("<dt class='comment-author'") == int(
            heading[2] or heading[1] != "No comments"
        )
        # The post body, in one of Blogger's three editor styles, whole and in order.
        body = _between(page, "articleBody'>", "<div style='clear: both;'></div></div>")
        photos.add("class='tr-caption-container'" in body)
        body = re.sub(r"<table align='center'.*?</table>", "", body)
        if "<p>" in body:
            style, texts = "p", _bare(body, "p|h3")
        elif '<div style="text-align: justify;">' in body:
            divs = re.findall(r'<div(?: style="text-align: justify;")?>(.*?)</div>', body)
            style, texts = "div", [d for d in divs if d != "<br />"]
        else:
            style, texts = "br", body.split("<br /><br />")
        assert "<br /><br />" not in body or style == "br"
        texts = _unbold(texts)
        ends = [t for t in texts if t.startswith("<i>")]
        assert texts[: len(paragraphs)] == _escaped(paragraphs)
        assert texts[len(paragraphs) :] == ends
        agency = fresh14._agency(paragraphs[0])
        if agency:
            assert ends[0] == f"<i>Source: {_e(pages.AGENCIES[agency])}</i>"
        assert len(ends) == bool(agency) + ("<i>Got a story for " in body)
        tips.add("<i>Got a story for " in body)
        styles.add(style)
        # This post's own snippet in "Popular Posts": the lead, cut short.
        snippet = fresh14._snippet(paragraphs[0])
        assert f"<div class='item-snippet'>{_e(snippet)}</div>" in page
        assert snippet.endswith(" ...") and paragraphs[0].startswith(snippet[:-4])
        assert len(re.findall(r"<div class='item-snippet'>", page)) == 3
        archive = _between(page, "<h2>Blog Archive</h2>", "</div>")
        assert f">{_e(article['title'])}</a></li>" in archive
        main = "<main " in page
        assert main == ("<article " in page) == ("<aside " in page)
        assert main == (page.index("Popular Posts") < page.index("post-title entry-title"))
        wrapped.add(main)
    assert styles == {"br", "div", "p"}
    assert wrapped == photos == tips == {True, False}
    assert len(comments) >= 3


def test_tgchannel_layout_carries_its_boilerplate() -> None:
    fresh = pages.articles("fresh14.jsonl")
    forwarded, previews, photos, polls, olders = set(), set(), set(), set(), set()
    for built_page, article in zip(_pages("tgchannel"), fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        published = datetime.fromisoformat(article["published"])
        title = _e(article["title"])
        start = f"<div class='tgme_widget_message_text js-message_text' dir='auto'><b>{title}</b>"
        order = ["placeholder='Search'", "<div class='tgme_header_title'>", " subscribers</div>"]
        order += ["View in Telegram</a>", "<section class='tgme_channel_history", "Read more</a>"]
        order += [start, _e(paragraphs[0]), _e(paragraphs[-1]), "Read on our website</a>"]
        order += ["#news</a>", "<div class='tgme_widget_message_reactions'>", " views</span>"]
        order += [f"<time datetime='{published.isoformat()}' class='time'>{published:%H:%M}"]
        order += ["</section>", "<section class='tgme_right_column'>", "subscribers</span>"]
        order += ["<div class='tgme_channel_info_description'>"]
        order += ["You are viewing a preview of this channel.", "Download the app</a>"]
        assert _in_order(page, order)
        # The story: one post, the headline in <b>, paragraphs between <br/><br/>.
        text = _between(page, start, "</div>")
        parts = text.split("<br/><br/>")
        assert parts[0] == ""
        assert re.fullmatch(
            r"<a href='[^']+' target='_blank' rel='noopener'>Read on our website</a>", parts[-2]
        )
        assert re.fullmatch(
            r"<a href='\?q=%23\w+'>#\w+</a> <a href='\?q=%23news'>#news</a>", parts[-1]
        )
        assert _unbold(parts[1:-2]) == _escaped(paragraphs)
        # Posts in order of their numbers and times; the story's is the one after the older ones.
        ids = [int(i) for i in re.findall(r"data-post='\w+/(\d+)'", page)]
        assert ids == list(range(ids[0], ids[0] + len(ids)))
        stamps = [datetime.fromisoformat(t) for t in re.findall(r"<time datetime='([^']+)'", page)]
        assert stamps == sorted(stamps) and len(stamps) == len(ids)
        position = stamps.index(published)
        before = page[: page.index(start)]
        heads = re.findall(r"dir='auto'><b>([^<]+)</b><br/><br/>", before)
        assert 2 <= len(heads) <= 4
        assert all(any(_e(t) == h for t, _ in fresh14.TG_POSTS) for h in heads)
        photo = "tgme_widget_message_photo_wrap" in before
        assert position == len(heads) + photo
        assert 1 <= len(ids) - position - 1 - ("Anonymous poll" in page) <= 3
        olders.add(len(heads))
        photos.add(photo)
        polls.add("Anonymous poll</div>" in page)
        has_forward = "Forwarded from <a" in page
        if has_forward:
            assert page.rindex("data-post=", 0, page.index(start)) < page.index("Forwarded from")
        forwarded.add(has_forward)
        has_preview = "<a class='tgme_widget_message_link_preview'" in page
        if has_preview:
            lead = _e(fresh8._lead_clause(paragraphs[0]))
            assert f"<div class='link_preview_description' dir='auto'>{lead}</div>" in page
        previews.add(has_preview)
    assert forwarded == previews == photos == polls == {True, False}
    assert olders == {2, 3, 4}
