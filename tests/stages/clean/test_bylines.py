"""Bylines, names alone on a line, and credits."""

from __future__ import annotations

import pytest

from streams.stages.clean import boilerplate, bylines


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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Reporting by Anna Berg; Editing by Tom Ridley)", "credits"),
        ("The senator said the top priority was the budget.", None),
        ("The Associated Press contributed to this report.", "contributors"),
        ("Staff writer Ana Silva contributed reporting.", "contributors"),
        ("More than 40 firefighters contributed to the rescue, the chief said.", None),
        ("Image caption, Crowds gathered outside the court", "caption"),
        ("IMAGE SOURCE, Getty Images", "caption"),
        ("Crowds outside the court on Monday Photograph: Getty Images", "caption"),
        ("The minister posted a photo: a burned-out car in the square", None),
        ("Officials had warned about the risks for months.Credit...Reuters", "caption"),
        ("The scene on the day the news broke (AFP via Getty Images)", "caption"),
        ("The club's win was its first in 10 games, the manager said (Reuters).", None),
        ("Photographs by Yuki Sato. Words by Kenji Ito.", "credits"),
        ("Photos by the agency showed the damage to the roof.", None),
        ("Foto: AP", "caption"),
        ("Illustration by Mara Lind for Longitude", "credits"),
        ("Local people said they had expected it (Northfield Policy Institute)", "caption"),
        ("Erik Solberg Journalist erik.solberg@bsps.example", "author_card"),
        ("The scene on the day the news broke PHOTO: AFP VIA GETTY IMAGES", "caption"),
        (
            "Produced by Lena Vogt. Sound design by Rory Dunne. Our theme music is by Tide.",
            "credits",
        ),
        ("The trial was produced by the ministry. Music by local bands was played.", None),
        ("A file picture taken earlier this year (Representative image)", "caption"),
        ("Greg Halvorsen, The Associated Press Edited by: Arjun Menon Updated: Mar 14", "credits"),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
