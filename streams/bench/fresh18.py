"""The eighteenth fresh set: new article texts in three known and three new page layouts.

`build_fresh18()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh18.jsonl (a federal judge
in Boston striking down the closure of Gulf of Maine waters to lobster traps on vertical
ropes, with a lobsterwoman who "told Reuters", a paragraph that opens "In a related case,"
and a last paragraph that is the case's caption ("The case is Maine Lobstering Union v.
National Marine Fisheries Service, U.S. District Court for the District of Massachusetts,
No. 1:25-cv-11482."), Chicago bringing back late-night trains on three elevated lines,
whose last Pink Line train had left the Loop "at 8:20 p.m.", with a nurse who "told The
Associated Press" and a paragraph that opens "Service on the Red and Blue lines", a
Sardinian beach admitting 1,500 booked visitors a day, with a mayor who "told AFP", Brazil's
orange harvest shrinking as greening disease spreads, with "4.3 million" trees pulled up,
an Idaho mobile home park bought by its residents, with a paragraph that reads like a
listing ("One of the homes, a three-bedroom, two-bathroom 1978 double-wide with a new roof,
sold last summer for $89,000, ..."), Mexico City paying canal farmers to save the axolotl,
a council selling 12 empty terraced houses for £1 each, with a "What buyers must promise"
subheading, a paragraph that reads like a listing's features ("Each house has two bedrooms,
a through lounge, a kitchen and a yard, ...") and one that opens "Mortgage lenders have
agreed", a Bristol landlord fined for a basement flat with no fire escape, with the
five-word paragraph "He admitted all six charges.", night buses back in a city after three
years, with a "How the night buses will run" subheading and a paragraph that opens
"Passengers are advised to plan their journeys", a lizard orchid on a roundabout, with the
five-word paragraph "It has since flowered twice.", a Shetland crew's coastal rowing world
title, with a rower's words as a paragraph that is one long quotation, and a school's
phone pouches) in three known layouts (FRESH18_KNOWN) and in three new ones,
FRESH18_TEMPLATES: 72 pages. The new ones are:

- a legal news site's court report ("courtnews"): on some pages a free-trial notice of
  sentences above the header; a utility bar ("Free trial", "Sign in", "Subscribe"), the
  masthead with a tagline sentence, the navigation ("Litigation", "Regulatory", "Courts",
  "Law firms", "In-house", "Opinion") and a search box ("Search cases, firms and news"); a
  breadcrumb ("Home > Litigation > Courts"), a "Court report" label, the headline, "By ...",
  the date and "N min read"; a "Case details" caption box (a <dl> of "Case" with the parties,
  "Court", "Docket number", "Judge" and "Filed", a "View docket" link and a sentence on
  where the docket comes from) before the story on some pages and in a side column after
  it on the others; the story as <p>s on some pages and as one <div class="para"> per
  paragraph on the others (subheadings as <h2>, <h3> or <p><strong>), with a law firm's
  "Sponsored briefing" box (the label, "From <firm>", a title, two sentences and "Read the
  briefing") between two whole text paragraphs on some pages and after the story on the
  others; after it a "Legal disclaimer" paragraph of sentences (general information, not
  legal advice, no lawyer-client relationship), "Related cases" (a caption, a court and
  year and a summary sentence each), "Topics", "Most read in Litigation", a "Get the
  morning docket" newsletter box of sentences and a footer with the publisher's company
  sentence and a sentence on court records. The story sits in <main><article> on some
  pages and in plain <div>s on the others;
- a property portal's news section ("propertynews"), chosen in place of the suggested
  professional network's article page, whose author card with a follower count and
  "Follow" button, reaction bar and "More from ..." cards "platform" already carries: a
  cookie banner of sentences; the portal's header ("Buy", "Rent", "Sold prices", "Find
  agents", "House price index", "News", "Sign in", "Saved homes") and a property search
  ("For sale" and "To rent" tabs, "Enter a town, postcode or station", "Search"); a
  breadcrumb ("Home > Property news"), a "Property news" label, the headline, "By ... |
  date" and "Share"; on some pages a "House prices in <town>" widget (average price, change
  over 12 months, homes sold in the last year, and a sentence on where the figures come
  from) before the story, and after the valuation box on the others; the story as <p>s on
  some pages and as one <div class="article-text"> per paragraph on the others (subheadings
  as <h2>, <h3> or <p><strong>), with a "Featured property" card (a price, "3 bed
  semi-detached house for sale", an address, a sentence of features, "Marketed by ..." and
  "Save") between two whole text paragraphs on some pages and after the story on the
  others; after it a "Mortgage calculator" box (inputs, an estimate sentence and the
  repossession warning and a sentence on advice), "Properties for sale near you" (prices,
  bedrooms, addresses, a sentence each and "Added today" or "Reduced"), a "Find out what
  your home is worth" valuation box of sentences, "More property news" with dates and a
  footer whose company lines are sentences (an appointed representative, figures from
  the Land Registry). The story sits in <main><article> on some pages and in plain <div>s
  on the others;
- a public transport operator's news and service update page ("transitnews"): the
  operator's header with its navigation ("Plan a journey", "Status updates", "Maps", "Fares
  and tickets", "Help", "News") and "Sign in"; a "Service status" bar (each line's name and
  "Good service" or "Minor delays" with a reason in sentences, "Last updated ..." and
  "Check before you travel.") above the header on some pages and below it on the others; a
  journey planner form ("From", "To", "Station, stop or postcode", "Leaving now", "Plan my
  journey") before the story on some pages and after the help boxes on the others; a
  breadcrumb ("Home > News and updates"), a "News" or "Service update" label, the headline,
  "Published: ..." and "By ..."; the story as <p>s on some pages and as one <div
  class="rich-text"> per paragraph on the others (subheadings as <h2>, <h3> or
  <p><strong>), with a "Planned closure" notice of sentences (no service between two
  stations, replacement buses) between two whole text paragraphs on some pages and after
  the story on the others; after it "Plan your journey" and "Travel help" boxes in prose,
  "More news and updates" with dates and a footer of "Accessibility" (step-free access and
  booking assistance in sentences), "Tickets and fares" (contactless and daily caps in
  sentences), "Lost property" and the operator's company sentence. The story sits in
  <main><article> on some pages and in plain <div>s on the others.

The hard cases, each asserted in tests/bench/test_fresh18.py: the five-word "He admitted all
six charges." and "It has since flowered twice." (one-sentence paragraphs of a few words);
one paragraph that is all quotation (the rower, 40+ words); closing quotes after the full
stop in paragraphs that do not open with one; "4.3 million" and "8:20 p.m."; "told
Reuters", "told The Associated Press" and "told AFP"; two subheadings, one in each of two
articles; wire datelines of Reuters, AP and AFP on six of the 12 leads. And the new traps,
each a thing real stories carry that looks like something else: a last paragraph that is
a case caption with a court and a docket number ("The case is ... v. ..., U.S. District
Court for ..., No. ...") like a "Case details" box, one that opens "In a related case," like
"Related cases", paragraphs that read like a listing card (bedrooms, bathrooms, a year, a
price; rooms and a yard and a price) like "Featured property" and "Properties for sale", one
that opens "Mortgage lenders have agreed" like a mortgage calculator box, one that opens
"Service on the Red and Blue lines" like a service status bar, one that opens "Passengers
are advised to plan their journeys" like a "Plan your journey" box, and a "How the night
buses will run" subheading like a travel help box's title.

The truth is the article's paragraphs only; trial notices, utility bars, mastheads,
taglines, search boxes, breadcrumbs, labels, bylines, dates, reading times, case caption
boxes, sponsored briefings, legal disclaimers, related cases, topics, most read, newsletter
boxes, cookie banners, property searches, house price widgets, featured property cards,
mortgage calculators, listings, valuation boxes, property news lists, service status bars,
journey planners, closure notices, journey and help boxes, news lists and footers are not.
Every truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "councilnews" sets subheadings as <h2> and puts its "Have your say" box between
two whole text paragraphs (never next to a subheading) or in a side column; "clubsite" sets
the story as <p>s or <div class="text-block">s (subheadings as <h3> or <p><strong>) with
its "Sponsored by ..." banner only between two whole text paragraphs; "charitypress" sets
the story as <p>s in <div class="release-body"> (subheadings as <h2> or <h3>) and puts
"Ends", notes to editors, the media contact and the donate panel outside it. Both of the
first two need a place for their box after a text paragraph that is neither the first,
the last nor next to a subheading; every text here has several.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
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
from streams.bench.fresh16 import FRESH16_TEMPLATES
from streams.bench.fresh17 import FRESH17_TEMPLATES
from streams.bench.pages import LAYOUTS, Page, Template, _e, _head, _slug, build_set


def _story(paragraphs: list[str], para: str, sub: str, box: str, box_at: int) -> list[str]:
    """The story's blocks: each paragraph as `para` ("p" or a div's class), subheadings as
    <h2>, <h3> or <p><strong> (`sub`), and the box after paragraph `box_at` (-1: none)."""
    blocks = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            blocks.append(
                f"<p><strong>{_e(p)}</strong></p>" if sub == "strong" else f"<{sub}>{_e(p)}</{sub}>"
            )
        elif para == "p":
            blocks.append(f"<p>{_e(p)}</p>")
        else:
            blocks.append(f"<div class='{para}'>{_e(p)}</div>")
        if i == box_at:
            blocks.append(box)
    return blocks


# --- courtnews: a legal news site's court report -------------------------------------------

LAW_SITES = [
    (
        "Bench & Bar Daily",
        "benchbardaily",
        "News and analysis for the legal profession, every working day.",
        "Bench & Bar Media LLC",
    ),
    (
        "The Docket Report",
        "docketreport",
        "Courts, cases and the lawyers who argue them.",
        "Docket Report Publishing Inc.",
    ),
    (
        "Litigation Wire",
        "litigationwire",
        "The independent source for litigation news since 1998.",
        "Wirebridge Legal Information Ltd",
    ),
]
LAW_NAV = ["Litigation", "Regulatory", "Courts", "Law firms", "In-house", "Opinion"]
CASES = [
    (
        "Harmon Freight Lines Inc. v. Tri-County Port Authority",
        "U.S. District Court for the Southern District of New York",
        "No. 1:26-cv-00418",
        "Hon. Raymond T. Abernathy",
    ),
    (
        "Coastal Anglers Alliance v. Secretary of Commerce",
        "U.S. Court of Appeals for the First Circuit",
        "No. 25-1937",
        "Hon. Lucia M. Varga",
    ),
    (
        "In re Westbrook Pharmacy Holdings LLC",
        "U.S. Bankruptcy Court for the District of Delaware",
        "No. 26-10244 (KBO)",
        "Hon. Nadia O. Ferreira",
    ),
    (
        "Greenleaf Tenants Union v. Calloway Property Management",
        "Superior Court of California, County of Alameda",
        "No. RG26-118472",
        "Hon. Douglas P. Whitfield",
    ),
]
LAW_FIRMS = [
    (
        "Hartwell Pryce LLP",
        "What the latest rulings on agency rulemaking mean for regulated businesses",
    ),
    ("Okonjo Lindqvist & Marsh", "Five questions boards should ask before a class action lands"),
    ("Delacroix Stern LLP", "Preparing for discovery when your data lives in the cloud"),
]
RELATED_CASES = [
    (
        "Atlantic Scallopers Association v. New England Fishery Council",
        "D. Mass. 2025",
        "A judge upheld limits on scallop dredging in two areas closed to protect cod.",
    ),
    (
        "People v. Northgate Realty Group",
        "N.Y. Sup. Ct. 2025",
        "The state's attorney general won penalties over unsafe conditions in 40 buildings.",
    ),
    (
        "Transit Riders United v. Metropolitan Transit Commission",
        "8th Cir. 2024",
        "An appeals court said riders could not sue over cuts to night service.",
    ),
    (
        "Citrus Growers Cooperative v. United States",
        "Ct. Int'l Trade 2025",
        "The court sent a tariff dispute over juice concentrate back to the agency.",
    ),
    (
        "Harbour Residents Association v. County of Marin",
        "Cal. Ct. App. 2025",
        "Residents lost a challenge to rent rules for a mobile home park.",
    ),
]
LAW_TOPICS = ["Environment", "Administrative law", "Appeals", "Class actions", "Real estate"]
LAW_MOST_READ = [
    "Top firms raise first-year associate pay again",
    "Supreme Court to hear challenge to arbitration clauses in app terms",
    "Judge sanctions lawyers over made-up citations in a brief",
    "In-house counsel brace for new rules on data breaches",
]


def courtnews(a: dict[str, Any], rng: random.Random) -> str:
    """A legal site's court report: a case caption box, a sponsored briefing, a disclaimer."""
    site, domain, tagline, company = rng.choice(LAW_SITES)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    divs = rng.random() < 0.5
    inline = rng.random() < 0.5
    caption_first = rng.random() < 0.5
    trial = rng.random() < 0.5
    sub = rng.choice(["h2", "h3", "strong"])
    parties, court, docket, judge = rng.choice(CASES)
    filed = published - timedelta(days=rng.randrange(40, 400))
    firm, briefing = rng.choice(LAW_FIRMS)
    box = (
        "<div class='sponsored-briefing'><p class='label'>Sponsored briefing</p><p class="
        f"'sponsor'>From {_e(firm)}</p><h4>{_e(briefing)}</h4><p>Courts have grown more "
        "willing to question how regulators reach their decisions. Our lawyers set out what "
        f"that means for your business and what to do now.</p><a href='{base}/sponsored/"
        f"{_slug(firm)}'>Read the briefing</a></div>"
    )
    box_at = rng.choice(_spots(paragraphs)) if inline else -1
    blocks = _story(paragraphs, "para" if divs else "p", sub, box, box_at)
    caption = (
        f"<aside class='case-caption'><h2>Case details</h2><dl><dt>Case</dt><dd>{_e(parties)}"
        f"</dd><dt>Court</dt><dd>{_e(court)}</dd><dt>Docket number</dt><dd>{_e(docket)}</dd>"
        f"<dt>Judge</dt><dd>{_e(judge)}</dd><dt>Filed</dt><dd>{filed:%B} {filed.day}, "
        f"{filed.year}</dd></dl><a href='{base}/dockets/{_slug(docket)}'>View docket</a><p class"
        "='caption-note'>Docket information is drawn from public court records and may not "
        "reflect the latest filings.</p></aside>"
    )
    related = "".join(
        f"<li><a href='{base}/cases/{_slug(c)}'><em>{_e(c)}</em></a> ({_e(where)})<p>"
        f"{_e(what)}</p></li>"
        for c, where, what in rng.sample(RELATED_CASES, 3)
    )
    topics = "".join(
        f"<li><a href='{base}/topics/{_slug(t)}'>{t}</a></li>" for t in rng.sample(LAW_TOPICS, 3)
    )
    most_read = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>" for t in LAW_MOST_READ
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in LAW_NAV)
    notice = (
        "<div class='trial-notice'><p>Your free trial ends in 3 days. Subscribe now to keep "
        "reading court reports, dockets and analysis without interruption.</p><a href='"
        f"{base}/subscribe'>See plans</a></div>"
        if trial
        else ""
    )
    disclaimer = (
        "<div class='legal-disclaimer'><h3>Legal disclaimer</h3><p>This article is for general "
        "information only and does not constitute legal advice. Reading it does not create a "
        "lawyer-client relationship. You should consult a qualified lawyer about your own "
        "circumstances.</p></div>"
    )
    side = f"<div class='side-column'>{caption}</div>"
    tag = "article" if wrapped else "div"
    opening = "<main class='page'>" if wrapped else "<div class='page'>"
    closing = "</main>" if wrapped else "</div>"
    return (
        f"<!DOCTYPE html><html lang='en-US'>{_head(a, site, True)}<body>{notice}<div class="
        f"'utility-bar'><a href='{base}/trial'>Free trial</a> <a href='{base}/login'>Sign in"
        f"</a> <a class='cta' href='{base}/subscribe'>Subscribe</a></div><header class='"
        f"masthead'><a class='logo' href='{base}/'>{_e(site)}</a><p class='tagline'>"
        f"{_e(tagline)}</p><nav><ul>{nav}</ul></nav><form action='{base}/search'><input name="
        "'q' placeholder='Search cases, firms and news'><button>Search</button></form></header>"
        f"{opening}<nav class='breadcrumb'><a href='{base}/'>Home</a> &gt; <a href='{base}/"
        f"litigation'>Litigation</a> &gt; <a href='{base}/litigation/courts'>Courts</a></nav>"
        f"<{tag} class='court-report'><p class='label'>Court report</p><h1>{_e(a['title'])}</h1>"
        f"<p class='byline'>By <a href='{base}/authors/{_slug(a['author'])}'>{_e(a['author'])}"
        f"</a></p><p class='dateline'><time datetime='{a['published']}'>{published:%B} "
        f"{published.day}, {published.year}</time> &middot; {rng.randrange(3, 7)} min read</p>"
        f"{caption if caption_first else ''}<div class='article-body'>{''.join(blocks)}</div>"
        f"{'' if inline else box}{disclaimer}</{tag}>"
        f"{'' if caption_first else side}"
        f"<section class='related-cases'><h2>Related cases</h2><ul>{related}</ul></section>"
        f"<section class='topics'><h2>Topics</h2><ul>{topics}</ul></section>{closing}<aside "
        f"class='most-read'><h2>Most read in Litigation</h2><ol>{most_read}</ol></aside><div "
        "class='newsletter'><h2>Get the morning docket</h2><p>The day's rulings, filings and "
        "moves between firms, in your inbox before 7am. It is free for subscribers and takes "
        "two minutes to read.</p><input placeholder='Work email'><button>Sign up</button></div>"
        f"<footer><p>{_e(site)} is published by {_e(company)}. Court records quoted on this site"
        " are public documents; we are not a law firm and do not give legal advice.</p><ul><li>"
        f"<a href='{base}/terms'>Terms of use</a></li><li><a href='{base}/privacy'>Privacy</a>"
        f"</li><li><a href='{base}/reprints'>Reprints and permissions</a></li></ul><p>&copy; "
        f"{published.year} {_e(company)}</p></footer></body></html>"
    )


