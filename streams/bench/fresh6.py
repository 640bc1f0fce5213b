"""The sixth fresh set: new article texts in three known and three new page layouts.

`build_fresh6()` was written before anyone looked at the fifth fresh set's failures, to
take its place once they are fixed: the 12 texts of data/clean/fresh6.jsonl (an inquiry
into a footbridge collapse with a "What the inquiry found" subheading and a paragraph that
quotes the report at length, a world chess championship with a one-sentence paragraph, a
malaria vaccine rollout in northern Malawi, a bank fined for money laundering, a heat
record in Lapland, a ferry strike in Greece, a software company's layoffs, an "Analysis"
of rice prices whose subheadings are questions, a Roman shipwreck, a hiker found alive, olive
oil prices and a winter ice road that has not frozen) in three known layouts (FRESH6_KNOWN)
and in three new ones, FRESH6_TEMPLATES: 72 pages. The new ones are:

- a public broadcaster's page ("broadcaster"): a cookie consent bar, a masthead of
  services (News, Sport, Weather, Radio, TV), a news navigation strip, then an <article>
  whose story is a run of sibling blocks, one paragraph each, as
  <div data-component="text-block"> with hashed ssrcss-* classes around a single <p>, and
  subheadings as <div data-component="subheadline-block"> <h2>s; between the blocks an
  image block with "Image source," and "Image caption," lines, an audio clip block
  ("Listen: 2:31" and a "Media caption," sentence), a quote block repeating a sentence
  of the story, and a "More on this story" links block; after the story "Related Topics"
  chips and a "Related Internet Links" box with the broadcaster's disclaimer on external
  sites; then a "Top Stories" carousel, "Features" cards with summary sentences, a "Most
  Read" list and a footer of service links and a copyright line;
- a news agency's own site ("agency"): a slugline ("BC-WORLD-TARTU/0413") and a
  breadcrumb above the headline, a byline with a "minute read" line, "Purchase Licensing
  Rights" links next to the lead photo's caption and after the story, the story as
  <p data-testid="paragraph-N"> in <div class="article-body__content"> interrupted by a
  "Sign up here." newsletter promo, followed in the same container by a "(Reporting by
  ...; Editing by ...)" sign-off and an "Our Standards: ..." line; then an author card
  with a bio sentence, "Read Next" headlines with times, a "Related Coverage" list, a
  "Sponsored Content" strip and a footer with the quotes-delayed notice and copyright;
- a newsletter post on a Substack-like platform ("newsletter"): a top bar with a
  subscribe form, the post title, a subtitle sentence that is not in the story, the
  author's byline with like and comment counts, then the story as <p>s inside
  <div class="body markup"> holding, between the paragraphs, a "Share" button <p>, a
  subscription widget ("... is a reader-supported publication. ..."), a "Leave a comment"
  button, footnote anchors at the end of two paragraphs and, at the end, the footnotes
  themselves as sentences; after the body a like/restack bar, a "Subscribe to ..." box
  with a price, a "Discussion about this post" thread, a "Ready for more?" box, a list
  of recent posts and the platform's footer ("... is the home for great culture").

The truth is the article's paragraphs only; captions, pull quotes, links boxes, sluglines,
sign-offs, standards lines, subtitles, buttons, subscription widgets, footnotes, comments
and legal lines are not. Every truth paragraph is on each page, escaped, whole and in order.
"""

from __future__ import annotations

import html
import json
import random
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES, _source
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.pages import (
    _DATELINE,
    _DAYS,
    _MONTHS,
    _SENTENCE,
    COMMENTS,
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
    _weekday,
    build_set,
)


def _a(text: str) -> str:
    """Escape text for an attribute value."""
    return html.escape(text, quote=True)


def _is_subheading(paragraph: str) -> bool:
    """A short paragraph without a closing full stop or quote: a subheading in the text."""
    return len(paragraph.split()) <= 8 and not paragraph.endswith((".", '"', "'"))


def _quotable(paragraphs: list[str], rng: random.Random) -> str:
    """A sentence of the story that a page lifts out as a pull quote."""
    sentences = [
        s for p in paragraphs[1:] for s in _SENTENCE.split(p) if 10 <= len(s.split()) <= 35
    ]
    return rng.choice(sentences).strip('"')


