"""The fourteenth fresh set: new article texts in three known and three new page layouts.

`build_fresh14()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh14.jsonl (a record "2.7
million tonnes" of Kazakh wheat sent to China by rail, with a trader who "told Reuters",
Tonga cut off again by a broken undersea cable, a winter commuter train between Wasilla and
Anchorage with a paragraph that is a timetable in one sentence ("Trains will leave Wasilla
at 5:50 a.m., 6:40 a.m. and 7:30 a.m. and return ..."), a Texas man convicted over fake
unpaid-toll texts, with the scam's own words quoted ('"Click here to pay now and avoid
further action," the messages said, ...'), the verdict as a paragraph of its own ("The jury
found him guilty on all counts.") and a lawyer who "told The Associated Press", a small
French Alpine ski resort shut for good, with a mayor who "told AFP" and a paragraph that is
one long quotation, French Polynesia freezing pearl farm licences, a stadium concert that
ran past its curfew, with a paragraph that begins with a clock time like a live update ("By
11:15 p.m., a quarter of an hour after the curfew, ..."), the four-word paragraph "The band
played on." and one that begins "Posted on a residents' Facebook group" like a post footer,
a Welsh pier closed at a day's notice, with a paragraph that begins "Pinned to the locked
gates" like a live page's pinned label, a radio exchange printed as two speaker-labelled
paragraphs ("Pryce: We wrote to ..." and "Mendes: We were not told. ...") and a "When the
pier could reopen" subheading, a streamer's energy drink video banned by the advertising
watchdog, with a paragraph that opens with the word "Advertisement" in quotation marks, an
island primary school reopening with six pupils, with the four-word paragraph "All six
turned up." and a "How the school will be staffed" subheading, a village's last cash machine
taken away, and a village cricket final won off the last ball with the four-word paragraph
"The throw missed the stumps.") in three known layouts (FRESH14_KNOWN) and in three new
ones, FRESH14_TEMPLATES: 72 pages. The new ones are:

- a live-updates page, not a classic live blog ("liveupdates"): the site's header and
  navigation, a "LIVE" badge over the headline, an "Updated ..." line with the time of the
  newest update and a byline of three reporters; a "Key updates" (or "What we know so far")
  list of four short sentences: the lead's first clause as a sentence, two sentences lifted
  from the story (never a whole paragraph) and a sentence of the newsroom's own ("We will
  update this page as new details are confirmed."); then the feed, which opens with the
  story as a single update card: a "Pinned" label, a timestamp ("4:05 p.m."), a heading of
  its own ("What we know"), "From <author>", the story as <p>s (subheadings as <h3> or
  <p><strong>) and, on some pages, an italic "... contributed reporting." line after the
  last paragraph in the same card, then "Copy link" and "Share" buttons; after it three to
  five other update cards, none of them truth, each with a timestamp, a heading, "From ..."
  and two sentences of related developments (on some pages one of them is newer than the
  pinned card, the others are older, newest first); a "Load more updates" button, a "Follow
  live updates on our app" box of sentences (before the feed on some pages, after it on the
  others), "Related coverage" and a footer of sentences. The cards are <article>s inside
  <main> on some pages and plain <div>s, with no <main>, on the others;
- a hyperlocal news blog on Blogger ("blogspot"): the Blogger navbar ("Next Blog",
  "Create Blog", "Sign In"), the blog's title and description sentence, page tabs, the
  date header ("Tuesday, March 3, 2026"), the post title as <h3 class="post-title">, then
  the post body in one of the three ways Blogger's editors write it: text with
  <br /><br /> between paragraphs and <b> subheadings, no <p> at all; one
  <div style="text-align: justify;"> per paragraph with an empty <div><br /></div> between
  them; or <p>s with <h3> subheadings; a photo in a Blogger caption table (at the top or
  after the lead) on some pages; at the end of the body, for a wire story, an italic
  "Source: <agency>" line and, on some pages, an italic tip line ("Got a story for ...?");
  then the post footer ("Posted by <author> at 4:05 PM", "Email This", "BlogThis!", share
  links, "Labels: ..."), comments ("No comments:" or "N comments:" with readers' comments
  in sentences, a moderation note and "Post a Comment"), the "Newer Post | Older Post |
  Home" pager and "Subscribe to: Post Comments (Atom)"; a sidebar with an "About" widget
  of sentences, "Popular Posts" whose snippets include this post's own (the lead cut off
  after about 140 characters and "..."), "Follow by Email", "Total Pageviews", the "Blog
  Archive" tree listing this post's title, and "Report Abuse"; and "Powered by Blogger."
  with the theme credit. The classic theme has no <main> or <article> and puts the sidebar
  after the post; the newer theme puts the post in <main><article> and the sidebar first;
- a messaging app's public channel preview, Telegram-like ("tgchannel"): the preview's
  header (a search box, the channel's name and its subscriber count, "View in Telegram"),
  then the channel's history in <section class="tgme_channel_history">, oldest first: two
  to four older posts (short news items with a bold headline, two sentences and a "Read
  more" link) and, on some pages, a photo post with a caption sentence just before the
  story; then the story as one post: on some pages a "Forwarded from ..." line, then one
  text <div> with the headline in <b>, the paragraphs separated by <br/><br/> (no <p>, and
  subheadings in <b>), a "Read on our website" link and hashtags; on some pages a link
  preview card (the channel's name, the headline and the lead's first clause as a
  sentence); reactions with counts; views, on some pages "edited", and a time; then one
  to three newer posts and, on some pages, an anonymous poll with percentages and a vote
  count; beside the history a channel info column with the @name, counters, a
  description in sentences and a note in sentences on how to join the channel in the app.

The hard cases, each asserted in tests/bench/test_fresh14.py: the four-word "The band
played on.", "All six turned up." and "The throw missed the stumps." (one-sentence
paragraphs of a few words); one paragraph that is all quotation (the ski resort's mayor,
40+ words); closing quotes after the full stop in paragraphs that do not open with one;
"2.7 million" and "11:15 p.m."; "told Reuters", "told The Associated Press" and "told AFP";
two subheadings, one in each of two articles; wire datelines of Reuters, AP and AFP on six
of the 12 leads. And the new traps, each a thing real stories carry that looks like
something else: two paragraphs that open with a speaker's name and a colon, as an interview
transcript does ("Mendes: We were not told."), a paragraph that is a timetable of six
times in one sentence, a court's verdict as a one-sentence paragraph, a scam text's "Click
here to pay now" quoted as news, a paragraph that opens with the word "Advertisement" (in
quotation marks, as the watchdog's ruling), a paragraph that opens with a clock time ("By
11:15 p.m., ...") like a live update's timestamp, one that opens "Pinned to" like a pinned
card's label, and one that opens "Posted on" like a blog post's footer.

The truth is the article's paragraphs only; badges, "Updated" lines, key updates, pinned
labels, timestamps, card headings, "From" lines, contributor lines, other update cards,
buttons, app boxes, related lists, Blogger's navbar, descriptions, tabs, date headers,
captions, source and tip lines, post footers, labels, comments, pagers, feed links,
widgets, snippets, archives, channel headers, other posts, polls, forwarded lines, website
links, hashtags, link previews, reactions, views, channel info and footers are not. Every
truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "factcheck" puts the story as <p>s in <div class="fc-story"> (subheadings as
<h2>) and starts its "Our ruling" box with the lead's first clause, so that clause is on the
page twice; "epaper" spreads the story over three columns on two pages, cutting only
between whole paragraphs and never after a subheading (an <h4>), and credits the agency of
a wire story beside the byline; "issue" sets the story as the lead item of a newsletter,
either one <td> per paragraph (subheadings as <td><strong>) or <p>s in one <td>
(subheadings as <h3>), and lists the headline in its "In this issue" box on some pages.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
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
from streams.bench.fresh13 import FRESH13_TEMPLATES, _count
from streams.bench.pages import (
    _MONTHS,
    AGENCIES,
    LAYOUTS,
    PHOTO_CAPTIONS,
    Page,
    Template,
    _date,
    _e,
    _head,
    _slug,
    build_set,
)

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _clock(when: datetime) -> str:
    """A time as news sites write it: "4:05 p.m."."""
    return f"{(when.hour - 1) % 12 + 1}:{when.minute:02d} {'a.m.' if when.hour < 12 else 'p.m.'}"


def _day(when: datetime) -> str:
    """A date as "March 3, 2026"."""
    return f"{_MONTHS[when.month - 1]} {when.day}, {when.year}"


# --- liveupdates: a live-updates page whose pinned card is the story ----------------------

LIVE_SITES = [
    ("The Daily Meridian", "dailymeridian", "Meridian News Group Ltd"),
    ("Newsline 24", "newsline24", "Newsline Broadcasting Company"),
    ("The Continental Times", "continentaltimes", "Continental Times Media Inc."),
]
LIVE_NAV = ["Home", "World", "Politics", "Business", "Climate", "Science", "Sport", "Live", "Video"]
KEY_LABELS = ["Key updates", "What we know so far"]
PINNED_HEADINGS = ["What we know", "The story so far", "Here is what happened"]
LIVE_REPORTERS = [
    "Lina Haddad",
    "Peter Osei",
    "Grace Whitfield",
    "Tomas Novak",
    "Hana Ito",
    "Rhys Pemberton",
]
KEY_EXTRAS = [
    "We will update this page as new details are confirmed.",
    "Officials are expected to say more later today.",
]
OTHER_UPDATES = [
    (
        "Officials to brief reporters later today",
        [
            "A spokesperson said officials would hold a news conference later today to answer "
            "questions.",
            "We will stream it on this page when it begins and summarise what is said.",
        ],
    ),
    (
        "How we are reporting this story",
        [
            "Our reporters are speaking to the people affected and to officials.",
            "When something we reported earlier changes, we will say so in a new update rather "
            "than quietly edit an old one.",
        ],
    ),
    (
        "Reaction spreads on social media",
        [
            "Posts about the news were shared thousands of times within the first hour.",
            "Many people said they had not expected the announcement so soon, while others said "
            "it was long overdue.",
        ],
    ),
    (
        "Opposition politicians ask for more details",
        [
            "Opposition politicians said the public deserved a fuller explanation.",
            "They asked for the documents behind the decision to be published in full.",
        ],
    ),
    (
        "Local businesses wait to see the impact",
        [
            "Owners of several small businesses told our reporters they were waiting for more "
            "information before making plans.",
            "Some said worried customers had already been in touch.",
        ],
    ),
    (
        "Experts say it is too early to draw conclusions",
        [
            "Two researchers we spoke to said a clearer picture would emerge over the coming "
            "weeks.",
            "Both said the figures published so far should be treated with caution.",
        ],
    ),
    (
        "Earlier: first reports emerge",
        [
            "The first reports appeared early in the day, when people began posting photographs "
            "and messages online.",
            "Officials confirmed the main details within the hour.",
        ],
    ),
]
RELATED_LIVE = [
    "Explained: what the new figures mean for you",
    "Timeline: how the story unfolded over the past year",
    "Analysis: the questions officials still have to answer",
    "In pictures: the day in photographs",
    "Opinion: why this matters more than it seems",
]


def liveupdates(a: dict[str, Any], rng: random.Random) -> str:
    """A live page: key updates, the story as the pinned card, other cards, an app box."""
    site, domain, company = rng.choice(LIVE_SITES)
    base = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    wrapped = rng.random() < 0.5
    app_first = rng.random() < 0.5
    contributed = rng.random() < 0.5
    strong = rng.random() < 0.5
    card = "article" if wrapped else "div"
    reporters = rng.sample(LIVE_REPORTERS, 3)

    # The other cards: at most one newer than the pinned story, the rest older, newest first.
    others = rng.sample(OTHER_UPDATES, rng.randrange(3, 6))
    others.sort(key=lambda update: update[0].startswith("Earlier:"))  # The oldest, if picked.
    newer = rng.randrange(0, 2)
    times = [published + timedelta(minutes=rng.randrange(12, 50))] if newer else []
    when = published
    for _ in range(len(others) - newer):
        when -= timedelta(minutes=rng.randrange(14, 55))
        times.append(when)
    latest = max([published, *times])

    lifted = [s for s in _sentences(paragraphs[1:], 8, 30) if s not in paragraphs]
    picked = sorted(rng.sample(range(len(lifted)), 2))
    bullets = [_lead_clause(paragraphs[0]), *(lifted[k] for k in picked), rng.choice(KEY_EXTRAS)]
    key = "".join(f"<li>{_e(b)}</li>" for b in bullets)

    blocks = "".join(
        (f"<p><strong>{_e(p)}</strong></p>" if strong else f"<h3>{_e(p)}</h3>")
        if _is_subheading(p)
        else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )
    if contributed:
        blocks += (
            f"<p class='contrib'><em>{_e(reporters[1])} and {_e(reporters[2])} contributed "
            "reporting.</em></p>"
        )
    actions = (
        "<div class='update-actions'><button class='copy-link'>Copy link</button> <button "
        "class='share'>Share</button></div>"
    )
    pinned = (
        f"<{card} class='live-update live-update--pinned' id='update-{rng.randrange(10**6)}' "
        f"data-timestamp='{published.isoformat()}'><div class='update-meta'><span class='"
        f"pinned-label'>Pinned</span> <time datetime='{published.isoformat()}'>"
        f"{_clock(published)}</time></div><h2 class='update-title'>"
        f"{rng.choice(PINNED_HEADINGS)}</h2><p class='update-byline'>From {_e(a['author'])}</p>"
        f"<div class='update-body'>{blocks}</div>{actions}</{card}>"
    )
    cards = "".join(
        f"<{card} class='live-update' id='update-{rng.randrange(10**6)}' data-timestamp='"
        f"{t.isoformat()}'><div class='update-meta'><time datetime='{t.isoformat()}'>"
        f"{_clock(t)}</time></div><h2 class='update-title'>{_e(heading)}</h2><p class='update-"
        f"byline'>From {_e(rng.choice(reporters))}</p><div class='update-body'>"
        + "".join(f"<p>{_e(s)}</p>" for s in texts)
        + f"</div>{actions}</{card}>"
        for t, (heading, texts) in zip(times, others, strict=True)
    )
    app = (
        "<div class='app-promo'><p><strong>Follow live updates on our app.</strong> Get the "
        "latest updates as they happen, with an alert for every major development in this "
        f"story.</p><a href='https://apps.example/{domain}/ios'>App Store</a> <a href='https://"
        f"apps.example/{domain}/android'>Google Play</a></div>"
    )
    nav = "".join(f"<li><a href='{base}/{_slug(n)}'>{n}</a></li>" for n in LIVE_NAV)
    related = "".join(
        f"<li><a href='{base}/news/{_slug(t)}'>{_e(t)}</a></li>"
        for t in rng.sample(RELATED_LIVE, 3)
    )
    if wrapped:
        opening, closing = "<main id='main-content'><div class='live-page'>", "</div></main>"
        rail = ("<aside class='related'>", "</aside>")
    else:
        opening, closing = "<div id='main-content' class='live-page'>", "</div>"
        rail = ("<div class='related'>", "</div>")
    feed = (
        f"<div class='live-feed' aria-live='polite'>{pinned}{cards}</div><button class='load-"
        "more'>Load more updates</button>"
    )
    middle = f"{app}{feed}" if app_first else f"{feed}{app}"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body class='live'><a class='"
        f"skip' href='#main-content'>Skip to content</a><header class='site-header'><a class="
        f"'logo' href='{base}/'>{_e(site)}</a><nav><ul>{nav}</ul></nav><a class='subscribe' "
        f"href='{base}/subscribe'>Subscribe</a> <a href='{base}/login'>Sign in</a></header>"
        f"{opening}<div class='live-hero'><p class='live-badge'><span class='dot'></span>LIVE"
        f"</p><h1>{_e(a['title'])}</h1><p class='live-meta'>Updated {_clock(latest)}, "
        f"{_day(latest)}</p><p class='live-byline'>By {_e(a['author'])}, {_e(reporters[0])} "
        f"and {_e(reporters[1])}</p></div><section class='key-updates'><h2>"
        f"{rng.choice(KEY_LABELS)}</h2><ul>{key}</ul></section>{middle}{rail[0]}<h2>Related "
        f"coverage</h2><ul>{related}</ul>{rail[1]}{closing}<footer class='site-footer'><p>"
        "Times on this page are local to the story. Live coverage is written and checked by "
        f"our editors, and earlier updates are not changed once they are published.</p><p>"
        f"{_e(site)} is not responsible for the content of external sites.</p><ul><li><a "
        f"href='{base}/privacy'>Privacy</a></li><li><a href='{base}/terms'>Terms</a></li><li><a "
        f"href='{base}/contact'>Contact us</a></li></ul><p>&copy; {published.year} "
        f"{_e(company)}. All rights reserved.</p></footer></body></html>"
    )


# --- blogspot: a hyperlocal news blog on Blogger ------------------------------------------

BLOGS = [
    (
        "Upper Valley Dispatch",
        "uppervalleydispatch",
        "Independent news for the upper valley and its villages, written by volunteers since 2011.",
    ),
    (
        "The Harbour Side",
        "theharbourside",
        "A community news blog for the harbour towns: council news, sport, notices and the "
        "occasional agency report that matters here.",
    ),
    (
        "Greyfield Gazette Online",
        "greyfieldgazette",
        "Greyfield's news and notices, kept going by a small team of retired reporters and a "
        "lot of goodwill.",
    ),
]
BLOG_ABOUT = (
    "We are not part of any newspaper group, and we take no money from the council or from "
    "political parties. Our stories come from our volunteers, from readers and, now and then, "
    "from the news agencies. If you spot a mistake, tell us and we will put it right."
)
BLOG_POPULAR = [
    (
        "Parish council agrees to fix the footbridge at last",
        "After three years of complaints and two petitions, the parish council voted on Monday "
        "to pay for repairs to the footbridge over the mill stream ...",
    ),
    (
        "Meet the volunteers who keep the village bus running",
        "Every weekday morning at seven, one of eleven retired drivers picks up the keys to the "
        "minibus that connects the outlying farms ...",
    ),
    (
        "Summer fete raises a record sum for the school roof",
        "Sunshine, a dog show and a tug of war between the fire crew and the rugby club helped "
        "this year's fete raise more than ...",
    ),
    (
        "Main road to close for six weeks while water main is replaced",
        "Drivers will be sent on a diversion through the industrial estate from the start of "
        "next month while engineers dig up ...",
    ),
]
BLOG_TITLES = [
    "Allotment waiting list passes 100 names",
    "Library to open on Sunday afternoons",
    "New owners for the old mill cafe",
    "Village hall gets its new roof",
    "Police warn of doorstep sellers",
    "Youth football team unbeaten since October",
]
BLOG_COMMENTS = [
    (
        "Anonymous",
        "Thanks for posting this. Nobody else seems to be covering it, and the papers stopped "
        "sending reporters here years ago.",
    ),
    (
        "Margaret W",
        "Does anyone know whether there will be a public meeting about this? I would like to go "
        "along and ask a few questions.",
    ),
    (
        "Dave from the allotments",
        "Good to see it written down properly. There were all sorts of rumours going round the "
        "pub last night.",
    ),
    (
        "Anonymous",
        "Please keep us updated. My sister lives away and reads this blog to find out what is "
        "going on at home.",
    ),
]
THEMES = [("Simple", "merrydays"), ("Watermark", "Ollustrator"), ("Ethereal", "tjasam")]
_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _blogger_time(when: datetime) -> str:
    """Blogger's post time: "4:05 PM"."""
    return f"{(when.hour - 1) % 12 + 1}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def _snippet(text: str, size: int = 140) -> str:
    """Blogger's popular-post snippet: the text cut at a word before `size` characters."""
    return text[:size].rsplit(" ", 1)[0] + " ..."


