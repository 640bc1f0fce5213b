"""The eleventh fresh set: new article texts in three known and three new page layouts.

`build_fresh11()` was written blind, by a helper who never looked at the clean stage's rules
nor ran an extractor on its pages: the 12 texts of data/clean/fresh11.jsonl (fish back in
the northern Aral Sea with a fisherman who "told Reuters", a paragraph ending in a closing
quote after the full stop and the four-word paragraph "The fish are back.", La Paz's 11th
cable car line, children on Heimaey rescuing pufflings with a paragraph that begins with a
number ("8,412 pufflings were brought ..."), a Swedish daily ending its print edition with
a "What changes for subscribers" subheading, a paragraph that begins "Subscribers will get"
and one about its "terms of service and privacy policy", one that begins "Advertisers have
also moved online", Malta's first phone alert test with a paragraph that opens with a label
and a colon inside a sentence ("Warning: the alarm will sound ...") and one that quotes a
post on X ending in a hashtag, a translated-fiction prize shortlist with a paragraph that is
only a list of names, Indonesia's nickel ore quotas with "3.1 million" tonnes and a
"did not respond to a request for comment" line, an earthquake in Jamaica with the
six-word paragraph "The quake struck at 7:20 p.m." and a source who "told The Associated
Press", a town's grocery co-op with a "How the co-op will work" subheading and a paragraph
ending in "Inc.", the Panama Canal's daily crossings with a paragraph that is one long
quotation, four Welsh rowers with an Instagram caption quoted in full, and Berlin's first
hedgehog count with a paragraph that begins "Photos taken by the cameras" like a caption)
in three known layouts (FRESH11_KNOWN) and in three new ones, FRESH11_TEMPLATES: 72 pages.
The new ones are:

- the story reposted in full to a discussion site ("forum"): a site header with a search box
  and "Log in"/"Sign up", the community bar ("c/Science", members and "online" counts), the
  thread title (the headline) with the original site's domain, points and "% upvoted",
  "submitted 3 hours ago by u/...", the original link; then the opening post: on some pages
  a pasting note written as a sentence, the story as <p>s (subheadings as <h3> or
  <p><strong>), a "Source:" link line above or below it and, on some pages, an "Edit:" line;
  then the post's action bar, "sort by: best", a stickied moderator reminder of sentences
  ending "I am a bot ...", and a dozen reader comments in full sentences, nested two or
  three deep, two or three of them quoting a sentence of the story (as a <blockquote> or as
  a "&gt; " line; sometimes the sentence is a whole paragraph) before their own reaction,
  one "[deleted]" comment on some pages, "load more comments (N replies)"; a sidebar with
  the community's description, its rules written as sentences and the moderators; a footer
  of sentences ("Use of this site constitutes acceptance of our User Agreement and Privacy
  Policy."), a copyright line and a trademark line ending in "Inc.". The new skin puts the
  post in <main><article> and the sidebar after it; the old skin has plain <div>s only (no
  <main>, <article> or <aside>; the content <div> has role="main") and puts the sidebar
  first;
- a long-form magazine feature ("magazine"): a masthead with "Subscribe" and "Current issue"
  links, a kicker, the headline, a dek as <p class="dek"> (a sentence, not a heading), the
  byline with "Published ..." and "N min read", a "Listen to this article" player with an
  "Audio produced by ..." sentence, an illustration with "Illustration by ..." credit; then
  the story as <p>s with subheadings as <h2>. The drop cap is a CSS class on the first
  paragraph (<p class="has-dropcap">) styled with ::first-letter, not a <span> around its
  first letter: the shared check wants each escaped paragraph verbatim in the HTML. One or
  two pull quotes repeat a sentence of the story in <blockquote class="pullquote"> between
  paragraphs; a "By the numbers" box lists clauses of the story that hold figures (sentence
  fragments repeated from the story) in the middle of the story on some pages and after it
  on the others; after the story "This article appears in the March 2026 issue of ... with
  the headline ...", a "Subscribe to the magazine" pitch of sentences, the author's bio,
  "More from this issue" with authors and summary sentences, and a footer of sentences. The
  story sits in <main><article> on some pages and in plain <div>s on the others;
- a newspaper's e-paper text view ("epaper"): the reader's toolbar ("Text view", "Page
  view", "Download PDF") and section tabs, a page header "Page A4 | Tuesday, March 3, 2026 |
  ...", then the page's columns as <div class="col">: the section label, the headline, the
  byline and the first third of the story, then the next third closed by a "Continued on
  Page A9" jump line; another short story of the same page (its own headline, byline and
  three <p>s of sentences: not truth) with a weather box of sentences; "CLASSIFIEDS" text
  ads ("FOR SALE: ...", "HELP WANTED: ...") and a display advertisement of sentences; then
  the jump page's header "Page A9 | ...", a jump headline, "Continued from Page A4" and the
  rest of the story in its column, beside "Public notices" written as sentences (before it
  on some pages); the page navigation "&lt; A3 | A5 &gt;" and the publisher's imprint
  ("... is published daily except Sunday by ...", "POSTMASTER: Send address changes to
  ...") with an e-edition notice. No paragraph is split across columns or pages, and a
  column never ends on a subheading (subheadings are <h4>). The story's columns sit in an
  <article> inside <main> on some pages and in plain <div>s on the others.

The hard cases, each asserted in tests/bench/test_fresh11.py: the four-word "The fish are
back." and the six-word "The quake struck at 7:20 p.m." (a one-sentence paragraph, a time,
and a paragraph ending in "p.m."); one paragraph that is all quotation (Panama, 40+
words); closing quotes after the full stop in paragraphs that do not open with one;
"3.1 million"; "told Reuters" and "told The Associated Press"; two subheadings, one in
each of two articles; wire datelines of Reuters, AP and AFP on six of the 12 leads. And the
new traps: a label and a colon opening a sentence ("Warning: the alarm will sound ..."), a
paragraph that is only a list of names with bracketed translators, a paragraph opening with
a number, a quoted post on X ending in a hashtag and a quoted Instagram caption, a quoted
alert text ("The message will read: ..."), a company story whose paragraphs open
"Subscribers will get" and "Advertisers have also moved online" and mention its "terms of
service and privacy policy", a paragraph ending in "Inc.", a paragraph opening "Photos
taken by the cameras" like a caption, and a "did not respond to a request for comment" line.

The truth is the article's paragraphs only; community bars, points, submission lines,
pasting notes, source and edit lines, action bars, sort menus, reminders, comments and the
sentences they quote, rules, deks, players, credits, pull quotes, number boxes, issue lines,
pitches, bios, issue lists, toolbars, page headers, jump lines, other stories, weather
boxes, classified and display ads, public notices, page navigation and imprints are not.
Every truth paragraph is on each page, escaped, whole and in order.

The known layouts needed no extra data beside the texts, and none of them splits a
paragraph: "prwire" prints every paragraph, subheadings included, as a <p> of the release
body, with a photo after the lead and the issuer's "About", forward-looking statements and
media contact <p>s after the last one; "nordic" turns subheadings into <h2 class="subtitle">
and puts "Read also:" <p>s and a fact box between whole paragraphs; "sport" turns them into
<h3> and puts a "Player ratings" box between whole paragraphs.
"""

