"""The thirteenth fresh set: new article texts in three known and three new page layouts.

`build_fresh13()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh13.jsonl (Ecuador's
rolling power cuts in a drought, for "1.8 million" customers, with a shrimp packer who "told
Reuters" and a minister "praying for rain like everybody else.", Malaysia letting palm oil
estates hire foreign workers, with a quotation that carries a bracketed insertion ('"They
[the ministry] promised us workers ...') and a paragraph that ends in a parenthetical aside
("(The human resources ministry declined to comment ...)"), the first jet to land at
Greenland's new Ilulissat airport "at 10:40 a.m." with the three-word paragraph "The
passengers clapped.", Duluth's first ore boat of a nearly ice-free year with a captain who
"told The Associated Press", Mont Blanc's Gouter couloir crossed in timed groups, with a
paragraph that is a warning sign quoted in capitals ('"WARNING. FALLING ROCKS. ..."') and a
mayor who "told AFP", Ivory Coast's ban on raw cashew exports with a paragraph that is one
sentence of 68 words, a town's multi-storey car park to make way for homes with a "What
happens to the parking" subheading, a paragraph that begins with a date ("On March 3, the
council's cabinet ...") and one that begins "Comments on the plan can be made until", the
last dentist in a town to treat adults on the NHS with a "Where patients can go instead"
subheading, a library book returned 84 years late with a paragraph that is one long
quotation and the six-word paragraph "It will be available to borrow.", the first women's
race of a Lake District cycling classic with a paragraph that begins "Sponsored by a
family-owned dairy", 38 stolen beehives recovered, and a town clock striking again after 32
years) in three known layouts (FRESH13_KNOWN) and in three new ones, FRESH13_TEMPLATES: 72
pages. The new ones are:

- a news aggregator's copy of a partner's story, MSN-like ("syndicator"): the aggregator's
  header with a "Search the web" form, its tabs, a weather chip and "Sign in"; on some pages
  a "Personalise your feed" banner of sentences; then the partner's source badge (the
  partner's logo, "From <partner>" and a "Follow" button; the partner is the agency for a
  wire story), the headline, "Story by ..." with an age and a reading time, on some pages a
  lead photo captioned "&copy; Provided by <partner>", and the story in an iframe-like
  <div class="content-frame"> as <p>s (subheadings as <h2> or <p><strong>), with a
  "Story continues below advertisement" <p class="ad-label"> in an ad block after every
  second or third text paragraph (never after a subheading nor after the last paragraph);
  after the frame an "Original article on <partner>" link, a reactions bar ("How does this
  story make you feel?", five reactions with counts, comments and share) and a sentence on
  how reactions are used; "Trending now" cards (a headline, a blurb sentence, a source and
  an age) after the story on some pages and as a rail before it on the others; a "Sponsored
  stories" grid of brand-labelled tiles with blurb sentences and a "Promoted links by ..."
  line; and the aggregator's footer of sentences (it does not own the stories; sponsored
  links may earn it a commission), links and a copyright line. The story sits in
  <main><article> on some pages and in plain <div>s on the others;
- a podcast episode page whose written article is the story ("podcastpage"): the network's
  header, the show's banner ("A podcast from ... Hosted by ..." and "Follow"), "Episode N
  &middot; date &middot; M min", the headline as the episode title, a player ("Play", the
  elapsed time, the duration, the speed, "Download") and "Listen on Apple Podcasts |
  Spotify | YouTube Music | RSS"; "Episode notes" in prose with timestamped chapters ("02:15
  What happened") and production credits; then the written story under "Read the story" and
  "By ...", as <p>s with subheadings as <h3> or <p><strong>, in an <article> inside <main> on
  some pages and in plain <div>s on the others; then a "Transcript" (a <details> toggle on
  some pages, a "Show transcript" button and a hidden <div> on the others) of four
  speaker-labelled lines ("HOST: ...", "<AUTHOR>: ...") three of which repeat sentences of
  the story (a one-sentence paragraph may so be repeated whole), and a note that it was
  generated automatically; "About the guests" with bios
  in sentences (before or after the subscribe box), "Subscribe to the show" in sentences
  with a sign-up form, "More episodes" with numbers, dates, durations and a sentence each,
  and the network's footer;
- a national news site running a story, often from a wire feed, in the style of big South
  Asian news portals ("wiredesk"): a date strip with "e-Paper", "Live TV", "Sign in" and
  "Subscribe", the header and its navigation, "Trending Topics", a breadcrumb that cuts
  the headline short, the headline, on some pages a synopsis (<h2 class="synopsis">, the
  lead's first clause as a sentence), the byline (the author and, for a wire story, the
  agency), "Edited by: ...", "Updated: ... IST", "Add us as a preferred source on Google",
  a "Listen to this article" button, a lead photo; then the story in
  <div class="story-details"> as <p>s (subheadings as <h2> or <h3>), with, between whole
  paragraphs, one or two "Also Read |" <p>s linking other headlines, "Advertisement" slots
  and, on some pages, a WhatsApp channel <p>; in the same container after the last
  paragraph, for a wire story, the site's italic syndication line ("(Except for the
  headline, this story has not been edited by ... staff and is published from a
  syndicated feed.)" or "(This story has been published from a wire agency feed without
  modifications to the text. Only the headline has been changed.)"), and for every story a
  "Catch all the latest ... news ..." <p>; after the container "Topics mentioned in this
  article", on some pages a "Frequently asked questions" accordion of questions and
  sentence answers (with FAQPage JSON-LD in the head), a comments box of rules in
  sentences; a right rail with "Top Headlines" and "Latest News" with times; and a footer
  with a grievance-redressal link, a copyright line and sentences on reprint rights. The
  story sits in <main><article> on some pages and in plain <div>s on the others.

The hard cases, each asserted in tests/bench/test_fresh13.py: the three-word "The passengers
clapped." and the six-word "It will be available to borrow." (one-sentence paragraphs of a
few words); one paragraph that is all quotation (Crestwood, 40+ words); closing quotes after
the full stop in paragraphs that do not open with one; "1.8 million" and "10:40 a.m."; "told
Reuters", "told The Associated Press" and "told AFP"; two subheadings, one in each of two
articles; wire datelines of Reuters, AP and AFP on six of the 12 leads. And the new traps,
each a thing real stories carry that looks like something else: a paragraph that is a sign's
text in capitals and nothing else, a paragraph that begins with a date ("On March 3, ..."),
a paragraph that is a single sentence of 60+ words, a quotation with a bracketed editorial
insertion ("[the ministry]"), a paragraph that ends in a parenthetical aside ("(The ...
declined to comment ...)"), a paragraph that begins "Comments on the plan can be made" like
a comments box, and one that begins "Sponsored by" like an advertising label.

The truth is the article's paragraphs only; aggregator headers, banners, source badges,
"Story by" lines, captions, advertisement markers, original-article links, reactions,
trending cards, sponsored tiles, show banners, players, listen-on links, episode notes,
chapters, transcripts, guest bios, subscribe boxes, episode lists, date strips, trending
topics, breadcrumbs, synopses, bylines, "Also Read" lines, WhatsApp lines, syndication and
"Catch all the latest" lines, topics, FAQs, comment rules, rails and footers are not. Every
truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "straits" puts the first four paragraphs, <br><br>-separated, in one <p> and the
rest in another after an "ADVERTISEMENT" slot, turns subheadings into <b> and lifts the
lead's first clause into a standfirst (so that clause is on the page twice); "gallery" gives
each text paragraph a slide of its own, with subheadings as <h2>s between slides (no text
has more than nine such paragraphs, so there are never more slides than its 13 captions);
"forum" pastes the story as <p>s (subheadings as <h3> or <p><strong>) and quotes two or
three of its sentences again in comments after it, so a one-sentence paragraph of 8 to 30
words can be on the page twice.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading
from streams.bench.fresh8 import FRESH8_TEMPLATES, _lead_clause
from streams.bench.fresh9 import FRESH9_TEMPLATES
from streams.bench.fresh10 import FRESH10_TEMPLATES
from streams.bench.fresh11 import FRESH11_TEMPLATES, _agency, _sentences
from streams.bench.fresh12 import FRESH12_TEMPLATES
from streams.bench.pages import (
    _MONTHS,
    AGENCIES,
    LAYOUTS,
    PHOTO_CAPTIONS,
    PHOTO_CREDITS,
    Page,
    Template,
    _date,
    _e,
    _head,
    _slug,
    _weekday,
    build_set,
)

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _short_us_date(a: dict[str, Any]) -> str:
    """The article's date as "Mar 3, 2026"."""
    year, month, day, _ = _date(a)
    return f"{_MONTHS[month - 1][:3]} {day}, {year}"


