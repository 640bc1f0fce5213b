"""Fresh set 10: its own promises and its new layouts' boilerplate (shared checks: test_clean)."""

from __future__ import annotations

import html
import re
from datetime import datetime

from streams.bench import fresh7, fresh10, pages
from streams.bench.pages import _e
from tests.bench import freshset
from tests.bench.freshset import from_mark as _between


def _pages(template: str) -> list[pages.Page]:
    return freshset.layout_pages(fresh10.build_fresh10, template)


def _escaped(paragraphs: list[str]) -> list[str]:
    return [html.escape(p, quote=False) for p in paragraphs if not fresh7._is_subheading(p)]


def _in_order(text: str, marks: list[str]) -> bool:
    at = [text.index(m) for m in marks]
    return at == sorted(at)


def test_tenth_fresh_set_has_the_texts_it_promises() -> None:
    """Straight quotes, and the special paragraphs the module docstring names."""
    _, paragraphs = freshset.texts_as_promised(
        "fresh10.jsonl",
        ["Where the bus will stop", "Which streets will go dark"],
        told=("Reuters",),
        datelines=range(4, 9),
        closing_quotes=1,
    )
    # A one-sentence paragraph of a few words, and a paragraph that is all quotation.
    assert "Half the village was there." in paragraphs
    assert "The vote was 31 to 12." in paragraphs
    quotes = [p for p in paragraphs if p.startswith('"') and p.endswith('"') and p.count('"') == 2]
    assert len([p for p in quotes if len(p.split()) >= 40]) == 1
    # Numbers and a time inside the story.
    assert any("2.4 million" in p for p in paragraphs)
    assert any("6:45 a.m." in p for p in paragraphs)
    # The new traps: story paragraphs that look like boilerplate or are shaped oddly.
    assert any(p.endswith("?") and not fresh7._is_subheading(p) for p in paragraphs)
    assert any(p.startswith("Read more than seven decades") for p in paragraphs)
    assert any(p.startswith("Copyright in Finland") for p in paragraphs)
    assert any(p.startswith("Cookies are small files") for p in paragraphs)
    assert any('clicked "Reject all"' in p for p in paragraphs)
    assert any("signed up for" in p and "newsletters" in p for p in paragraphs)
    assert any("sign up for a library card" in p for p in paragraphs)
    assert any(p.startswith("The company corrected its store count") for p in paragraphs)
    assert any(p.endswith(" the U.S.") for p in paragraphs)
    assert any(re.fullmatch(r"[^:]+: [a-z][^,]+, [^,]+ and [^,]+\.", p) for p in paragraphs)


def test_known_layouts_keep_the_texts_as_they_are() -> None:
    """The known layouts need nothing beside the text; their quirks leave paragraphs whole."""
    index = 3  # The mobile library, with a subheading.
    article = pages.articles("fresh10.jsonl")[index]
    radio = _pages("radio")[index].html
    assert "<p><strong>Where the bus will stop</strong></p>" in radio
    pressroom = _pages("pressroom")[index].html
    lead = _e(article["paragraphs"][0])
    assert "<h3>Where the bus will stop</h3>" in pressroom and lead in pressroom
    comments = _pages("comments")[index].html
    assert "".join(f"<p>{_e(p)}</p>" for p in article["paragraphs"]) in comments