from __future__ import annotations

import random
import re
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading
from streams.bench.fresh8 import FRESH8_TEMPLATES
from streams.bench.fresh9 import FRESH9_TEMPLATES
from streams.bench.fresh10 import FRESH10_TEMPLATES
from streams.bench.pages import (
    _DATELINE,
    _MONTHS,
    _SENTENCE,
    LAYOUTS,
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


def _us_date(a: dict[str, Any]) -> str:
    """The article's date as "March 3, 2026"."""
    year, month, day, _ = _date(a)
    return f"{_MONTHS[month - 1]} {day}, {year}"


def _agency(lead: str) -> str:
    """The agency of a datelined lead ("Reuters", "AP", "AFP"); "" without a dateline."""
    found = _DATELINE.match(lead)
    return found.group(0).split("(")[1].split(")")[0] if found else ""


def _sentences(paragraphs: list[str], low: int, high: int) -> list[str]:
    """The story's sentences of `low` to `high` words, in order, subheadings left out."""
    return [
        s
        for p in paragraphs
        if not _is_subheading(p)
        for s in _SENTENCE.split(p)
        if low <= len(s.split()) <= high
    ]


# --- forum: the story reposted in full to a discussion site -------------------------------

FORUMS = [
    ("Threadline", "threadline", "Threadline Inc."),
    ("Upvote Commons", "upvotecommons", "Commons Social Inc."),
    ("Hearsay", "hearsay", "Hearsay Networks Inc."),
]
OUTLET_DOMAINS = {"Reuters": "reuters.example", "AP": "apnews.example", "AFP": "afp.example"}
LOCAL_DOMAINS = ["dailycourier.example", "metroherald.example", "thegazette.example"]
USERS = [
    "quietharbour",
    "mapsandtea",
    "not_a_geologist",
    "Ferrous_Wheel",
    "dunlin_77",
    "throwaway_8841",
    "saltmarsh_sam",
    "kettle_logic",
    "OldTownPlanner",
    "rainonthesea",
    "spanner_in_works",
    "GreyHeronFan",
    "midnight_allotment",
    "bus_route_42",
    "paper_lantern_9",
    "Cormorant_Dave",
]
FORUM_COMMENTS = [
    "This is the kind of story that never makes the front page, and it should. Thanks for "
    "posting the full text.",
    "I visited a few years ago and it was nothing like this. Good to see things changing.",
    "Does anyone have a link to the original report? The article mentions it but does not "
    "link to it.",
    "Every time one of these stories comes up, the comments are full of people who did not "
    "read past the headline.",
    "The numbers sound impressive, but I would like to know what it all looks like in five years.",
    "My uncle worked on something similar in the nineties. He always said the hard part was "
    "keeping people interested once the cameras left.",
    "Honestly this made my morning. We need more news like this and less of the usual.",
    "Not to be cynical, but who is paying for all of this, and what happens when the money "
    "runs out?",
    "I read the whole thing and I still do not understand why it took so long.",
    "Local here. It is a bigger deal than the article makes it sound, and most people I know "
    "are pleased about it.",
    "Can we keep the politics out of this thread for once? It is a genuinely interesting story.",
    "The photos in the original article are worth a look if you can get past the paywall.",
    "This reminds me of a documentary I watched last year. I will try to find the name and "
    "post it here.",
    "I am always a bit suspicious when the only people quoted are the ones running the project.",
    "Good reporting. It answers the obvious questions instead of just repeating a press release.",
    "Saving this to read properly later. Thanks for pasting it, the site will not load for me.",
    "Has anyone here actually been? I would love to hear how it looks on the ground.",
]
FORUM_REPLIES = [
    "Agreed, although I think the article is fair about it.",
    "Same here. It was on the radio this morning too.",
    "The link is in the post, right under the title.",
    "That is a fair question, and the article does not really answer it.",
    "You are not wrong, but it is still better than nothing.",
    "Source? I could not find that anywhere in the piece.",
    "This. Came here to say exactly the same thing.",
    "I asked the same thing last week and got downvoted for it.",
]
QUOTE_REACTIONS = [
    "This is the part that stood out to me. Nobody seems to be talking about it.",
    "That line does a lot of work, and I wish they had followed it up.",
    "I had to read this twice. That is a lot more than I expected.",
    "Buried halfway down the article, of course, but this is the real story.",
]
PASTE_NOTES = [
    "Pasting the full text for anyone who hits the paywall.",
    "Full article below, since the site blocks readers outside its home country.",
    "Text of the article for people on mobile, where the page barely loads.",
]
FORUM_RULES = [
    "Submissions must link to a news article published in the last seven days. Opinion "
    "pieces, blogs and videos will be removed.",
    "Use the article's own headline as the title of your post, and do not add your own "
    "commentary to it.",
    "Be civil. Personal attacks, slurs and calls for violence will get you banned without warning.",
    "You may paste the text of a paywalled article only if you also link to the original source.",
    "Do not post the same story twice. Check the new queue before you submit.",
]


def _forum_comment(
    user: str, points: int, age: str, body: str, depth: int, old: bool, cid: int
) -> str:
    """The opening of one comment: its header, its body and its links (children follow)."""
    head = (
        f"<p class='tagline'><a class='author' href='/u/{user}'>{_e(user)}</a> "
        f"<span class='score'>{points} points</span> <time>{age}</time></p>"
    )
    links = (
        "<ul class='flat-list buttons'><li><a href='#'>permalink</a></li><li><a href='#'>save"
        "</a></li><li><a href='#'>report</a></li><li><a href='#'>reply</a></li></ul>"
        if old
        else "<div class='comment-actions'><button>Reply</button> <button>Share</button> "
        "<button>...</button></div>"
    )
    return (
        f"<div class='comment depth-{depth}' id='c{cid}'>{head}<div class='md'>{body}</div>"
        f"{links}<div class='children'>"
    )


def forum(a: dict[str, Any], rng: random.Random) -> str:
    """A discussion thread: title, points, the story pasted in the post, comments, rules."""
    site, domain, company = rng.choice(FORUMS)
    base = f"https://www.{domain}.example"
    year = _date(a)[0]
    paragraphs = a["paragraphs"]
    old = rng.random() < 0.5
    community = a["section"].replace(" ", "")
    agency = _agency(paragraphs[0])
    outlet = OUTLET_DOMAINS[agency] if agency else rng.choice(LOCAL_DOMAINS)
    url = f"https://www.{outlet}/{_slug(a['section'])}/{a['slug']}"
    poster = rng.choice(USERS)
    hours = rng.randrange(2, 12)
    points = f"{rng.randrange(1, 30)}.{rng.randrange(10)}k"
    n_comments = rng.randrange(60, 900)

    story = "".join(
        (f"<p><strong>{_e(p)}</strong></p>" if old else f"<h3>{_e(p)}</h3>")
        if _is_subheading(p)
        else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )
    source = f"<p class='source-line'>Source: <a href='{_a(url)}' rel='nofollow'>{_e(url)}</a></p>"
    note = f"<p>{_e(rng.choice(PASTE_NOTES))}</p>" if rng.random() < 0.6 else ""
    edit = (
        "<p><em>Edit: fixed the formatting, and thanks for the award, kind stranger.</em></p>"
        if rng.random() < 0.5
        else ""
    )
    source_first = rng.random() < 0.5
    post = f"{source}{note}{story}{edit}" if source_first else f"{note}{story}{source}{edit}"

    # A dozen comments, nested: each one at the top level, or a reply to the one before.
    quoted = rng.sample(_sentences(paragraphs, 8, 30), rng.choice([2, 3]))
    tops = rng.sample(FORUM_COMMENTS, 12)
    replies = rng.sample(FORUM_REPLIES, 5)
    quote_at = sorted(rng.sample(range(1, 12), len(quoted)))
    free = [i for i in range(3, 11) if i not in quote_at]
    deleted_at = rng.choice(free) if rng.random() < 0.5 else -1
    users = rng.sample(USERS, 12)
    depth = 0
    opened = 0
    comments = []
    for i in range(12):
        if i:
            depth = rng.choice([0, min(depth + 1, 2), depth])
        while opened > depth:
            comments.append("</div></div>")
            opened -= 1
        if i in quote_at:
            sentence = quoted[quote_at.index(i)]
            cite = (
                f"<p class='quote'>&gt; {_e(sentence)}</p>"
                if old
                else f"<blockquote><p>{_e(sentence)}</p></blockquote>"
            )
            body = f"{cite}<p>{_e(rng.choice(QUOTE_REACTIONS))}</p>"
        elif i == deleted_at:
            body = "<p>[removed]</p>"
        elif depth and replies:
            body = f"<p>{_e(replies.pop())}</p>"
        else:
            body = f"<p>{_e(tops[i])}</p>"
        user = "[deleted]" if i == deleted_at else users[i]
        ago = rng.randrange(1, hours + 1)
        age = f"{ago} hour ago" if ago == 1 else f"{ago} hours ago"
        comments.append(
            _forum_comment(user, rng.randrange(1, 2000), age, body, depth, old, 1000 + i)
        )
        opened += 1
    comments.append("</div></div>" * opened)
    more = rng.randrange(20, 300)
    comments.append(
        f"<div class='morechildren'><a href='#'>load more comments ({more} replies)</a></div>"
    )
    sticky = (
        "<div class='comment stickied'><p class='tagline'><a class='author moderator' href='/u/"
        "AutoModerator'>AutoModerator</a> <span class='stickied-tagline'>stickied comment"
        "</span></p><div class='md'><p>Reminder: this is a news community. Personal attacks "
        "and comments that have nothing to do with the article will be removed, and repeat "
        "offenders will be banned.</p><p><em>I am a bot, and this action was performed "
        "automatically. Please contact the moderators of this community if you have any "
        "questions or concerns.</em></p></div></div>"
    )
    rules = "".join(f"<li>{_e(r)}</li>" for r in FORUM_RULES)
    mods = "".join(f"<li><a href='/u/{u}'>u/{_e(u)}</a></li>" for u in rng.sample(USERS, 3))
    members = f"{rng.randrange(1, 30)}.{rng.randrange(10)}m"
    online = f"{rng.randrange(1, 20)}.{rng.randrange(10)}k"
    sidebar_tag = "div" if old else "aside"
    sidebar = (
        f"<{sidebar_tag} class='side'><div class='sidebox'><h2>c/{_e(community)}</h2><p>"
        f"{_e(a['section'])} news from around the world, posted and discussed by readers. We "
        f"are not affiliated with any news organisation.</p><p><span>{members} members</span> "
        f"<span>{online} online</span></p><button>Join</button> <a class='create' href='"
        f"{base}/c/{community}/submit'>Create post</a></div><div class='sidebox rules'><h2>"
        f"Community rules</h2><ol>{rules}</ol></div><div class='sidebox'><h2>Moderators</h2>"
        f"<ul>{mods}</ul><a href='{base}/message/compose?to=c/{community}'>Message the mods"
        f"</a></div></{sidebar_tag}>"
    )
    title = (
        f"<p class='title'><a class='title' href='{_a(url)}'>{_e(a['title'])}</a> <span "
        f"class='domain'>({outlet})</span></p>"
        if old
        else f"<h1 class='post-title'>{_e(a['title'])}</h1><a class='post-link' href='"
        f"{_a(url)}'>{outlet}</a>"
    )
    header = (
        f"<div class='post-header'><div class='score'><button>Upvote</button><span>{points}"
        f"</span><button>Downvote</button></div>{title}<p class='tagline'>submitted {hours} "
        f"hours ago by <a href='/u/{poster}'>u/{_e(poster)}</a> to <a href='{base}/c/"
        f"{community}'>c/{_e(community)}</a> <span class='upvoted'>"
        f"{rng.randrange(81, 99)}% upvoted</span></p></div>"
    )
    actions = (
        f"<ul class='post-actions'><li><a href='#comments'>{n_comments} comments</a></li><li>"
        "<a href='#'>share</a></li><li><a href='#'>save</a></li><li><a href='#'>hide</a></li>"
        "<li><a href='#'>report</a></li></ul>"
    )
    sort = (
        "<div class='sort-bar'>sort by: <button class='sort'>best</button> <ul class='sort-"
        "options'><li>top</li><li>new</li><li>controversial</li><li>old</li><li>q&amp;a</li>"
        "</ul></div>"
    )
    thread = (
        f"{header}<div class='post-body'><div class='md'>{post}</div></div>{actions}"
        f"<div class='comments-area' id='comments'>{sort}<div class='commentarea'>"
        f"{sticky}{''.join(comments)}</div></div>"
    )
    if old:
        content = (
            f"{sidebar}<div class='content' role='main'><div id='siteTable' class='thing link'>"
            f"{thread}</div></div>"
        )
    else:
        content = f"<main class='main'><article class='post'>{thread}</article></main>{sidebar}"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, False)}<body class='forum'><header "
        f"class='site-header'><a class='logo' href='{base}/'>{_e(site)}</a><ul class='tabs'>"
        f"<li><a href='{base}/popular'>popular</a></li><li><a href='{base}/all'>all</a></li>"
        f"<li><a href='{base}/random'>random</a></li></ul><form class='search'><input "
        f"placeholder='Search {_a(site)}'></form><a href='{base}/login'>Log in</a> <a "
        f"href='{base}/register'>Sign up</a></header><div class='community-bar'><a href='"
        f"{base}/c/{community}'>c/{_e(community)}</a> <span>{members} members</span> <span>"
        f"{online} online</span></div>{content}<footer class='site-footer'><p>Use of this site "
        f"constitutes acceptance of our User Agreement and Privacy Policy. Posts and comments "
        f"are the opinions of their authors, not of {_e(site)}.</p><ul><li><a href='{base}/"
        f"help'>Help</a></li><li><a href='{base}/policies/user-agreement'>User Agreement</a>"
        f"</li><li><a href='{base}/policies/privacy-policy'>Privacy Policy</a></li><li><a "
        f"href='{base}/advertise'>Advertise</a></li></ul><p>&copy; {year} {_e(company)} All "
        f"rights reserved.</p><p>{_e(site)} and its logo are trademarks of {_e(company)}</p>"
        "</footer></body></html>"
    )