def _count(rng: random.Random) -> str:
    """A reaction count as an aggregator shows it: "87" or "1.2K"."""
    n = rng.randrange(3, 4000)
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


# --- syndicator: a news aggregator's copy of a partner's story ----------------------------

AGGREGATORS = [
    ("Newsfront", "newsfront", "Newsfront Corporation"),
    ("Portalia", "portalia", "Portalia Online Services Ltd"),
    ("Daybreak Start", "daybreakstart", "Daybreak Interactive Inc."),
]
PARTNERS = [
    ("The Westbury Evening Post", "westburypost"),
    ("Lakeland Courier", "lakelandcourier"),
    ("Coastal Daily News", "coastaldailynews"),
]
WIRE_PARTNERS = {
    "Reuters": ("Reuters", "reuters"),
    "AP": ("The Associated Press", "apnews"),
    "AFP": ("AFP", "afp"),
}
AGG_TABS = ["Discover", "Following", "News", "Sport", "Weather", "Money", "Entertainment", "Play"]
WEATHER_CHIPS = ["12&deg;C Cloudy", "18&deg;C Sunny", "7&deg;C Rain", "24&deg;C Clear"]
REACTIONS = ["Like", "Love", "Wow", "Sad", "Angry"]
TRENDING = [
    (
        "Why millions of people are switching off their phone's location history",
        "A new survey suggests that most people do not know what their phone records about "
        "where they go. Here is how to check yours in under a minute.",
        "TechBrief",
    ),
    (
        "The 10-minute walk that doctors say can lower your blood pressure",
        "Researchers followed 3,000 adults for a year and found that short walks after "
        "meals made a measurable difference.",
        "Health Today",
    ),
    (
        "Stargazers get the best view of the year's brightest meteor shower this weekend",
        "Up to 100 meteors an hour could be visible from dark places, astronomers say, "
        "provided the clouds stay away.",
        "SkyWatch News",
    ),
    (
        "Petrol prices fall for a sixth week in a row",
        "Drivers are paying about 8 cents a litre less than at the start of the month, and "
        "analysts expect the fall to continue.",
        "MoneyDesk",
    ),
    (
        "A village bakery that has not changed its recipe since 1890",
        "The family that runs it still bakes every loaf by hand, starting at 3 a.m. six days "
        "a week.",
        "Country Life Weekly",
    ),
    (
        "Five things to know before you book a summer holiday",
        "Travel experts explain when to book, which days are cheapest to fly and what your "
        "insurance should cover.",
        "Travel Insider",
    ),
]
SPONSORED_TILES = [
    (
        "Brightline Insurance",
        "Drivers over 50 are switching to this policy",
        "Many drivers pay too much for cover they never use. Compare quotes in two minutes.",
    ),
    (
        "Homewise Solar",
        "Homeowners are cutting their energy bills with this simple change",
        "Find out whether your roof qualifies for panels at no upfront cost.",
    ),
    (
        "Cedar & Stone",
        "The sofa that 40,000 customers rate five stars",
        "Handmade frames, a 15-year guarantee and free delivery this month.",
    ),
    (
        "Linguapath",
        "Learn a language in 15 minutes a day",
        "Our lessons are written by teachers and tested by millions of learners.",
    ),
    (
        "Vantage Hearing",
        "New hearing aids that are almost invisible",
        "Book a free hearing test at a clinic near you and try a pair at home.",
    ),
    (
        "Northfield Wealth",
        "What retirees wish they had known at 55",
        "Download our free guide to making your savings last as long as you do.",
    ),
]
AD_NETWORKS = ["Clickwell", "Adtaste", "Outlinker"]


