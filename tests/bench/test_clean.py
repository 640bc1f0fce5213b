"""The clean benchmark's own parts: deterministic pages with truth, and the token scorer."""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest

from streams.bench import clean as bench
from streams.bench import (
    fresh4,
    fresh5,
    fresh6,
    fresh7,
    fresh8,
    fresh9,
    fresh10,
    fresh11,
    fresh12,
    fresh13,
    fresh14,
    fresh15,
    fresh16,
    fresh17,
    fresh18,
    pages,
)


def _check_pages(built: list[pages.Page]) -> None:
    for page in built:
        assert page.truth == page.article["paragraphs"]
        assert all(paragraph[:40] in page.html or "&" in paragraph for paragraph in page.truth)
        assert 45_000 <= len(page.html.encode()) <= 60_000
    assert len({p.name for p in built}) == len(built)


def test_pages_are_deterministic_and_enough() -> None:
    first, second = pages.build(), pages.build()
    assert len(first) >= 50
    assert [p.html for p in first] == [p.html for p in second]
    assert {p.template for p in first} == set(pages.TEMPLATES)
    _check_pages(first)


def test_typographic_pages_are_the_tuning_pages_with_curled_stories() -> None:
    plain, curled = pages.build(), pages.build_typographic()
    _check_pages(curled)
    assert [p.name for p in curled] == [p.name for p in plain]
    lines = [line for page in curled for line in page.truth]
    assert not any('"' in line or "'" in line or " - " in line for line in lines)
    assert sum("\u201c" in line for line in lines) >= 10
    assert pages.curl("\"It's over,\" she said - twice ('never').") == (
        "\u201cIt\u2019s over,\u201d she said \u2013 twice (\u2018never\u2019)."
    )


def test_typographic_quotes_come_through_the_stage_as_printed() -> None:
    page = pages.build_typographic()[0]
    text = bench._ours(page)
    # The first paragraph's dateline ("LONDON (Reuters) -") goes to the record's own field.
    assert all(paragraph in text for paragraph in page.truth[1:])
    assert "\u201c" in text and "\u2019" in text


def test_speed_rounds_forget_lines_but_keep_the_models() -> None:
    from streams.stages.clean import boilerplate, furniture, language
    from streams.stages.clean import page as page_rules

    detector = language.detector()
    boilerplate.classify("Share this article")
    page_rules.is_prose("The council voted on Tuesday to close the pool in March.")
    bench._forget_lines()
    assert boilerplate.classify.cache_info().currsize == 0
    assert page_rules.is_prose.cache_info().currsize == 0
    assert furniture._named.cache_info().currsize == 0
    assert language.detector() is detector


def test_heldout_pages_are_deterministic_and_new() -> None:
    first, second = pages.build_heldout(), pages.build_heldout()
    assert len(first) == 12 * 8
    assert [p.html for p in first] == [p.html for p in second]
    assert {p.template for p in first} == set(pages.TEMPLATES) | set(pages.HELDOUT_TEMPLATES)
    assert not set(pages.TEMPLATES) & set(pages.HELDOUT_TEMPLATES)
    _check_pages(first)
    tuning = pages.articles()
    heldout = pages.articles("heldout.jsonl")
    assert not {a["slug"] for a in tuning} & {a["slug"] for a in heldout}
    seen = {p for a in tuning for p in a["paragraphs"]}
    for article in heldout:
        assert 250 <= sum(len(p.split()) for p in article["paragraphs"]) <= 450
        assert not seen & set(article["paragraphs"])
    # The new layouts are only ever used for held-out text, never in the tuning set.
    assert not {p.template for p in pages.build()} & set(pages.HELDOUT_TEMPLATES)


def test_heldout_templates_carry_their_boilerplate() -> None:
    by_template = {p.template: p.html for p in pages.build_heldout()[:8]}
    assert by_template["readmore"].count("Read more:") == 2
    assert 'data-component="video-block"' in by_template["readmore"]
    assert "<section class='live-post'" in by_template["liveblog"]
    assert "Most read" in by_template["liveblog"]
    assert "<amp-img" in by_template["amp"]
    assert by_template["amp"].count("application/ld+json") == 3
    wall = by_template["amp"].index("consent-wall")
    assert wall < by_template["amp"].index(pages.articles("heldout.jsonl")[0]["paragraphs"][1])


