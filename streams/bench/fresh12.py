"""The twelfth fresh set: new article texts in three known and three new page layouts.

`build_fresh12()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh12.jsonl (Norway ordering
salmon farms in three lice-hit zones to shrink, with a paragraph that begins "Shares in
Fjordlaks fell" and an analyst who "told Reuters", Bornholm's referendum on a tunnel study
with a results line that is mostly numbers ("Yes 14,906 (57.4%), no 11,062 (42.6%), blank
212, spoilt 37. Turnout 61.2% (58.9% in 2025)."), lead in a Vermont school district's
fountains with "$4.6 million", a "Which schools are affected" subheading, a paragraph that
begins "Follow-up tests showed" and a superintendent who "told The Associated Press",
Albania's new railway to Tirana airport with a train that left "at 9:05 a.m." and the
three-word paragraph "It was full.", Malawi's netballers beating Australia with a paragraph
that opens with another paper's front-page headline in capitals ('"QUEENS OF THE WORLD,"
read the front page of ...'), Kotor's cap on cruise ships, a town's four-bin recycling with
a "What goes in which bin" subheading and a one-line question and answer ("Q: ... A: ..."),
Scottish lighthouse keepers' logbooks put online with a paragraph that opens with a quoted
logbook entry and one that reads out an e-mail address and a web address, a rural radio
host's last market report with a paragraph ending in an ellipsis inside a quotation ('...
and that's me for the morning..."'), a Viking sword found in Orkney with a paragraph that is
one long quotation, a walrus asleep on a lifeboat slipway with the four-word paragraph "Then
it fell asleep." and a paragraph that begins "Update: The walrus slipped back ..." as prose,
and Jersey's record count of Asian hornet nests with a hotline's phone number read out) in
three known layouts (FRESH12_KNOWN) and in three new ones, FRESH12_TEMPLATES: 72 pages. The
new ones are:

- an e-mail newsletter's web view ("issue"), where the story is the lead item of one issue:
  a hidden preheader sentence, "View this email in your browser" and, on some pages, a
  "Forwarded this email?" line, then a table-based e-mail layout (nested <table>s with
  inline styles and a <td> per block): the masthead with the issue number and date, the
  editor's letter in prose with a greeting and a signature, on some pages an "In this
  issue" list of the issue's headlines (the story's among them), the lead item (a "TOP
  STORY" label, the headline, a "By ..." line, on some pages a photo with a caption) and
  the story: on some pages one <tr><td> per paragraph with no <p> at all, subheadings as
  <td><strong>, on the others <p>s in one <td>, subheadings as <h3>; a "Read this story on
  our website" link after it; two or three other items of the issue (a headline, two
  sentences and a "Read more" link: not truth), a "SPONSORED BY ..." block of sentences (after
  the lead item on some pages, after the other items on the others), a "Forward to a
  friend" block of sentences, "You are receiving this email because you subscribed ...",
  "Unsubscribe | Update preferences | View in browser", "Our mailing address is:" with the
  publisher's postal address and a copyright line;
- a print-friendly version ("printview"): "Print this page" and "Close window" controls
  and a text-size switch, "Printed from https://... on ..." at the top, the site's name, a
  section label, the headline, a standfirst sentence with a footnote marker (<sup>[1]</sup>)
  after a word, a byline with a marker after the author's name and the dates; on some
  pages a photo whose caption carries a marker; the story as <p>s (in an <article> on some
  pages, in <div class="para">s inside a <div id="printArea"> on the others), subheadings as
  <h2> or <p><b>, and on some pages a "Related: ..." line with a marker between two
  paragraphs; after it "Links in this article" with the numbered URLs in full; then the
  copyright notice ("... All rights reserved. This copy is for your personal, non-commercial
  use only."), a distribution notice in prose, "Printed from ..." again and the controls
  again. No marker is ever put inside a story paragraph;
- a web-archive snapshot ("archived"): the archive's rewrite scripts in the head, then its
  toolbar: the archive's name, the original URL in a form, a month calendar and years, "N
  captures" with the first and last capture dates, "About this capture", "Saved from ...",
  a "COLLECTED BY" box naming the organisation and collection with descriptions in
  sentences, and a "TIMESTAMPS" note in sentences; then the original page as it was, an
  older regional news site laid out in a <table>: a header with the date and a search form,
  a nav row, the story cell (a breadcrumb, the headline, "By ..." with "Staff writer" or the
  agency and "Posted", "Email | Print | Share" tools, a photo, the story as <p>s in <div
  id="article-text"> on some pages and straight in the <td> on the others, subheadings as
  <h3> or <p><strong>, for wire stories the agency's "may not be published, broadcast,
  rewritten or redistributed" line, a comments notice), a side column with "Related
  Stories" links, "Most Popular", an advertisement and a weather box (before the story cell
  on some pages), and the old site's footer of sentences; every link of the old page is the
  archive's rewritten URL (https://web.archive.example/web/2026...ts/http://...), images
  with "im_" after the timestamp; the page ends with the archive's "FILE ARCHIVED ON ..."
  comment.

The hard cases, each asserted in tests/bench/test_fresh12.py: the three-word "It was full."
and the four-word "Then it fell asleep." (one-sentence paragraphs of a few words); one
paragraph that is all quotation (Orkney, 40+ words); closing quotes after the full stop in
paragraphs that do not open with one; "$4.6 million" and "9:05 a.m."; "told Reuters" and
"told The Associated Press"; two subheadings, one in each of two articles; wire datelines
of Reuters, AP and AFP on six of the 12 leads. And the new traps, each a thing real stories
carry that looks like something else: a paragraph that is mostly numbers (a results line),
a one-line "Q: ... A: ..." paragraph, a paragraph that begins "Update:" as prose, one that
opens with another paper's front-page headline in capitals, a sentence with an e-mail
address and a web address read out, paragraphs that begin "Shares in" and "Follow-up tests
showed", a paragraph that ends in an ellipsis inside a quotation, a hotline's phone number
read out, and a quoted logbook entry that opens a paragraph.

The truth is the article's paragraphs only; preheaders, browser links, mastheads, editors'
letters, issue lists, labels, captions, website links, other items, sponsor blocks,
forwarding and subscription lines, postal addresses, print controls, "Printed from" lines,
standfirsts, footnote markers, related lines, link lists, copyright and distribution
notices, archive toolbars, capture and collection notes, bylines, tools, agency lines,
comment notices, related, popular, advertisement and weather boxes and old footers are not.
Every truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "zeitung" turns subheadings into <h2> and puts two "Also interesting:" <p>s and
an "Info" box between whole paragraphs; "platform" starts a new <section> at each
subheading (an <h3>) and halfway, where a sign-up modal of prose sits between whole
paragraphs; "wiki" turns subheadings into <h2><span class="mw-headline"> with "[edit]"
links, puts the place of a datelined lead into its infobox where it has one ("Ronne,
Denmark") and, for a wire story, cites the agency's own report under the story's headline
in its "Sources".
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading
from streams.bench.fresh8 import FRESH8_TEMPLATES
from streams.bench.fresh9 import FRESH9_TEMPLATES
from streams.bench.fresh10 import FRESH10_TEMPLATES
from streams.bench.fresh11 import FRESH11_TEMPLATES, _agency, _us_date
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
    _slug,
    _weekday,
    build_set,
)

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _long_date(a: dict[str, Any]) -> str:
    """The article's date as "Tuesday, March 3, 2026"."""
    year, month, day, _ = _date(a)
    return f"{_WEEKDAYS[_weekday(year, month, day)]}, {_us_date(a)}"


