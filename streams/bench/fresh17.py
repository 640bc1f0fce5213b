"""The seventeenth fresh set: new article texts in three known and three new page layouts.

`build_fresh17()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh17.jsonl (Kenyan tea at a
five-year low at the Mombasa auction, with a smallholder who "told Reuters", Storm Brenna's
gusts in the west of Scotland, with the strongest measured "at 6:15 a.m.", a paragraph that
opens "A yellow warning for wind remains in force", one that is a run of towns and
temperatures ("Temperatures fell to 3C in Oban, 4C in Glasgow and 5C in Belfast ...") and a
"How storms get their names" subheading, an oyster harvest banned in Brittany's Gulf of
Morbihan, with a grower who "told AFP" and a paragraph that opens "From April,", a town
council halving its allotment plots, with a paragraph that opens "Subject to approval by the
full council" and a plot holder's words as a paragraph that is one long quotation,
Louisiana's crawfish scarce after a freeze, with a farmer who "told The Associated Press",
swifts nesting in the bricks built for them in new homes, with a paragraph that opens "The
paper, published on Wednesday in the journal ...", a "What the paper found" subheading and a
paragraph that opens "The lead author, Dr ...", Ghana's state gold buyer taking a record
"2.9 million" ounces from small miners, a hospital trust switching off its last pagers, with
a paragraph that opens "More information about the changes", Flagstaff piping purified
wastewater into its taps, a fossil collector fined for sawing a skull out of a Dorset cliff,
with the three-word paragraph "He pleaded guilty.", Nepal's tracking devices for Everest
climbers, and a grandmother of 67 who swam the North Channel, with the four-word paragraph
"She did not stop.") in three known layouts (FRESH17_KNOWN) and in three new ones,
FRESH17_TEMPLATES: 72 pages. The new ones are:

- a scientific journal's news section ("journalnews"): on some pages a browser notice of
  sentences above the header; the journal's masthead with a tagline sentence, its navigation
  ("Explore content", "About the journal", "Publish with us", "Subscribe"), "Sign in" and a
  search box; a breadcrumb ("... > News > Article"), an article-type label ("News", "News in
  focus" or "News round-up") with the date, the headline and "By ..."; on some pages the
  metrics before the story (an altmetric-style badge, "Accesses", "Altmetric", "Mentioned by
  N news outlets" and "Metrics details"); the story as <p>s on some pages (subheadings as
  <h2> or <h3>) and as one <div class="c-paragraph"> per paragraph on the others
  (subheadings as <p><strong>), with a "Read the paper" card (a paper's title linked to its
  DOI and a reference line such as "Okafor, T. N. et al. Urban Ecol. Conserv. 12, 344-351
  (2026).") between two whole text paragraphs on some pages and after the story's DOI line
  on the others; after the story a "doi: https://doi.org/..." line, "References" (numbered
  citations), "Author information" in sentences, "Latest on:" subject links, "Cite this
  article" (the author, the headline, the journal and the DOI, and "Download citation") and
  a "Nature of this article" box of sentences (a news story, editorially independent, not
  peer reviewed); the metrics there on the pages that did not show them first; "Related
  research" (titles with "Article", "Analysis" or "Perspective", "Open access" or
  "Subscription" and dates), a "Sign up to the daily briefing" box of sentences and a footer
  with the ISSN, the publisher's company sentence and links. The story sits in
  <main><article> on some pages and in plain <div>s on the others;
- a mailing list's web archive of a member's message that forwards the story
  ("listarchive"), chosen in place of the suggested stock exchange announcement page, whose
  parts (an issuer's "About" box, media contacts, disclaimers, "Ends", notes to editors, a
  ticker strip) "prwire", "charitypress" and "terminal" already carry. The classic archive,
  Pipermail-like, has no <main>, <article> or <p> in the message: the subject ("[List-Name]
  Fwd: <headline>") as <h1>, the sender's name and address ("cpetrie at ..."), the date,
  "Previous message" and "Next message" links and "Messages sorted by:" with its four sort
  links, then the whole message in one <pre>: the member's note in sentences ("Thought this
  might interest the list ..."), a sign-off, a signature ("-- ", the name, a role in the
  list's association), the forwarding header (Gmail's "---------- Forwarded message
  ---------" or Apple Mail's "Begin forwarded message:", with "From:", "Date:", "Subject:"
  and "To:" lines), the newsletter's headline and a "By <author> | <source>" line, then the
  paragraphs between blank lines, on some pages an "[image: <caption>. Photo: <credit>]"
  line between two whole text paragraphs, the newsletter's "You are receiving this email
  because ..." sentences, and "-------------- next part --------------" with "An HTML
  attachment was scrubbed..."; after the <pre> the message links again and "More information
  about the <List-Name> mailing list". The modern archive, HyperKitty-like, has a navbar
  ("Search this list", "Sign In", "Sign Up"), the subject as <h1> and "N messages", then the
  message as an <article> in <main>: the same parts as <p>s on some pages and as Gmail's
  <div dir="ltr"> blocks on the others (subheadings in <b>, the forwarded part in <div
  class="gmail_quote">, the image line as <div class="img-placeholder">), on some pages one
  or two members' replies in sentences as <article>s of their own, and after <main> the
  list's description and rules in sentences, "Start a new thread", "Download", participant
  counts and a "Powered by HyperKitty." footer sentence;
- a national weather service's news page ("weatherdesk"): a cookie banner of sentences, the
  service's header with a location search ("Enter a town, city or postcode") and its
  navigation ("Forecasts", "Warnings", "Maps and charts", ...), a warnings banner of
  sentences ("3 weather warnings in force. Yellow warning of wind for ... until midnight.
  Check the latest warnings before you travel ..."), on some pages a "Your local forecast"
  widget (a town, a table of hours with weather symbols and their alt texts, temperatures,
  chances of rain and winds, a "Today: ..." outlook in sentences, sunrise and sunset times
  and "Full forecast"), a breadcrumb ("Home > News > Press office"), a "Press office"
  kicker, the headline, "Published: ... | Author: ...", "Share" and "Print" buttons; the
  story as <p>s on some pages and as one <div class="text"> per paragraph on the others
  (subheadings as <h2>, <h3> or <p><strong>), with a box (a "Video" card with "10 day trend:
  ..." and "Play video, N minutes N seconds", or a call to action in a sentence with "Get
  warnings by email") between two whole text paragraphs on some pages and after the story on
  the others; after it "Latest warnings" (each a "Yellow warning" label, the hazard, the
  area, "Valid from ... to ..." and an impact sentence), a "How we forecast" box of prose,
  the forecast widget on the pages that did not open with it, "Related news" with dates and
  a footer of links and sentences (a national weather service, an executive agency, the open
  licence). The story sits in <main><article> on some pages and in plain <div>s on the
  others. Its forecast widget is kin to the weather box of "localtv", but the page is the
  weather service's own, with its warnings and its science around the story.

The hard cases, each asserted in tests/bench/test_fresh17.py: the three-word "He pleaded
guilty." and the four-word "She did not stop." (one-sentence paragraphs of a few words); one
paragraph that is all quotation (the allotment holder, 40+ words); closing quotes after the
full stop in paragraphs that do not open with one; "2.9 million" and "6:15 a.m."; "told
Reuters", "told The Associated Press" and "told AFP"; two subheadings, one in each of two
articles; wire datelines of Reuters, AP and AFP on six of the 12 leads. And the new traps,
each a thing real stories carry that looks like something else: a paragraph that opens "The
paper, published on ..." like a journal's "Read the paper" card or reference, one that opens
"The lead author, Dr ..., an ecologist at the University of ..." like an author affiliation
note, a "What the paper found" subheading like a card's label, paragraphs that open "Subject
to approval" and "From April," like a forwarded mail's "Subject:" and "From:" lines, one
that opens "More information about the changes" like a list archive's "More information
about the ... mailing list", one that opens "A yellow warning for wind remains in force"
like a warnings banner, one that is a run of towns and temperatures like a forecast widget,
and a "How storms get their names" subheading like a "How we forecast" box.

The truth is the article's paragraphs only; browser notices, mastheads, taglines,
breadcrumbs, type labels, dates, bylines, metrics and badges, paper cards, DOI lines,
references, author information, subject links, citation boxes, "Nature of this article"
boxes, related research, briefing sign-ups, list subjects, senders, message links, members'
notes, sign-offs and signatures, forwarding headers, newsletter headlines and bylines, image
lines, newsletter footers, scrubbed attachments, replies, list descriptions, cookie and
warnings banners, forecast widgets, kickers, share and print buttons, video and
call-to-action boxes, warning lists, "How we forecast" boxes, related news and footers are
not. Every truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "syndicator" sets subheadings as <h2> or <p><strong> and puts its "Story
continues below advertisement" blocks only after whole text paragraphs (never after a
subheading nor after the last paragraph); "liveupdates" puts the whole story in its pinned
card (subheadings as <h3> or <p><strong>) and lifts the lead's first clause and two
sentences of 8 to 30 words from the rest into its key updates (every text here has at least
two such sentences that are not whole paragraphs, which the layout needs), so those are on
the page twice; "tgchannel" writes the story as one post, the headline in <b> and the
paragraphs between <br/><br/> (subheadings in <b>), and on some pages repeats the lead's
first clause in a link preview.
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
from streams.bench.fresh11 import FRESH11_TEMPLATES, _agency
from streams.bench.fresh12 import FRESH12_TEMPLATES
from streams.bench.fresh13 import FRESH13_TEMPLATES
from streams.bench.fresh14 import FRESH14_TEMPLATES
from streams.bench.fresh15 import FRESH15_TEMPLATES, _spots, _uk_day
from streams.bench.fresh16 import FRESH16_TEMPLATES
from streams.bench.pages import (
    AGENCIES,
    LAYOUTS,
    PHOTO_CAPTIONS,
    PHOTO_CREDITS,
    Page,
    Template,
    _e,
    _head,
    _slug,
    build_set,
)

# --- journalnews: a scientific journal's news section -------------------------------------

JOURNALS = [
    (
        "The Natural Record",
        "naturalrecord",
        "A weekly journal of the natural and physical sciences since 1871.",
        "Ashby Clarke Scientific Ltd",
        "2041-7733",
    ),
    (
        "Science Horizons",
        "sciencehorizons",
        "Research, news and opinion from across the sciences, every Thursday.",
        "Horizons Research Publishing Group",
        "1095-6611",
    ),
    (
        "Earth and Life Letters",
        "earthlifeletters",
        "The journal of the living planet, published by scientists for scientists.",
        "Meridian Academic Press",
        "2397-3366",
    ),
]
JOURNAL_NAV = ["Explore content", "About the journal", "Publish with us", "Subscribe"]
NEWS_KINDS = ["News", "News in focus", "News round-up"]
PAPERS = [
    (
        "Okafor, T. N. et al.",
        "Cavity loss in renovated buildings and the decline of urban aerial insectivores",
        "Urban Ecol. Conserv.",
        "12, 344-351",
    ),
    (
        "Lindqvist, H., Moreau, A. and Baptiste, J.",
        "Long-term records of coastal wind extremes from island weather stations",
        "Q. J. Atmos. Res.",
        "151, 1120-1134",
    ),
    (
        "Achterberg, M. et al.",
        "Norovirus persistence in shellfish after combined sewer overflows",
        "Water Res. Lett.",
        "9, 77-89",
    ),
    (
        "Sato, Y. and Mensah, K.",
        "Mercury in river sediments downstream of artisanal gold workings",
        "Environ. Sci. Rep.",
        "33, 2051-2063",
    ),
    (
        "Rivera, C. A. et al.",
        "Public acceptance of potable water reuse in arid cities",
        "J. Water Soc.",
        "18, 502-515",
    ),
]
RELATED_RESEARCH = [
    ("Warming seas shift the spawning grounds of small pelagic fish", "Article", "Open access"),
    ("A global map of heat stress on outdoor workers", "Article", "Open access"),
    ("Tree cover and night-time temperatures in 120 cities", "Article", "Subscription"),
    ("Signals of drought in centuries of grain prices", "Analysis", "Open access"),
    ("How reliable are crowd-sourced weather observations?", "Perspective", "Subscription"),
]


def journalnews(a: dict[str, Any], rng: random.Random) -> str:
    """A journal's news story: a paper card, DOI and citation boxes, metrics, related research."""
    journal, domain, tagline, company, issn = rng.choice(JOURNALS)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    divs = rng.random() < 0.5
    inline = rng.random() < 0.5
    metrics_first = rng.random() < 0.5
    notice = rng.random() < 0.5
    # Pages of <div> paragraphs set subheadings in bold; the others as <h2> or <h3>.
    sub = "strong" if divs else rng.choice(["h2", "h3"])
    kind = rng.choice(NEWS_KINDS)
    doi = (
        f"10.{rng.randrange(1000, 9999)}/d{rng.randrange(10**5, 10**6)}-026-{rng.randrange(10**5)}"
    )
    authors, paper, abbrev, pages = rng.choice(PAPERS)
    paper_doi = (
        f"10.{rng.randrange(1000, 9999)}/s{rng.randrange(10**5, 10**6)}-026-{rng.randrange(999)}"
    )
    card = (
        "<div class='c-article-recommendation' data-track='read-the-paper'><p class='c-card__"
        f"label'>Read the paper</p><a class='c-card__title' href='https://doi.org/{paper_doi}'>"
        f"{_e(paper)}</a><p class='c-card__reference'>{_e(authors)} <i>{_e(abbrev)}</i> "
        f"{pages} ({published.year}).</p></div>"
    )
    card_at = rng.choice(_spots(paragraphs)) if inline else -1
    blocks = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            blocks.append(
                f"<p><strong>{_e(p)}</strong></p>" if sub == "strong" else f"<{sub}>{_e(p)}</{sub}>"
            )
        elif divs:
            blocks.append(f"<div class='c-paragraph'>{_e(p)}</div>")
        else:
            blocks.append(f"<p>{_e(p)}</p>")
        if i == card_at:
            blocks.append(card)
    accesses, score = rng.randrange(1200, 48000), rng.randrange(20, 900)
    metrics = (
        f"<div class='c-article-metrics'><div class='altmetric-badge' data-score='{score}'><img "
        f"src='https://badges.altmetric.example/?score={score}' alt='Altmetric score {score}'>"
        f"</div><ul><li><span>{accesses:,}</span> Accesses</li><li><span>{score}</span> "
        f"Altmetric</li><li>Mentioned by {rng.randrange(3, 60)} news outlets</li></ul><a href='"
        f"{base}/articles/{a['slug']}/metrics'>Metrics details</a></div>"
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in JOURNAL_NAV)
    browser = (
        "<div class='c-browser-notice' role='alert'><p>Thank you for visiting "
        f"{_e(journal)}. Your browser has limited support for some of the features of this "
        "site. For the best experience, use an up-to-date browser or turn off compatibility "
        "mode. In the meantime, we are showing the site without styles and JavaScript.</p></div>"
        if notice
        else ""
    )
    references = "".join(
        f"<li><p class='c-reference'>{_e(au)} <i>{_e(ab)}</i> {pg} ({published.year - k}).</p>"
        f"<a href='https://doi.org/10.{rng.randrange(1000, 9999)}/{rng.randrange(10**6)}'>Article"
        "</a></li>"
        for k, (au, _, ab, pg) in enumerate(rng.sample(PAPERS, 3))
    )
    latest = "".join(
        f"<li><a href='{base}/subjects/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], rng.choice(["Ecology", "Climate science", "Public health"]))
    )
    related = "".join(
        f"<li><a href='{base}/articles/{_slug(t)}'>{_e(t)}</a><p class='c-meta'><span>{k}</span>"
        f" <span>{o}</span> <time>{rng.randrange(1, 28)} {_uk_day(published).split(' ', 1)[1]}"
        "</time></p></li>"
        for t, k, o in rng.sample(RELATED_RESEARCH, 3)
    )
    year = published.year
    cite = (
        f"<section class='c-cite'><h2>Cite this article</h2><p>{_e(a['author'])}. "
        f"{_e(a['title'])}. <i>{_e(journal)}</i> ({year}). https://doi.org/{doi}</p><button>"
        "Download citation</button></section>"
    )
    nature = (
        "<div class='c-article-type'><h2>Nature of this article</h2><p>This is a news story "
        f"written by the journalists of {_e(journal)}. It is editorially independent of the "
        "research papers the journal publishes, and it has not been peer reviewed.</p></div>"
    )
    author = (
        f"<div class='c-author-info'><h2>Author information</h2><p>{_e(a['author'])} writes for "
        f"the news team of {_e(journal)}. Contact the news team with corrections or tips through "
        "the link on our About page.</p></div>"
    )
    tag = "article" if wrapped else "div"
    opening = "<main class='c-main'>" if wrapped else "<div class='c-main'>"
    closing = "</main>" if wrapped else "</div>"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, journal, True)}<body>{browser}<header "
        f"class='c-header'><a class='c-header__logo' href='{base}/'>{_e(journal)}</a><p class="
        f"'c-header__tagline'>{_e(tagline)}</p><nav><ul>{nav}</ul></nav><a href='{base}/login'>"
        f"Sign in</a> <form action='{base}/search'><input name='q' placeholder='Search articles'>"
        f"</form></header>{opening}<nav class='c-breadcrumbs'><a href='{base}/'>{_e(journal)}</a>"
        f" &gt; <a href='{base}/news'>News</a> &gt; <span>Article</span></nav><{tag} class='c-"
        f"article'><div class='c-article-header'><ul class='c-article-identifiers'><li class='"
        f"c-article-identifiers__type'>{kind}</li><li><time datetime='{a['published']}'>"
        f"{_uk_day(published)}</time></li></ul><h1 class='c-article-title'>{_e(a['title'])}</h1>"
        f"<p class='c-article-author'>By <a href='{base}/news/authors/{_slug(a['author'])}'>"
        f"{_e(a['author'])}</a></p></div>{metrics if metrics_first else ''}<div class='c-"
        f"article-body'>{''.join(blocks)}</div><p class='c-article-doi'>doi: https://doi.org/"
        f"{doi}</p>{'' if inline else card}<section class='c-article-references'><h2>References"
        f"</h2><ol>{references}</ol></section>{author}<section class='c-latest-on'><h2>Latest on:"
        f"</h2><ul>{latest}</ul></section>{cite}{nature}</{tag}>{'' if metrics_first else metrics}"
        f"<section class='c-related-research'><h2>Related research</h2><ul>{related}</ul>"
        "</section><div class='c-briefing-signup'><h2>Sign up to the daily briefing</h2><p>What "
        f"matters in science, and why, chosen by the editors of {_e(journal)}, in your inbox "
        "every weekday. You can unsubscribe at any time.</p><form><input type='email' "
        f"placeholder='Email address'><button>Sign up</button></form></div>{closing}<footer "
        f"class='c-footer'><p>{_e(journal)} ISSN {issn} (online)</p><p>{_e(journal)} is "
        f"published by {_e(company)}, a company registered in England and Wales. Its news team "
        "works independently of its editors and publishers.</p><ul><li><a href='"
        f"{base}/privacy'>Privacy policy</a></li><li><a href='{base}/cookies'>Manage cookies</a>"
        f"</li><li><a href='{base}/terms'>Terms and conditions</a></li><li><a href='{base}/"
        f"accessibility'>Accessibility statement</a></li></ul><p>&copy; {year} {_e(company)}."
        "</p></footer></body></html>"
    )


