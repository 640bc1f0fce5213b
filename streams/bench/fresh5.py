"""The fifth fresh set: new article texts in three known and three new page layouts.

`build_fresh5()` was written before anyone looked at the fourth fresh set's failures, to
take its place once they are fixed: the 12 texts of data/clean/fresh5.jsonl (a mine rescue
with a "How the rescue worked" subheading, a mayoral debate quoting four candidates, a
tennis upset with its set scores and a one-sentence paragraph, drought insurance payouts,
a ransomware attack on a hospital with a "What patients should do" subheading, house price
data full of percentages, a fraud sentencing, a festival cancelled by a storm with a
"Refunds" subheading, a new frog species, an airline merger, a protest against school
closures and a "what we know so far" explainer of short numbered paragraphs) in three
known layouts (FRESH5_KNOWN) and in three new ones, FRESH5_TEMPLATES: 72 pages. The new
ones are:

- a financial news site ("terminal"): a ticker strip of indices, commodities and currencies
  with prices and changes, then the story in <div class="article__content">, which opens
  with a "Key takeaways" <ul> saying what the story says in other words, carries quote
  "chips" (<a class="quote-chip"> with a symbol and a % change) at the end of some of its
  <p>s, a "WATCH NOW" video card and an inline newsletter <p>, and ends with a disclosure
  paragraph ("The author holds no positions..."), a news-tip line and a "Market data
  delayed 15 minutes" line; after it a "Trending tickers" table, a "Latest" rail and a
  footer of data-provider and copyright lines;
- a community news site ("community"), Patch-style: a location bar, the story as <p>s in
  <div class="post-body"> holding a "Find out what's happening in ..." call to action, a
  captioned photo and a newsletter <p> in italics, with a news-tip line at its end; then a
  "Thank | Reply | Share" bar with counts, replies with neighbourhoods and the rules of
  replying, "Neighbor Posts" cards written as full sentences with their own Thank/Reply
  counts, an "Announcements" list of one-sentence <p> posts, upcoming events with dates
  and venues, and a corporate footer;
- an old web portal ("portal"): <center> and <font> tags and a three-column layout table;
  a left column of link lists in nested tables, the story as unclosed <p>s inside a
  <font> in the middle cell with, in the same cell, "Print this story | E-mail this
  story" tools, a right-aligned "RELATED LINKS" table, an "ADVERTISEMENT" slot, the
  source's copyright line ("... may not be published, broadcast, rewritten or
  redistributed.") and a message-board teaser; a right column of "NEWS BRIEFS" written
  as full sentences with "(more)" links, a weather and a stock-quote form and a poll; a
  centred footer with a "Best viewed" line.

The truth is the article's paragraphs only; takeaways, chips, disclosures, calls to
action, captions, replies, posts, announcements, briefs and legal lines are not. Every
truth paragraph is on each page, escaped, in order.
"""

from __future__ import annotations

import random
from typing import Any