# --- issue: an e-mail newsletter's web view ----------------------------------------------

NEWSLETTERS = [
    (
        "The Morning Dispatch",
        "morningdispatch",
        "Dispatch Media Ltd",
        "18 Quay Street, Bristol BS1 4DA, United Kingdom",
        "Hannah Ellery",
    ),
    (
        "Week in Review",
        "weekinreview",
        "Review Newsletters LLC",
        "PO Box 4120, 221 Pine Street, Portland, OR 97204, USA",
        "Marcus Adeyemi",
    ),
    (
        "Far and Near",
        "farandnear",
        "Far and Near Publishing GmbH",
        "Torstrasse 140, 10119 Berlin, Germany",
        "Clara Westphal",
    ),
]
GREETINGS = ["Good morning,", "Hello again,", "Welcome back,"]
EDITOR_LETTERS = [
    "Our lead story today is one our editors could not stop talking about yesterday, so we "
    "have given it the whole of the top of this issue. Below it you will find a few shorter "
    "items and, as always, a word from the sponsor who keeps this newsletter free.",
    "This issue arrives a little later than usual because we wanted to send you one story in "
    "full rather than a summary, and we think you will see why. If you have thoughts on the "
    "longer format, just hit reply: every message reaches a real person on our small team.",
    "A special welcome to the 1,200 readers who have joined us since the last issue. "
    "Newsletters like this one only work because readers forward them to friends, so if you "
    "enjoy today's lead story, please pass it on.",
]
SIGN_OFFS = ["Thanks for reading,", "See you next time,", "Until tomorrow,"]
ISSUE_ITEMS = [
    (
        "City to plant 5,000 street trees by autumn",
        "The planting will start in the east of the city, where summer temperatures run "
        "highest. Residents can ask for a tree outside their home on the council's website.",
    ),
    (
        "Why your train ticket costs more this month",
        "Regulated fares rose by 4.2% on Sunday, the largest increase in three years. Season "
        "tickets are affected too, though fares on some routes have been frozen.",
    ),
    (
        "A library that lends fishing rods",
        "A branch library on the coast now lends rods, reels and tackle boxes alongside its "
        "books. Staff say the rods have a waiting list of six weeks.",
    ),
    (
        "The quiz: how closely did you follow the news?",
        "Ten questions on the week's events, from parliament to the football results. Last "
        "week nobody got all ten right, and the most common score was six.",
    ),
    (
        "Three books our readers loved this month",
        "A debut novel set on a container ship, a history of the pencil and a memoir by a "
        "retired midwife. All three are available as e-books and audiobooks.",
    ),
    (
        "Letters: what you told us about the four-day week",
        "More than 400 of you wrote in after the last issue. Most of you were in favour, "
        "though several readers who run small businesses were not convinced.",
    ),
]
NEWSLETTER_SPONSORS = [
    (
        "Harbourline Bank",
        "Open a savings account in five minutes and earn 4.1% on balances of up to 25,000 "
        "pounds. Terms apply, and your deposit is protected up to the legal limit.",
    ),
    (
        "Northwind Rail Holidays",
        "Rail journeys across Europe, planned by people who have taken the trains themselves. "
        "Readers of this newsletter get 10% off any trip booked this month.",
    ),
    (
        "Quill Notes",
        "The note-taking app that works offline and keeps your notes private. Try it free for "
        "30 days, and no card is needed to start.",
    ),
]

