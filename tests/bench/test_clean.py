"""The clean benchmark's own parts: deterministic pages with truth, and the token scorer."""

from __future__ import annotations

from streams.bench import clean as bench
from streams.bench import pages


def test_pages_are_deterministic_and_enough() -> None:
    first, second = pages.build(), pages.build()
    assert len(first) >= 50
    assert [p.html for p in first] == [p.html for p in second]
    assert {p.template for p in first} == set(pages.TEMPLATES)
    for page in first:
        assert page.truth
        assert all(paragraph[:40] in page.html or "&" in paragraph for paragraph in page.truth)
        assert 45_000 <= len(page.html.encode()) <= 60_000


def test_score_counts_tokens_as_multisets() -> None:
    assert bench.score("a b c", "a b c") == (1.0, 1.0, 1.0)
    precision, recall, f1 = bench.score("a a b x", "a b c d")
    assert (precision, recall) == (0.5, 0.5)
    assert f1 == 0.5
    assert bench.score("", "a") == (0.0, 0.0, 0.0)


def test_dateline_is_cut_before_scoring() -> None:
    assert bench._without_dateline("LONDON (Reuters) - Train drivers") == "Train drivers"
    assert bench._without_dateline("Train drivers") == "Train drivers"
