"""The fifteenth fresh set: new article texts in three known and three new page layouts.

`build_fresh15()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh15.jsonl (a record "5.2
million" boxes of Colombian flowers flown north for Valentine's Day, with a paragraph that
begins "About 40 cargo flights a day" and a rose farm manager who "told Reuters", Vietnam's
durian exports to China held up by checks for a banned dye, a New Mexico village cleaning
its 300-year-old irrigation ditch, with a Spanish saying quoted and translated in
parentheses ('"El agua es vida" (water is life), said ...'), Hawaii's new climate fee on
hotel rooms, with a hotel worker who "told The Associated Press", Venice doubling its
day-tripper fee, with checkpoints staffed "between 8:30 a.m. and 4 p.m." and a councillor
who "told AFP", Marseille soap makers winning protection for the city's name, with a
quotation that holds a quotation in single quotes, planted bus shelter roofs that hold back
rain, with a "What the researchers measured" subheading and paragraphs that begin "Related
studies in" and "Funding for the study came from", free swimming lessons for pupils who
cannot swim 25 metres, with the five-word paragraph "One in three could not.", a "Who can
take part" subheading and a paragraph that begins "Registration opens on", a scrap dealer
jailed for stripping lead from church roofs, with the judge's words as a paragraph that is
one long quotation, a former colliery band winning the national brass band title, a
ride-hailing app fined over surge prices in a blizzard, with the three-word paragraph
"Zipride did not appeal.", and a village's toad patrol) in three known layouts
(FRESH15_KNOWN) and in three new ones, FRESH15_TEMPLATES: 72 pages. The new ones are:

- a university news office page that republishes a story about the university's field
  ("uninews"): a cookie notice of sentences, "Skip to main content", an audience bar
  ("Current students", "Staff", "Alumni", "Visitors"), the university's header with its
  navigation, a search box and "Apply now", a breadcrumb ("Home / News / In the news"), an
  "In the news" label, the headline, "Published 14 May 2026", on some pages a photo with an
  "Image: ... Credit: ..." caption, an italic republishing note in sentences ("This article
  was first published by ... on ... and is republished here with permission. ...") before
  the story on some pages and after it on the others, then the story as <p>s in
  <div class="news-body"> (subheadings as <h2> or <h3>); after it a "Media contact" block
  (a name, a job title, a phone number, an e-mail address and a sentence on out-of-hours
  enquiries) and "Share this story" links (in either order), "Related research" cards of
  research projects with a sentence each and "Read more about this project" links,
  "Topics", an "About the University of ..." box of prose, "Latest news" with dates and a
  footer with the address, a registered-charity sentence, a land acknowledgement sentence on
  some pages, statutory links and a copyright line. The story sits in <main><article> on
  some pages and in plain <div>s, with no <main> nor <article>, on the others;
- a trade (B2B) publication's news page with a registration wall ("tradepub"): an
  "Advertisement" leaderboard, a utility bar ("Advertise", "Events", "Webinars",
  "Subscribe to print", "Log in", "Register"), the masthead with a tagline sentence and the
  navigation, a breadcrumb, a "News" label, the headline, "By ..." and the date, share
  links; on some pages a meter line ("You have read 2 of your 3 free articles this month.
  Register for free to keep reading."); then the story as <p>s (subheadings as <h2> or
  <h3>) with a "Sponsored webinar" box (a "Presented by ..." line, a title, a date line
  with a time, a sentence and "Register now") between two whole text paragraphs. On gated
  pages the story is cut after its second, third or fourth paragraph (never straight after
  a subheading, nor straight after the webinar box), and the rest sits, whole and in order,
  in a second <div class="article-body article-body--gated"> after a "Register for free to
  continue reading" wall of sentences, a benefits list and "Already registered? Log in"; on
  the other pages an "Enjoyed this article?" registration box of sentences follows the
  story. After it "Topics", a "Sponsored webinars" box of two webinars with sentences, an
  "Industry events" list (name, dates, city and a sentence each), "Related content"
  labelled "Whitepaper", "Podcast" or "Analysis", "Most read", a newsletter box of
  sentences and a footer whose company lines are sentences. The story sits in
  <main><article> on some pages and in plain <div>s on the others;
- a feed reader's web view, Feedly- or Inoreader-like ("feedreader"): the app's header with
  "Search your feeds", "Add content" and "Upgrade to Pro", a sidebar of feeds ("Today",
  "Read later", "Recently read", folders of feeds with unread counts; before the stream on
  some pages, after it on the others), the stream's header (the folder's name, "N unread",
  "Mark all as read", "Refresh" and a view switch), one to three earlier entries (a source
  favicon line "Source &middot; 2h", a title, an excerpt cut off with "..." and "Mark as
  read" and "Save" buttons), then the opened entry: the source line, the headline linked to
  the original, "by ... &middot; date", a toolbar ("Mark as unread", "Read later",
  "Share", "Visit website") and the entry's content: the story as <p>s (subheadings as
  <h3> or <p><strong>) on some pages and, as many feeds send it, one plain <div> per
  paragraph on the others (subheadings as <div><b>); for a story that is not from an
  agency's feed, on some pages the feed's own trailer after the last paragraph ("The post
  ... appeared first on ..."); then "Visit website" and "Open original" links, two to four
  later entries with excerpts, on some pages a "Sponsored" entry with a sentence, "Load
  more articles", an upgrade card of sentences ("Pro members can ..."), a keyboard
  shortcuts hint in sentences and the app's footer. The opened entry is an <article> in
  <main> on some pages and plain <div>s, with no <main>, on the others.

The hard cases, each asserted in tests/bench/test_fresh15.py: the five-word "One in three
could not." and the three-word "Zipride did not appeal." (one-sentence paragraphs of a few
words); one paragraph that is all quotation (the judge, 40+ words); closing quotes after the
full stop in paragraphs that do not open with one; "5.2 million" and "8:30 a.m."; "told
Reuters", "told The Associated Press" and "told AFP"; two subheadings, one in each of two
articles; wire datelines of Reuters, AP and AFP on six of the 12 leads. And the new traps,
each a thing real stories carry that looks like something else: a paragraph that opens
"About" and a number, like an "About the university" box; one that opens "Related studies
in", like a "Related research" list; one that opens "Funding for the study came from", like
a press office's acknowledgement line; one that opens "Registration opens on", like a
registration wall; a saying in another language quoted and translated in parentheses; and
a quotation that quotes a word in single quotes inside double ones.

The truth is the article's paragraphs only; cookie notices, audience bars, labels,
breadcrumbs, dates, captions, republishing notes, media contacts, share links, research
cards, topics, about boxes, latest news, leaderboards, utility bars, taglines, meter lines,
webinar boxes, registration walls and boxes, event lists, related content, most read,
newsletter boxes, feed sidebars, stream headers, entries and their excerpts, source lines,
toolbars, feed trailers, sponsored entries, upgrade cards, shortcut hints and footers are
not. Every truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "magazine" turns subheadings into <h2> and puts one or two pull quotes (sentences
of 10 to 40 words lifted from the story, so a one-sentence paragraph of that length may be on
the page twice) and, on some pages, a "By the numbers" box of clauses with figures between
whole paragraphs; every text here has at least two such clauses, so the box is never empty;
"archived" prints the story as <p>s (subheadings as <h3> or <p><strong>), straight in its
table cell or in <div id="article-text">, with the agency's "may not be published" line
after a wire story; "wiredesk" puts "Also Read" lines, "Advertisement" slots and a WhatsApp
line only after whole text paragraphs that are not followed by a subheading (every text here
has at least four such places, which the layout needs), lifts the lead's first clause into a
synopsis on some pages (so that clause is on the page twice) and adds its syndication line
after a wire story's last paragraph.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading
from streams.bench.fresh8 import FRESH8_TEMPLATES
from streams.bench.fresh9 import FRESH9_TEMPLATES
from streams.bench.fresh10 import FRESH10_TEMPLATES
from streams.bench.fresh11 import FRESH11_TEMPLATES, _agency
from streams.bench.fresh12 import FRESH12_TEMPLATES
from streams.bench.fresh13 import FRESH13_TEMPLATES
from streams.bench.fresh14 import FRESH14_TEMPLATES, _day
from streams.bench.pages import (
    _MONTHS,
    AGENCIES,
    LAYOUTS,
    PHOTO_CAPTIONS,
    Page,
    Template,
    _e,
    _head,
    _slug,
    build_set,
)


def _uk_day(when: datetime) -> str:
    """A date as British sites write it: "14 May 2026"."""
    return f"{when.day} {_MONTHS[when.month - 1]} {when.year}"


def _spots(paragraphs: list[str]) -> list[int]:
    """Where a box can go: after a whole text paragraph (not the first nor the last) that is
    not followed by a subheading."""
    return [
        i
        for i, p in enumerate(paragraphs[:-1])
        if i >= 1 and not _is_subheading(p) and not _is_subheading(paragraphs[i + 1])
    ]


# --- uninews: a university news office page republishing a story --------------------------

UNIVERSITIES = [
    (
        "University of Northmoor",
        "northmoor",
        "Founded in 1884 as a college for the sons and daughters of mill workers, the "
        "University of Northmoor is a public research university with more than 24,000 "
        "students from 140 countries. Its research on water, cities and public health is "
        "used by governments and charities around the world.",
        "Northmoor House, Campus Road, Northmoor NM1 4RT",
        "1137742",
    ),
    (
        "University of the Western Coast",
        "westcoast-uni",
        "The University of the Western Coast is a young university with a long memory: it was "
        "created in 1992 from three colleges that had trained teachers, nurses and engineers "
        "since the 19th century. Today it teaches 18,000 students on four campuses.",
        "1 Harbour Parade, Westhaven WH2 7QP",
        "1150391",
    ),
    (
        "Kingsbridge University",
        "kingsbridge",
        "Kingsbridge University has taught and researched in the heart of the city since "
        "1901. It is a member of a national group of research-intensive universities, and "
        "nine in ten of its graduates are in work or further study six months after they "
        "leave.",
        "Old Quad, Kingsbridge KB1 1AA",
        "1163025",
    ),
]
UNI_NAV = ["Study", "Research", "Partnerships", "News and events", "About us"]
UNI_AUDIENCES = ["Current students", "Staff", "Alumni", "Visitors"]
UNI_OUTLETS = ["The Northern Post", "The Daily Ledger", "The Evening Standard-Gazette"]
PRESS_OFFICERS = ["Claire Whitmore", "Ravi Menon", "Sophie Lindqvist", "Tom Adeyemi"]
RESEARCH_PROJECTS = [
    (
        "Cities that drink the rain",
        "The project, led by the School of Engineering, is testing how streets, roofs and "
        "parks can store storm water instead of sending it to the drains.",
    ),
    (
        "Healthy rivers, healthy towns",
        "Researchers are working with four councils to track pollution in small rivers and "
        "to find out which changes bring fish and insects back fastest.",
    ),
    (
        "The future of the high street",
        "A team from the business school is following 200 small shops for three years to see "
        "how they adapt to online shopping and higher rents.",
    ),
    (
        "Food, farms and fair prices",
        "This study looks at how growers in five countries share the price that shoppers pay "
        "for fruit, flowers and vegetables.",
    ),
    (
        "Living with less water",
        "Hydrologists and historians are studying how communities have shared water through "
        "droughts over the past 300 years.",
    ),
]
UNI_LATEST = [
    "University opens new centre for coastal research",
    "Students raise record sum for local food banks",
    "Honorary degrees for a nurse, a poet and a lifeboat coxswain",
    "New scholarships for students from care backgrounds",
    "Open day dates announced for the autumn",
    "Professor elected a fellow of the national academy",
]


def uninews(a: dict[str, Any], rng: random.Random) -> str:
    """A university news page: a republishing note, the story, a media contact, an about box."""
    uni, domain, about, address, charity = rng.choice(UNIVERSITIES)
    base = f"https://www.{domain}.ac.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    agency = _agency(paragraphs[0])
    outlet = AGENCIES[agency] if agency else rng.choice(UNI_OUTLETS)
    wrapped = rng.random() < 0.5
    note_first = rng.random() < 0.5
    contact_first = rng.random() < 0.5
    photo_on = rng.random() < 0.6
    acknowledge = rng.random() < 0.5
    sub_tag = rng.choice(["h2", "h3"])
    officer = rng.choice(PRESS_OFFICERS)

    body = "".join(
        f"<{sub_tag}>{_e(p)}</{sub_tag}>" if _is_subheading(p) else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )
    note = (
        f"<p class='republish-note'><em>This article was first published by {_e(outlet)} on "
        f"{_uk_day(published)} and is republished here with permission. It is not an official "
        "statement of the university.</em></p>"
    )
    photo = (
        f"<figure class='news-image'><img src='{base}/media/news/{a['slug']}.jpg' alt=''>"
        f"<figcaption>Image: {_e(rng.choice(PHOTO_CAPTIONS))}. Credit: {_e(outlet)}</figcaption>"
        "</figure>"
        if photo_on
        else ""
    )
    contact = (
        f"<div class='media-contact'><h2>Media contact</h2><p><strong>{_e(officer)}</strong>, "
        f"Media Relations Officer</p><p>Phone: +44 1632 {rng.randrange(100000, 999999)}</p><p>"
        f"Email: <a href='mailto:press@{domain}.ac.example'>press@{domain}.ac.example</a></p>"
        "<p>Journalists can reach the press office out of hours on the number above. We aim "
        "to answer every media enquiry within one working day.</p></div>"
    )
    share = (
        "<div class='share-story'><h2>Share this story</h2><ul>"
        + "".join(
            f"<li><a href='https://share.example/{k}?u={base}/news/{a['slug']}'>{t}</a></li>"
            for k, t in (
                ("facebook", "Facebook"),
                ("x", "X"),
                ("linkedin", "LinkedIn"),
                ("email", "Email"),
            )
        )
        + "<li><button class='copy-link'>Copy link</button></li></ul></div>"
    )
    research = "".join(
        f"<div class='research-card'><h3>{_e(t)}</h3><p>{_e(s)}</p><a href='{base}/research/"
        f"{_slug(t)}'>Read more about this project</a></div>"
        for t, s in rng.sample(RESEARCH_PROJECTS, rng.randrange(2, 4))
    )
    latest = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a> <span class='date'>"
        f"{rng.randrange(1, 28)} {_MONTHS[published.month - 1]} {published.year}</span></li>"
        for t in rng.sample(UNI_LATEST, 4)
    )
    topics = "".join(
        f"<li><a href='{base}/news/topic/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], "In the news")
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in UNI_NAV)
    audiences = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in UNI_AUDIENCES)
    story = (
        f"{note if note_first else ''}<div class='news-body'>{body}</div>"
        f"{'' if note_first else note}"
    )
    after = f"{contact}{share}" if contact_first else f"{share}{contact}"
    if wrapped:
        opening = "<main id='main-content'><article class='news-article'>"
        closing, end = "</article>", "</main>"
    else:
        opening = "<div id='main-content' class='page-content'><div class='news-article'>"
        closing, end = "</div>", "</div>"
    land = (
        f"<p>{_e(uni)} acknowledges the communities on whose land its campuses stand, and "
        "their care for it over many generations.</p>"
        if acknowledge
        else ""
    )
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, uni, True)}<body class='news-page'>"
        "<div class='cookie-notice' role='dialog'><p>We use cookies to make our website work "
        "and to understand how people use it. You can accept all cookies or choose which ones "
        "to allow.</p><button>Accept all</button> <button>Manage cookies</button></div><a "
        f"class='skip-link' href='#main-content'>Skip to main content</a><div class='audience-"
        f"bar'><ul>{audiences}</ul></div><header class='uni-header'><a class='logo' href='"
        f"{base}/'>{_e(uni)}</a><nav class='primary'><ul>{nav}</ul></nav><form class='search' "
        f"action='{base}/search'><input name='q' placeholder='Search the university'></form>"
        f"<a class='apply' href='{base}/study/apply'>Apply now</a></header>{opening}<nav class="
        f"'breadcrumb'><a href='{base}/'>Home</a> / <a href='{base}/news'>News</a> / <a href='"
        f"{base}/news/in-the-news'>In the news</a></nav><p class='news-label'>In the news</p>"
        f"<h1>{_e(a['title'])}</h1><p class='news-date'>Published {_uk_day(published)}</p>"
        f"{photo}{story}{after}{closing}<section class='related-research'><h2>Related research"
        f"</h2>{research}</section><div class='news-topics'><h2>Topics</h2><ul>{topics}</ul>"
        f"</div><section class='about-uni'><h2>About the {_e(uni)}</h2><p>{_e(about)}</p>"
        f"</section><section class='latest-news'><h2>Latest news</h2><ul>{latest}</ul>"
        f"</section>{end}<footer class='uni-footer'><p>{_e(uni)}, {_e(address)}</p><p>"
        f"{_e(uni)} is a registered charity, number {charity}, and is regulated by the Office "
        f"for Students.</p>{land}<ul><li><a href='{base}/accessibility'>Accessibility</a></li>"
        f"<li><a href='{base}/foi'>Freedom of information</a></li><li><a href='{base}/modern-"
        f"slavery'>Modern slavery statement</a></li><li><a href='{base}/privacy'>Privacy</a>"
        f"</li><li><a href='{base}/cookies'>Cookies</a></li></ul><p>&copy; {published.year} "
        f"{_e(uni)}</p></footer></body></html>"
    )


# --- tradepub: a B2B trade publication with a registration wall ---------------------------

TRADE_SITES = [
    (
        "Supply Chain Dispatch",
        "supplychaindispatch",
        "News and analysis for the people who move the world's goods.",
        "Meridian B2B Media Ltd",
        "08341277",
    ),
    (
        "Public Sector Review",
        "publicsectorreview",
        "The independent voice of councils, agencies and the firms that serve them.",
        "Civic Press Holdings Ltd",
        "07765120",
    ),
    (
        "Trade & Markets Weekly",
        "trademarketsweekly",
        "Business intelligence for importers, exporters and their advisers since 1978.",
        "Harcourt Business Publishing Ltd",
        "01984455",
    ),
]
TRADE_NAV = ["News", "Analysis", "Markets", "Policy", "Technology", "People", "Events"]
WEBINARS = [
    (
        "Northgate Analytics",
        "Beating delays: how to plan for the next disruption",
        "Our panel of planners and analysts explains how to build more room into schedules "
        "without tying up cash.",
    ),
    (
        "Corvel Software",
        "Automating compliance paperwork in 2026",
        "Learn how three mid-sized firms cut the time they spend on customs and audit forms "
        "by half.",
    ),
    (
        "Bluewater Insurance",
        "Weather, risk and your balance sheet",
        "Underwriters explain what the past year's storms and droughts mean for premiums, and "
        "what buyers can do about it.",
    ),
    (
        "Tessaly Payments",
        "Getting paid faster across borders",
        "A practical session on currencies, fees and the new instant payment rules, with time "
        "for your questions.",
    ),
]
EVENTS = [
    (
        "Future Operations Summit",
        "May 12-13",
        "Manchester",
        "Two days of talks and workshops for operations leaders, with more than 60 speakers.",
    ),
    (
        "National Procurement Awards",
        "June 4",
        "London",
        "The industry's night of celebration returns, with 18 categories and a charity raffle.",
    ),
    (
        "Digital Trade Forum",
        "September 22-23",
        "Rotterdam",
        "Meet the people building the paperless trade systems of the next decade.",
    ),
    (
        "Regional Growth Conference",
        "October 8",
        "Birmingham",
        "A day of debate on investment, skills and transport outside the capital.",
    ),
]
TRADE_RELATED = [
    ("Whitepaper", "The state of the market: our annual survey of 1,200 buyers"),
    ("Podcast", "Episode 84: what the new rules mean for small firms"),
    ("Analysis", "Five charts that explain this year's costs"),
    ("Analysis", "Who wins and who loses from the new tariffs"),
    ("Whitepaper", "A buyer's guide to risk in uncertain times"),
    ("Podcast", "Episode 85: the people keeping the lights on"),
]
TRADE_MOST_READ = [
    "Industry body warns of skills gap as older workers retire",
    "Regulator opens consultation on new reporting rules",
    "Chief executive steps down after eleven years",
    "Costs rise for a fifth straight month, survey shows",
    "Top 50 suppliers named in our annual ranking",
]


def _webinar_box(webinar: tuple[str, str, str], when: str, base: str, inline: bool) -> str:
    sponsor, title, blurb = webinar
    label = "<p class='label'>Sponsored webinar</p>" if inline else ""
    return (
        f"<div class='webinar{' webinar--inline' if inline else ''}'>{label}<p class='"
        f"presented'>Presented by {_e(sponsor)}</p><h4>{_e(title)}</h4><p class='when'>{when}"
        f"</p><p>{_e(blurb)}</p><a class='button' href='{base}/webinars/{_slug(title)}'>"
        "Register now</a></div>"
    )


def tradepub(a: dict[str, Any], rng: random.Random) -> str:
    """A trade site's story: a webinar box inside, a registration wall or box, events, footer."""
    site, domain, tagline, company, number = rng.choice(TRADE_SITES)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    gated = rng.random() < 0.5
    meter = rng.random() < 0.5
    sub_tag = rng.choice(["h2", "h3"])
    webinars = rng.sample(WEBINARS, 3)

    def when() -> str:
        month = published.month % 12 + 1
        day = datetime(published.year + (month == 1), month, rng.randrange(2, 28))
        clock = rng.choice(["10:00 a.m.", "11:00 a.m.", "2:00 p.m."])
        return f"{day:%A}, {_day(day)} | {clock} ET"

    def block(p: str) -> str:
        return f"<{sub_tag}>{_e(p)}</{sub_tag}>" if _is_subheading(p) else f"<p>{_e(p)}</p>"

    # The wall cuts after the second or third paragraph, never after a subheading.
    cut = rng.choice([2, 3])
    while _is_subheading(paragraphs[cut - 1]):
        cut += 1
    spots = [s for s in _spots(paragraphs) if not gated or s + 1 != cut]
    box_at = rng.choice(spots)
    blocks = []
    for i, p in enumerate(paragraphs):
        if gated and i == cut:
            blocks.append(
                "</div><div class='regwall'><h3>Register for free to continue reading</h3><p>"
                "This article is for registered members. Registration is free and takes less "
                "than a minute.</p><ul><li>Unlimited access to news and analysis</li><li>Our "
                "daily newsletter</li><li>Webinars on demand</li></ul><a class='button' href='"
                f"{base}/register'>Register now</a><p>Already registered? <a href='{base}/login'"
                ">Log in</a></p></div><div class='article-body article-body--gated'>"
            )
        blocks.append(block(p))
        if i == box_at:
            blocks.append(_webinar_box(webinars[0], when(), base, True))
    enjoyed = (
        ""
        if gated
        else "<div class='register-box'><h3>Enjoyed this article?</h3><p>Register for free to "
        f"read every story on {_e(site)}, get our daily newsletter and join our webinars. It "
        f"takes less than a minute.</p><a class='button' href='{base}/register'>Register</a>"
        "</div>"
    )
    metered = (
        "<div class='meter'><p>You have read 2 of your 3 free articles this month. Register for "
        f"free to keep reading.</p><a href='{base}/register'>Register</a></div>"
        if meter
        else ""
    )
    events = "".join(
        f"<li><a href='{base}/events/{_slug(n)}'>{_e(n)}</a> <span class='dates'>{d}, "
        f"{published.year}</span> <span class='city'>{c}</span><p>{_e(s)}</p></li>"
        for n, d, c, s in rng.sample(EVENTS, 3)
    )
    related = "".join(
        f"<li><span class='type'>{k}</span> <a href='{base}/{_slug(k)}/{_slug(t)}'>{_e(t)}</a></li>"
        for k, t in rng.sample(TRADE_RELATED, 3)
    )
    most = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>"
        for t in rng.sample(TRADE_MOST_READ, 4)
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in TRADE_NAV)
    topics = "".join(
        f"<li><a href='{base}/topic/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], "Industry news")
    )
    share = "".join(
        f"<a href='https://share.example/{k.lower()}?u={base}/news/{a['slug']}'>{k}</a> "
        for k in ("LinkedIn", "X", "Email")
    )
    if wrapped:
        opening, closing = "<main id='content'><article class='article'>", "</article></main>"
    else:
        opening, closing = "<div id='content'><div class='article'>", "</div></div>"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body class='article-page'><div "
        "class='ad-leaderboard'><span class='ad-label'>Advertisement</span><div id='gpt-top'>"
        f"</div></div><div class='utility-bar'><a href='{base}/advertise'>Advertise</a> <a "
        f"href='{base}/events'>Events</a> <a href='{base}/webinars'>Webinars</a> <a href='"
        f"{base}/print'>Subscribe to print</a> <a href='{base}/login'>Log in</a> <a class='"
        f"register' href='{base}/register'>Register</a></div><header class='masthead'><a "
        f"class='logo' href='{base}/'>{_e(site)}</a><p class='tagline'>{_e(tagline)}</p><nav>"
        f"<ul>{nav}</ul></nav></header>{opening}<nav class='breadcrumb'><a href='{base}/'>Home"
        f"</a> &gt; <a href='{base}/news'>News</a> &gt; <a href='{base}/{_slug(a['section'])}'>"
        f"{_e(a['section'])}</a></nav><p class='content-type'>News</p><h1>{_e(a['title'])}</h1>"
        f"<p class='byline'>By <a href='{base}/authors/{_slug(a['author'])}'>"
        f"{_e(a['author'])}</a> <time datetime='{a['published']}'>{_day(published)}</time></p>"
        f"<div class='share'>{share}</div>{metered}<div class='article-body'>{''.join(blocks)}"
        f"</div>{enjoyed}<div class='topics'><h3>Topics</h3><ul>{topics}</ul></div>{closing}"
        "<section class='webinars'><h2>Sponsored webinars</h2>"
        f"{_webinar_box(webinars[1], when(), base, False)}"
        f"{_webinar_box(webinars[2], when(), base, False)}</section><section class='events'>"
        f"<h2>Industry events</h2><ul>{events}</ul><a href='{base}/events'>See all events</a>"
        f"</section><section class='related'><h2>Related content</h2><ul>{related}</ul>"
        f"</section><section class='most-read'><h2>Most read</h2><ol>{most}</ol></section><div "
        f"class='newsletter'><h2>Get the daily briefing</h2><p>Join 48,000 professionals who "
        f"start their day with {_e(site)}. Our editors pick the stories that matter, and you "
        "can unsubscribe at any time.</p><form><input type='email' placeholder='Work email'>"
        f"<button>Sign up</button></form></div><footer class='site-footer'><p>{_e(site)} is "
        f"part of {_e(company)}, registered in England and Wales with company number {number}."
        " Our registered office is at 20 Canal Wharf, Leeds LS11 5PS.</p><p>We use the details "
        "you give us when you register to send you the newsletters you ask for and to show you "
        "relevant advertising. Read our privacy notice to find out more.</p><ul><li><a href='"
        f"{base}/about'>About us</a></li><li><a href='{base}/advertise'>Advertise</a></li><li>"
        f"<a href='{base}/privacy'>Privacy notice</a></li><li><a href='{base}/terms'>Terms and "
        f"conditions</a></li></ul><p>&copy; {published.year} {_e(company)}. All rights "
        "reserved.</p></footer></body></html>"
    )