_TD = "style='padding:0 32px 16px 32px;font-family:Georgia,serif;font-size:17px;line-height:1.6'"


def _email_row(inner: str, style: str = "padding:16px 32px") -> str:
    return f"<tr><td style='{style}'>{inner}</td></tr>"


def issue(a: dict[str, Any], rng: random.Random) -> str:
    """A newsletter issue in a browser: an editor's letter, the story as the lead item."""
    name, domain, company, address, editor = rng.choice(NEWSLETTERS)
    base = f"https://www.{domain}.example"
    year = _date(a)[0]
    paragraphs = a["paragraphs"]
    number = rng.randrange(120, 900)
    agency = _agency(paragraphs[0])
    items = rng.sample(ISSUE_ITEMS, rng.choice([2, 3]))
    sponsor, pitch = rng.choice(NEWSLETTER_SPONSORS)
    cells = rng.random() < 0.5
    campaign = f"{rng.randrange(16**8):08x}"
    web = f"https://mailview.example/{campaign}/{a['slug']}"

    preheader = (
        "<div class='preheader' style='display:none;max-height:0;overflow:hidden;mso-hide:"
        f"all'>Also in this issue: {_e(items[0][0])}, and a note from the editor.</div>"
    )
    forwarded = (
        f" | Forwarded this email? <a href='{base}/subscribe'>Subscribe here</a> for more."
        if rng.random() < 0.5
        else ""
    )
    top = (
        "<table role='presentation' width='100%' cellpadding='0' cellspacing='0' border='0'>"
        "<tr><td align='center' style='padding:8px;font-family:Arial,sans-serif;font-size:"
        f"11px;color:#777777'><a href='{web}' style='color:#777777'>View this email in your "
        f"browser</a>{forwarded}</td></tr></table>"
    )
    masthead = _email_row(
        f"<a href='{base}/'><img src='https://cdn.{domain}.example/email/logo.png' width='220' "
        f"alt='{_a(name)}' style='display:block;border:0'></a><p style='font-family:Arial,"
        f"sans-serif;font-size:12px;color:#555555;margin:8px 0 0'>Issue #{number} &middot; "
        f"{_long_date(a)}</p>",
        "padding:24px 32px;border-bottom:3px solid #111111",
    )
    toc = ""
    if rng.random() < 0.5:
        toc = (
            "<p style='font-family:Arial,sans-serif;font-weight:bold;margin:16px 0 4px'>In this "
            "issue</p><ul style='margin:0;padding-left:20px'>"
            + "".join(f"<li>{_e(t)}</li>" for t in [a["title"], *(i[0] for i in items)])
            + "</ul>"
        )
    letter = _email_row(
        f"<p style='margin:0 0 12px'>{rng.choice(GREETINGS)}</p><p style='margin:0 0 12px'>"
        f"{_e(rng.choice(EDITOR_LETTERS))}</p><p style='margin:0'>{rng.choice(SIGN_OFFS)}<br>"
        f"{_e(editor)}<br><em>Editor, {_e(name)}</em></p>{toc}",
        "padding:24px 32px;font-family:Georgia,serif;font-size:16px;line-height:1.5",
    )
    photo = ""
    if rng.random() < 0.5:
        photo = (
            f"<tr><td style='padding:0 32px 16px'><img src='https://cdn.{domain}.example/email/"
            f"{a['slug']}.jpg' width='536' alt='' style='display:block;width:100%'><p style="
            f"'font-family:Arial,sans-serif;font-size:12px;color:#666666;margin:6px 0 0'>"
            f"{_e(rng.choice(PHOTO_CAPTIONS))}. Photo: {_e(rng.choice(PHOTO_CREDITS))}</p>"
            "</td></tr>"
        )
    credit = f" | {_e(AGENCIES[agency])}" if agency else ""
    head = (
        "<tr><td style='padding:24px 32px 8px'><p style='font-family:Arial,sans-serif;font-"
        "size:12px;letter-spacing:1px;color:#b00020;margin:0'>TOP STORY</p><h1 style='font-"
        f"family:Georgia,serif;font-size:28px;margin:8px 0'>{_e(a['title'])}</h1><p style='"
        f"font-family:Arial,sans-serif;font-size:13px;color:#555555;margin:0'>By "
        f"{_e(a['author'])}{credit}</p></td></tr>"
    )
    if cells:
        rows = "".join(
            f"<tr><td {_TD}><strong>{_e(p)}</strong></td></tr>"
            if _is_subheading(p)
            else f"<tr><td {_TD}>{_e(p)}</td></tr>"
            for p in paragraphs
        )
        story = (
            "<tr><td><table role='presentation' width='100%' cellpadding='0' cellspacing='0' "
            f"border='0' class='story'>{rows}</table></td></tr>"
        )
    else:
        blocks = "".join(
            f"<h3 style='font-family:Arial,sans-serif;font-size:18px;margin:20px 0 8px'>{_e(p)}"
            "</h3>"
            if _is_subheading(p)
            else f"<p style='margin:0 0 16px'>{_e(p)}</p>"
            for p in paragraphs
        )
        story = (
            "<tr><td class='story' style='padding:0 32px;font-family:Georgia,serif;font-size:"
            f"17px;line-height:1.6'>{blocks}</td></tr>"
        )
    read_on = _email_row(
        f"<a href='{base}/{_slug(a['section'])}/{a['slug']}' style='font-family:Arial,sans-"
        "serif;font-weight:bold;color:#b00020'>Read this story on our website &rarr;</a>",
        "padding:0 32px 24px;border-bottom:1px solid #dddddd",
    )
    others = "".join(
        _email_row(
            f"<h2 style='font-family:Georgia,serif;font-size:20px;margin:0 0 6px'><a href='"
            f"{base}/{_slug(t)}' style='color:#111111;text-decoration:none'>{_e(t)}</a></h2><p "
            f"style='margin:0 0 6px'>{_e(s)}</p><a href='{base}/{_slug(t)}' style='color:"
            "#b00020'>Read more</a>",
            "padding:20px 32px;font-family:Georgia,serif;font-size:16px;line-height:1.5;"
            "border-bottom:1px solid #dddddd",
        )
        for t, s in items
    )
    sponsored = _email_row(
        "<table role='presentation' width='100%' cellpadding='0' cellspacing='0' border='0' "
        "style='background:#f4f1ea'><tr><td style='padding:16px'><p style='font-family:Arial,"
        f"sans-serif;font-size:11px;letter-spacing:1px;margin:0'>SPONSORED BY {_e(sponsor.upper())}"
        f"</p><p style='font-family:Georgia,serif;margin:8px 0'>{_e(pitch)}</p><a href='https:"
        f"//ads.example/{_slug(sponsor)}?utm_source={domain}'>Learn more</a></td></tr></table>"
    )
    sponsor_first = rng.random() < 0.5
    middle = f"{sponsored}{others}" if sponsor_first else f"{others}{sponsored}"
    footer = _email_row(
        f"<p style='margin:0 0 12px'><a href='{base}/forward?c={campaign}'>Forward to a friend"
        f"</a></p><p style='margin:0 0 12px'>Enjoyed this issue? Forward it to someone who "
        f"would like it too. They can sign up for free at {base}/subscribe.</p><p style='margin:"
        f"0 0 12px'>You are receiving this email because you subscribed to {_e(name)} on our "
        f"website or registered for an account. Add newsletter@{domain}.example to your address"
        f" book so that we do not end up in your spam folder.</p><p style='margin:0 0 12px'>"
        f"<a href='{base}/unsubscribe?c={campaign}'>Unsubscribe</a> | <a href='{base}/"
        f"preferences?c={campaign}'>Update preferences</a> | <a href='{web}'>View in browser"
        f"</a></p><p style='margin:0 0 4px'>Our mailing address is:</p><p style='margin:0 0 "
        f"12px'>{_e(company)}, {_e(address)}</p><p style='margin:0'>Copyright &copy; {year} "
        f"{_e(company)}, All rights reserved.</p>",
        "padding:24px 32px;font-family:Arial,sans-serif;font-size:12px;color:#666666;"
        "background:#f7f7f7",
    )
    return (
        "<!DOCTYPE html><html lang='en' xmlns:v='urn:schemas-microsoft-com:vml'><head><meta "
        "charset='utf-8'><meta name='viewport' content='width=device-width'><title>"
        f"{_e(name)} #{number}: {_e(a['title'])}</title><style>body{{margin:0;padding:0}}"
        "table{border-collapse:collapse}img{border:0;outline:none}@media only screen and "
        "(max-width:620px){.container{width:100% !important}}</style></head><body style='"
        f"margin:0;padding:0;background:#eeeeee'>{preheader}{top}<table role='presentation' "
        "width='100%' cellpadding='0' cellspacing='0' border='0' bgcolor='#eeeeee'><tr><td "
        "align='center'><table role='presentation' class='container' width='600' cellpadding="
        "'0' cellspacing='0' border='0' bgcolor='#ffffff'>"
        f"{masthead}{letter}{head}{photo}{story}{read_on}{middle}{footer}</table></td></tr>"
        "</table><img src='https://track.mailview.example/open/" + campaign + ".gif' width='1' "
        "height='1' alt=''></body></html>"
    )