# --- propertynews: a property portal's news section ----------------------------------------

PORTALS = [
    ("Homefinder", "homefinder", "Homefinder Property Group plc"),
    ("Keyhaven", "keyhaven", "Keyhaven Online Ltd"),
    ("Moveright Homes", "moverighthomes", "Moveright Digital Ltd"),
]
PORTAL_NAV = ["Buy", "Rent", "Sold prices", "Find agents", "House price index", "News"]
PRICE_TOWNS = ["Thornleigh", "Ashdown", "Kirkby Fell", "Marlow Green", "Pennington"]
STREETS = ["Ashdown Road", "Mill Lane", "Orchard Close", "Victoria Street", "Church View"]
HOUSES = [
    (
        "3 bed semi-detached house for sale",
        "Chain free, with a new kitchen and a south-facing garden.",
    ),
    (
        "2 bed terraced house for sale",
        "A bay-fronted Victorian home close to the station and shops.",
    ),
    (
        "4 bed detached house for sale",
        "A double garage, a large driveway and views over open fields.",
    ),
    ("1 bed flat for sale", "A top-floor flat with a balcony, sold with no onward chain."),
    ("3 bed bungalow for sale", "Level access throughout and a mature garden to the rear."),
]
AGENTS = ["Fairbrother & Lowe", "Castle Estates", "Hollis Property", "Greenwood Sales and Lettings"]
PROPERTY_NEWS = [
    "Asking prices rise for a fourth month in a row",
    "First-time buyers: how much deposit do you really need?",
    "Rents outside London hit a new record",
    "The towns where homes sell fastest",
    "What the end of the stamp duty holiday means for buyers",
]


