"""The entity stage on text shaped to make spaCy's tokenizer slow: long runs without a space."""

from __future__ import annotations

import time

from spacy.language import Language

from streams.kb import load
from streams.records import validate
from streams.stages.entities import LONG_RUN, defuse, tag
from streams.stages.entities.states import apply_us_states
from tests import factories


def test_defuse_blanks_only_long_runs_and_keeps_every_offset() -> None:
    text = "Mark Rutte said " + "\u201c" * (LONG_RUN + 5) + " in Brussels " + "x" * (LONG_RUN - 1)
    out = defuse(text)
    assert len(out) == len(text)
    assert out.startswith("Mark Rutte said ")
    assert out[16 : 16 + LONG_RUN + 5].strip() == ""
    assert out.endswith(" in Brussels " + "x" * (LONG_RUN - 1))


def test_a_run_of_quote_marks_does_not_stall_the_model(nlp: Language) -> None:
    # Before runs were blanked this took 11 s and 400 MB: the tokenizer is quadratic in a run.
    text = "\u201c" * 20_000 + "\n\nNATO chief Mark Rutte met officials in Brussels on Monday."
    started = time.perf_counter()
    record = tag([factories.cleaned(text)], nlp)[0]
    assert time.perf_counter() - started < 5.0
    validate("tagged", record)
    names = {e["name"]: e for e in record["entities"]}
    assert "Mark Rutte" in names
    mention = names["Mark Rutte"]["mentions"][0]
    assert text[mention["start"] : mention["end"]] == mention["text"]
    assert mention["start"] > 20_000


def test_an_article_over_the_budget_is_left_untagged_and_the_batch_goes_on(
    nlp: Language,
) -> None:
    long = factories.cleaned("Mark Rutte met officials in Brussels on Monday. " * 40_000, id="l")
    after = factories.cleaned("NATO chief Mark Rutte met officials in Brussels.", id="a")
    started = time.perf_counter()
    hog, fine = tag([long, after], nlp, budget=0.5)
    # 2 MB of text takes about a minute without a budget; with one, a batch of pieces more.
    assert time.perf_counter() - started < 15.0
    assert hog["entities"] == []
    assert "time budget of 0.5 s" in hog["skipped"]["entities"]
    assert "entities" not in fine["skipped"]
    assert "Mark Rutte" in {e["name"] for e in fine["entities"]}
    validate("tagged", hog)
    validate("tagged", fine)


def test_twenty_thousand_towns_and_states_cost_no_quadratic_time() -> None:
    # Every pair used to scan the whole list of mentions: this took 74 s.
    started = time.perf_counter()
    found = apply_us_states("Birmingham, Ala. said. " * 20_000, [], load())
    assert time.perf_counter() - started < 5.0
    assert len(found) == 40_000
    assert {m.entry.id for m in found if m.entry} == {"Q79867", "Q173"}