def syndicator(a: dict[str, Any], rng: random.Random) -> str:
    """An aggregator's copy: a source badge, the story in a content frame with ad markers."""
    name, domain, company = rng.choice(AGGREGATORS)
    base = f"https://www.{domain}.example"
    year = _date(a)[0]
    paragraphs = a["paragraphs"]
    agency = _agency(paragraphs[0])
    partner, pdomain = WIRE_PARTNERS[agency] if agency else rng.choice(PARTNERS)
    original = f"https://www.{pdomain}.example/{_slug(a['section'])}/{a['slug']}"
    wrapped = rng.random() < 0.5
    rail_first = rng.random() < 0.5
    every = rng.choice([2, 3])
    strong = rng.random() < 0.5

    body = []
    texts = 0
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            body.append(f"<p><strong>{_e(p)}</strong></p>" if strong else f"<h2>{_e(p)}</h2>")
            continue
        body.append(f"<p>{_e(p)}</p>")
        texts += 1
        if texts % every == 0 and i < len(paragraphs) - 1:
            body.append(
                f"<div class='intra-ad' data-slot='mid-{texts // every}'><p class='ad-label'>"
                "Story continues below advertisement</p><div class='ad-container' style='min-"
                "height:250px'></div></div>"
            )
    tabs = "".join(f"<li><a href='{base}/{t.lower()}'>{t}</a></li>" for t in AGG_TABS)
    banner = (
        "<div class='feed-banner'><p>Personalise your feed. Follow the topics and publishers "
        "you care about, and we will show you more of their stories.</p><button>Get started"
        "</button> <button>Not now</button></div>"
        if rng.random() < 0.5
        else ""
    )
    photo = ""
    if rng.random() < 0.6:
        photo = (
            f"<figure class='lead-image'><img src='https://img.{domain}.example/tenant/amp/"
            f"entityid/{rng.randrange(16**10):010x}.img?w=768' alt=''><figcaption>"
            f"{_e(rng.choice(PHOTO_CAPTIONS))} &copy; Provided by {_e(partner)}</figcaption>"
            "</figure>"
        )
    reactions = "".join(
        f"<button class='reaction'>{r} <span>{_count(rng)}</span></button>" for r in REACTIONS
    )
    cards = "".join(
        f"<div class='card'><a href='{base}/news/{_slug(t)}'><h3>{_e(t)}</h3></a><p>{_e(s)}"
        f"</p><span class='card-source'>{_e(src)} &middot; {rng.randrange(1, 23)}h</span></div>"
        for t, s, src in rng.sample(TRENDING, 4)
    )
    trending = (
        f"<aside class='rail trending'><h2>Trending now</h2>{cards}</aside>"
        if rail_first
        else f"<section class='trending'><h2>Trending now</h2>{cards}</section>"
    )
    network = rng.choice(AD_NETWORKS)
    tiles = "".join(
        f"<a class='tile' href='https://ads.{network.lower()}.example/c/{_slug(brand)}' rel="
        f"'sponsored'><img src='https://cdn.{network.lower()}.example/{_slug(brand)}.jpg' "
        f"alt=''><span class='sp-brand'>{_e(brand)} | Sponsored</span><h3>{_e(head)}</h3><p>"
        f"{_e(blurb)}</p></a>"
        for brand, head, blurb in rng.sample(SPONSORED_TILES, 4)
    )
    opening, closing = (
        ("<main id='main' class='agg-main'><article class='article-view'>", "</article>")
        if wrapped
        else ("<div id='root' class='agg-main'><div class='article-view'>", "</div>")
    )
    end = "</main>" if wrapped else "</div>"
    article = (
        f"{opening}<div class='provider-badge'><a href='https://www.{pdomain}.example/'><img "
        f"src='https://img.{domain}.example/logos/{pdomain}.png' alt='{_a(partner)}' "
        f"width='24' height='24'></a><span class='provider'>From {_e(partner)}</span> <button "
        f"class='follow'>Follow</button></div><h1 class='article-title'>{_e(a['title'])}</h1>"
        f"<div class='article-meta'><span>Story by {_e(a['author'])}</span> &bull; <span>"
        f"{rng.randrange(1, 23)}h</span> &bull; <span>{rng.randrange(2, 6)} min read</span>"
        f"</div>{photo}<div class='content-frame' data-partner='{pdomain}' data-src='"
        f"{original}'><div class='frame-doc'>{''.join(body)}</div></div><p class='original-"
        f"link'><a href='{original}' rel='noopener'>Original article on {_e(partner)}</a></p>"
        "<div class='reactions-bar'><span class='prompt'>How does this story make you feel?"
        f"</span>{reactions}<button class='comments'>{rng.randrange(5, 900)} Comments</button>"
        "<button class='share'>Share</button></div><p class='feedback'>We use your reactions "
        "to personalise your feed. You can change this at any time in your settings.</p>"
        f"{closing}"
    )
    middle = f"{trending}{article}" if rail_first else f"{article}{trending}"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, name, True)}<body class='agg'><header "
        f"class='agg-header'><a class='logo' href='{base}/'>{_e(name)}</a><form class='web-"
        f"search' action='{base}/search'><input name='q' placeholder='Search the web'><button>"
        f"Search</button></form><nav><ul class='tabs'>{tabs}</ul></nav><span class='weather-"
        f"chip'>{rng.choice(WEATHER_CHIPS)}</span> <a class='sign-in' href='{base}/login'>Sign "
        f"in</a></header>{banner}<div class='page'>{middle}<section class="
        f"'sponsored-grid'><h2>Sponsored stories</h2><div class='grid'>{tiles}</div><p class="
        f"'sp-note'>Promoted links by {network}</p></section>{end}</div><footer class='agg-"
        f"footer'><p>{_e(name)} does not own the stories on this page. They are licensed from "
        "our publishing partners, who are responsible for what they contain, and may be "
        "removed when a licence ends.</p><p>Some of the links on this page are sponsored, and "
        f"we may earn a commission if you buy something through them.</p><ul><li><a href='"
        f"{base}/privacy'>Privacy &amp; Cookies</a></li><li><a href='{base}/terms'>Terms of use"
        f"</a></li><li><a href='{base}/advertise'>Advertise</a></li><li><a href='{base}/"
        f"feedback'>Feedback</a></li><li><a href='{base}/choices'>Your privacy choices</a></li>"
        f"</ul><p>&copy; {year} {_e(company)}</p></footer></body></html>"
    )


