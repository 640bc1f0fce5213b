"""The eighth fresh set: new article texts in three known and three new page layouts.

`build_fresh8()` was written before anyone looked at the seventh fresh set's failures, to
take its place once they are fixed: the 12 texts of data/clean/fresh8.jsonl (record wine
exports from Georgia's clay-pot cellars, a count of Sable Island's wild horses with a
paragraph that is one long quotation, vanilla farmers in Madagascar branding their pods
against thieves, grain barges stranded by low water on the Paraguay River, a shrinking date
harvest in Tunisia's oases, a town's only swimming pool closing with a "What happens to
swimming clubs" subheading and a one-sentence paragraph, a Bronze Age trackway found in an
Irish bog, a European curling final, a bakery chain's insolvency, pharmacists prescribing
antibiotics for sore throats with a "Who is eligible" subheading, a tenant's damages for
mould with a four-word paragraph and a beaver release in Cornwall) in three known layouts
(FRESH8_KNOWN) and in three new ones, FRESH8_TEMPLATES: 72 pages. The new ones are:

- a German-language newspaper's English edition ("zeitung"): a consent layer with a "Pur
  subscription" offer, a masthead with the regional editions and an e-paper link, a
  breadcrumb, then an <article> whose header holds a "Plus" paywall badge, a kicker, the
  headline, the author and a "Reading time" line; the story is <p>s in
  <div class="article-text"> with subheadings as <h2>, two "Also interesting:" teaser <p>s
  (a bold label, a linked headline and a sentence of summary) between paragraphs and an
  "Info" box <div class="infobox"> of prose sentences; after the story, still in the
  <article>, an author profile box with a bio sentence and "Follow" link, a "Discuss"
  teaser quoting the number of comments and a reader's comment, and topic tags; then a
  "Plus" subscription promo with a price, "More from the region" teasers with sentences and
  a footer with the imprint ("Imprint", "Data protection") and the publishing house's line;
- a government or NGO press room ("pressroom"): an "Official website" banner, a
  breadcrumb, a "Press release" label above the headline, "From:" and "Published" lines, a
  summary sentence lifted from the lead, then the story as <p>s in
  <div class="field--body"> with subheadings as <h3>; after it, in the same main column, a
  "Notes to editors" section of numbered notes written as sentences, a "Contact" block
  with the press office's phone numbers, e-mail and an out-of-hours line, "Download
  high-resolution images" links with file sizes, "Share this page" links, a "Related
  content" list, a "Is this page useful?" survey and a footer with the open licence and a
  crown-copyright line;
- an Asian English-language daily ("straits"): a "Catch up with the news" digest box at
  the top of full sentences about other stories, a section bar, the headline and a
  standfirst sentence, a byline with the reporter's title, a lead photo with caption, then
  the story in <div class="story-body"> as <br><br>-separated text inside two <p>s (the
  first four paragraphs, then, after an "ADVERTISEMENT" slot, the rest; subheadings as
  <b>), a "Join ...'s Telegram channel" line, a "Read more on:" tag list, "Related
  stories" with summary sentences, a "Most popular" list and a footer with the
  publisher's company registration and licence number.

The truth is the article's paragraphs only; badges, kickers, teasers, info boxes, author
profiles, comment teasers, summaries, notes to editors, contact blocks, download links,
digest sentences, standfirsts, tag lists and legal lines are not. Every truth paragraph is
on each page, escaped, whole and in order.
"""

from __future__ import annotations

import random
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading, _short_date
from streams.bench.pages import (
    _DATELINE,
    _MONTHS,
    LAYOUTS,
    PHOTO_CAPTIONS,
    PHOTO_CREDITS,
    Page,
    Template,
    _date,
    _e,
    _head,
    _slug,
    build_set,
)


def _lead_clause(lead: str) -> str:
    """The lead's first clause without its dateline, as a sentence: a summary or standfirst."""
    found = _DATELINE.match(lead)
    clause = lead[found.end() if found else 0 :].split(", ")[0].split(". ")[0].rstrip(".")
    return clause[0].upper() + clause[1:] + "."


# --- zeitung: a German-language newspaper's English edition ------------------------------

