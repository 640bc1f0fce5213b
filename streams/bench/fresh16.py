"""The sixteenth fresh set: new article texts in three known and three new page layouts.

`build_fresh16()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh16.jsonl (Peru delaying
its anchovy season, with last year's quota of "3.4 million" tonnes and a plant manager who
"told Reuters", a South Dakota school district moving to a four-day week for want of bus
drivers, with a paragraph that opens with a question ("Was it the right call? ..."),
Bordeaux growers paid to pull up vines, with a union head who "told AFP", Singapore's
cheaper rents for hawkers' successors, Idaho schools' smoke sensors, Iceland letting its
last fin whaling licence lapse, with a whale-watching captain's words as a paragraph that is
one long quotation, a town's shops opening their toilets to the public, with a "How the
scheme works" subheading and a paragraph that opens "Was it enough?", a man jailed for
sitting driving tests in disguise, with the four-word paragraph "He passed every time.", a
non-league club promoted in stoppage time, with the four-word paragraph "The ground fell
silent." and paragraphs that begin "Kick-off had been delayed" and "Man of the match", tree
rings that reveal old Highland droughts, with a "What the tree rings showed" subheading, a
mountain rescue team's new base, with a callout "at 7:45 p.m." and a paragraph that begins
"Donations to the appeal", and a bookshop selling books by the kilo) in three known layouts
(FRESH16_KNOWN) and in three new ones, FRESH16_TEMPLATES: 72 pages. The new ones are:

- a local council's "News and notices" page ("councilnews"): a cookie banner of sentences,
  "Skip to main content", the council's header with a search box and "Report it | Pay it |
  Apply for it" top tasks, a breadcrumb ("Home > News and notices"), the headline,
  "Published: ..." and, on some pages, "Last updated: ..."; the story as <p>s (subheadings
  as <h2>) in <div class="notice-body">, with, on some pages, a "Have your say"
  consultation box of sentences (a closing date and a "Take part in the consultation"
  link) between two whole text paragraphs (on the others the box sits in a side column);
  after it "Share this page" links, "Related pages" links, a "Was this page helpful?" form
  ("Yes" and "No" buttons and a sentence on how feedback is used), "Contact the council"
  with opening hours in sentences, and a footer with the council's address and statutory
  links. The story sits in <main><article> on some pages and in plain <div>s on the others;
- a football club's official site running a news story ("clubsite"): a principal partner
  strip ("Official principal partner" and sponsor logos with alt texts), a top bar
  ("Tickets", "Shop", "Membership", "Hospitality"), the crest and the club's navigation, a
  "Next match" widget (the opponent, the competition, the day and "Kick-off 3pm", "Buy
  tickets"), a "Club news" label, the headline, the date and "By ..."; the story as <p>s
  on some pages and as one <div class="text-block"> per paragraph on the others
  (subheadings as <h3> or <p><strong>), with a "Sponsored by ..." partner banner (the
  label and the partner's logo) between two whole text paragraphs on some pages; after
  it a "More club news" list, a "League table" excerpt, a membership box of sentences, a
  partners grid ("Our partners", names with a sentence each) and a footer with the club's
  company sentence and a ground address. The story sits in <main><article> on some pages
  and in plain <div>s on the others;
- a charity's press and media centre page ("charitypress"): a "Donate now" header button,
  an emergency appeal banner of sentences on some pages, the header navigation, a "Press
  release" label, the headline, "Press office" and the date; the story as <p>s (subheadings
  as <h2> or <h3>) in <div class="release-body">, then "Ends" on some pages, "Notes to
  editors" (a numbered list of sentences about the charity), "For media enquiries" (a press
  officer, a phone number, an e-mail and an out-of-hours sentence), a donate panel in prose
  ("&pound;10 could ..." sentences and amount buttons), "Latest press releases" with dates,
  "Sign up for our emails" in sentences and a footer with the registered charity number
  and a fundraising regulator sentence. The donate panel sits before the story on some
  pages and after it on the others; the story sits in <main><article> on some pages and in
  plain <div>s, with no <main> nor <article>, on the others.

The hard cases, each asserted in tests/bench/test_fresh16.py: the four-word "He passed every
time." and "The ground fell silent." (one-sentence paragraphs of a few words); one paragraph
that is all quotation (the whale-watching captain, 40+ words); closing quotes after the full
stop in paragraphs that do not open with one; "3.4 million" and "7:45 p.m."; "told Reuters"
and "told AFP"; two subheadings, one in each of two articles; wire datelines of Reuters, AP
and AFP on six of the 12 leads. And the new traps, each a thing real stories carry that
looks like something else: paragraphs that open with a question ("Was it the right call?",
"Was it enough?") like a "Was this page helpful?" form, one that opens "Kick-off had been
delayed" like a fixture widget's "Kick-off" line, one that opens "Man of the match" like a
club site's poll or label, and one that opens "Donations to the appeal" like a charity's
donate panel.

The truth is the article's paragraphs only; cookie banners, top tasks, breadcrumbs, dates,
consultation boxes, share links, related pages, feedback forms, contact boxes, partner
strips, top bars, fixture widgets, labels, bylines, partner banners, news lists, league
tables, membership boxes, partner grids, appeal banners, "Ends", notes to editors, media
contacts, donate panels, press release lists, sign-up boxes and footers are not. Every
truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "portal" prints each paragraph as an unclosed "<p>text" (subheadings too, as
plain <p>s) in a <font> and puts a "RELATED LINKS" table before the third paragraph and an
"ADVERTISEMENT" before the fifth (or the last), both between whole paragraphs, with its
copyright and "may not be published" line after the story; "printview" sets the story as <p>s in
an <article> (subheadings as <h2 class="print-subhead">) or as <div class="para">s in
<div id="printArea"> (subheadings as <p><b>), with on some pages a "Related:" line between
two whole paragraphs (never straight after a subheading) and footnote markers only outside
the story; "blogspot" writes the post body with <br /><br /> between paragraphs, or one
justified <div> per paragraph, or <p>s, and its "Popular Posts" snippet repeats the lead's
first 140 characters or so with " ..." (every lead here is longer than that, so the whole
lead is never on the page twice).
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _is_subheading
from streams.bench.fresh8 import FRESH8_TEMPLATES
from streams.bench.fresh9 import FRESH9_TEMPLATES
from streams.bench.fresh10 import FRESH10_TEMPLATES
from streams.bench.fresh11 import FRESH11_TEMPLATES
from streams.bench.fresh12 import FRESH12_TEMPLATES
from streams.bench.fresh13 import FRESH13_TEMPLATES
from streams.bench.fresh14 import FRESH14_TEMPLATES
from streams.bench.fresh15 import FRESH15_TEMPLATES, _spots, _uk_day
from streams.bench.pages import LAYOUTS, Page, Template, _e, _head, _slug, build_set

# --- councilnews: a local council's news and notices page ---------------------------------

COUNCILS = [
    ("Eastmoor District Council", "eastmoor", "Council Offices, Market Street, Eastmoor EM4 2DF"),
    ("Riverbank Borough Council", "riverbank", "Civic Centre, Bridge Road, Riverbank RB1 1RB"),
    ("Hollin Vale Council", "hollinvale", "The Town Hall, High Street, Hollin HV7 3TT"),
]
TOP_TASKS = ["Report it", "Pay it", "Apply for it"]
COUNCIL_NAV = ["Bins and recycling", "Council tax", "Planning", "Housing", "Parking", "Schools"]
CONSULTATIONS = [
    "Tell us what you think of our draft plan for parks and open spaces.",
    "We want to hear your views on changes to parking charges in the town centre.",
    "Help us decide how to spend money set aside for play areas next year.",
]
RELATED_PAGES = [
    "Council news archive",
    "Sign up for email updates",
    "Current consultations",
    "Council meetings and decisions",
    "Contact your local councillor",
]


def councilnews(a: dict[str, Any], rng: random.Random) -> str:
    """A council's news page: top tasks, the story, a consultation box, a feedback form."""
    council, domain, address = rng.choice(COUNCILS)
    base = f"https://www.{domain}.gov.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    inline = rng.random() < 0.5
    updated = rng.random() < 0.5
    consultation = rng.choice(CONSULTATIONS)
    box = (
        "<div class='consultation-box'><h2>Have your say</h2><p>"
        f"{_e(consultation)} The consultation closes on {rng.randrange(1, 29)} "
        f"{['June', 'July', 'August'][rng.randrange(3)]} {published.year}.</p><a href='{base}/"
        "consultations'>Take part in the consultation</a></div>"
    )
    box_at = rng.choice(_spots(paragraphs)) if inline else -1
    blocks = []
    for i, p in enumerate(paragraphs):
        blocks.append(f"<h2>{_e(p)}</h2>" if _is_subheading(p) else f"<p>{_e(p)}</p>")
        if i == box_at:
            blocks.append(box)
    side = "" if inline else f"<div class='side-column'>{box}</div>"
    tasks = " | ".join(f"<a href='{base}/{_slug(t)}'>{t}</a>" for t in TOP_TASKS)
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in COUNCIL_NAV)
    related = "".join(
        f"<li><a href='{base}/{_slug(t)}'>{t}</a></li>" for t in rng.sample(RELATED_PAGES, 3)
    )
    last = f"<p class='updated'>Last updated: {_uk_day(published)}</p>" if updated else ""
    tag = "article" if wrapped else "div"
    outer = (
        ("<main id='main-content'>", "</main>")
        if wrapped
        else ("<div id='main-content'>", "</div>")
    )
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, council, True)}<body><div class='cookie-"
        "banner'><p>We use some essential cookies to make this website work. We would like to "
        "set additional cookies to understand how you use the site and to improve our "
        "services.</p><button>Accept additional cookies</button> <button>Reject additional "
        f"cookies</button></div><a class='skip' href='#main-content'>Skip to main content</a>"
        f"<header class='council-header'><a class='logo' href='{base}/'>{_e(council)}</a><form "
        f"action='{base}/search'><input name='q' placeholder='Search this site'></form><div "
        f"class='top-tasks'>{tasks}</div><nav><ul>{nav}</ul></nav></header>{outer[0]}<nav "
        f"class='breadcrumb'><a href='{base}/'>Home</a> &gt; <a href='{base}/news'>News and "
        f"notices</a></nav><{tag} class='news-item'><h1>{_e(a['title'])}</h1><p class='"
        f"published'>Published: {_uk_day(published)}</p>{last}<div class='notice-body'>"
        f"{''.join(blocks)}</div><div class='share-page'><h3>Share this page</h3><a href='"
        f"https://share.example/facebook?u={base}/news/{a['slug']}'>Facebook</a> <a href='"
        f"https://share.example/x?u={base}/news/{a['slug']}'>X</a> <a href='mailto:?subject="
        f"{a['slug']}'>Email</a></div></{tag}>{side}<div class='related-pages'><h2>Related "
        f"pages</h2><ul>{related}</ul></div><form class='feedback'><h2>Was this page helpful?"
        "</h2><button>Yes</button> <button>No</button><p>We read every response and use your "
        "feedback to improve the website. We cannot reply to comments left here.</p></form>"
        f"{outer[1]}<div class='contact-council'><h2>Contact the council</h2><p>Our customer "
        "service centre is open from 9am to 5pm, Monday to Friday. You can also report most "
        "problems online at any time of the day or night.</p></div><footer><p>"
        f"{_e(council)}, {_e(address)}</p><ul><li><a href='{base}/accessibility'>Accessibility"
        f" statement</a></li><li><a href='{base}/privacy'>Privacy notice</a></li><li><a href='"
        f"{base}/foi'>Freedom of information</a></li></ul><p>&copy; {published.year} "
        f"{_e(council)}</p></footer></body></html>"
    )