# --- broadcaster: a public broadcaster's news page --------------------------------------

BROADCASTERS = [
    ("Northern Public Broadcasting", "NPB", "npb"),
    ("Aurora Broadcasting Corporation", "ABC-A", "aurorabc"),
    ("Public Service Radio and Television", "PSRT", "psrt"),
]
BROADCASTER_SERVICES = ["Home", "News", "Sport", "Weather", "Radio", "TV", "Learning", "Food"]
BROADCASTER_NEWS_NAV = [
    "Home",
    "World",
    "Business",
    "Politics",
    "Climate",
    "Technology",
    "Science",
    "Health",
    "Entertainment & Arts",
    "In Pictures",
    "Verify",
]
AUDIO_CAPTIONS = [
    "People affected describe what the past few days have been like",
    "Our correspondent explains what happens next",
    "Listen to the full interview on this morning's programme",
    "Residents share their reactions to the news",
]
TOP_STORIES = [
    "Parliament to hold emergency debate on energy prices",
    "Train drivers accept pay offer ending two-year dispute",
    "Search continues for fishing boat missing in North Sea",
    "Inflation falls to lowest level in three years",
    "Stars gather for film festival's opening night",
    "Schools told to prepare for new reading tests",
    "Hospital waiting lists shrink for sixth month",
]
FEATURES = [
    (
        "The village that built its own broadband",
        "Tired of waiting for a provider, residents dug the trenches themselves.",
    ),
    (
        "Why your weekly shop costs more than it did",
        "We compared the prices of 20 everyday items over five years.",
    ),
    (
        "The last lighthouse keeper on the coast",
        "For 41 years she kept the lamp burning. Now the job is done by a computer.",
    ),
    (
        "What it is like to row across an ocean alone",
        "Three people who have done it describe the loneliness and the storms.",
    ),
    (
        "Inside the race to save a dying language",
        "Only a few hundred fluent speakers are left, but a new app is helping.",
    ),
]
INTERNET_LINKS = [
    ("Ministry of Transport", "gov.example/transport"),
    ("World Health Organization", "who.example"),
    ("National Statistics Office", "stats.example"),
    ("Meteorological Institute", "met.example"),
    ("Financial Supervisory Authority", "fsa.example"),
    ("Ministry of Culture", "culture.example"),
]
MORE_ON_STORY = [
    "What we know so far",
    "How the day unfolded in pictures",
    "The questions still to be answered",
    "Timeline: the events that led to this",
    "Reaction from around the country",
]
_CSS = ["1q0x1qg", "7uxr49", "11r1m41", "1ocoo3l", "17zglv1", "hmf8ql", "k7e9hm", "1vyf6b5"]


def _css(rng: random.Random, name: str) -> str:
    return f"ssrcss-{rng.choice(_CSS)}{rng.randrange(10)}-{name}"