def test_gallery_layout_carries_its_boilerplate() -> None:
    built = _pages("gallery")
    article = pages.articles("fresh10.jsonl")[8]
    paragraphs = article["paragraphs"]
    page = built[8].html
    total = len(_escaped(paragraphs))
    assert total == 10
    order = ["<span class='gl-kicker'>In pictures</span>", "<h1>", "Photographs by"]
    order += [f"{total} photos</span>", "<button>Fullscreen</button>", "<div class='gl-slides'>"]
    assert _in_order(page, order)
    counters = re.findall(r"<div class='gl-counter'>(\d+) / (\d+)</div>", page)
    assert counters == [(str(n), str(total)) for n in range(1, total + 1)]
    slides = re.findall(r"<div class='gl-slide' id='slide-\d+'>(.*?)</button></div></div>", page)
    assert len(slides) == total
    for slide, paragraph in zip(slides, _escaped(paragraphs), strict=True):
        caption = re.search(r"<span class='gl-caption'>(.*?)</span>", slide)
        assert caption and html.unescape(caption[1]) in fresh10.GALLERY_CAPTIONS
        assert f"alt='{fresh10._a(html.unescape(caption[1]))}'" in slide
        agencies = "|".join(fresh10.GALLERY_AGENCIES)
        assert re.search(
            rf"<span class='gl-credit'>Photo: [A-Z][a-z]+ [A-Z][a-z]+ / ({agencies})<", slide
        )
        assert _in_order(slide, ["<figure", "<figcaption>", f"<p>{paragraph}</p>", "Next photo"])
        assert "<button class='gl-prev'>Previous</button>" in slide
    texts = re.findall(r"<div class='gl-text'><p>(.*?)</p></div>", page)
    assert texts == _escaped(paragraphs)
    chapter = page.index("<h2 class='gl-chapter'>Which streets will go dark</h2>")
    assert page.index("id='slide-6'") < chapter < page.index("id='slide-7'")
    ad = page.index("<p>The gallery continues after this advertisement.</p>")
    assert any(
        page.index(f"id='slide-{n}'") < ad < page.index(f"id='slide-{n + 1}'") for n in (3, 4, 5)
    )
    after = page[page.index(_e(paragraphs[-1])) :]
    order = ["You have reached the end of this gallery.", "<h2>Up next</h2>"]
    order += ["<h2>Sponsored content</h2>", "All photographs are protected by copyright"]
    assert _in_order(after, order)
    assert (
        len(re.findall(r"photos</span><h3><a [^>]+>[^<]+</a></h3><p>[A-Z][^<]+\.</p>", after)) == 3
    )
    assert after.count("Paid content by ") == 3
    # Every page: the slides' texts are the story, whole and in order, in either wrapper.
    wrappers = set()
    for built_page in built:
        texts = re.findall(r"<div class='gl-text'><p>(.*?)</p></div>", built_page.html)
        assert texts == _escaped(built_page.truth)
        wrappers.add("<main id='main'><article class='gallery'>" in built_page.html)
        assert "<main" not in built_page.html or "<article class='gallery'>" in built_page.html
    assert wrappers == {True, False}


def test_wiki_layout_carries_its_boilerplate() -> None:
    built = _pages("wiki")
    fresh = pages.articles("fresh10.jsonl")
    legacy, archived, infobox = set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        site = re.search(r"From ([^<]+), the free news source you can write!</div>", page)
        assert site and site[1] in [s for s, _ in fresh10.WIKIS]
        published = datetime.fromisoformat(article["published"])
        dated = f"{published:%A}, {published:%B} {published.day}, {published.year}"
        output = _between(page, "<div class='mw-parser-output'>", "<div id='catlinks'")
        order = [f"<p><strong class='published'>{dated}</strong></p>", _e(paragraphs[0])]
        order += ["id='Related_news'>Related news</span>", "id='Sources'>Sources</span>"]
        assert _in_order(page, ["<h1 id='firstHeading'", site[0], "<div class='mw-parser-output'>"])
        assert _in_order(output, order)
        story = _between(output, "<strong class='published'>", "id='Related_news'")
        assert re.findall(r"<p>(.*?)</p>", story) == _escaped(paragraphs)
        for sub in filter(fresh7._is_subheading, paragraphs):
            assert re.search(
                rf"<h2><span class='mw-headline' id='[^']+'>{sub}</span><span class='mw-"
                r"editsection'><span class='mw-editsection-bracket'>\[</span><a [^>]+>edit</a>",
                story,
            )
        sources = _between(output, "id='Sources'", "</ul>")
        cited = re.findall(
            r"<li>[A-Z][^<]*\. \"<a [^>]+>[^<]+</a>\" &mdash; <i>[^<]+</i>, ", sources
        )
        wire = pages._DATELINE.match(paragraphs[0])
        assert len(cited) in ((3, 4) if wire else (2, 3))
        assert (f">{_e(article['title'])}</a>" in sources) == bool(wire)
        assert _between(output, "id='Related_news'", "id='Sources'").count("<li>") in (3, 4)
        after = page[page.index("<div id='catlinks'") :]
        order = ["Categories</a>: <ul>", f">{article['section']}</a></li>", "View history"]
        order += ["This page was last edited on", "Creative Commons Attribution 2.5 License"]
        order += [">Privacy policy</a>", f">About {site[1]}</a>", ">Disclaimers</a>"]
        assert _in_order(after, order)
        legacy.add("<div id='content' class='mw-body' role='main'>" in page)
        archived.add("This article has been archived and is no longer publicly editable." in page)
        infobox.add("<table class='infobox'>" in output)
        assert ("<main id='content'" in page) != ("<div id='content'" in page)
    assert legacy == archived == infobox == {True, False}