# --- podcastpage: a podcast episode page whose written article is the story ---------------

SHOWS = [
    ("Dispatch Desk", "dispatchdesk", "Farah Quinn", "Northlight Audio"),
    ("The Week Unfolded", "weekunfolded", "Tomas Lindgren", "Harbourside Media"),
    ("Ground Truth", "groundtruthpod", "Aisha Mensah", "Open Field Podcasts"),
]
CHAPTERS = [
    "How the story began",
    "What happened",
    "Who is affected",
    "What officials told us",
    "The bigger picture",
    "What happens next",
    "Listener questions",
]
PRODUCERS = ["Josie Marr", "Kwame Boateng", "Lena Vogt", "Rory Dunne"]
GUESTS = [
    (
        "Dr Helen Osei",
        "Dr Helen Osei is a researcher at the Institute for Public Life who studies how small "
        "communities respond to sudden change. She is the author of two books on rural economies.",
    ),
    (
        "Martin Achebe",
        "Martin Achebe spent 20 years as a local government officer before becoming a "
        "consultant. He now advises councils and charities on how to plan for emergencies.",
    ),
    (
        "Sofia Brandt",
        "Sofia Brandt is a former foreign correspondent and now teaches journalism. She has "
        "reported from more than 40 countries and hosts a weekly radio programme.",
    ),
]
EPISODES = [
    (
        "The town that voted to keep its bank",
        "When the last branch announced it would close, residents organised a vote and "
        "changed its mind. We went to find out how.",
    ),
    (
        "Inside the night shift at a children's hospital",
        "Nurses and doctors talk about the hours most of us sleep through, and why they "
        "would not work any others.",
    ),
    (
        "Who owns the riverbank?",
        "A dispute over a footpath turns into a bigger argument about who gets to use the "
        "countryside.",
    ),
    (
        "The last typewriter repairer in the city",
        "He has fixed more than 10,000 machines and has no plans to retire. His waiting list "
        "is six months long.",
    ),
    (
        "What happens to your phone when you recycle it",
        "We followed an old handset from a collection bin to a sorting plant and found out "
        "which parts come back.",
    ),
    (
        "A year without a car",
        "One family gave up driving for twelve months. This is what they learned, and what "
        "they missed.",
    ),
]


