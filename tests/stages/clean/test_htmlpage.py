"""The clean stage on HTML pages, and on every kind of bad input the issue names."""

from __future__ import annotations

import time
from pathlib import Path

import lxml.html
import pytest

from streams import records
from streams.errors import NoText, OverBudget, RecordError, TooLarge
from streams.records import Record
from streams.stages import clean
from streams.stages.clean import boilerplate as bp
from streams.stages.clean import htmlpage
from tests import factories

STORY = [
    "GENEVA (Reuters) - The World Health Organization said on Monday that a new vaccine against "
    "malaria had cut child deaths by a third in a three-year trial in Ghana, Kenya and Malawi.",
    "“This is the most important step against malaria in a generation,” WHO Director-General "
    "Maria Lopes told reporters in Geneva.",
    "The vaccine will be offered to about 12 million children next year, the agency said, "
    "although manufacturers warned that supplies would remain tight until 2027.",
    "Health ministers from 20 African countries are due to meet in Accra on Thursday to agree "
    "how the first doses will be shared.",
]

HEAD = """<head><title>WHO says malaria vaccine cuts child deaths | Daily Planet</title>
<meta property="og:title" content="WHO says malaria vaccine cuts child deaths">
<meta property="og:site_name" content="Daily Planet">
<meta name="author" content="Reuters">
<meta property="article:published_time" content="2024-10-14T09:30:00+02:00">
<meta name="keywords" content="health, malaria, vaccines">
<link rel="canonical" href="https://planet.example/health/malaria-vaccine">
</head>"""


STORY_REACTION = "Ghana's health minister welcomed the result on Monday."


def page(story: list[str] = STORY) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    return f"""<!DOCTYPE html><html lang="en">{HEAD}<body>
<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies.</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article><h1>WHO says malaria vaccine cuts child deaths</h1>
<div class="byline">By Reuters</div>{paragraphs}
<div class="newsletter-signup"><h3>Sign up for our Health newsletter</h3>
<p>Get the week's health news sent right to your inbox every Friday.</p></div>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Flu season arrives early</a></li>
<li><a href="/b">Measles cases rise in Europe for the third year running</a></li></ul></aside>
</main><footer><p>© 2024 Daily Planet Ltd. All rights reserved.</p></footer></body></html>"""


@pytest.fixture(scope="module")
def article() -> Record:
    raw = factories.raw(page(), content_type="text/html", fetched_at="2024-10-14T10:00:00Z")
    return clean.clean(raw)


def test_html_story_and_nothing_else(article: Record) -> None:
    assert article["paragraphs"][0].startswith("The World Health Organization said on Monday")
    assert len(article["paragraphs"]) == 4
    for junk in ("cookies", "newsletter", "inbox", "Measles", "Home", "©"):
        assert junk not in article["text"]
    records.validate("cleaned", article)


def test_html_metadata(article: Record) -> None:
    assert article["title"] == "WHO says malaria vaccine cuts child deaths"
    assert article["published_at"] == "2024-10-14T09:30:00+02:00"
    assert article["publisher"] == "Daily Planet"
    assert article["wire"] == "Reuters"
    assert article["authors"] == []
    assert article["dateline"] == "Geneva"
    assert article["tags"] == ["health", "malaria", "vaccines"]
    assert article["url"] == "https://planet.example/health/malaria-vaccine"
    assert article["flags"] == []


def test_page_without_a_main_block_keeps_the_story() -> None:
    # Text in bare <td> cells with <br> breaks: no <p>, no <article>.
    cells = "".join(f"<tr><td>{p}<br><br></td></tr>" for p in STORY)
    body = f"<html><body><table>{cells}</table></body></html>"
    out = clean.clean(factories.raw(body, content_type="text/html"))
    text = out["text"]
    assert "most important step against malaria" in text
    assert "first doses will be shared" in text


def test_fallback_extractors_find_the_story_and_skip_the_furniture() -> None:
    found = htmlpage._best_fallback(page())
    assert any(p.startswith("GENEVA (Reuters) - The World Health") for p in found)
    assert not any("Measles" in p for p in found)


def test_each_stored_sample_page_cleans_to_a_valid_record() -> None:
    samples = sorted((Path(__file__).resolve().parents[2] / "streams" / "samples").glob("*.html"))
    for path in samples:
        raw = factories.raw(path.read_text(encoding="utf-8"), content_type="text/html")
        out = clean.clean(raw)
        records.validate("cleaned", out)
        assert out["title"]
        assert out["word_count"] > 50
        assert "cookie" not in out["text"].lower()


BIG_PARAGRAPH = "<p>The council approved the budget on Tuesday after a long debate.</p>"