# --- clubsite: a football club's official website ------------------------------------------

CLUBS = [
    ("Harbridge United", "harbridgeunited", "The Meadow, Station Lane, Harbridge HB3 8PL"),
    ("Calder Athletic", "calderathletic", "Millfield Park, Calder Road, Calderton CT2 4QF"),
    ("Westwick Town", "westwicktown", "The Old Ground, Church Street, Westwick WW5 1AB"),
]
CLUB_NAV = ["News", "Fixtures", "Teams", "Tickets", "Club", "Community", "Shop"]
PARTNERS = [
    ("Brightwater Motors", "Proud to support the club and the community for 12 seasons."),
    ("Kettle & Co Bakery", "Fresh pies on every matchday from the kiosk by the main stand."),
    ("Northline Energy", "Powering the floodlights with renewable electricity."),
    ("Parkside Solicitors", "Local legal advice for families and businesses."),
    ("Greenfield Print", "Printers of the matchday programme since 1994."),
]
OPPONENTS = ["Selby Town", "Goole AFC", "Brigg Athletic", "Thackley", "Penistone Church"]
CLUB_NEWS = [
    "Season tickets for next season go on sale",
    "Under-12s win the county cup",
    "Ground improvement works begin this summer",
    "Volunteers honoured at the end of season dinner",
    "New kit revealed for next season",
]