from streams.bench.fresh4 import FRESH4_TEMPLATES, _source
from streams.bench.pages import (
    _DAYS,
    _MONTHS,
    LAYOUTS,
    PHOTO_CAPTIONS,
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

# --- terminal: a financial news site -------------------------------------------------

TERMINAL_SITES = [
    ("Meridian Markets", "meridianmarkets"),
    ("Ledgerline", "ledgerline"),
    ("Bourse Daily", "boursedaily"),
]
DATA_PROVIDERS = ["Quantis Data", "Tickstream Ltd", "Coremark Exchange Services"]
# Symbol, name, typical level.
INSTRUMENTS = [
    ("DJIA", "Dow Jones Industrial Average", 39_400.0),
    ("SPX", "S&P 500", 5_210.0),
    ("COMP", "Nasdaq Composite", 16_350.0),
    ("UKX", "FTSE 100", 8_120.0),
    ("DAX", "DAX", 18_300.0),
    ("N225", "Nikkei 225", 38_900.0),
    ("HSI", "Hang Seng", 17_650.0),
    ("BRENT", "Brent Crude", 83.4),
    ("WTI", "WTI Crude", 79.1),
    ("GOLD", "Gold", 2_345.0),
    ("EUR/USD", "Euro/US Dollar", 1.084),
    ("USD/JPY", "US Dollar/Yen", 151.6),
    ("US10Y", "US 10-Year Yield", 4.31),
    ("BTC/USD", "Bitcoin", 64_200.0),
]
TRENDING_TICKERS = [
    ("QRTZ", "Quartzline Semiconductor Corp."),
    ("MRFT", "Meridian Freight Holdings"),
    ("SLVA", "Silvana Foods Inc."),
    ("ORKR", "Oakridge Renewables plc"),
    ("PLMX", "Palomex Mining Ltd."),
    ("VRDA", "Verdant Agritech Inc."),
    ("KSTL", "Kestrel Aerospace Group"),
    ("NBLA", "Nebula Cloud Systems"),
    ("HRBG", "Harbourgate Insurance"),
]
TERMINAL_LATEST = [
    "Treasury yields edge higher ahead of inflation data",
    "Oil slips as stockpiles build for a third week",
    "Chipmakers lead tech rally after upbeat guidance",
    "Dollar steadies as traders trim rate-cut bets",
    "Retail sales beat forecasts in a sign of resilient spending",
    "Gold hovers near record as central banks keep buying",
    "What the yield curve is telling investors now",
]
TERMINAL_VIDEOS = [
    "Why economists are split on where rates go next",
    "Three charts that explain this week's market moves",
    "How supply chains are being redrawn",
    "The trade that everyone on Wall Street is watching",
]
TERMINAL_MENU = ["Markets", "Business", "Investing", "Tech", "Economy", "Politics", "Watchlist"]
# "Key takeaways" for each story, saying what it says in other words.
TAKEAWAYS = {
    "oruro-tin-mine-rescue": [
        "All nine workers caught by Friday's flood at the Santa Rosalia cooperative were "
        "rescued alive on Monday.",
        "They sheltered in an air pocket for roughly 70 hours while crews pumped water out.",
        "The government has shut the mine and will inspect all cooperative sites in the area.",
    ],
    "winnipeg-mayoral-debate": [
        "Four mayoral contenders met on stage for the first time, with crime, taxes and buses "
        "dominating the night.",
        "The front-runner wants more police; her rivals offered housing money, a tax freeze "
        "and restored bus routes.",
        "Polls show no clear winner ahead of the late-October vote.",
    ],
    "roland-garros-qualifier-semifinal": [
        "A Portuguese player ranked outside the top 100 is through to the last four at Roland "
        "Garros.",
        "Her opponent had two chances to close out the match but made dozens of unforced errors.",
        "The run has already earned her more than all her previous career prize money.",
    ],
    "zambia-maize-insurance": [
        "Roughly 300,000 growers will share about $8.1 million in drought compensation.",
        "Payments are triggered by satellite rainfall readings rather than field inspections.",
        "Farmers say individual payouts will not cover what they have lost.",
    ],
    "ghent-hospital-ransomware": [
        "A ransomware infection knocked out a Belgian hospital's IT systems overnight.",
        "Ambulances are going elsewhere and planned surgery is on hold, though dialysis and "
        "cancer care continue.",
        "Management says it will not pay and hopes to bring core systems back within two days.",
    ],
    "australia-home-prices-april": [
        "National dwelling values dropped in April for the third month in a row.",
        "The two biggest cities fell furthest; Adelaide was the only major market to gain.",
        "More listings and a rate rise are cooling demand, while rents keep climbing.",
    ],
    "shropshire-hospice-fraud-sentencing": [
        "A volunteer treasurer took hundreds of thousands of pounds from a hospice over nine "
        "years.",
        "The money went on gambling, trips abroad and a sports car, the court was told.",
        "The hospice has delayed a new unit and scaled back bereavement support as a result.",
    ],
    "harbour-lights-festival-cancelled": [
        "Storm damage to stages and a flooded campsite forced organisers to call off the event.",
        "Around 22,000 ticket holders will be refunded automatically within two weeks.",
        "Local traders lose a weekend worth an estimated £4 million to the area.",
    ],
    "intag-glass-frog-species": [
        "Researchers in Quito have described a see-through frog new to science.",
        "The species is known from a handful of streams and the team wants it classed as "
        "critically endangered.",
        "Part of its tiny range overlaps a copper exploration concession.",
    ],
    "andean-airline-merger": [
        "Two Andean carriers will combine in an all-share deal valuing the group at $2.4 billion.",
        "The merged airline would be the continent's third-biggest and targets $180 million "
        "in yearly savings.",
        "Regulators in three countries must sign off, and slot sales are likely.",
    ],
    "millbrook-school-closures-protest": [
        "The district wants to shut four of 11 elementary schools to save money.",
        "Protesters say the east side would bear the brunt, with long bus rides for young "
        "children.",
        "The board will not vote before December and has promised two more hearings.",
    ],
    "antwerp-plant-explosion-explainer": [
        "Two workers were killed and 11 hurt in a blast at a chemical unit in the port.",
        "A stay-indoors order for nearby districts was lifted after air tests came back clear.",
        "The cause is unknown and prosecutors have opened an investigation.",
    ],
}


def _move(rng: random.Random) -> float:
    return round(rng.uniform(-2.5, 2.5), 2) or 0.01


def _level(level: float, move: float) -> str:
    value = level * (1 + move / 100)
    return f"{value:,.3f}" if value < 10 else f"{value:,.2f}"


def _pct(move: float) -> str:
    return f"{move:+.2f}%"


def _updown(move: float) -> str:
    return "up" if move > 0 else "down"


def terminal(a: dict[str, Any], rng: random.Random) -> str:
    """A financial news page: ticker strip, takeaways, quote chips, disclosure, tickers table."""
    site, domain = rng.choice(TERMINAL_SITES)
    provider = rng.choice(DATA_PROVIDERS)
    year, month, day, clock = _date(a)
    base = f"https://www.{domain}.example"
    weekday = _DAYS[_weekday(year, month, day)]
    stamp = f"{weekday}, {_MONTHS[month - 1][:3]} {day} {year} {clock.upper()}"
    moves = {sym: _move(rng) for sym, _, _ in INSTRUMENTS}
    strip = "".join(
        f"<li class='ticker'><a href='{base}/quotes/{_slug(sym)}/'><span class='ticker__sym'>"
        f"{_e(sym)}</span> <span class='ticker__px'>{_level(level, moves[sym])}</span> <span "
        f"class='ticker__chg ticker__chg--{_updown(moves[sym])}'>{_pct(moves[sym])}</span></a>"
        "</li>"
        for sym, _, level in INSTRUMENTS
    )

    def chip(sym: str, name: str) -> str:
        move = moves[sym]
        return (
            f" <a class='quote-chip quote-chip--{_updown(move)}' href='{base}/quotes/{_slug(sym)}/"
            f"' data-symbol='{_e(sym)}'><span class='quote-chip__name'>{_e(name)}</span> <span "
            f"class='quote-chip__chg'>{_pct(move)}</span></a>"
        )

    paragraphs = a["paragraphs"]
    chips = {
        i: chip(sym, name)
        for i, (sym, name, _) in zip(
            rng.sample(range(len(paragraphs)), 3), rng.sample(INSTRUMENTS, 3), strict=True
        )
    }
    body = [f"<p>{_e(p)}{chips.get(i, '')}</p>" for i, p in enumerate(paragraphs)]
    minutes, seconds = rng.randrange(1, 6), rng.randrange(60)
    video = (
        f"<div class='inline-video' data-video-id='{rng.randrange(10**9)}'><span class='inline-"
        f"video__label'>WATCH NOW</span><span class='inline-video__duration'>VIDEO "
        f"{minutes:02d}:{seconds:02d}</span><h3 class='inline-video__title'>"
        f"{_e(rng.choice(TERMINAL_VIDEOS))}</h3><button>Play</button></div>"
    )
    newsletter = (
        f"<p class='inline-newsletter'><em>Sign up for the {_e(site)} Morning Brief to get the "
        "day's most important market news in your inbox before the opening bell.</em> <a href="
        f"'{base}/newsletters/morning-brief/'>Subscribe</a></p>"
    )
    body.insert(min(6, len(body) - 1), newsletter)
    body.insert(2, video)
    # Later sets carry their articles' takeaways in their own data; this set's are in TAKEAWAYS.
    points = a.get("takeaways") or TAKEAWAYS[a["slug"]]
    takeaways = "".join(f"<li>{_e(t)}</li>" for t in points)
    content = (
        "<div class='article__content'><div class='key-takeaways'><h2>Key takeaways</h2>"
        f"<ul>{takeaways}</ul></div>{''.join(body)}<p class='disclosure'><em>Disclosure: The "
        "author holds no positions in any of the securities mentioned in this article and has "
        f"no plans to open any within 72 hours. {_e(site)} has a disclosure policy.</em></p><p "
        "class='tip-line'>Got a confidential news tip? We want to hear from you. <a href='"
        f"{base}/tips/'>Send us a tip</a></p><p class='market-data-note'>Market data delayed 15 "
        f"minutes. Quotes provided by {_e(provider)}.</p></div>"
    )
    rows = "".join(
        f"<tr><td><a href='{base}/quotes/{sym.lower()}/'>{sym}</a></td><td>{_e(name)}</td><td>"
        f"{rng.uniform(8, 420):,.2f}</td><td class='{_updown(m)}'>{m * 1.7:+.2f}</td><td class='"
        f"{_updown(m)}'>{_pct(m)}</td><td>{rng.randrange(2, 90)}.{rng.randrange(10)}M</td></tr>"
        for (sym, name), m in zip(
            rng.sample(TRENDING_TICKERS, 6),
            (round(rng.uniform(-9, 9), 2) or 0.5 for _ in range(6)),
            strict=True,
        )
    )
    latest = "".join(
        f"<li><a href='{base}/{year}/{month:02d}/{_slug(t)}.html'>{_e(t)}</a><span class='time'>"
        f"{rng.randrange(2, 59)} min ago</span></li>"
        for t in rng.sample(TERMINAL_LATEST, 5)
    )
    markets = "".join(
        f"<tr><td>{_e(name)}</td><td>{_level(level, moves[sym])}</td><td class='"
        f"{_updown(moves[sym])}'>{_pct(moves[sym])}</td></tr>"
        for sym, name, level in INSTRUMENTS[:6]
    )
    menu = "".join(f"<li><a href='{base}/{_slug(m)}/'>{m}</a></li>" for m in TERMINAL_MENU)
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, True)}<body class='page-article'>"
        f"<header class='site-header'><a class='logo' href='{base}/'>{_e(site)}</a><nav><ul>"
        f"{menu}</ul></nav><form class='quote-search' action='{base}/search'><input name='q' "
        "placeholder='Search quotes, news and videos'></form><a href='/account/signin'>Sign In"
        "</a> <a class='cta' href='/subscribe'>Subscribe</a></header><div class='ticker-strip' "
        f"role='marquee'><ul>{strip}</ul><span class='ticker-strip__note'>Data delayed</span>"
        f"</div><main class='layout'><article class='article'><div class='article__header'><a "
        f"class='article__eyebrow' href='{base}/{_slug(a['section'])}/'>{_e(a['section'])}</a>"
        f"<h1 class='article__headline'>{_e(a['title'])}</h1><div class='article__byline'>"
        f"<a href='{base}/author/{_slug(a['author'])}/'>{_e(a['author'])}</a> <span>Reporter"
        f"</span></div><div class='article__time'><time datetime='{a['published']}'>Published "
        f"{stamp}</time> <span>Updated {rng.randrange(2, 6)} hours ago</span></div><div class="
        "'article__share'><button>Share</button> <button>Save</button> <button>Listen "
        f"{max(1, sum(len(p.split()) for p in paragraphs) // 150)} min</button></div></div>"
        f"{content}</article><aside class='rail'><section class='rail__latest'><h2>Latest"
        f"</h2><ol>{latest}</ol></section><section class='rail__markets'><h2>Markets</h2>"
        f"<table>{markets}</table></section></aside></main><section class='trending-tickers'>"
        "<h2>Trending tickers</h2><table><thead><tr><th>Symbol</th><th>Name</th><th>Last</th>"
        f"<th>Chg</th><th>% Chg</th><th>Volume</th></tr></thead><tbody>{rows}</tbody></table>"
        "</section><footer class='site-footer'><ul><li><a href='/about'>About</a></li><li><a "
        "href='/contact'>Contact</a></li><li><a href='/advertise'>Advertise</a></li><li><a "
        "href='/privacy'>Privacy Policy</a></li><li><a href='/terms'>Terms of Service</a></li>"
        "<li><a href='/ad-choices'>Ad Choices</a></li></ul><p>Data is a real-time snapshot. "
        "*Data is delayed at least 15 minutes. Global business and financial news, stock quotes,"
        f" and market data and analysis.</p><p>Market data provided by {_e(provider)}. ETF and "
        "mutual fund data provided by Fundlens.</p><p>&copy; "
        f"{year} {_e(site)} LLC. All Rights Reserved.</p></footer></body></html>"
    )