def broadcaster(a: dict[str, Any], rng: random.Random) -> str:
    """A public broadcaster: one text-block per paragraph among image, audio and quote blocks."""
    site, short, domain = rng.choice(BROADCASTERS)
    year = _date(a)[0]
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    para_css, wrap_css, box_css = (
        _css(rng, "Paragraph"),
        _css(rng, "RichTextContainer"),
        _css(rng, "RichTextComponentWrapper"),
    )
    head_css = _css(rng, "StyledHeading")

    def block(p: str) -> str:
        if _is_subheading(p):
            return (
                f"<div data-component='subheadline-block' class='{box_css}'><h2 id='"
                f"{_slug(p)}' class='{head_css}'>{_e(p)}</h2></div>"
            )
        return (
            f"<div data-component='text-block' class='{box_css}'><div class='{wrap_css}'><p "
            f"class='{para_css}'>{_e(p)}</p></div></div>"
        )

    body = [block(p) for p in paragraphs]
    n = len(body)
    credit = rng.choice(PHOTO_CREDITS)
    image = (
        f"<div data-component='image-block' class='{_css(rng, 'ComponentWrapper')}'><figure>"
        f"<div class='{_css(rng, 'ImageWrapper')}'><span class='{_css(rng, 'ImageSource')}'>"
        f"<span class='visually-hidden'>Image source, </span>{_e(credit)}</span><img src='"
        f"https://ichef.{domain}.example/news/976/cpsprodpb/{rng.randrange(16**6):06x}/live/"
        f"{rng.randrange(10**8)}.jpg.webp' alt='' width='976' height='549'></div><figcaption "
        f"class='{_css(rng, 'Caption')}'><span class='visually-hidden'>Image caption, </span>"
        f"{_e(rng.choice(PHOTO_CAPTIONS))}</figcaption></figure></div>"
    )
    minutes, seconds = rng.randrange(1, 4), rng.randrange(10, 60)
    audio = (
        f"<div data-component='media-block' class='{_css(rng, 'MediaWrapper')}'><figure><div "
        f"class='audio-player' data-pid='p0{rng.randrange(16**6):06x}'><button class='play'>"
        f"<span>Listen</span></button><span class='duration'>Listen: {minutes}:{seconds:02d}"
        f"</span><span class='visually-hidden'>, Duration {minutes} minutes {seconds} "
        f"seconds</span></div><figcaption><span class='visually-hidden'>Media caption, </span>"
        f"{_e(rng.choice(AUDIO_CAPTIONS))}</figcaption></figure></div>"
    )
    quote = (
        f"<div data-component='quote-block' class='{_css(rng, 'QuoteWrapper')}'><blockquote "
        f"class='{_css(rng, 'Quote')}'><svg class='quote-mark' aria-hidden='true'></svg><p>"
        f"{_e(_quotable(paragraphs, rng))}</p></blockquote></div>"
    )
    links = "".join(
        f"<li><a href='{base}/news/{_slug(t)}-{rng.randrange(10**7, 10**8)}'>{_e(t)}</a></li>"
        for t in rng.sample(MORE_ON_STORY, 3)
    )
    more = (
        f"<div data-component='links-block' class='{_css(rng, 'LinksWrapper')}'><h2>More on "
        f"this story</h2><ul>{links}</ul></div>"
    )
    body.insert(n - 2, more)
    body.insert(max(3, n // 2), quote)
    body.insert(2, audio)
    body.insert(0, image)
    topics = "".join(
        f"<li><a href='{base}/news/topics/c{rng.randrange(10**8)}'>{_e(t)}</a></li>"
        for t in (a["section"], *rng.sample(BROADCASTER_NEWS_NAV[1:8], 2))
    )
    internet = "".join(
        f"<li><a href='https://www.{u}/' class='external'>{_e(name)}</a></li>"
        for name, u in rng.sample(INTERNET_LINKS, 2)
    )
    top = "".join(
        f"<li class='carousel__item'><a href='{base}/news/{_slug(t)}-{rng.randrange(10**8)}'>"
        f"<img src='https://ichef.{domain}.example/{rng.randrange(10**8)}.jpg' alt=''><h3>"
        f"{_e(t)}</h3></a><span class='carousel__time'>{rng.randrange(1, 12)} hours ago</span>"
        "</li>"
        for t in rng.sample(TOP_STORIES, 5)
    )
    features = "".join(
        f"<div class='promo'><a href='{base}/news/{_slug(t)}-{rng.randrange(10**8)}'><h3>"
        f"{_e(t)}</h3></a><p class='promo__summary'>{_e(s)}</p></div>"
        for t, s in rng.sample(FEATURES, 3)
    )
    most_read = "".join(
        f"<li><span class='rank'>{i}</span><a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>"
        for i, t in enumerate(rng.sample(TOP_STORIES, 5), 1)
    )
    services = "".join(
        f"<li><a href='{base}/{_slug(s)}'>{s}</a></li>" for s in BROADCASTER_SERVICES
    )
    news_nav = "".join(
        f"<li><a href='{base}/news/{_slug(s)}'>{_e(s)}</a></li>" for s in BROADCASTER_NEWS_NAV
    )
    ago = rng.randrange(2, 9)
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, f'{short} News', True)}<body><div id="
        "'consent-banner' class='cookie-banner'><p>Let us know you agree to cookies</p><p>We "
        f"use cookies to give you the best online experience. Please let us know if you agree "
        f"to all of these cookies.</p><button>Yes, I agree</button> <a href='{base}/usingthe"
        f"{domain}/cookies/'>No, take me to settings</a></div><header class='global-nav'><a "
        f"class='logo' href='{base}/'>{_e(short)}</a><nav aria-label='{_a(site)}'><ul>"
        f"{services}</ul></nav><a href='{base}/account'>Sign in</a> <form action='{base}/"
        "search'><input name='q' placeholder='Search'></form></header><div class='news-nav'>"
        f"<a class='news-nav__title' href='{base}/news'>NEWS</a><ul>{news_nav}</ul></div><main "
        f"id='main-content'><article class='{_css(rng, 'StyledArticle')}'><header><h1 id='main-"
        f"heading' class='{head_css}'>{_e(a['title'])}</h1></header><div data-component="
        f"'byline-block' class='{_css(rng, 'BylineBlock')}'><time datetime='{a['published']}'>"
        f"{ago} hours ago</time><div class='contributor'><span class='name'>By {_e(a['author'])}"
        f"</span><span class='role'>{_e(a['section'])} reporter</span></div><div class='share'>"
        f"<button>Share</button> <button>Save</button></div></div>{''.join(body)}<div data-"
        f"component='topic-list' class='{_css(rng, 'TopicList')}'><h2>Related Topics</h2><ul>"
        f"{topics}</ul></div><div data-component='links-block' class='related-internet-links'>"
        f"<h2>Related Internet Links</h2><ul>{internet}</ul><p>The {_e(short)} is not "
        f"responsible for the content of external sites. <a href='{base}/editorialguidelines/"
        "external-linking'>Read about our approach to external linking.</a></p>"
        f"</div></article><section class='top-stories' aria-labelledby='top-stories'><h2 id="
        f"'top-stories'>Top Stories</h2><ul class='carousel'>{top}</ul><button class='"
        "carousel__prev'>Previous</button><button class='carousel__next'>Next</button>"
        f"</section><section class='features'><h2>Features</h2>{features}</section><section "
        f"class='most-read'><h2>Most Read</h2><ol>{most_read}</ol></section></main><footer "
        f"class='global-footer'><ul><li><a href='{base}/terms'>Terms of Use</a></li><li><a "
        f"href='{base}/about'>About the {_e(short)}</a></li><li><a href='{base}/privacy'>"
        f"Privacy Policy</a></li><li><a href='{base}/cookies'>Cookies</a></li><li><a href='"
        f"{base}/accessibility'>Accessibility Help</a></li><li><a href='{base}/contact'>Contact"
        f" the {_e(short)}</a></li></ul><p>Copyright &copy; {year} {_e(site)}. The {_e(short)}"
        f" is not responsible for the content of external sites. <a href='{base}/editorial"
        "guidelines/external-linking'>Read about our approach to external linking.</a></p>"
        "</footer></body></html>"
    )


