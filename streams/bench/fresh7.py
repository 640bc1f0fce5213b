"""The seventh fresh set: new article texts in three known and three new page layouts.

`build_fresh7()` was written before anyone looked at the sixth fresh set's failures, to
take its place once they are fixed: the 12 texts of data/clean/fresh7.jsonl (a district
heating price cap in Lithuania whose city-by-city limits are one sentence of numbers, a
record year for organ donation in Uruguay, a stolen Cremona violin found in an Austrian
attic with a one-sentence paragraph, a sinkhole in Guatemala City, a town council's ban on
petrol leaf blowers with a "What the ban covers" subheading, a Norwegian women's handball
final with its scorers, an amateur astronomer's comet, tuition fees for student nurses in
Wales with a "Who can apply" subheading, electric minibuses replacing jeepneys in Cebu,
satellite collars on Namibia's desert lions with a paragraph that is one long quotation, a
digital identity app that crashed on launch in Slovakia and a lost silent film found in
New Zealand) in three known layouts (FRESH7_KNOWN) and in three new ones,
FRESH7_TEMPLATES: 72 pages. The new ones are:

- a Scandinavian public news site in English ("nordic"): a consent dialog, a top bar of
  the broadcaster's services, a section menu, then an <article> whose header holds a
  kicker, the headline, a photo with "Photo:" credit and a byline block with the
  reporter's e-mail and "Published"/"Updated" times; the story is <p>s in
  <section class="article-body">, with subheadings as <h2>, two "Read also:" links as
  <p>s of their own between paragraphs and a "Fact box" <div class="faktaboks"> of prose
  sentences explaining a term; after the story, still in the <article>, a "Correction"
  box saying what an earlier version got wrong, topic tags and share buttons; then a
  "Most shared" list, a "Latest news" feed with times and a footer naming the editor in
  chief and the press code the site follows;
- a regional radio station's news page ("radio"): a sticky "Listen live" player bar
  with the frequency and the song now playing, the station menu, an "On air now" widget
  with the show, presenter and times, then the story in <div class="rte-content"> as
  rich-editor <p>s (subheadings as <p><strong>, empty <p>&nbsp;</p> spacers, an audio
  clip "Hear the full report" between paragraphs) that ends with an italic "Text the
  studio" line and a "Got a story?" e-mail line; after it a row of podcast episode cards
  with descriptions written as sentences, a "Travel and weather" box of sentences, more
  local news headlines and a footer with the station group's registration line;
- a news aggregator's "story cluster" page ("cluster"): a top bar with "For you",
  "Following" and "Local" tabs, a cluster header ("14 sources") with a coverage bar,
  then one outlet's copy of the story: an outlet card ("Published by ... hours ago"),
  the headline and byline, and the story in <div class="caas-body"> as <p>s interrupted
  by a "Story continues" button and closed by a "Read the original article on ..."
  line; beside and after it a "Fact check" badge sentence, a "Full coverage" list of the
  same story from other outlets (headline, outlet, time), a "Why you are seeing this"
  notice, "Top stories" and a footer saying the aggregator does not write the news.

The truth is the article's paragraphs only; kickers, credits, links, fact boxes,
corrections, players, show widgets, podcast cards, studio lines, outlet cards, coverage
lists, notices and legal lines are not. Every truth paragraph is on each page, escaped,
whole and in order.
"""

from __future__ import annotations

import random
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES, _a
from streams.bench.pages import (
    _DATELINE,
    _MONTHS,
    AGENCIES,
    LAYOUTS,
    PHOTO_CAPTIONS,
    PHOTO_CREDITS,
    PHOTOGRAPHERS,
    Page,
    Template,
    _date,
    _e,
    _head,
    _slug,
    build_set,
)


def _is_subheading(paragraph: str) -> bool:
    """A short paragraph without a closing full stop or quote: a subheading in the text."""
    return len(paragraph.split()) <= 8 and not paragraph.endswith((".", '"', "'", "?", "!"))


def _short_date(a: dict[str, Any]) -> str:
    year, month, day, _ = _date(a)
    return f"{day} {_MONTHS[month - 1][:3]} {year}"


# --- nordic: a Scandinavian public news site in English -----------------------------------