def clubsite(a: dict[str, Any], rng: random.Random) -> str:
    """A club's news story: a partner strip, a fixture widget, a partner banner, a table."""
    club, domain, ground = rng.choice(CLUBS)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    divs = rng.random() < 0.5
    banner = rng.random() < 0.5
    strong = rng.random() < 0.5
    partners = rng.sample(PARTNERS, 4)
    sponsor = partners[0][0]
    banner_at = rng.choice(_spots(paragraphs)) if banner else -1
    blocks = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            blocks.append(f"<p><strong>{_e(p)}</strong></p>" if strong else f"<h3>{_e(p)}</h3>")
        elif divs:
            blocks.append(f"<div class='text-block'>{_e(p)}</div>")
        else:
            blocks.append(f"<p>{_e(p)}</p>")
        if i == banner_at:
            blocks.append(
                f"<div class='partner-banner'><span>Sponsored by {_e(sponsor)}</span><img src='"
                f"{base}/partners/{_slug(sponsor)}.png' alt='{_e(sponsor)}'></div>"
            )
    strip = "".join(
        f"<a href='{base}/partners/{_slug(n)}'><img src='{base}/partners/{_slug(n)}.png' "
        f"alt='{_e(n)}'></a>"
        for n, _ in partners
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in CLUB_NAV)
    opponent = rng.choice(OPPONENTS)
    news = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>" for t in rng.sample(CLUB_NEWS, 3)
    )
    table = "".join(
        f"<tr><td>{k}</td><td>{t}</td><td>{46 - k}</td><td>{92 - 3 * k}</td></tr>"
        for k, t in enumerate([club, *rng.sample(OPPONENTS, 3)], 1)
    )
    grid = "".join(
        f"<div class='partner'><h4>{_e(n)}</h4><p>{_e(s)}</p></div>" for n, s in partners
    )
    if wrapped:
        opening, closing = "<main><article class='news-article'>", "</article></main>"
    else:
        opening, closing = "<div class='page'><div class='news-article'>", "</div></div>"
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, club, True)}<body><div class='partner-"
        f"strip'><span>Official principal partner</span>{strip}</div><div class='top-bar'><a "
        f"href='{base}/tickets'>Tickets</a> <a href='{base}/shop'>Shop</a> <a href='{base}/"
        f"membership'>Membership</a> <a href='{base}/hospitality'>Hospitality</a></div><header>"
        f"<a class='crest' href='{base}/'><img src='{base}/crest.png' alt='{_e(club)} crest'>"
        f"</a><nav><ul>{nav}</ul></nav></header><div class='next-match'><h3>Next match</h3><p>"
        f"{_e(club)} v {_e(opponent)}</p><p>League Cup</p><p>Saturday {rng.randrange(1, 29)} "
        f"{['August', 'September'][rng.randrange(2)]}</p><p>Kick-off 3pm</p><a href='{base}/"
        f"tickets'>Buy tickets</a></div>{opening}<p class='label'>Club news</p><h1>"
        f"{_e(a['title'])}</h1><p class='meta'>{_uk_day(published)} | By {_e(a['author'])}</p>"
        f"<div class='story'>{''.join(blocks)}</div>{closing}<section class='more-news'><h2>"
        f"More club news</h2><ul>{news}</ul></section><section class='league-table'><h2>League"
        f" table</h2><table><tr><th>Pos</th><th>Team</th><th>Pld</th><th>Pts</th></tr>{table}"
        "</table></section><div class='membership'><h2>Become a member</h2><p>Members get "
        "priority on tickets for big games, ten per cent off in the club shop and a vote at "
        "the annual meeting. Adult membership costs less than a pint a week.</p></div><section "
        f"class='partners'><h2>Our partners</h2>{grid}</section><footer><p>{_e(club)} Football"
        f" Club Limited is a company registered in England. Our ground is at {_e(ground)}.</p>"
        f"<p>&copy; {published.year} {_e(club)}</p></footer></body></html>"
    )