@pytest.mark.parametrize(
    ("name", "body", "content_type", "error"),
    [
        ("empty body", "", "text/plain", NoText),
        ("whitespace only", " \n\t\n ", "text/html", NoText),
        (
            "binary data",
            "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + "\x00\x01\x02" * 3000,
            "text/html",
            NoText,
        ),
        (
            "10 MB page",
            "<html><body><p>" + "word " * 2_000_000 + "</p></body></html>",
            "text/html",
            TooLarge,
        ),
        (
            "page with no text",
            "<html><body><img src='a.png'><script>var x = 1;</script>"
            "<style>p {}</style></body></html>",
            "text/html",
            NoText,
        ),
        ("entities only", "<p>" + "&amp;&lt;&#x41;&eacute;" * 50_000 + "</p>", "text/html", NoText),
    ],
)
def test_bad_input_ends_as_a_dead_letter_with_a_reason(
    name: str, body: str, content_type: str, error: type[RecordError]
) -> None:
    started = time.perf_counter()
    with pytest.raises(error) as caught:
        clean.clean(factories.raw(body, content_type=content_type))
    assert caught.value.message
    assert time.perf_counter() - started < 5, name


def test_10000_level_nesting_is_read_as_text_and_flagged() -> None:
    body = "<html><body>" + "<div>" * 10_000 + STORY[1] + "</div>" * 10_000 + "</body></html>"
    started = time.perf_counter()
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert time.perf_counter() - started < 5
    assert out["flags"] == ["markup_too_deep"]
    assert "most important step against malaria" in out["text"]


def test_broken_markup_is_recovered() -> None:
    body = (
        "<p>The mayor said the bridge would reopen on Monday after repairs.<p>Engineers found "
        "cracks <b>in two <i>supports</b> last month</i>.<div><span>Traffic was diverted "
        "through the old town, officials said.</p></table></td>"
    )
    out = clean.clean(factories.html(body))
    assert out["paragraphs"][0] == "The mayor said the bridge would reopen on Monday after repairs."
    assert "cracks in two supports last month." in out["text"]
    assert out["text"].endswith("officials said.")


def test_entity_bomb_is_not_expanded() -> None:
    levels = ['<!ENTITY a "aaaaaaaaaa">'] + [
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdef", "bcdefg", strict=True)
    ]
    body = (
        f"<!DOCTYPE html [{''.join(levels)}]><html><body><p>&g;&g;&g; The council approved the "
        "budget on Tuesday after a long debate about schools.</p></body></html>"
    )
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert (
        out["text"]
        == "The council approved the budget on Tuesday after a long debate about schools."
    )
    assert out["flags"] == ["doctype_entities_ignored"]
    assert "aaaa" not in out["text"]


def test_a_huge_generated_page_gets_the_cheap_reading_within_budget() -> None:
    body = "<html><body>" + "<div><p>a</p></div>" * (htmlpage.MAX_ELEMENTS * 2) + "</body></html>"
    started = time.perf_counter()
    with pytest.raises(NoText, match="markup_too_large"):
        clean.clean(factories.raw(body, content_type="text/html"))
    assert time.perf_counter() - started < 5


def test_a_record_over_its_budget_is_a_dead_letter() -> None:
    with pytest.raises(OverBudget, match="budget"):
        clean.clean(factories.seed(), budget_s=0.0)


# A live blog of my own markup: each timestamped update has its own "entry-content" block, a
# share bar and a "back to top" link; a pinned summary restates two updates.
UPDATES = [
    (
        "07:02",
        [
            "Firefighters in the hills above Valparaiso said on Saturday that a wildfire had "
            "burned through 900 hectares overnight and was moving towards the port city.",
            "Regional governor Ana Torres ordered the evacuation of four neighbourhoods and "
            "asked residents to leave their cars behind so that fire engines could pass.",
        ],
    ),
    (
        "07:41",
        [
            "The national forestry agency said winds of up to 60 km an hour were pushing the "
            "flames faster than crews could cut firebreaks in the dry eucalyptus plantations."
        ],
    ),
    (
        "08:15",
        [
            "Two aircraft from Argentina arrived at the Vina del Mar airfield to drop water on "
            "the eastern front, the interior ministry said in a statement."
        ],
    ),
    (
        "09:30",
        [
            "Hospitals in the region reported treating 37 people for smoke inhalation, none of "
            "them in serious condition, according to the health ministry."
        ],
    ),
]


def live_blog_page(linked_summary: bool = True) -> str:
    posts = "".join(
        f"""<div class="update" id="u{i}"><span class="stamp"><time datetime="2025-02-01T{t}:00Z">
{t}</time></span><div class="entry-content">{"".join(f"<p>{p}</p>" for p in ps)}</div>
<div class="update-tools"><button>Share</button><a href="#top">Back to top</a></div></div>"""
        for i, (t, ps) in enumerate(UPDATES)
    )
    pinned = "".join(
        f'<li><a href="#u{i}">{UPDATES[i][1][0]}</a></li>'
        if linked_summary
        else f"<li>{UPDATES[i][1][0]}</li>"
        for i in (1, 3)  # the summary restates two updates word for word
    )
    return f"""<!DOCTYPE html><html lang="en"><head><title>Chile wildfire: live updates</title>
</head><body><header><a href="/">Coast Herald</a></header><main>
<h1>Chile wildfire: live updates</h1><div class="pinned"><h2>Summary</h2><ul>{pinned}</ul></div>
<div class="timeline">{posts}</div></main></body></html>"""