# --- magazine: a long-form feature -------------------------------------------------------

MAGAZINES = [
    ("The Meridian Review", "meridianreview", "Meridian Review Publishing Ltd"),
    ("Longitude", "longitudemag", "Longitude Media Group"),
    ("Open Country", "opencountrymag", "Open Country Press LLC"),
]
KICKERS = ["Dispatch", "Reportage", "Field notes", "The big story"]
DEKS = [
    "In a place most people have never heard of, a small change is being watched closely by "
    "people far away.",
    "What happened here is a story about money, patience and the people who refused to give up.",
    "A year of change, seen through the eyes of the people who lived through it.",
    "The numbers tell one story. The people tell another, and it is more complicated.",
]
ILLUSTRATORS = ["Mara Lind", "Oskar Brandt", "Pilar Ocampo", "Teo Marchetti"]
NARRATORS = ["Ruth Amsel", "Jonah Kiley", "Beatriz Solano"]
PRINT_HEADLINES = [
    "The Long Way Back",
    "Against the Tide",
    "What the Water Knows",
    "A Small Place, a Big Change",
    "The Last Ones Standing",
]
MAG_BIOS = [
    "{a} is a contributing writer at {m}. This is the third story they have written for the "
    "magazine.",
    "{a} has reported from more than 30 countries. Their first book will be published next spring.",
    "{a} is a staff writer at {m}, where they cover the environment, cities and the places in "
    "between.",
]
ISSUE_STORIES = [
    (
        "The Cartographers of the Deep",
        "Ines Aldana",
        "How a handful of ships are mapping the last unknown places on Earth.",
    ),
    (
        "My Father's Orchard",
        "Tomasz Wilk",
        "A son returns to the farm he left and finds it changed, and unchanged.",
    ),
    (
        "The Price of Quiet",
        "Grace Mbeki",
        "Inside the booming business of selling silence to people who live in loud cities.",
    ),
    (
        "Letters From the Night Shift",
        "Sam Oduya",
        "Nurses, bakers and bus drivers on the hours the rest of us sleep through.",
    ),
    (
        "What We Owe the Rivers",
        "Lena Fischer",
        "An essay on dams, floods and the long memory of water.",
    ),
    (
        "The Chess Hustlers of Union Square",
        "Paul Brennan",
        "A summer spent with the men who play for five dollars a game.",
    ),
]


