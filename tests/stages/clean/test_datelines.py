"""Datelines and the wire agencies credit lines name."""

from __future__ import annotations

import pytest

from streams.stages.clean import boilerplate, datelines


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("© 2024 Thomson/Reuters. All rights reserved.", "Reuters"),
        ("Copyright 2024 The Associated Press.", "AP"),
        ("© Agence France-Presse", "AFP"),
        ("© Newsmax Media, Inc.", None),
        ("Map data from the AP and Reuters", "AP"),
    ],
)
def test_wire_from_credit_lines(line: str, wire: str | None) -> None:
    assert datelines.wire_in_credit(line) == wire


@pytest.mark.parametrize(
    ("opening", "place", "wire"),
    [
        ("BRUSSELS (Reuters) - Ukraine's president said", "BRUSSELS", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", "AP"),
        ("KYIV, Ukraine (AFP) -- Air raid sirens", "KYIV, Ukraine", "AFP"),
        ("NEW YORK — Stocks fell", "NEW YORK", None),
    ],
)
def test_dateline(opening: str, place: str, wire: str | None) -> None:
    found = datelines.dateline(opening)
    assert found is not None
    assert (found.place, found.wire) == (place, wire)


def test_no_dateline_in_an_ordinary_sentence() -> None:
    assert datelines.dateline("The US - and its allies - said no.") is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("SOURCE Northfield Policy Institute", "source"),
        ("Source: Reuters", "source"),
        ("The source said the talks had stalled.", None),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