# --- listarchive: a mailing list's archive of a member's forwarded story --------------------

MAILING_LISTS = [
    ("riverside-news", "Riverside Residents' Association", "lists.riversidera.example"),
    ("valley-walkers", "Upper Valley Walking Club", "lists.uvwc.example"),
    ("harbour-forum", "Harbour Ward Community Forum", "lists.harbourforum.example"),
]
POSTERS = [
    ("Margaret Hale", "m.hale", "Secretary"),
    ("Colin Petrie", "cpetrie", "Treasurer"),
    ("Anita Rowe", "anita.rowe", "Newsletter editor"),
    ("Dev Chaudhry", "dchaudhry", "Chair"),
]
NEWSLETTERS = [
    ("The Morning Edition", "morningedition"),
    ("World Briefing", "worldbriefing"),
    ("The Week in Brief", "weekinbrief"),
]
NOTES = [
    (
        "Hi all,",
        "Thought this might interest the list, given what came up at the last meeting. I have "
        "pasted the whole article below for those who cannot get past the paywall.",
        "Best wishes,",
    ),
    (
        "Dear all,",
        "Forwarding this from today's newsletter. It is not local, but several of you "
        "asked me to keep an eye out for stories like this one. Comments welcome as always.",
        "Regards,",
    ),
    (
        "Hello everyone,",
        "Sorry for the long email. A friend sent me this and I think it is worth reading in "
        "full before Thursday's meeting. The whole text is below my signature.",
        "Thanks,",
    ),
]
OTHER_THREADS = [
    "Minutes of the February meeting",
    "Litter pick on Saturday: volunteers needed",
    "Planning application for the old garage site",
    "Lost cat near the recreation ground",
    "Reminder: subscriptions due this month",
]
REPLIES = [
    (
        "Joan Pemberton",
        "Thanks for sharing this. I had not seen it anywhere else, and I think it is worth "
        "raising at the next meeting.",
    ),
    (
        "Rob Kettering",
        "Interesting read. Does anyone know whether our own council has looked at anything "
        "like this? I could not find it in the minutes.",
    ),
    (
        "Sue Allardyce",
        "Please could people trim their replies? Some of us still read the list on our phones.",
    ),
]