@pytest.mark.parametrize("linked_summary", [True, False])
def test_every_timestamped_post_of_a_live_blog_is_kept(linked_summary: bool) -> None:
    """Extractors take the first "entry-content" as the story; here there is one per post."""
    out = htmlpage.extract(live_blog_page(linked_summary), None)
    want = [p for _, ps in UPDATES for p in ps]
    assert out.paragraphs == want
    assert not any(p.startswith(("07:", "08:", "09:", "Share", "Back to")) for p in out.paragraphs)


def test_a_story_split_in_two_body_blocks_around_an_ad_is_read_whole() -> None:
    halves = "".join(
        f'<div class="article-body"><p>{a}</p><p>{b}</p></div><div class="ad"><p>Ad</p></div>'
        for a, b in (STORY[:2], STORY[2:])
    )
    html = f"<html>{HEAD}<body><main>{halves}</main></body></html>"
    out = htmlpage.extract(html, None)
    assert out.paragraphs[-1] == STORY[-1]
    assert len(out.paragraphs) == len(STORY)


CONSENT = """<div id="sp-message" class="message-container" role="dialog" aria-modal="true">
<h2>Daily Planet cares about your privacy</h2>
<p>We and our 212 vendors use cookies and similar technologies to store and access information on
your device, to measure audiences and to show you personalised advertising and content.</p>
<p>You can accept or refuse these purposes, and you can change your preferences or withdraw your
consent at any time from the privacy settings link at the bottom of every page of this site.</p>
<ul><li>Personalised ads and content, ad and content measurement</li>
<li>Precise location data and device identification by scanning</li></ul>
<button>Accept all</button><button>Reject all</button><button>Manage preferences</button></div>"""


FIGURE = (
    '<figure><img src="/vaccine.jpg" alt="A nurse"><figcaption>A nurse prepares a dose at a '
    "clinic in Kisumu, Kenya, on October 3. Photo: Amos Kiprop</figcaption></figure>"
)


def consent_page(wall: str) -> str:
    """The story in a block named "paywall", as Google asks sites to mark a gated story."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    body = paragraphs.replace("</p>", "</p>" + FIGURE, 1)
    return f"""<!doctype html><html lang="en">{HEAD}<body>{wall}<article>