# --- agency: a news agency's own site -----------------------------------------------------

AGENCY_NAMES = ["Continental Press Agency", "Nordwire", "Pacifica News Agency"]
STANDARDS = {
    "Reuters": "The Thomson Reuters Trust Principles.",
    "The Associated Press": "The AP Statement of News Values and Principles.",
    "AFP": "The AFP Editorial Charter.",
}
AGENCY_MENU = [
    "World",
    "Business",
    "Markets",
    "Sustainability",
    "Legal",
    "Breakingviews",
    "Technology",
    "Investigations",
    "Sports",
    "Science",
]
EDITORS = ["Alex Richardson", "Mark Potter", "Sharon Singleton", "Hugh Lawson", "Janet Fox"]
REPORTERS = ["Johan Ahlander", "Anne Kauranen", "Terje Solsvik", "Gwladys Fouche", "Essi Lehto"]
READ_NEXT = [
    "Oil prices edge up as supply worries offset demand concerns",
    "EU lawmakers back tougher rules for online platforms",
    "Exclusive: Carmaker weighs sale of European plant, sources say",
    "Central banks keep buying gold at record pace",
    "Wildfire smoke prompts health warnings across two provinces",
    "Shipping rates climb as vessels avoid key strait",
    "Court rejects bid to block merger of mobile operators",
]
SPONSORED = [
    "How one logistics firm cut its emissions by a third",
    "The future of payments is already here",
    "Five trends shaping the energy transition",
]


