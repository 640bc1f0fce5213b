"""Deterministic news pages around the bench's article texts, with their ground truth.

Five templates, each with the boilerplate real sites carry (menus, cookie
banners, sign-up boxes, related teasers written as sentences, comments,
copyright and trademark footers, inline scripts) and padded to about 50 KB.
Two have no clear main block: a table layout with <br> paragraphs and a
"div soup" without <p> or <article>. `python -m streams.bench.pages DIR`
writes the pages and a truth.jsonl for inspection.
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections.abc import Callable
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


@dataclass(frozen=True)
class Page:
    name: str
    template: str
    html: str
    truth: list[str]
    article: dict[str, Any]


def articles() -> list[dict[str, Any]]:
    with (DATA / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build() -> list[Page]:
    """Every article in every template: 13 articles x 5 templates = 65 pages."""
    pages = []
    for article in articles():
        for name, template in TEMPLATES.items():
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


TEMPLATES: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "modern": modern,
    "table": table,
    "divsoup": div_soup,
    "teaser": teaser_box,
    "comments": comments_heavy,
}


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
    out = Path(argv[0]) if argv else Path("bench-pages")
    out.mkdir(parents=True, exist_ok=True)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for page in build():
            (out / f"{page.name}.html").write_text(page.html, encoding="utf-8")
            truth.write(json.dumps({"page": page.name, "paragraphs": page.truth}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