<h1>WHO says malaria vaccine cuts child deaths</h1>
<div class="story paywall">{body}</div></article></body></html>"""


@pytest.mark.parametrize(
    "wall",
    [
        CONSENT,  # named only by its ARIA role
        CONSENT.replace('role="dialog" aria-modal="true"', 'class="cmp-root"'),
        CONSENT.replace('role="dialog" aria-modal="true"', 'class="gdpr_overlay"'),
    ],
)
def test_a_consent_wall_is_removed_and_the_gated_story_kept(wall: str) -> None:
    out = htmlpage.extract(consent_page(wall), None)
    text = " ".join(out.paragraphs).lower()
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]
    for leak in ("privacy", "cookies", "vendors", "accept all", "personalised", "consent"):
        assert leak not in text


def table_page() -> str:
    """An old table layout, where extractors read every cell's text, the figure's included."""
    cells = [f"<tr><td>{p}<br><br></td></tr>" for p in STORY]
    cells.insert(2, f"<tr><td>{FIGURE}</td></tr>")
    return f"<html>{HEAD}<body><table>{''.join(cells)}</table></body></html>"


@pytest.mark.parametrize("html", [consent_page(""), table_page()])
def test_a_photo_caption_and_credit_do_not_enter_the_text(html: str) -> None:
    out = htmlpage.extract(html, None)
    text = " ".join(out.paragraphs)
    assert "nurse" not in text and "Amos Kiprop" not in text
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def in_article(before: str = "", after: str = "", between: str = "") -> str:
    """The story's paragraphs in an <article>, with other blocks before, after and between
    them (after the second paragraph)."""
    story = "".join(f"<p>{p}</p>" for p in STORY[:2]) + between
    story += "".join(f"<p>{p}</p>" for p in STORY[2:])
    return f"<html>{HEAD}<body><article>{before}{story}{after}</article></body></html>"


def test_a_paywall_prompt_is_still_furniture() -> None:
    prompt = (
        '<div class="paywall-prompt"><p>Subscribers read on. Already a subscriber? Log in to '
        "finish this story and every story on the site.</p></div>"
    )
    out = htmlpage.extract(in_article(after=prompt), None)
    assert not any("subscriber" in p.lower() for p in out.paragraphs)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The Morning Post values your privacy", "consent"),
        ("We use cookies to give you the best experience on our website.", "consent"),
        ("Reject all", "consent"),
        ("Manage preferences", "consent"),
        ("The regulator said sites that use cookies to track visitors must ask first.", None),
        ("We use the money to train nurses, the charity said in a statement.", None),
    ],
)
def test_consent_wall_lines_are_boilerplate_and_reports_on_cookies_are_not(
    line: str, kind: str | None
) -> None:
    assert bp.classify(line) == kind


def card(headline: str, blurb: str, href: str = "/world/other-story") -> str:
    return f'<div class="card"><h3><a href="{href}">{headline}</a></h3><p>{blurb}</p></div>'


CARDS = [
    (
        "Dam builders fall behind",
        "Engineers said on Friday that the new dam on the river would "
        "open a year late because of floods at the site.",
    ),
    (
        "Ferry strike ends",
        "Ferry crews returned to work on Sunday after the union accepted a pay "
        "offer of six percent over two years.",
    ),
]


def test_related_cards_beside_the_story_in_its_cell_are_not_story() -> None:
    """Two "Related:" cards after the last paragraph, in the story's own table cell.

    Their blurbs are sentences, and the cell holds the story, so neither a link list
    nor a list of cards: each is a linked headline over a blurb, and there are two.
    """
    story = "<br><br>".join(STORY)
    cards = "".join(card(h, b) for h, b in CARDS)
    html = f"<html>{HEAD}<body><table><tr><td>{story}<br><br>Related: {cards}</td></tr></table>"
    out = htmlpage.extract(html + "</body></html>", None)
    text = " ".join(out.paragraphs)
    assert "dam" not in text and "Ferry" not in text
    assert out.paragraphs[1:] == STORY[1:]


@pytest.mark.parametrize(
    "cards",
    [
        card(*CARDS[0]),  # one card alone may be the story's own linked headline and lead
        "".join(card(h, b, href=f"#post-{i}") for i, (h, b) in enumerate(CARDS)),  # permalinks
    ],
)
def test_a_linked_headline_that_is_not_a_teaser_keeps_its_text(cards: str) -> None:
    out = htmlpage.extract(in_article(before=cards), None)
    assert "Engineers said on Friday" in " ".join(out.paragraphs)


def test_an_author_biography_under_the_story_is_not_story() -> None:
    bio = (
        '<div class="story-end-bio"><img src="/a.jpg" alt=""><p>Maria Lopes is a health '
        "correspondent who has reported from more than 30 countries for the paper.</p></div>"
    )
    out = htmlpage.extract(in_article(after=bio), None)
    assert out.paragraphs[1:] == STORY[1:]
    assert not any("correspondent who" in p for p in out.paragraphs)


def aggregator_page() -> str:
    """A partner story on an aggregator: <div> paragraphs, no <p>, headline lists around it."""
    story = "<br>".join(f'<div class="txt">{p}</div>' for p in STORY)
    latest = "".join(
        f'<div class="it"><a href="/r/{i}">{title}</a><div class="it-meta"><span>{source}</span>'
        f" · <span>{i + 2} h ago</span></div></div>"
        for i, (title, source) in enumerate(
            [
                ("Nurses to return to work after pay deal", "AP"),
                ("Oil steadies as traders weigh supply cuts", "Reuters"),
                ("Thousands march to demand cleaner air", "AFP"),
                ("Chipmaker shares jump on new factory plans", "Reuters"),
                ("Parliament lowers the voting age to 16", "AP"),
            ]
        )
    )
    return f"""<html>{HEAD}<body><div class="wrap"><div class="col-main"><section class="feed">
<div class="hl">WHO says malaria vaccine cuts child deaths</div>
<div class="by">Maria Lopes · 14 October 2024, 9:30 am · 4 min read</div>
<div class="body">{story}</div><div class="src">Source: Reuters</div>
<div class="reactions"><span>Like 12</span> <span>Wow 3</span> <span>Sad 40</span></div>
</section></div><div class="col-side"><div class="box"><div class="box-title">Latest headlines</div>
{latest}</div></div></div></body></html>"""


def test_a_story_without_p_among_headline_lists_gets_a_fallbacks_reading() -> None:
    """trafilatura's fast mode reads the whole page here; readability or jusText read the story."""
    out = htmlpage.extract(aggregator_page(), None)
    assert "fallback_extractor" in out.flags
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def test_a_hidden_transcript_under_a_video_is_not_story() -> None:
    video = (
        '<div class="video"><button aria-expanded="false">Show transcript</button>'
        '<div id="t-1" hidden><p>&gt;&gt; GOOD EVENING. OUR TOP STORY TONIGHT: A NEW MALARIA '
        "VACCINE CUTS CHILD DEATHS BY A THIRD IN A THREE-YEAR TRIAL.</p></div></div>"
    )
    out = htmlpage.extract(in_article(before=video), None)
    assert out.paragraphs[1:] == STORY[1:]
    assert not any("GOOD EVENING" in p for p in out.paragraphs)