ZEITUNG_SITES = [
    ("Suedkurier Tagblatt", "suedkurier-tagblatt", "Suedkurier Verlagsgruppe GmbH & Co. KG"),
    ("Alpenland Rundschau", "alpenland-rundschau", "Rundschau Medien GmbH"),
    ("Neue Donauzeitung", "donauzeitung", "Donau Mediengruppe GmbH"),
]
EDITIONS = ["City", "Lake District", "Upper Valley", "Border Region", "Black Forest"]
ZEITUNG_MENU = ["Region", "Politics", "Economy", "Sport", "Culture", "Knowledge", "Travel"]
ALSO_INTERESTING = [
    (
        "Why the ferry timetable changes again in spring",
        "The operator says low water and staff shortages leave it no choice.",
    ),
    (
        "Hospital merger: what patients in the valley need to know now",
        "Two clinics will share one emergency department from next year.",
    ),
    (
        "This bakery has sold the same rye loaf since 1952",
        "The recipe has been written down only once, and it is kept in a safe.",
    ),
    (
        "Rents in the region rose faster than anywhere else in the state",
        "A new study names the towns where tenants pay the most.",
    ),
    (
        "Police look for witnesses after break-in at sports club",
        "The thieves took the till and a set of new footballs.",
    ),
    (
        "The new cycle path is finished, but nobody may use it yet",
        "A missing sign has held up the opening for six weeks.",
    ),
]
INFO_BOXES = [
    (
        "Plus articles",
        "Articles marked Plus are written by our editorial team and are available to "
        "subscribers. Subscribers can read every article on the website and in the app and "
        "receive the e-paper from 5 a.m. each morning.",
    ),
    (
        "How we report",
        "Our reporters work in eleven local offices across the region. When we use reports "
        "from news agencies we name them at the end of the article, and when we correct a "
        "mistake we say so in the text.",
    ),
    (
        "The regional edition",
        "The newspaper appears six days a week in five regional editions. Local pages are "
        "produced in the offices of each edition, while the national and international "
        "pages are shared.",
    ),
]
AUTHOR_BIOS = [
    "has worked for the newspaper since 2011 and reports on business and the region.",
    "studied economics in Vienna and joined the editorial team after a traineeship.",
    "writes about science, the environment and everything that grows, swims or flies.",
    "has been the editor of the local desk for ten years and lives by the lake.",
]
READER_COMMENTS = [
    "Finally someone writes about this. We have been waiting for answers for years.",
    "A good article, but I miss the view of the people who are affected most.",
    "I read this in the e-paper this morning and discussed it with my neighbours.",
    "The figures speak for themselves. Let us see what happens next.",
]
REGION_TEASERS = [
    (
        "Christmas market will be smaller this year",
        "The town council has cut the number of stalls from 80 to 55.",
    ),
    (
        "Farmers protest against new fertiliser rules",
        "More than 200 tractors drove through the town centre on Saturday.",
    ),
    (
        "School canteen wins prize for healthy food",
        "The cooks use vegetables from farms within 30 kilometres.",
    ),
    (
        "Lake reaches lowest level for October",
        "Boat owners have been asked to take their boats out of the water early.",
    ),
    (
        "Theatre sells out new season in two days",
        "The director says she has never seen demand like it.",
    ),
]