def listarchive(a: dict[str, Any], rng: random.Random) -> str:
    """A list archive: a member's note and signature, the forwarded story, the list's links."""
    listname, org, host = rng.choice(MAILING_LISTS)
    name, user, role = rng.choice(POSTERS)
    first = name.split()[0]
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    sent = published + timedelta(minutes=rng.randrange(40, 400))
    modern = rng.random() < 0.5
    divs = modern and rng.random() < 0.5
    image = rng.random() < 0.5
    gmail = rng.random() < 0.5
    letter, ldomain = rng.choice(NEWSLETTERS)
    hello, note, bye = rng.choice(NOTES)
    label = listname.replace("-", " ").title().replace(" ", "-")
    subject = f"[{label}] Fwd: {a['title']}"
    prev_t, next_t = rng.sample(OTHER_THREADS, 2)
    address = f"{user}@{host.split('.', 1)[1]}"
    when = f"{sent:%a %b} {sent.day} {sent:%H:%M:%S} {sent.year}"
    stamp = f"{published:%a}, {published.day} {published:%b} {published.year} at {published:%H:%M}"
    caption = (
        f"[image: {rng.choice(PHOTO_CAPTIONS)}. Photo: {rng.choice(PHOTO_CREDITS)}]"
        if image
        else ""
    )
    image_at = rng.choice(_spots(paragraphs)) if image else -1
    agency = _agency(paragraphs[0])
    source = f"{AGENCIES[agency]} via {letter}" if agency else letter
    footer_line = (
        f"You are receiving this email because you signed up to {letter}. To stop receiving it, "
        f"unsubscribe at https://{ldomain}.example/unsubscribe. Our postal address is 1 Print "
        "Works Lane, London EC1 4AA."
    )
    if gmail:
        forward = [
            "---------- Forwarded message ---------",
            f"From: {letter} <newsletter@{ldomain}.example>",
            f"Date: {stamp}",
            f"Subject: {a['title']}",
            f"To: <{address}>",
        ]
    else:
        forward = [
            "Begin forwarded message:",
            "",
            f"From: {letter} <newsletter@{ldomain}.example>",
            f"Subject: {a['title']}",
            f"Date: {published.day} {published:%B} {published.year} at {published:%H:%M:%S %z}",
            f"To: {address}",
        ]
    signature = ["-- ", name, f"{role}, {org}"]
    prev_next = (
        f"<ul><li>Previous message: <a href='{rng.randrange(1000, 9000):06d}.html'>[{label}] "
        f"{_e(prev_t)}</a></li><li>Next message: <a href='{rng.randrange(1000, 9000):06d}.html'>"
        f"[{label}] {_e(next_t)}</a></li><li><b>Messages sorted by:</b> <a href='date.html'>"
        "[ date ]</a> <a href='thread.html'>[ thread ]</a> <a href='subject.html'>[ subject ]"
        "</a> <a href='author.html'>[ author ]</a></li></ul>"
    )
    head = f"<head><meta charset='utf-8'><title>{_e(subject)}</title>"
    if not modern:
        story = []
        for i, p in enumerate(paragraphs):
            story.append(_e(p))
            if i == image_at:
                story.append(_e(caption))
        lines = [
            hello,
            "",
            note,
            "",
            bye,
            first,
            "",
            *signature,
            "",
            *forward,
            "",
            "",
        ]
        text = "\n".join(_e(x) for x in lines)
        text += f"{_e(a['title'])}\nBy {_e(a['author'])} | {_e(source)}\n\n"
        text += "\n\n".join(story)
        text += (
            f"\n\n{_e(footer_line)}\n\n-------------- next part --------------\nAn HTML "
            f"attachment was scrubbed...\nURL: &lt;http://{host}/pipermail/{listname}/attachments/"
            f"{sent:%Y%m%d}/{rng.randrange(16**8):08x}/attachment.html&gt;\n"
        )
        return (
            f"<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 3.2//EN'><html>{head}<link rel='Index' "
            f"href='index.html'><meta name='robots' content='index,nofollow'></head><body "
            f"bgcolor='#ffffff'><h1>{_e(subject)}</h1><b>{_e(name)}</b> <a href='mailto:"
            f"{listname}%40{host}?Subject={_slug(a['title'])}'>"
            f"{user} at {host.split('.', 1)[1]}</a><br><i>{when}</i><p>{prev_next}<hr><!--"
            f"beginarticle--><pre>{text}</pre><!--endarticle--><hr><p>{prev_next}<hr><a href='"
            f"http://{host}/mailman/listinfo/{listname}'>More information about the {label} "
            "mailing list</a><br></body></html>"
        )
    tag = "div dir='ltr'" if divs else "p"
    end = "div" if divs else "p"

    def block(text: str, bold: bool = False) -> str:
        return f"<{tag}><b>{text}</b></{end}>" if bold else f"<{tag}>{text}</{end}>"

    body = [
        block(_e(hello)),
        block(_e(note)),
        block(f"{_e(bye)}<br>{_e(first)}"),
        block("<br>".join(_e(x) for x in signature)),
        "<div class='gmail_quote'>" + block("<br>".join(_e(x) for x in forward if x)),
        block(f"{_e(a['title'])}", bold=True),
        block(f"By {_e(a['author'])} | {_e(source)}"),
    ]
    for i, p in enumerate(paragraphs):
        body.append(block(_e(p), bold=_is_subheading(p)))
        if i == image_at:
            body.append(f"<div class='img-placeholder'>{_e(caption)}</div>")
    body.append(block(_e(footer_line)) + "</div>")
    replies = rng.sample(REPLIES, rng.randrange(0, 3))
    count = f"{len(replies) + 1} message{'s' if replies else ''}"
    thread = "".join(
        f"<article class='email email-reply'><div class='email-header'><span class='name'>"
        f"{_e(r)}</span> <span class='email-date'>{sent + timedelta(hours=k + 1):%d %b %Y %H:%M}"
        f"</span></div><div class='email-body'><p>{_e(t)}</p></div><div class='email-info'><a "
        "href='#reply'>Reply</a></div></article>"
        for k, (r, t) in enumerate(replies)
    )
    nav = (
        f"<nav class='navbar'><a class='navbar-brand' href='https://{host}/'>{host} - Mailing "
        f"lists</a><form action='https://{host}/archives/search'><input name='q' placeholder="
        "'Search this list'></form><a href='/accounts/login/'>Sign In</a> <a href='/accounts/"
        "signup/'>Sign Up</a></nav>"
    )
    side = (
        f"<div class='col-list'><h2>{_e(label)}</h2><p>The announcement and discussion list of "
        f"the {_e(org)}. Members may post news about the area, meetings and events. Please keep "
        "messages polite and on topic, and do not forward chain letters.</p><a class='btn' "
        f"href='/list/{listname}@{host}/message/new'>Start a new thread</a> <a href='/list/"
        f"{listname}@{host}/export/'>Download</a><ul><li>{rng.randrange(30, 400)} participants"
        f"</li><li>{rng.randrange(5, 90)} discussions this month</li></ul><a href='/list/"
        f"{listname}@{host}/'>Discussion overview</a></div>"
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{head}<link rel='stylesheet' href='/static/hyperkitty"
        f"/css/hyperkitty.css'></head><body>{nav}<main class='container'><div class='thread-"
        f"header'><h1>{_e(subject)}</h1><p>{count}</p></div><article class="
        f"'email email-first'><div class='email-header'><span class='name'>{_e(name)}</span> "
        f"<span class='email-date'>{sent:%d %b %Y %H:%M}</span></div><div class='email-body'>"
        f"{''.join(body)}</div><div class='email-info'><a href='#reply'>Reply</a> <a href='/"
        f"list/{listname}@{host}/'>Back to the thread</a></div></article>{thread}</main>{side}"
        f"<footer><p>Powered by HyperKitty. {_e(org)} runs this list for its members and is "
        "not responsible for what they post.</p></footer></body></html>"
    )