# --- feedreader: a feed reader's web view with the story as the opened entry ---------------

READERS = [("Feedhaven", "feedhaven", "Feedhaven Inc."), ("Inkpot Reader", "inkpot", "Inkpot Labs")]
READERS += [("Newsflow", "newsflow", "Newsflow Software Ltd")]
FOLDERS = [
    ("News", ["The Northern Post", "Harbour Gazette", "World Briefing"]),
    ("Science", ["Lab Notes Daily", "The Field Journal"]),
    ("Local", ["Upper Valley Dispatch", "Riverside Bugle"]),
    ("Business", ["Market Morning", "The Ledger"]),
]
FEED_SITES = ["The Northern Post", "Harbour Gazette", "Riverside Bugle", "The Ledger"]
FEED_ENTRIES = [
    (
        "Harbour Gazette",
        "Ferry timetable to change again in spring",
        "The ferry operator says low water and a shortage of crew leave it no choice but to "
        "cancel the first morning sailing on weekdays from the start of April, after months of",
    ),
    (
        "Lab Notes Daily",
        "Why some people hear a phone ringing that is not there",
        "Researchers who asked 2,000 volunteers about phantom phone calls found that almost "
        "half had heard one in the past month, and that people who expected an important call",
    ),
    (
        "Market Morning",
        "Shares edge higher as investors wait for inflation figures",
        "Stock markets in Europe opened slightly higher on Monday as investors waited for "
        "inflation figures that are expected to show prices rising more slowly than at any",
    ),
    (
        "Riverside Bugle",
        "New crossing for the school on Mill Road",
        "A new pedestrian crossing will be built outside the primary school on Mill Road this "
        "summer, after parents collected more than 800 signatures and filmed drivers speeding",
    ),
    (
        "World Briefing",
        "Talks on fishing rights to resume next week",
        "Negotiators from the three countries will meet again next week to try to agree on how "
        "much each of their fleets may catch, after the last round of talks ended without a",
    ),
    (
        "The Field Journal",
        "A good year for barn owls after a dry spring",
        "Volunteers who check nest boxes across the county counted more barn owl chicks this "
        "summer than in any year since they began, and they say the dry spring is the reason",
    ),
]
FEED_ENTRIES += [
    (
        "The Ledger",
        "Small firms wait longer to be paid, survey finds",
        "Small businesses are waiting an average of 47 days to be paid by their larger "
        "customers, a week longer than two years ago, according to a survey of 3,000 owners",
    ),
    (
        "Upper Valley Dispatch",
        "Parish council agrees to fix the footbridge",
        "After three years of complaints and two petitions, the parish council voted on Monday "
        "to pay for repairs to the footbridge over the mill stream, which has been closed since",
    ),
]
FEED_SPONSORS = [
    ("Stellar Bank", "Open a savings account in five minutes and earn interest from day one."),
    ("Pageturn Books", "Our editors picked the 20 best new novels of the season. Start reading."),
]


