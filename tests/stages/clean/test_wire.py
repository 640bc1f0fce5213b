"""Plain-text wire copy: headline, byline and dateline into fields; tables and short lines kept."""

from __future__ import annotations

import pytest

from streams.errors import NoText
from streams.stages import clean
from streams.stages.clean import wire
from tests import factories

RESULTS = [
    "Results of the second round of the Australian Open on Tuesday:",
    "Men's singles",
    "1 - Pete Sampras (U.S.) beat Mikael Tillstrom (Sweden) 6-3 6-2 6-4",
    "3 - Thomas Muster (Austria) beat Jordi Burillo (Spain) 7-5 6-1 6-2",
    "Women's singles",
    "Steffi Graf (Germany) beat Rita Grande (Italy) 6-2 6-1",
    "Play resumes on Wednesday.",
]


def story(*head: str, body: list[str] = RESULTS, sep: str = "\n\n") -> str:
    return sep.join([*head, *body])


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_slugged_headline_byline_and_dateline_line_go_to_their_fields(sep: str) -> None:
    body = story(
        "TENNIS - SEEDS ADVANCE IN MELBOURNE.", "Jane Doe", "MELBOURNE 1996-01-16", sep=sep
    )
    out = clean.clean(factories.raw(body))
    assert out["title"] == "TENNIS - SEEDS ADVANCE IN MELBOURNE."
    assert out["authors"] == ["Jane Doe"]
    assert out["dateline"] == "Melbourne"
    assert out["published_at"] == "1996-01-16T00:00:00+00:00"
    assert out["published_source"] == "dateline"
    assert out["paragraphs"] == RESULTS


def test_a_by_line_is_an_author_never_the_title() -> None:
    out = clean.clean(factories.raw(story("Seeds advance in Melbourne", "By JANE DOE")))
    assert out["title"] == "Seeds advance in Melbourne"
    assert out["authors"] == ["Jane Doe"]
    assert "By JANE DOE" not in out["text"]


def test_a_byline_first_is_not_taken_for_the_headline() -> None:
    out = clean.clean(factories.raw(story("By Jane Doe", "NAIROBI 2024-03-05")))
    assert out["authors"] == ["Jane Doe"]
    assert out["title"] != "By Jane Doe"
    assert out["dateline"] == "Nairobi"
    assert out["published_at"] == "2024-03-05T00:00:00+00:00"


def test_a_dateline_with_its_country_on_a_line_of_its_own() -> None:
    body = story("SOCCER - JAPAN WIN", "AL-AIN , United Arab Emirates 1996-12-06")
    out = clean.clean(factories.raw(body))
    assert out["dateline"] == "Al-Ain, United Arab Emirates"
    assert out["published_at"] == "1996-12-06T00:00:00+00:00"


def test_an_inline_dateline_gives_place_wire_and_date_and_stays_in_the_lead() -> None:
    lead = (
        "LONDON, Oct 17 (Reuters) - Britain's inflation rate fell to its lowest level in three "
        "years in September, official figures showed on Wednesday."
    )
    out = clean.clean(factories.raw(story("UK inflation falls", body=[lead, "Prices rose 1.7%."])))
    assert out["dateline"] == "London"
    assert out["wire"] == "Reuters"
    assert out["published_at"] == "2024-10-17T00:00:00+00:00"
    assert out["paragraphs"] == [lead, "Prices rose 1.7%."]


def test_results_tables_lists_and_short_paragraphs_stay() -> None:
    out = clean.clean(factories.raw(story("TENNIS - RESULTS FROM MELBOURNE")))
    assert out["paragraphs"] == RESULTS


def test_a_one_paragraph_flash_is_an_article() -> None:
    flash = "BRUSSELS (Reuters) - The European Central Bank cut its main rate to 3.25 percent."
    out = clean.clean(factories.raw(story("ECB CUTS RATES", body=[flash])))
    assert out["title"] == "ECB CUTS RATES"
    assert out["paragraphs"] == [flash]
    assert out["dateline"] == "Brussels"


@pytest.mark.parametrize(
    "line",
    [
        "Fire breaks out at Lisbon port, no injuries reported.",
        "Fire breaks out at Lisbon port, no injuries reported",
        "Acme Corp said its 47 mln dlrs of debentures were converted into shares. Reuter",
    ],
)
def test_a_single_line_without_a_headline_is_still_an_article(line: str) -> None:
    assert clean.clean(factories.raw(line))["paragraphs"] == [line]


def test_sentences_ending_in_a_signature_are_not_a_headline() -> None:
    lines = ["Acme Corp said its debentures were converted into shares. Reuter", "More later."]
    assert clean.clean(factories.raw("\n\n".join(lines)))["paragraphs"] == lines


def test_only_a_body_without_words_is_no_text() -> None:
    with pytest.raises(NoText):
        clean.clean(factories.raw("---\n\n1996-01-16\n\n* * *"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TENNIS - SEEDS ADVANCE IN MELBOURNE.", True),
        ("Seeds advance in Melbourne", True),
        ("Pete Sampras beat Mikael Tillstrom in straight sets on Tuesday.", False),
        ("By Jane Doe", False),
        ("NAIROBI 2024-03-05", False),
        ("日经225指数周二收盘上涨1.2%,报38500点。", False),
    ],
)
def test_what_reads_as_a_headline(line: str, expected: bool) -> None:
    assert wire.headline(line) is expected


def test_a_cjk_story_in_plain_text_yields_its_text() -> None:
    lines = [
        "东京股市周二收盘上涨",
        "日经225指数周二收盘上涨1.2%,报38500点,科技股领涨。",
        "分析人士说,投资者对美国降息的预期推动了买盘。",
    ]
    out = clean.clean(factories.raw("\n\n".join(lines)))
    assert out["title"] == lines[0]
    assert out["paragraphs"] == lines[1:]
    assert out["language"]["code"] == "zh"