def zeitung(a: dict[str, Any], rng: random.Random) -> str:
    """A German paper in English: a Plus badge, div.article-text with Also interesting teasers."""
    site, domain, house = rng.choice(ZEITUNG_SITES)
    base = f"https://www.{domain}.example"
    year, month, day, _ = _date(a)
    time = a["published"][11:16]
    paragraphs = a["paragraphs"]
    n = len(paragraphs)
    body = [f"<h2>{_e(p)}</h2>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs]

    def also(title: str, blurb: str) -> str:
        return (
            f"<p class='also-interesting'><strong>Also interesting:</strong> <a href='{base}/"
            f"region/{_slug(title)}-id{rng.randrange(10**7, 10**8)}.html'>{_e(title)}</a> "
            f"{_e(blurb)}</p>"
        )

    teasers = rng.sample(ALSO_INTERESTING, 2)
    heading, text = rng.choice(INFO_BOXES)
    body.insert(n - 1, also(*teasers[1]))
    body.insert(
        max(4, n // 2 + 1),
        f"<div class='infobox'><h4 class='infobox__label'>Info</h4><p class='infobox__title'>"
        f"<strong>{_e(heading)}</strong></p><p>{_e(text)}</p></div>",
    )
    body.insert(2, also(*teasers[0]))
    minutes = max(2, sum(len(p.split()) for p in paragraphs) // 200 + 1)
    comments = rng.randrange(3, 60)
    editions = "".join(f"<li><a href='{base}/{_slug(e)}/'>{_e(e)}</a></li>" for e in EDITIONS)
    menu = "".join(f"<li><a href='{base}/{_slug(m)}/'>{_e(m)}</a></li>" for m in ZEITUNG_MENU)
    tags = "".join(
        f"<li><a href='{base}/thema/{_slug(t)}/'>{_e(t)}</a></li>"
        for t in (a["section"], *rng.sample(EDITIONS, 2))
    )
    region = "".join(
        f"<div class='teaser'><span class='teaser__kicker'>{_e(rng.choice(EDITIONS))}</span>"
        f"<h3><a href='{base}/region/{_slug(t)}/'>{_e(t)}</a></h3><p>{_e(s)}</p></div>"
        for t, s in rng.sample(REGION_TEASERS, 4)
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body><div id='cmp-layer' "
        f"class='consent'><h2>Read with advertising or without</h2><p>We and our partners use "
        f"cookies and similar technologies to finance our journalism. You can read the site "
        f"with personalised advertising and tracking, or take out a Pur subscription without "
        f"advertising for 3.99 euros a month.</p><button>Accept and continue</button><button>"
        f"Pur subscription</button><a href='{base}/datenschutz/'>Settings</a></div><header "
        f"class='masthead'><a class='logo' href='{base}/'>{_e(site)}</a><ul class='editions'>"
        f"{editions}</ul><a class='epaper' href='https://epaper.{domain}.example/'>E-Paper</a>"
        f" <a href='{base}/abo/'>Subscribe</a> <a href='{base}/login/'>Log in</a><nav><ul>"
        f"{menu}</ul></nav></header><main><nav class='breadcrumb'><a href='{base}/'>Home</a>"
        f" &rsaquo; <a href='{base}/{_slug(a['section'])}/'>{_e(a['section'])}</a></nav>"
        f"<article class='article'><header class='article__header'><span class='plus-badge' "
        f"title='Plus article'>Plus</span><span class='article__kicker'>{_e(a['section'])}"
        f"</span><h1>{_e(a['title'])}</h1><div class='article__meta'><span class='author'>"
        f"{_e(a['author'])}</span> <time datetime='{a['published']}'>{day:02d}.{month:02d}."
        f"{year}, {time}</time> <span class='reading-time'>Reading time: {minutes} min</span>"
        f"</div><figure><img src='https://img.{domain}.example/{rng.randrange(10**8)}.jpg' "
        f"alt=''><figcaption>{_e(rng.choice(PHOTO_CAPTIONS))} Photo: "
        f"{_e(rng.choice(PHOTO_CREDITS))}</figcaption></figure></header><div class='article-"
        f"text'>{''.join(body)}</div><div class='author-profile'><img src='https://img."
        f"{domain}.example/authors/{_slug(a['author'])}.jpg' alt=''><p class='author-profile"
        f"__name'>{_e(a['author'])}</p><p>{_e(a['author'])} {_e(rng.choice(AUTHOR_BIOS))}</p>"
        f"<a href='{base}/autor/{_slug(a['author'])}/'>Follow</a> <a href='mailto:redaktion@"
        f"{domain}.example'>Send an e-mail</a></div><section class='discuss'><h3>Discuss</h3>"
        f"<p>{comments} comments</p><blockquote>{_e(rng.choice(READER_COMMENTS))}</blockquote>"
        f"<a href='{base}/kommentare/{a['slug']}/'>Join the discussion</a></section><ul "
        f"class='tags'>{tags}</ul></article><aside class='plus-promo'><span class='plus-badge'"
        f">Plus</span><h3>Read on with {_e(site)} Plus</h3><p>All Plus articles, the e-paper "
        f"and the app for 9.99 euros a month. The first month costs 0.99 euros and you can "
        f"cancel at any time.</p><button>Try it now</button></aside><section class='region'>"
        f"<h2>More from the region</h2>{region}</section></main><footer><ul><li><a href='"
        f"{base}/impressum/'>Imprint</a></li><li><a href='{base}/datenschutz/'>Data "
        f"protection</a></li><li><a href='{base}/agb/'>Terms</a></li><li><a href='{base}/"
        f"kontakt/'>Contact</a></li></ul><p>&copy; {year} {_e(house)}. All rights reserved. "
        f"Reproduction only with the permission of the publisher.</p></footer></body></html>"
    )


# --- pressroom: a government or NGO press room page --------------------------------------

PRESS_ROOMS = [
    ("Department for Rural Affairs", "rural-affairs", "Rural Affairs Press Office"),
    ("Ministry of Regional Development", "regional-development", "Ministry Press Office"),
    ("National Heritage and Nature Agency", "heritage-nature", "Agency Communications Team"),
]
PRESS_NOTES = [
    "The figures in this release are provisional and will be confirmed in the annual "
    "statistics published in the autumn.",
    "Interviews with officials can be arranged through the press office on weekdays between "
    "9am and 5pm.",
    "Photographs and video for broadcast are available free of charge for editorial use "
    "only, and must be credited as shown.",
    "The department's previous release on this subject was published last year and is "
    "available in the news archive.",
    "Regional breakdowns of the figures are available on request from the press office.",
    "This release was issued on behalf of the minister and is embargoed until the time and "
    "date shown above.",
]
IMAGES = ["Landscape view", "Portrait", "Detail", "Aerial photograph", "Infographic"]
RELATED = [
    "Annual report and accounts",
    "Guidance: how to apply for funding",
    "Consultation outcome: rural services",
    "Statistics: quarterly update",
    "Speech: minister's address to the spring conference",
]


def pressroom(a: dict[str, Any], rng: random.Random) -> str:
    """A press room: a Press release label, div.field--body, notes to editors and contacts."""
    office, domain, team = rng.choice(PRESS_ROOMS)
    base = f"https://www.{domain}.gov.example"
    year, month, day, _ = _date(a)
    paragraphs = a["paragraphs"]
    body = "".join(
        f"<h3>{_e(p)}</h3>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs
    )
    summary = _lead_clause(paragraphs[0])
    notes = "".join(f"<li>{_e(n)}</li>" for n in rng.sample(PRESS_NOTES, 4))
    images = "".join(
        f"<li><a href='https://media.{domain}.gov.example/{a['slug']}-{i}.jpg' download>"
        f"{_e(name)} (JPG, {rng.randrange(2, 9)}.{rng.randrange(10)} MB)</a></li>"
        for i, name in enumerate(rng.sample(IMAGES, 3), 1)
    )
    related = "".join(
        f"<li><a href='{base}/publications/{_slug(r)}'>{_e(r)}</a></li>"
        for r in rng.sample(RELATED, 3)
    )
    mobile = f"07700 {rng.randrange(100000, 1000000)}"
    phone = f"020 7{rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, office, False)}<body><div class='govuk-"
        f"banner'><p>An official website of the government. <a href='{base}/about/official'>"
        f"Here is how you know</a></p></div><div class='cookie-banner'><h2>Cookies on this "
        f"site</h2><p>We use some essential cookies to make this service work. We would also "
        f"like to use analytics cookies so we can understand how you use the service.</p>"
        f"<button>Accept analytics cookies</button><button>Reject analytics cookies</button>"
        f"</div><header class='site-header'><a href='{base}/'>{_e(office)}</a><nav><a href='"
        f"{base}/news'>News</a> <a href='{base}/publications'>Publications</a> <a href='{base}"
        f"/consultations'>Consultations</a> <a href='{base}/about'>About us</a></nav></header>"
        f"<div class='breadcrumb'><ol><li><a href='{base}/'>Home</a></li><li><a href='{base}/"
        f"news'>News and media</a></li><li><a href='{base}/news/press-releases'>Press "
        f"releases</a></li></ol></div><main id='main-content'><div class='node node--press-"
        f"release'><span class='label label--type'>Press release</span><h1 class='page-title'"
        f">{_e(a['title'])}</h1><p class='lead-paragraph'>{_e(summary)}</p><dl class='"
        f"metadata'><dt>From:</dt><dd><a href='{base}/'>{_e(office)}</a></dd><dt>Published"
        f"</dt><dd>{day} {_MONTHS[month - 1]} {year}</dd></dl><div class='field field--body'>"
        f"{body}</div><section class='notes-to-editors'><h2>Notes to editors</h2><ol>{notes}"
        f"</ol></section><section class='contact'><h2>Contact</h2><p><strong>{_e(team)}"
        f"</strong></p><p>Email: <a href='mailto:press@{domain}.gov.example'>press@{domain}."
        f"gov.example</a></p><p>Telephone: {phone}</p><p>Out of hours: {mobile} (journalists "
        f"only)</p></section><section class='downloads'><h2>"
        f"Download high-resolution images</h2><ul>{images}</ul><p>Credit: {_e(office)}</p>"
        f"</section><div class='share'><h2>Share this page</h2><a href='https://facebook."
        f"example/sharer?u={base}/news/{a['slug']}'>Facebook</a> <a href='https://x.example/"
        f"intent?url={base}/news/{a['slug']}'>X</a> <a href='mailto:?subject="
        f"{_a(a['title'])}'>Email</a></div></div><aside class='related'><h2>Related content"
        f"</h2><ul>{related}</ul></aside><div class='feedback'><h2>Is this page useful?</h2>"
        f"<button>Yes</button><button>No</button><a href='{base}/contact/problem'>Report a "
        f"problem with this page</a></div></main><footer class='site-footer'><ul><li><a href"
        f"='{base}/help'>Help</a></li><li><a href='{base}/privacy'>Privacy</a></li><li><a "
        f"href='{base}/cookies'>Cookies</a></li><li><a href='{base}/accessibility'>"
        f"Accessibility statement</a></li></ul><p>All content is available under the Open "
        f"Government Licence v3.0, except where otherwise stated.</p><p>&copy; Crown copyright"
        f" {year}</p></footer></body></html>"
    )


# --- straits: an Asian English-language daily ---------------------------------------------

DAILIES = [
    ("The Straits Courier", "ST", "straitscourier", "Courier Press Holdings Ltd"),
    ("Harbour City Daily", "HCD", "harbourcitydaily", "Harbour Media Group Ltd"),
    ("The Malacca Tribune", "MT", "malaccatribune", "Tribune Publishing Berhad"),
]
DIGEST = [
    "The central bank held its policy rate steady for a fourth meeting on Tuesday, saying "
    "inflation was falling as expected.",
    "A new MRT line will open to the public on Saturday, with free rides for the first weekend.",
    "Haze from forest fires pushed the air quality index into the unhealthy range in parts "
    "of the island on Monday.",
    "The national football team lost 2-1 to Thailand in a friendly played in front of a "
    "crowd of 30,000.",
    "Hawker centre stallholders will get rebates on their rent for six months, the "
    "environment agency said.",
    "A 63-year-old man was arrested after a fire in a flat in Bukit Batok that forced 80 "
    "residents to leave their homes.",
]
DAILY_SECTIONS = ["Singapore", "Asia", "World", "Opinion", "Life", "Business", "Tech", "Sport"]
JOB_TITLES = ["Correspondent", "Senior Correspondent", "Journalist", "Regional Correspondent"]
RELATED_STORIES = [
    (
        "Farmers in region count cost of extreme weather",
        "From Vietnam to the Philippines, growers say hotter summers are cutting yields.",
    ),
    (
        "Food import bill rises for third year",
        "The cost of importing rice, vegetables and meat rose by 6 per cent last year.",
    ),
    (
        "Why supply chains in Asia remain fragile",
        "Experts say shipping routes are still exposed to storms and disputes.",
    ),
    (
        "New rules for grants to small businesses",
        "Companies with fewer than 50 staff can now apply for help with energy costs.",
    ),
    (
        "Nature groups call for more protected areas",
        "A coalition of 20 groups says a third of land and sea should be protected by 2030.",
    ),
]
POPULAR = [
    "Condo prices rise 1.2% in third quarter",
    "Woman wins $1.6 million in lottery draw",
    "What to do if your flight is cancelled",
    "Five new hawker stalls to try this month",
    "Taxi fares to go up from January",
    "Driver arrested after crash on expressway",
]


def straits(a: dict[str, Any], rng: random.Random) -> str:
    """An Asian daily: a news digest at the top, <br><br>-separated story text in div.story-body."""
    name, short, domain, company = rng.choice(DAILIES)
    base = f"https://www.{domain}.example"
    year, _, _, clock = _date(a)
    paragraphs = a["paragraphs"]
    texts = [f"<b>{_e(p)}</b>" if _is_subheading(p) else _e(p) for p in paragraphs]
    digest = "".join(f"<li>{_e(s)}</li>" for s in rng.sample(DIGEST, 4))
    sections = "".join(f"<li><a href='{base}/{_slug(s)}'>{_e(s)}</a></li>" for s in DAILY_SECTIONS)
    tags = "".join(
        f"<li><a href='{base}/tags/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], *rng.sample(DAILY_SECTIONS[:3], 2))
    )
    related = "".join(
        f"<div class='card'><h3><a href='{base}/{_slug(a['section'])}/{_slug(t)}'>{_e(t)}</a>"
        f"</h3><p class='card-summary'>{_e(s)}</p></div>"
        for t, s in rng.sample(RELATED_STORIES, 3)
    )
    popular = "".join(
        f"<li><a href='{base}/{_slug(p)}'>{_e(p)}</a></li>" for p in rng.sample(POPULAR, 5)
    )
    standfirst = _lead_clause(paragraphs[0])
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, name, True)}<body><header class='top'><a "
        f"class='logo' href='{base}/'>{_e(name)}</a><a href='{base}/subscribe'>Subscribe</a> "
        f"<a href='{base}/login'>Log in</a><nav><ul class='sections'>{sections}</ul></nav>"
        f"</header><section class='catch-up'><h2>Catch up with the news</h2><p class='"
        f"catch-up__date'>{_short_date(a)}</p><ul>{digest}</ul><a href='{base}/catch-up'>"
        f"See all briefs</a></section><main><div class='article-header'><a class='section-"
        f"label' href='{base}/{_slug(a['section'])}'>{_e(a['section'])}</a><h1 class='"
        f"headline'>{_e(a['title'])}</h1><p class='standfirst'>{_e(standfirst)}</p>"
        f"<div class='byline'><span class='author'>{_e(a['author'])}</span>"
        f"<span class='author-title'>{_e(rng.choice(JOB_TITLES))}</span><span class='date'>"
        f"Updated {_short_date(a)}, {clock}</span></div></div><figure class='lead-image'><img "
        f"src='https://static.{domain}.example/photos/{rng.randrange(10**7)}.jpg' alt=''>"
        f"<figcaption>{_e(rng.choice(PHOTO_CAPTIONS))} PHOTO: "
        f"{_e(rng.choice(PHOTO_CREDITS)).upper()}</figcaption></figure><div class='share-"
        f"tools'><a>Gift this article</a> <a>Share</a> <a>Save</a></div><div class='story-"
        f"body'><p>{'<br><br>'.join(texts[:4])}</p><div class='ad-slot' id='dfp-ad-"
        f"imu1'><span>ADVERTISEMENT</span></div><p>{'<br><br>'.join(texts[4:])}</p><p "
        f"class='telegram'><em>Join {short}'s Telegram channel and get the latest breaking "
        f"news delivered to you.</em></p></div><div class='read-more-on'><span>Read more on:"
        f"</span><ul>{tags}</ul></div><section class='related-stories'><h2>Related stories"
        f"</h2>{related}</section></main><aside class='most-popular'><h2>Most popular</h2>"
        f"<ol>{popular}</ol></aside><footer><ul><li><a href='{base}/about'>About us</a></li>"
        f"<li><a href='{base}/terms'>Terms and conditions</a></li><li><a href='{base}/"
        f"privacy'>Privacy policy</a></li><li><a href='{base}/contact'>Contact us</a></li>"
        f"</ul><p>MCI (P) {rng.randrange(10, 100):03d}/{rng.randrange(1, 13):02d}/{year}</p>"
        f"<p>Published by {_e(company)}. Co. Regn. No. {rng.randrange(10**8, 10**9)}X. "
        f"Copyright &copy; {year}. All rights reserved.</p></footer></body></html>"
    )


# Layouts for the eighth fresh set, written before the seventh fresh set's failures were
# looked at: only ever paired with fresh8.jsonl, beside FRESH8_KNOWN, three older layouts.
FRESH8_TEMPLATES: dict[str, Template] = {
    "zeitung": zeitung,
    "pressroom": pressroom,
    "straits": straits,
}
FRESH8_KNOWN = ("syndicated", "broadcaster", "newsletter")


def build_fresh8() -> list[Page]:
    """The eighth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh8.jsonl",
        FRESH8_KNOWN,
        FRESH8_TEMPLATES,
        (*LAYOUTS, FRESH4_TEMPLATES, FRESH5_TEMPLATES, FRESH6_TEMPLATES, FRESH7_TEMPLATES),
    )
