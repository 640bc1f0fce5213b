"""Deterministic news pages around the bench's article texts, with their ground truth.

Five sets. The tuning set, `build()`, is the 13 texts of data/clean/articles.jsonl
in the five TEMPLATES: 65 pages, the ones the clean stage's rules were tuned on.
The held-out set, `build_heldout()`, is the 12 texts of data/clean/heldout.jsonl
in those five templates and in three more, HELDOUT_TEMPLATES, that differ in
structure: 96 pages. Its failures have since been looked at and are being fixed,
so it is held out no longer. The fresh set, `build_fresh()`, is the 12 texts of
data/clean/fresh.jsonl in three known layouts (FRESH_KNOWN) and in three new ones,
FRESH_TEMPLATES: 72 pages nobody has looked at. Nobody tunes on the fresh set; a
rule changed because of what it shows makes it a tuning set, and a new fresh set
has to be written.

Every template carries the boilerplate real sites carry (menus, cookie banners,
sign-up boxes, related teasers written as sentences, comments, copyright and
trademark footers, inline scripts) and is padded to about 50 KB. Two tuning
templates have no clear main block: a table layout with <br> paragraphs and a
"div soup" without <p> or <article>. The held-out ones are a story split by
inline "Read more:" links and a video player with its caption, a live blog of
timestamped <section> posts with "Key events" and a "Most read" sidebar, and an
AMP page with <amp-img>, heavy JSON-LD and a long cookie wall before the story.
The fresh ones are a metered paywall page (two paragraphs, a "Subscribe to
continue reading" box with prices, the rest in a gated <div>, a "free articles
left" banner), a print-friendly page (a legacy table of <td> cells with <font>
tags and <br><br> between paragraphs, no <p>, a byline in the story cell, site
links above and legal text below), and a magazine long-read (<div> paragraphs,
pull-quotes repeating a sentence of the story, a fact box <aside>, figures with
captions, an author bio and "Recommended" cards).
The second fresh set, `build_fresh2()`, was written before anyone looked at the
fresh set's failures, to take its place once they are fixed: the 12 texts of
data/clean/fresh2.jsonl (politics, business, science, sport, courts, weather,
culture, local news, an obituary, a Q&A interview of "Q:" and "A:" paragraphs,
key points as short "—" paragraphs, a story of many quotes) in three known
layouts (FRESH2_KNOWN) and in three new ones, FRESH2_TEMPLATES: 72 pages. The new
ones are a classic WordPress theme (div.post > div.entry-content with inline
"Related:" links, a wp-caption, share, "Like this" and Jetpack related blocks, an
author box, comments, pingbacks and a reply form, a sidebar of widgets with a text
widget and a tag cloud), a big publisher's page (a standfirst lifted from the
lead, the story split by a video player, a newsletter sign-up, a pull quote
<aside> repeating a sentence of the story and a "Most read" list, then "Most
viewed" and a long footer), and an aggregator's copy of a partner's story (a
<section> without <article>, <main> or <p>: a <div class="hl"> headline, <div>
paragraphs separated by <br>, "Source:" and "Originally published at" lines, a
sidebar of headlines with sources and times).
The third fresh set, `build_fresh3()`, was written before anyone looked at the
second fresh set's failures, to take its place once they are fixed: the 12 texts of
data/clean/fresh3.jsonl (transport, health, energy, a criminal trial with a quote
that runs over two paragraphs, agriculture, an election count, a space launch, a
strike, a museum opening, a fishing quota dispute with a "What happens next"
subheading as a paragraph of its own, a product recall, a flood) in three known
layouts (FRESH3_KNOWN) and in three new ones, FRESH3_TEMPLATES: 72 pages. The new
ones are a local TV station's page (a closings ticker, a video player with a "Show
transcript" button and a hidden transcript that repeats the lead in capitals, the
story in div.story-text with a "RELATED:" link, an app promotion, an agency credit
and a copyright line as <p>s of the same block, a weather widget with a seven-day
forecast, top stories, school closings and sponsored links), a Next.js page
(paragraphs as <div data-testid="paragraph"> of one or two <span>s in nested
wrappers with hashed css-* classes, "Advertisement" slots, a figure and a "Related
coverage" card between them, a print-edition line ("A version of this article
appears in print on ..."), a "Most shared" carousel, and the whole story again as
JSON in a __NEXT_DATA__ script), and a newswire's copy of a press release (the story
and, in the same block of <p>s, an "About" paragraph, a forward-looking statements
notice, a "Media contact:" block with phone and email and a "SOURCE" line, then
"Also from this source", similar releases and the wire's disclaimer).
The truth is the article's paragraphs; timestamps, captions, pull-quotes, fact
boxes, transcripts, links and an issuer's About and contact blocks are not.
`python -m streams.bench.pages DIR` writes the pages and a truth.jsonl for
inspection (the held-out set into DIR/heldout, the fresh sets into DIR/fresh,
DIR/fresh2 and DIR/fresh3; the fourth to eighteenth, streams.bench.fresh4 to fresh18, into
DIR/fresh4 to DIR/fresh18).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "clean"
TARGET_BYTES = 50_000

SITES = [
    "The Morning Ledger",
    "Daily Courier",
    "Northern Gazette",
    "Metro Wire",
    "The Observer Post",
]
SECTIONS = [
    "World",
    "Politics",
    "Business",
    "Markets",
    "Technology",
    "Science",
    "Health",
    "Sport",
    "Culture",
    "Opinion",
    "Travel",
    "Climate",
    "Education",
    "Video",
    "Podcasts",
]
TEASERS = [
    (
        "Ministers meet to discuss energy prices",
        "Energy ministers will meet in Vienna next week "
        "to discuss how to cap gas prices before the winter, officials said on Monday.",
    ),
    (
        "Storm leaves thousands without power",
        "More than 40,000 homes lost power overnight as "
        "winds of up to 120 km/h swept across the coast, the grid operator said.",
    ),
    (
        "Tech giant reports record profit",
        "Quarterly profit rose 31% as sales of cloud services "
        "grew faster than analysts had expected, the company said in a statement.",
    ),
    (
        "Opinion: Why cities need more trees",
        "Planting trees is the cheapest way to cool our "
        "streets in summer, and we should start this autumn, writes our columnist.",
    ),
    (
        "Football club sacks manager after defeat",
        "The club said it had parted ways with its "
        "manager after a fifth straight defeat left the team one point above relegation.",
    ),
    (
        "Scientists find new species of frog",
        "Researchers found the tiny frog in a cloud forest "
        "in Ecuador and say it may already be threatened by mining in the area.",
    ),
    (
        "Airline cancels flights amid strike",
        "The airline cancelled 180 flights on Friday as "
        "cabin crew walked out for a second day in a dispute over pay.",
    ),
    (
        "Museum returns artefacts to Nigeria",
        "The museum handed back 21 bronze sculptures that "
        "were taken by British soldiers in 1897, in a ceremony attended by the ambassador.",
    ),
]
COMMENTS = [
    (
        "riverside_dan",
        "This is exactly what happened last time and nobody learned anything. "
        "I have been saying this for years and nobody listens.",
    ),
    (
        "MaryK",
        "Great reporting, thank you. It would be good to know what the other side thinks "
        "about this before we all jump to conclusions.",
    ),
    (
        "old_timer_55",
        "I remember when things like this never happened. The whole system needs "
        "to be rebuilt from the ground up if you ask me.",
    ),
    (
        "j.b.",
        "Does anyone know where the figures in the fourth paragraph come from? They seem "
        "very different from what the statistics office published last month.",
    ),
]
MENU = [
    "Home",
    "News",
    "World",
    "Business",
    "Sport",
    "Culture",
    "Opinion",
    "Weather",
    "Newsletters",
    "Podcasts",
    "Subscribe",
    "Log in",
]


VIDEO_CAPTIONS = [
    "Watch: People at the scene describe what they saw",
    "Watch: Drone footage shows the scale of the problem",
    "Watch: Our correspondent explains what happens next",
    "Watch: What we know so far, in under two minutes",
]
PHOTO_CAPTIONS = [
    "The scene on the day the news broke",
    "Officials had warned about the risks for months",
    "Local people said they had expected the announcement",
    "A file picture taken earlier this year",
]
PHOTO_CREDITS = ["Getty Images", "Reuters", "EPA", "AFP via Getty Images", "Staff photographer"]
COOKIE_WALL = [
    "We and our 843 partners store and/or access information on a device, such as cookies, "
    "and process personal data, such as unique identifiers and standard information sent by a "
    "device, for personalised advertising and content, advertising and content measurement, "
    "audience research and services development.",
    "With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning. You may click to consent to our and our partners' "
    "processing as described above. Alternatively you may access more detailed information and "
    "change your preferences before consenting or to refuse consenting.",
    "Please note that some processing of your personal data may not require your consent, but "
    "you have a right to object to such processing. Your preferences will apply to this website "
    "only. You can change your preferences or withdraw your consent at any time by returning to "
    "this site and clicking the Privacy button at the bottom of the page.",
    "If you do not want to see personalised advertising, you can subscribe for less than the "
    "price of a coffee a week and read every story without tracking. Subscribers already "
    "signed in on another device can restore their access at any time.",
]
CONSENT_PURPOSES = [
    "Store and/or access information on a device",
    "Use limited data to select advertising",
    "Create profiles for personalised advertising",
    "Measure content performance",
    "Understand audiences through statistics or combinations of data from different sources",
    "Develop and improve services",
]


@dataclass(frozen=True)
class Page:
    name: str
    template: str
    html: str
    truth: list[str]
    article: dict[str, Any]


_OPENING_DOUBLE = re.compile(r'(?:^|(?<=[\s(\[]))"')
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'")
Template = Callable[[dict[str, Any], random.Random], str]


def articles(name: str = "articles.jsonl") -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build() -> list[Page]:
    """The tuning set, every article in every template: 13 articles x 5 templates = 65 pages."""
    return _build(articles(), TEMPLATES)


def build_typographic() -> list[Page]:
    """The tuning set with typographic quotes and dashes, as most newsrooms print their stories.

    For the speed figure: such lines cost the text hygiene more than plain ASCII ones.
    """
    return _build(
        [{**a, "paragraphs": list(map(curl, a["paragraphs"]))} for a in articles()], TEMPLATES
    )


def curl(text: str) -> str:
    """Straight quotes made typographic ("a" to “a”, it's to it’s), a spaced hyphen a dash."""
    text = _OPENING_DOUBLE.sub("\u201c", text).replace('"', "\u201d")
    text = _OPENING_SINGLE.sub("\u2018", text).replace("'", "\u2019")
    return text.replace(" - ", " \u2013 ")


def build_heldout() -> list[Page]:
    """The held-out set: 12 new articles x (5 tuning + 3 new templates) = 96 pages."""
    return _build(articles("heldout.jsonl"), {**TEMPLATES, **HELDOUT_TEMPLATES})


def build_fresh() -> list[Page]:
    """The fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set("fresh.jsonl", FRESH_KNOWN, FRESH_TEMPLATES, LAYOUTS[:2])


def build_fresh2() -> list[Page]:
    """The second fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set("fresh2.jsonl", FRESH2_KNOWN, FRESH2_TEMPLATES, LAYOUTS[:3])


def build_fresh3() -> list[Page]:
    """The third fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set("fresh3.jsonl", FRESH3_KNOWN, FRESH3_TEMPLATES, LAYOUTS)


def build_set(
    name: str,
    known: Iterable[str],
    new: dict[str, Template],
    older: Iterable[dict[str, Template]],
) -> list[Page]:
    """A fresh set: the texts of data/clean/`name` in older layouts, named, and in new ones."""
    pool = {n: template for layouts in older for n, template in layouts.items()}
    return _build(articles(name), {**{n: pool[n] for n in known}, **new})


def _build(texts: list[dict[str, Any]], templates: dict[str, Template]) -> list[Page]:
    pages = []
    for article in texts:
        for name, template in templates.items():
            rng = random.Random(f"{article['slug']}/{name}")
            page = template(article, rng)
            pages.append(
                Page(
                    f"{article['slug']}-{name}",
                    name,
                    _pad(page, rng),
                    article["paragraphs"],
                    article,
                )
            )
    return pages


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _head(a: dict[str, Any], site: str, rich: bool) -> str:
    meta = ""
    if rich:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "datePublished": a["published"],
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {"@type": "Organization", "name": site},
        }
        meta = (
            f'<meta property="og:title" content="{html.escape(a["title"])}">'
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{a["published"]}">'
            f'<meta name="author" content="{a["author"]}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        )
    return (
        f"<head><meta charset='utf-8'><title>{_e(a['title'])} | {site}</title>{meta}"
        "<style>body{font-family:Georgia,serif}.nav a{margin:0 4px}.ad{min-height:250px}"
        "</style><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer."
        "push(arguments)}gtag('js',new Date());</script></head>"
    )


def _menu(rng: random.Random) -> str:
    items = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    sub = "".join(f'<li><a href="/s/{s.lower()}">{s}</a></li>' for s in rng.sample(SECTIONS, 8))
    return f'<ul class="menu">{items}</ul><ul class="submenu">{sub}</ul>'


def _teasers(rng: random.Random, n: int, with_text: bool) -> str:
    out = []
    for title, text in rng.sample(TEASERS, n):
        blurb = f"<p>{_e(text)}</p>" if with_text else ""
        out.append(
            f'<div class="teaser"><h3><a href="/t/{rng.randrange(10**6)}">{_e(title)}'
            f"</a></h3>{blurb}</div>"
        )
    return "".join(out)


def _comments(rng: random.Random) -> str:
    items = "".join(
        f'<div class="c"><b>{u}</b><p>{_e(t)}</p><span>{rng.randrange(2, 59)} minutes ago</span>'
        "<a href='#'>Reply</a></div>"
        for u, t in rng.sample(COMMENTS, 3)
    )
    return f"<h3>{rng.randrange(12, 300)} Comments</h3>{items}"


def _paragraphs(a: dict[str, Any], tag: str = "p") -> list[str]:
    return [f"<{tag}>{_e(p)}</{tag}>" for p in a["paragraphs"]]


def modern(a: dict[str, Any], rng: random.Random) -> str:
    site = rng.choice(SITES)
    body = _paragraphs(a)
    body.insert(
        2,
        '<figure><img src="/i.jpg"><figcaption>A photo from the scene. '
        "Photo: Staff photographer</figcaption></figure>",
    )
    body.insert(4, '<div class="ad-slot">Advertisement</div>')
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body>"
        '<div class="cookie-consent"><p>We use cookies to give you the best experience on our '
        "website. By continuing you agree to our use of cookies.</p><button>Accept</button></div>"
        f"<header><a href='/' class='logo'>{site}</a><nav>{_menu(rng)}</nav></header>"
        f"<main><article><h1>{_e(a['title'])}</h1><p class='byline'>By {a['author']}</p>"
        f"<time datetime='{a['published']}'>{a['published'][:10]}</time>{''.join(body)}"
        "<div class='newsletter-box'><h4>Sign up for our Morning Briefing</h4><p>Get the day's "
        "top stories sent right to your inbox.</p><input type='email'></div>"
        "<div class='share'>Share this article <a href='#'>Facebook</a> <a href='#'>X</a></div>"
        f"</article><aside><h2>Related stories</h2>{_teasers(rng, 4, True)}</aside>"
        f"<section class='comments'>{_comments(rng)}</section></main>"
        f"<footer><p>© 2026 {site} Ltd. All rights reserved.</p><p>{site} is a registered "
        f"trademark of {site} Media Group.</p></footer></body></html>"
    )


def table(a: dict[str, Any], rng: random.Random) -> str:
    site = rng.choice(SITES)
    story = "<br><br>\n".join(_e(p) for p in a["paragraphs"])
    side = "".join(f'<a href="/{s}">{s}</a><br>' for s in rng.sample(SECTIONS, 10))
    return (
        f"<html>{_head(a, site, False)}<body><table width='100%'><tr><td colspan=2>"
        f"<font size=5>{site}</font> | <a href='/'>Home</a> | <a href='/print'>Print</a> | "
        f"<a href='/mail'>Email this story</a></td></tr><tr><td width='20%' valign='top'>{side}"
        f"<br>{_teasers(rng, 3, False)}</td><td valign='top'><font size=4><b>{_e(a['title'])}"
        f"</b></font><br>{a['author']} - {a['published'][:10]}<br><br><font size=2>{story}"
        f"</font><br><br>Related: {_teasers(rng, 2, True)}</td></tr><tr><td colspan=2>"
        f"<small>Copyright © 2026 {site}. All rights reserved.</small></td></tr></table>"
        "</body></html>"
    )


def div_soup(a: dict[str, Any], rng: random.Random) -> str:
    site = rng.choice(SITES)

    def cls() -> str:
        return f"css-{rng.randrange(16**5):05x}"

    blocks = [f'<div class="{cls()}">{_e(p)}</div>' for p in a["paragraphs"]]
    title, _ = rng.choice(TEASERS)
    blocks.insert(3, f'<div class="{cls()}"><a href="/x">Read more: {_e(title)}</a></div>')
    blocks.insert(1, f'<div class="{cls()}">ADVERTISEMENT</div>')
    return (
        f"<html>{_head(a, site, True)}<body><div class='{cls()}'>{_menu(rng)}</div>"
        f"<div class='{cls()}'><div class='{cls()}'>{_e(a['title'])}</div>"
        f"<div class='{cls()}'>By {a['author']}</div><div class='{cls()}'>{''.join(blocks)}"
        f"</div><div class='{cls()}'>Share on Facebook</div></div><div class='{cls()}'>"
        f"{_teasers(rng, 5, True)}</div><div class='{cls()}'>© {site}</div></body></html>"
    )


def teaser_box(a: dict[str, Any], rng: random.Random) -> str:
    site = rng.choice(SITES)
    lead = a["paragraphs"][0]
    summary = " ".join(lead.split()[:28]) + " ..."
    return (
        f"<!DOCTYPE html><html>{_head(a, site, True)}<body><nav>{_menu(rng)}</nav>"
        f"<div class='article-page'><h1>{_e(a['title'])}</h1>"
        f"<div class='summary'><h4>Key points</h4><p>{_e(summary)}</p></div>"
        f"<div class='article-body'>{''.join(_paragraphs(a))}</div>"
        f"<div class='author-bio'><p>{a['author']} is a correspondent for {site}. She has "
        "covered the region for more than ten years and previously worked in Brussels.</p></div>"
        "<p>Sign up for our newsletter</p><p>Receive breaking news and original analysis - sent "
        "right to your inbox.</p><p>Join the conversation</p><p>TOP</p>"
        f"<div class='more'><h2>More from {site}</h2>{_teasers(rng, 4, True)}</div></div>"
        f"<div id='footer'>{site} and {site} TV are registered trademarks of {site} Media, Inc."
        f"<br>© {site} Media, Inc. All Rights Reserved</div></body></html>"
    )


def comments_heavy(a: dict[str, Any], rng: random.Random) -> str:
    site = rng.choice(SITES)
    return (
        f"<html lang='en'>{_head(a, site, True)}<body><header>{site}</header>"
        f"<section><h1>{_e(a['title'])}</h1><p>{a['author']}</p>{''.join(_paragraphs(a))}"
        f"</section><section id='discussion'>{_comments(rng)}{_comments(rng)}</section>"
        f"<section>{_teasers(rng, 6, True)}</section><p>© 2026 {site}</p></body></html>"
    )


def read_more(a: dict[str, Any], rng: random.Random) -> str:
    """A story in component blocks, split by inline "Read more:" links and a video player."""
    site = rng.choice(SITES)
    credit = rng.choice(PHOTO_CREDITS)
    blocks = [f'<div data-component="text-block"><p>{_e(p)}</p></div>' for p in a["paragraphs"]]
    links = rng.sample(TEASERS, 4)
    video = (
        '<div data-component="video-block"><div class="media-player" data-playable="true">'
        f'<button aria-label="Play video">Play video, "{_e(links[3][0])}", Duration '
        f"{rng.randrange(1, 4)},{rng.randrange(10, 60)}</button><span>This video can not be "
        "played</span></div><p class='caption'><span class='visually-hidden'>Media caption, "
        f"</span>{_e(rng.choice(VIDEO_CAPTIONS))}</p></div>"
    )
    read = [
        f'<div data-component="links-block"><p><b>Read more:</b> <a href="/news/'
        f'{rng.randrange(10**8)}">{_e(title)}</a></p></div>'
        for title, _ in links[:2]
    ]
    more = "".join(f'<li><a href="/news/{rng.randrange(10**8)}">{_e(t)}</a></li>' for t, _ in links)
    blocks.insert(5, read[1])
    blocks.insert(3, video)
    blocks.insert(2, read[0])
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, site, True)}<body>"
        "<a class='skip-link' href='#main-content'>Skip to content</a>"
        f"<header role='banner'><a href='/' class='brand'>{site}</a><nav aria-label='Sections'>"
        f"{_menu(rng)}</nav><form role='search'><input placeholder='Search {site}'></form>"
        "</header><div id='main-wrapper'><main id='main-content' role='main'>"
        f"<div data-component='headline-block'><h1 id='main-heading'>{_e(a['title'])}</h1></div>"
        f"<div data-component='byline-block'><span>By {a['author']}</span><span>{a['section']} "
        f"correspondent</span></div><div data-component='timestamp-block'><time datetime="
        f"'{a['published']}'>Published {rng.randrange(2, 23)} hours ago</time></div>"
        "<div data-component='share-tools'><button>Share</button><button>Save</button></div>"
        "<div data-component='image-block'><figure><img src='/images/lead.jpg' alt=''>"
        f"<span class='credit'>IMAGE SOURCE, {credit}</span><figcaption><span class="
        f"'visually-hidden'>Image caption, </span>{_e(rng.choice(PHOTO_CAPTIONS))}</figcaption>"
        f"</figure></div>{''.join(blocks)}<div data-component='tag-list'><h2>Related Topics</h2>"
        f"<ul><li><a href='/topics/1'>{a['section']}</a></li><li><a href='/topics/2'>"
        f"{rng.choice(SECTIONS)}</a></li></ul></div></main><section data-component="
        f"'more-on-this-story'><h2>More on this story</h2><ul>{more}</ul></section>"
        f"<section class='top-stories'><h2>Top Stories</h2>{_teasers(rng, 3, True)}</section>"
        f"</div><footer role='contentinfo'>{_menu(rng)}<p>Copyright © 2026 {site}. {site} is "
        "not responsible for the content of external sites. Read about our approach to external "
        "linking.</p></footer></body></html>"
    )


def live_blog(a: dict[str, Any], rng: random.Random) -> str:
    """Timestamped posts in <section>s, oldest first, with key events and a "Most read" list."""
    site = rng.choice(SITES)
    reporters = [a["author"], rng.choice(["Sam Okafor", "Lena Brandt", "Tom Reyes"])]
    minute = rng.randrange(6 * 60, 10 * 60)
    posts, events = [], []
    paragraphs = list(a["paragraphs"])
    number = 0
    while paragraphs:
        take = 2 if len(paragraphs) > 2 and rng.random() < 0.3 else 1
        chunk, paragraphs = paragraphs[:take], paragraphs[take:]
        minute += rng.randrange(4, 38)
        stamp = f"{minute // 60:02d}:{minute % 60:02d}"
        if number % 3 == 1:
            teaser = " ".join(chunk[0].split()[:10])
            events.append(
                f'<li><a href="#post-{number}"><time>{stamp}</time> {_e(teaser)}</a></li>'
            )
        posts.append(
            f"<section class='live-post' id='post-{number}'><header><time datetime="
            f"'{a['published'][:11]}{stamp}:00'>{stamp} GMT</time><span class='contributor'>"
            f"{rng.choice(reporters)}</span></header><div class='post-body'>"
            f"{''.join(f'<p>{_e(p)}</p>' for p in chunk)}</div><footer><button>Share</button>"
            "<a href='#top'>Back to top</a></footer></section>"
        )
        if number == 2:
            posts.append("<div class='ad-slot'><span>Advertisement</span></div>")
        number += 1
    most_read = "".join(
        f'<li><a href="/news/{rng.randrange(10**7)}">{_e(t)}</a></li>'
        for t, _ in rng.sample(TEASERS, 5)
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body id='top'><header>"
        f"<a href='/' class='logo'>{site}</a><nav>{_menu(rng)}</nav></header>"
        "<div class='live-layout'><div class='live-main'><div class='live-header'>"
        f"<span class='badge'>LIVE</span><h1>{_e(a['title'])}</h1><p class='updated'>Updated "
        f"{rng.randrange(1, 59)} minutes ago</p></div><div class='key-events'><h2>Key events</h2>"
        f"<ul>{''.join(events)}</ul></div><div class='live-filter'><span>Sort by</span><button>"
        "Latest</button><button aria-pressed='true'>Oldest</button><button>Key events only"
        f"</button></div><div class='live-feed'>{''.join(posts)}</div><button class='load-more'>"
        "Load more updates</button><p class='live-note'>Live reporting by "
        f"{' and '.join(reporters)}. This page will be updated as the story develops.</p></div>"
        f"<aside class='sidebar'><h2>Most read</h2><ol>{most_read}</ol><div class='promo'>"
        "<h3>Get breaking news alerts</h3><p>Turn on notifications to get the biggest stories "
        "as they happen, on any device.</p><button>Turn on</button></div></aside></div>"
        f"<footer><p>© 2026 {site}. All rights reserved.</p><p>Terms of use | Privacy policy | "
        "Cookie settings | Accessibility help | Contact us</p></footer></body></html>"
    )


def amp(a: dict[str, Any], rng: random.Random) -> str:
    """An AMP page: amp-* elements, heavy JSON-LD, and a long cookie wall before the story."""
    site = rng.choice(SITES)
    host = f"https://www.{site.lower().replace(' ', '')}.example"
    url = f"{host}/{a['section'].lower()}/{a['slug']}-{rng.randrange(10**7)}"
    lead = " ".join(a["paragraphs"][0].split()[:24]) + "..."
    image = {"@type": "ImageObject", "url": f"{host}/img/{a['slug']}.jpg", "width": 1200}
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": a["title"],
            "description": lead,
            "image": [image, {**image, "width": 800}, {**image, "width": 400}],
            "datePublished": a["published"],
            "dateModified": a["published"],
            "author": [{"@type": "Person", "name": a["author"], "url": f"{host}/by/"}],
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {"@type": "ImageObject", "url": f"{host}/logo.png", "width": 600},
            },
            "articleSection": a["section"],
            "keywords": [a["section"], *rng.sample(SECTIONS, 4)],
            "isAccessibleForFree": False,
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".paywall",
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": host},
                {"@type": "ListItem", "position": 2, "name": a["section"], "item": url},
            ],
        },
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "url": host,
            "potentialAction": {
                "@type": "SearchAction",
                "target": f"{host}/search?q={{search_term_string}}",
                "query-input": "required name=search_term_string",
            },
        },
    ]
    scripts = "".join(
        f'<script async custom-element="amp-{c}" src="https://cdn.ampproject.org/v0/amp-{c}'
        '-0.1.js"></script>'
        for c in ("ad", "analytics", "consent", "sidebar", "social-share", "video")
    )
    analytics = json.dumps(
        {
            "vars": {"gtag_id": f"G-{rng.randrange(16**8):08X}"},
            "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        }
    )
    purposes = "".join(
        f"<li><label><input type='checkbox'> {_e(p)}</label></li>" for p in CONSENT_PURPOSES
    )
    body = [f"<p>{_e(p)}</p>" for p in a["paragraphs"]]
    body.insert(
        4,
        f"<amp-ad width='300' height='250' type='doubleclick' data-slot='/{rng.randrange(10**4)}"
        "/news/article'><div placeholder>Advertisement</div></amp-ad>",
    )
    body.insert(
        2,
        f"<figure><amp-img src='{host}/img/inline.jpg' width='800' height='450' layout="
        f"'responsive' alt='{html.escape(rng.choice(PHOTO_CAPTIONS))}'></amp-img><figcaption>"
        f"{_e(rng.choice(PHOTO_CAPTIONS))}. Photo: {rng.choice(PHOTO_CREDITS)}</figcaption>"
        "</figure>",
    )
    return (
        f"<!doctype html><html ⚡ lang='en'><head><meta charset='utf-8'><title>{_e(a['title'])}"
        f" - {site}</title><link rel='canonical' href='{url}'><meta name='viewport' content="
        "'width=device-width,minimum-scale=1,initial-scale=1'><script async src='https://"
        f"cdn.ampproject.org/v0.js'></script>{scripts}"
        + "".join(f'<script type="application/ld+json">{json.dumps(x)}</script>' for x in ld)
        + "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
        "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style "
        "amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript><style "
        "amp-custom>.consent-wall{position:fixed;inset:0}.amp-article{max-width:680px}</style>"
        "</head><body>"
        f"<div id='consent-wall' class='consent-wall' role='dialog'><h2>{site} values your "
        f"privacy</h2>{''.join(f'<p>{_e(t)}</p>' for t in COOKIE_WALL)}<ul>{purposes}</ul>"
        "<button>Accept all</button><button>Reject all</button><button>Manage options</button>"
        "<a href='/privacy#vendors'>View our 843 partners</a></div>"
        f"<amp-analytics type='gtag'><script type='application/json'>{analytics}</script>"
        "</amp-analytics><header class='amp-header'><button on='tap:sidebar.toggle'>Menu</button>"
        f"<a href='{host}'>{site}</a></header><amp-sidebar id='sidebar' layout='nodisplay' "
        f"side='left'><nav>{_menu(rng)}</nav></amp-sidebar><article class='amp-article'><header>"
        f"<div class='kicker'>{a['section']}</div><h1>{_e(a['title'])}</h1><div class='byline'>"
        f"By <a rel='author' href='{host}/by/'>{a['author']}</a> | <time datetime="
        f"'{a['published']}'>{a['published'][:10]}</time></div></header><figure><amp-img "
        f"src='{host}/img/{a['slug']}.jpg' width='1200' height='675' layout='responsive' alt="
        f"'{html.escape(a['title'])}'></amp-img><figcaption>"
        f"{_e(rng.choice(PHOTO_CAPTIONS))}</figcaption></figure><div class='share'>"
        "<amp-social-share type='facebook'></amp-social-share>"
        "<amp-social-share type='twitter'></amp-social-share><amp-social-share type='email'>"
        f"</amp-social-share></div><div class='article-body paywall'>{''.join(body)}</div>"
        f"<div class='tags'>Topics: <a href='/t/1'>{a['section']}</a> <a href='/t/2'>"
        f"{rng.choice(SECTIONS)}</a></div><section class='recommended'><h2>Recommended</h2>"
        f"{_teasers(rng, 3, True)}</section></article><footer class='amp-footer'><p>© 2026 "
        f"{site}. All rights reserved.</p><a href='{url}'>View full site</a> <a href='/privacy'>"
        "Privacy policy</a> <a href='/cookies'>Cookie settings</a></footer></body></html>"
    )


PLANS = [
    ("Digital", "$1 for your first 4 weeks", "then $4.99 a week. Cancel anytime."),
    ("Digital + Print", "$3 a week for 12 weeks", "then $9.99 a week, billed every four weeks."),
    ("All Access", "$79 for your first year", "then $199 a year, app and archive included."),
]
LEGAL = [
    "This material may not be published, broadcast, rewritten or redistributed in whole or in "
    "part without the express written permission of the publisher. Use of this site constitutes "
    "acceptance of our User Agreement (updated 1/1/26) and Privacy Policy and Cookie Statement.",
    "Your California Privacy Rights / Privacy Policy. Do Not Sell or Share My Personal "
    "Information. The material on this site may not be reproduced, distributed, transmitted, "
    "cached or otherwise used, except with the prior written permission of the publisher.",
    "Reprints and permissions: for copies of this article for distribution to colleagues, "
    "clients or customers, or to order a presentation-ready copy, contact our reprints desk. "
    "Community rules apply to all content you upload or otherwise submit to this site.",
]
BIO = [
    "is a freelance writer who has reported from more than 30 countries. Her work has appeared "
    "in several international magazines, and her first book is due out next spring.",
    "is a former foreign correspondent and a contributing editor of the magazine. He lives "
    "between Lisbon and Cape Town and is working on a book about rivers.",
]
PHOTOGRAPHERS = ["Ana Ferreira", "Tomasz Wilk", "Kofi Mensah", "Yuki Sato", "Lars Eriksen"]
LONG_READS = [
    ("The last ferrymen of the delta", "A way of life is vanishing as bridges reach the islands."),
    ("Inside the race to map the ocean floor", "Less than a third of the seabed has been charted."),
    ("What the salt flats remember", "Miners, scientists and a town that refuses to move."),
    ("The quiet revolution in school kitchens", "How one region changed what 40,000 pupils eat."),
]
_SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")
_DATELINE = re.compile(r"^[A-Z][^()]{0,40}\([A-Za-z]+\)\s*[-—]\s*")


def paywall(a: dict[str, Any], rng: random.Random) -> str:
    """A metered page: two paragraphs, a subscribe box with prices, then the gated rest."""
    site = rng.choice(SITES)
    lede, rest = a["paragraphs"][:2], a["paragraphs"][2:]
    plans = "".join(
        f"<li class='offer-plan'><strong>{name}</strong><span class='offer-price'>{price}</span>"
        f"<small>{terms}</small><button>Choose {name}</button></li>"
        for name, price, terms in PLANS
    )
    gate = rng.randrange(10**6)
    gated = "".join(f"<p class='tp-para rz-{gate:06d}'>{_e(p)}</p>" for p in rest)
    return (
        f"<!DOCTYPE html><html lang='en-US'>{_head(a, site, True)}<body class='meter-active'>"
        "<div class='meter-banner' role='status'><span>You have 2 free articles left this "
        "month.</span> <a href='/subscribe?src=meter'>Subscribe for unlimited access</a> "
        "<button aria-label='Dismiss'>×</button></div>"
        f"<header class='site-head'><a href='/' class='masthead'>{site}</a><nav>{_menu(rng)}"
        "</nav></header><main class='story-wrap'><div class='story-header'>"
        f"<span class='section-label'>{a['section']}</span><h1>{_e(a['title'])}</h1>"
        f"<div class='story-meta'><span class='author'>By {a['author']}</span> <time "
        f"datetime='{a['published']}'>Updated {a['published'][:10]}</time> <span>"
        f"{rng.randrange(3, 9)} min read</span></div></div><div class='story-lede'>"
        f"{''.join(f'<p>{_e(p)}</p>' for p in lede)}</div>"
        "<div class='offer-modal' id='regwall' role='dialog'><h3>Subscribe to continue reading"
        f"</h3><p>Get unlimited access to {site} journalism, including the app, newsletters "
        f"and the archive since 1921.</p><ul class='offer-plans'>{plans}</ul><p class='offer-"
        "login'>Already a subscriber? <a href='/login'>Log in</a></p><p class='offer-fine'>"
        "Offer for new subscribers only. Taxes may apply. Your subscription renews "
        "automatically until you cancel.</p></div>"
        f"<div class='tp-container-inner rz-gated' data-meter-gate='{gate}'>"
        f"<div class='gtd-row'>{gated}</div></div><div class='gift-bar'><button>Gift this "
        "article</button><span>Subscribers can share 10 free articles each month</span></div>"
        f"<section class='more-section'><h2>More in {a['section']}</h2>{_teasers(rng, 4, True)}"
        "</section></main><footer class='site-foot'><p>"
        f"© 2026 {site}. All rights reserved.</p><p>{_e(LEGAL[0])}</p><p>Subscriber services | "
        "Manage my account | Help centre | Terms of sale</p></footer></body></html>"
    )


def print_page(a: dict[str, Any], rng: random.Random) -> str:
    """A print-friendly page: a legacy table, <font> tags, <br><br> between paragraphs, no <p>."""
    site = rng.choice(SITES)
    half = (len(a["paragraphs"]) + 1) // 2
    cells = [
        "<br><br>\n".join(_e(p) for p in part)
        for part in (a["paragraphs"][:half], a["paragraphs"][half:])
    ]
    links = " | ".join(f"<a href='/{m.lower()}'>{m}</a>" for m in MENU[:9])
    url = f"http://www.{site.lower().replace(' ', '')}.example/{a['slug']}.html"
    legal = "<br><br>".join(_e(t) for t in LEGAL)
    return (
        f"<html><head><title>{_e(a['title'])}</title></head><body bgcolor='#ffffff' "
        "onload='window.print()'><table width='640' border='0' cellpadding='4' cellspacing='0'>"
        f"<tr><td><font face='Arial' size='1'>{links}</font></td></tr><tr><td><font "
        f"face='Times New Roman' size='5'><b>{site}</b></font><br><font face='Arial' size='1'>"
        "PRINTER-FRIENDLY VERSION | <a href='javascript:window.close()'>Close window</a>"
        f"</font><hr></td></tr><tr><td><font face='Arial' size='4'><b>{_e(a['title'])}</b>"
        f"</font><br><font face='Arial' size='2'><i>By {a['author']}, {site} staff writer"
        f"</i><br>{a['published'][:10]}</font><br><br><font face='Georgia' size='3'>"
        f"{cells[0]}</font></td></tr><tr><td><font face='Georgia' size='3'>{cells[1]}</font>"
        f"</td></tr><tr><td><hr><font face='Arial' size='1'>Article URL: {url}<br><br>{legal}"
        f"<br><br>Copyright © 1996-2026 {site}. All rights reserved.</font></td></tr></table>"
        "</body></html>"
    )


def long_read(a: dict[str, Any], rng: random.Random) -> str:
    """A magazine long-read: <div> paragraphs, pull-quotes, a fact box, figures, bio, cards."""
    site = rng.choice(SITES)
    paragraphs = a["paragraphs"]
    sentences = [
        s for p in paragraphs[1:] for s in _SENTENCE.split(p) if 10 <= len(s.split()) <= 40
    ]
    quotes = rng.sample(sentences, min(2, len(sentences)))
    facts = [" ".join(s.split()[:14]) for s in sentences if any(c.isdigit() for c in s)][:4]
    shot = rng.choice(PHOTOGRAPHERS)
    blocks = [f"<div class='lr-text'>{_e(p)}</div>" for p in paragraphs]

    def figure(n: int) -> str:
        return (
            f"<figure class='lr-figure'><picture><source srcset='/lr/{a['slug']}-{n}.webp'>"
            f"<img src='/lr/{a['slug']}-{n}.jpg' alt='' loading='lazy'></picture><figcaption>"
            f"{_e(rng.choice(PHOTO_CAPTIONS))}. <span class='credit'>Photograph: {shot} for "
            f"{site}</span></figcaption></figure>"
        )

    def pullquote(text: str) -> str:
        return f"<blockquote class='pullquote'><p>{_e(text)}</p></blockquote>"

    factbox = (
        "<aside class='factbox'><h4>At a glance</h4><ul>"
        + "".join(f"<li>{_e(f)}</li>" for f in facts)
        + f"<li>Section: {a['section']}</li></ul></aside>"
    )
    blocks.insert(6, pullquote(quotes[-1]))
    blocks.insert(4, figure(2))
    blocks.insert(3, factbox)
    blocks.insert(2, pullquote(quotes[0]))
    cards = "".join(
        f"<div class='rec-card'><img src='/rec/{rng.randrange(10**5)}.jpg' alt=''><span "
        f"class='rec-kicker'>The long read</span><h3><a href='/longread/{rng.randrange(10**6)}'>"
        f"{_e(t)}</a></h3><p>{_e(d)}</p><span class='rec-time'>{rng.randrange(9, 31)} min read"
        "</span></div>"
        for t, d in rng.sample(LONG_READS, 3)
    )
    bio = rng.randrange(len(BIO))
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body class='longform'>"
        f"<header class='mag-head'><a href='/' class='wordmark'>{site} Magazine</a><nav>"
        f"{_menu(rng)}</nav></header><div class='lr-hero'>{figure(1)}</div>"
        f"<div class='lr-story'><div class='lr-kicker'>The long read</div><h1 class='lr-title'>"
        f"{_e(a['title'])}</h1><div class='lr-byline'>Words by {a['author']} · Photographs by "
        f"{shot} · {rng.randrange(12, 25)} min read</div><div class='lr-share'><button>Share"
        f"</button><button>Save for later</button><button>Listen</button></div>"
        f"<div class='lr-body'>{''.join(blocks)}</div><div class='lr-bio'><img src='/authors/"
        f"{a['slug']}.jpg' alt=''><div>{a['author']} {_e(BIO[bio])}</div></div>"
        "<div class='lr-end'>This article was amended on the day of publication to correct a "
        "spelling error. Do you have an opinion on the issues raised in this piece? Send us a "
        "letter of up to 300 words for our letters section.</div></div>"
        f"<section class='recommended'><h2>Recommended</h2><div class='rec-grid'>{cards}</div>"
        f"</section><footer><p>© 2026 {site}. All rights reserved.</p><p>{_e(LEGAL[2])}</p>"
        "</footer></body></html>"
    )


WP_CATEGORIES = [
    "Community",
    "Council",
    "Features",
    "Letters",
    "Local news",
    "Photos",
    "Uncategorized",
    "What's on",
]
WP_TAGS = [
    "budget",
    "community",
    "elections",
    "environment",
    "events",
    "health",
    "history",
    "housing",
    "interview",
    "planning",
    "schools",
    "sport",
    "transport",
    "weather",
]
WP_BLOGROLL = [
    "Around the Parish",
    "The Allotment Diaries",
    "Council Watch",
    "Photos From The Ridge",
    "Slow Train Home",
]
WP_COMMENTS = [
    (
        "Keith W.",
        "Thanks for posting this. The local paper only ran two lines on it, so this is the "
        "first time I have seen the whole story.",
    ),
    (
        "Ros",
        "Shared this with our residents' group. Could you do a follow-up in a few months to see "
        "whether any of it actually happened?",
    ),
    (
        "ex_pat_in_spain",
        "Reading this from abroad and it is the first I have heard of it. Keep up the good work, "
        "this blog is better than most of the papers.",
    ),
    (
        "D. Armitage",
        "Small correction: the meeting was on the Tuesday, not the Wednesday. Otherwise a very "
        "fair summary of what was said.",
    ),
]
PINGBACKS = [
    ("Sunday links: what we read this week", "The Ledger Lines"),
    ("Morning round-up, part 212", "Notes From The Towpath"),
    ("Worth your time: five stories from the week", "The Weekly Digest"),
]
WP_BIO = (
    "writes about local politics, business and anything else our readers send in. Tips and "
    "corrections are always welcome through the contact page."
)
MOST_READ = [
    "Police appeal for witnesses after lorry crash closes motorway for nine hours",
    "The 10 best budget hotels by the sea, chosen by our readers",
    "Pensioner wins battle with energy firm over £3,000 bill",
    "Why are so many young people giving up alcohol? Our readers explain",
    "Five things to watch in the markets this week",
    "Train timetable changes: what they mean for your commute",
    "Live: follow the latest from the conference in Geneva",
]
VIDEO_TITLES = [
    "'It felt like the ground was moving': witnesses describe the moment",
    "How the decision was made, explained in three minutes",
    "From the archive: the story that started it all",
    "Our reporter on what happens next",
]
FOOTER_LINKS = [
    "About us",
    "Contact us",
    "Complaints and corrections",
    "SecureDrop",
    "Work for us",
    "Privacy settings",
    "Privacy policy",
    "Cookie policy",
    "Terms and conditions",
    "Help",
    "All topics",
    "All writers",
    "Modern Slavery Act",
    "Tax strategy",
    "Digital newspaper archive",
    "Newsletters",
    "Advertise with us",
    "Search jobs",
    "Accessibility settings",
    "Facebook",
    "Instagram",
    "YouTube",
    "LinkedIn",
    "Bluesky",
]
AGGREGATORS = ["NewsPulse", "Headline Hub", "Wirefeed Daily"]
AGENCIES = {"Reuters": "Reuters", "AP": "The Associated Press", "AFP": "AFP"}
WIRE_HEADLINES = [
    ("Oil steadies as traders weigh supply cuts against weak demand", "Reuters"),
    ("Rescuers search for missing hikers after landslide in the Andes", "AFP"),
    ("Parliament passes bill to lower the voting age to 16", "The Associated Press"),
    ("Central bank holds rates, signals cut later this year", "Reuters"),
    ("Heatwave forces schools to close early in three regions", "AFP"),
    ("Striking nurses to return to work after pay deal", "The Associated Press"),
    ("Chipmaker shares jump on new factory plans", "Reuters"),
    ("Thousands march in capital to demand cleaner air", "AFP"),
    ("Champions League: holders knocked out on penalties", "The Associated Press"),
    ("Wildfire smoke brings hazy skies to cities hundreds of miles away", "Reuters"),
]
TRENDING = ["Elections", "Interest rates", "Heatwave", "Champions League", "AI", "Housing"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def _date(a: dict[str, Any]) -> tuple[int, int, int, str]:
    """Year, month, day and the "H:MM am" time of the article, as written on the page."""
    year, month, day = (int(x) for x in a["published"][:10].split("-"))
    hour, minute = int(a["published"][11:13]), a["published"][14:16]
    clock = f"{(hour - 1) % 12 + 1}:{minute} {'am' if hour < 12 else 'pm'}"
    return year, month, day, clock


def wordpress(a: dict[str, Any], rng: random.Random) -> str:
    """A classic WordPress theme: div.post > div.entry-content, widgets, pingbacks, comments."""
    site = rng.choice(SITES)
    year, month, day, clock = _date(a)
    when = f"{_MONTHS[month - 1]} {day}, {year}"
    post = rng.randrange(1000, 99999)
    base = f"https://{site.lower().replace(' ', '')}.example"
    link = f"{base}/{year}/{month:02d}/{day:02d}/{a['slug']}/"
    category, *others = rng.sample(WP_CATEGORIES, 4)
    tags = rng.sample(WP_TAGS, 3)
    related = rng.sample(TEASERS, 5)

    def permalink(title: str) -> str:
        return f"{base}/{year}/{len(title) % 12 + 1:02d}/{_slug(title)}/"

    body = _paragraphs(a)
    inline = [
        f"<p><strong>Related:</strong> <a href='{permalink(t)}'>{_e(t)}</a></p>"
        for t, _ in related[:2]
    ]
    body.insert(min(5, len(body) - 1), inline[1])
    body.insert(
        2,
        f"<div id='attachment_{post + 1}' class='wp-caption aligncenter' style='width: 610px'>"
        f"<img class='size-large wp-image-{post + 1}' src='{base}/wp-content/uploads/{year}/"
        f"{month:02d}/{a['slug']}-1024x683.jpg' alt='' width='600' height='400'><p class='wp-"
        f"caption-text'>{_e(rng.choice(PHOTO_CAPTIONS))} (Photo: {rng.choice(PHOTO_CREDITS)})"
        "</p></div>",
    )
    body.insert(2, inline[0])
    share = "".join(
        f"<li class='share-{s.lower()}'><a rel='nofollow noopener noreferrer' class='share-"
        f"{s.lower()} sd-button share-icon' href='{link}?share={s.lower()}' target='_blank'>"
        f"<span>{s}</span></a></li>"
        for s in ("Facebook", "X", "WhatsApp", "Email", "Print")
    )
    jetpack = "".join(
        f"<div class='jp-relatedposts-post'><h4 class='jp-relatedposts-post-title'><a href="
        f"'{permalink(t)}'>{_e(t)}</a></h4><p class='jp-relatedposts-post-excerpt'>{_e(x)}</p>"
        f"<p class='jp-relatedposts-post-context'>In \"{rng.choice(WP_CATEGORIES)}\"</p></div>"
        for t, x in related[2:]
    )
    comments = "".join(
        f"<li class='comment even thread-even depth-1' id='li-comment-{post * 10 + i}'><div "
        f"id='comment-{post * 10 + i}'><div class='comment-author vcard'><img alt='' src='"
        f"https://secure.gravatar.com/avatar/{rng.randrange(16**12):012x}?s=40&amp;d=mm' class="
        f"'avatar avatar-40 photo' height='40' width='40'><cite class='fn'>{_e(user)}</cite> "
        "<span class='says'>says:</span></div><div class='comment-meta commentmetadata'><a "
        f"href='{link}#comment-{post * 10 + i}'>{_MONTHS[month - 1]} {day}, {year} at "
        f"11:{rng.randrange(10, 60)} pm</a></div><div class='comment-"
        f"body'><p>{_e(text)}</p></div><div class='reply'><a rel='nofollow' class='comment-"
        f"reply-link' href='#comment-{post * 10 + i}'>Reply</a></div></div></li>"
        for i, (user, text) in enumerate(rng.sample(WP_COMMENTS, 3))
    )
    pings = "".join(
        f"<li class='post pingback'><p>Pingback: <a href='https://{blog.lower().replace(' ', '')}"
        f".example/{rng.randrange(10**5)}/' rel='external nofollow ugc' class='url'>{_e(t)} | "
        f"{_e(blog)}</a></p></li>"
        for t, blog in rng.sample(PINGBACKS, 2)
    )
    months = "".join(
        f"<li><a href='{base}/{year - (month - k <= 0)}/{(month - k - 1) % 12 + 1:02d}/'>"
        f"{_MONTHS[(month - k - 1) % 12]} {year - (month - k <= 0)}</a></li>"
        for k in range(12)
    )
    cats = "".join(
        f"<li class='cat-item cat-item-{i + 2}'><a href='{base}/category/"
        f"{_slug(c)}/'>{_e(c)}</a> ({rng.randrange(3, 400)})</li>"
        for i, c in enumerate(WP_CATEGORIES)
    )
    cloud = " ".join(
        f"<a href='{base}/tag/{t}/' class='tag-cloud-link tag-link-{i + 10}' style='font-size: "
        f"{rng.choice((8, 9.5, 11, 13.2, 16, 22))}pt;' aria-label='{t} ({rng.randrange(2, 90)} "
        f"items)'>{t}</a>"
        for i, t in enumerate(WP_TAGS)
    )
    recent = "".join(
        f"<li><a href='{permalink(t)}'>{_e(t)}</a></li>" for t, _ in rng.sample(TEASERS, 5)
    )
    recent_comments = "".join(
        f"<li class='recentcomments'><span class='comment-author-link'>{_e(u)}</span> on <a "
        f"href='{permalink(t)}#comments'>{_e(t)}</a></li>"
        for (u, _), (t, _) in zip(
            rng.sample(WP_COMMENTS + COMMENTS, 4), rng.sample(TEASERS, 4), strict=True
        )
    )
    blogroll = "".join(
        f"<li><a href='https://{b.lower().replace(' ', '')}.example/'>{_e(b)}</a></li>"
        for b in WP_BLOGROLL
    )
    menu = "".join(
        f"<li class='menu-item menu-item-type-taxonomy'><a href='{base}/{m.lower()}/'>{m}</a></li>"
        for m in MENU[:8]
    )
    prev_title, next_title = (t for t, _ in rng.sample(TEASERS, 2))
    nav = (
        f"<div class='nav-previous'><a href='{permalink(prev_title)}' rel='prev'><span class="
        f"'meta-nav'>&larr;</span> {_e(prev_title)}</a></div><div class='nav-next'><a href="
        f"'{permalink(next_title)}' rel='next'>{_e(next_title)} <span class='meta-nav'>&rarr;"
        "</span></a></div>"
    )
    tagged = ", ".join(f"<a href='{base}/tag/{t}/' rel='tag'>{t}</a>" for t in tags)
    head = _head(a, site, False).removesuffix("</head>")
    return (
        f"<!DOCTYPE html><html lang='en-US'>{head}<meta name='generator' "
        f"content='WordPress 6.5.2'><link rel='pingback' href='{base}/xmlrpc.php'><link rel="
        f"'alternate' type='application/rss+xml' title='{site} &raquo; Feed' href='{base}/feed/'>"
        f"<link rel='stylesheet' id='twentyten-style-css' href='{base}/wp-content/themes/"
        "twentyten/style.css?ver=20240402' media='all'><script>window._wpemojiSettings="
        '{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/",'
        '"ext":".png"};</script></head>'
        f"<body class='post-template-default single single-post postid-{post} single-format-"
        f"standard'><div id='wrapper' class='hfeed'><div id='header'><div id='masthead'><div "
        f"id='branding' role='banner'><div id='site-title'><span><a href='{base}/' title='{site}'"
        f" rel='home'>{site}</a></span></div><div id='site-description'>Independent local news "
        "and views, run by volunteers since 2009</div><img src='"
        f"{base}/wp-content/uploads/header.jpg' width='940' height='198' alt=''></div><div "
        "id='access' role='navigation'><div class='skip-link screen-reader-text'><a href="
        "'#content' title='Skip to content'>Skip to content</a></div><div class='menu-header'>"
        f"<ul id='menu-main' class='menu'>{menu}</ul></div></div></div></div>"
        "<div id='main'><div id='container'><div id='content' role='main'>"
        f"<div id='nav-above' class='navigation'>{nav}</div>"
        f"<div id='post-{post}' class='post-{post} post type-post status-publish format-standard "
        f"hentry category-{_slug(category)}'><h1 class='entry-title'>"
        f"{_e(a['title'])}</h1><div class='entry-meta'><span class='meta-prep meta-prep-author'>"
        f"Posted on</span> <a href='{link}' title='{clock}' rel='bookmark'><span class='entry-"
        f"date'>{when}</span></a> <span class='meta-sep'>by</span> <span class='author vcard'>"
        f"<a class='url fn n' href='{base}/author/{a['author'].split()[0].lower()}/' title='View "
        f"all posts by {a['author']}'>{a['author']}</a></span></div>"
        f"<div class='entry-content'>{''.join(body)}<div class='sharedaddy sd-sharing-enabled'>"
        "<div class='robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing'><h3 "
        f"class='sd-title'>Share this:</h3><div class='sd-content'><ul>{share}</ul></div></div>"
        "</div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper'><h3 class="
        "'sd-title'>Like this:</h3><div class='likes-widget-placeholder post-likes-widget-"
        "placeholder'><span class='button'><span>Like</span></span> <span class='loading'>"
        "Loading...</span></div></div><div id='jp-relatedposts' class='jp-relatedposts'><h3 "
        f"class='jp-relatedposts-headline'><em>Related</em></h3>{jetpack}</div></div>"
        "<div id='entry-author-info'><div id='author-avatar'><img alt='' src='https://secure."
        f"gravatar.com/avatar/{rng.randrange(16**12):012x}?s=60' class='avatar avatar-60 photo' "
        f"height='60' width='60'></div><div id='author-description'><h2>About {a['author']}</h2>"
        f"{a['author']} {WP_BIO}<div id='author-link'><a href='{base}/author/' rel='author'>View "
        f"all posts by {a['author']} <span class='meta-nav'>&rarr;</span></a></div></div></div>"
        f"<div class='entry-utility'>This entry was posted in <a href='{base}/category/"
        f"{_slug(category)}/' rel='category tag'>{_e(category)}</a>, <a href="
        f"'{base}/category/{_slug(others[0])}/' rel='category tag'>"
        f"{_e(others[0])}</a> and tagged {tagged}. Bookmark the <a href='{link}' title='Permalink"
        f" to {html.escape(a['title'])}' rel='bookmark'>permalink</a>.</div></div>"
        f"<div id='nav-below' class='navigation'>{nav}</div>"
        f"<div id='comments'><h3 id='comments-title'>5 Responses to <em>{_e(a['title'])}</em>"
        f"</h3><ol class='commentlist'>{comments}{pings}</ol><div id='respond' class='comment-"
        "respond'><h3 id='reply-title' class='comment-reply-title'>Leave a Reply <small><a rel="
        "'nofollow' id='cancel-comment-reply-link' href='#respond' style='display:none;'>Cancel "
        f"reply</a></small></h3><form action='{base}/wp-comments-post.php' method='post' id="
        "'commentform' class='comment-form'><p class='comment-notes'><span id='email-notes'>Your "
        "email address will not be published.</span> <span class='required-field-message'>"
        "Required fields are marked <span class='required'>*</span></span></p><p class='comment-"
        "form-comment'><label for='comment'>Comment <span class='required'>*</span></label> "
        "<textarea id='comment' name='comment' cols='45' rows='8' required></textarea></p><p "
        "class='comment-form-author'><label for='author'>Name</label> <input id='author' name="
        "'author' type='text'></p><p class='comment-form-email'><label for='email'>Email</label> "
        "<input id='email' name='email' type='email'></p><p class='comment-form-cookies-consent'>"
        "<input id='wp-comment-cookies-consent' type='checkbox'> <label for='wp-comment-cookies-"
        "consent'>Save my name, email, and website in this browser for the next time I comment."
        "</label></p><p class='form-submit'><input name='submit' type='submit' id='submit' class="
        "'submit' value='Post Comment'></p><p class='comment-subscription-form'><input type="
        "'checkbox' name='subscribe_comments'> <label>Notify me of follow-up comments by email."
        "</label></p><p class='comment-subscription-form'><input type='checkbox' name='subscribe_"
        "blog'> <label>Notify me of new posts by email.</label></p></form></div></div>"
        "</div></div>"
        "<div id='primary' class='widget-area' role='complementary'><ul class='xoxo'>"
        "<li id='search-2' class='widget-container widget_search'><form role='search' method="
        f"'get' id='searchform' class='searchform' action='{base}/'><div><label class='screen-"
        "reader-text' for='s'>Search for:</label><input type='text' value='' name='s' id='s'>"
        "<input type='submit' id='searchsubmit' value='Search'></div></form></li>"
        "<li id='recent-posts-2' class='widget-container widget_recent_entries'><h3 class="
        f"'widget-title'>Recent Posts</h3><ul>{recent}</ul></li>"
        "<li id='recent-comments-2' class='widget-container widget_recent_comments'><h3 class="
        f"'widget-title'>Recent Comments</h3><ul id='recentcomments'>{recent_comments}</ul></li>"
        "<li id='text-3' class='widget-container widget_text'><h3 class='widget-title'>About "
        f"this site</h3><div class='textwidget'><p>{site} is written by a small team of "
        "volunteers and paid for by readers. We cover council meetings, planning decisions, "
        "schools and sport that the big papers no longer have the staff to report.</p><p>Got a "
        "story? Get in touch through the contact page or come and find us at the market on "
        "Saturday mornings.</p></div></li>"
        "<li id='archives-2' class='widget-container widget_archive'><h3 class='widget-title'>"
        f"Archives</h3><ul>{months}</ul></li>"
        "<li id='categories-2' class='widget-container widget_categories'><h3 class='widget-"
        f"title'>Categories</h3><ul>{cats}</ul></li>"
        "<li id='tag_cloud-2' class='widget-container widget_tag_cloud'><h3 class='widget-"
        f"title'>Tags</h3><div class='tagcloud'>{cloud}</div></li>"
        "<li id='linkcat-2' class='widget-container widget_links'><h3 class='widget-title'>"
        f"Blogroll</h3><ul class='xoxo blogroll'>{blogroll}</ul></li>"
        "<li id='meta-2' class='widget-container widget_meta'><h3 class='widget-title'>Meta</h3>"
        f"<ul><li><a href='{base}/wp-login.php'>Log in</a></li><li><a href='{base}/feed/'>"
        f"Entries feed</a></li><li><a href='{base}/comments/feed/'>Comments feed</a></li><li>"
        "<a href='https://wordpress.org/'>WordPress.org</a></li></ul></li></ul></div>"
        "</div><div id='footer' role='contentinfo'><div id='colophon'><div id='site-info'><a "
        f"href='{base}/' title='{site}' rel='home'>{site}</a></div><div id='site-generator'><a "
        "href='https://wordpress.org/' class='imprint' title='Semantic Personal Publishing "
        "Platform'>Proudly powered by WordPress.</a></div></div></div></div>"
        f"<script src='{base}/wp-includes/js/comment-reply.min.js?ver=6.5.2' id='comment-reply-"
        "js' async data-wp-strategy='async'></script><script src='https://stats.wp.example/"
        "e-202614.js' defer></script></body></html>"
    )


def publisher(a: dict[str, Any], rng: random.Random) -> str:
    """A big publisher's page: the story split by inline modules, a pull quote, a long footer."""
    site = rng.choice(SITES)
    year, month, day, clock = _date(a)
    paragraphs = a["paragraphs"]
    n = len(paragraphs)
    sentences = [
        s.removeprefix("A: ")
        for p in paragraphs[1:]
        for s in _SENTENCE.split(p)
        if 8 <= len(s.split()) <= 40 and not s.startswith(("Q:", "—"))
    ]
    quoted = [s for s in sentences if s.startswith('"')]
    pull = rng.choice(quoted or sentences)
    lead = _SENTENCE.split(_DATELINE.sub("", paragraphs[0]))[0].split()
    standfirst = " ".join(lead[:26]) + (" …" if len(lead) > 26 else "")

    def dcr() -> str:
        return f"dcr-{rng.randrange(36**6):06x}"

    body = [f"<p class='{dcr()}'>{_e(p)}</p>" for p in paragraphs]
    newsletter = (
        f"<figure class='element element-newsletter-signup {dcr()}' data-spacefinder-role="
        "'inline'><a href='#EmailSignup-skip-link' class='skip'>skip past newsletter promotion"
        f"</a><div class='newsletter-embed {dcr()}'><span class='nl-kicker'>Newsletter</span><h3>"
        f"Sign up to The Briefing</h3><p class='{dcr()}'>Our morning email breaks down the key "
        "stories of the day, telling you what's happening and why it matters.</p><p class='"
        f"{dcr()}'>Privacy Notice: Newsletters may contain info about charities, online ads, "
        "and content funded by outside parties. For more information see our Privacy Policy. We"
        " use Google reCaptcha to protect our website and the Google Privacy Policy and Terms "
        "of Service apply.</p><input type='email' placeholder='Enter your email address'><button>"
        "Sign up</button></div><div id='EmailSignup-skip-link' class='skip'>after newsletter "
        "promotion</div></figure>"
    )
    duration = f"{rng.randrange(1, 6)}:{rng.randrange(60):02d}"
    video = (
        f"<figure class='element element-video {dcr()}' data-spacefinder-role='inline'><div "
        f"class='video-player' data-duration='{duration}'><div class='video-overlay'><span "
        f"class='video-kicker'>Video</span><h3 class='video-title'>"
        f"{_e(rng.choice(VIDEO_TITLES))}</h3><span class='video-duration'>{duration}</span>"
        "<button aria-label='Play video'>Play Video</button></div><video preload='none' poster="
        f"'/video/{a['slug']}.jpg'></video></div><figcaption class='{dcr()}'>"
        f"{_e(rng.choice(VIDEO_CAPTIONS))}</figcaption></figure>"
    )
    quote = (
        f"<aside class='element element-pullquote {dcr()}' data-spacefinder-role='supporting'>"
        f"<blockquote class='pullquote'><p>{_e(pull)}</p></blockquote></aside>"
    )
    ranked = "".join(
        f"<li><a href='/{rng.choice(SECTIONS).lower()}/{year}/{rng.randrange(10**6)}'><span "
        f"class='rank'>{i}</span><span class='hl'>{_e(t)}</span></a></li>"
        for i, t in enumerate(rng.sample(MOST_READ, 5), 1)
    )
    most_read = (
        f"<div class='element element-most-read {dcr()}' data-spacefinder-role='inline'><h2>"
        f"Most read</h2><ol>{ranked}</ol></div>"
    )
    modules = [(1, video), (2, newsletter), (min(n - 1, n // 2 + 1), quote), (n - 1, most_read)]
    for index, module in sorted(modules, key=lambda m: -m[0]):
        body.insert(index, module)
    viewed = "".join(
        f"<li><a href='/{rng.choice(SECTIONS).lower()}/{year}/{rng.randrange(10**6)}'><span "
        f"class='rank'>{i}</span>{_e(t)}</a></li>"
        for i, t in enumerate([*MOST_READ, *(t for t, _ in TEASERS)][:10], 1)
    )
    pillars = "".join(
        f"<li><a href='/{p.lower()}'>{p}</a></li>"
        for p in ("News", "Opinion", "Sport", "Culture", "Lifestyle")
    )
    footer = "".join(f"<li><a href='/info/{_slug(f)}'>{f}</a></li>" for f in FOOTER_LINKS)
    stamp = f"{_MONTHS[month - 1][:3]} {day} {year} {clock}"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body>"
        "<a class='skip' href='#maincontent'>Skip to main content</a><a class='skip' href='#navi"
        "gation'>Skip to navigation</a><div class='top-bar'><div class='support-banner'><p>"
        f"Support {site}</p><p>Fund independent journalism with $5 per month</p><a href='/contri"
        "bute'>Support us</a></div><a href='/print-subscriptions'>Print subscriptions</a> <a "
        "href='/signin'>Sign in</a> <a href='/jobs'>Search jobs</a> <span>International edition"
        f"</span></div><header class='masthead'><a href='/' class='logo'>{site}</a><nav id="
        f"'navigation' class='pillars'><ul>{pillars}</ul></nav><nav class='subnav'>{_menu(rng)}"
        "</nav></header><div class='ad-slot ad-slot--top-above-nav'><p>Advertisement</p><div "
        "class='ad-slot__content'></div></div><main class='article-layout' data-layout='Standard"
        f"Layout'><div class='series-label'><a href='/{a['section'].lower()}'>{a['section']}</a>"
        f"</div><div class='headline'><h1>{_e(a['title'])}</h1></div><div class='standfirst'><p>"
        f"{_e(standfirst)}</p></div><figure class='main-media'><img src='/media/{a['slug']}/"
        f"master.jpg' alt=''><figcaption><span class='caption'>{_e(rng.choice(PHOTO_CAPTIONS))}"
        f"</span> Photograph: {rng.choice(PHOTO_CREDITS)}</figcaption></figure><div class='meta'>"
        f"<address aria-label='Contributor info'><a rel='author' href='/profile/'>{a['author']}"
        f"</a></address><details><summary>{stamp}</summary><span>Last modified on {stamp}</span>"
        f"</details><div class='share-count'>{rng.randrange(50, 4000)} shares</div><button>Share"
        f"</button><a href='#comments'>{rng.randrange(20, 900)} comments</a></div><div id='main"
        f"content' class='article-body-commercial-selector article-body-viewer-selector {dcr()}'>"
        f"{''.join(body)}</div><div class='submeta'><span>Explore more on these topics</span><ul>"
        f"<li><a href='/{a['section'].lower()}'>{a['section']}</a></li><li><a href='/news'>News"
        f"</a></li><li><a href='/{rng.choice(SECTIONS).lower()}'>{rng.choice(SECTIONS)}</a></li>"
        "</ul><button>Share</button><a href='/help/reuse'>Reuse this content</a></div>"
        "<section class='onwards'><h2>More on this story</h2>"
        f"{_teasers(rng, 4, True)}</section><section id='comments' class='comments-container'>"
        "<h2>Comments</h2><p>This discussion is now closed for comments but you can still sign "
        f"in or create your {site} account to join the discussion next time.</p>"
        f"{_comments(rng)}</section><section class='most-viewed'><h2>Most viewed</h2><ol>{viewed}"
        "</ol></section></main><footer class='site-footer'><div class='footer-newsletter'><h3>"
        f"Original reporting and incisive analysis, direct from {site}</h3><p>Sign up for our "
        "free newsletters and get the best of our journalism in your inbox every day.</p>"
        "<button>Sign up</button></div><ul class='footer-links'>"
        f"{footer}</ul><div class='support-footer'><p>Support {site}</p><p>Available for "
        "everyone, funded by readers</p><a href='/contribute'>Contribute</a> <a href='/subscribe'>"
        f"Subscribe</a></div><a href='#top' class='back-to-top'>Back to top</a><p class='copyright'"
        f">© 2026 {site} News and Media Limited or its affiliated companies. All rights reserved."
        "</p></footer></body></html>"
    )


def syndicated(a: dict[str, Any], rng: random.Random) -> str:
    """An aggregator's copy of a partner's story: a <section> of <div>s and <br>, no <p>."""
    agg = rng.choice(AGGREGATORS)
    site = rng.choice(SITES)
    year, month, day, clock = _date(a)
    found = re.match(r"[A-Z][A-Za-z ,.'-]*\((\w+)\)", a["paragraphs"][0])
    source = AGENCIES.get(found.group(1), site) if found else site
    url = (
        f"https://www.{site.lower().replace(' ', '')}.example/{a['section'].lower()}/{year}/"
        f"{month:02d}/{day:02d}/{a['slug']}"
    )
    story = "<br>\n".join(f"<div class='txt'>{_e(p)}</div>" for p in a["paragraphs"])

    def ago() -> str:
        minutes = rng.randrange(2, 600)
        return f"{minutes} min ago" if minutes < 60 else f"{minutes // 60} h ago"

    latest = "".join(
        f"<div class='item'><a href='/r/{rng.randrange(10**9)}'>{_e(t)}</a><div class='item-"
        f"meta'><span class='srcname'>{s}</span> · <span class='ts'>{ago()}</span></div></div>"
        for t, s in rng.sample(WIRE_HEADLINES, 6)
    )
    more = "".join(
        f"<div class='item'><a href='/r/{rng.randrange(10**9)}'>{_e(t)}</a> <span class='ts'>"
        f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}</span></div>"
        for t, _ in rng.sample(TEASERS, 4)
    )
    trending = " · ".join(f"<a href='/topic/{_slug(t)}'>{t}</a>" for t in TRENDING)
    tabs = " | ".join(
        f"<a href='/c/{_slug(s)}'>{s}</a>" for s in ("Top Stories", *rng.sample(SECTIONS, 7))
    )
    head = _head(a, agg, False).removesuffix("</head>")
    return (
        f"<!DOCTYPE html><html lang='en'>{head}<link rel='canonical' href="
        f"'{url}'><meta name='robots' content='noindex, follow'></head><body class='partner-"
        f"view'><div id='topbar'><span class='brand'>{agg}</span> {tabs} | <a href='/signin'>"
        f"Sign in</a></div><div class='trending'><b>Trending:</b> {trending}</div>"
        "<div class='wrap'><div class='col-main'><div class='crumbs'><a href='/'>Home</a> &rsaquo;"
        f" <a href='/c/{a['section'].lower()}'>{a['section']}</a> &rsaquo; {_e(source)}</div>"
        f"<section class='feed-item' data-partner='{_slug(source)}'>"
        f"<div class='partner-logo'><img src='/logos/{rng.randrange(10**4)}.png' alt=''> "
        f"{_e(source)}</div><div class='hl'>{_e(a['title'])}</div><div class='by'>"
        f"{a['author']} · {day} {_MONTHS[month - 1]} {year}, {clock} · {rng.randrange(2, 6)} min "
        f"read</div><div class='body'>{story}</div><br><div class='srcline'>Source: "
        f"{_e(source)}</div><div class='orig'>Originally published at <a href='{url}' rel="
        f"'nofollow'>{url}</a></div><div class='disclaimer'>This story has been published from "
        f"a partner feed without modifications to the text. {agg} is not responsible for the "
        "content of partner stories.</div><div class='reactions'><span>Like "
        f"{rng.randrange(1, 900)}</span> <span>Wow {rng.randrange(1, 90)}</span> <span>Sad "
        f"{rng.randrange(1, 90)}</span> <a href='/report'>Report this story</a> <a href='/share'>"
        "Share</a></div></section><div class='more-from'><div class='hl2'>More from "
        f"{_e(source)}</div>{more}</div></div><div class='col-side'><div class='box'><div "
        f"class='box-title'>Latest headlines</div>{latest}</div><div class='box'><div class="
        f"'box-title'>Get the {agg} app</div><div>Personalised headlines from more than 3,000 "
        "sources, free on iOS and Android.</div></div></div></div><div id='foot'><a href='/about'>"
        f"About {agg}</a> | <a href='/partners'>Partners</a> | <a href='/privacy'>Privacy</a> | "
        f"<a href='/terms'>Terms</a> | <a href='/help'>Help</a><br>{agg} shows headlines and "
        "stories from partner publishers. All content is the property of its respective owners "
        f"and is used under licence.<br>© 2026 {agg}</div></body></html>"
    )


STATIONS = [
    ("KVNW", "KVNW 7 News", "7"),
    ("WTRC", "WTRC News 12", "12"),
    ("KMDL", "KMDL 3 Action News", "3"),
]
STATION_GROUP = "Crestline Media Inc."
ANCHORS = ["Dana Ruiz", "Mike Kowalski", "Tanya Greer", "Luis Ortega"]
TV_MENU = [
    "News",
    "Weather",
    "Traffic",
    "Sports",
    "Investigations",
    "Good Morning Show",
    "Contests",
    "Community Calendar",
    "Report It",
    "Watch Live",
]
CLOSINGS = [
    ("Lincoln County Schools", "2 Hour Delay"),
    ("St. Agnes Academy", "Closed"),
    ("Riverside Community College", "Opening at 10 a.m."),
    ("Maple Grove Head Start", "Closed"),
    ("Harmon Valley School District", "Early Dismissal"),
    ("First Baptist Child Care Center", "Closed"),
    ("Pine Ridge Charter School", "Remote Learning Day"),
    ("Tri-County Career Center", "2 Hour Delay"),
    ("Cedar Falls Senior Center", "No Meals Delivered Today"),
]
CONDITIONS = [
    "Sunny",
    "Partly Cloudy",
    "Mostly Cloudy",
    "Rain Showers",
    "Thunderstorms",
    "Snow Showers",
    "Windy",
    "Patchy Fog",
]
TV_TRENDING = [
    "Deputies searching for driver who fled crash on Route 9",
    "Here's when the new grocery store on Main Street opens",
    "Lottery ticket worth $2 million sold at local gas station",
    "Man charged after chase through three counties",
    "Restaurant inspections: 4 places cited this week",
    "County fair announces this year's concert lineup",
    "Missing dog found 40 miles from home after two weeks",
]
SPONSORED = [
    ("Doctors Stunned: This Simple Morning Habit Changes Everything", "HealthyLivingTips"),
    ("Homeowners Born Before 1970 Are Getting a Big Payout", "Mortgage Advisor Daily"),
    ("The Most Comfortable Shoes You'll Ever Own Are on Sale", "Everyday Feet"),
    ("Here's What a New Walk-In Tub Should Cost You in 2026", "Bath Remodel Deals"),
    ("Seniors Are Cancelling Their Cable Subscriptions Because of This", "TechSavers"),
]
TV_FOOTER = [
    "Contact Us",
    "About Us",
    "Advertise With Us",
    "Work For Us",
    "Report It",
    "Contests",
    "FCC Public File",
    "FCC Applications",
    "EEO Report",
    "Closed Captioning / Audio Description",
    "Public File Assistance Contact",
    "Terms Of Use",
    "Privacy Policy",
    "Do Not Sell or Share My Personal Information",
    "Accessibility",
]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def local_tv(a: dict[str, Any], rng: random.Random) -> str:
    """A local TV station: video with a transcript, closings ticker, weather, div.story-text."""
    call, name, channel = rng.choice(STATIONS)
    year, month, day, _ = _date(a)
    hour, minute = int(a["published"][11:13]), int(a["published"][14:16])
    later = min(23, hour + rng.randrange(1, 5))

    def stamp(h: int, m: int) -> str:
        return (
            f"{_MONTHS[month - 1][:3]} {day}, {year} / {(h - 1) % 12 + 1:02d}:{m:02d} "
            f"{'AM' if h % 24 < 12 else 'PM'}"
        )

    paragraphs = a["paragraphs"]
    found = re.match(r"[A-Z][A-Za-z ,.'-]*\((\w+)\)", paragraphs[0])
    credit = AGENCIES.get(found.group(1), f"{call} staff") if found else f"{call} staff"
    lead = _SENTENCE.split(_DATELINE.sub("", paragraphs[0]))[0]
    anchor, reporter = rng.sample(ANCHORS, 2)
    video = rng.randrange(10**7)
    transcript = "".join(
        f"<p>&gt;&gt; {_e(line)}</p>"
        for line in (
            f"GOOD EVENING, I'M {anchor.upper()}. OUR TOP STORY TONIGHT: {a['title'].upper()}.",
            lead.upper(),
            f"{reporter.upper()} HAS BEEN FOLLOWING THIS ALL DAY AND JOINS US NOW.",
            "WE'LL HAVE MORE ON THIS STORY AS IT DEVELOPS, AND YOU CAN ALWAYS FIND THE LATEST "
            f"ON OUR WEBSITE AND IN THE {call} APP.",
            "NOW LET'S GET A CHECK OF YOUR FIRST ALERT FORECAST.",
        )
    )
    related, up_next, *tops = rng.sample(TEASERS, 6)
    body = _paragraphs(a)
    body.insert(
        min(5, len(body) - 1),
        "<div class='ad-unit ad-unit--in-article'><span class='ad-label'>Advertisement</span>"
        f"<div id='gpt-ad-{rng.randrange(10**5)}' class='gpt-slot'></div></div>",
    )
    body.insert(
        2,
        f"<p><strong>RELATED:</strong> <a href='/news/{_slug(related[0])}/'>{_e(related[0])}"
        "</a></p>",
    )
    body += [
        f"<p><strong>Never miss a story: <a href='/apps/'>download the free {call} app</a> "
        "and turn on breaking news alerts.</strong></p>",
        f"<p><em>{_e(credit)} contributed to this report.</em></p>",
        f"<p>Copyright {year} {STATION_GROUP} All rights reserved. This material may not be "
        "published, broadcast, rewritten, or redistributed.</p>",
    ]
    ticker = "".join(
        f"<li><b>{_e(school)}</b> &ndash; {_e(status)}</li>"
        for school, status in rng.sample(CLOSINGS, 6)
    )
    closings = "".join(
        f"<tr><td>{_e(school)}</td><td>{_e(status)}</td><td>Updated {rng.randrange(5, 59)} "
        "min ago</td></tr>"
        for school, status in rng.sample(CLOSINGS, 5)
    )
    temp = rng.randrange(18, 92)
    start = _weekday(year, month, day)
    days = ["Today", *(_DAYS[(start + i) % 7] for i in range(1, 7))]
    forecast = "".join(
        f"<li><span class='day'>{d}</span><span class='icon'>{rng.choice(CONDITIONS)}</span>"
        f"<span class='hi'>{temp + rng.randrange(-6, 9)}&deg;</span><span class='lo'>"
        f"{temp - rng.randrange(8, 20)}&deg;</span><span class='precip'>"
        f"{rng.randrange(0, 10) * 10}%</span></li>"
        for d in days
    )
    top = "".join(
        f"<div class='top-story'><a href='/news/{_slug(t)}/'>{_e(t)}</a><span class='ago'> / "
        f"{rng.randrange(1, 12)} hours ago</span></div>"
        for t, _ in tops
    )
    trending = "".join(
        f"<li><a href='/news/{_slug(t)}/'>{_e(t)}</a></li>" for t in rng.sample(TV_TRENDING, 5)
    )
    sponsored = "".join(
        f"<div class='tbl-item'><img src='https://cdn.ads.example/{rng.randrange(10**8)}.jpg' "
        f"alt=''><a href='https://ads.example/c/{rng.randrange(10**9)}' rel='sponsored'>{_e(t)}"
        f"</a><span class='tbl-brand'>{_e(brand)}</span></div>"
        for t, brand in rng.sample(SPONSORED, 4)
    )
    menu = "".join(f"<li><a href='/{_slug(m)}/'>{m}</a></li>" for m in TV_MENU)
    footer = " | ".join(f"<a href='/{_slug(f)}/'>{f}</a>" for f in TV_FOOTER)
    show = rng.choice(["at Noon", "at 5", "at 6", "This Morning"])
    return (
        f"<!DOCTYPE html><html lang='en-US'>{_head(a, name, True)}<body class='post-template-"
        f"default single single-post station-{call.lower()}'><div class='alert-bar weather-"
        f"alert'><span class='alert-label'>WEATHER ALERT</span> <a href='/weather/alerts/'>"
        f"{rng.randrange(2, 6)} alerts in effect for your area</a></div><div class='closings-"
        "ticker' role='marquee'><span class='ticker-label'>Closings &amp; Delays</span><ul>"
        f"{ticker}</ul><a href='/closings/'>See all {rng.randrange(12, 140)} closings</a></div>"
        f"<header class='site-header'><a class='site-logo' href='/'>{name}</a><nav class="
        f"'primary-nav' aria-label='Main'><ul>{menu}</ul></nav><a class='watch-live' href="
        f"'/live/'>Watch Live</a><div class='header-weather'><span class='temp'>{temp}&deg;"
        f"</span> <span class='cond'>{rng.choice(CONDITIONS)}</span></div></header><div class="
        f"'live-now-banner'><span class='badge'>LIVE NOW</span> <a href='/live/'>{call} News "
        f"{show}</a></div><main class='site-main'><div class='article-container'><div class="
        f"'article-header'><a class='category' href='/news/{a['section'].lower()}/'>"
        f"{a['section']}</a><h1 class='article-title'>{_e(a['title'])}</h1><div class='article-"
        f"meta'><span class='byline'>by: <a href='/author/{_slug(a['author'])}/'>{a['author']}"
        f"</a></span> <time class='published' datetime='{a['published']}'>Posted: "
        f"{stamp(hour, minute)}</time> <time class='updated'>Updated: "
        f"{stamp(later, rng.randrange(60))}</time></div><div class='share-bar'><span>Share"
        "</span> <a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>Email</a> <a href='#'>"
        "Copy link</a></div></div><div class='video-hero'><div class='jw-player' data-video-id="
        f"'{video}'><img src='/video/{a['slug']}.jpg' alt=''><button class='play' aria-label="
        f"'Play'>Play</button><span class='duration'>{rng.randrange(1, 4)}:"
        f"{rng.randrange(60):02d}</span></div><div class='video-caption'><span class='now-"
        f"playing'>Now Playing</span> {_e(rng.choice(VIDEO_TITLES))}</div><button class="
        f"'transcript-toggle' aria-controls='transcript-{video}' aria-expanded='false'>Show "
        f"transcript</button><div id='transcript-{video}' class='video-transcript' hidden>"
        f"{transcript}</div><div class='up-next'><span>Up Next</span> <a href='/video/"
        f"{_slug(up_next[0])}/'>{_e(up_next[0])}</a></div></div><div class='story-text'>"
        f"{''.join(body)}</div><div class='tags'><span>Tags:</span> <a href='/tag/"
        f"{a['section'].lower()}/'>{a['section']}</a> <a href='/tag/top-stories/'>Top Stories"
        "</a></div><div class='report-it'><b>Report It:</b> Have a news tip or a photo to "
        f"share? Send it to the {call} newsroom and you could see it on air.</div></div>"
        "<section class='weather-widget'><h2>First Alert Weather</h2><div class='current'>"
        f"<span class='temp'>{temp}&deg;F</span> <span class='cond'>{rng.choice(CONDITIONS)}"
        f"</span> <span>Feels like {temp - rng.randrange(0, 6)}&deg;</span> <span>Wind: NW "
        f"{rng.randrange(2, 25)} mph</span> <span>Humidity: {rng.randrange(30, 95)}%</span>"
        f"</div><ol class='forecast'>{forecast}</ol><a href='/weather/radar/'>Interactive "
        "Radar</a> <a href='/weather/hourly/'>Hourly Forecast</a></section><aside class="
        f"'sidebar'><section class='top-stories'><h2>Top Stories</h2>{top}</section><section "
        f"class='trending'><h2>Trending Stories</h2><ol>{trending}</ol></section><section "
        "class='closings-widget'><h2>School Closings &amp; Delays</h2><table><tr><th>Name</th>"
        f"<th>Status</th><th></th></tr>{closings}</table><a href='/closings/'>Full list</a>"
        "</section></aside><section class='sponsored'><h2>Sponsored Content</h2>"
        f"{sponsored}<span class='tbl-by'>by Taboola</span></section></main>"
        f"<footer class='site-footer'><a class='site-logo' href='/'>{name}</a><nav>{footer}"
        f"</nav><p>{call} Channel {channel} is a {STATION_GROUP} station. For FCC public file "
        "questions, call the Public File Assistance Contact during business hours.</p><p>"
        f"&copy; 1998 - {year} {STATION_GROUP} | All Rights Reserved.</p></footer>"
        "</body></html>"
    )


def _weekday(year: int, month: int, day: int) -> int:
    """Monday = 0, by Zeller's congruence, so that no date library is needed."""
    if month < 3:
        month, year = month + 12, year - 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def next_js(a: dict[str, Any], rng: random.Random) -> str:
    """A Next.js page: span paragraphs in hashed wrappers, the story again in __NEXT_DATA__."""
    site = rng.choice(SITES)
    year, month, day, clock = _date(a)
    host = f"https://www.{site.lower().replace(' ', '')}.example"
    path = f"/{year}/{month:02d}/{day:02d}/{a['section'].lower()}/{a['slug']}.html"
    when = f"{_MONTHS[month - 1]} {day}, {year}"

    def css() -> str:
        return "css-" + "".join(rng.choice(_BASE36) for _ in range(7))

    def para(text: str) -> str:
        parts = _SENTENCE.split(text, maxsplit=1)
        if len(parts) == 2 and rng.random() < 0.4:
            spans = (
                f"<span class='{css()}'>{_e(parts[0])} </span><span class='{css()}'>"
                f"{_e(parts[1])}</span>"
            )
        else:
            spans = f"<span class='{css()}'>{_e(text)}</span>"
        return f"<div data-testid='paragraph' class='{css()}'>{spans}</div>"

    def ad(i: int) -> str:
        return (
            f"<div class='css-ad{rng.randrange(1000):03d}' data-testid='StandardAd'><div class="
            f"'{css()}'><p class='{css()}'>Advertisement</p><div id='mid{i}-wrapper' class='ad "
            f"mid{i}-wrapper'></div><div class='{css()}'><a href='#after-mid{i}'>SKIP "
            f"ADVERTISEMENT</a></div></div></div><div id='after-mid{i}' class='{css()}'></div>"
        )

    related_title, related_text = rng.choice(TEASERS)
    inserts = [
        ad(1),
        f"<figure class='{css()}' role='group' aria-label='media'><div class='{css()}'><picture>"
        f"<img src='https://static.example/images/{year}/{a['slug']}-articleLarge.jpg' alt='' "
        f"class='{css()}'></picture></div><figcaption class='{css()}'><span class='{css()}'>"
        f"{_e(rng.choice(PHOTO_CAPTIONS))}.</span><span class='{css()}'><span class='visually-"
        f"hidden'>Credit...</span>{rng.choice(PHOTO_CREDITS)}</span></figcaption></figure>",
        ad(2),
        f"<div data-testid='inline-related' class='{css()}'><div class='{css()}'><span class="
        f"'{css()}'>Related coverage</span><a href='/{year}/{_slug(related_title)}.html' class="
        f"'{css()}'><h4 class='{css()}'>{_e(related_title)}</h4><p class='{css()}'>"
        f"{_e(related_text)}</p></a></div></div>",
    ]
    paragraphs = a["paragraphs"]
    chunks, start = [], 0
    for i in range(len(inserts) + 1):
        end = round(len(paragraphs) * (i + 1) / (len(inserts) + 1))
        group = "".join(para(p) for p in paragraphs[start:end])
        if group:
            chunks.append(f"<div class='{css()}'><div class='{css()}'>{group}</div></div>")
        if i < len(inserts):
            chunks.append(inserts[i])
        start = end
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": f"article/{rng.randrange(16**12):012x}",
                    "url": host + path,
                    "headline": {"default": a["title"], "seo": a["title"]},
                    "section": {"name": a["section"], "url": f"{host}/{a['section'].lower()}"},
                    "bylines": [{"renderedRepresentation": f"By {a['author']}"}],
                    "firstPublished": a["published"],
                    "wordCount": sum(len(p.split()) for p in paragraphs),
                    "sprinkledBody": {
                        "content": [
                            {
                                "__typename": "ParagraphBlock",
                                "content": [{"__typename": "TextInline", "text": p}],
                            }
                            for p in paragraphs
                        ]
                    },
                },
                "adTargeting": {"sov": rng.randrange(1, 5), "plat": "web", "edn": "us"},
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[...slug]",
        "query": {"section": a["section"].lower(), "slug": [str(year), a["slug"]]},
        "buildId": "".join(rng.choice(_BASE36) for _ in range(21)),
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    blob = (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    chunk_scripts = "".join(
        f"<script src='/_next/static/chunks/{n}-{rng.randrange(16**16):016x}.js' defer></script>"
        for n in ("webpack", "framework", "main", "pages/_app", "pages/[section]/[...slug]")
    )
    shared = [*MOST_READ, *(t for t, _ in TEASERS)]
    carousel = "".join(
        f"<li class='{css()}'><a href='/{year}/{_slug(t)}.html' class='{css()}'><img src='"
        f"https://static.example/thumbs/{rng.randrange(10**6)}.jpg' alt=''><h3 class='{css()}'>"
        f"{_e(t)}</h3><p class='{css()}'>{rng.randrange(2, 12)} min read</p></a></li>"
        for t in rng.sample(shared, 6)
    )
    more = "".join(
        f"<li class='{css()}'><a href='/{year}/{_slug(t)}.html'><h3 class='{css()}'>{_e(t)}</h3>"
        f"<p class='{css()}'>{_e(x)}</p></a></li>"
        for t, x in rng.sample(TEASERS, 3)
    )
    nav = "".join(
        f"<li class='{css()}'><a href='/section/{s.lower()}' class='{css()}'>{s}</a></li>"
        for s in SECTIONS[:10]
    )
    index = "".join(
        f"<div class='{css()}'><h3 class='{css()}'>{title}</h3><ul>"
        + "".join(f"<li><a href='/section/{s.lower()}'>{s}</a></li>" for s in rng.sample(pool, 5))
        + "</ul></div>"
        for title, pool in (
            ("News", SECTIONS),
            ("Opinion", SECTIONS),
            ("More", SECTIONS),
            (
                "Account",
                [
                    "Subscribe",
                    "Manage My Account",
                    "Home Delivery",
                    "Gift Articles",
                    "Newsletters",
                    "Help",
                ],
            ),
        )
    )
    emotion = " ".join("".join(rng.choice(_BASE36) for _ in range(7)) for _ in range(12))
    head = _head(a, site, True).removesuffix("</head>")
    return (
        f"<!DOCTYPE html><html lang='en' class='story nytapp-vi-article'>{head}<meta name="
        "'viewport' content='width=device-width, initial-scale=1'><meta name='next-head-count' "
        f"content='24'><link rel='canonical' href='{host}{path}'><style data-emotion='css "
        f"{emotion}'>.css-ad000{{min-height:250px;background:#f7f7f7}}[data-testid=paragraph]"
        "{font-size:1.25rem;line-height:1.8}</style><noscript data-n-css=''></noscript>"
        f"{chunk_scripts}</head><body><div id='__next'><div class='{css()}'><div class="
        f"'{css()}'><a href='#site-content' class='{css()}'>Skip to content</a><a href='#site-"
        f"index' class='{css()}'>Skip to site index</a></div><header class='{css()}' data-"
        f"testid='masthead'><div class='{css()}'><button class='{css()}' aria-label='Sections "
        f"Navigation &amp; Search'>Sections</button><a href='/' class='{css()}'>{site}</a><div "
        f"class='{css()}'><a href='/subscription' class='{css()}'>Subscribe for $1/week</a>"
        f"<a href='/login' class='{css()}'>Log in</a></div></div><nav class='{css()}' aria-"
        f"label='Main'><ul class='{css()}'>{nav}</ul></nav><div class='{css()}'><span>"
        f"{_DAYS[_weekday(year, month, day)]} {when}</span> <a href='/section/todayspaper'>"
        "Today's Paper</a></div></header><main id='site-content' class='"
        f"{css()}'><div class='{css()}'><div class='{css()}'><div class='{css()}' data-testid="
        f"'story-header'><p class='{css()}'><a href='/section/{a['section'].lower()}' class='"
        f"{css()}'>{a['section']}</a></p><h1 data-testid='headline' class='{css()}'>"
        f"{_e(a['title'])}</h1><div class='{css()}'><button class='{css()}'>Listen to this "
        f"article · {rng.randrange(3, 9)}:{rng.randrange(60):02d} min</button> <a href='/audio"
        f"/help'>Learn more</a></div><div class='{css()}'><div data-testid='byline' class='"
        f"{css()}'>By <span class='{css()}'>{a['author']}</span></div><time class='{css()}' "
        f"datetime='{a['published']}'>{when}, {clock} ET</time></div><div class='{css()}'>"
        f"<button class='{css()}'>Share full article</button><span class='{css()}'>"
        f"{rng.randrange(30, 900)}</span><button class='{css()}'>Save</button><button class='"
        f"{css()}'>Gift this article</button></div></div><div class='{css()}' data-testid="
        f"'story-body'><div class='{css()}'>{''.join(chunks)}</div></div><div class='{css()}'>"
        f"<div class='{css()}'><p class='{css()}'>A version of this article appears in print on "
        f"{when}, Section A, Page {rng.randrange(4, 24)} of the print edition with the "
        f"headline: {_e(a['title'])}. <a href='/reprints'>Order Reprints</a> | <a href='/"
        "section/todayspaper'>Today's Paper</a> | <a href='/subscription'>Subscribe</a></p>"
        f"</div></div><div class='{css()}'><span class='{css()}'>See more on:</span> <a href="
        f"'/topic/{a['section'].lower()}'>{a['section']}</a></div><div class='{css()}'><button "
        f"class='{css()}'>Share full article</button></div></div><section class='{css()}' "
        f"aria-label='More in {a['section']}'><h2 class='{css()}'>More in {a['section']}</h2>"
        f"<ol class='{css()}'>{more}</ol></section><section data-testid='most-shared' class='"
        f"{css()}' aria-roledescription='carousel'><h2 class='{css()}'>Most shared</h2><button "
        f"class='{css()}' aria-label='Previous'>‹</button><ol class='{css()}'>{carousel}</ol>"
        f"<button class='{css()}' aria-label='Next'>›</button></section></div></main><footer "
        f"id='site-index' class='{css()}'><nav class='{css()}'><h2 class='{css()}'>Site Index"
        f"</h2>{index}</nav><div class='{css()}'><a href='/'>{site}</a><p class='{css()}'>© "
        f"{year} The {site} Company</p><ul class='{css()}'><li><a href='/privacy'>Privacy "
        "Policy</a></li><li><a href='/cookies'>Cookie Policy</a></li><li><a href='/terms'>Terms"
        " of Service</a></li><li><a href='/accessibility'>Accessibility</a></li><li><a href='/"
        "help'>Help</a></li></ul></div></footer></div></div><script id='__NEXT_DATA__' type="
        f"'application/json'>{blob}</script></body></html>"
    )


PR_WIRES = ["NewsLine Wire", "PressPoint Distribution", "GlobeRelease"]
PR_ISSUERS = [
    (
        "Halvorsen & Reid Communications",
        "halvorsenreid",
        "is an independent communications agency that distributes news, research and public-"
        "interest announcements on behalf of government bodies, universities and non-profit "
        "organisations. Founded in 1998, the firm has offices in London, Singapore and Toronto "
        "and works with clients in more than 40 countries.",
    ),
    (
        "Northfield Policy Institute",
        "northfieldpolicy",
        "is a non-partisan research organisation that studies infrastructure, public health and "
        "the economics of climate change. Its work is funded by foundations and individual "
        "donors, and it does not accept money from political parties or governments.",
    ),
    (
        "Meridian Global Affairs",
        "meridianglobal",
        "provides news monitoring, media relations and crisis communications services to more "
        "than 600 organisations worldwide. Meridian is a member of the International "
        "Association of Communications Agencies and is certified under its code of practice.",
    ),
]
PR_CONTACTS = [
    ("Claire Ashdown", "Director of Media Relations"),
    ("Rafael Montoya", "Senior Press Officer"),
    ("Joanne Pike", "Communications Manager"),
    ("Ben Adeyemi", "Head of External Affairs"),
]
PR_RELEASES = [
    (
        "Survey finds two in three small businesses plan to hire this year",
        "The annual survey of 4,000 firms found hiring intentions at their highest level since "
        "2019, with construction and hospitality in the lead.",
    ),
    (
        "New report ranks 120 cities on their readiness for extreme heat",
        "The report scores cities on cooling centres, tree cover and warning systems, and finds "
        "wide gaps between neighbouring regions.",
    ),
    (
        "Annual conference returns to Lisbon in October",
        "More than 3,000 delegates are expected at the three-day event, which this year will "
        "focus on water, energy and transport.",
    ),
    (
        "Board of trustees names new chair",
        "The new chair, a former finance director of a regional utility, takes over from a "
        "founding trustee who served for 12 years.",
    ),
    (
        "Study: commuters lose 54 hours a year to delays",
        "Researchers analysed 2.1 million journeys on buses, trains and roads in nine "
        "metropolitan areas over three years.",
    ),
    (
        "Free webinar on grant applications for community groups",
        "The one-hour online session will walk applicants through the new portal and answer "
        "questions from participants.",
    ),
]
PR_TOPICS = [
    "Government",
    "Public Policy",
    "Environment",
    "Transportation",
    "Health Care",
    "Energy",
    "Agriculture",
    "Labor",
    "Arts & Culture",
    "Science",
    "Consumer Products",
    "Natural Disasters",
]


def pr_wire(a: dict[str, Any], rng: random.Random) -> str:
    """A newswire's copy of a release: About, notice, contact and SOURCE after the story."""
    wire = rng.choice(PR_WIRES)
    issuer, domain, about = rng.choice(PR_ISSUERS)
    year, month, day, _ = _date(a)
    stamp = f"{_MONTHS[month - 1][:3]} {day:02d}, {year}, {a['published'][11:16]} ET"
    contact, role = rng.choice(PR_CONTACTS)
    first, last = contact.lower().split()
    phone = rng.choice(
        [f"+1 202-555-01{rng.randrange(100):02d}", f"+44 20 7946 0{rng.randrange(1000):03d}"]
    )
    body = _paragraphs(a)
    body.insert(
        1,
        f"<div class='image'><img src='https://mma.wire.example/prnvar/{year}/"
        f"{rng.randrange(10**7)}/{a['slug']}.jpg' alt='' width='600'><p class='caption'>"
        f"{_e(rng.choice(PHOTO_CAPTIONS))} ({_e(issuer)})</p></div>",
    )
    body += [
        f"<p><b>About {_e(issuer)}</b></p>",
        f"<p>{_e(issuer)} {_e(about)} For more information, visit <a href='https://www."
        f"{domain}.example' rel='nofollow'>www.{domain}.example</a>.</p>",
        "<p><i>Forward-looking statements: This release may contain statements about future "
        "events and expectations. Such statements reflect current views, are subject to risks "
        "and uncertainties, and speak only as of the date of this release; the issuer undertakes "
        "no obligation to update them.</i></p>",
        f"<p>Media contact:<br>{contact}<br>{role}, {_e(issuer)}<br>{phone}<br><a href='mailto:"
        f"{first}.{last}@{domain}.example'>{first}.{last}@{domain}.example</a></p>",
        f"<p id='PURL'>SOURCE {_e(issuer)}</p>",
    ]
    also = "".join(
        f"<div class='row card'><small>{_MONTHS[(month - k - 2) % 12][:3]} "
        f"{rng.randrange(1, 29):02d}, {year - (month - k - 2 < 0)}</small><h3><a href='/news-"
        f"releases/{_slug(t)}-{rng.randrange(10**9)}.html'>{_e(t)}</a></h3><p>{_e(x)}</p></div>"
        for k, (t, x) in enumerate(rng.sample(PR_RELEASES, 3))
    )
    similar = "".join(
        f"<li><a href='/news-releases/{_slug(t)}-{rng.randrange(10**9)}.html'>{_e(t)}</a></li>"
        for t, _ in rng.sample(TEASERS, 5)
    )
    topics = "".join(
        f"<li><a href='/news-releases/{_slug(t)}-list/'>{_e(t)}</a></li>"
        for t in rng.sample(PR_TOPICS, 6)
    )
    share = " ".join(
        f"<a class='share-{s.lower()}' href='#'>{s}</a>"
        for s in ("Facebook", "X", "LinkedIn", "Email")
    )
    head = _head(a, wire, True)
    return (
        f"<!DOCTYPE html><html lang='en-US'>{head}<body class='release-page'><div class='cookie-"
        f"bar' role='dialog'><p>This website uses cookies. By continuing to browse you agree to "
        "our use of cookies as described in our Cookie Policy.</p><button>Accept</button> <a "
        f"href='/cookie-settings'>Cookie settings</a></div><header class='wire-header'><div "
        f"class='utility'><a href='/send'>Send a Release</a> | <a href='/journalists'>For "
        "Journalists</a> | <a href='/signup'>Sign Up</a> | <a href='/login'>Log In</a> | <span>"
        "Global Sites: United States, Canada, Europe, Asia, Latin America</span></div><a class="
        f"'wire-logo' href='/'>{wire}</a><nav class='wire-nav'><a href='/news-releases/'>News"
        "</a> <a href='/products/'>Products</a> <a href='/resources/'>Resources</a> <a href='/"
        "contact/'>Contact</a></nav><form class='search'><input placeholder='Search news "
        "releases'><button>Search</button></form></header><div class='breadcrumb'><a href='/'>"
        f"Home</a> / <a href='/news-releases/'>News Releases</a> / <a href='/news-releases/"
        f"{a['section'].lower()}-list/'>{a['section']}</a> / {_e(issuer)}</div><main class="
        f"'release-main'><header class='release-header'><h1>{_e(a['title'])}</h1><div class="
        "'release-meta'><span class='news-provided'>News provided by</span> <a class='issuer' "
        f"href='/news/{domain}/'>{_e(issuer)}</a> <time datetime='{a['published']}'>{stamp}"
        f"</time></div><div class='share'><span>Share this article</span> {share}</div></header>"
        f"<section class='release-body container'>{''.join(body)}</section><section class="
        "'related-links'><h3>Related Links</h3><p><a href='https://www."
        f"{domain}.example' rel='nofollow'>https://www.{domain}.example</a></p></section>"
        "<section class='cta'><h2>WANT YOUR ORGANIZATION'S NEWS FEATURED ON "
        f"{wire.upper()}?</h2><p>440k+ Newsrooms &amp; Influencers · 9k+ Digital Media Outlets "
        "· 270k+ Journalists Opted In</p><a href='/send'>GET STARTED</a></section><section "
        f"class='also-from'><h2>Also from this source</h2>{also}<a href='/news/{domain}/'>"
        "Explore more news releases from this organization</a></section><section class="
        f"'similar'><h2>More news releases in similar topics</h2><ul>{similar}</ul><h3>Explore"
        f"</h3><ul class='topics'>{topics}</ul></section></main><div class='disclaimer'><p>The "
        "content of this release is provided by the issuer, which is solely responsible for "
        f"its accuracy. {wire} has not edited or verified it and does not endorse any views it "
        f"expresses.</p><p>Journalists and bloggers: visit {wire} for Journalists for releases, "
        "photos, expert sources and customized feeds just for media.</p></div><footer class="
        "'wire-footer'><p>Contact us: call 888-555-0142 from 8 AM - 10 PM ET, or send an email "
        "any time.</p><ul><li><a href='/about'>About</a></li><li><a href='/careers'>Careers</a>"
        "</li><li><a href='/terms'>Terms of Use</a></li><li><a href='/privacy'>Privacy Policy"
        "</a></li><li><a href='/sitemap'>Site Map</a></li><li><a href='/rss'>RSS Feeds</a></li>"
        f"</ul><p>&copy; {year} {wire} Distribution, Inc. All Rights Reserved.</p></footer>"
        "</body></html>"
    )


# The tuning layouts: the clean stage was tuned on these with articles.jsonl.
TEMPLATES: dict[str, Template] = {
    "modern": modern,
    "table": table,
    "divsoup": div_soup,
    "teaser": teaser_box,
    "comments": comments_heavy,
}
# Layouts held out from tuning: only ever paired with heldout.jsonl.
HELDOUT_TEMPLATES: dict[str, Template] = {
    "readmore": read_more,
    "liveblog": live_blog,
    "amp": amp,
}
# Layouts for the fresh set, written after the held-out set had been looked at: only
# ever paired with fresh.jsonl, beside FRESH_KNOWN, three of the layouts above.
FRESH_TEMPLATES: dict[str, Template] = {
    "paywall": paywall,
    "print": print_page,
    "longread": long_read,
}
FRESH_KNOWN = ("modern", "divsoup", "readmore")
# Layouts for the second fresh set, written before the fresh set's failures were looked
# at: only ever paired with fresh2.jsonl, beside FRESH2_KNOWN, three of the layouts above.
FRESH2_TEMPLATES: dict[str, Template] = {
    "wordpress": wordpress,
    "publisher": publisher,
    "syndicated": syndicated,
}
FRESH2_KNOWN = ("modern", "table", "teaser")
# Layouts for the third fresh set, written before the second fresh set's failures were
# looked at: only ever paired with fresh3.jsonl, beside FRESH3_KNOWN, three of the layouts above.
FRESH3_TEMPLATES: dict[str, Template] = {
    "localtv": local_tv,
    "nextjs": next_js,
    "prwire": pr_wire,
}
FRESH3_KNOWN = ("divsoup", "readmore", "wordpress")
# Every layout of this module's sets, oldest first; later sets pick their known ones from it.
LAYOUTS = (TEMPLATES, HELDOUT_TEMPLATES, FRESH_TEMPLATES, FRESH2_TEMPLATES, FRESH3_TEMPLATES)


def _pad(page: str, rng: random.Random) -> str:
    """Grow a page to about 50 KB the way real pages are heavy: scripts and a site map footer."""
    parts = []
    size = len(page.encode())
    while size < TARGET_BYTES:
        kind = rng.random()
        if kind < 0.5:
            chunk = (
                "<script>(function(){var s=document.createElement('script');s.src='https://"
                f"cdn.example/ads/{rng.randrange(10**9)}.js';document.head.appendChild(s);"
                "window.__cfg={slot:'" + "x" * 200 + "'};})();</script>"
            )
        else:
            links = "".join(
                f'<li><a href="/archive/{rng.randrange(10**6)}">{s} archive</a></li>'
                for s in rng.sample(SECTIONS, 10)
            )
            chunk = f'<div class="sitemap"><ul>{links}</ul></div>'
        parts.append(chunk)
        size += len(chunk)
    return page.replace("</body>", "".join(parts) + "</body>", 1)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m streams.bench.pages",
        description="Write the clean benchmark's pages and truth.jsonl "
        "(tuning, heldout/, fresh/ ... fresh18/).",
    )
    parser.add_argument("out", nargs="?", default="bench-pages", help="folder to write into")
    out = Path(parser.parse_args(argv).out)
    # They build on this module's templates.
    from streams.bench.fresh4 import build_fresh4
    from streams.bench.fresh5 import build_fresh5
    from streams.bench.fresh6 import build_fresh6
    from streams.bench.fresh7 import build_fresh7
    from streams.bench.fresh8 import build_fresh8
    from streams.bench.fresh9 import build_fresh9
    from streams.bench.fresh10 import build_fresh10
    from streams.bench.fresh11 import build_fresh11
    from streams.bench.fresh12 import build_fresh12
    from streams.bench.fresh13 import build_fresh13
    from streams.bench.fresh14 import build_fresh14
    from streams.bench.fresh15 import build_fresh15
    from streams.bench.fresh16 import build_fresh16
    from streams.bench.fresh17 import build_fresh17
    from streams.bench.fresh18 import build_fresh18

    sets = (
        (out, build()),
        (out / "heldout", build_heldout()),
        (out / "fresh", build_fresh()),
        (out / "fresh2", build_fresh2()),
        (out / "fresh3", build_fresh3()),
        (out / "fresh4", build_fresh4()),
        (out / "fresh5", build_fresh5()),
        (out / "fresh6", build_fresh6()),
        (out / "fresh7", build_fresh7()),
        (out / "fresh8", build_fresh8()),
        (out / "fresh9", build_fresh9()),
        (out / "fresh10", build_fresh10()),
        (out / "fresh11", build_fresh11()),
        (out / "fresh12", build_fresh12()),
        (out / "fresh13", build_fresh13()),
        (out / "fresh14", build_fresh14()),
        (out / "fresh15", build_fresh15()),
        (out / "fresh16", build_fresh16()),
        (out / "fresh17", build_fresh17()),
        (out / "fresh18", build_fresh18()),
    )
    for folder, pages in sets:
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "truth.jsonl").open("w", encoding="utf-8") as truth:
            for page in pages:
                (folder / f"{page.name}.html").write_text(page.html, encoding="utf-8")
                truth.write(json.dumps({"page": page.name, "paragraphs": page.truth}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