def test_bilingual_layout_carries_its_boilerplate() -> None:
    built = _pages("bilingual")
    fresh = pages.articles("fresh10.jsonl")
    langs, wrapped, inline, html_langs = set(), set(), set(), set()
    for built_page, article in zip(built, fresh, strict=True):
        page, paragraphs = built_page.html, article["paragraphs"]
        lang = "es" if "hreflang='es'" in page else "fr"
        words = fresh10.LANGUAGES[lang]
        langs.add(lang)
        html_lang = re.search(r"<html lang='(\w+)'>", page)
        assert html_lang
        html_langs.add(html_lang[1])
        order = [_e(words["cookie"]), _e(words["edition"]), "| <strong>EN</strong>"]
        order += [f">{_e(words['nav'][1])}</a>", "<h1>", f"By {_e(article['author'])}"]
        order += [f"{_e(words['switch'])}</a>", f"{_e(words['photo'])} "]
        order += ["<div class='article-body'>"]
        assert _in_order(page, order)
        body = _between(page, "<div class='article-body'>", "<p class='translation-note'>")
        newsletter = _e(words["newsletter"][1])
        inline.add(newsletter in body)
        assert page.count(newsletter) == 1
        box = re.search(r"<div class='newsletter-box'>.*?</form></div>", page)
        assert box
        assert re.findall(r"<p>(.*?)</p>", body.replace(box[0], "")) == _escaped(paragraphs)
        also = _between(body, "<aside class='related-inline'>", "</aside>")
        assert f"<h4>{_e(words['also'])}</h4>" in also and also.count("<li>") == 2
        assert body.index(_e(paragraphs[1])) < body.index(also) < body.index(_e(paragraphs[-1]))
        for sub in filter(fresh7._is_subheading, paragraphs):
            assert f"<h2>{sub}</h2>" in body
        after = page[page.index("<p class='translation-note'>") :]
        name = "Spanish" if lang == "es" else "French"
        assert re.match(
            rf"<p class='translation-note'><em>Translated from the {name} by [^.]+\. The original "
            r"version of this article was published in [^<]+ on [A-Z][a-z]+ \d{1,2}, 2026\.</em>",
            after,
        )
        order = [f"{_e(words['switch'])}</a></div>", _e(words["comments"][1])]
        order += [f"<h3>{_e(words['most'])}</h3>", _e(words["footer"])]
        assert _in_order(after, order)
        assert (newsletter in after) != (newsletter in body)
        assert len(re.findall(r"<ol>(?:<li><a [^>]+>[^<]+</a></li>){5}</ol>", after)) == 1
        wrapped.add("<main class='main'><article class='noticia'>" in page)
    assert langs == {"es", "fr"}
    assert wrapped == inline == {True, False}
    assert "en" in html_langs and html_langs - {"en"}