def _stamp(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def podcastpage(a: dict[str, Any], rng: random.Random) -> str:
    """A podcast episode: player, notes with chapters, the story, a transcript, guests."""
    show, domain, host, network = rng.choice(SHOWS)
    base = f"https://www.{domain}.example"
    year, month, day, _ = _date(a)
    paragraphs = a["paragraphs"]
    number = rng.randrange(40, 400)
    duration = rng.randrange(18 * 60, 46 * 60)
    wrapped = rng.random() < 0.5
    details = rng.random() < 0.5
    guests_first = rng.random() < 0.5
    strong = rng.random() < 0.5

    names = sorted(rng.sample(range(1, len(CHAPTERS)), 4))
    marks = sorted(rng.sample(range(60, duration - 120), 4))
    chapters = "<li><a href='#t=0'>00:00</a> Introduction</li>" + "".join(
        f"<li><a href='#t={t}'>{_stamp(t)}</a> {CHAPTERS[n]}</li>"
        for n, t in zip(names, marks, strict=True)
    )
    producer, designer = rng.sample(PRODUCERS, 2)
    notes = (
        f"<section class='episode-notes'><h2>Episode notes</h2><p>{_e(host)} talks to "
        f"{_e(a['author'])}, who reported this story, about what happened and why it matters. "
        "The full story is below, and a transcript of the episode is on this page.</p><ul "
        f"class='chapters'>{chapters}</ul><p>Produced by {producer}. Sound design by "
        f"{designer}. Our theme music is by The Low Tide Quartet.</p></section>"
    )
    blocks = "".join(
        (f"<p><strong>{_e(p)}</strong></p>" if strong else f"<h3>{_e(p)}</h3>")
        if _is_subheading(p)
        else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )
    if wrapped:
        story = (
            "<article class='ep-article'><h2 class='read-label'>Read the story</h2><p class="
            f"'byline'>By {_e(a['author'])}</p><div class='ep-body'>{blocks}</div></article>"
        )
    else:
        story = (
            "<div class='ep-article'><div class='read-label'>Read the story</div><div class="
            f"'byline'>By {_e(a['author'])}</div><div class='ep-body'>{blocks}</div></div>"
        )
    sentences = _sentences(paragraphs, 8, 30)
    picked = sorted(rng.sample(range(len(sentences)), 3))
    reporter = a["author"].upper()
    speakers = ["HOST", reporter, "HOST"]
    lines = (
        f"<p><strong>HOST:</strong> Welcome to {_e(show)}. I'm {_e(host)}, and today I'm "
        f"joined by {_e(a['author'])}.</p>"
        + "".join(
            f"<p><strong>{_e(who)}:</strong> {_e(sentences[k])}</p>"
            for who, k in zip(speakers, picked, strict=True)
        )
        + "<p class='transcript-note'><em>This transcript was generated automatically and may "
        "contain errors. Please check the audio before quoting it.</em></p>"
    )
    transcript = (
        f"<details class='transcript'><summary>Transcript</summary>{lines}</details>"
        if details
        else "<div class='transcript-wrap'><button class='transcript-toggle' aria-expanded="
        f"'false'>Show transcript</button><div class='transcript' hidden>{lines}</div></div>"
    )
    guest, bio = rng.choice(GUESTS)
    guests = (
        f"<section class='guests'><h2>About the guests</h2><div class='guest'><h3>"
        f"{_e(a['author'])}</h3><p>{_e(a['author'])} reported this story for {_e(network)}. "
        f"{_e(a['author'].split()[0])} has worked as a reporter for {rng.randrange(5, 25)} "
        "years and joined the show's team last year.</p></div><div "
        f"class='guest'><h3>{_e(guest)}</h3><p>{_e(bio)}</p></div></section>"
    )
    subscribe = (
        f"<section class='subscribe'><h2>Subscribe to the show</h2><p>New episodes every "
        f"Tuesday and Friday. Follow {_e(show)} wherever you get your podcasts, and turn on "
        "notifications so you never miss one.</p><p>Want the stories behind the stories? Sign "
        "up to our newsletter and we will send you the week's best episodes every Sunday.</p>"
        "<form class='signup'><input type='email' placeholder='Your email address'><button>"
        "Sign up</button></form></section>"
    )
    extras = f"{guests}{subscribe}" if guests_first else f"{subscribe}{guests}"
    published = datetime.fromisoformat(a["published"])
    more = []
    for k, (t, s) in enumerate(rng.sample(EPISODES, 4), 1):
        when = published - timedelta(days=3 * k + rng.randrange(0, 2))
        more.append(
            f"<li><a href='{base}/episodes/{number - k}-{_slug(t)}'><h3>{_e(t)}</h3></a><p "
            f"class='ep-date'>Episode {number - k} &middot; {_MONTHS[when.month - 1][:3]} "
            f"{when.day}, {when.year} &middot; {rng.randrange(18, 46)} min</p><p>{_e(s)}</p></li>"
        )
    date = f"{_MONTHS[month - 1][:3]} {day}, {year}"
    player = (
        "<div class='player' role='region' aria-label='Audio player'><button class='play' "
        "aria-label='Play episode'>Play</button><span class='elapsed'>00:00</span><input "
        f"type='range' min='0' max='{duration}' value='0'><span class='duration'>"
        f"{_stamp(duration)}</span><button class='speed'>1x</button><a class='download' href="
        f"'https://audio.{domain}.example/{number}.mp3'>Download</a></div><p class='listen-on'>"
        f"Listen on <a href='https://podcasts.example/{domain}'>Apple Podcasts</a> | <a href="
        f"'https://open.spotify.example/show/{domain}'>Spotify</a> | <a href='https://music."
        f"youtube.example/{domain}'>YouTube Music</a> | <a href='{base}/feed.xml'>RSS</a></p>"
    )
    opening, closing = (
        ("<main id='main'><div class='episode'>", "</div></main>")
        if wrapped
        else ("<div id='page'><div class='episode'>", "</div></div>")
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, show, True)}<body class='podcast'><header "
        f"class='pod-header'><a class='logo' href='{base}/'>{_e(network)}</a><nav><a href='"
        f"{base}/shows'>Shows</a> <a href='{base}/episodes'>Episodes</a> <a href='{base}/"
        f"newsletter'>Newsletter</a> <a href='{base}/about'>About</a></nav><a class='btn' "
        f"href='{base}/listen'>Listen</a></header>{opening}<div class='show-banner'><img src='"
        f"https://img.{domain}.example/cover.jpg' alt='{_a(show)} cover art'><p class='show-"
        f"name'><a href='{base}/'>{_e(show)}</a></p><p class='show-by'>A podcast from "
        f"{_e(network)}. Hosted by {_e(host)}.</p><button class='follow'>Follow</button></div>"
        f"<p class='ep-meta'>Episode {number} &middot; {date} &middot; {duration // 60} min</p>"
        f"<h1 class='ep-title'>{_e(a['title'])}</h1>{player}{notes}{story}{transcript}{extras}"
        f"<section class='more-episodes'><h2>More episodes</h2><ol>{''.join(more)}</ol>"
        f"</section>{closing}<footer class='pod-footer'><p>{_e(show)} is produced by "
        f"{_e(network)}. The views of our guests are their own.</p><ul><li><a href='{base}/"
        f"privacy'>Privacy</a></li><li><a href='{base}/terms'>Terms</a></li><li><a href='"
        f"{base}/contact'>Contact</a></li></ul><p>&copy; {year} {_e(network)}. All rights "
        "reserved.</p></footer></body></html>"
    )