def agency(a: dict[str, Any], rng: random.Random) -> str:
    """A wire agency's site: slugline, sign-up promo, sign-off and standards lines in the body."""
    name = _source(a, rng.choice(AGENCY_NAMES))
    domain = _slug(name).replace("-", "")
    base = f"https://www.{domain}.example"
    year, month, day, clock = _date(a)
    offset = a["published"][19:]
    hours = int(offset[:3])
    stamp = (
        f"{_MONTHS[month - 1]} {day}, {year} {clock.upper()} GMT{'+' if hours >= 0 else '-'}"
        f"{abs(hours)}"
    )
    paragraphs = a["paragraphs"]
    dateline = _DATELINE.match(paragraphs[0])
    place = dateline.group(0).split("(")[0].split(",")[0].strip().title() if dateline else ""
    word = _slug(place or a["slug"].split("-")[0]).upper()
    slugline = f"BC-{_slug(a['section']).upper()}-{word}/{rng.randrange(10**4):04d}"
    body = [
        f"<p data-testid='paragraph-{i}' class='text__text article-body__paragraph'>{_e(p)}</p>"
        for i, p in enumerate(paragraphs)
    ]
    body.insert(
        1,
        "<div class='article-body__element signup-promo' data-testid='promo-box'><p>Get a "
        "quick look at the day's breaking news and the stories that matter, direct to your "
        f"inbox. <a href='{base}/newsletters/daily-briefing/'>Sign up here.</a></p></div>",
    )
    editors = rng.sample(EDITORS, 2)
    extra = rng.choice(REPORTERS)
    where = f" in {place}" if place else ""
    signoff = (
        f"(Reporting by {_e(a['author'])}{_e(where)}; Additional reporting by {_e(extra)}; "
        f"Editing by {_e(editors[0])} and {_e(editors[1])})"
    )
    standards = STANDARDS.get(name, f"The {name} Trust Principles.")
    minutes = (sum(len(p.split()) for p in paragraphs) + 199) // 200
    photographer = rng.choice(PHOTOGRAPHERS)
    agency_short = {"The Associated Press": "AP"}.get(name, name.upper())
    caption = (
        f"{_e(rng.choice(PHOTO_CAPTIONS))}, {_MONTHS[month - 1]} {max(1, day - 1)}, {year}. "
        f"{_e(agency_short)}/{_e(photographer)}/File Photo"
    )
    licensing = (
        f"<a class='licensing' href='https://{domain}-licensing.example/?id={rng.randrange(10**9)}"
        "' target='_blank'>Purchase Licensing Rights<span class='visually-hidden'>, opens new "
        "tab</span></a>"
    )
    read_next = "".join(
        f"<li><a href='{base}/world/{_slug(t)}-{year}-{month:02d}-{day:02d}/'><span class="
        f"'headline'>{_e(t)}</span></a><time>{rng.randrange(1, 23)} hours ago</time></li>"
        for t in rng.sample(READ_NEXT, 4)
    )
    related = "".join(
        f"<li><a href='{base}/{_slug(a['section'])}/{_slug(t)}-{rng.randrange(10**6)}/'>{_e(t)}"
        "</a></li>"
        for t in rng.sample(READ_NEXT, 3)
    )
    sponsored = "".join(
        f"<li><a href='https://ads.{domain}.example/{_slug(t)}'><span class='sponsor'>Sponsored"
        f"</span> {_e(t)}</a></li>"
        for t in rng.sample(SPONSORED, 2)
    )
    menu = "".join(f"<li><a href='{base}/{_slug(m)}/'>{m}</a></li>" for m in AGENCY_MENU)
    bio = (
        f"{_e(a['author'])} covers {_e(a['section'].lower())} news for {_e(name)}. Before "
        f"joining in {year - rng.randrange(3, 15)}, {_e(a['author'].split()[0])} worked for "
        "regional newspapers and a national broadcaster."
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, name, True)}<body><div id='fusion-app'>"
        f"<header class='site-header'><a class='logo' href='{base}/'>{_e(name)}</a><nav><ul>"
        f"{menu}</ul></nav><a href='{base}/account/mynews/'>My News</a> <a href='{base}/"
        f"account/sign-in/'>Sign In</a> <a class='register' href='{base}/account/register/'>"
        f"Register</a></header><main id='main-content'><article class='article'><header class="
        f"'article-header'><nav class='breadcrumb'><a href='{base}/news/'>News</a> <a href='"
        f"{base}/{_slug(a['section'])}/'>{_e(a['section'])}</a></nav><span class='slugline' "
        f"data-testid='slugline'>{slugline}</span><h1 data-testid='Heading'>{_e(a['title'])}"
        f"</h1><div class='article-header__byline'><span>By <a href='{base}/authors/"
        f"{_slug(a['author'])}/'>{_e(a['author'])}</a></span></div><div class='article-header"
        f"__dates'><time datetime='{a['published']}'>{stamp}</time> <span>Updated "
        f"{rng.randrange(1, 6)} hours ago</span></div><div class='article-header__tools'><span"
        f">{minutes} minute read</span> <button>Share</button> <button>X</button> <button>"
        f"Facebook</button> <button>LinkedIn</button> <button>Email</button> <button>Link"
        f"</button> {licensing}</div></header><figure class='lead-image'><img src='"
        f"https://cdn.{domain}.example/resizer/v2/{rng.randrange(16**8):08x}.jpg?width=1200' "
        f"alt=''><figcaption><span class='pagination'>[1/{rng.randrange(2, 6)}]</span> "
        f"{caption} {licensing}</figcaption></figure><div class='article-body__content'>"
        f"{''.join(body)}<p class='sign-off' data-testid='SignOff'>{signoff}</p><p class="
        f"'trust-principles'>Our Standards: <a href='{base}/info-pages/editorial-standards/'>"
        f"{_e(standards)}</a></p>{licensing}</div><div class='author-card'><img src='{base}/"
        f"authors/{_slug(a['author'])}.jpg' alt=''><a href='{base}/authors/"
        f"{_slug(a['author'])}/'>{_e(a['author'])}</a><span class='author-card__title'>"
        f"Correspondent</span><p class='author-card__bio'>{bio}</p></div></article><aside "
        f"class='read-next'><h2>Read Next</h2><ul>{read_next}</ul></aside><section class="
        f"'related-coverage'><h2>Related Coverage</h2><ul>{related}</ul></section><section "
        f"class='sponsored'><h2>Sponsored Content</h2><ul>{sponsored}</ul></section></main>"
        f"<footer class='site-footer'><ul><li><a href='{base}/info-pages/about-us/'>About "
        f"Us</a></li><li><a href='{base}/careers/'>Careers</a></li><li><a href='{base}/info-"
        f"pages/terms-of-use/'>Terms of Use</a></li><li><a href='{base}/info-pages/privacy/'>"
        f"Privacy</a></li><li><a href='{base}/info-pages/accessibility/'>Accessibility</a>"
        f"</li><li><a href='{base}/info-pages/corrections/'>Corrections</a></li></ul><p>All "
        "quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and "
        f"delays.</p><p>&copy; {year} {_e(name)}. All rights reserved</p></footer></div>"
        "</body></html>"
    )