# --- charitypress: a charity's press and media centre ---------------------------------------

CHARITIES = [
    ("Hillsafe Trust", "hillsafe", "1098234", "Helping people stay safe in the hills since 1971."),
    ("Open Doors Foundation", "opendoors", "1120457", "Fighting loneliness in later life."),
    ("Clearwater Aid", "clearwateraid", "1045512", "Clean water for communities that need it."),
]
CHARITY_NAV = ["What we do", "Get involved", "Fundraise", "News and media", "About us"]
PRESS_RELEASES = [
    "Survey finds one in four volunteers give more than ten hours a week",
    "Charity welcomes new funding for rural services",
    "Record number of runners sign up for the spring challenge",
    "New report calls for better support for carers",
]


def charitypress(a: dict[str, Any], rng: random.Random) -> str:
    """A charity's press release page: a donate panel, notes to editors, a media contact."""
    charity, domain, number, strap = rng.choice(CHARITIES)
    base = f"https://www.{domain}.org.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    appeal = rng.random() < 0.5
    ends = rng.random() < 0.5
    donate_first = rng.random() < 0.5
    sub_tag = rng.choice(["h2", "h3"])
    body = "".join(
        f"<{sub_tag}>{_e(p)}</{sub_tag}>" if _is_subheading(p) else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )
    donate = (
        "<div class='donate-panel'><h2>Please give what you can</h2><p>&pound;10 could pay for "
        "a first aid kit. &pound;25 could train a volunteer for a day. &pound;50 could keep our"
        " helpline open for an evening.</p><button>&pound;10</button> <button>&pound;25</button>"
        f" <button>&pound;50</button> <a class='button' href='{base}/donate'>Donate now</a></div>"
    )
    banner = (
        "<div class='appeal-banner'><p>Our emergency appeal is now open. Every gift made before"
        " the end of the month will be matched by a group of generous supporters.</p></div>"
        if appeal
        else ""
    )
    officer = rng.choice(["Jo Latimer", "Amir Shah", "Kate Bellamy"])
    notes = (
        f"<h2>Notes to editors</h2><ol><li>{_e(charity)} is a registered charity in England "
        f"and Wales, number {number}.</li><li>{_e(strap)} The charity works with more than 300"
        " partner groups.</li><li>Photographs are available on request from the press office."
        "</li></ol>"
    )
    contact = (
        f"<div class='media-enquiries'><h2>For media enquiries</h2><p>{_e(officer)}, Press "
        f"Officer</p><p>Phone: 020 7946 {rng.randrange(1000, 9999)}</p><p>Email: press@"
        f"{domain}.org.example</p><p>Out of hours, journalists can call our duty press officer "
        "on the same number.</p></div>"
    )
    latest = "".join(
        f"<li><a href='{base}/media/{_slug(t)}'>{_e(t)}</a> <span>{rng.randrange(1, 28)} "
        f"March {published.year}</span></li>"
        for t in rng.sample(PRESS_RELEASES, 3)
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in CHARITY_NAV)
    end_line = "<p class='ends'>Ends</p>" if ends else ""
    release = f"<div class='release-body'>{body}</div>{end_line}{notes}{contact}"
    if wrapped:
        opening, closing = "<main><article class='press-release'>", "</article></main>"
    else:
        opening, closing = "<div class='content'><div class='press-release'>", "</div></div>"
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, charity, True)}<body><header><a class="
        f"'logo' href='{base}/'>{_e(charity)}</a><a class='donate-button' href='{base}/donate'>"
        f"Donate now</a><nav><ul>{nav}</ul></nav></header>{banner}"
        f"{donate if donate_first else ''}{opening}<p class='label'>Press release</p><h1>"
        f"{_e(a['title'])}</h1><p class='meta'>Press office | {_uk_day(published)}</p>"
        f"{release}{closing}{'' if donate_first else donate}<section class='latest'><h2>"
        f"Latest press releases</h2><ul>{latest}</ul></section><div class='signup'><h2>Sign up"
        " for our emails</h2><p>Hear about our work, our appeals and how you can help. You can "
        "unsubscribe at any time.</p></div><footer><p>"
        f"{_e(charity)} is a registered charity in England and Wales, number {number}.</p><p>"
        "We are registered with the Fundraising Regulator and follow its code of practice."
        f"</p><p>&copy; {published.year} {_e(charity)}</p></footer></body></html>"
    )


# Layouts for the sixteenth fresh set, written blind: only ever paired with fresh16.jsonl,
# beside FRESH16_KNOWN, three older layouts no set from the third to the fifteenth knew.
FRESH16_TEMPLATES: dict[str, Template] = {
    "councilnews": councilnews,
    "clubsite": clubsite,
    "charitypress": charitypress,
}
FRESH16_KNOWN = ("portal", "printview", "blogspot")


def build_fresh16() -> list[Page]:
    """The sixteenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh16.jsonl",
        FRESH16_KNOWN,
        FRESH16_TEMPLATES,
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
            FRESH15_TEMPLATES,
        ),
    )