# --- weatherdesk: a national weather service's news page ---------------------------------

WEATHER_SERVICES = [
    ("National Meteorological Service", "natmet", "Exeter"),
    ("Atlantic Weather Service", "atlanticweather", "Reading"),
    ("Isles Met Office", "islesmet", "Bracknell"),
]
WEATHER_NAV = ["Forecasts", "Warnings", "Maps and charts", "Climate", "Research", "News"]
TOWNS = ["Aberdeen", "Cardiff", "Norwich", "Plymouth", "Leeds", "Belfast", "Inverness"]
SKIES = ["Sunny intervals", "Light rain", "Cloudy", "Heavy showers", "Clear", "Overcast"]
OUTLOOKS = [
    "Bright spells and a few showers, mainly in the afternoon. Fresh westerly winds.",
    "A cloudy day with outbreaks of rain, turning heavier in the evening.",
    "Dry and sunny after a chilly start, with light winds and some patchy cloud later.",
]
WARNINGS = [
    (
        "Wind",
        "Western Scotland and Northern Ireland",
        "Strong winds may bring disruption to travel, with delays to road, rail, air and ferry "
        "services.",
    ),
    (
        "Rain",
        "South-west England and south Wales",
        "Heavy rain may cause flooding of homes and businesses, and spray and standing water "
        "will make driving difficult.",
    ),
    (
        "Snow and ice",
        "Highlands and Eilean Siar",
        "Icy patches are likely on untreated roads, pavements and cycle paths, with a few "
        "centimetres of snow on high ground.",
    ),
    (
        "Fog",
        "Central and eastern England",
        "Dense fog may lead to longer journey times and some cancellations of flights.",
    ),
]
WEATHER_NEWS = [
    "Spring statistics: a mild, wet season for most",
    "Why this winter has been so windy",
    "Our new supercomputer is now running the forecasts",
    "What the jet stream means for your weekend",
    "Record rainfall totals confirmed for the autumn",
]


