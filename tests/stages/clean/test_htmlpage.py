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
    # The headline stays where the page prints it, and the dateline in the lead as the agency
    # wrote it; both are also read into their fields.
    assert article["paragraphs"][0] == article["title"]
    assert article["paragraphs"][1].startswith("GENEVA (Reuters) - The World Health Organization")
    assert len(article["paragraphs"]) == 5
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
        ("entities only", "<p>" + "&amp;&lt;&gt;&#x2014;" * 50_000 + "</p>", "text/html", NoText),
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


def test_a_hidden_transcript_under_a_video_is_not_story() -> None:
    video = (
        '<div class="video"><button aria-expanded="false">Show transcript</button>'
        '<div id="t-1" hidden><p>&gt;&gt; GOOD EVENING. OUR TOP STORY TONIGHT: A NEW MALARIA '
        "VACCINE CUTS CHILD DEATHS BY A THIRD IN A THREE-YEAR TRIAL.</p></div></div>"
    )
    out = htmlpage.extract(in_article(before=video), None)
    assert out.paragraphs[1:] == STORY[1:]
    assert not any("GOOD EVENING" in p for p in out.paragraphs)


def test_a_line_break_ends_a_line_in_a_fallback_reading() -> None:
    tree = lxml.html.fragment_fromstring("<div><p>Media contact:<br>Jane Doe<br/>Officer</p></div>")
    assert list(htmlpage._block_texts(tree)) == ["Media contact:", "Jane Doe", "Officer"]


def test_a_source_line_naming_an_agency_gives_the_wire() -> None:
    out = htmlpage.extract(in_article(after="<p>Source: AFP</p>").replace("Reuters", "staff"), None)
    assert out.wire == "AFP"
    assert "Source: AFP" not in out.paragraphs


def test_a_story_inside_a_block_named_video_is_kept() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = f'<html>{HEAD}<body><div class="video-story"><h1>WHO vaccine</h1>{story}</div>'
    out = htmlpage.extract(html + "</body></html>", None)
    assert out.paragraphs[1:] == STORY[1:]


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


FEED_STORY_MORE = [
    "The trial enrolled 21,000 children under five, and researchers followed them for three "
    "malaria seasons, recording every hospital admission and every death in the study areas.",
    "Doctors in Malawi said the fall in severe cases was visible on the wards within a year, "
    "and that fewer children needed blood transfusions during the rainy season.",
    "The agency said it would publish the full results in a medical journal next month.",
]


def test_paragraph_blocks_of_one_class_are_not_a_feed() -> None:
    # Paragraphs in sibling <div>s, one of them long: undated and unheaded, so all stay.
    blocks = [STORY[0] + " " + STORY[1] * 6, *STORY[2:]]
    body = "".join(f"<div class='text-block'>{p}</div>" for p in blocks)
    out = htmlpage.extract(f"<html>{HEAD}<body><article>{body}</article></body></html>", None)
    assert out.paragraphs[-2:] == STORY[2:]