def test_a_press_release_ends_before_its_issuer_and_contact_blocks() -> None:
    """The newswire's tail sits in the story's own block of <p>s, so no markup tells it apart."""
    tail = (
        "<p><b>About Northfield Policy Institute</b></p><p>Northfield Policy Institute is a "
        "non-partisan research organisation that studies public health and the economics of "
        "climate change.</p><p><i>Forward-looking statements: This release may contain "
        "statements about future events and expectations.</i></p><p>Media contact:<br>Jane Doe"
        "<br>Senior Press Officer<br>+44 20 7946 0463</p><p>SOURCE Northfield Policy Institute</p>"
    )
    out = htmlpage.extract(in_article(after=tail), None)
    assert out.paragraphs[1:] == STORY[1:]
    for kind in ("about", "legal", "contact", "source"):
        assert out.removed[kind] >= 1, kind


def test_a_line_break_ends_a_line_in_a_fallback_reading() -> None:
    tree = lxml.html.fragment_fromstring("<div><p>Media contact:<br>Jane Doe<br/>Officer</p></div>")
    assert list(htmlpage._block_texts(tree)) == ["Media contact:", "Jane Doe", "Officer"]


def test_a_source_line_naming_an_agency_gives_the_wire() -> None:
    out = htmlpage.extract(in_article(after="<p>Source: AFP</p>").replace("Reuters", "staff"), None)
    assert out.wire == "AFP"
    assert "Source: AFP" not in out.paragraphs


def test_stock_chips_a_video_card_and_a_takeaways_box_leave_the_story_whole() -> None:
    chip = '<a class="quote-chip" href="/q/gold"><span>Gold</span> <span>-1.74%</span></a>'
    first, *rest = (f"<p>{p} {chip}</p>" for p in STORY)
    video = (
        '<div class="inline-video"><span>WATCH NOW</span><h3>Three charts that explain the '
        "week</h3><button>Play</button></div>"
    )
    takeaways = (
        '<div class="key-takeaways"><h2>Key takeaways</h2><ul><li>A malaria vaccine saved '
        "lives in a trial.</li><li>Supplies stay tight.</li></ul></div>"
    )
    story = f"{takeaways}{first}{video}{''.join(rest)}"
    out = htmlpage.extract(f"<html>{HEAD}<body><article>{story}</article></body></html>", None)
    assert out.paragraphs[1:] == STORY[1:]


def test_cards_under_a_date_label_are_teasers() -> None:
    cards = "".join(
        f'<div class="row card"><small>Jul 0{i}, 2026</small><h3><a href="/r/{i}">{h}</a></h3>'
        f"<p>{b}</p></div>"
        for i, (h, b) in enumerate(CARDS)
    )
    out = htmlpage.extract(in_article(after=f'<section class="more">{cards}</section>'), None)
    assert out.paragraphs[1:] == STORY[1:]


def test_a_story_inside_a_block_named_video_is_kept() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = f'<html>{HEAD}<body><div class="video-story"><h1>WHO vaccine</h1>{story}</div>'
    out = htmlpage.extract(html + "</body></html>", None)
    assert out.paragraphs[1:] == STORY[1:]