NORDIC_SITES = [
    ("Nordlys Public Media", "NPM", "nordlys"),
    ("Fjordland Broadcasting", "FB", "fjordland"),
    ("Baltic Sea Public Service", "BSPS", "bsps"),
]
NORDIC_SERVICES = ["News", "Sport", "TV", "Radio", "Podcasts", "Weather", "Children", "Culture"]
NORDIC_MENU = ["Front page", "Domestic", "World", "Politics", "Economy", "Climate", "Culture"]
READ_ALSO = [
    "Government presents its budget: these are the main points",
    "Record number of people moved abroad last year",
    "Fewer young people take a driving licence",
    "The winter's first storm hits the coast tonight",
    "Parliament agrees on new rules for rental housing",
    "Ferry company cancels departures after engine fault",
    "Researchers: the spring flood will come earlier",
]
FACT_BOXES = [
    (
        "What is a public broadcaster?",
        "A public broadcaster is funded by the state through the national budget and is "
        "independent of the government in its editorial decisions. It is required by law to "
        "offer news, culture and programmes for children in all parts of the country. Its "
        "board is appointed by the ministry, but the board cannot decide what is published.",
    ),
    (
        "How we use sources",
        "Our journalists check information with at least two sources before it is published. "
        "When we use material from news agencies, we say so in the article. If we make a "
        "mistake, we correct it as quickly as possible and say what was wrong.",
    ),
    (
        "What is an agency story?",
        "A news agency sells news to newspapers, broadcasters and websites, which may publish "
        "it as it is or add their own reporting. Agency stories usually begin with the place "
        "they were written and the name of the agency in brackets.",
    ),
]
CORRECTIONS = [
    "An earlier version of this article gave the wrong date for the decision. It has been "
    "corrected.",
    "An earlier version of this article misspelled the name of one of the people quoted. "
    "This has been corrected.",
    "In an earlier version of this article, a figure was given in the wrong currency. The "
    "article has been updated.",
]
LATEST = [
    "Police close motorway after lorry overturns",
    "Nurses vote to accept new pay agreement",
    "Northern lights expected over the whole country tonight",
    "Football: national team names squad for qualifiers",
    "Electricity prices fall for the third week in a row",
    "Author wins the Nordic Council Literature Prize",
    "Avalanche warning raised to level 4 in the mountains",
]
PRESS_CODES = [
    "the Code of Ethics of the Press",
    "the Press Council's Code of Conduct",
    "the Ethical Guidelines for Journalists",
]
EDITORS = ["Kari Lindqvist", "Anders Holm", "Sigrid Nyberg", "Mikkel Aas"]


