"""The ninth fresh set: new article texts in three known and three new page layouts.

`build_fresh9()` was written before anyone looked at the eighth fresh set's failures, to
take its place once they are fixed: the 12 texts of data/clean/fresh9.jsonl (a ban on sand
dredging in the Mekong Delta with a one-sentence paragraph, a glacial lake in Nepal lowered
by siphons with a paragraph that is one long quotation, Valparaiso's oldest funicular
reopening with a source quoted as "told the Associated Press" and a paragraph ending in a
closing quote after the full stop, a measles outbreak in Harlow with a "How to check your
vaccination status" subheading, an Irish Cup final won in extra time, Tanzania's sisal
revival with a farmer who "told Reuters", a drone pilot fined for a flight near Bristol
Airport at "5:30 p.m." with a three-word paragraph, a haul of meteorites from Antarctic
blue ice, evening parking charges in Bridgnorth with a "What the council says" subheading,
the switch-off of Britain's last 3G masts with "1.5 million" phones, night trains slowed in
Sri Lanka to spare elephants and villagers reweaving the Q'eswachaka grass bridge in Peru)
in three known layouts (FRESH9_KNOWN) and in three new ones, FRESH9_TEMPLATES: 72 pages.
The new ones are:

- a fact-checking outlet ("factcheck"): a breadcrumb of fact checks, a "Rating" badge over
  the headline, a "Claim" box quoting the checked claim as a full sentence with where it was
  shared, a verdict box "Rating: False" (or "Misleading", "Missing context") with a
  one-sentence verdict summary, and an "Our ruling" box of prose that starts with a sentence
  lifted from the lead; then the story as <p>s in <div class="fc-story"> with subheadings as
  <h2>, with no source markers inside it; after it, still in the <article>, a "Sources" list
  of full-sentence dated citations, a "Fact-checking methodology" note in prose, a "Share
  the facts" widget repeating the claim and the rating, and a correction-policy line; then
  "More fact checks" with summary sentences and a footer with the outlet's signatory line;
- a sports site's match report ("sport"): a live scoreboard header with the two teams, the
  score and the minute, the headline, a match-stats <table> (possession, shots, corners,
  fouls, cards), the two line-ups as <ul>s, a "Key moments" timeline of minute-stamped
  one-line events written as sentences, then the report as <p>s in
  <div class="report-body"> (subheadings as <h3>) with a "Player ratings" box of short
  sentences embedded halfway; after it a betting-odds promo for the next match with a
  gambling-responsibility line, a "Latest scores" widget and a footer;
- a blogging platform republishing the story ("platform"): a "Member-only story" badge, the
  headline, an author card with a follower count and a "Follow" button, the reading time,
  a clap and response bar, then the story as <p>s in <section> elements inside
  <div class="post-body"> (a new section at each subheading, which is an <h3>) broken
  halfway by a "Sign up to discover human stories" modal of prose; after it the clap bar
  again, topic tags, "Written by ..." with follower counts and a bio of full sentences,
  "Responses (N)" with two readers' responses written as sentences, "More from ..." cards
  with summary sentences, a "Recommended from ..." list and the platform's footer.

The truth is the article's paragraphs only; claims, ratings, verdicts, rulings, sources,
methodology notes, scoreboards, stats, line-ups, timelines, player ratings, odds, scores,
badges, author cards, modals, bios, responses and cards are not. Every truth paragraph is
on each page, escaped, whole and in order.

Two of the known layouts needed care. "terminal" opens with "Key takeaways", which each
article of fresh9.jsonl carries (in other words than the story; they are not truth). "nextjs"
splits some paragraphs at their first sentence end into two spans and keeps them whole only
in its __NEXT_DATA__ JSON, where quotation marks are escaped; the slugs, which seed every
layout's random choices, were picked (by that check alone) so that no paragraph holding a
quotation mark is split there or comes after one that is, and every paragraph stays whole.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES
from streams.bench.fresh5 import FRESH5_TEMPLATES
from streams.bench.fresh6 import FRESH6_TEMPLATES
from streams.bench.fresh7 import FRESH7_TEMPLATES, _a, _is_subheading, _short_date
from streams.bench.fresh8 import FRESH8_TEMPLATES, _lead_clause
from streams.bench.pages import (
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

# --- factcheck: a fact-checking outlet ---------------------------------------------------

FACT_CHECKERS = [
    ("Verity Check", "veritycheck", "Verity Check Foundation"),
    ("The Fact Desk", "thefactdesk", "Fact Desk Media CIC"),
    ("ClaimWatch", "claimwatch", "ClaimWatch Trust"),
]
CLAIMS = [
    (
        "A post shared more than 20,000 times says the figures in news reports about this "
        "story were invented by officials.",
        "Facebook",
    ),
    (
        "A video circulating on messaging apps claims the reports are based on photographs "
        "that were taken ten years ago.",
        "WhatsApp",
    ),
    (
        "Posts on social media say that the journalists who covered this story were paid by "
        "the government to publish it.",
        "X",
    ),
    (
        "A widely shared message claims that the events described in the reports never took "
        "place at all.",
        "Telegram",
    ),
    (
        "An online article says the numbers quoted in the reports were doubled before they "
        "were released to the press.",
        "a blog",
    ),
]
VERDICTS = [
    (
        "False",
        "The claim is false: the figures come from published records and were confirmed by "
        "independent sources.",
    ),
    (
        "Misleading",
        "The claim is misleading: it mixes an old photograph with a new event and leaves out "
        "what the records show.",
    ),
    (
        "Missing context",
        "The claim leaves out context: the numbers are real, but they describe a different "
        "period from the one the post suggests.",
    ),
]
SOURCE_KINDS = [
    "Telephone interview with a spokesperson for the responsible authority, conducted on {d}.",
    "Official statement published on the authority's website on {d}, accessed the same day.",
    "Email exchange with the press office of the regional government, received on {d}.",
    "Reverse image search of the photographs shared with the claim, carried out on {d}.",
    "Archive copy of the original post, saved by our team on {d} before it was deleted.",
    "Published statistics for the previous five years, downloaded from the official portal on {d}.",
]
METHODOLOGY = (
    "We choose claims to check by how widely they are shared and how much harm they could "
    "do. Every fact check is researched by one journalist and reviewed by a second before it "
    "is published. We contact the person or organisation that made the claim and give them "
    "the chance to respond, and we link to every source we rely on so that readers can "
    "check our work."
)
MORE_CHECKS = [
    (
        "No, the new bank notes do not contain tracking chips",
        "The central bank says the metallic strip is a security feature that has been used "
        "for years.",
    ),
    (
        "Photo of flooded airport is from 2019, not this week",
        "The picture first appeared online after a storm five years ago.",
    ),
    (
        "The vaccine schedule has not changed, despite viral post",
        "Health officials say the message misreads a routine update to guidance.",
    ),
    (
        "Quote attributed to the finance minister was never said",
        "There is no record of the remark in any speech, interview or transcript.",
    ),
    (
        "Video of protest crowd was filmed in another country",
        "The clip shows a march that took place more than 2,000 kilometres away.",
    ),
]


def factcheck(a: dict[str, Any], rng: random.Random) -> str:
    """A fact check: claim, rating and ruling boxes, div.fc-story, then sources and widgets."""
    site, domain, owner = rng.choice(FACT_CHECKERS)
    base = f"https://www.{domain}.example"
    year, month, day, clock = _date(a)
    paragraphs = a["paragraphs"]
    claim, platform = rng.choice(CLAIMS)
    rating, verdict = rng.choice(VERDICTS)
    body = "".join(
        f"<h2>{_e(p)}</h2>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs
    )
    ruling = (
        f"{_lead_clause(paragraphs[0])} Posts that question this have been shared widely on "
        f"{platform}, but we found no evidence to support them. We rate the claim "
        f"{rating.lower()}."
    )
    # Sources consulted in the days before publication, oldest first.
    published = date(year, month, day)
    dates = [published - timedelta(days=k) for k in sorted(rng.sample(range(12), 4), reverse=True)]
    sources = "".join(
        f"<li>{_e(s.format(d=f'{d.day} {_MONTHS[d.month - 1]} {d.year}'))}</li>"
        for s, d in zip(rng.sample(SOURCE_KINDS, 4), dates, strict=True)
    )
    more = "".join(
        f"<div class='fc-card'><span class='fc-card__rating'>{rng.choice(VERDICTS)[0]}</span>"
        f"<h3><a href='{base}/fact-check/{_slug(t)}/'>{_e(t)}</a></h3><p>{_e(s)}</p></div>"
        for t, s in rng.sample(MORE_CHECKS, 3)
    )
    shares = rng.randrange(100, 5000)
    url = f"{base}/fact-check/{a['slug']}/"
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body><header class='fc-header'>"
        f"<a class='logo' href='{base}/'>{_e(site)}</a><nav><a href='{base}/fact-checks/'>"
        f"Fact checks</a> <a href='{base}/explainers/'>Explainers</a> <a href='{base}/"
        f"guides/'>How to spot false news</a> <a href='{base}/submit/'>Send us a claim</a>"
        f" <a href='{base}/donate/'>Donate</a></nav></header><main><nav class='breadcrumb'>"
        f"<a href='{base}/'>Home</a> &rsaquo; <a href='{base}/fact-checks/'>Fact checks</a>"
        f" &rsaquo; <a href='{base}/fact-checks/{_slug(a['section'])}/'>{_e(a['section'])}"
        f"</a></nav><article class='fact-check'><header><span class='fc-badge fc-badge--"
        f"{_slug(rating)}'>{_e(rating)}</span><h1>{_e(a['title'])}</h1><p class='byline'>By "
        f"<a href='{base}/team/{_slug(a['author'])}/'>{_e(a['author'])}</a>, fact-checker "
        f"<time datetime='{a['published']}'>{day} {_MONTHS[month - 1]} {year}, {clock}</time>"
        f"</p></header><aside class='claim-box'><h2>Claim</h2><blockquote><p>{_e(claim)}</p>"
        f"</blockquote><p class='claim-source'>Shared on {_e(platform)} on "
        f"{_short_date(a)}.</p></aside><div class='verdict'><span class='verdict__label'>"
        f"Rating: {_e(rating)}</span><p class='verdict__summary'>{_e(verdict)}</p></div>"
        f"<section class='our-ruling'><h2>Our ruling</h2><p>{_e(ruling)}</p></section>"
        f"<figure><img src='https://img.{domain}.example/{rng.randrange(10**8)}.jpg' alt=''>"
        f"<figcaption>{_e(rng.choice(PHOTO_CAPTIONS))} ({_e(rng.choice(PHOTO_CREDITS))})"
        f"</figcaption></figure><div class='fc-story'>{body}</div><section class='fc-sources'"
        f"><h2>Sources</h2><ol>{sources}</ol></section><section class='fc-methodology'><h2>"
        f"Fact-checking methodology</h2><p>{_e(METHODOLOGY)}</p></section><div class='share-"
        f"the-facts'><h3>Share the facts</h3><p class='stf-claim'>{_e(claim)}</p><p class="
        f"'stf-rating'>{_e(site)} rating: <strong>{_e(rating)}</strong></p><button>Embed"
        f"</button> <a href='https://x.example/intent?url={_a(url)}'>Share</a> <span>{shares}"
        f" shares</span></div><p class='correction-policy'>We correct our mistakes openly. If "
        f"you think we got something wrong, read our <a href='{base}/corrections/'>"
        f"corrections policy</a> and write to us.</p></article><section class='more-checks'>"
        f"<h2>More fact checks</h2>{more}</section></main><footer><ul><li><a href='{base}/"
        f"about/'>About us</a></li><li><a href='{base}/funding/'>Who funds us</a></li><li>"
        f"<a href='{base}/privacy/'>Privacy</a></li></ul><p>{_e(site)} is a verified "
        f"signatory of the International Fact-Checking Network's code of principles.</p><p>"
        f"&copy; {year} {_e(owner)}. Registered charity.</p></footer></body></html>"
    )


# --- sport: a sports site's match report -------------------------------------------------

SPORT_SITES = [
    ("Matchday Live", "matchdaylive"),
    ("Final Whistle", "finalwhistle"),
    ("Touchline Sport", "touchlinesport"),
]
TEAMS = [
    "Harbourside Athletic",
    "Redmoor United",
    "Kestrel Town",
    "Alder Vale",
    "Port Ellis Rovers",
    "St Brannock",
    "Castlegate City",
    "Wexley Wanderers",
]
FIRST_NAMES = ["Jack", "Owen", "Luca", "Kofi", "Sam", "Niall", "Tom", "Ethan", "Ravi", "Ben"]
LAST_NAMES = [
    "Doyle",
    "Marsh",
    "Okoro",
    "Bennett",
    "Quigley",
    "Fenwick",
    "Haldane",
    "Mbeki",
    "Sutter",
    "Price",
    "Kerrigan",
    "Lowe",
]
MOMENTS = [
    "{p} is booked for a late tackle in midfield.",
    "{p} forces a good save from the goalkeeper with a shot from distance.",
    "{p} scores with a low shot into the far corner.",
    "{p} hits the post from a free kick.",
    "{p} is replaced after picking up a knock.",
    "{p} heads over the bar from a corner.",
    "{p} clears the ball off the line.",
    "{p} scores from the penalty spot.",
]
RATINGS = [
    "Never gave the winger a moment's peace.",
    "Quiet first half, much better after the break.",
    "Won almost every header.",
    "Wasteful in front of goal.",
    "Kept the ball moving and rarely lost it.",
    "Tired badly in the last twenty minutes.",
    "Made two fine saves when it mattered.",
    "Looked lively every time he had the ball.",
]


def sport(a: dict[str, Any], rng: random.Random) -> str:
    """A match report: scoreboard, stats table, line-ups, timeline, div.report-body, odds."""
    site, domain = rng.choice(SPORT_SITES)
    base = f"https://www.{domain}.example"
    year, _, _, clock = _date(a)
    paragraphs = a["paragraphs"]
    home, away = rng.sample(TEAMS, 2)
    goals = (rng.randrange(4), rng.randrange(4))
    minute = rng.choice(["FT", "90+3'", "78'", "HT", "AET"])

    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    players = rng.sample(names, 22)
    squads = [players[:11], players[11:]]
    possession = rng.randrange(35, 66)
    stats = [
        ("Possession", f"{possession}%", f"{100 - possession}%"),
        ("Shots", rng.randrange(5, 20), rng.randrange(5, 20)),
        ("Shots on target", rng.randrange(1, 8), rng.randrange(1, 8)),
        ("Corners", rng.randrange(1, 12), rng.randrange(1, 12)),
        ("Fouls", rng.randrange(6, 18), rng.randrange(6, 18)),
        ("Yellow cards", rng.randrange(5), rng.randrange(5)),
    ]
    table = "".join(f"<tr><td>{h}</td><th>{label}</th><td>{v}</td></tr>" for label, h, v in stats)
    lineups = "".join(
        f"<div class='lineup'><h3>{_e(team)}</h3><ul>"
        + "".join(f"<li><span class='shirt'>{i}</span> {_e(p)}</li>" for i, p in enumerate(s, 1))
        + "</ul></div>"
        for team, s in zip((home, away), squads, strict=True)
    )
    minutes = sorted(rng.sample(range(3, 90), 5))
    moments = "".join(
        f"<li><span class='minute'>{m}'</span> "
        f"{_e(t.format(p=rng.choice(rng.choice(squads))))}</li>"
        for m, t in zip(minutes, rng.sample(MOMENTS, 5), strict=True)
    )
    ratings = "".join(
        f"<li><b>{_e(p)} {rng.randrange(5, 10)}</b> {_e(r)}</li>"
        for p, r in zip(rng.sample(squads[0], 4), rng.sample(RATINGS, 4), strict=True)
    )
    body = [f"<h3>{_e(p)}</h3>" if _is_subheading(p) else f"<p>{_e(p)}</p>" for p in paragraphs]
    body.insert(
        len(body) // 2,
        f"<aside class='player-ratings'><h4>Player ratings: {_e(home)}</h4><ul>{ratings}</ul>"
        f"<a href='{base}/ratings/{a['slug']}'>See all ratings</a></aside>",
    )
    odds = [f"{rng.randrange(1, 5)}.{rng.randrange(10, 100)}" for _ in range(3)]
    others = rng.sample([t for t in TEAMS if t not in (home, away)], 6)
    scores = "".join(
        f"<li><span>{_e(h)}</span> <b>{rng.randrange(4)}-{rng.randrange(4)}</b> "
        f"<span>{_e(v)}</span> <small>FT</small></li>"
        for h, v in zip(others[::2], others[1::2], strict=True)
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body><header class='site-"
        f"header'><a class='logo' href='{base}/'>{_e(site)}</a><nav><a href='{base}/"
        f"football/'>Football</a> <a href='{base}/cricket/'>Cricket</a> <a href='{base}/"
        f"rugby/'>Rugby</a> <a href='{base}/tennis/'>Tennis</a> <a href='{base}/live/'>Live"
        f"</a></nav></header><div class='scoreboard' data-live='true'><span class='team "
        f"team--home'>{_e(home)}</span><span class='score'>{goals[0]} - {goals[1]}</span>"
        f"<span class='team team--away'>{_e(away)}</span><span class='clock'>{minute}</span>"
        f"</div><main><article class='match-report'><span class='label'>Match report</span>"
        f"<h1>{_e(a['title'])}</h1><p class='byline'>{_e(a['author'])} <time datetime='"
        f"{a['published']}'>{_short_date(a)}, {clock}</time></p><section class='match-"
        f"stats'><h2>Match stats</h2><table><thead><tr><th>{_e(home)}</th><th></th><th>"
        f"{_e(away)}</th></tr></thead><tbody>{table}</tbody></table></section><section "
        f"class='lineups'><h2>Line-ups</h2>{lineups}</section><section class='key-moments'>"
        f"<h2>Key moments</h2><ol class='timeline'>{moments}</ol></section><div class='"
        f"report-body'>{''.join(body)}</div></article><aside class='odds-promo'><h3>Next "
        f"match: {_e(home)} v {_e(rng.choice(others))}</h3><p><span>Home {odds[0]}</span> "
        f"<span>Draw {odds[1]}</span> <span>Away {odds[2]}</span></p><a href='https://"
        f"bet.example/?ref={domain}'>Bet now</a><p class='responsible'>18+. Odds may change. "
        f"Please gamble responsibly. For help and support visit BeGambleAware.org.</p>"
        f"</aside><aside class='latest-scores'><h2>Latest scores</h2><ul>{scores}</ul><a "
        f"href='{base}/football/scores/'>All scores and fixtures</a></aside></main><footer>"
        f"<ul><li><a href='{base}/about/'>About</a></li><li><a href='{base}/terms/'>Terms"
        f"</a></li><li><a href='{base}/privacy/'>Privacy</a></li><li><a href='{base}/"
        f"cookies/'>Cookies</a></li></ul><p>&copy; {year} {_e(site)}. Live data may be "
        f"delayed and is provided for information only.</p></footer></body></html>"
    )


# --- platform: a blogging platform republishing a news story ------------------------------

PLATFORMS = [
    ("Quillstack", "quillstack", "The Wire Desk"),
    ("Inkwell", "inkwell", "World Briefing"),
    ("Longhand", "longhand", "Dispatches"),
]
PLATFORM_BIOS = [
    "I am a reporter who has covered local and international news for fifteen years. Here I "
    "republish my stories with the notes that did not fit in the paper.",
    "I write about places and the people who keep them going. My work has appeared in "
    "newspapers and magazines in four countries.",
    "I started as a court reporter and now write about science, health and the "
    "environment. I answer every message, though sometimes slowly.",
]
RESPONSES = [
    ("Hannah Reyes", "Thank you for writing this up so clearly. I had only seen the headline."),
    ("Marcus Bell", "I would love a follow-up in a year to see whether any of this changed."),
    ("Aiko Tanaka", "My family is from near there, and this matches what they tell me."),
    ("Femi Adeyemi", "Great piece, but I wish it had said more about the cost."),
    ("Olga Petrova", "Sharing this with my students. It is a good example of clear reporting."),
]
MORE_FROM = [
    (
        "The ferry that nobody wanted to cancel",
        "A small island fought for two years to keep its only boat to the mainland.",
    ),
    (
        "What I learned from ten years of covering floods",
        "The water always comes back, and the same streets are always the first to go under.",
    ),
    (
        "Inside the last typewriter repair shop in the city",
        "Its owner says business has never been better, and he cannot explain why.",
    ),
    (
        "Why local news matters more than ever",
        "When a town loses its paper, fewer people vote and councils spend more.",
    ),
]
RECOMMENDED = [
    ("How I finally paid off my student loans", "Jess Moreno"),
    ("The quiet collapse of the middle manager", "Dev Kapoor"),
    ("I tried to live without my phone for a month", "Sara Lind"),
    ("Ten books that changed how I think about cities", "Tom Abara"),
    ("The science of why we procrastinate", "Lena Fischer"),
    ("What nobody tells you about moving abroad", "Ana Ribeiro"),
]


def platform(a: dict[str, Any], rng: random.Random) -> str:
    """A blogging platform: member badge, author card, <section>s with a sign-up modal."""
    name, domain, publication = rng.choice(PLATFORMS)
    base = f"https://{domain}.example"
    year, month, day, _ = _date(a)
    paragraphs = a["paragraphs"]
    date = f"{_MONTHS[month - 1][:3]} {day}, {year}"
    words = sum(len(p.split()) for p in paragraphs)
    handle = f"@{_slug(a['author']).replace('-', '')}"
    followers = f"{rng.randrange(1, 40)}.{rng.randrange(10)}K"
    claps = f"{rng.randrange(1, 9)}.{rng.randrange(10)}K"
    n = rng.randrange(3, 40)

    # Sections: a new one at each subheading and where the sign-up modal breaks the story.
    middle = len(paragraphs) // 2
    sections: list[list[str]] = [[]]
    for i, p in enumerate(paragraphs):
        if sections[-1] and (_is_subheading(p) or i == middle):
            sections.append([])
        sections[-1].append(f"<h3>{_e(p)}</h3>" if _is_subheading(p) else f"<p>{_e(p)}</p>")
    starts = [0]
    for s in sections[:-1]:
        starts.append(starts[-1] + len(s))
    modal = (
        f"<div class='signup-modal' role='dialog'><h2>Sign up to discover human stories that "
        f"deepen your understanding of the world.</h2><p>Membership gives you unlimited "
        f"access to every story on {_e(name)}. Your membership fee directly supports the "
        f"writers you read most, and you can cancel at any time.</p><button>Sign up for free"
        f"</button> <button>Try for $5/month</button></div>"
    )
    body = "".join(
        (modal if start == middle else "") + f"<section>{''.join(s)}</section>"
        for start, s in zip(starts, sections, strict=True)
    )
    bar = (
        f"<div class='clap-bar'><button aria-label='clap'>Clap</button><span>{claps}</span>"
        f"<button aria-label='responses'>Respond</button><span>{n}</span><button>Listen"
        f"</button><button>Share</button><button>Save</button></div>"
    )
    responses = "".join(
        f"<div class='response'><p class='response__author'>{_e(who)} <span>"
        f"{rng.randrange(1, 20)} days ago</span></p><p>{_e(text)}</p><span>"
        f"{rng.randrange(1, 60)} claps</span> <a>Reply</a></div>"
        for who, text in rng.sample(RESPONSES, 2)
    )
    more = "".join(
        f"<div class='card'><h3><a href='{base}/{handle}/{_slug(t)}'>{_e(t)}</a></h3><p>"
        f"{_e(s)}</p><span>{rng.randrange(3, 12)} min read</span></div>"
        for t, s in rng.sample(MORE_FROM, 3)
    )
    recommended = "".join(
        f"<li><a href='{base}/@{_slug(w)}/{_slug(t)}'><span class='rec-author'>{_e(w)}</span>"
        f"<h4>{_e(t)}</h4></a><span>{rng.randrange(3, 15)} min read</span></li>"
        for t, w in rng.sample(RECOMMENDED, 4)
    )
    tags = "".join(
        f"<a class='tag' href='{base}/tag/{_slug(t)}'>{_e(t)}</a>"
        for t in (a["section"], "News", "Journalism")
    )
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, name, True)}<body><header class='top-bar'>"
        f"<a class='logo' href='{base}/'>{_e(name)}</a><input placeholder='Search'><a href='"
        f"{base}/new-story'>Write</a> <a href='{base}/m/signin'>Sign in</a> <a class='button'"
        f" href='{base}/m/signup'>Get started</a></header><main><article><div class='post-"
        f"header'><span class='member-badge'>Member-only story</span><h1>{_e(a['title'])}"
        f"</h1><div class='author-card'><img src='https://cdn.{domain}.example/avatars/"
        f"{_slug(a['author'])}.jpg' alt=''><a href='{base}/{handle}'>{_e(a['author'])}</a> "
        f"<button class='follow'>Follow</button><span class='followers'>{followers} "
        f"followers</span><p>Published in <a href='{base}/{_slug(publication)}'>"
        f"{_e(publication)}</a> <span class='reading-time'>{max(2, words // 230 + 1)} min "
        f"read</span> <span>{date}</span></p></div>{bar}</div><div class='post-body'>{body}"
        f"</div>{bar}<div class='tags'>{tags}</div></article><section class='written-by'>"
        f"<img src='https://cdn.{domain}.example/avatars/{_slug(a['author'])}.jpg' alt=''>"
        f"<h2>Written by {_e(a['author'])}</h2><p>{followers} followers &middot; "
        f"{rng.randrange(20, 400)} following</p><p>{_e(rng.choice(PLATFORM_BIOS))}</p><button"
        f" class='follow'>Follow</button></section><section class='responses'><h2>Responses "
        f"({n})</h2><div class='respond-box'>What are your thoughts?</div>{responses}<a "
        f"href='{base}/p/{a['slug']}/responses'>See all responses</a></section><section "
        f"class='more-from'><h2>More from {_e(a['author'])}</h2>{more}</section><section "
        f"class='recommended'><h2>Recommended from {_e(name)}</h2><ul>{recommended}</ul>"
        f"</section></main><footer><a href='{base}/help'>Help</a> <a href='{base}/status'>"
        f"Status</a> <a href='{base}/about'>About</a> <a href='{base}/jobs'>Careers</a> <a "
        f"href='{base}/press'>Press</a> <a href='{base}/privacy'>Privacy</a> <a href='{base}/"
        f"terms'>Terms</a> <a href='{base}/tts'>Text to speech</a></footer></body></html>"
    )


# Layouts for the ninth fresh set, written before the eighth fresh set's failures were
# looked at: only ever paired with fresh9.jsonl, beside FRESH9_KNOWN, three older layouts.
FRESH9_TEMPLATES: dict[str, Template] = {
    "factcheck": factcheck,
    "sport": sport,
    "platform": platform,
}
FRESH9_KNOWN = ("terminal", "nextjs", "cluster")


def build_fresh9() -> list[Page]:
    """The ninth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set(
        "fresh9.jsonl",
        FRESH9_KNOWN,
        FRESH9_TEMPLATES,
        (
            *LAYOUTS,
            FRESH4_TEMPLATES,
            FRESH5_TEMPLATES,
            FRESH6_TEMPLATES,
            FRESH7_TEMPLATES,
            FRESH8_TEMPLATES,
        ),
    )