# Each fresh set: its builder, data file, known and new layouts, and its texts' word bounds.
FRESH_SETS = [
    (pages.build_fresh, "fresh.jsonl", pages.FRESH_KNOWN, pages.FRESH_TEMPLATES, 250),
    (pages.build_fresh2, "fresh2.jsonl", pages.FRESH2_KNOWN, pages.FRESH2_TEMPLATES, 150),
    (pages.build_fresh3, "fresh3.jsonl", pages.FRESH3_KNOWN, pages.FRESH3_TEMPLATES, 250),
    (fresh4.build_fresh4, "fresh4.jsonl", fresh4.FRESH4_KNOWN, fresh4.FRESH4_TEMPLATES, 250),
    (fresh5.build_fresh5, "fresh5.jsonl", fresh5.FRESH5_KNOWN, fresh5.FRESH5_TEMPLATES, 250),
    (fresh6.build_fresh6, "fresh6.jsonl", fresh6.FRESH6_KNOWN, fresh6.FRESH6_TEMPLATES, 250),
    (fresh7.build_fresh7, "fresh7.jsonl", fresh7.FRESH7_KNOWN, fresh7.FRESH7_TEMPLATES, 250),
    (fresh8.build_fresh8, "fresh8.jsonl", fresh8.FRESH8_KNOWN, fresh8.FRESH8_TEMPLATES, 250),
    (fresh9.build_fresh9, "fresh9.jsonl", fresh9.FRESH9_KNOWN, fresh9.FRESH9_TEMPLATES, 250),
    (fresh10.build_fresh10, "fresh10.jsonl", fresh10.FRESH10_KNOWN, fresh10.FRESH10_TEMPLATES, 250),
    (fresh11.build_fresh11, "fresh11.jsonl", fresh11.FRESH11_KNOWN, fresh11.FRESH11_TEMPLATES, 250),
    (fresh12.build_fresh12, "fresh12.jsonl", fresh12.FRESH12_KNOWN, fresh12.FRESH12_TEMPLATES, 250),
    (fresh13.build_fresh13, "fresh13.jsonl", fresh13.FRESH13_KNOWN, fresh13.FRESH13_TEMPLATES, 250),
    (fresh14.build_fresh14, "fresh14.jsonl", fresh14.FRESH14_KNOWN, fresh14.FRESH14_TEMPLATES, 250),
    (fresh15.build_fresh15, "fresh15.jsonl", fresh15.FRESH15_KNOWN, fresh15.FRESH15_TEMPLATES, 250),
    (fresh16.build_fresh16, "fresh16.jsonl", fresh16.FRESH16_KNOWN, fresh16.FRESH16_TEMPLATES, 250),
    (fresh17.build_fresh17, "fresh17.jsonl", fresh17.FRESH17_KNOWN, fresh17.FRESH17_TEMPLATES, 250),
    (fresh18.build_fresh18, "fresh18.jsonl", fresh18.FRESH18_KNOWN, fresh18.FRESH18_TEMPLATES, 250),
]
OLDER_TEXTS = ["articles.jsonl", "heldout.jsonl", *(name for _, name, *_ in FRESH_SETS)]


@pytest.mark.parametrize("index", range(len(FRESH_SETS)))
def test_a_fresh_set_is_deterministic_and_new(index: int) -> None:
    build, name, known, new, min_words = FRESH_SETS[index]
    first, second = build(), build()
    assert len(first) == 12 * 6
    assert [p.html for p in first] == [p.html for p in second]
    assert {p.template for p in first} == set(known) | set(new)
    assert len(known) == len(new) == 3
    older_templates = {*pages.TEMPLATES, *pages.HELDOUT_TEMPLATES}
    for _, _, _, earlier, _ in FRESH_SETS[:index]:
        older_templates |= set(earlier)
    assert not set(new) & older_templates
    assert set(known) <= older_templates
    _check_pages(first)
    older = [a for n in OLDER_TEXTS[: OLDER_TEXTS.index(name)] for a in pages.articles(n)]
    fresh = pages.articles(name)
    assert len(fresh) == 12
    assert not {a["slug"] for a in older} & {a["slug"] for a in fresh}
    assert not {a["title"] for a in older} & {a["title"] for a in fresh}
    seen = {p[:60] for a in older for p in a["paragraphs"]}
    for article in fresh:
        assert min_words <= sum(len(p.split()) for p in article["paragraphs"]) <= 450
        assert not seen & {p[:60] for p in article["paragraphs"]}
    # The new layouts are only ever used for fresh text.
    for older_pages in (
        pages.build(),
        pages.build_heldout(),
        *(b() for b, *_ in FRESH_SETS[:index]),
    ):
        assert not {p.template for p in older_pages} & set(new)