def nordic(a: dict[str, Any], rng: random.Random) -> str:
    """A Nordic public site: section.article-body with Read also links, a fact box, a correction."""
    site, short, domain = rng.choice(NORDIC_SITES)
    base = f"https://www.{domain}.example"
    year, month, day, _ = _date(a)
    time = a["published"][11:16]
    updated = f"{(int(time[:2]) + rng.randrange(1, 4)) % 24:02d}.{time[3:]}"
    paragraphs = a["paragraphs"]
    n = len(paragraphs)
    body = [
        f"<h2 class='subtitle'>{_e(p)}</h2>" if _is_subheading(p) else f"<p>{_e(p)}</p>"
        for p in paragraphs
    ]
    also = rng.sample(READ_ALSO, 2)

    def read_also(title: str) -> str:
        return (
            f"<p class='read-also'><strong>Read also:</strong> <a href='{base}/"
            f"{_slug(rng.choice(NORDIC_MENU))}/{_slug(title)}-1.{rng.randrange(10**7, 10**8)}'>"
            f"{_e(title)}</a></p>"
        )

    heading, explainer = rng.choice(FACT_BOXES)
    factbox = (
        f"<div class='faktaboks' role='note'><span class='faktaboks__label'>Fact box</span>"
        f"<h3>{_e(heading)}</h3><p class='faktaboks__text'>{_e(explainer)}</p><button "
        "class='faktaboks__toggle'>Show more</button></div>"
    )
    body.insert(n - 2, read_also(also[1]))
    body.insert(max(3, n // 2), factbox)
    body.insert(2, read_also(also[0]))
    photographer, credit = rng.choice(PHOTOGRAPHERS), rng.choice(PHOTO_CREDITS)
    email = f"{_slug(a['author']).replace('-', '.')}@{domain}.example"
    tags = "".join(
        f"<li><a href='{base}/tag/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], *rng.sample(NORDIC_MENU[1:], 2))
    )
    shared = "".join(
        f"<li><span class='rank'>{i}</span><a href='{base}/{_slug(t)}'>{_e(t)}</a></li>"
        for i, t in enumerate(rng.sample(READ_ALSO, 5), 1)
    )
    latest = "".join(
        f"<li><time>{rng.randrange(6, 23):02d}.{rng.randrange(60):02d}</time> <a href='{base}/"
        f"{_slug(t)}'>{_e(t)}</a></li>"
        for t in rng.sample(LATEST, 5)
    )
    services = "".join(f"<li><a href='{base}/{_slug(s)}'>{s}</a></li>" for s in NORDIC_SERVICES)
    menu = "".join(f"<li><a href='{base}/{_slug(m)}'>{m}</a></li>" for m in NORDIC_MENU)
    editor = rng.choice(EDITORS)
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body><div class='consent' "
        "role='dialog'><h2>We use cookies</h2><p>We and our partners use cookies to measure "
        "how our services are used and to give you relevant content. You can change your "
        "choice at any time under Privacy settings.</p><button>Accept all</button> <button>"
        f"Only necessary</button></div><div class='topbar'><a class='logo' href='{base}/'>"
        f"{_e(short)}</a><ul class='services'>{services}</ul><a href='{base}/login'>Log in"
        f"</a></div><nav class='section-menu'><ul>{menu}</ul><form action='{base}/search'>"
        "<input name='q' placeholder='Search'></form></nav><main id='content'><article "
        f"class='article' data-id='1.{rng.randrange(10**7, 10**8)}'><header class='article-"
        f"header'><p class='kicker'>{_e(a['section'])}</p><h1>{_e(a['title'])}</h1><figure "
        f"class='article-image'><img src='https://gfx.{domain}.example/{rng.randrange(16**8):08x}"
        f"/1200.jpg' alt=''><figcaption>{_e(rng.choice(PHOTO_CAPTIONS))} <span class='credit'>"
        f"Photo: {_e(photographer)} / {_e(credit)}</span></figcaption></figure><div class="
        f"'byline'><div class='author'><a href='{base}/people/{_slug(a['author'])}'>"
        f"{_e(a['author'])}</a> <span class='role'>Journalist</span> <a href='mailto:{email}'>"
        f"{email}</a></div><div class='dates'><span>Published <time datetime='{a['published']}"
        f"'>{day}.{month:02d}.{year} {time.replace(':', '.')}</time></span> <span>Updated "
        f"{day}.{month:02d}.{year} {updated}</span></div></div></header><section class='"
        f"article-body'>{''.join(body)}</section><aside class='correction'><h4>Correction</h4>"
        f"<p>{_e(rng.choice(CORRECTIONS))}</p></aside><ul class='tags'>{tags}</ul><div "
        "class='share'><span>Share the article</span> <button>Facebook</button> <button>X"
        "</button> <button>E-mail</button> <button>Copy link</button></div></article><aside "
        f"class='most-shared'><h2>Most shared</h2><ol>{shared}</ol></aside><section class="
        f"'latest'><h2>Latest news</h2><ul>{latest}</ul></section></main><footer class='site-"
        f"footer'><p>{_e(site)}</p><p>Editor in chief and director of news: {_e(editor)}</p>"
        f"<p>{_e(short)} works according to {_e(rng.choice(PRESS_CODES))}. If you believe we "
        "have broken it, you can complain to the Press Complaints Commission.</p><p><a href='"
        f"{base}/privacy'>Privacy</a> <a href='{base}/cookies'>Cookie settings</a> <a href='"
        f"{base}/contact'>Contact us</a> <a href='{base}/tips'>Send us a tip</a></p></footer>"
        "</body></html>"
    )


# --- radio: a regional radio station's news page ------------------------------------------

STATIONS = [
    ("Harbour FM", "96.4", "harbourfm", "Saltmarsh Radio Group Ltd"),
    ("Vale Sound", "103.2", "valesound", "Greenway Broadcasting Ltd"),
    ("Coastline Radio", "97.8", "coastline", "Saltmarsh Radio Group Ltd"),
]
NOW_PLAYING = [
    ("Fleetwood Mac", "Everywhere"),
    ("Dua Lipa", "Levitating"),
    ("The Killers", "Mr. Brightside"),
    ("Florence + The Machine", "Dog Days Are Over"),
    ("Elton John", "I'm Still Standing"),
]
SHOWS = [
    ("Breakfast with Jo and Dev", "6am - 10am"),
    ("Mid-Mornings with Sam Price", "10am - 1pm"),
    ("Afternoons with Kerry Lane", "1pm - 4pm"),
    ("Drivetime with Mark Ellis", "4pm - 7pm"),
]
RADIO_MENU = ["Listen", "News", "Podcasts", "Competitions", "Events", "What's On", "Contact"]
EPISODES = [
    (
        "The Local Briefing: the week in five minutes",
        "Our newsroom rounds up the stories that mattered in the area this week. New episodes "
        "arrive every Friday afternoon.",
    ),
    (
        "Match Talk: season preview",
        "The sport team looks ahead to the new season with two former players. They also "
        "answer your questions about ticket prices.",
    ),
    (
        "Real Lives: the lifeboat crew",
        "We spent a night with the volunteers who go out in any weather. One of them has "
        "been on more than 400 rescues.",
    ),
    (
        "Money Matters: getting through the winter",
        "An adviser explains what help is available with energy bills. She also tells us the "
        "three mistakes people make most often.",
    ),
]
TRAVEL = [
    "Roadworks continue on the ring road, with one lane closed in each direction overnight.",
    "Trains between the city and the coast are running normally this evening.",
    "A broken-down bus is causing delays on the high street, so allow extra time.",
    "It will stay dry and mostly cloudy tonight, with a low of 7 degrees.",
    "Expect sunny spells tomorrow morning and showers in the afternoon.",
]
RADIO_NEWS = [
    "Plans for new homes on former quarry site approved",
    "Lifeboat called out twice in one day",
    "Primary school celebrates outstanding inspection",
    "Bus route to be cut from next month",
    "Charity shop appeal after thieves take donations",
    "Harbour festival to return next summer",
]


def radio(a: dict[str, Any], rng: random.Random) -> str:
    """A regional radio page: the story in div.rte-content under a live player and a show widget."""
    station, freq, domain, group = rng.choice(STATIONS)
    base = f"https://www.{domain}.example"
    year = _date(a)[0]
    artist, song = rng.choice(NOW_PLAYING)
    show, hours = rng.choice(SHOWS)
    paragraphs = a["paragraphs"]
    n = len(paragraphs)
    body = [
        f"<p><strong>{_e(p)}</strong></p>" if _is_subheading(p) else f"<p>{_e(p)}</p>"
        for p in paragraphs
    ]
    minutes, seconds = rng.randrange(1, 4), rng.randrange(60)
    clip = (
        f"<div class='audio-embed' data-clip='{rng.randrange(10**6)}'><p class='audio-embed__"
        f"title'>Hear the full report</p><audio controls preload='none' src='https://audio."
        f"{domain}.example/clips/{a['slug']}.mp3'></audio><span class='audio-embed__length'>"
        f"{minutes}:{seconds:02d}</span></div>"
    )
    body.insert(max(3, n // 2), clip)
    body.insert(2, "<p>&nbsp;</p>")
    number = f"8{rng.randrange(1000, 10000)}"
    body += [
        "<p>&nbsp;</p>",
        f"<p><em>Text the studio on {number} with your views. Messages cost your standard "
        "network rate.</em></p>",
        f"<p><em>Got a story? Email news@{domain}.example</em></p>",
    ]
    episodes = "".join(
        f"<div class='episode-card'><img src='https://img.{domain}.example/podcasts/"
        f"{_slug(t)}.jpg' alt=''><h3><a href='{base}/podcasts/{_slug(t)}'>{_e(t)}</a></h3><p "
        f"class='episode-card__description'>{_e(d)}</p><span class='episode-card__length'>"
        f"{rng.randrange(5, 45)} min</span><button>Play episode</button></div>"
        for t, d in rng.sample(EPISODES, 3)
    )
    travel = "".join(f"<li>{_e(t)}</li>" for t in rng.sample(TRAVEL, 3))
    more = "".join(
        f"<li><a href='{base}/news/local/{_slug(t)}/'>{_e(t)}</a></li>"
        for t in rng.sample(RADIO_NEWS, 4)
    )
    menu = "".join(f"<li><a href='{base}/{_slug(m)}/'>{_e(m)}</a></li>" for m in RADIO_MENU)
    credit = rng.choice(PHOTO_CREDITS)
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, station, True)}<body><div class='live-"
        f"bar' id='player'><button class='live-bar__play'>Listen live</button><span class='"
        f"live-bar__station'>{_e(station)} {freq} FM</span><span class='live-bar__now'>Now "
        f"playing: {_e(artist)} - {_e(song)}</span><a href='{base}/listen/'>Ways to listen</a>"
        f"</div><header class='station-header'><a class='logo' href='{base}/'>{_e(station)}</a>"
        f"<nav><ul>{menu}</ul></nav></header><aside class='on-air'><h2>On air now</h2><img src"
        f"='https://img.{domain}.example/shows/{_slug(show)}.jpg' alt=''><h3>{_e(show)}</h3><p>"
        f"{hours}</p><a href='{base}/schedule/'>Full schedule</a></aside><main class='news-"
        f"article'><nav class='breadcrumbs'><a href='{base}/news/'>News</a> &gt; <a href='"
        f"{base}/news/local/'>Local</a></nav><h1>{_e(a['title'])}</h1><div class='article-"
        f"meta'><span>By {_e(a['author'])}</span> <span>{_short_date(a)}</span></div><figure>"
        f"<img src='https://img.{domain}.example/news/{rng.randrange(10**7)}.jpg' alt=''>"
        f"<figcaption>Picture: {_e(credit)}</figcaption></figure><div class='rte-content'>"
        f"{''.join(body)}</div><div class='share-bar'><span>Share this story</span> <a>"
        f"Facebook</a> <a>WhatsApp</a> <a>Email</a></div></main><section class='podcasts'><h2>"
        f"Podcasts from {_e(station)}</h2>{episodes}</section><aside class='travel-weather'><h2>"
        f"Travel and weather</h2><ul>{travel}</ul></aside><section class='more-news'><h2>More "
        f"local news</h2><ul>{more}</ul></section><footer class='station-footer'><p>Download "
        f"the {_e(station)} app, or ask your smart speaker to play {_e(station)}.</p><p><a "
        f"href='{base}/privacy/'>Privacy</a> <a href='{base}/terms/'>Terms</a> <a href='{base}/"
        f"complaints/'>Complaints</a> <a href='{base}/advertise/'>Advertise with us</a></p><p>"
        f"&copy; {year} {_e(station)} is part of {_e(group)}. Registered in England and Wales, "
        f"company number {rng.randrange(10**7, 10**8)}.</p></footer></body></html>"
    )