# --- community: a Patch-style local site ----------------------------------------------

TOWNS = [("Cedar Grove", "NJ"), ("Willow Creek", "IL"), ("Fairhaven", "MA"), ("Lake Orion", "MI")]
NETWORK = "Neighborly"
NETWORK_COMPANY = "Neighborly Media Inc."
COMMUNITY_MENU = [
    "Local News",
    "Neighbor Posts",
    "Classifieds",
    "Events",
    "Real Estate",
    "Obituaries",
    "Best of",
]
NEIGHBORS = [
    "Linda Maraschino",
    "Tom Okafor",
    "Jen Kowalczyk",
    "Ray Dunleavy",
    "Priya Raman",
    "Carl Hendricks",
    "Megan Tully",
    "Sam Whitcomb",
]
REPLIES = [
    "Thank you for covering this. I had no idea until my neighbor mentioned it this morning.",
    "I wish the article said more about what happens next. Does anyone know if there is a "
    "meeting scheduled?",
    "This has been coming for years. Nobody listened when people raised it the first time.",
    "Great reporting as always. Sharing this with my block group.",
    "Some of the comments on here are a bit much. Let's wait until all the facts are in.",
    "My family has lived here for 30 years and I have never seen anything like it.",
]
NEIGHBOR_POSTS = [
    "Does anyone have a recommendation for a reliable plumber? Ours retired and we have a "
    "leak under the kitchen sink that is getting worse.",
    "Found a gray tabby cat with a blue collar near the corner of Maple and 3rd. Very "
    "friendly. Message me if he's yours.",
    "The new bakery on Main Street is fantastic. Get there early on Saturdays because the "
    "cinnamon rolls sell out by ten.",
    "Has anyone else noticed how fast people drive down Elm Avenue now? Somebody is going to "
    "get hurt near the park.",
    "Our Girl Scout troop is collecting old blankets and towels for the animal shelter. We "
    "will pick up from your porch this weekend.",
    "Lost: a set of car keys with a red lanyard, probably at the high school track on "
    "Thursday evening. Reward offered.",
]
ANNOUNCEMENTS = [
    "The Friends of the Library used book sale returns to the community room next weekend.",
    "Congratulations to the high school robotics team on qualifying for the state finals.",
    "The VFW post is hosting a pancake breakfast on Sunday, and all proceeds go to veterans.",
    "Leaf pickup in the north zone has been moved to Wednesday because of the holiday.",
    "The food pantry urgently needs canned vegetables, peanut butter and diapers.",
    "Saint Mark's Church is holding a free blood pressure screening after both morning services.",
]
EVENTS = [
    ("Holiday Craft Fair", "Cedar Grove Community Center"),
    ("Story Time for Toddlers", "Public Library, Children's Room"),
    ("Open Mic Night", "The Grind Coffee House"),
    ("Farmers Market", "Town Green"),
    ("Trivia for a Cause", "O'Malley's Tavern"),
    ("Beginner Yoga in the Park", "Riverside Park Pavilion"),
]
RULES_OF_REPLYING = (
    "The rules of replying: Be respectful. This is a space for friendly local discussions. "
    "No racist, discriminatory, vulgar or threatening language will be tolerated. Be "
    "transparent. Use your real name, and back up your claims. Keep it local and relevant."
)