KEYS = {"slug", "title", "author", "published", "section", "paragraphs"}


@pytest.mark.parametrize("index", range(3, len(FRESH_SETS)))
def test_a_helper_written_set_keeps_paragraphs_whole_and_its_texts_as_promised(index: int) -> None:
    """The sets from the fourth on, written by helpers to the same brief."""
    build, name, known, _, _ = FRESH_SETS[index]
    for _, _, earlier, _, _ in FRESH_SETS[2:index]:
        assert not set(known) & set(earlier)
    for page in build():
        # Every truth paragraph is on the page, escaped, whole and in order.
        at = 0
        for paragraph in page.truth:
            at = page.html.index(pages._e(paragraph), at) + len(pages._e(paragraph))
    fresh = pages.articles(name)
    assert len({a["slug"] for a in fresh}) == 12
    for article in fresh:
        # A set may carry what a known layout needs beside the text (fresh9: "takeaways").
        assert KEYS <= set(article) <= KEYS | {"takeaways"}
        assert 6 <= len(article["paragraphs"]) <= 12
        assert datetime.fromisoformat(article["published"]).utcoffset() is not None
    datelined = sum(bool(pages._DATELINE.match(a["paragraphs"][0])) for a in fresh)
    assert 4 <= datelined <= 8


def test_fresh_templates_carry_their_boilerplate() -> None:
    article = pages.articles("fresh.jsonl")[0]
    by_template = {p.template: p.html for p in pages.build_fresh()[:6]}
    paywall = by_template["paywall"]
    box = paywall.index("Subscribe to continue reading")
    assert paywall.index(article["paragraphs"][1][:40]) < box
    assert box < paywall.index(article["paragraphs"][2][:40])
    assert "You have 2 free articles left" in paywall
    assert "rz-gated" in paywall and "$4.99" in paywall
    printed = by_template["print"]
    assert "<p" not in printed and "<article" not in printed
    assert "<font" in printed and printed.count("<br><br>") >= len(article["paragraphs"]) - 2
    assert f"By {article['author']}" in printed
    assert "express written permission" in printed
    longread = by_template["longread"]
    quotes = re.findall(r"<blockquote class='pullquote'><p>(.*?)</p>", longread)
    assert len(quotes) == 2
    assert all(any(html.unescape(q) in p for p in article["paragraphs"]) for q in quotes)
    assert "<aside class='factbox'>" in longread and "<figcaption>" in longread
    assert longread.count("class='rec-card'") == 3 and "Recommended" in longread
    assert "class='lr-bio'" in longread


def test_quality_figures_are_named_per_set_and_template() -> None:
    page = pages.build_heldout()[0]
    empty = pages.Page("x", "amp", "<html><body></body></html>", page.truth, page.article)
    figures = bench._quality([page, empty], "heldout_")
    assert figures["heldout_ours_pages_below_f1_0.5"] == 1
    assert "heldout_trafilatura_f1" in figures
    assert f"heldout_ours_f1_{page.template}" in figures
    assert figures["heldout_ours_f1_amp"] == 0.0
    assert "heldout_ours_f1_new_templates" in figures
    assert "heldout_ours_f1_tuning_templates" in figures
    fresh = pages.build_fresh()[3]
    assert fresh.template in pages.FRESH_TEMPLATES
    figures = bench._quality([fresh, empty], "fresh_", pages.FRESH_TEMPLATES.keys(), "known")
    assert f"fresh_ours_f1_{fresh.template}" in figures
    assert "fresh_trafilatura_pages_below_f1_0.5" in figures
    assert "fresh_ours_f1_new_templates" in figures
    assert "fresh_ours_f1_known_templates" in figures
    assert "fresh_ours_f1_tuning_templates" not in figures


def test_score_counts_tokens_as_multisets() -> None:
    assert bench.score("a b c", "a b c") == (1.0, 1.0, 1.0)
    precision, recall, f1 = bench.score("a a b x", "a b c d")
    assert (precision, recall) == (0.5, 0.5)
    assert f1 == 0.5
    assert bench.score("", "a") == (0.0, 0.0, 0.0)


def test_dateline_is_cut_before_scoring() -> None:
    assert bench._without_dateline("LONDON (Reuters) - Train drivers") == "Train drivers"
    assert bench._without_dateline("Train drivers") == "Train drivers"