def test_a_standfirst_under_the_headline_is_not_story() -> None:
    standfirst = '<p class="article-standfirst">Vaccine cuts deaths by a third</p>'
    out = htmlpage.extract(in_article(before=standfirst), None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def test_a_fact_box_beside_the_story_is_not_story() -> None:
    box = (
        '<div class="faktaboks"><h3>What is an agency story?</h3><p>A news agency sells news to '
        "newspapers and broadcasters, which may publish it as it is or rewrite it.</p></div>"
    )
    out = htmlpage.extract(in_article(after=box), None)
    assert out.paragraphs[1:] == STORY[1:]


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_a_dek_heading_right_under_the_headline_is_not_story(tag: str) -> None:
    dek = f'<h1>WHO vaccine</h1><{tag} class="post-sub">Vaccine cuts deaths by a third</{tag}>'
    subheading = "<h2>Who gets the first doses</h2>"
    html = in_article(before=dek, after=subheading + "<p>Ghana goes first, the agency said.</p>")
    out = htmlpage.extract(html, None)
    assert "Vaccine cuts deaths by a third" not in out.paragraphs
    assert "Who gets the first doses" in out.paragraphs


def test_the_headline_repeated_in_the_body_does_not_count_against_its_prose() -> None:
    title = "WHO says malaria vaccine cuts child deaths"
    assert htmlpage._prose_share([title, *STORY], title) == 1.0
    assert htmlpage._prose_share([title, *STORY], None) < 1.0


def test_a_fact_checks_verdict_box_and_sources_are_not_story() -> None:
    verdict = (
        "<div class='verdict'><span>Rating: False</span><p>The claim is false: the figures come "
        "from published records and were confirmed by independent sources.</p></div>"
    )
    sources = (
        "<section class='fc-sources'><h2>Sources</h2><ol><li>Email exchange with the WHO press "
        "office, received on 5 March 2026.</li></ol></section>"
    )
    out = htmlpage.extract(in_article(before=verdict, after=sources), None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def test_a_wikis_frame_is_not_story() -> None:
    notice = (
        "<div id='siteNotice'><p>Our writing contest runs until the end of the month.</p></div>"
    )
    tagline = "<div id='siteSub'>From OpenNews Wiki, the free news source you can write!</div>"
    archived = (
        "<div class='ambox ambox-archived'><p>This article has been archived and is no longer "
        "publicly editable. Articles are archived after a week.</p></div>"
    )
    section = (
        "<h2><span class='mw-headline'>Reactions</span><span class='mw-editsection'>[<a href='/e'>"
        "edit</a>]</span></h2><p>Ghana's health minister welcomed the result on Monday.</p>"
    )
    out = htmlpage.extract(in_article(before=notice + tagline + archived, after=section), None)
    assert out.paragraphs[1:] == [*STORY[1:], "Reactions", STORY_REACTION]


def test_a_story_that_jumps_to_another_page_of_an_e_edition_is_read_whole() -> None:
    first, rest = (
        "".join(f"<p>{p}</p>" for p in STORY[:2]),
        "".join(f"<p>{p}</p>" for p in STORY[2:]),
    )
    html = (
        f"<html>{HEAD}<body><div class='ep-page'><div class='col'><h2>WHO vaccine</h2>{first}"
        "<div class='jump'>Continued on Page A7</div></div><div class='col'><h3>Council approves "
        "plan to repave Main Street</h3><p>The city council voted 6-1 on Monday to repave Main "
        "Street between First and Ninth avenues next spring, at a cost of $2.3 million.</p></div>"
        "</div><div class='ep-page'><div class='col'><h3>VACCINE</h3><p>Continued from Page A4"
        f"</p>{rest}</div></div></body></html>"
    )
    out = htmlpage.extract(html, None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def test_a_newsletters_web_view_with_its_story_in_table_cells_is_read() -> None:
    cells = "".join(f"<tr><td style='padding:0 32px'>{p}</td></tr>" for p in STORY)
    html = (
        f"<html>{HEAD}<body><table role='presentation'><tr><td><p>TOP STORY</p><h1>WHO says "
        f"malaria vaccine cuts child deaths</h1></td></tr><tr><td><table>{cells}</table></td></tr>"
        "<tr><td><p>You are receiving this email because you subscribed to Week in Review on "
        "our website or registered for an account.</p><p>Unsubscribe | Update preferences | "
        "View in browser</p></td></tr></table></body></html>"
    )
    out = htmlpage.extract(html, None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def newsletter_issue(story_rows: str, after: str = "") -> str:
    """A newsletter's web view: the editor's note, the story in table rows, then `after`."""
    return (
        f"<html>{HEAD}<body><table role='presentation'><tr><td><p>Welcome back,</p><p>Our lead "
        "story today is one our editors could not stop talking about, so we have given it the "
        "whole of the top of this issue.</p><p>Until tomorrow,<br>Marcus Adeyemi<br><em>Editor, "
        "Week in Review</em></p></td></tr><tr><td><p>TOP STORY</p><h1>WHO says malaria vaccine "
        f"cuts child deaths</h1></td></tr><tr><td><table class='story'>{story_rows}</table></td>"
        f"</tr>{after}<tr><td><p>You are receiving this email because you subscribed to Week in "
        "Review on our website.</p></td></tr></table></body></html>"
    )


def test_a_newsletter_issues_note_sponsor_and_other_items_are_not_story() -> None:
    rows = "".join(f"<tr><td style='padding:0 32px'>{p}</td></tr>" for p in STORY)
    sponsor = (
        "<tr><td><table><tr><td><p>SPONSORED BY QUILL NOTES</p><p>The note-taking app that works "
        "offline and keeps your notes private. Try it free for 30 days.</p><a href='https://ads."
        "example/quill'>Learn more</a></td></tr></table></td></tr>"
    )
    items = "".join(
        f"<tr><td style='padding:20px 32px'><h2><a href='https://review.example/{n}'>{title}</a>"
        f"</h2><p>{blurb}</p><a href='https://review.example/{n}'>Read more</a></td></tr>"
        for n, (title, blurb) in enumerate(
            [
                (
                    "Why your train ticket costs more",
                    "Regulated fares rose by 4.2% on Sunday, the largest increase in three years.",
                ),
                (
                    "A library that lends fishing rods",
                    "A branch library on the coast now lends "
                    "rods, reels and tackle boxes alongside its books.",
                ),
            ]
        )
    )
    out = htmlpage.extract(newsletter_issue(rows, sponsor + items), None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]
    assert out.removed["newsletter"] >= 3


def test_a_newsletter_storys_short_sentences_and_subheadings_in_its_cells_are_read() -> None:
    story = [*STORY[:2], "It was full.", *STORY[2:]]
    rows = "".join(f"<tr><td style='padding:0 32px'>{p}</td></tr>" for p in story)
    out = htmlpage.extract(newsletter_issue(rows), None)
    assert out.paragraphs[1:] == story[1:]
    cell = "".join(f"<p>{p}</p>" for p in STORY[:2]) + "<h3>Who gets it first</h3>"
    cell += "".join(f"<p>{p}</p>" for p in STORY[2:])
    out = htmlpage.extract(newsletter_issue(f"<tr><td>{cell}</td></tr>"), None)
    assert out.paragraphs[1:] == [*STORY[1:2], "Who gets it first", *STORY[2:]]


def test_a_partners_label_between_paragraphs_leaves_the_next_one_in_the_story() -> None:
    label = "<div class='partner'><p>Sponsored by Brightwater Motors</p><img alt=''></div>"
    out = htmlpage.extract(in_article(between=label), None)
    assert out.paragraphs[1:] == STORY[1:]


def test_a_councils_consultation_box_between_paragraphs_is_not_story() -> None:
    box = (
        "<div class='consultation-box'><h2>Have your say</h2><p>Help us decide how to spend "
        "money set aside for play areas next year. The consultation closes on 9 August 2026.</p>"
        "<a href='/consultations/play'>Take part in the consultation</a></div>"
    )
    out = htmlpage.extract(in_article(between=box), None)
    assert out.paragraphs[1:] == STORY[1:]


def test_a_fact_checks_ruling_above_the_story_is_not_story() -> None:
    ruling = (
        "<section class='our-ruling'><h2>Our ruling</h2><p>The WHO said a new malaria vaccine cut "
        "child deaths by a third. Posts that question this have been shared widely on Facebook, "
        "but we found no evidence to support them. We rate the claim false.</p></section>"
    )
    story = "<div class='fc-story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    out = htmlpage.extract(
        f"<html>{HEAD}<body><article>{ruling}{story}</article></body></html>", None
    )
    assert out.paragraphs[1:] == STORY[1:] and STORY[0].endswith(out.paragraphs[0])
    assert (
        bp.classify("Posts say so, but we found no evidence. We rate the claim false.") == "summary"
    )


def test_a_story_in_two_halves_around_a_registration_wall_is_read_whole() -> None:
    free = "".join(f"<p>{p}</p>" for p in STORY[:2])
    gated = "".join(f"<p>{p}</p>" for p in STORY[2:])
    html = (
        f"<html>{HEAD}<body><div class='article'><div class='article-body'>{free}</div>"
        "<div class='regwall'><h3>Register for free to continue reading</h3><p>This article is "
        "for registered members. Registration is free and takes less than a minute.</p></div>"
        f"<div class='article-body article-body--gated'>{gated}</div></div>"
        "<p>This article was first published by Reuters on 13 February 2026 and is republished "
        "here with permission.</p></body></html>"
    )
    out = htmlpage.extract(html, None)
    assert out.paragraphs[1:] == STORY[1:] and STORY[0].endswith(out.paragraphs[0])
    meter = "You have read 2 of your 3 free articles this month. Register for free to keep reading."
    assert bp.classify(meter) == "promotion"


def test_a_weather_services_warnings_forecast_and_paper_card_are_not_story() -> None:
    story = "".join(f"<div class='text'>{p}</div>" for p in STORY)
    html = (
        f"<html>{HEAD}<body><div class='warnings-banner' role='alert'><p><strong>4 weather "
        "warnings in force.</strong> Check the latest warnings before you travel.</p></div>"
        "<div class='local-forecast'><h2>Your local forecast</h2><p>Plymouth</p><p>Today: Dry "
        "and sunny after a chilly start.</p></div><div class='news-article'><h1>WHO says "
        f"malaria vaccine cuts child deaths</h1><div class='article-content'>{story}</div></div>"
        "<div class='c-article-recommendation'><p>Read the paper</p><p>Malaria vaccine trial "
        "in three countries</p></div><section class='latest-warnings'><h2>Latest warnings</h2>"
        "<ul><li><p>Western Scotland and Northern Ireland. Valid from 09:00 to 15:00.</p><p>"
        "Strong winds may bring disruption to travel, with delays to road, rail, air and ferry "
        "services.</p></li><li><p>Central and eastern England. Valid from 06:00 to 23:00.</p>"
        "<p>Dense fog may lead to longer journey times and some cancellations of flights.</p>"
        "</li></ul></section></body></html>"
    )
    out = htmlpage.extract(html, None)
    assert out.paragraphs[1:] == STORY[1:] and STORY[0].endswith(out.paragraphs[0])


def test_a_forwarded_story_in_a_list_archive_loses_the_e_mail_around_it() -> None:
    message = (
        "Thought this might interest the list, given what came up at the last meeting. I have "
        "pasted the whole article below.\n\nRegards,\nDev Chaudhry\n\n---------- Forwarded "
        "message ---------\nFrom: World Briefing <newsletter@worldbriefing.example>\nDate: Mon, "
        "Mar 9, 2026\nSubject: WHO says malaria vaccine cuts child deaths\n\n"
        + "\n\n".join(STORY)
        + "\n\nYou are receiving this email because you subscribed to World Briefing.\n\n"
        "-------------- next part --------------\nAn HTML attachment was scrubbed..."
    )
    # As a list archive's text shows it: the note, the headers and the story, blank-line apart.
    out = clean.clean(factories.raw(message))
    assert out["paragraphs"][1:] == STORY[1:] and STORY[0].endswith(out["paragraphs"][0])
    assert bp.classify("From April, the council will charge for parking.") is None
    assert bp.classify("From: World Briefing <newsletter@worldbriefing.example>") == "metadata"


def test_a_web_archives_toolbar_is_not_story() -> None:
    toolbar = (
        "<div id='wm-ipp-base'><div id='wm-ipp'><p>39 captures</p><div id='wm-capinfo'><p>A "
        "selective collection of community newspapers chosen by librarians and captured once "
        "a week, which researchers may search by date, title and place.</p><p>This page was "
        "captured on 3 Jun 2026 at 00:11:09 UTC. The files it loads, such as images and style "
        "sheets, may have been captured at other times.</p></div></div></div>"
    )
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"<html>{HEAD}<body>{toolbar}<table><tr><td>{story}</td></tr></table></body></html>"
    out = htmlpage.extract(html, None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


def test_a_podcast_pages_guests_and_other_episodes_are_not_story() -> None:
    after = (
        "<section class='guests'><h2>About the guests</h2><p>Dr Helen Osei is a researcher at "
        "the Institute for Public Life who studies how small communities respond to change.</p>"
        "</section><section class='more-episodes'><h2>More episodes</h2><ol><li><a href='/e/1'>"
        "<h3>The last typewriter repairer</h3></a><p>He has fixed more than 10,000 machines and "
        "has no plans to retire, he told us.</p></li></ol></section>"
    )
    out = htmlpage.extract(in_article(after=after), None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]


FEED_STORY_MORE = [
    "The trial enrolled 21,000 children under five, and researchers followed them for three "
    "malaria seasons, recording every hospital admission and every death in the study areas.",
    "Doctors in Malawi said the fall in severe cases was visible on the wards within a year, "
    "and that fewer children needed blood transfusions during the rainy season.",
    "The agency said it would publish the full results in a medical journal next month.",
]


def feed_page(message_tag: str = "div") -> str:
    """A channel's web preview: short dated posts around the one that is the story."""

    def post(text: str, at: str) -> str:
        return (
            f"<div class='message_wrap'><{message_tag} class='message_text'>{text}"
            f"</{message_tag}><div class='footer'><time datetime='{at}'>{at[11:16]}</time>"
            "</div></div>"
        )

    others = [
        "<b>Fuel prices to fall again from Monday</b><br/><br/>The regulator says the cap will "
        "drop by 3 cents a litre. It is the fourth cut in a row.",
        "<b>Storm warning for the north coast</b><br/><br/>Gusts of up to 90 km/h are expected "
        "after midnight, and ferries are cancelled.",
        "<b>Museums free on Sunday</b><br/><br/>All national museums will open without charge "
        "this Sunday to mark their anniversary.",
    ]
    story = "<b>WHO says malaria vaccine cuts child deaths</b><br/><br/>" + "<br/><br/>".join(
        STORY + FEED_STORY_MORE
    )
    posts = [post(others[0], "2026-10-14T08:00"), post(story, "2026-10-14T09:30")]
    posts += [post(text, f"2026-10-14T1{n}:00") for n, text in enumerate(others[1:])]
    return f"<html>{HEAD}<body><section class='history'>{''.join(posts)}</section></body></html>"


def test_the_other_posts_of_a_feed_the_story_is_one_post_of_are_not_story() -> None:
    out = htmlpage.extract(feed_page(), None)
    text = " ".join(out.paragraphs)
    assert "Fuel prices" not in text and "Museums" not in text and "Gusts" not in text
    assert out.paragraphs[-4:] == [STORY[-1], *FEED_STORY_MORE]


def test_paragraph_blocks_of_one_class_are_not_a_feed() -> None:
    # Paragraphs in sibling <div>s, one of them long: undated and unheaded, so all stay.
    blocks = [STORY[0] + " " + STORY[1] * 6, *STORY[2:]]
    body = "".join(f"<div class='text-block'>{p}</div>" for p in blocks)
    out = htmlpage.extract(f"<html>{HEAD}<body><article>{body}</article></body></html>", None)
    assert out.paragraphs[-2:] == STORY[2:]


def test_a_sponsored_webinar_box_inside_the_story_is_not_story() -> None:
    box = (
        "<div class='webinar webinar--inline'><p>Sponsored webinar</p><h4>Weather, risk and "
        "your balance sheet</h4><p>Underwriters explain what the past year's storms and droughts "
        "mean for premiums, and what buyers can do about it.</p></div>"
    )
    out = htmlpage.extract(in_article(between=box), None)
    assert STORY[0].endswith(out.paragraphs[0]) and out.paragraphs[1:] == STORY[1:]
