"""The clean stage on HTML pages, and on every kind of bad input the issue names."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from streams import records
from streams.errors import NoText, OverBudget, RecordError, TooLarge
from streams.records import Record
from streams.stages import clean
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
