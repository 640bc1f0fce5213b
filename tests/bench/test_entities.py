"""The entity benchmark's hand-labelled sentences and its scoring (never its figures)."""

from __future__ import annotations

from collections import Counter

from streams.bench import entities as bench


def test_jsonl_is_the_converted_markup() -> None:
    assert bench.load() == bench.convert()


def test_at_least_300_sentences_with_every_hard_case() -> None:
    rows = bench.load()
    assert len(rows) >= 300
    sections = Counter(r["section"] for r in rows)
    for hard in ("titles", "transliterations", "lowercase", "metonymy"):
        assert sections[hard] >= 25, sections


def test_spans_point_at_their_text() -> None:
    for row in bench.load():
        for e in row["entities"]:
            piece = row["text"][e["start"] : e["end"]]
            assert piece and piece == piece.strip(), row["text"]
            assert e["label"] in bench.LABELS


def test_parse_markup() -> None:
    row = bench.parse("[NATO|ORG] chief [Rutte|PERSON|Mark Rutte] spoke.")
    assert row["text"] == "NATO chief Rutte spoke."
    assert row["entities"] == [
        {"start": 0, "end": 4, "label": "ORG", "name": "NATO"},
        {"start": 11, "end": 16, "label": "PERSON", "name": "Mark Rutte"},
    ]


def test_scoring_ignores_a_leading_the_and_a_possessive() -> None:
    text = "The Kremlin's view"
    assert bench._norm(text, 0, 13, "ORG") == (4, 11, "ORG")
    assert bench._prf(3, 4, 6) == (0.75, 0.5, 0.6)
