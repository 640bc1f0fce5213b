"""Bylines, names alone on a line, and credits."""

from __future__ import annotations

import pytest

from streams.stages.clean import bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By AMINA DIALLO Associated Press", ["Amina Diallo"]),
        ("By GRAHAM McLEOD AP Sports Writer", ["Graham McLeod"]),
        (
            "By LAURA BENNETT and OLEKSANDR PETRENKO Associated Press",
            ["Laura Bennett", "Oleksandr Petrenko"],
        ),
        ("By Jane Smith, Staff Writer", ["Jane Smith"]),
        ("By Anna de la Cruz and Tom O'Neil", ["Anna de la Cruz", "Tom O'Neil"]),
    ],
)
def test_bylines_name_the_authors_without_their_credit(line: str, authors: list[str]) -> None:
    assert bylines.byline(line) == authors


@pytest.mark.parametrize(
    ("line", "name"),
    [("Ana Silva", "Ana Silva"), ("Mary K. Jones", "Mary K. Jones"), ("Share Save", None),
     ("Key points", None), ("Courts", None), ("He said", None)],
)  # fmt: skip
def test_a_bare_name_line(line: str, name: str | None) -> None:
    assert bylines.bare_name(line) == name