# --- printview: a print-friendly version of the story -------------------------------------

PRINT_SITES = [
    ("The Harbour Times", "harbourtimes", "Harbour Times Media Group", "1-800-555-0142"),
    ("Daily Meridian", "dailymeridian", "Meridian Newspapers LLC", "1-800-555-0187"),
    ("The Northern Standard", "northernstandard", "Standard Publishing Ltd", "0800 555 0119"),
]
STANDFIRSTS = [
    (
        "The decision follows months of debate",
        ", and not everyone is convinced it goes far enough.",
    ),
    ("Officials say the change is long overdue", ". Critics say the details are still unclear."),
    ("Here is what happened, who is affected", " and what comes next."),
    ("It is a small story", " with a lot of people watching it closely."),
]
PRINT_RELATED = [
    "What we know about the plan so far",
    "Readers share their views on the decision",
    "Five things to watch in the coming months",
    "The history behind the story, explained",
]
PRINT_ROLES = ["Staff Reporter", "Correspondent", "Senior Writer", "News Reporter"]


def _sup(n: int) -> str:
    return f"<sup>[{n}]</sup>"


def printview(a: dict[str, Any], rng: random.Random) -> str:
    """A print-friendly page: print controls, "Printed from" lines, markers and a link list."""
    site, domain, company, phone = rng.choice(PRINT_SITES)
    base = f"https://www.{domain}.example"
    section = _slug(a["section"])
    paragraphs = a["paragraphs"]
    year, month, day, clock = _date(a)
    url = f"{base}/{section}/{year}/{month:02d}/{day:02d}/{a['slug']}"
    printed = datetime.fromisoformat(a["published"]) + timedelta(
        days=rng.randrange(0, 30), hours=rng.randrange(1, 12), minutes=rng.randrange(60)
    )
    when = (
        f"{_WEEKDAYS[printed.weekday()]}, {_MONTHS[printed.month - 1]} {printed.day}, "
        f"{printed.year} at {(printed.hour - 1) % 12 + 1}:{printed.minute:02d} "
        f"{'AM' if printed.hour < 12 else 'PM'}"
    )
    links: list[str] = []

    def marker(link: str) -> str:
        """A footnote marker for a link that the print view lists after the story."""
        links.append(link)
        return _sup(len(links))

    lead_words, rest = rng.choice(STANDFIRSTS)
    related_title = rng.choice(PRINT_RELATED)
    standfirst = (
        f"<p class='print-standfirst'>{_e(lead_words)}"
        f"{marker(f'{base}/{section}/{_slug(related_title)}')}{_e(rest)}</p>"
    )
    author_page = f"{base}/authors/{_slug(a['author'])}"
    updated = f"<br>Updated {_us_date(a)}" if rng.random() < 0.5 else ""
    byline = (
        f"<p class='print-byline'>By {_e(a['author'])}{marker(author_page)}, "
        f"{rng.choice(PRINT_ROLES)}<br>Published {_us_date(a)}, {clock}{updated}</p>"
    )
    photo = ""
    if rng.random() < 0.5:
        credit = rng.choice(PHOTO_CREDITS)
        photo = (
            f"<div class='print-image'><img src='https://images.{domain}.example/{year}/"
            f"{a['slug']}.jpg' width='480' alt=''><p class='caption'>"
            f"{_e(rng.choice(PHOTO_CAPTIONS))}. Photo: {_e(credit)}"
            f"{marker(f'{base}/photos/licensing/{_slug(credit)}')}</p></div>"
        )
    wrapped = rng.random() < 0.5
    # A "Related:" line between two paragraphs, never straight after a subheading.
    related_at = rng.randrange(2, len(paragraphs) - 1) if rng.random() < 0.6 else -1
    while related_at > 0 and _is_subheading(paragraphs[related_at - 1]):
        related_at += 1
    body = []
    for i, p in enumerate(paragraphs):
        if i == related_at:
            other = rng.choice([t for t in PRINT_RELATED if t != related_title])
            body.append(
                f"<p class='related-inline'><b>Related:</b> {_e(other)}"
                f"{marker(f'{base}/{section}/{_slug(other)}')}</p>"
            )
        if _is_subheading(p):
            body.append(
                f"<h2 class='print-subhead'>{_e(p)}</h2>" if wrapped else f"<p><b>{_e(p)}</b></p>"
            )
        else:
            body.append(f"<p>{_e(p)}</p>" if wrapped else f"<div class='para'>{_e(p)}</div>")
    links.append(url)
    link_list = "".join(f"<li>[{i}] {_e(link)}</li>" for i, link in enumerate(links, 1))
    opening, closing = (
        ("<article class='print-article'>", "</article>")
        if wrapped
        else ("<div id='printArea'>", "</div>")
    )
    controls = (
        "<div class='no-print print-controls'><a href='javascript:window.print()'>Print this "
        "page</a> | <a href='javascript:window.close()'>Close window</a>"
    )
    top_controls = (
        f"{controls} | Text size: <a href='#' class='ts-s'>A</a> <a href='#' class='ts-m'>A"
        "</a> <a href='#' class='ts-l'>A</a></div>"
    )
    onload = " onload='window.print()'" if rng.random() < 0.5 else ""
    printed_from = f"<div class='print-url'>Printed from {url} on {when}</div>"
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_e(a['title'])} - "
        f"{_e(site)} (print version)</title><link rel='canonical' href='{url}'><meta name="
        "'robots' content='noindex'><style>body{font-family:Times,serif;max-width:680px;"
        "margin:20px auto}.no-print{font-family:Arial;font-size:12px}@media print{.no-print"
        "{display:none}}sup{font-size:9px}</style></head>"
        f"<body class='print'{onload}>{top_controls}{printed_from}<div class='print-masthead'>"
        f"<img src='{base}/static/logo-print.gif' alt='{_a(site)}'><span>{_e(site)}</span>"
        f"</div>{opening}<p class='print-section'>{_e(a['section'])}</p><h1>{_e(a['title'])}"
        f"</h1>{standfirst}{byline}{photo}<div class='print-body'>{''.join(body)}</div><div "
        f"class='print-links'><h2>Links in this article</h2><ol>{link_list}</ol></div>"
        f"{closing}<div class='print-notices'><p>&copy; {year} {_e(company)}. All rights "
        "reserved. This copy is for your personal, non-commercial use only.</p><p>To order "
        "presentation-ready copies for distribution to your colleagues, clients or customers, "
        f"visit {base}/reprints or call {phone}. Distribution and use of this material are "
        "governed by our terms of use and by copyright law, and it may not be posted on other "
        "websites or shared in bulk without our written permission.</p></div>"
        f"{printed_from}{controls}</div></body></html>"
    )