def propertynews(a: dict[str, Any], rng: random.Random) -> str:
    """A property portal's news: a search, a house price widget, listing cards, a calculator."""
    portal, domain, company = rng.choice(PORTALS)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    divs = rng.random() < 0.5
    inline = rng.random() < 0.5
    widget_first = rng.random() < 0.5
    sub = rng.choice(["h2", "h3", "strong"])
    town = rng.choice(PRICE_TOWNS)

    def price() -> str:
        return f"&pound;{rng.randrange(120, 650) * 1000:,}"

    kind, features = rng.choice(HOUSES)
    card = (
        "<div class='featured-property'><p class='label'>Featured property</p><p class='price'>"
        f"{price()}</p><h4>{kind}</h4><p class='address'>{rng.choice(STREETS)}, {town}</p><p>"
        f"{_e(features)}</p><p class='agent'>Marketed by {_e(rng.choice(AGENTS))}</p><button>"
        "Save</button></div>"
    )
    box_at = rng.choice(_spots(paragraphs)) if inline else -1
    blocks = _story(paragraphs, "article-text" if divs else "p", sub, card, box_at)
    widget = (
        f"<div class='price-widget'><h2>House prices in {town}</h2><dl><dt>Average price</dt>"
        f"<dd>{price()}</dd><dt>Change over 12 months</dt><dd>{rng.choice('+-')}"
        f"{rng.randrange(1, 9)}.{rng.randrange(10)}%</dd><dt>Homes sold in the last year</dt>"
        f"<dd>{rng.randrange(80, 900)}</dd></dl><p>Figures are based on sold prices from the "
        "Land Registry and are updated every month.</p><a href='"
        f"{base}/house-prices/{_slug(town)}'>See sold prices</a></div>"
    )
    listings = "".join(
        f"<li class='listing'><p class='price'>{price()}</p><h3>{k}</h3><p class='address'>"
        f"{s}, {town}</p><p>{_e(f)}</p><span class='tag'>{rng.choice(['Added today', 'Reduced'])}"
        "</span></li>"
        for (k, f), s in zip(rng.sample(HOUSES, 3), rng.sample(STREETS, 3), strict=True)
    )
    news = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a> <span class='date'>"
        f"{_uk_day(published - timedelta(days=rng.randrange(1, 30)))}</span></li>"
        for t in rng.sample(PROPERTY_NEWS, 3)
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in PORTAL_NAV)
    tag = "article" if wrapped else "div"
    opening = "<main id='main'>" if wrapped else "<div id='main'>"
    closing = "</main>" if wrapped else "</div>"
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, portal, True)}<body><div class='cookie-"
        "banner'><p>We use cookies to save your searches, show you homes you might like and "
        "measure how our site is used. You can change your choice at any time.</p><button>"
        f"Accept all</button> <button>Manage cookies</button></div><header><a class='logo' "
        f"href='{base}/'>{_e(portal)}</a><nav><ul>{nav}</ul></nav><a href='{base}/login'>Sign "
        f"in</a> <a href='{base}/saved'>Saved homes</a></header><form class='property-search' "
        f"action='{base}/search'><button>For sale</button> <button>To rent</button><input name="
        "'where' placeholder='Enter a town, postcode or station'><button>Search</button>"
        f"</form>{opening}<nav class='breadcrumb'><a href='{base}/'>Home</a> &gt; <a href='"
        f"{base}/news'>Property news</a></nav>{widget if widget_first else ''}<{tag} class='"
        f"news-article'><p class='label'>Property news</p><h1>{_e(a['title'])}</h1><p class='"
        f"meta'>By {_e(a['author'])} | {_uk_day(published)}</p><button class='share'>Share"
        f"</button><div class='article-content'>{''.join(blocks)}</div>"
        f"{'' if inline else card}</{tag}><section class='mortgage-calculator'><h2>Mortgage "
        "calculator</h2><label>Property price <input value='250000'></label><label>Deposit "
        "<input value='25000'></label><label>Term <input value='25'> years</label><p>Based on "
        f"an interest rate of 4.{rng.randrange(10, 99)}%, your monthly repayment would be "
        f"about &pound;{rng.randrange(1100, 1400):,}.</p><p class='warning'>Your home may be "
        "repossessed if you do not keep up repayments on your mortgage. Speak to a mortgage "
        "adviser before you make a decision.</p></section><section class='nearby'><h2>"
        f"Properties for sale near you</h2><ul>{listings}</ul><a href='{base}/for-sale/"
        f"{_slug(town)}'>See all properties in {town}</a></section><div class='valuation'><h2>"
        "Find out what your home is worth</h2><p>Get a free, instant estimate based on recent "
        "sales near you. A local agent can then visit to give you an accurate valuation.</p>"
        f"<a href='{base}/valuation'>Get a valuation</a></div>{'' if widget_first else widget}"
        f"<section class='more-news'><h2>More property news</h2><ul>{news}</ul></section>"
        f"{closing}<footer><p>{_e(portal)} is a trading name of {_e(company)}. We are an "
        "appointed representative of a firm authorised by the Financial Conduct Authority for "
        "mortgage introductions.</p><p>Sold price data is Crown copyright and comes from the "
        "Land Registry.</p><ul><li><a href='"
        f"{base}/terms'>Terms of use</a></li><li><a href='{base}/privacy'>Privacy</a></li><li>"
        f"<a href='{base}/agents'>For agents</a></li></ul><p>&copy; {published.year} "
        f"{_e(company)}</p></footer></body></html>"
    )