def feedreader(a: dict[str, Any], rng: random.Random) -> str:
    """A feed reader: feeds, earlier entries, the story as the opened entry, later entries."""
    app, domain, company = rng.choice(READERS)
    base = f"https://{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    agency = _agency(paragraphs[0])
    source = f"{AGENCIES[agency]} World News" if agency else rng.choice(FEED_SITES)
    site = f"https://www.{_slug(source).replace('-', '')}.example"
    url = f"{site}/{_slug(a['section'])}/{a['slug']}"
    wrapped = rng.random() < 0.5
    sidebar_first = rng.random() < 0.5
    plain = rng.random() < 0.5
    trailer = not agency and rng.random() < 0.6
    sponsored = rng.random() < 0.5
    strong = rng.random() < 0.5
    earlier, later = rng.randrange(1, 4), rng.randrange(2, 5)
    entries = rng.sample(FEED_ENTRIES, earlier + later)
    folder = rng.choice(FOLDERS[:2])[0]
    unread = rng.randrange(20, 400)

    def entry(feed: str, title: str, text: str) -> str:
        return (
            f"<div class='entry entry--unread' data-id='{rng.randrange(16**10):010x}'><div class"
            f"='entry-source'><img class='favicon' src='{base}/favicon/{_slug(feed)}.png' alt=''>"
            f" <span>{_e(feed)}</span> &middot; <span class='age'>{rng.randrange(1, 12)}h</span>"
            f"</div><a class='entry-title' href='{base}/entry/{_slug(title)}'>{_e(title)}</a>"
            f"<div class='entry-summary'>{_e(text)} ...</div><div class='entry-actions'><button"
            ">Mark as read</button> <button>Save</button></div></div>"
        )

    if plain:
        content = "".join(
            f"<div><b>{_e(p)}</b></div>" if _is_subheading(p) else f"<div>{_e(p)}</div>"
            for p in paragraphs
        )
    else:
        content = "".join(
            (f"<p><strong>{_e(p)}</strong></p>" if strong else f"<h3>{_e(p)}</h3>")
            if _is_subheading(p)
            else f"<p>{_e(p)}</p>"
            for p in paragraphs
        )
    if trailer:
        content += (
            f"<p>The post <a href='{url}'>{_e(a['title'])}</a> appeared first on <a href='"
            f"{site}'>{_e(source)}</a>.</p>"
        )
    tag = "article" if wrapped else "div"
    opened = (
        f"<{tag} class='entry entry--open' data-id='{rng.randrange(16**10):010x}'><div class="
        f"'entry-source'><img class='favicon' src='{base}/favicon/{_slug(source)}.png' alt=''> "
        f"<span>{_e(source)}</span> &middot; <span class='age'>{rng.randrange(1, 6)}h</span>"
        f"</div><h1 class='entry-heading'><a href='{url}' target='_blank'>{_e(a['title'])}</a>"
        f"</h1><div class='entry-meta'>by {_e(a['author'])} &middot; {_day(published)}</div>"
        "<div class='entry-toolbar'><button>Mark as unread</button> <button>Read later</button>"
        f" <button>Share</button> <a href='{url}' target='_blank'>Visit website</a></div><div "
        f"class='entry-content'>{content}</div><div class='entry-footer'><a class='button' href"
        f"='{url}' target='_blank'>Visit website</a> <a href='{url}'>Open original</a></div>"
        f"</{tag}>"
    )
    before = "".join(entry(*e) for e in entries[:earlier])
    after = "".join(entry(*e) for e in entries[earlier:])
    if sponsored:
        brand, line = rng.choice(FEED_SPONSORS)
        after += (
            f"<div class='entry entry--sponsored'><div class='entry-source'><span>Sponsored"
            f"</span> &middot; <span>{_e(brand)}</span></div><p>{_e(line)}</p></div>"
        )
    folders = "".join(
        f"<li class='folder'><span class='folder-name'>{_e(name)}</span><ul>"
        + "".join(
            f"<li><a href='{base}/feed/{_slug(f)}'><img class='favicon' src='{base}/favicon/"
            f"{_slug(f)}.png' alt=''> {_e(f)}</a> <span class='count'>{rng.randrange(1, 90)}"
            "</span></li>"
            for f in feeds
        )
        + "</ul></li>"
        for name, feeds in FOLDERS
    )
    sidebar = (
        f"<nav class='sidebar'><ul class='views'><li><a href='{base}/today'>Today</a></li><li><a"
        f" href='{base}/saved'>Read later</a></li><li><a href='{base}/recent'>Recently read</a>"
        f"</li><li><a href='{base}/all'>All</a> <span class='count'>{unread}</span></li></ul>"
        f"<ul class='folders'>{folders}</ul><a class='add' href='{base}/discover'>Add content</a>"
        "</nav>"
    )
    stream = (
        f"<div class='stream-header'><h2>{_e(folder)}</h2><span class='unread'>{unread} unread"
        "</span><button>Mark all as read</button> <button>Refresh</button><div class='views'>"
        "Titles only | Magazine | Cards</div></div><div class='entries'>"
        f"{before}{opened}{after}</div><button class='load-more'>Load more articles</button>"
    )
    stream = (
        f"<main class='stream'>{stream}</main>"
        if wrapped
        else f"<div class='stream'>{stream}</div>"
    )
    layout = f"{sidebar}{stream}" if sidebar_first else f"{stream}{sidebar}"
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_e(a['title'])} "
        f"- {_e(app)}</title><meta name='robots' content='noindex'><meta property='og:title' "
        f"content='{_a(a['title'])}'><script>window.__APP__={{route:'entry',theme:'light'}};"
        f"</script></head><body class='reader'><header class='app-header'><a class='logo' "
        f"href='{base}/'>{_e(app)}</a><form class='search'><input placeholder='Search your "
        f"feeds'></form><a class='add' href='{base}/discover'>Add content</a> <a class='pro' "
        f"href='{base}/pro'>Upgrade to Pro</a></header><div class='app-body'>{layout}</div>"
        "<div class='upgrade-card'><h3>Read more, faster</h3><p>Pro members can follow up to "
        "2,500 sources, search every article they have ever read and hide sponsored posts. "
        f"Plans start at $6 a month.</p><a href='{base}/pro'>Try Pro free for 14 days</a></div>"
        "<div class='shortcuts-hint'><p>Press j and k to move between articles, m to mark an "
        "article as read and v to open the original.</p></div><footer class='app-footer'>"
        f"&copy; {published.year} {_e(company)} &middot; <a href='{base}/privacy'>Privacy</a> "
        f"&middot; <a href='{base}/terms'>Terms</a> &middot; <a href='{base}/help'>Help</a>"
        "</footer></body></html>"
    )


# Layouts for the fifteenth fresh set, written blind: only ever paired with fresh15.jsonl,
# beside FRESH15_KNOWN, three older layouts no set from the third to the fourteenth knew.
FRESH15_TEMPLATES: dict[str, Template] = {
    "uninews": uninews,
    "tradepub": tradepub,
    "feedreader": feedreader,
}
FRESH15_KNOWN = ("magazine", "archived", "wiredesk")


def build_fresh15() -> list[Page]:
    """The fifteenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh15.jsonl",
        FRESH15_KNOWN,
        FRESH15_TEMPLATES,
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
            FRESH13_TEMPLATES,
            FRESH14_TEMPLATES,
        ),
    )