# --- newsletter: a post on a Substack-like platform ----------------------------------------

PLATFORM = "Inkwell"
NEWSLETTERS = [
    ("The Long Dispatch", "longdispatch", "$8/month"),
    ("Field Notes", "fieldnotes", "$6/month"),
    ("Second Draft", "seconddraft", "$10/month"),
]
SUBTITLES = [
    "A reported dispatch, free for everyone this week.",
    "What I saw, who I spoke to, and what comes next.",
    "This week's story, with a few notes from the reporting.",
    "Notes from the ground, and the numbers behind them.",
]
FOOTNOTES = [
    "Figures in this post come from official statements and were checked against the "
    "original documents on the day of publication.",
    "Some quotations have been shortened for length without changing their meaning.",
    "I have asked the authorities named here for further comment and will update this post "
    "if they reply.",
]
RECENT_POSTS = [
    ("What I got wrong this year", "A list of my mistakes, and what I learned from each one."),
    ("The reader mailbag", "Your questions about how I report, answered."),
    ("A note on paid subscriptions", "Why I am keeping most posts free."),
    ("Notes from a week on the road", "Four towns, three interviews and one broken car."),
    ("How I check a number", "The boring routine behind every figure in this newsletter."),
]
NEWSLETTER_COMMENTS = [
    ("Margaret H.", "Thank you for going there and writing this up properly. Nobody else did."),
    ("dkowal", "Shared with my whole family. The detail in the third section is astonishing."),
    ("Tom Ferreira", "Would love a follow-up in a few months on whether anything changes."),
    ("Ruth A.", "This is why I pay for this newsletter. Keep going."),
]