def blogspot(a: dict[str, Any], rng: random.Random) -> str:
    """A Blogger post: the body in one of three editor styles, footer, comments, widgets."""
    blog, domain, description = rng.choice(BLOGS)
    base = f"https://{domain}.blogspot.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    year, month, _, _ = _date(a)
    agency = _agency(paragraphs[0])
    style = rng.choice(["br", "div", "p"])
    wrapped = rng.random() < 0.5
    photo_on = rng.random() < 0.6
    photo_top = rng.random() < 0.5
    tip = rng.random() < 0.5
    post_id = rng.randrange(10**18, 10**19)
    url = f"{base}/{year}/{month:02d}/{a['slug'][:40].rstrip('-')}.html"

    ends = []
    if agency:
        ends.append(f"<i>Source: {_e(AGENCIES[agency])}</i>")
    if tip:
        ends.append(
            f"<i>Got a story for {_e(blog)}? Email us at news@{domain}.example or message us "
            "on Facebook.</i>"
        )
    image = (
        f"<a href='https://blogger.googleusercontent.example/img/b/{rng.randrange(16**12):012x}/"
        f"s1600/{a['slug']}.jpg' style='margin-left: 1em; margin-right: 1em;'><img border='0' "
        "data-original-height='900' data-original-width='1600' height='360' src='https://"
        f"blogger.googleusercontent.example/img/b/{rng.randrange(16**12):012x}/s640/"
        f"{a['slug']}.jpg' width='640'></a>"
    )
    photo = (
        "<table align='center' cellpadding='0' cellspacing='0' class='tr-caption-container' "
        "style='margin-left: auto; margin-right: auto;'><tbody><tr><td style='text-align: "
        f"center;'>{image}</td></tr><tr><td class='tr-caption' style='text-align: center;'>"
        f"{_e(rng.choice(PHOTO_CAPTIONS))} (Photo: a reader)</td></tr></tbody></table>"
        if photo_on
        else ""
    )
    if style == "br":
        parts = [f"<b>{_e(p)}</b>" if _is_subheading(p) else _e(p) for p in paragraphs]
        if photo and not photo_top:
            parts[0] += photo
        text = "<br /><br />".join([*parts, *ends])
        body = f"{photo}{text}" if photo_top else text
    elif style == "div":
        divs = [
            f'<div style="text-align: justify;"><b>{_e(p)}</b></div>'
            if _is_subheading(p)
            else f'<div style="text-align: justify;">{_e(p)}</div>'
            for p in paragraphs
        ]
        divs += [f"<div>{end}</div>" for end in ends]
        if photo:
            divs.insert(0 if photo_top else 1, photo)
        body = '<div style="text-align: justify;"><br /></div>'.join(divs)
    else:
        ps = [f"<h3>{_e(p)}</h3>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs]
        ps += [f"<p>{end}</p>" for end in ends]
        if photo:
            ps.insert(0 if photo_top else 1, photo)
        body = "".join(ps)

    labels = ", ".join(
        f"<a href='{base}/search/label/{_slug(t)}' rel='tag'>{_e(t)}</a>"
        for t in (a["section"], "News")
    )
    share = "".join(
        f"<a class='goog-inline-block share-button sb-{k}' href='https://www.blogger.example/"
        f"share-post.g?blogID=77{post_id % 10**8}&postID={post_id}&target={k}' target='_blank' "
        f"title='{t}'><span class='share-button-link-text'>{t}</span></a>"
        for k, t in (
            ("email", "Email This"),
            ("blog", "BlogThis!"),
            ("twitter", "Share to X"),
            ("facebook", "Share to Facebook"),
            ("pinterest", "Share to Pinterest"),
        )
    )
    n_comments = rng.randrange(0, 4)
    comment_items = "".join(
        f"<dt class='comment-author' id='c{rng.randrange(10**9)}'>{_e(who)} said...</dt><dd "
        f"class='comment-body'><p>{_e(said)}</p></dd><dd class='comment-footer'><span class='"
        f"comment-timestamp'><a href='{url}?showComment={rng.randrange(10**12)}'>"
        f"{_day(published)} at {_blogger_time(published + timedelta(minutes=k * 47 + 30))}"
        "</a></span></dd>"
        for k, (who, said) in enumerate(rng.sample(BLOG_COMMENTS, n_comments), 1)
    )
    heading = "No comments:" if n_comments == 0 else f"{n_comments} comments:"
    if n_comments == 1:
        heading = "1 comment:"
    comments = (
        f"<div class='comments' id='comments'><a name='comments'></a><h4>{heading}</h4><div "
        f"id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-"
        f"block'>{comment_items}</dl></div><p class='comment-footer'><a href='https://www."
        f"blogger.example/comment.g?blogID=77{post_id % 10**8}&postID={post_id}' onclick=''>"
        "Post a Comment</a></p><p class='comment-note'>Comments are moderated and may take a "
        "few hours to appear. Please keep them civil and on the subject of the post.</p></div>"
    )
    post = (
        f"<div class='date-outer'><h2 class='date-header'><span>"
        f"{_WEEKDAYS[published.weekday()]}, {_day(published)}</span></h2><div class='date-"
        f"posts'><div class='post-outer'><div class='post hentry uncustomized-post-template' "
        "itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
        f"<a name='{post_id}'></a><h3 class='post-title entry-title' itemprop='name'>"
        f"{_e(a['title'])}</h3><div class='post-header'><div class='post-header-line-1'></div>"
        f"</div><div class='post-body entry-content' id='post-body-{post_id}' itemprop='"
        f"description articleBody'>{body}<div style='clear: both;'></div></div><div class='"
        "post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-"
        f"author vcard'>Posted by <span class='fn' itemprop='author'>{_e(a['author'])}</span>"
        f"</span> <span class='post-timestamp'>at <a class='timestamp-link' href='{url}' rel="
        f"'bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' "
        f"title='{a['published']}'>{_blogger_time(published)}</abbr></a></span> <span class='"
        f"post-comment-link'></span><div class='post-share-buttons goog-inline-block'>{share}"
        "</div></div><div class='post-footer-line post-footer-line-2'><span class='post-"
        f"labels'>Labels: {labels}</span></div></div></div>{comments}</div></div></div>"
    )
    pager = (
        f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='"
        f"blog-pager-newer-link' href='{base}/{year}/{month:02d}/{_slug(BLOG_TITLES[0])}.html' "
        f"title='Newer Post'>Newer Post</a></span> <span id='blog-pager-older-link'><a class='"
        f"blog-pager-older-link' href='{base}/{year}/{month:02d}/{_slug(BLOG_TITLES[1])}.html' "
        f"title='Older Post'>Older Post</a></span> <a class='home-link' href='{base}/'>Home</a>"
        f"</div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-"
        f"link' href='{base}/feeds/{post_id}/comments/default' target='_blank' type='application"
        "/atom+xml'>Post Comments (Atom)</a></div></div>"
    )
    popular = [(a["title"], _snippet(paragraphs[0]), url)] + [
        (t, s, f"{base}/{year}/{month:02d}/{_slug(t)}.html") for t, s in rng.sample(BLOG_POPULAR, 2)
    ]
    rng.shuffle(popular)
    popular_items = "".join(
        f"<li><div class='item-content'><div class='item-title'><a href='{u}'>{_e(t)}</a></div>"
        f"<div class='item-snippet'>{_e(s)}</div></div><div style='clear: both;'></div></li>"
        for t, s, u in popular
    )
    titles = rng.sample(BLOG_TITLES, 3)
    titles.insert(rng.randrange(0, 4), a["title"])
    posts = "".join(
        f"<li><a href='{url if t == a['title'] else f'{base}/{year}/{month:02d}/{_slug(t)}.html'}'"
        f">{_e(t)}</a></li>"
        for t in titles
    )
    older_months = "".join(
        f"<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'>&#9658;"
        f"&nbsp;</a><a class='post-count-link' href='{base}/{year}/{m:02d}/'>{_MONTHS[m - 1]}"
        f"</a> <span class='post-count' dir='ltr'>({rng.randrange(4, 12)})</span></li>"
        for m in range(month - 1, max(month - 4, 0), -1)
    )
    archive = (
        "<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='"
        "hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'"
        f">&#9660;&nbsp;</a><a class='post-count-link' href='{base}/{year}/'>{year}</a> <span "
        f"class='post-count' dir='ltr'>({rng.randrange(20, 60)})</span><ul class='hierarchy'>"
        "<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'>&#9660;"
        f"&nbsp;</a><a class='post-count-link' href='{base}/{year}/{month:02d}/'>"
        f"{_MONTHS[month - 1]}</a> <span class='post-count' dir='ltr'>({len(titles)})</span><ul "
        f"class='posts'>{posts}</ul></li>{older_months}</ul></li></ul></div>"
    )
    views = f"{rng.randrange(100000, 999999):,}"
    widgets = (
        f"<div class='widget HTML' id='HTML1'><h2 class='title'>About {_e(blog)}</h2><div "
        f"class='widget-content'>{_e(BLOG_ABOUT)}</div></div><div class='widget PopularPosts' "
        f"id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'>"
        f"<ul>{popular_items}</ul></div></div><div class='widget FollowByEmail' id='"
        "FollowByEmail1'><h2 class='title'>Follow by Email</h2><form action='https://"
        f"feedburner.example/fb/a/mailverify' method='post'><input class='follow-by-email-"
        f"address' name='email' placeholder='Email address...' type='text'><input class='"
        f"follow-by-email-submit' type='submit' value='Submit'></form></div><div class='widget "
        f"Stats' id='Stats1'><h2>Total Pageviews</h2><div class='widget-content'><span class='"
        f"counter-wrapper text-counter-wrapper'>{views}</span></div></div>{archive}<div class="
        f"'widget ReportAbuse' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' "
        f"href='https://www.blogger.example/go/report-abuse'>Report Abuse</a></h3></div>"
    )
    theme, artist = rng.choice(THEMES)
    navbar = (
        "<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar'><a "
        f"href='https://www.blogger.example/'>Blog</a> <a href='https://www.blogger.example/"
        f"next-blog?navBar=true&blogID=77{post_id % 10**8}'>Next Blog&raquo;</a> <a href='"
        "https://www.blogger.example/home#create'>Create Blog</a> <a href='https://www.blogger."
        "example/'>Sign In</a></div></div>"
    )
    header = (
        f"<div class='header-outer'><div class='Header widget' id='Header1'><h1 class='title'>"
        f"<a href='{base}/'>{_e(blog)}</a></h1><p class='description'><span>"
        f"{_e(description)}</span></p></div></div><div class='tabs-outer'><ul class='tabs'>"
        f"<li class='selected'><a href='{base}/'>Home</a></li><li><a href='{base}/p/about-us."
        f"html'>About us</a></li><li><a href='{base}/p/send-us-story.html'>Send us a story</a>"
        f"</li><li><a href='{base}/p/advertise.html'>Advertise with us</a></li></ul></div>"
    )
    blog_widget = (
        "<div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
        f"{post}</div>{pager}</div>"
    )
    if wrapped:
        layout = (
            f"<aside class='sidebar-container' id='sidebar-container'>{widgets}</aside><main "
            f"class='centered' id='main' role='main'><article class='post-outer-container'>"
            f"{blog_widget}</article></main>"
        )
    else:
        layout = (
            "<div class='main-outer'><div class='main-inner'><div class='column-center-outer'>"
            f"<div class='main section' id='main'>{blog_widget}</div></div><div class='column-"
            f"right-outer'><div class='sidebar section' id='sidebar-right-1'>{widgets}</div>"
            "</div></div></div>"
        )
    return (
        f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en-GB'><head><meta charset='utf-8'>"
        f"<title>{_e(blog)}: {_e(a['title'])}</title><link rel='alternate' type='application/"
        f"atom+xml' title='{_a(blog)} - Atom' href='{base}/feeds/posts/default'><link rel='"
        f"canonical' href='{url}'><meta property='og:title' content='{_a(a['title'])}'><style>"
        "body{font:normal normal 14px Georgia,serif}.post-body{line-height:1.5}</style><script"
        ">window['__wavt']='AOuZoY7';_WidgetManager._Init('//www.blogger.example/rearrange?"
        "blogID=77','//uppervalley/','77');</script></head><body class='loading variant-"
        f"{theme.lower()}'>{navbar}<div class='content'><div class='content-outer'>{header}"
        f"{layout}</div></div><footer class='footer-outer'><div class='widget Attribution' id="
        f"'Attribution1'><div class='widget-content'>Powered by <a href='https://www.blogger."
        f"example' target='_blank'>Blogger</a>.</div><div class='widget-content'>{theme} theme. "
        f"Theme images by <a href='https://www.istock.example/{artist.lower()}'>{artist}</a>."
        "</div></div></footer></body></html>"
    )


# --- tgchannel: a messaging app's public channel preview -----------------------------------

TG_CHANNELS = [
    (
        "Newsroom Brief",
        "newsroombrief",
        "newsroombrief",
        "Breaking news and full stories from our newsroom, around the clock. Send us tips "
        "through the bot in our profile, and please do not repost our stories without a link.",
    ),
    (
        "World Wire Digest",
        "worldwiredigest",
        "worldwiredigest",
        "World news as it happens, from the agencies and our own correspondents. No adverts "
        "and no spam, just the news.",
    ),
    (
        "The Evening Signal",
        "eveningsignal",
        "theeveningsignal",
        "The official channel of The Evening Signal. Our top stories, in full, every day, and "
        "the headlines you need before bed.",
    ),
]
FORWARDED_FROM = ["Wire Desk Live", "Morning Headlines", "Breaking Now"]
TG_POSTS = [
    (
        "Fuel prices to fall again from Monday",
        "The regulator says the price cap will drop by 3 cents a litre. It is the fourth cut "
        "in a row.",
    ),
    (
        "Storm warning for the north coast tonight",
        "Gusts of up to 90 km/h are expected after midnight. Ferry operators have cancelled "
        "the last two sailings.",
    ),
    (
        "National team names squad for autumn friendlies",
        "Two uncapped players are included in the squad of 26. The first match is in ten days.",
    ),
    (
        "Museums free on Sunday",
        "All national museums will open without charge this Sunday to mark their 150th "
        "anniversary. Long queues are expected.",
    ),
    (
        "Parliament to vote on new housing rules next week",
        "The bill would limit rent rises to once a year. Opposition parties say they will try "
        "to amend it.",
    ),
    (
        "Hospital opens new children's emergency unit",
        "The unit has 24 beds and its own entrance. Staff say waiting times should fall by half.",
    ),
    (
        "Heat alert extended until Friday",
        "Temperatures of up to 36C are forecast in the south. Doctors advise people to avoid "
        "the sun between noon and 4 p.m.",
    ),
    (
        "Train strike called off after late-night talks",
        "Unions and the rail operator reached a deal shortly before midnight. Services will run "
        "as normal tomorrow.",
    ),
]
TG_POLLS = [
    ("Will you change your travel plans this summer?", ["Yes", "No", "Not sure yet"]),
    ("How do you get most of your news?", ["From this channel", "Websites", "TV or radio"]),
]
TG_REACTIONS = ["&#128077;", "&#128558;", "&#128546;", "&#10084;"]


def _tg_time(when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}"


def tgchannel(a: dict[str, Any], rng: random.Random) -> str:
    """A channel preview: older posts, the story as one <br/>-separated post, newer posts."""
    channel, name, domain, description = rng.choice(TG_CHANNELS)
    base = f"https://t.me/s/{name}"
    site = f"https://www.{domain}.example"
    paragraphs = a["paragraphs"]
    published = datetime.fromisoformat(a["published"])
    forwarded = rng.random() < 0.5
    preview = rng.random() < 0.5
    photo_post = rng.random() < 0.5
    poll_post = rng.random() < 0.5
    older, newer = rng.randrange(2, 5), rng.randrange(1, 4)
    story_id = rng.randrange(4000, 90000)
    subscribers = f"{rng.randrange(20, 900)}K"

    def footer(post_id: int, when: datetime, edited: bool = False) -> str:
        flag = "<span class='tgme_widget_message_edited'>edited</span> " if edited else ""
        return (
            "<div class='tgme_widget_message_footer compact js-message_footer'><div class='"
            "tgme_widget_message_info short js-message_info'><span class='tgme_widget_message_"
            f"views'>{_count(rng)}</span><span class='copyonly'> views</span><span class='"
            f"tgme_widget_message_meta'>{flag}<a class='tgme_widget_message_date' href='https://"
            f"t.me/{name}/{post_id}'><time datetime='{when.isoformat()}' class='time'>"
            f"{_tg_time(when)}</time></a></span></div></div>"
        )

    def message(post_id: int, inner: str) -> str:
        return (
            "<div class='tgme_widget_message_wrap js-widget_message_wrap'><div class='tgme_"
            f"widget_message text_not_supported_wrap js-widget_message' data-post='{name}/"
            f"{post_id}' data-view='{rng.randrange(16**12):012x}'><div class='tgme_widget_"
            f"message_user'><a href='https://t.me/{name}'><i class='tgme_widget_message_user_"
            f"photo'><img src='https://cdn.tgpreview.example/{name}.jpg'></i></a></div><div "
            "class='tgme_widget_message_bubble'><i class='tgme_widget_message_bubble_tail'></i>"
            "<div class='tgme_widget_message_author accent_color'><a class='tgme_widget_message_"
            f"owner_name' href='https://t.me/{name}'><span dir='auto'>{_e(channel)}</span></a>"
            f"</div>{inner}</div></div></div>"
        )

    def news_post(post_id: int, when: datetime, headline: str, text: str) -> str:
        link = f"{site}/news/{_slug(headline)}"
        return message(
            post_id,
            f"<div class='tgme_widget_message_text js-message_text' dir='auto'><b>{_e(headline)}"
            f"</b><br/><br/>{_e(text)}<br/><br/><a href='{link}' target='_blank' rel='noopener'>"
            f"Read more</a></div>{footer(post_id, when)}",
        )

    items = rng.sample(TG_POSTS, older + newer)
    # Older posts, oldest first, then (on some pages) a photo post just before the story.
    before_ids = range(story_id - older - int(photo_post), story_id)
    times: list[datetime] = []
    when = published
    for _ in before_ids:
        when -= timedelta(minutes=rng.randrange(6, 70))
        times.insert(0, when)
    before = [
        news_post(post_id, t, *items[k])
        for k, (post_id, t) in enumerate(zip(before_ids[:older], times[:older], strict=True))
    ]
    if photo_post:
        photo_id = story_id - 1
        before.append(
            message(
                photo_id,
                f"<a class='tgme_widget_message_photo_wrap' href='https://t.me/{name}/{photo_id}' "
                "style='width:800px;background-image:url(\"https://cdn.tgpreview.example/photo/"
                f"{rng.randrange(16**10):010x}.jpg\")'></a><div class='tgme_widget_message_text "
                f"js-message_text' dir='auto'>{_e(rng.choice(PHOTO_CAPTIONS))}. More in our next "
                f"post.</div>{footer(photo_id, times[-1])}",
            )
        )
    after = []
    when = published
    for k in range(newer):
        when += timedelta(minutes=rng.randrange(15, 80))
        after.append(news_post(story_id + 1 + k, when, *items[older + k]))
    if poll_post:
        question, options = rng.choice(TG_POLLS)
        shares = sorted((rng.randrange(5, 60) for _ in options), reverse=True)
        total = sum(shares)
        rows = "".join(
            f"<div class='tgme_widget_message_poll_option'><div class='tgme_widget_message_poll"
            f"_option_percent'>{round(100 * s / total)}%</div><div class='tgme_widget_message_"
            f"poll_option_text'>{_e(o)}</div></div>"
            for o, s in zip(options, shares, strict=True)
        )
        poll_id = story_id + newer + 1
        after.append(
            message(
                poll_id,
                f"<div class='tgme_widget_message_poll'><div class='tgme_widget_message_poll_"
                f"question'>{_e(question)}</div><div class='tgme_widget_message_poll_type'>"
                f"Anonymous poll</div>{rows}</div><div class='tgme_widget_message_voters'>"
                f"{rng.randrange(300, 9000):,} votes</div>"
                f"{footer(poll_id, when + timedelta(minutes=rng.randrange(10, 60)))}",
            )
        )

    tags = " ".join(
        f"<a href='?q=%23{t}'>#{t}</a>"
        for t in ("".join(c for c in a["section"] if c.isalnum()), "news")
    )
    source = rng.choice(FORWARDED_FROM)
    handle = _slug(source).replace("-", "")
    origin = f"https://www.{handle}.example" if forwarded else site
    link = f"{origin}/{_slug(a['section'])}/{a['slug']}"
    parts = [f"<b>{_e(p)}</b>" if _is_subheading(p) else _e(p) for p in paragraphs]
    text = (
        f"<b>{_e(a['title'])}</b><br/><br/>"
        + "<br/><br/>".join(parts)
        + f"<br/><br/><a href='{link}' target='_blank' rel='noopener'>Read on our website</a>"
        + f"<br/><br/>{tags}"
    )
    fwd = (
        "<div class='tgme_widget_message_forwarded_from accent_color'>Forwarded from <a class='"
        f"tgme_widget_message_forwarded_from_name' href='https://t.me/{handle}'><span "
        f"dir='auto'>{_e(source)}</span></a></div>"
        if forwarded
        else ""
    )
    card = (
        f"<a class='tgme_widget_message_link_preview' href='{link}'><div class='link_preview_"
        f"site_name accent_color' dir='auto'>{_e(channel)}</div><div class='link_preview_title' "
        f"dir='auto'>{_e(a['title'])}</div><div class='link_preview_description' dir='auto'>"
        f"{_e(_lead_clause(paragraphs[0]))}</div></a>"
        if preview
        else ""
    )
    reactions = "".join(
        f"<span class='tgme_reaction'><i class='emoji'>{r}</i>{_count(rng)}</span>"
        for r in rng.sample(TG_REACTIONS, 3)
    )
    story = message(
        story_id,
        f"{fwd}<div class='tgme_widget_message_text js-message_text' dir='auto'>{text}</div>"
        f"{card}<div class='tgme_widget_message_reactions'>{reactions}</div>"
        f"{footer(story_id, published, rng.random() < 0.4)}",
    )
    counters = "".join(
        f"<div class='tgme_channel_info_counter'><span class='counter_value'>{v}</span> <span "
        f"class='counter_type'>{t}</span></div>"
        for v, t in (
            (subscribers, "subscribers"),
            (_count(rng), "photos"),
            (_count(rng), "videos"),
            (_count(rng), "links"),
        )
    )
    info = (
        "<section class='tgme_right_column'><div class='tgme_channel_info'><div class='tgme_"
        "channel_info_header'><i class='tgme_page_photo_image'><img src='https://cdn.tgpreview."
        f"example/{name}.jpg'></i><div class='tgme_channel_info_header_title'><span dir='auto'>"
        f"{_e(channel)}</span></div><div class='tgme_channel_info_header_username'><a href='"
        f"https://t.me/{name}'>@{name}</a></div></div><div class='tgme_channel_info_counters'>"
        f"{counters}</div><div class='tgme_channel_info_description'>{_e(description)}</div>"
        "<div class='tgme_channel_download_telegram'><p>You are viewing a preview of this "
        "channel. Open it in the app to join it, to react to posts and to get new posts as "
        "notifications.</p><a class='tgme_channel_download_telegram_bottom' href='https://"
        "telegram.example/apps'>Download the app</a></div></div></section>"
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_e(channel)} &ndash; "
        f"Telegram</title><meta name='viewport' content='width=device-width, initial-scale=1.0'"
        f"><meta property='og:title' content='{_a(channel)}'><meta property='og:description' "
        f"content='{_a(description)}'><link rel='canonical' href='{base}'><script>var "
        "TWidget={};TWidget.initMessages=function(){return!0};</script></head><body class='"
        "widget_frame_base tgme_webpreview_body emoji_image'><header class='tgme_header search_"
        f"collapsed'><div class='tgme_header_search'><form class='tgme_header_search_form' "
        f"action='{base}'><input class='tgme_header_search_form_input' name='q' placeholder='"
        "Search' autocomplete='off'></form></div><div class='tgme_header_info'><a class='tgme_"
        f"header_link' href='https://t.me/{name}'><i class='tgme_page_photo_image'><img src='"
        f"https://cdn.tgpreview.example/{name}.jpg'></i><div class='tgme_header_title'>"
        f"{_e(channel)}</div><div class='tgme_header_counter'>{subscribers} subscribers</div>"
        f"</a></div><div class='tgme_header_right_column'><a class='tgme_action_button_new' "
        f"href='tg://resolve?domain={name}'>View in Telegram</a></div></header><main class='"
        "tgme_main'><div class='tgme_container'><section class='tgme_channel_history js-message"
        f"_history'><a class='tme_messages_more js-messages_more' data-before='{story_id - 9}' "
        f"href='{base}?before={story_id - 9}'></a>{''.join(before)}{story}{''.join(after)}"
        f"</section></div>{info}</main></body></html>"
    )


# Layouts for the fourteenth fresh set, written blind: only ever paired with fresh14.jsonl,
# beside FRESH14_KNOWN, three older layouts no set from the third to the thirteenth knew.
FRESH14_TEMPLATES: dict[str, Template] = {
    "liveupdates": liveupdates,
    "blogspot": blogspot,
    "tgchannel": tgchannel,
}
FRESH14_KNOWN = ("factcheck", "epaper", "issue")


def build_fresh14() -> list[Page]:
    """The fourteenth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh14.jsonl",
        FRESH14_KNOWN,
        FRESH14_TEMPLATES,
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
        ),
    )