def community(a: dict[str, Any], rng: random.Random) -> str:
    """A community news page: div.post-body, Thank/Reply/Share, neighbor posts, events."""
    town, state = rng.choice(TOWNS)
    year, month, day, clock = _date(a)
    weekday = _DAYS[_weekday(year, month, day)]
    host = "https://neighborly.example"
    base = f"{host}/{state.lower()}/{_slug(town)}"
    editor = rng.choice(NEIGHBORS)
    body = [f"<p>{_e(p)}</p>" for p in a["paragraphs"]]
    n = len(body)
    body.insert(
        min(5, n - 1),
        f"<p><em>Don't miss a thing: sign up for free {_e(town)} {NETWORK} alerts and our daily"
        f" newsletter.</em> <a href='{base}/subscribe'>Subscribe</a></p>",
    )
    body.insert(
        3,
        f"<figure class='post-image'><img src='https://cdn.neighborly.example/{year}/{month:02d}/"
        f"{a['slug']}.jpg' alt=''><figcaption>{_e(rng.choice(PHOTO_CAPTIONS))}. (Photo: "
        f"{_e(rng.choice(PHOTOGRAPHERS))}/{NETWORK})</figcaption></figure>",
    )
    body.insert(
        1,
        f"<div class='inline-cta'><p>Find out what's happening in {_e(town)} with free, "
        f"real-time updates from {NETWORK}.</p><a class='btn' href='{base}/subscribe'>Let's go!"
        "</a></div>",
    )
    body.append(
        f"<p><em>Have a news tip for {_e(town)} {NETWORK}? Email {_e(editor.split()[0])} at "
        f"{_slug(editor).replace('-', '.')}@neighborly.example.</em></p>"
    )
    thanks, n_replies = rng.randrange(4, 80), rng.randrange(3, 40)
    replies = "".join(
        f"<div class='reply'><a class='reply__user' href='{host}/users/{_slug(u)}'>{_e(u)}</a> "
        f"<span class='reply__badge'>Neighbor, {_e(town)}</span><p>{_e(t)}</p><div class='reply"
        f"__actions'><a href='#'>Thank</a> &middot; <a href='#'>Reply</a> &middot; "
        f"{rng.randrange(1, 23)}h</div></div>"
        for u, t in zip(rng.sample(NEIGHBORS, 3), rng.sample(REPLIES, 3), strict=True)
    )
    posts = "".join(
        f"<div class='neighbor-post'><div class='neighbor-post__author'><a href='{host}/users/"
        f"{_slug(u)}'>{_e(u)}</a> &middot; Neighbor &middot; {rng.randrange(1, 9)}d</div><p>"
        f"{_e(t)}</p><div class='neighbor-post__actions'><a href='#'>Thank</a> "
        f"{rng.randrange(0, 30)} | <a href='#'>Reply</a> {rng.randrange(0, 15)} | <a href='#'>"
        "Share</a></div></div>"
        for u, t in zip(rng.sample(NEIGHBORS, 4), rng.sample(NEIGHBOR_POSTS, 4), strict=True)
    )
    announcements = "".join(
        f"<div class='announcement'><span class='announcement__by'>{_e(u)}</span><p>{_e(t)}</p>"
        "</div>"
        for u, t in zip(rng.sample(NEIGHBORS, 4), rng.sample(ANNOUNCEMENTS, 4), strict=True)
    )
    events = []
    for i, (title, venue) in enumerate(rng.sample(EVENTS, 4)):
        d = (day + 2 * i + rng.randrange(1, 3) - 1) % 28 + 1
        hour = rng.choice([9, 10, 11, 18, 19])
        events.append(
            f"<li class='event'><div class='event__date'><span class='month'>"
            f"{_MONTHS[month - 1][:3].upper()}</span><span class='day'>{d}</span></div><a href='"
            f"{base}/calendar/event/{year}{month:02d}{d:02d}/{_slug(title)}'>{_e(title)}</a><p "
            f"class='event__venue'>{_e(venue)}, {_e(town)}</p><p class='event__time'>"
            f"{(hour - 1) % 12 + 1}:00 {'am' if hour < 12 else 'pm'}</p></li>"
        )
    menu = "".join(f"<li><a href='{base}/{_slug(m)}'>{m}</a></li>" for m in COMMUNITY_MENU)
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, f'{town}, {state} {NETWORK}', True)}<body>"
        f"<header class='masthead'><a class='brand' href='{host}/'>{NETWORK}</a><div class='"
        f"location-bar'><span class='location'>{_e(town)}, {state}</span> <a href='{host}/"
        "change-location'>Change location</a></div><nav><ul>"
        f"{menu}</ul></nav><a class='btn alerts' href='{base}/subscribe'>Sign up for free "
        f"alerts</a> <a href='{host}/login'>Log in</a></header><main class='feed-article'>"
        f"<div class='article-header'><a class='category-badge' href='{base}/"
        f"{_slug(a['section'])}'>{_e(a['section'])}</a><h1>{_e(a['title'])}</h1><div class="
        f"'byline'><img class='avatar' src='{host}/img/staff/{_slug(a['author'])}.jpg' alt=''>"
        f"<span class='byline__name'>{_e(a['author'])},</span> <span class='byline__role'>"
        f"{NETWORK} Staff</span> <span class='badge badge--verified'>Verified Local Editor"
        f"</span></div><div class='timestamp'>Posted {weekday}, {_MONTHS[month - 1][:3]} {day}, "
        f"{year} at {clock} ET</div><div class='reply-count'><a href='#replies'>Reply "
        f"({n_replies})</a></div></div><div class='post-body'>{''.join(body)}</div><div "
        f"class='engagement-bar'><button class='thank'>Thank</button> <span>{thanks} Thanks"
        f"</span> | <button class='reply'>Reply</button> <span>{n_replies} Replies</span> | "
        f"<button class='share'>Share</button></div><section id='replies' class='replies'><h3>"
        f"Replies ({n_replies})</h3><p class='rules'>{_e(RULES_OF_REPLYING)}</p>{replies}<a "
        f"class='more-replies' href='#'>Read more replies</a></section></main><aside class="
        f"'sidebar'><section class='neighbor-posts'><h2>Neighbor Posts</h2>{posts}<a href='"
        f"{base}/posts'>See all posts</a> <a class='btn' href='{base}/posts/new'>Post something"
        "</a></section><section class='announcements'><h2>Announcements</h2>"
        f"{announcements}</section><section class='events'><h2>Upcoming Events</h2><ul>"
        f"{''.join(events)}</ul><a href='{base}/calendar'>See all events</a> <a href='{base}/"
        f"calendar/new'>Add your event</a></section></aside><footer class='site-footer'><a "
        f"class='brand' href='{host}/'>{NETWORK}</a><ul><li><a href='{host}/about'>About us"
        f"</a></li><li><a href='{host}/careers'>Careers</a></li><li><a href='{host}/"
        "community-guidelines'>Community Guidelines</a></li><li><a href='"
        f"{host}/terms'>Terms of Use</a></li><li><a href='{host}/privacy'>Privacy Policy</a>"
        f"</li><li><a href='{host}/privacy-choices'>Do Not Sell or Share My Personal Information"
        f"</a></li></ul><p>&copy; {year} {NETWORK_COMPANY} All Rights Reserved.</p></footer>"
        "</body></html>"
    )