def _button(url: str, text: str) -> str:
    attrs = _a(json.dumps({"url": url, "text": text, "action": None, "class": None}))
    return (
        f"<p class='button-wrapper' data-attrs='{attrs}' data-component-name='ButtonCreateButton"
        f"'><a class='button primary' href='{_a(url)}'><span>{text}</span></a></p>"
    )


def newsletter(a: dict[str, Any], rng: random.Random) -> str:
    """A newsletter post: the story in div.body.markup among buttons, a widget and footnotes."""
    pub, sub, price = rng.choice(NEWSLETTERS)
    year, month, day, _ = _date(a)
    base = f"https://{sub}.inkwell.example"
    post = f"{base}/p/{a['slug']}"
    paragraphs = a["paragraphs"]
    n = len(paragraphs)
    notes = rng.sample(FOOTNOTES, 2)
    marked = sorted(rng.sample([i for i, p in enumerate(paragraphs) if not _is_subheading(p)], 2))
    body = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            body.append(f"<h3 class='header-anchor-post'>{_e(p)}</h3>")
            continue
        anchor = ""
        if i in marked:
            k = marked.index(i) + 1
            anchor = (
                f"<a class='footnote-anchor' data-component-name='FootnoteAnchorToDOM' id="
                f"'footnote-anchor-{k}' href='#footnote-{k}' target='_self'>{k}</a>"
            )
        body.append(f"<p>{_e(p)}{anchor}</p>")
    widget = (
        "<div class='subscription-widget-wrap' data-component-name='SubscribeWidget'><div "
        f"class='subscription-widget'><div class='preamble'><p class='cta-caption'>{_e(pub)} "
        "is a reader-supported publication. To receive new posts and support my work, "
        "consider becoming a free or paid subscriber.</p></div><form class='subscription-"
        f"widget-subscribe' action='{base}/api/v1/free'><input type='email' name='email' "
        "placeholder='Type your email...'><input type='submit' value='Subscribe'></form></div>"
        "</div>"
    )
    body.insert(n - 1, _button(f"{post}/comments", "Leave a comment"))
    body.insert(max(4, n // 2), widget)
    body.insert(3, _button(f"{post}?utm_source=inkwell&utm_medium=email&action=share", "Share"))
    footnotes = "".join(
        f"<div class='footnote' data-component-name='FootnoteToDOM'><a id='footnote-{k}' "
        f"href='#footnote-anchor-{k}' class='footnote-number' target='_self'>{k}</a><div "
        f"class='footnote-content'><p>{_e(t)}</p></div></div>"
        for k, t in enumerate(notes, 1)
    )
    likes, restacks, n_comments = (
        rng.randrange(20, 900),
        rng.randrange(2, 90),
        len(NEWSLETTER_COMMENTS),
    )
    date = f"{_MONTHS[month - 1][:3]} {day}, {year}"
    weekday = _DAYS[_weekday(year, month, day)]
    comments = "".join(
        f"<div class='comment'><div class='comment-meta'><a href='https://inkwell.example/"
        f"@{_slug(u)}'>{_e(u)}</a> <span>{date}</span></div><div class='comment-body'><p>"
        f"{_e(t)}</p></div><div class='comment-actions'><button>Like ({rng.randrange(1, 40)})"
        "</button> <button>Reply</button> <button>Share</button></div></div>"
        for u, t in NEWSLETTER_COMMENTS
    )
    recent = "".join(
        f"<div class='post-preview'><a href='{base}/p/{_slug(t)}'><h3>{_e(t)}</h3></a><p "
        f"class='post-preview-description'>{_e(d)}</p><div class='post-preview-meta'>"
        f"{_e(a['author'])} &middot; {_MONTHS[(month + i) % 12][:3]} {rng.randrange(1, 28)}"
        "</div></div>"
        for i, (t, d) in enumerate(rng.sample(RECENT_POSTS, 3))
    )
    user, remark = rng.choice(COMMENTS)
    subscribe_form = (
        f"<form class='subscribe-form' action='{base}/api/v1/free'><input type='email' "
        "placeholder='Type your email...'><button type='submit'>Subscribe</button></form>"
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, pub, True)}<body><div class='main-menu'>"
        f"<div class='topbar-content'><a class='navbar-title-link' href='{base}/'>{_e(pub)}"
        f"</a>{subscribe_form}<a class='sign-in-link' href='{base}/sign-in'>Sign in</a></div>"
        f"</div><div class='container'><article class='typography newsletter-post post'><div "
        f"class='post-header'><h1 class='post-title'>{_e(a['title'])}</h1><h3 class='subtitle'>"
        f"{_e(rng.choice(SUBTITLES))}</h3><div class='post-meta'><a class='profile-hover-card' "
        f"href='https://inkwell.example/@{_slug(a['author'])}'>{_e(a['author'])}</a><div "
        f"class='post-date' title='{weekday}, {date}'>{date}</div><div class='post-ufi'><a "
        f"class='like-button'>{likes}</a> <a class='comment-button' href='{post}/comments'>"
        f"{n_comments}</a> <a class='restack-button'>{restacks}</a> <a class='share-button'>"
        "Share</a></div></div></div><div class='available-content'><div dir='auto' class='body "
        f"markup'>{''.join(body)}<div class='footnotes'>{footnotes}</div></div></div><div "
        f"class='post-footer'><div class='post-ufi'><button class='like'>{likes} Likes</button>"
        f" <button class='restack'>{restacks} Restacks</button> <button class='share'>Share"
        "</button></div></div><div class='subscribe-footer'><h3>Subscribe to "
        f"{_e(pub)}</h3><p>By {_e(a['author'])} &middot; Launched {rng.randrange(2, 6)} years "
        f"ago</p><p>Independent reporting from the places the big outlets leave out. {price} "
        f"or ${int(price[1:].split('/')[0]) * 10}/year.</p>{subscribe_form}<p class='legal'>By "
        f"subscribing, I agree to {PLATFORM}'s Terms of Use, and acknowledge its Information "
        "Collection Notice and Privacy Policy.</p></div></article><div class='comments-"
        f"section' id='discussion'><h4>Discussion about this post</h4><div class='tabs'><a>"
        f"Comments</a> <a>Restacks</a></div><div class='comment-input'><textarea placeholder="
        f"'Write a comment...'></textarea></div>{comments}<div class='comment'><div "
        f"class='comment-meta'><a href='https://inkwell.example/@{_slug(user)}'>{_e(user)}"
        f"</a></div><div class='comment-body'><p>{_e(remark)}</p></div></div></div><div "
        "class='ready-for-more'><h2>Ready for more?</h2>"
        f"{subscribe_form}</div><div class='recent-posts'><h3>Recent posts</h3>{recent}<a "
        f"href='{base}/archive'>See all</a></div></div><footer class='footer'><p>&copy; {year} "
        f"{_e(a['author'])} &middot; <a href='https://inkwell.example/privacy'>Privacy</a> "
        "&middot; <a href='https://inkwell.example/tos'>Terms</a> &middot; <a href='https://"
        "inkwell.example/ccpa'>Collection notice</a></p><p><a href='https://inkwell.example/"
        "signup'>Start writing</a> <a href='https://inkwell.example/app'>Get the app</a></p>"
        f"<p>{PLATFORM} is the home for great culture</p></footer></body></html>"
    )


# Layouts for the sixth fresh set, written before the fifth fresh set's failures were
# looked at: only ever paired with fresh6.jsonl, beside FRESH6_KNOWN, three older layouts.
FRESH6_TEMPLATES: dict[str, Template] = {
    "broadcaster": broadcaster,
    "agency": agency,
    "newsletter": newsletter,
}
FRESH6_KNOWN = ("print", "lite", "community")


def build_fresh6() -> list[Page]:
    """The sixth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh6.jsonl",
        FRESH6_KNOWN,
        FRESH6_TEMPLATES,
        (*LAYOUTS, FRESH4_TEMPLATES, FRESH5_TEMPLATES),
    )
