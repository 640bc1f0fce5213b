"""The fourth fresh set: new article texts in three known and three new page layouts.

`build_fresh4()` was written before anyone looked at the third fresh set's failures, to
take its place once they are fixed: the 12 texts of data/clean/fresh4.jsonl (a court
ruling with a long quote from the judgment, an ice hockey final with its scores, a storm
warning whose expected hazards are short paragraphs of their own after a "The weather
service expects:" line, a card payment outage, a wildfire with its figures, a central
bank's rate cut, a vaccine and dementia study, a theatre review, a cargo ship's lost
containers, a union vote at a games studio, a city budget and an obituary) in three known
layouts (FRESH4_KNOWN) and in three new ones, FRESH4_TEMPLATES: 72 pages. The new ones are:

- a regional newspaper on a big CMS ("regional"): a cookie banner, a breaking-news strip,
  "Story Saved" bookmark text, a lead image with caption and credit, then the story split
  into several <div class="text-block"> containers inside the <article>, with, between
  them, an inline ad slot, a video player ("Video Loading", "Tap to play"), a "Read more"
  box whose blurb is a full sentence, a newsletter sign-up and a numbered "Most read" list;
  the last block ends with a "Got a story?" line; then topic tags, an author card with a
  bio, a comments teaser quoting a reader, "More on this story" teasers, "Top stories" and
  a footer with the press regulator and the company's registration and copyright lines;
- a nonprofit "blog-news" site ("blognews"): the story as <p>s in <div class="entry">
  that opens with an italic "Editor's note:" paragraph on where the story first ran,
  holds a gallery of images with long sentence captions as <p class="caption">, and ends
  with a newsletter box made of <p>s; after it a "Share this:" block, a "Republish this
  story" box, a donation appeal, a "You might also like" grid of <p>-only teasers (full
  sentences, no links around the text), a sidebar of popular posts and a footer with the
  publisher's nonprofit status and copyright;
- a text-only "lite" page ("lite"), as news sites serve to slow connections: no
  <article>, <main> or story <div>; the headline, byline, date and story are <p> siblings
  directly in <body>, between a long <nav> of <p><a> section links and, after a "See full
  web article" link, a "Trending now" list of <p> headlines without full stops and a
  <footer> of <p> lines (cookie notice, "Terms of use", copyright with the publisher's
  name, a trademark line).

The truth is the article's paragraphs only; captions, notes, teasers, bios, comments,
sign-up and appeal boxes and legal lines are not. Every truth paragraph is on each page,
escaped, in order.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

from streams.bench.pages import (
    _DATELINE,
    _DAYS,
    _MONTHS,
    AGENCIES,
    COMMENTS,
    LAYOUTS,
    PHOTO_CAPTIONS,
    PHOTOGRAPHERS,
    SITES,
    Page,
    Template,
    _date,
    _e,
    _head,
    _slug,
    _weekday,
    build_set,
)

REGIONAL_SITES = [
    ("Wessex Evening Echo", "wessexecho"),
    ("Tyneside Chronicle", "tynesidechronicle"),
    ("Fenland Citizen", "fenlandcitizen"),
]
REGIONAL_GROUP = "Harbourline Media Ltd"
REGIONAL_MENU = [
    "News",
    "Crime",
    "Traffic",
    "Health",
    "Education",
    "Politics",
    "Sport",
    "Football",
    "What's On",
    "Food & Drink",
    "Property",
    "Jobs",
    "Announcements",
    "Family Notices",
]
REGIONAL_READ_MORE = [
    (
        "Town centre car park to close for six months for repairs",
        "The multi-storey car park on Bridge Street will shut from next month while engineers "
        "replace corroded steel beams, the council has confirmed.",
    ),
    (
        "Family-run bakery celebrates 100 years on the high street",
        "Four generations of the same family have baked bread on the same site since 1926, and "
        "the shop still opens its doors at six o'clock every morning.",
    ),
    (
        "Parents angry as school bus route is scrapped",
        "Dozens of pupils will have to walk more than two miles to school after the county "
        "council withdrew the service to save money.",
    ),
    (
        "Police name man who died in crash on the ring road",
        "The 34-year-old was pronounced dead at the scene after his motorbike collided with a "
        "van on Saturday evening, officers said.",
    ),
    (
        "New cycle lane divides opinion on busy road",
        "Some residents say the lane has made the road safer, while shop owners say they have "
        "lost customers since parking spaces were removed.",
    ),
    (
        "Landlord calls last orders after 40 years behind the bar",
        "Regulars packed the pub on Friday night to say goodbye to the landlord, who took it "
        "over in 1986 with his late wife.",
    ),
]
REGIONAL_MOST_READ = [
    "Live traffic updates as crash closes main road into the city",
    "Full list of roads closed this weekend for resurfacing works",
    "Popular restaurant shuts its doors with immediate effect",
    "Man jailed after stealing £20,000 of tools from building sites",
    "Weather warning issued as heavy rain set to hit the region",
    "Inside the £1.2m farmhouse with its own indoor swimming pool",
    "Hospital asks people to stay away from A&E unless it is an emergency",
]
REGIONAL_BEATS = ["courts and crime", "health and social care", "councils and politics", "business"]
REGIONAL_FOOTER = [
    "About us",
    "Contact us",
    "Advertise with us",
    "Terms and conditions",
    "Privacy notice",
    "Cookie notice",
    "Complaints",
    "Corrections and clarifications",
    "Syndication and licensing",
    "Our journalism",
    "Sitemap",
]

BLOG_SITES = [
    ("The Valley Dispatch", "valleydispatch", "the Valley News Collaborative"),
    ("Riverbend Report", "riverbendreport", "the Riverbend Civic Media Trust"),
    ("Coastline Current", "coastlinecurrent", "the Coastline Journalism Fund"),
]
PARTNERS = ["Open Ledger Project", "Commons Newsroom", "Prairie Public Reporting Lab"]
GALLERY_CAPTIONS = [
    "Residents gathered outside the town hall on the evening the news was announced. Many "
    "said they had heard about the decision from friends and neighbors before any official "
    "told them.",
    "The view from the hill above town, looking east towards the river. The area has changed "
    "a great deal in the past twenty years, and older residents say they barely recognize "
    "parts of it.",
    "A volunteer sorts donated supplies at a community center. Local groups say demand for "
    "help has risen steadily since the start of the year, and they are struggling to keep up.",
    "Officials speak to reporters after a briefing. They declined to answer questions about "
    "the cost, saying more details would be released later in the month.",
    "Traffic crawls along the main road into town during the morning rush. Commuters say "
    "journeys that used to take 20 minutes now regularly take twice as long.",
]
BLOG_TEASERS = [
    "A new survey of 1,200 renters in the valley found that nearly half spend more than a third "
    "of their income on housing, up from a quarter five years ago.",
    "The county's only maternity ward will stay open for at least another year after a "
    "last-minute deal between the hospital and the state health department.",
    "Volunteers spent the weekend clearing fallen trees from the river trail, which has been "
    "closed since the spring storms.",
    "Three candidates are running for the open seat on the school board, and all of them say "
    "the district's budget is the biggest issue.",
    "A family that has farmed the same land for five generations is selling up, and they say "
    "rising costs left them no choice.",
    "The old cannery on Front Street could become 80 apartments under a plan that goes before "
    "the planning commission next month.",
]
BLOG_POPULAR = [
    "What the new parking rules mean for downtown businesses",
    "Inside the fight over the old mill site",
    "Where to find free summer meals for kids this year",
    "The county jail is full. Here is what happens next",
    "Meet the 91-year-old who still delivers the church newsletter by bike",
]
BLOG_MENU = ["News", "Government", "Housing", "Schools", "Environment", "Health", "Opinion"]

LITE_PUBLISHERS = ["Northstar Media Group", "Keystone Broadcasting", "Allied News Holdings"]
LITE_TRENDING = [
    "Powerball jackpot climbs after no winner in Saturday drawing",
    "What to know about the new passport rules before you travel",
    "Stocks slip as investors wait for the jobs report",
    "Five-year-old found safe after overnight search in state forest",
    "Best and worst cities for allergy sufferers, ranked",
    "How to watch the meteor shower this weekend",
    "Recall: frozen berries sold in 12 states linked to illness",
    "The quiet retirement of the last full-service gas station in town",
]
LITE_NAV = [
    "Home",
    "US",
    "World",
    "Politics",
    "Business",
    "Markets",
    "Health",
    "Entertainment",
    "Style",
    "Travel",
    "Sports",
    "Science",
    "Climate",
    "Weather",
    "Video",
    "Audio",
    "Opinion",
    "Games",
]
LITE_MORE = [
    "Live TV",
    "Newsletters",
    "Podcasts",
    "Subscribe",
    "Sign in",
    "Edition: US",
    "Edition: International",
    "Text-only help",
]


def _source(a: dict[str, Any], site: str) -> str:
    """The agency whose dateline opens the story, or the site itself."""
    found = _DATELINE.match(a["paragraphs"][0])
    if not found:
        return site
    agency = found.group(0).split("(", 1)[1].split(")", 1)[0]
    return AGENCIES.get(agency, site)


def regional(a: dict[str, Any], rng: random.Random) -> str:
    """A regional paper on a big CMS: text-block containers between ads and modules."""
    site, domain = rng.choice(REGIONAL_SITES)
    year, month, day, _ = _date(a)
    base = f"https://www.{domain}.example"
    hour, minute = int(a["published"][11:13]), a["published"][14:16]
    later = (hour + rng.randrange(1, 4)) % 24
    stamp = f"{hour:02d}:{minute}, {day} {_MONTHS[month - 1][:3]} {year}"
    updated = f"{later:02d}:{rng.randrange(60):02d}, {day} {_MONTHS[month - 1][:3]} {year}"
    paragraphs = a["paragraphs"]
    n = len(paragraphs)
    cuts = sorted(rng.sample(range(1, n), 5))
    bounds = [0, *cuts, n]
    blocks = [
        "<div class='text-block'>"
        + "".join(f"<p>{_e(p)}</p>" for p in paragraphs[start:end])
        + "</div>"
        for start, end in itertools.pairwise(bounds)
    ]
    blocks[-1] = blocks[-1].removesuffix("</div>") + (
        f"<p><strong>Got a story? Email newsdesk@{domain}.example or message us on Facebook."
        "</strong></p></div>"
    )

    def ad(i: int) -> str:
        return (
            f"<div class='ad-container ad-container--inline' id='div-gpt-ad-inline-{i}' data-"
            f"slot='inline{i}'><span class='ad-label'>Advertisement</span><div class='ad-slot'"
            " style='min-height:250px'></div></div>"
        )

    (more_title, more_blurb), *onward = rng.sample(REGIONAL_READ_MORE, 5)
    read_more = (
        "<aside class='related-article-box' data-tracking='read-more'><span class='label'>Read "
        f"more</span><a href='{base}/news/local-news/{_slug(more_title)}-{rng.randrange(10**7)}'"
        f"><img src='{base}/incoming/article{rng.randrange(10**7)}.ece/thumb.jpg' alt=''><h3>"
        f"{_e(more_title)}</h3></a><p>{_e(more_blurb)}</p></aside>"
    )
    ranked = "".join(
        f"<li><span class='rank'>{i}</span><a href='{base}/news/{_slug(t)}-{rng.randrange(10**7)}"
        f"'>{_e(t)}</a></li>"
        for i, t in enumerate(rng.sample(REGIONAL_MOST_READ, 5), 1)
    )
    most_read = f"<div class='most-read-inline'><h2>Most Read</h2><ol>{ranked}</ol></div>"
    newsletter = (
        f"<div class='inline-newsletter-signup'><h3>Get the {_e(site)} daily newsletter</h3><p>"
        "The biggest stories from across the region, sent to your inbox every morning at 7am."
        "</p><form><input type='email' placeholder='Enter your email'><button>Subscribe</button>"
        "</form><p class='legal'>We use your sign-up to provide content in ways you've "
        "consented to and to improve our understanding of you. This may include adverts from "
        "us and third parties based on our understanding. You can unsubscribe at any time. "
        "Read our Privacy Notice.</p></div>"
    )
    seconds = rng.randrange(4, 10)
    video = (
        f"<div class='video-wrapper' data-player='vplayer' data-video-id='{rng.randrange(10**9)}'"
        "><div class='video-placeholder'><span class='loading'>Video Loading</span><span class="
        "'unavailable'>Video Unavailable</span><button class='click-to-play'>Click to play"
        "</button><button class='tap-to-play'>Tap to play</button></div><div class='autoplay-"
        f"notice'><p>The video will auto-play soon<span>{seconds}</span></p><button>Cancel"
        "</button><button>Play now</button></div></div>"
    )
    modules = [read_more, most_read, newsletter, video]
    rng.shuffle(modules)
    modules.insert(0, ad(1))
    body = [blocks[0]]
    for module, block in zip(modules, blocks[1:], strict=True):
        body += [module, block]
    menu = "".join(f"<li><a href='{base}/{_slug(m)}/'>{_e(m)}</a></li>" for m in REGIONAL_MENU)
    breaking = rng.choice(REGIONAL_MOST_READ)
    beat = rng.choice(REGIONAL_BEATS)
    first = a["author"].split()[0]
    user, comment = rng.choice(COMMENTS)
    teasers = "".join(
        f"<div class='teaser-card'><a href='{base}/news/{_slug(t)}-{rng.randrange(10**7)}'><img "
        f"src='{base}/incoming/article{rng.randrange(10**7)}.ece/thumb.jpg' alt=''><h3>{_e(t)}"
        f"</h3></a><p>{_e(x)}</p></div>"
        for t, x in onward
    )
    top = "".join(
        f"<li><a href='{base}/news/{_slug(t)}-{rng.randrange(10**7)}'>{_e(t)}</a></li>"
        for t in rng.sample(REGIONAL_MOST_READ, 4)
    )
    tags = "".join(
        f"<li><a href='{base}/all-about/{_slug(t)}'>{_e(t)}</a></li>"
        for t in (a["section"], *rng.sample(REGIONAL_MENU[:6], 2))
    )
    footer = "".join(f"<li><a href='{base}/{_slug(f)}/'>{f}</a></li>" for f in REGIONAL_FOOTER)
    photographer = rng.choice(PHOTOGRAPHERS)
    return (
        f"<!DOCTYPE html><html lang='en-GB'>{_head(a, site, True)}<body class='article-page "
        f"section-{_slug(a['section'])}'><div id='onetrust-banner-sdk' class='ot-banner' role="
        "'region' aria-label='Cookie banner'><div class='ot-text'><h2>We value your privacy</h2>"
        "<p>We and our partners use technologies, such as cookies, and process personal data, "
        "such as IP addresses and cookie identifiers, to personalise ads and content based on "
        "your interests, measure the performance of ads and content, and derive insights about "
        "the audiences who saw ads and content. Click below to consent to the use of this "
        "technology and the processing of your personal data for these purposes.</p></div><button"
        " id='onetrust-accept-btn-handler'>Accept all cookies</button><button>Cookie settings"
        f"</button></div><header class='site-header'><a class='logo' href='{base}/'>{_e(site)}"
        f"</a><nav class='primary-nav'><ul>{menu}</ul></nav><a class='subscribe' href='{base}/"
        "newsletters/'>Newsletters</a> <a href='/account/login'>Sign in</a></header><div class="
        f"'breaking-news-strip'><span class='label'>Breaking</span> <a href='{base}/news/"
        f"{_slug(breaking)}'>{_e(breaking)}</a></div><article class='article-main' data-article-"
        f"id='{rng.randrange(10**8)}'><nav class='breadcrumbs'><a href='{base}/'>Home</a> &gt; "
        f"<a href='{base}/news/'>News</a> &gt; <a href='{base}/{_slug(a['section'])}/'>"
        f"{_e(a['section'])}</a></nav><h1 class='headline'>{_e(a['title'])}</h1><div class="
        f"'article-information'><div class='author-info'><img src='{base}/authors/{_slug(first)}"
        f".jpg' alt=''><a class='author' href='{base}/authors/{_slug(a['author'])}/'>"
        f"{_e(a['author'])}</a><span class='job-title'>Senior Reporter</span></div><ul class="
        f"'time-info'><li><time datetime='{a['published']}'>{stamp}</time></li><li>Updated "
        f"{updated}</li></ul><div class='bookmark'><button class='bookmark-button'>Bookmark"
        "</button><div class='bookmark-saved' hidden><p>Story Saved</p><p>You can find this "
        "story in My Bookmarks. Or by navigating to the user icon in the top right.</p></div>"
        f"</div><div class='share-tools'><a href='https://www.facebook.com/sharer.php?u={base}'>"
        f"Share on Facebook</a> <a href='https://x.com/intent/post?url={base}'>Share on X</a> "
        f"<a href='https://wa.me/?text={base}'>Share on WhatsApp</a> <span class='comment-count'>"
        f"{rng.randrange(3, 250)} comments</span></div></div><figure class='lead-image'><img "
        f"src='{base}/incoming/article{rng.randrange(10**7)}.ece/ALTERNATES/s1200/lead.jpg' alt="
        f"''><figcaption><span class='caption'>{_e(rng.choice(PHOTO_CAPTIONS))} "
        f"(Image: {_e(photographer)}/{_e(site)})</span></figcaption></figure><div class='article-"
        f"body' itemprop='articleBody'>{''.join(body)}</div><div class='article-topics'><h3>Follow"
        f" {_e(site)}</h3><a href='https://www.facebook.com/{domain}'>Facebook</a> <a href='https"
        f"://x.com/{domain}'>X</a> <a href='https://www.whatsapp.com/channel/{domain}'>Join our "
        f"WhatsApp channel</a><h3>Topics</h3><ul class='tags'>{tags}</ul></div><div class='author"
        f"-card'><img src='{base}/authors/{_slug(first)}.jpg' alt=''><p class='author-name'>"
        f"{_e(a['author'])}</p><p class='author-bio'>{_e(first)} is a senior reporter for "
        f"{_e(site)}, covering {beat} across the region. {_e(first)} joined the paper after "
        "training on a weekly title and has won regional press awards for investigative work."
        f"</p><a href='{base}/authors/{_slug(a['author'])}/'>More from {_e(a['author'])}</a>"
        "</div><div class='comments-teaser'><h3>Join the debate</h3><div class='top-comment'>"
        f"<span class='user'>{_e(user)}</span><p>{_e(comment)}</p></div><button>View "
        f"{rng.randrange(3, 250)} comments</button><p class='community-rules'>By commenting you "
        f"agree to our community rules. {_e(site)} does not moderate comments before they are "
        "published.</p></div></article><section class='more-on-this'><h2>More On</h2>"
        f"{teasers}</section><section class='top-stories'><h2>Top Stories</h2><ol>{top}</ol>"
        f"</section><footer class='site-footer'><a class='logo' href='{base}/'>{_e(site)}</a><ul>"
        f"{footer}</ul><p>This website is regulated by the Independent Press Standards "
        f"Organisation. If you have a complaint about our content, please contact us first.</p>"
        f"<p>{_e(site)} is part of {REGIONAL_GROUP}, registered in England and Wales, company "
        f"number {rng.randrange(10**7, 10**8)}. Registered office: 1 Harbour Quay, Bristol BS1 "
        f"4QA.</p><p>&copy; {year} {REGIONAL_GROUP}. All rights reserved.</p></footer>"
        "</body></html>"
    )


def blog_news(a: dict[str, Any], rng: random.Random) -> str:
    """A nonprofit news blog: <p>s in div.entry with a note, a gallery and a newsletter box."""
    site, domain, publisher = rng.choice(BLOG_SITES)
    partner = rng.choice(PARTNERS)
    year, month, day, clock = _date(a)
    base = f"https://{domain}.example"
    link = f"{base}/{year}/{month:02d}/{day:02d}/{a['slug']}/"
    when = f"{_MONTHS[month - 1]} {day}, {year}"
    words = sum(len(p.split()) for p in a["paragraphs"])
    photographer = rng.choice(PHOTOGRAPHERS)
    gallery = "".join(
        f"<figure class='gallery-item'><img src='{base}/content/images/{year}/{month:02d}/"
        f"{a['slug']}-{i}.jpg' alt='' loading='lazy'></figure><p class='caption'>{_e(caption)} "
        f"(Photo by {_e(photographer)} for {_e(site)})</p>"
        for i, caption in enumerate(rng.sample(GALLERY_CAPTIONS, 3), 1)
    )
    body = [f"<p>{_e(p)}</p>" for p in a["paragraphs"]]
    body.insert(
        rng.randrange(2, 4),
        f"<div class='gallery gallery-columns-1' data-count='3'>{gallery}</div>",
    )
    body.insert(
        0,
        f"<p><em>Editor's note: This story was first published by {_e(partner)}, a nonprofit "
        "newsroom, and is republished here under a Creative Commons license. It has been "
        "edited for length.</em></p>",
    )
    body.append(
        "<div class='newsletter-box'><p><strong>Like what you're reading?</strong></p><p>Get "
        f"{_e(site)} in your inbox. Our free newsletter goes out every Tuesday and Friday with "
        "the stories that matter here, and nothing else.</p><p><input type='email' placeholder"
        "='Your email address'> <button>Sign me up</button></p><p><small>We will never sell "
        "your address. Unsubscribe with one click.</small></p></div>"
    )
    share = "".join(
        f"<li><a class='share-{s.lower()}' href='{link}?share={s.lower()}' rel='nofollow'>{s}"
        "</a></li>"
        for s in ("Facebook", "X", "Bluesky", "Reddit", "Email", "Print")
    )
    you_might = "".join(
        f"<div class='yml-card' data-href='{base}/{year}/{_slug(t)[:40]}/'><img src='{base}/"
        f"content/images/thumbs/{rng.randrange(10**6)}.jpg' alt=''><p>{_e(t)}</p></div>"
        for t in rng.sample(BLOG_TEASERS, 4)
    )
    popular = "".join(
        f"<li><a href='{base}/{year}/{_slug(t)}/'>{_e(t)}</a></li>" for t in BLOG_POPULAR
    )
    menu = "".join(f"<li><a href='{base}/tag/{m.lower()}/'>{m}</a></li>" for m in BLOG_MENU)
    tags = ", ".join(
        f"<a href='{base}/tag/{t.lower()}/' rel='tag'>{t}</a>"
        for t in (a["section"], *rng.sample(BLOG_MENU, 2))
    )
    goal = rng.randrange(20, 60) * 1000
    return (
        f"<!DOCTYPE html><html lang='en-US'>{_head(a, site, True)}<body class='single-post'>"
        f"<div class='site'><header class='site-header'><div class='site-branding'><a href='"
        f"{base}/' class='site-title'>{_e(site)}</a><p class='site-description'>Independent, "
        "nonprofit news for the people who live here</p></div><nav class='main-navigation'><ul>"
        f"{menu}</ul></nav><a class='donate-button' href='{base}/donate/'>Donate</a></header>"
        f"<div class='content-area'><div id='post-{rng.randrange(10**4)}' class='post hentry'>"
        f"<h1 class='entry-title'>{_e(a['title'])}</h1><div class='post-meta'><span class="
        f"'byline'>by <a href='{base}/author/{_slug(a['author'])}/'>{_e(a['author'])}</a>"
        f"</span> <span class='posted-on'>Posted on {when} at {clock}</span> <span class="
        f"'reading-time'>{max(1, words // 230)} min read</span></div><div class='entry'>"
        f"{''.join(body)}</div><div class='post-footer'><p class='cat-links'>Filed under {tags}"
        "</p><div class='share-this'><p><strong>Share this:</strong></p><ul>"
        f"{share}</ul></div><div class='republish'><h3>Republish this story</h3><p>You are free"
        " to republish this story under a Creative Commons license, as long as you credit the "
        f"author and {_e(site)} and do not edit it beyond style and length.</p><button>Copy "
        "HTML</button></div><div class='author-box'><p><strong>"
        f"{_e(a['author'])}</strong> reports on {_e(a['section'].lower())} for {_e(site)}. "
        "Reach them through the contact page.</p></div></div></div><div class='donate-appeal'>"
        f"<p>{_e(site)} is a nonprofit newsroom. We don't have a paywall, because we believe "
        "everyone here deserves to know what is going on in their community.</p><p>That only "
        f"works if readers chip in. Help us reach our goal of ${goal:,} by the end of the month."
        f"</p><p><a href='{base}/donate/'>Give today</a></p></div><div class='you-might-also-"
        f"like'><h3>You might also like</h3><div class='yml-grid'>{you_might}</div></div>"
        "</div><aside class='sidebar'><section class='widget'><h2>Popular</h2><ol>"
        f"{popular}</ol></section><section class='widget'><h2>Support local news</h2><p>Every "
        "story we publish is free to read and free to republish.</p><a href='"
        f"{base}/donate/'>Become a member</a></section></aside><footer class='site-footer'><p>"
        f"{_e(site)} is published by {_e(publisher)}, a 501(c)(3) nonprofit organization. "
        "Donations are tax-deductible to the extent allowed by law.</p><p><a href='"
        f"{base}/about/'>About</a> | <a href='{base}/ethics/'>Ethics policy</a> | <a href='"
        f"{base}/funders/'>Our funders</a> | <a href='{base}/privacy/'>Privacy</a> | <a href='"
        f"{base}/contact/'>Contact</a></p><p>&copy; {year} {_e(site)}. All rights reserved."
        "</p></footer></div></body></html>"
    )


def lite(a: dict[str, Any], rng: random.Random) -> str:
    """A text-only page: <p> siblings in <body> between a <nav> of links and legal lines."""
    site = rng.choice(SITES)
    publisher = rng.choice(LITE_PUBLISHERS)
    year, month, day, _ = _date(a)
    hour, minute = int(a["published"][11:13]), a["published"][14:16]
    weekday = _DAYS[_weekday(year, month, day)]
    base = f"https://lite.{site.lower().replace(' ', '')}.example"
    full = f"https://www.{site.lower().replace(' ', '')}.example"
    nav = "".join(f"<p><a href='{base}/{_slug(s)}'>{s}</a></p>" for s in LITE_NAV)
    nav += "".join(f"<p><a href='{full}/{_slug(s)}'>{s}</a></p>" for s in rng.sample(LITE_MORE, 5))
    story = "".join(f"<p class='paragraph'>{_e(p)}</p>" for p in a["paragraphs"])
    trending = "".join(
        f"<p class='trending'><a href='{base}/{year}/{_slug(t)}'>{_e(t)}</a></p>"
        for t in rng.sample(LITE_TRENDING, 5)
    )
    source = _source(a, site)
    return (
        f"<!DOCTYPE html><html lang='en'>{_head(a, site, False)}<body>"
        f"<p class='brand'><a href='{base}/'>{site} Lite</a> | <a href='{full}/'>Go to the full "
        f"site</a></p><nav>{nav}</nav><hr>"
        f"<h2 class='headline'>{_e(a['title'])}</h2>"
        f"<p id='byline'>By {_e(a['author'])}, {_e(source)}</p>"
        f"<p id='published' class='timestamp'>Updated: {(hour - 1) % 12 + 1}:{minute} "
        f"{'AM' if hour < 12 else 'PM'}, {weekday} {_MONTHS[month - 1]} {day}, {year}</p>"
        f"<p>Source: {_e(source)}</p>{story}<p><a href='{full}/{year}/{month:02d}/{day:02d}/"
        f"{a['section'].lower()}/{a['slug']}/index.html'>See Full Web Article</a></p><hr>"
        f"<h3>Trending now</h3>{trending}<p><a href='{base}/'>Back to top</a></p><hr>"
        f"<footer><p>We use cookies to understand how you use this site and to improve it. By "
        f"using {site} Lite you agree to our use of cookies. <a href='{full}/cookies'>Cookie "
        f"settings</a></p><p><a href='{full}/terms'>Terms of Use</a> | <a href='{full}/privacy'>"
        f"Privacy Policy</a> | <a href='{full}/ad-choices'>Ad Choices</a> | <a href='{full}/"
        "privacy-choices'>Your Privacy Choices</a></p><p>&copy; "
        f"{year} {site} Network, Inc., part of {_e(publisher)}. All Rights Reserved.</p><p>"
        f"{site} Sans &trade; &amp; &copy; 2016 {site} Network, Inc.</p></footer></body></html>"
    )


# Layouts for the fourth fresh set, written before the third fresh set's failures were
# looked at: only ever paired with fresh4.jsonl, beside FRESH4_KNOWN, three older layouts.
FRESH4_TEMPLATES: dict[str, Template] = {
    "regional": regional,
    "blognews": blog_news,
    "lite": lite,
}
FRESH4_KNOWN = ("amp", "liveblog", "publisher")


def build_fresh4() -> list[Page]:
    """The fourth fresh set: 12 new articles x (3 known + 3 new templates) = 72 pages."""
    return build_set("fresh4.jsonl", FRESH4_KNOWN, FRESH4_TEMPLATES, LAYOUTS)