def weatherdesk(a: dict[str, Any], rng: random.Random) -> str:
    """A weather service's news: warnings banner, forecast widget, the story, warnings, science."""
    service, domain, hq = rng.choice(WEATHER_SERVICES)
    base = f"https://www.{domain}.gov.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    divs = rng.random() < 0.5
    widget_first = rng.random() < 0.5
    inline = rng.random() < 0.5
    video = rng.random() < 0.5
    sub = rng.choice(["h2", "h3", "strong"])
    town = rng.choice(TOWNS)
    warnings = rng.sample(WARNINGS, rng.randrange(2, 5))
    if video:
        box = (
            "<div class='video-embed'><p class='label'>Video</p><p class='title'>10 day trend: "
            "what the weather has in store</p><button>Play video, "
            f"{rng.randrange(2, 6)} minutes {rng.randrange(10, 59)} seconds</button></div>"
        )
    else:
        box = (
            "<div class='inline-cta'><p class='cta-text'>Check the forecast for where you are on "
            "our website and app, and sign up to get warnings for your area by email.</p><a href='"
            f"{base}/alerts'>Get warnings by email</a></div>"
        )
    box_at = rng.choice(_spots(paragraphs)) if inline else -1
    blocks = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            blocks.append(
                f"<p><strong>{_e(p)}</strong></p>" if sub == "strong" else f"<{sub}>{_e(p)}</{sub}>"
            )
        elif divs:
            blocks.append(f"<div class='text'>{_e(p)}</div>")
        else:
            blocks.append(f"<p>{_e(p)}</p>")
        if i == box_at:
            blocks.append(box)
    first = warnings[0]
    banner = (
        f"<div class='warnings-banner' role='alert'><p><strong>{len(warnings)} weather warnings "
        f"in force.</strong> Yellow warning of {first[0].lower()} for {first[1]} until midnight. "
        "Check the latest warnings before you travel and follow the advice of the emergency "
        f"services.</p><a href='{base}/warnings'>See all warnings</a></div>"
    )
    hours = [9, 12, 15, 18, 21]
    temps = [rng.randrange(2, 16) for _ in hours]
    cells = "".join(f"<th>{h:02d}:00</th>" for h in hours)
    skies = "".join(
        f"<td><img src='{base}/symbols/{_slug(s)}.svg' alt='{s}'></td>"
        for s in (rng.choice(SKIES) for _ in hours)
    )
    degrees = "".join(f"<td>{t}&deg;</td>" for t in temps)
    rain = "".join(f"<td>{rng.randrange(0, 95, 5)}%</td>" for _ in hours)
    wind = "".join(f"<td>{rng.randrange(5, 45)} mph</td>" for _ in hours)
    widget = (
        f"<div class='local-forecast'><h2>Your local forecast</h2><p class='location'>{town} <a "
        f"href='{base}/forecast/search'>Change location</a></p><table><tr><th>Time</th>{cells}"
        f"</tr><tr><th>Weather</th>{skies}</tr><tr><th>Temperature</th>{degrees}</tr><tr><th>"
        f"Chance of rain</th>{rain}</tr><tr><th>Wind</th>{wind}</tr></table><p class='outlook'>"
        f"Today: {rng.choice(OUTLOOKS)}</p><p class='sun'>Sunrise 0{rng.randrange(5, 9)}:"
        f"{rng.randrange(10, 60)} Sunset {rng.randrange(16, 21)}:{rng.randrange(10, 60)}</p><a "
        f"href='{base}/forecast/{_slug(town)}'>Full forecast</a></div>"
    )
    latest = "".join(
        f"<li><span class='level level--yellow'>Yellow warning</span> <strong>{w}</strong><p>"
        f"{area}. Valid from {rng.randrange(0, 12):02d}:00 to {rng.randrange(12, 24):02d}:00."
        f"</p><p>{impact}</p></li>"
        for w, area, impact in warnings
    )
    related = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a> <span class='date'>"
        f"{rng.randrange(1, 28)} {_uk_day(published).split(' ', 1)[1]}</span></li>"
        for t in rng.sample(WEATHER_NEWS, 3)
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in WEATHER_NAV)
    tools = (
        "<div class='page-tools'><button class='share'>Share</button> <button class='print' "
        "onclick='window.print()'>Print</button></div>"
    )
    tag = "article" if wrapped else "div"
    opening = "<main id='content'>" if wrapped else "<div id='content'>"
    closing = "</main>" if wrapped else "</div>"
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, service, True)}<body><div class='cookie-"
        "banner'><p>We use cookies to remember your location and to understand how our forecasts "
        "are used. You can choose which cookies to allow.</p><button>Accept all cookies</button> "
        f"<button>Set preferences</button></div><header class='site-header'><a class='logo' href"
        f"='{base}/'>{_e(service)}</a><form class='location-search' action='{base}/forecast/"
        "search'><input name='q' placeholder='Enter a town, city or postcode'><button>Search"
        f"</button></form><nav><ul>{nav}</ul></nav></header>{banner}{opening}"
        f"{widget if widget_first else ''}<nav class='breadcrumb'><a href='{base}/'>Home</a> &gt;"
        f" <a href='{base}/news'>News</a> &gt; <a href='{base}/news/press-office'>Press office"
        f"</a></nav><{tag} class='news-article'><p class='kicker'>Press office</p><h1>"
        f"{_e(a['title'])}</h1><p class='meta'>Published: {_uk_day(published)} | Author: "
        f"{_e(a['author'])}</p>{tools}<div class='article-content'>{''.join(blocks)}</div>"
        f"{'' if inline else box}</{tag}><section class='latest-warnings'><h2>Latest warnings"
        f"</h2><ul>{latest}</ul><a href='{base}/warnings'>See all warnings</a></section><section "
        "class='how-we-forecast'><h2>How we forecast</h2><p>Our forecasts start with millions of "
        "observations a day from weather stations, balloons, ships, aircraft and satellites. A "
        "supercomputer uses them to run models of the atmosphere several times a day, and our "
        "meteorologists check every forecast and warning before it is published.</p><a href='"
        f"{base}/science'>Find out more about our science</a></section>"
        f"{'' if widget_first else widget}<section class='related-news'><h2>Related news</h2>"
        f"<ul>{related}</ul></section>{closing}<footer class='site-footer'><ul><li><a href='"
        f"{base}/accessibility'>Accessibility</a></li><li><a href='{base}/cookies'>Cookies</a>"
        f"</li><li><a href='{base}/privacy'>Privacy</a></li><li><a href='{base}/careers'>Careers"
        f"</a></li><li><a href='{base}/contact'>Contact us</a></li></ul><p>The {_e(service)} is "
        f"the national weather service. It is an executive agency of the government, based in "
        f"{hq}.</p><p>&copy; {published.year} {_e(service)}. You may reuse this information "
        "under the Open Government Licence unless otherwise stated.</p></footer></body></html>"
    )


# Layouts for the seventeenth fresh set, written blind: only ever paired with fresh17.jsonl,
# beside FRESH17_KNOWN, three older layouts no set from the third to the sixteenth knew.
FRESH17_TEMPLATES: dict[str, Template] = {
    "journalnews": journalnews,
    "listarchive": listarchive,
    "weatherdesk": weatherdesk,
}
FRESH17_KNOWN = ("syndicator", "liveupdates", "tgchannel")


def build_fresh17() -> list[Page]:
    """The seventeenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh17.jsonl",
        FRESH17_KNOWN,
        FRESH17_TEMPLATES,
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
        ),
    )