# --- portal: an old web portal ---------------------------------------------------------

PORTALS = ["StarNet Online", "Gateway Central", "PrimeLink", "Wanderweb"]
PORTAL_TOP = ["Mail", "Chat", "Games", "Shopping", "Weather", "Horoscopes", "People Search"]
PORTAL_LEFT = {
    "News": [
        "Top Stories",
        "U.S.",
        "World",
        "Business",
        "Technology",
        "Sports",
        "Entertainment",
        "Health",
        "Odd News",
        "Photos",
    ],
    "Channels": ["Autos", "Careers", "Money", "Real Estate", "Travel", "Kids", "Music"],
    "Your Stuff": ["My Portfolio", "Free E-mail", "Calendar", "Address Book", "Greeting Cards"],
}
PORTAL_BRIEFS = [
    (
        "Senate passes spending bill",
        "The Senate approved a stopgap spending bill late Tuesday, averting a partial "
        "government shutdown for at least six weeks.",
    ),
    (
        "Storms knock out power",
        "More than 200,000 homes and businesses lost power after thunderstorms with damaging "
        "winds swept across three states overnight.",
    ),
    (
        "Automaker recalls SUVs",
        "An automaker is recalling about 90,000 sport utility vehicles because a faulty seat "
        "belt sensor may stop an airbag from deploying.",
    ),
    (
        "Zoo welcomes twin pandas",
        "A zoo said its giant panda gave birth to twins over the weekend, and both cubs appear "
        "healthy.",
    ),
    (
        "Stocks close mixed",
        "Stocks ended mixed on Wednesday as gains for technology companies offset losses for "
        "banks and energy producers.",
    ),
    (
        "Lottery jackpot grows",
        "Nobody matched all six numbers in the latest drawing, so the jackpot will climb to an "
        "estimated $410 million.",
    ),
    (
        "Singer cancels tour dates",
        "A pop singer has cancelled the rest of her European tour on medical advice, her "
        "management said in a statement.",
    ),
]
POLL_QUESTIONS = [
    "Do you plan to travel over the holidays this year?",
    "Should cities ban cars from their downtown streets?",
    "Do you read the news on your phone or your computer?",
]
_FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _box(title: str, inner: str) -> str:
    """A portal side box: a nested table with a coloured header cell."""
    return (
        "<table width='100%' border='0' cellpadding='3' cellspacing='0'><tr><td bgcolor="
        f"'#336699'><font face='Arial' size='2' color='#FFFFFF'><b>{title}</b></font></td>"
        f"</tr><tr><td bgcolor='#F2F5FA'><font face='Arial' size='1'>{inner}</font></td></tr>"
        "</table><br>"
    )