# --- wiredesk: a national news portal running a (often wire) story ------------------------

DESKS = [
    ("The Deccan Dispatch", "deccandispatch", "Dispatch Digital Media Pvt Ltd"),
    ("Capital Mirror", "capitalmirror", "Mirror Newsnet Ltd"),
    ("The Eastern Herald Online", "easternheraldonline", "Eastern Herald Publications Pvt Ltd"),
]
DESK_NAV = [
    "India",
    "World",
    "Business",
    "Cricket",
    "Entertainment",
    "Tech",
    "Lifestyle",
    "Videos",
    "Web Stories",
    "E-Paper",
]
DESK_TOPICS = [
    "Monsoon Update",
    "Stock Market Today",
    "IPL Auction",
    "Gold Rate",
    "Budget 2026",
    "Weather Alert",
    "Board Exam Results",
    "Petrol Price",
]
DESK_EDITORS = ["Ritika Sharma", "Arjun Menon", "Kavya Iyer", "Sanjay Bhatt", "Nandini Rao"]
ALSO_READ = [
    "Cabinet approves new scheme for rural roads in five states",
    "Gold price today: yellow metal slips for third straight session",
    "Heatwave alert issued for 11 districts, schools to close early",
    "Airline adds 40 weekly flights to Gulf cities from next month",
    "Scientists spot rare bird in wetland for the first time in 50 years",
    "Metro fares to rise by up to 5 rupees from April 1",
]
TOP_HEADLINES = [
    "Sensex ends 400 points higher as banks rally",
    "Monsoon likely to arrive three days early, says weather office",
    "Two killed as bus overturns on hill road",
    "Star batter ruled out of series with finger injury",
    "New rules for online gaming come into force",
    "City police launch app for reporting traffic violations",
]
LATEST = [
    "Opposition walks out of assembly over water dispute",
    "Film festival opens with record number of entries",
    "Rupee closes flat against dollar",
    "Power cut hits parts of city for six hours",
    "University postpones exams after paper leak",
]
SYNDICATION_LINES = [
    "(Except for the headline, this story has not been edited by {site} staff and is "
    "published from a syndicated feed.)",
    "(This story has been published from a wire agency feed without modifications to the "
    "text. Only the headline has been changed.)",
]