# --- archived: a web-archive snapshot of an older news site ------------------------------

ARCHIVE = "https://web.archive.example"
COLLECTIONS = [
    (
        "Local News Preservation Project",
        "A volunteer project that saves the websites of local and regional newspapers, many of "
        "which have since closed or taken their archives offline.",
        "Regional News Crawl",
        "Pages from about 1,400 local news sites, captured every day by an automated crawler. "
        "Captures are made available six hours after they are taken.",
    ),
    (
        "Archive Team",
        "Archive Team is a loose collective of people who work to save websites before they "
        "disappear. Its crawls are donated to the archive and are open to everyone.",
        "News Outlinks",
        "Pages linked from news sites and social media, captured within hours of being "
        "published so that later changes and deletions can be traced.",
    ),
    (
        "State Library Web Archiving Program",
        "The state library has collected websites of historical and cultural interest since "
        "2009, as part of its legal duty to preserve the state's published record.",
        "Community Newspapers",
        "A selective collection of community newspapers chosen by librarians and captured "
        "once a week. Some pages may be missing images that were not saved at the time.",
    ),
]
OLD_SITES = [
    ("The Valley Herald-Journal", "heraldjournal", "Herald-Journal Publishing Co."),
    ("Lakeshore Daily Press", "lakeshoredailypress", "Lakeshore Press Group"),
    ("The County Examiner", "countyexaminer", "Examiner Newspapers Inc."),
]
OLD_NAV = ["Home", "News", "Sports", "Business", "Opinion", "Obituaries", "Classifieds", "Contact"]
OLD_RELATED = [
    "School board approves new bus routes for fall",
    "Farmers market moves to Saturday mornings",
    "County fair sets attendance record",
    "Bridge repairs to close River Road for two weeks",
    "Hospital opens new maternity wing",
    "Historic theater reopens after renovation",
]
OLD_POPULAR = [
    "Police: Man arrested after chase ends in cornfield",
    "New restaurant opens in former bank building",
    "Photos: Homecoming parade fills Main Street",
    "Letter: Our roads need attention now",
    "Obituary: Dorothy Mae Kessler, 94",
]