def portal(a: dict[str, Any], rng: random.Random) -> str:
    """An old portal page: three table columns, the story as <p>s in a <font> in the middle."""
    site = rng.choice(PORTALS)
    domain = site.lower().replace(" ", "")
    base = f"http://www.{domain}.example"
    year, month, day, _ = _date(a)
    hour, minute = int(a["published"][11:13]), a["published"][14:16]
    weekday = _FULL_DAYS[_weekday(year, month, day)]
    when = (
        f"{weekday}, {_MONTHS[month - 1]} {day}, {year}; {(hour - 1) % 12 + 1}:{minute} "
        f"{'AM' if hour < 12 else 'PM'}"
    )
    source = _source(a, site)
    story_id = rng.randrange(10**6, 10**7)
    top = " | ".join(f"<a href='{base}/{_slug(t)}/'>{t}</a>" for t in PORTAL_TOP)
    left = "".join(
        _box(title, "".join(f"<a href='{base}/{_slug(x)}/'>{x}</a><br>" for x in links))
        for title, links in PORTAL_LEFT.items()
    )
    related = "".join(
        f"&#149; <a href='{base}/news/{rng.randrange(10**6)}.html'>{_e(t)}</a><br>"
        for t, _ in rng.sample(PORTAL_BRIEFS, 3)
    )
    related_box = (
        "<table align='right' width='160' border='1' cellpadding='4' cellspacing='0' bgcolor="
        f"'#FFFFE0'><tr><td><font face='Arial' size='1'><b>RELATED LINKS</b><br>{related}"
        f"&#149; <a href='{base}/search?q={_slug(a['section'])}'>More on {_e(a['section'])}"
        "</a></font></td></tr></table>"
    )
    advert = (
        "<center><font size='1' color='#999999'>ADVERTISEMENT</font><br><a href='"
        f"{base}/adclick?id={rng.randrange(10**8)}'><img src='{base}/ads/300x250_"
        f"{rng.randrange(1000)}.gif' width='300' height='250' border='0'></a></center>"
    )
    body = [f"<p>{_e(p)}\n" for p in a["paragraphs"]]
    body.insert(min(4, len(body) - 1), advert)
    body.insert(2, related_box)
    posts = rng.randrange(12, 400)
    legal = (
        f"Copyright {year} {_e(source)}. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed."
    )
    briefs = "".join(
        f"<p><b>{_e(t)}</b><br>{_e(x)} <a href='{base}/news/{rng.randrange(10**6)}.html'>"
        "(more)</a></p>"
        for t, x in rng.sample(PORTAL_BRIEFS, 5)
    )
    weather = (
        f"<form action='{base}/weather'>Enter city or ZIP code:<br><input name='zip' size='8'> "
        "<input type='submit' value='Go'></form>"
    )
    quotes = (
        f"<form action='{base}/quotes'>Symbol(s):<br><input name='s' size='8'> <input type="
        "'submit' value='Get Quotes'></form>Quotes delayed 20 minutes.<br><a href='"
        f"{base}/symbol-lookup'>Symbol lookup</a>"
    )
    poll = (
        f"<form action='{base}/poll'>{_e(rng.choice(POLL_QUESTIONS))}<br><input type='radio' "
        "name='v' value='1'> Yes<br><input type='radio' name='v' value='2'> No<br><input "
        "type='radio' name='v' value='3'> Not sure<br><input type='submit' value='Vote'></form>"
        f"<a href='{base}/poll/results'>View results</a>"
    )
    story = (
        f"<font face='Arial' size='1'><a href='{base}/news/'>News</a> &gt; <a href='{base}/news/"
        f"{_slug(a['section'])}/'>{_e(a['section'])}</a></font><br><br><font face='Arial' size="
        f"'4'><b>{_e(a['title'])}</b></font><br><font face='Arial' size='1' color='#666666'>"
        f"By {_e(a['author'])}<br>{_e(source)}<br>{when}</font><br><br><font face='Arial' "
        f"size='1'>[<a href='{base}/print?id={story_id}'>Print this story</a>] [<a href='"
        f"{base}/mailstory?id={story_id}'>E-mail this story</a>] [<a href='{base}/boards/"
        f"{story_id}'>Discuss ({posts} posts)</a>]</font><br><font face='Verdana, Arial' size="
        f"'2'>{''.join(body)}<p><font size='1'>{legal}</font>\n<p><b>Message Boards</b><br>"
        f"Discuss this story with other {_e(site)} members: <a href='{base}/boards/{story_id}'>"
        f"{posts} posts</a><br><font size='1'>[<a href='#top'>Back to top</a>]</font></font>"
    )
    return (
        f"<html>{_head(a, site, False)}<body bgcolor='#FFFFFF' text='#000000' link='#0000CC' "
        "vlink='#551A8B' topmargin='0' leftmargin='0'><a name='top'></a><center><table width="
        "'780' border='0' cellpadding='2' cellspacing='0'><tr><td><font face='Arial' size='5' "
        f"color='#336699'><b>{_e(site)}</b></font></td><td align='right'><form action='{base}"
        "/search'><font face='Arial' size='2'>Search the Web:</font> <input name='q' size='20'>"
        f" <input type='submit' value='Search'></form></td></tr><tr><td colspan='2' bgcolor="
        f"'#DDE4EE'><font face='Arial' size='2'>{top}</font></td></tr></table><br><a href='"
        f"{base}/adclick?id={rng.randrange(10**8)}'><img src='{base}/ads/468x60_"
        f"{rng.randrange(1000)}.gif' width='468' height='60' border='0'></a><br><font size='1'>"
        "Advertisement</font></center><br><center><table width='780' border='0' cellpadding='0'"
        " cellspacing='0'><tr><td width='150' valign='top' bgcolor='#E8EEF7'>"
        f"{left}</td><td width='10'>&nbsp;</td><td width='450' valign='top'>{story}</td><td "
        f"width='10'>&nbsp;</td><td width='160' valign='top'>{_box('NEWS BRIEFS', briefs)}"
        f"{_box('WEATHER', weather)}{_box('STOCK QUOTES', quotes)}{_box('QUICK POLL', poll)}"
        "</td></tr></table></center><center><hr width='780'><font face='Arial' size='1'><a "
        f"href='{base}/about/'>About {_e(site)}</a> | <a href='{base}/advertise/'>Advertise"
        f"</a> | <a href='{base}/help/'>Help</a> | <a href='{base}/privacy/'>Privacy Policy</a>"
        f" | <a href='{base}/terms/'>Terms of Service</a><br>Copyright &copy; 1998-{year} "
        f"{_e(site)}, Inc. All rights reserved.<br>Best viewed with a 4.0 browser or higher at "
        "800 x 600.</font></center></body></html>"
    )


# Layouts for the fifth fresh set, written before the fourth fresh set's failures were
# looked at: only ever paired with fresh5.jsonl, beside FRESH5_KNOWN, three older layouts.
FRESH5_TEMPLATES: dict[str, Template] = {
    "terminal": terminal,
    "community": community,
    "portal": portal,
}
FRESH5_KNOWN = ("longread", "localtv", "regional")


def build_fresh5() -> list[Page]:
    """The fifth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set("fresh5.jsonl", FRESH5_KNOWN, FRESH5_TEMPLATES, (*LAYOUTS, FRESH4_TEMPLATES))