def _facts(paragraphs: list[str]) -> list[str]:
    """Clauses of the story that hold figures, as a magazine's number box repeats them."""
    whole = {p.rstrip(".") for p in paragraphs}
    facts: list[str] = []
    for sentence in _sentences(paragraphs, 4, 60):
        for clause in re.split(r", ", sentence.rstrip(".")):
            clause = re.sub(r"^(?:and|but|or|which|while|though) ", "", clause.strip())
            if (
                re.search(r"\d", clause)
                and not re.search(r"[:\"]", clause)
                and 3 <= len(clause.split()) <= 14
                and clause not in whole
                and not _DATELINE.match(clause)
            ):
                fact = clause[0].upper() + clause[1:] + "."
                if fact not in facts:
                    facts.append(fact)
    return facts


def _after_text(paragraphs: list[str], at: int) -> int:
    """The first place from `at` on that does not come straight after a subheading."""
    while at < len(paragraphs) and _is_subheading(paragraphs[at - 1]):
        at += 1
    return at


def magazine(a: dict[str, Any], rng: random.Random) -> str:
    """A feature: kicker, dek, player, a drop-cap first <p>, pull quotes, a number box."""
    mag, domain, company = rng.choice(MAGAZINES)
    base = f"https://www.{domain}.example"
    year, month, _, _ = _date(a)
    paragraphs = a["paragraphs"]
    words = sum(len(p.split()) for p in paragraphs)
    illustrator = rng.choice(ILLUSTRATORS)
    issue = f"{_MONTHS[month - 1]} {year}"

    body = []
    for i, p in enumerate(paragraphs):
        if _is_subheading(p):
            body.append(f"<h2>{_e(p)}</h2>")
        elif i == 0:
            body.append(f"<p class='has-dropcap'>{_e(p)}</p>")
        else:
            body.append(f"<p>{_e(p)}</p>")
    quotes = rng.sample(_sentences(paragraphs[1:], 10, 40), rng.choice([1, 2]))

    def pullquote(text: str) -> str:
        return f"<blockquote class='pullquote'><p>{_e(text)}</p></blockquote>"

    facts = _facts(paragraphs)[:4]
    numbers = (
        "<aside class='by-the-numbers'><h3>By the numbers</h3><ul>"
        + "".join(f"<li>{_e(f)}</li>" for f in facts)
        + "</ul></aside>"
    )
    inline_numbers = rng.random() < 0.5
    n = len(body)
    # Boxes go between whole paragraphs, never straight after a subheading; last one first.
    if len(quotes) == 2:
        body.insert(_after_text(paragraphs, n * 3 // 4), pullquote(quotes[1]))
    if inline_numbers:
        body.insert(_after_text(paragraphs, n // 2), numbers)
    body.insert(_after_text(paragraphs, 2), pullquote(quotes[0]))
    more = "".join(
        f"<li><a href='{base}/magazine/{year}/{month:02d}/{_slug(t)}/'><h3>{_e(t)}</h3></a>"
        f"<p class='author'>By {_e(w)}</p><p>{_e(s)}</p></li>"
        for t, w, s in rng.sample(ISSUE_STORIES, 4)
    )
    bio = rng.choice(MAG_BIOS).format(a=a["author"], m=mag)
    minutes = max(3, words // 200 + rng.randrange(2, 6))
    if rng.random() < 0.5:
        opening, closing = "<main id='main'><article class='feature'>", "</article></main>"
    else:
        opening, closing = "<div id='main'><div class='feature'>", "</div></div>"
    style = (
        "<style>.has-dropcap::first-letter{float:left;font-size:4.2em;line-height:.8;"
        "padding:4px 6px 0 0}.pullquote{font-size:1.6em;border-top:2px solid}</style>"
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, mag, True)}<body class='magazine'>{style}"
        f"<header class='masthead'><a class='wordmark' href='{base}/'>{_e(mag)}</a><nav><a "
        f"href='{base}/magazine/'>Current issue</a> <a href='{base}/archive/'>Archive</a> <a "
        f"href='{base}/podcasts/'>Podcasts</a> <a href='{base}/newsletters/'>Newsletters</a>"
        f"</nav><a class='subscribe' href='{base}/subscribe/'>Subscribe</a> <a href='{base}/"
        f"account/'>Sign in</a></header>{opening}<header class='feature-head'><p class='"
        f"kicker'>{_e(rng.choice(KICKERS))}</p><h1>{_e(a['title'])}</h1><p class='dek'>"
        f"{_e(rng.choice(DEKS))}</p><p class='byline'>By <a href='{base}/authors/"
        f"{_slug(a['author'])}/'>{_e(a['author'])}</a> <span>Published <time datetime='"
        f"{a['published']}'>{_us_date(a)}</time></span> <span>{minutes} min read</span></p>"
        f"<div class='audio-player'><button>Listen to this article</button> <span>{minutes + 2}"
        f" minutes</span><p>Audio produced by {_e(rng.choice(NARRATORS))}. Narrated by a "
        f"human, not a machine.</p></div></header><figure class='lead-art'><img src='https://"
        f"media.{domain}.example/{year}/{month:02d}/{a['slug']}.jpg' alt=''><figcaption>"
        f"Illustration by {_e(illustrator)} for {_e(mag)}</figcaption></figure><div class="
        f"'article-body'>{''.join(body)}</div>{'' if inline_numbers else numbers}<p class="
        f"'issue-line'><em>This article appears in the {issue} issue of {_e(mag)} with the "
        f"headline &quot;{_e(rng.choice(PRINT_HEADLINES))}.&quot;</em></p><section class="
        f"'subscribe-pitch'><h3>Subscribe to the magazine</h3><p>Our writers spend months on "
        f"stories like this one. Subscribers get every issue in print and online, our full "
        f"archive and a weekly letter from the editor. Subscriptions start at $6 a month, and "
        f"you can cancel at any time.</p><a class='button' href='{base}/subscribe/'>Subscribe "
        f"now</a></section>"
        f"<div class='author-bio'><p>{_e(bio)}</p></div>{closing}<section class='issue-more'>"
        f"<h2>More from this issue</h2><ul>{more}</ul></section><footer class='mag-footer'><p>"
        f"{_e(mag)} is published monthly, with a double issue in July and August. Unsolicited "
        f"manuscripts cannot be returned.</p><ul><li><a href='{base}/about/'>About</a></li><li>"
        f"<a href='{base}/contact/'>Contact</a></li><li><a href='{base}/privacy/'>Privacy "
        f"policy</a></li><li><a href='{base}/terms/'>Terms of use</a></li></ul><p>&copy; {year} "
        f"{_e(company)}. All rights reserved.</p></footer></body></html>"
    )


# --- epaper: a newspaper's e-paper text view ---------------------------------------------

PAPERS = [
    (
        "The Lakeside Sentinel",
        "lakesidesentinel",
        "Sentinel Publishing Co.",
        "114 Harbor Street, Port Ellis",
    ),
    (
        "Valley Courier-Times",
        "valleycouriertimes",
        "Courier-Times Media LLC",
        "2200 River Road, Alder Vale",
    ),
    (
        "The Northfield Record",
        "northfieldrecord",
        "Record Newspapers Inc.",
        "9 Market Square, Northfield",
    ),
]
EP_SECTIONS = ["Front page", "Local", "Nation & World", "Business", "Sports", "Classifieds"]
BRIEFS = [
    (
        "Council approves plan to repave Main Street next spring",
        "By Staff Reports",
        [
            "The city council voted 6-1 on Monday to repave Main Street between First and "
            "Ninth avenues next spring, at a cost of about $2.3 million.",
            "Work is expected to take about 10 weeks. Businesses will stay open, and one lane "
            "will remain open to traffic at all times, the public works director said.",
            "The council member who voted against the plan said the city should fix its side "
            "streets first.",
        ],
    ),
    (
        "Library book sale raises $4,800 for children's programs",
        "By Dana Whitfield",
        [
            "The Friends of the Public Library raised $4,800 at their annual book sale over the "
            "weekend, the most in the sale's 22-year history.",
            "Volunteers sorted more than 11,000 donated books, records and puzzles. Leftover "
            "books will be given to schools and the county jail.",
            "The money will pay for the summer reading program and new picture books, the "
            "library's director said.",
        ],
    ),
    (
        "High school robotics team heads to state finals",
        "By Leo Marchetti",
        [
            "The high school's robotics team will compete in the state finals next month after "
            "finishing second at the regional contest on Saturday.",
            "The team of 14 students built a robot that sorts and stacks plastic crates. It "
            "scored the highest points of any entry in the autonomous round.",
            "The team is raising money for travel costs and will hold a car wash at the fire "
            "station on Sunday.",
        ],
    ),
    (
        "Police seek witnesses after break-in at hardware store",
        "By Staff Reports",
        [
            "Police are asking for help after someone broke into a hardware store on Elm Street "
            "early Thursday and took power tools worth about $6,000.",
            "A back window was smashed at about 3 a.m., according to a police report. Nobody "
            "was inside at the time.",
            "Anyone with information is asked to call the police department's tip line.",
        ],
    ),
]
CLASSIFIEDS = [
    "FOR SALE: Oak dining table with six chairs, good condition. $250 or best offer. Call "
    "555-0134.",
    "HELP WANTED: Part-time delivery driver for weekend routes. Must have a clean driving "
    "record. Apply in person.",
    "GARAGE SALE: Saturday 8 a.m. to 2 p.m., 41 Birch Lane. Tools, toys, books and a canoe.",
    "FOR RENT: Two-bedroom apartment above the bakery, heat included. No pets. $950 a month.",
    "LOST: Grey tabby cat, answers to Biscuit, last seen near the park on Elm Street. Reward "
    "offered.",
    "SERVICES: Gutter cleaning and small repairs, fully insured, free estimates. Call Dave at "
    "555-0178.",
]
DISPLAY_ADS = [
    "Hometown Hardware. Paint sale this weekend: 20% off all interior colors. Open daily from "
    "7 a.m. to 6 p.m.",
    "Riverside Dental welcomes new patients. Evening appointments are available. Call today "
    "to book your cleaning.",
    "Harbor Savings Bank. Ask about our 12-month certificate at 4.1% APY. Member FDIC.",
]
NOTICES = [
    "NOTICE OF PUBLIC HEARING: The Planning Commission will hold a public hearing at 6 p.m. "
    "on the second Tuesday of next month in the council chambers to consider an application "
    "to rezone 14 acres on County Road 9. All interested persons may attend and be heard.",
    "LEGAL NOTICE: Sealed bids for snow removal at county buildings will be received by the "
    "county clerk until 2 p.m. on the last Friday of this month. The county reserves the "
    "right to reject any or all bids.",
    "NOTICE TO CREDITORS: All persons having claims against the estate of the late Harold J. "
    "Ames must present them to the personal representative within four months of the first "
    "publication of this notice.",
]


def _columns(paragraphs: list[str]) -> tuple[int, int]:
    """Where the story's first and second columns end: never inside a paragraph, never on
    a subheading, and with some story left for the jump page."""
    n = len(paragraphs)
    cuts = []
    for cut in (n // 3, n * 2 // 3):
        while cut < n and _is_subheading(paragraphs[cut - 1]):
            cut += 1
        cuts.append(cut)
    return cuts[0], min(cuts[1], n - 1)


def _story_block(paragraphs: list[str]) -> str:
    return "".join(
        f"<h4 class='subhead'>{_e(p)}</h4>" if _is_subheading(p) else f"<p>{_e(p)}</p>"
        for p in paragraphs
    )


def epaper(a: dict[str, Any], rng: random.Random) -> str:
    """An e-paper text view: columns, a jump to another page, briefs, ads and an imprint."""
    paper, domain, company, address = rng.choice(PAPERS)
    base = f"https://eedition.{domain}.example"
    year, month, day, _ = _date(a)
    paragraphs = a["paragraphs"]
    weekday = _WEEKDAYS[_weekday(year, month, day)]
    dated = f"{weekday}, {_us_date(a)}"
    page = rng.randrange(2, 8)
    jump = page + rng.randrange(3, 9)
    first, second = _columns(paragraphs)
    agency = _agency(paragraphs[0])
    byline = f"By {_e(a['author'])}" + (
        f" <span class='credit'>{'The Associated Press' if agency == 'AP' else agency}</span>"
        if agency
        else " <span class='credit'>Staff writer</span>"
    )
    keyword = max(re.findall(r"[A-Za-z]+", a["title"]), key=len).upper()
    brief_title, brief_by, brief_text = rng.choice(BRIEFS)
    high = rng.randrange(40, 80)
    weather = (
        f"<div class='weather'><h5>WEATHER</h5><p>Today: Partly sunny, with a high of {high}. "
        f"Tonight: Clear and colder, with a low of {high - rng.randrange(10, 20)}. Tomorrow: "
        f"Rain likely after noon, with a high of {high - rng.randrange(1, 6)}.</p><p>Sunrise "
        f"6:{rng.randrange(10, 59)} a.m. Sunset {rng.randrange(5, 9)}:{rng.randrange(10, 59)} "
        "p.m.</p></div>"
    )
    brief = (
        f"<div class='col'><h3 class='hed'>{_e(brief_title)}</h3><p class='byline'>"
        f"{_e(brief_by)}</p>{''.join(f'<p>{_e(t)}</p>' for t in brief_text)}{weather}</div>"
    )
    ads = (
        "<div class='col ads'><h5>CLASSIFIEDS</h5>"
        + "".join(f"<p class='classified'>{_e(c)}</p>" for c in rng.sample(CLASSIFIEDS, 4))
        + "<p>To place an ad, call 555-0100 or visit our website. Deadline is 3 p.m. two days "
        f"before publication.</p><div class='display-ad'><span>ADVERTISEMENT</span><p>"
        f"{_e(rng.choice(DISPLAY_ADS))}</p></div></div>"
    )
    jump_line = (
        f"<p class='jump'>Continued on Page A{jump}</p>"
        if rng.random() < 0.5
        else f"<div class='jump'>Continued on Page A{jump}</div>"
    )
    story_start = (
        f"<div class='col'><p class='section-label'>{_e(a['section'].upper())}</p><h2 "
        f"class='hed'>{_e(a['title'])}</h2><p class='byline'>{byline}</p>"
        f"{_story_block(paragraphs[:first])}</div><div class='col'>"
        f"{_story_block(paragraphs[first:second])}{jump_line}</div>"
    )
    story_rest = (
        f"<div class='col'><h3 class='jump-hed'>{_e(keyword)}</h3><p class='jump-from'>"
        f"Continued from Page A{page}</p>{_story_block(paragraphs[second:])}</div>"
    )
    notices = (
        "<div class='col notices'><h5>PUBLIC NOTICES</h5>"
        + "".join(f"<p>{_e(n)}</p>" for n in rng.sample(NOTICES, 2))
        + "</div>"
    )
    if rng.random() < 0.5:
        story_start = f"<article class='story'>{story_start}</article>"
        story_rest = f"<article class='story story--jump'>{story_rest}</article>"
        opening, closing = "<main id='text-view'>", "</main>"
    else:
        opening, closing = "<div id='text-view'>", "</div>"
    jump_page = f"{notices}{story_rest}" if rng.random() < 0.5 else f"{story_rest}{notices}"

    def page_header(n: int) -> str:
        return f"<div class='ep-page-header'>Page A{n} | {dated} | {_e(paper)}</div>"

    tabs = "".join(f"<li><a href='{base}/{_slug(s)}'>{_e(s)}</a></li>" for s in EP_SECTIONS)
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, paper, False)}<body class='eedition'><div "
        f"class='ep-toolbar'><a class='logo' href='{base}/'>{_e(paper)} e-Edition</a><button>"
        f"Today's paper</button> <button class='active'>Text view</button> <button>Page view"
        f"</button> <a href='{base}/pdf/{year}{month:02d}{day:02d}.pdf'>Download PDF</a> "
        f"<button>Print</button> <button>Share</button></div><ul class='ep-sections'>{tabs}"
        f"</ul>{opening}<div class='ep-page' id='page-A{page}'>{page_header(page)}"
        f"<div class='cols'>{story_start}{brief}{ads}</div></div><div class='ep-page' id='page-"
        f"A{jump}'>{page_header(jump)}<div class='cols'>{jump_page}</div></div>{closing}<nav "
        f"class='ep-pager'><a href='{base}/page/A{page - 1}'>&lt; A{page - 1}</a> | <a href="
        f"'{base}/page/A{page + 1}'>A{page + 1} &gt;</a></nav><footer class='imprint'><p>"
        f"{_e(paper)} (USPS {rng.randrange(100000, 999999)}) is published daily except Sunday "
        f"by {_e(company)}, {_e(address)}. Periodicals postage paid at {_e(address.split(', ')[1])}"
        f". POSTMASTER: Send address changes to {_e(paper)}, {_e(address)}.</p><p>Copyright "
        f"{year} {_e(company)} All rights reserved. No part of this edition may be reproduced "
        f"without written permission.</p><p>This e-Edition is provided by Newsstand Digital. "
        f"The text view is generated automatically and may contain errors; see the page view "
        f"for the printed layout.</p></footer></body></html>"
    )


# Layouts for the eleventh fresh set, written blind: only ever paired with fresh11.jsonl,
# beside FRESH11_KNOWN, three older layouts no set from the third to the tenth knew.
FRESH11_TEMPLATES: dict[str, Template] = {
    "forum": forum,
    "magazine": magazine,
    "epaper": epaper,
}
FRESH11_KNOWN = ("prwire", "nordic", "sport")


def build_fresh11() -> list[Page]:
    """The eleventh fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh11.jsonl",
        FRESH11_KNOWN,
        FRESH11_TEMPLATES,
        (
            *LAYOUTS,
            FRESH4_TEMPLATES,
            FRESH5_TEMPLATES,
            FRESH6_TEMPLATES,
            FRESH7_TEMPLATES,
            FRESH8_TEMPLATES,
            FRESH9_TEMPLATES,
            FRESH10_TEMPLATES,
        ),
    )