def archived(a: dict[str, Any], rng: random.Random) -> str:
    """An archive's snapshot: its toolbar, then the old table-laid page with rewritten links."""
    site, domain, company = rng.choice(OLD_SITES)
    org, org_about, collection, collection_about = rng.choice(COLLECTIONS)
    paragraphs = a["paragraphs"]
    year, month, day, clock = _date(a)
    published = datetime.fromisoformat(a["published"]).astimezone(UTC)
    captured = published + timedelta(
        days=rng.randrange(0, 20), hours=rng.randrange(1, 20), seconds=rng.randrange(3600)
    )
    ts = captured.strftime("%Y%m%d%H%M%S")
    first = captured - timedelta(days=rng.randrange(0, 3))
    last = captured + timedelta(days=rng.randrange(30, 400))
    captures = rng.randrange(3, 60)
    old = f"http://www.{domain}.example"
    orig = f"{old}/news/{_slug(a['section'])}/{a['slug']}.html"

    def wb(url: str) -> str:
        """A link as the archive rewrites it: to its own capture of the page."""
        return f"{ARCHIVE}/web/{ts}/{url}"

    def im(url: str) -> str:
        return f"{ARCHIVE}/web/{ts}im_/{url}"

    def short(d: datetime) -> str:
        return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"

    months = "".join(
        f"<a href='{ARCHIVE}/web/{captured.year}{m:02d}01000000*/{orig}'"
        + (" class='cur'" if m == captured.month else "")
        + f">{_MONTHS[m - 1][:3].upper()}</a>"
        for m in (captured.month - 1 or 12, captured.month, captured.month % 12 + 1)
    )
    toolbar = (
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp-base' lang='en' style='display:"
        "block'><div id='wm-ipp' style='position:fixed;top:0;left:0;width:100%'><div id='wm-"
        "ipp-inside'><table id='wm-ipp-toolbar' cellpadding='0' cellspacing='0'><tr><td "
        f"class='logo'><a href='{ARCHIVE}/web/' title='Web Archive home page'>Web Archive</a>"
        f"</td><td class='c'><form target='_top' method='get' action='{ARCHIVE}/web/submit'>"
        f"<input type='text' name='url' value='{orig}' size='80'><input type='submit' value="
        f"'Go'></form><table><tr><td class='n'>{months}</td></tr><tr><td class='sparkline'>"
        "<div id='wm-sparkline' title='Explore captures for this URL'><canvas width='475' "
        f"height='27'></canvas></div></td></tr><tr><td class='y'>{captured.year - 1} "
        f"{captured.year} {captured.year + 1}</td></tr></table></td><td class='d'><a id='wm-"
        f"capinfo-btn' href='{ARCHIVE}/web/*/{orig}'><strong>{captures} captures</strong></a>"
        f"<div class='wm-range'>{short(first)} - {short(last)}</div></td><td class='r'><a "
        "href='#' id='wm-capinfo-toggle'>About this capture</a> <a href='#close'>Close</a> "
        f"<a href='{ARCHIVE}/web/help'>Help</a></td></tr></table><div class='wm-saved'>Saved "
        f"from {orig}</div><div id='wm-capinfo' style='display:none'><div id='wm-capinfo-"
        "collected-by'><div class='wm-title'>COLLECTED BY</div><p>Organization: <a href='"
        f"{ARCHIVE}/details/{_slug(org)}'>{_e(org)}</a></p><p>{_e(org_about)}</p><p>"
        f"Collection: <a href='{ARCHIVE}/details/{_slug(collection)}'>{_e(collection)}</a>"
        f"</p><p>{_e(collection_about)}</p></div><div id='wm-capinfo-timestamps'><div class="
        f"'wm-title'>TIMESTAMPS</div><p>This page was captured on {short(captured)} at "
        f"{captured:%H:%M:%S} UTC. The files it loads, such as images and style sheets, may "
        "have been captured at other times, and some of them may not have been captured at "
        "all.</p></div></div></div></div></div><!-- END WAYBACK TOOLBAR INSERT -->"
    )

    agency = _agency(paragraphs[0])
    credit = AGENCIES[agency] if agency else "Staff writer"
    div_body = rng.random() < 0.5
    blocks = "".join(
        (f"<h3 class='subhead'>{_e(p)}</h3>" if div_body else f"<p><strong>{_e(p)}</strong></p>")
        if _is_subheading(p)
        else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )
    story = f"<div id='article-text' class='article-body'>{blocks}</div>" if div_body else blocks
    wire = (
        f"<p class='copyright'><em>Copyright {year} {_e(AGENCIES[agency])}. All rights "
        "reserved. This material may not be published, broadcast, rewritten or redistributed."
        "</em></p>"
        if agency
        else ""
    )
    comments = (
        "<div class='comments'><h4>Comments (0)</h4><p>Comments are closed on this story. "
        "Please read our guidelines before commenting on other stories.</p></div>"
        if rng.random() < 0.5
        else "<div id='disqus_thread'><p>Please enable JavaScript to view the comments on "
        "this story.</p></div>"
    )
    section_url = f"{old}/news/{_slug(a['section'])}/"
    main_cell = (
        f"<td id='maincol' width='640' valign='top'><div class='breadcrumb'><a href='"
        f"{wb(old + '/')}'>Home</a> &gt; <a href='{wb(old + '/news/')}'>News</a> &gt; <a "
        f"href='{wb(section_url)}'>{_e(a['section'])}</a></div><h1 class='headline'>"
        f"{_e(a['title'])}</h1><div class='byline'>By {_e(a['author'])}<br>{_e(credit)}<br>"
        f"Posted: {_MONTHS[month - 1][:3]} {day}, {year} {clock.upper()}</div><div class="
        f"'tools'><a href='{wb(old + '/email?story=' + a['slug'])}'>Email</a> | <a href='"
        f"{wb(old + '/print/' + a['slug'])}'>Print</a> | <a href='{wb(old + '/share')}'>Share"
        f"</a></div><div class='photo'><img src='{im(old + '/images/' + a['slug'] + '.jpg')}' "
        f"width='400' alt=''></div>{story}{wire}{comments}</td>"
    )
    related = "".join(
        f"<li><a href='{wb(old + '/news/' + _slug(t) + '.html')}'>{_e(t)}</a></li>"
        for t in rng.sample(OLD_RELATED, 4)
    )
    popular = "".join(
        f"<li><a href='{wb(old + '/news/' + _slug(t) + '.html')}'>{_e(t)}</a></li>"
        for t in rng.sample(OLD_POPULAR, 4)
    )
    side_cell = (
        f"<td id='sidecol' width='300' valign='top'><div class='related'><h3>Related Stories"
        f"</h3><ul>{related}</ul></div><div class='popular'><h3>Most Popular</h3><ol>{popular}"
        f"</ol></div><div class='ad'><p>Advertisement</p><img src='{im('http://ads.' + domain)}"
        f".example/banner300x250.gif' width='300' height='250' alt=''></div><div class='"
        f"weather'><h3>Weather</h3><p>Weather data is temporarily unavailable. Please check "
        f"back later.</p></div></td>"
    )
    side_first = rng.random() < 0.5
    cells = f"{side_cell}{main_cell}" if side_first else f"{main_cell}{side_cell}"
    nav = " | ".join(
        f"<a href='{wb(old + '/' + (_slug(n) + '/' if n != 'Home' else ''))}'>{n}</a>"
        for n in OLD_NAV
    )
    retrieved = last + timedelta(days=rng.randrange(1, 200), seconds=rng.randrange(86400))
    return (
        f"<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN'><html><head><script "
        f"src='{ARCHIVE}/_static/js/bundle-playback.js?v=1B2M2Y8A' charset='utf-8'></script>"
        f"<script>__wm.init('{ARCHIVE}/web');__wm.wombat('{orig}','{ts}','{ARCHIVE}/','web',"
        f"'/_static/');</script><link rel='stylesheet' href='{ARCHIVE}/_static/css/banner-"
        "styles.css'><!-- End Wayback Rewrite JS Include --><meta http-equiv='Content-Type' "
        f"content='text/html; charset=utf-8'><title>{_e(a['title'])} - {_e(site)}</title><link"
        f" rel='stylesheet' href='{ARCHIVE}/web/{ts}cs_/{old}/css/main.css'></head><body>"
        f"{toolbar}<table width='960' align='center' cellpadding='0' cellspacing='0' id='"
        f"container'><tr><td colspan='2' id='header'><a href='{wb(old + '/')}'><img src='"
        f"{im(old + '/images/logo.gif')}' alt='{_a(site)}'></a><div class='date'>"
        f"{_WEEKDAYS[captured.weekday()]}, {_MONTHS[captured.month - 1]} {captured.day}, "
        f"{captured.year}</div><form action='{wb(old + '/search')}'><input name='q'><input "
        f"type='submit' value='Search'></form></td></tr><tr><td colspan='2' id='nav'>{nav}"
        f"</td></tr><tr>{cells}</tr><tr><td colspan='2' id='footer'><p>{nav}</p><p>Copyright "
        f"&copy; {year} {_e(company.rstrip('.'))}. All rights reserved. Use of this site "
        "constitutes "
        "acceptance of our terms of service and privacy policy.</p><p>This site is best viewed "
        "with a current browser and JavaScript turned on.</p></td></tr></table></body></html>"
        f"<!-- FILE ARCHIVED ON {captured:%H:%M:%S} {short(captured)} AND RETRIEVED FROM THE "
        f"ARCHIVE ON {retrieved:%H:%M:%S} {short(retrieved)}. JAVASCRIPT APPENDED BY THE WEB "
        "ARCHIVE. ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT. -->"
    )


# Layouts for the twelfth fresh set, written blind: only ever paired with fresh12.jsonl,
# beside FRESH12_KNOWN, three older layouts no set from the third to the eleventh knew.
FRESH12_TEMPLATES: dict[str, Template] = {
    "issue": issue,
    "printview": printview,
    "archived": archived,
}
FRESH12_KNOWN = ("zeitung", "platform", "wiki")


def build_fresh12() -> list[Page]:
    """The twelfth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh12.jsonl",
        FRESH12_KNOWN,
        FRESH12_TEMPLATES,
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
        ),
    )
