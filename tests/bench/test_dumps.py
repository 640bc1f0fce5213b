"""Text dumps of the bench pages: a scraper's visible text, and trafilatura's reading of it."""

from __future__ import annotations

from dataclasses import replace

from streams.bench import clean as bench
from streams.bench import dumps, pages


def test_a_dump_holds_the_story_as_blocks_and_no_markup() -> None:
    page = pages.build()[0]
    dump = dumps.text_dump(page.html)
    assert "<" not in dump and "* " not in dump
    blocks = dump.split("\n\n")
    for paragraph in page.truth:
        assert paragraph in blocks


def test_table_cells_are_blocks_not_columns() -> None:
    html = "<table><tr><td>Menu</td><td>The story starts here.</td></tr></table>"
    assert dumps.text_dump(html).split()[:1] == ["Menu"]
    assert dumps.text_dump(html).splitlines() == ["Menu", "The story starts here."]


def test_trafilatura_reads_a_dump_only_once_its_blocks_are_paragraphs() -> None:
    page = pages.build()[0]
    dump = dumps.text_dump(page.html)
    assert page.truth[1] in dumps.trafilatura_reading(dump)


def test_dump_titles_count_exact_headlines() -> None:
    page = pages.build()[0]
    other = replace(page, article={**page.article, "title": "Another headline"})
    assert bench._dump_titles([page, other], "dumps_") == {"dumps_ours_title_exact": 0.5}


def test_a_dump_leaves_out_what_a_browser_hides() -> None:
    html = "<p>Shown.</p><div hidden><p>Transcript.</p></div><p style='display: none'>Gone.</p>"
    assert dumps.text_dump(html).split() == ["Shown."]