# --- cluster: a news aggregator's story cluster page --------------------------------------

AGGREGATOR = "Newslens"
OUTLETS = [
    "The Daily Courier",
    "Metro Herald",
    "National Post-Tribune",
    "The Morning Ledger",
    "Evening Standard-Gazette",
    "Riverside Times",
    "The Independent Voice",
    "Capital Dispatch",
]
COVERAGE = [
    "{title}",
    "What we know so far: {section} story explained",
    "{section}: reaction and what happens next",
    "Analysis: why this {section_lower} story matters",
    "Explainer: the background to today's {section_lower} news",
]
CLUSTER_TOP = [
    "Storm brings flooding to coastal towns",
    "Stock markets close higher after rate decision",
    "Minister resigns over expenses claims",
    "Scientists warn of record ocean temperatures",
    "Tech giant unveils new smartphone",
    "Cup final goes to extra time",
]


def cluster(a: dict[str, Any], rng: random.Random) -> str:
    """An aggregator's story cluster: one outlet's copy in div.caas-body, full coverage around."""
    found = _DATELINE.match(a["paragraphs"][0])
    agency = found.group(0).split("(", 1)[1].split(")", 1)[0] if found else ""
    outlet = AGENCIES.get(agency) or rng.choice(OUTLETS)
    others = rng.sample([o for o in OUTLETS if o != outlet], 4)
    year = _date(a)[0]
    base = "https://newslens.example"
    sources = rng.randrange(8, 40)
    paragraphs = a["paragraphs"]
    body = [f"<h2>{_e(p)}</h2>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs]
    body.insert(
        3,
        "<div class='caas-readmore'><button class='link caas-button'>Story continues</button>"
        "</div>",
    )
    body.append(
        f"<p class='caas-source'><em>Read the original article on <a href='https://www."
        f"{_slug(outlet).replace('-', '')}.example/{a['slug']}'>{_e(outlet)}</a>.</em></p>"
    )
    fields = {
        "title": a["title"],
        "section": a["section"],
        "section_lower": a["section"].lower(),
    }
    coverage = "".join(
        f"<li class='coverage-item'><a href='{base}/r/{rng.randrange(10**9)}'><span class="
        f"'coverage-headline'>{_e(pattern.format(**fields))}</span></a><span class='coverage-"
        f"outlet'>{_e(o)}</span> <time>{rng.randrange(1, 12)}h ago</time></li>"
        for pattern, o in zip(rng.sample(COVERAGE, 4), others, strict=True)
    )
    left, centre = rng.randrange(15, 40), rng.randrange(30, 50)
    top = "".join(
        f"<li><a href='{base}/story/{_slug(t)}'>{_e(t)}</a> <span>{rng.randrange(5, 90)} "
        "sources</span></li>"
        for t in rng.sample(CLUSTER_TOP, 4)
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, AGGREGATOR, False)}<body><header class='"
        f"app-bar'><a class='brand' href='{base}/'>{AGGREGATOR}</a><nav class='tabs'><a href="
        f"'{base}/'>For you</a> <a href='{base}/following'>Following</a> <a href='{base}/"
        f"local'>Local</a> <a href='{base}/topics/{_slug(a['section'])}'>{_e(a['section'])}"
        f"</a></nav><form action='{base}/search'><input name='q' placeholder='Search topics "
        f"and sources'></form><a href='{base}/signin'>Sign in</a></header><main class='"
        f"cluster'><div class='cluster-header'><span class='cluster-label'>Story</span> <span"
        f" class='cluster-count'>{sources} sources</span> <span>Updated {rng.randrange(1, 6)}h"
        f" ago</span><div class='coverage-bar' aria-label='Coverage'><span style='width:{left}"
        f"%'>National {left}%</span><span style='width:{centre}%'>Regional {centre}%</span>"
        f"<span>International {100 - left - centre}%</span></div></div><div class='cluster-"
        f"main'><div class='caas-container'><div class='caas-attr'><img class='outlet-logo' "
        f"src='{base}/logos/{_slug(outlet)}.png' alt='{_a(outlet)}'><span>Published by "
        f"{_e(outlet)} &middot; {rng.randrange(1, 9)} hours ago</span> <button>Follow</button>"
        f"</div><h1 class='caas-title'>{_e(a['title'])}</h1><div class='caas-byline'>"
        f"{_e(a['author'])} &middot; {_short_date(a)}</div><div class='caas-body'>"
        f"{''.join(body)}</div></div><aside class='fact-check'><span class='badge'>Fact check"
        f"</span><p>Independent fact-checkers have reviewed claims shared online about this "
        f"story. <a href='{base}/factcheck/{a['slug']}'>See what they found.</a></p></aside>"
        f"<section class='full-coverage'><h2>Full coverage</h2><ul>{coverage}</ul><a href='"
        f"{base}/story/{a['slug']}/all'>See all {sources} sources</a></section></div><aside "
        f"class='why-notice'><h3>Why you are seeing this</h3><p>You are seeing this story "
        f"because it is popular with readers near you and you follow {_e(a['section'])}. <a "
        f"href='{base}/settings/feed'>Manage your feed.</a></p></aside><section class='top-"
        f"stories'><h2>Top stories</h2><ul>{top}</ul></section></main><footer class='app-"
        f"footer'><p>{AGGREGATOR} does not write the news. Stories are selected automatically"
        f" from publishers, who are responsible for their content.</p><p><a href='{base}/"
        f"about'>About</a> <a href='{base}/privacy'>Privacy</a> <a href='{base}/terms'>Terms"
        f"</a> <a href='{base}/publishers'>For publishers</a></p><p>&copy; {year} "
        f"{AGGREGATOR} Inc.</p></footer></body></html>"
    )


# Layouts for the seventh fresh set, written before the sixth fresh set's failures were
# looked at: only ever paired with fresh7.jsonl, beside FRESH7_KNOWN, three older layouts.
FRESH7_TEMPLATES: dict[str, Template] = {
    "nordic": nordic,
    "radio": radio,
    "cluster": cluster,
}
FRESH7_KNOWN = ("paywall", "blognews", "agency")


def build_fresh7() -> list[Page]:
    """The seventh fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh7.jsonl",
        FRESH7_KNOWN,
        FRESH7_TEMPLATES,
        (*LAYOUTS, FRESH4_TEMPLATES, FRESH5_TEMPLATES, FRESH6_TEMPLATES),
    )