def _faqs(a: dict[str, Any], site: str, agency: str) -> list[tuple[str, str]]:
    """A portal's search-friendly questions and answers about the story, in sentences."""
    source = (
        f"Yes. This story was published from a syndicated feed of {AGENCIES[agency]}, and "
        "only the headline was written by our editors."
        if agency
        else f"No. This story was written by {a['author']} and checked by our news desk "
        "before it was published."
    )
    return [
        ("Is this story from a news agency?", source),
        (
            f"Where can I read more {a['section']} news?",
            f"You can find all of our {a['section']} coverage on the {a['section']} page, "
            "which our editors update throughout the day.",
        ),
        (
            "How can I get news alerts on my phone?",
            f"Download the {site.removeprefix('The ')} app and turn on notifications. You "
            "can choose which topics you want alerts for in the app's settings.",
        ),
    ]


def wiredesk(a: dict[str, Any], rng: random.Random) -> str:
    """A national portal's story page: "Also Read" lines, ad slots, a syndication line, FAQs."""
    site, domain, company = rng.choice(DESKS)
    base = f"https://www.{domain}.example"
    year, month, day, _ = _date(a)
    paragraphs = a["paragraphs"]
    agency = _agency(paragraphs[0])
    wrapped = rng.random() < 0.5
    synopsis_on = rng.random() < 0.6
    faq_on = rng.random() < 0.5
    whatsapp = rng.random() < 0.5
    app = site.removeprefix("The ")
    sub_tag = rng.choice(["h2", "h3"])
    ist = datetime.fromisoformat(a["published"]).astimezone(
        timezone(timedelta(hours=5, minutes=30))
    )
    updated = f"{_MONTHS[ist.month - 1][:3]} {ist.day}, {ist.year} {ist:%H:%M} IST"

    # Where the inserts go: after whole text paragraphs, never after a subheading or the last.
    spots = [
        i
        for i, p in enumerate(paragraphs[:-1])
        if i >= 1 and not _is_subheading(p) and not _is_subheading(paragraphs[i + 1])
    ]
    also_at = sorted(rng.sample(spots, rng.choice([1, 2])))
    ad_at = sorted(rng.sample([s for s in spots if s not in also_at], rng.choice([1, 2])))
    wa_at = next((s for s in spots if s not in also_at and s not in ad_at), -1)
    headlines = rng.sample(ALSO_READ, len(also_at))
    body = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            body.append(f"<{sub_tag}>{_e(p)}</{sub_tag}>")
        else:
            body.append(f"<p>{_e(p)}</p>")
        if i in also_at:
            title = headlines[also_at.index(i)]
            body.append(
                f"<p class='also-read'><strong>Also Read |</strong> <a href='{base}/news/"
                f"{_slug(title)}-{rng.randrange(10**8)}'>{_e(title)}</a></p>"
            )
        if i in ad_at:
            body.append(
                "<div class='ad-div'><span class='ad-label'>Advertisement</span><div id='div-"
                f"gpt-ad-{rng.randrange(10**12)}-{ad_at.index(i)}'></div></div>"
            )
        if whatsapp and i == wa_at:
            body.append(
                f"<p class='wa-promo'><a href='https://whatsapp.example/channel/{domain}'>Click "
                f"here to join our WhatsApp channel</a> for the latest news and updates from "
                f"{_e(site)}.</p>"
            )
    if agency:
        line = rng.choice(SYNDICATION_LINES).format(site=site)
        body.append(f"<p><em>{_e(line)}</em></p>")
    body.append(
        f"<p class='catch-all'>Catch all the latest {_e(a['section'])} news, breaking news and "
        f"top headlines on {_e(site)}. Download the {_e(app)} app to get daily news updates "
        "on your phone.</p>"
    )
    byline = (
        f"<a class='author' href='{base}/author/{_slug(a['author'])}'>{_e(a['author'])}</a>, "
        f"<span class='agency'>{_e(AGENCIES[agency])}</span>"
        if agency
        else f"<a class='author' href='{base}/author/{_slug(a['author'])}'>{_e(a['author'])}</a>"
    )
    synopsis = f"<h2 class='synopsis'>{_e(_lead_clause(paragraphs[0]))}</h2>" if synopsis_on else ""
    crumb = " ".join(a["title"].split()[:6]) + "..."
    topics = "".join(
        f"<li><a href='{base}/topic/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], *rng.sample(DESK_TOPICS, 2))
    )
    faqs = _faqs(a, site, agency)
    faq = (
        "<section class='faq'><h2>Frequently asked questions</h2>"
        + "".join(
            f"<div class='faq-item'><h3 class='faq-q'>{_e(q)}</h3><div class='faq-a'><p>{_e(x)}"
            "</p></div></div>"
            for q, x in faqs
        )
        + "</section>"
        if faq_on
        else ""
    )
    head = _head(a, site, True)
    if faq_on:
        ld = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": x}}
                for q, x in faqs
            ],
        }
        head = head.replace(
            "</head>", f"<script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        )
    comments = (
        "<div class='comments-box'><h3>Comments</h3><p>Comments have to be in English, and in "
        "full sentences. They cannot be abusive or personal. Please abide by our community "
        "guidelines for posting your comments.</p><textarea placeholder='Write a comment'>"
        "</textarea><button>Post comment</button><p class='comments-note'>We have moved to a "
        "new commenting platform. If you are already a registered user, please log in again "
        "to comment.</p></div>"
    )
    top = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>"
        for t in rng.sample(TOP_HEADLINES, 5)
    )
    latest = "".join(
        f"<li><span class='time'>{rng.randrange(1, 13)}:{rng.randrange(60):02d} "
        f"{rng.choice(['AM', 'PM'])}</span> <a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>"
        for t in rng.sample(LATEST, 4)
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in DESK_NAV)
    trending = " ".join(
        f"<a href='{base}/topic/{_slug(t)}'>{_e(t)}</a>" for t in rng.sample(DESK_TOPICS, 5)
    )
    caption = (
        f"{rng.choice(PHOTO_CAPTIONS)} (Representative image)"
        if rng.random() < 0.5
        else f"{rng.choice(PHOTO_CAPTIONS)} (Photo: {rng.choice(PHOTO_CREDITS)})"
    )
    story_open, story_close = (
        ("<main class='main-content'><article class='story'>", "</article>")
        if wrapped
        else ("<div class='container main-content'><div class='story'>", "</div>")
    )
    end = "</main>" if wrapped else "</div>"
    rail = "aside" if wrapped else "div"
    return (
        f"<!DOCTYPE html><html lang='en'>{head}<body class='story-page'><div class='top-strip'>"
        f"<span>{_WEEKDAYS[_weekday(year, month, day)]}, {_MONTHS[month - 1][:3]} {day}, {year}"
        f"</span> <a href='{base}/epaper'>e-Paper</a> <a href='{base}/live-tv'>Live TV</a> <a "
        f"href='{base}/login'>Sign in</a> <a class='subscribe' href='{base}/subscribe'>"
        f"Subscribe</a></div><header class='site-header'><a class='logo' href='{base}/'>"
        f"{_e(site)}</a><nav><ul>{nav}</ul></nav><form class='search' action='{base}/search'>"
        f"<input name='q' placeholder='Search news'></form></header><div class='trending-"
        f"topics'><span>Trending Topics:</span> {trending}</div><nav class='breadcrumb'><a "
        f"href='{base}/'>Home</a> &raquo; <a href='{base}/news'>News</a> &raquo; <a href='"
        f"{base}/{_slug(a['section'])}'>{_e(a['section'])}</a> &raquo; <span>{_e(crumb)}"
        f"</span></nav>{story_open}<h1>{_e(a['title'])}</h1>{synopsis}<div class='byline'>"
        f"{byline} <span class='edited'>Edited by: {rng.choice(DESK_EDITORS)}</span> <span "
        f"class='updated'>Updated: {updated}</span></div><div class='follow-row'><a href='"
        f"https://google.example/preferences/source?q={domain}'>Add us as a preferred source on"
        " Google</a></div><div class='listen'><button>Listen to this article</button> <span>"
        f"{rng.randrange(2, 6)} min</span></div><figure class='lead-image'><img src='https://"
        f"images.{domain}.example/img/{year}/{month:02d}/{a['slug']}.jpg' alt='{_a(a['title'])}'"
        f"><figcaption>{_e(caption)}</figcaption></figure><div class='story-details' id='"
        f"story-{rng.randrange(10**7)}'>{''.join(body)}</div><div class='topics'><h3>Topics "
        f"mentioned in this article</h3><ul>{topics}</ul></div>{faq}{comments}{story_close}"
        f"<{rail} class='right-rail'><div class='widget'><h2>Top Headlines</h2><ul>{top}</ul>"
        f"</div><div class='widget'><h2>Latest News</h2><ul>{latest}</ul></div><div class='ad-"
        f"div'><span class='ad-label'>Advertisement</span></div></{rail}>{end}<footer class='"
        f"site-footer'><ul><li><a href='{base}/about'>About Us</a></li><li><a href='{base}/"
        f"contact'>Contact Us</a></li><li><a href='{base}/advertise'>Advertise with Us</a></li>"
        f"<li><a href='{base}/privacy'>Privacy Policy</a></li><li><a href='{base}/terms'>Terms "
        f"of Use</a></li><li><a href='{base}/grievance'>Grievance Redressal</a></li></ul><p>"
        f"Copyright &copy; {year} {_e(company)}. All rights reserved.</p><p>For reprint and "
        f"syndication rights, write to our syndication desk. No part of this website may be "
        "copied or republished without written permission.</p></footer></body></html>"
    )


# Layouts for the thirteenth fresh set, written blind: only ever paired with fresh13.jsonl,
# beside FRESH13_KNOWN, three older layouts no set from the third to the twelfth knew.
FRESH13_TEMPLATES: dict[str, Template] = {
    "syndicator": syndicator,
    "podcastpage": podcastpage,
    "wiredesk": wiredesk,
}
FRESH13_KNOWN = ("straits", "gallery", "forum")


def build_fresh13() -> list[Page]:
    """The thirteenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh13.jsonl",
        FRESH13_KNOWN,
        FRESH13_TEMPLATES,
        (
            *LAYOUTS,
            FRESH4_TEMPLATES,
            FRESH5_TEMPLATES,
            FRESH6_TEMPLATES,
            FRESH7_TEMPLATES,
            FRESH8_TEMPLATES,
            FRESH9_TEMPLATES,
            FRESH10_TEMPLATES,
            FRESH11_TEMPLATES,
            FRESH12_TEMPLATES,
        ),
    )