# --- transitnews: a public transport operator's news and service update page ---------------

OPERATORS = [
    (
        "Metrovale Transport",
        "metrovale",
        "Metrovale Transport is a public body owned by the combined authority.",
    ),
    (
        "Riverlink",
        "riverlink",
        "Riverlink is run by Riverlink Operations Ltd under contract to "
        "the regional transport authority.",
    ),
    (
        "Capital Transit Authority",
        "capitaltransit",
        "The Capital Transit Authority is a public "
        "agency governed by a board appointed by the city and the state.",
    ),
]
TRANSIT_NAV = ["Plan a journey", "Status updates", "Maps", "Fares and tickets", "Help", "News"]
LINES = ["Northern line", "Circle line", "Harbour line", "Airport line", "Tram 1", "Tram 4"]
DELAYS = [
    "Minor delays due to an earlier signal failure. Tickets are accepted on local buses.",
    "Minor delays while we fix a faulty train. Please allow extra time for your journey.",
    "Minor delays because of a shortage of drivers. Trains are running every 12 minutes.",
]
STATIONS = [("Central", "Parkside"), ("Market Square", "Riverside"), ("Eastgate", "Hill Road")]
TRANSIT_NEWS = [
    "New timetable from Sunday: what is changing",
    "Contactless now accepted on every tram",
    "Lifts return to service at Market Square",
    "Weekend closures for track renewal in the spring",
    "Customer satisfaction survey results published",
]


def transitnews(a: dict[str, Any], rng: random.Random) -> str:
    """A transit operator's update: a status bar, a journey planner, a closure notice, help."""
    operator, domain, about = rng.choice(OPERATORS)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    divs = rng.random() < 0.5
    inline = rng.random() < 0.5
    status_first = rng.random() < 0.5
    planner_first = rng.random() < 0.5
    sub = rng.choice(["h2", "h3", "strong"])
    label = rng.choice(["News", "Service update"])
    start, end = rng.choice(STATIONS)
    notice = (
        "<div class='closure-notice'><p class='label'>Planned closure</p><p>There will be no "
        f"service between {start} and {end} on Sunday while engineers replace track. "
        "Replacement buses will run every 10 minutes and your ticket will be accepted on them."
        f"</p><a href='{base}/status/planned-works'>See all planned works</a></div>"
    )
    box_at = rng.choice(_spots(paragraphs)) if inline else -1
    blocks = _story(paragraphs, "rich-text" if divs else "p", sub, notice, box_at)
    lines = rng.sample(LINES, 5)
    delayed = set(rng.sample(range(5), rng.randrange(1, 3)))
    status = "".join(
        f"<li><span class='line'>{n}</span> <span class='state'>Minor delays</span><p>"
        f"{rng.choice(DELAYS)}</p></li>"
        if k in delayed
        else f"<li><span class='line'>{n}</span> <span class='state'>Good service</span></li>"
        for k, n in enumerate(lines)
    )
    bar = (
        f"<div class='service-status'><h2>Service status</h2><ul>{status}</ul><p>Last updated "
        f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}. Check before you travel.</p><a "
        f"href='{base}/status'>Full status</a></div>"
    )
    planner = (
        f"<form class='journey-planner' action='{base}/plan'><h2>Plan a journey</h2><label>"
        "From <input name='from' placeholder='Station, stop or postcode'></label><label>To "
        "<input name='to' placeholder='Station, stop or postcode'></label><select><option>"
        "Leaving now</option><option>Arriving by</option></select><button>Plan my journey"
        "</button></form>"
    )
    news = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a> <span class='date'>"
        f"{_uk_day(published - timedelta(days=rng.randrange(1, 40)))}</span></li>"
        for t in rng.sample(TRANSIT_NEWS, 3)
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in TRANSIT_NAV)
    header = (
        f"<header class='site-header'><a class='logo' href='{base}/'>{_e(operator)}</a><nav><ul>"
        f"{nav}</ul></nav><a href='{base}/account'>Sign in</a></header>"
    )
    tag = "article" if wrapped else "div"
    opening = "<main id='content'>" if wrapped else "<div id='content'>"
    closing = "</main>" if wrapped else "</div>"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, operator, True)}<body>"
        f"{bar + header if status_first else header + bar}{opening}"
        f"{planner if planner_first else ''}<nav class='breadcrumb'><a href='{base}/'>Home</a>"
        f" &gt; <a href='{base}/news'>News and updates</a></nav><{tag} class='news-item'><p "
        f"class='label'>{label}</p><h1>{_e(a['title'])}</h1><p class='meta'>Published: "
        f"{_uk_day(published)} | By {_e(a['author'])}</p><div class='news-body'>"
        f"{''.join(blocks)}</div>{'' if inline else notice}</{tag}><div class='journey-box'><h2>"
        "Plan your journey</h2><p>Use our journey planner to find the quickest route, including"
        " step-free routes. Allow extra time if you are travelling during planned works, and "
        f"check the status page before you set off.</p><a href='{base}/plan'>Open the journey "
        "planner</a></div><div class='help-box'><h2>Travel help</h2><p>If you need help at a "
        "station, ask any member of staff. You can book assistance up to an hour before you "
        "travel, and our help point on every platform connects you to the control room.</p>"
        f"</div>{'' if planner_first else planner}<section class='more-news'><h2>More news and "
        f"updates</h2><ul>{news}</ul></section>{closing}<footer><div class='footer-col'><h3>"
        "Accessibility</h3><p>Most of our stations have step-free access from street to "
        "platform. Ramps are available on every train, and staff will help you on and off."
        "</p></div><div class='footer-col'><h3>Tickets and fares</h3><p>Pay as you go with a "
        "contactless card or phone. Fares are capped each day, so you never pay more than the "
        f"price of a day ticket.</p></div><div class='footer-col'><h3>Lost property</h3><a href"
        f"='{base}/lost-property'>Report lost property</a></div><p>{_e(about)}</p><p>&copy; "
        f"{published.year} {_e(operator)}</p></footer></body></html>"
    )


# Layouts for the eighteenth fresh set, written blind: only ever paired with fresh18.jsonl,
# beside FRESH18_KNOWN, three older layouts no set from the third to the seventeenth knew.
FRESH18_TEMPLATES: dict[str, Template] = {
    "courtnews": courtnews,
    "propertynews": propertynews,
    "transitnews": transitnews,
}
FRESH18_KNOWN = ("councilnews", "clubsite", "charitypress")


def build_fresh18() -> list[Page]:
    """The eighteenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh18.jsonl",
        FRESH18_KNOWN,
        FRESH18_TEMPLATES,
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
            FRESH16_TEMPLATES,
            FRESH17_TEMPLATES,
        ),
    )
