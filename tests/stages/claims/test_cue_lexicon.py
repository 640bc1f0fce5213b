"""Cues added from PolNeAR's train split: verbs of speech that need "that" or a quote,
verbs whose object is what they report, and acts of evaluation and demand."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import named, only, run


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            "Marta Lind cautioned that the harbour fund is nearly empty.",
            "the harbour fund is nearly empty",
            "statement",
        ),
        (
            "Marta Lind wondered whether the mill would ever reopen.",
            "whether the mill would ever reopen",
            "question",
        ),
        (
            "Marta Lind touted her record on the harbour budget.",
            "her record on the harbour budget",
            "statement",
        ),
        (
            "Marta Lind assailed the governor's plan for the port.",
            "the governor's plan for the port",
            "evaluation",
        ),
        (
            "Marta Lind ordered the agency to release the ledgers.",
            "the agency to release the ledgers",
            "demand",
        ),
    ],
)
def test_a_cue_from_train_reports_what_follows(text: str, content: str, act: str) -> None:
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert (claim["text"], claim["act"]) == (content, act)
    assert named(text, claim) == "Marta Lind"


def test_a_speech_verb_that_needs_that_reports_no_noun() -> None:
    assert run("Marta Lind commented on the harbour.", ("Marta Lind", "PERSON", ()))["claims"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Marta Lind lashed out at the harbour board.", "the harbour board"),
        ("Marta Lind distanced herself from the governor's plan.", "the governor's plan"),
        ("Marta Lind sided with the dock workers.", "the dock workers"),
        ("Marta Lind balked at the cost of the bridge.", "the cost of the bridge"),
    ],
)
def test_an_act_with_a_particle_reports_its_object(text: str, content: str) -> None:
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert (claim["text"], claim["act"]) == (content, "evaluation")


def test_an_act_without_its_particle_reports_nothing() -> None:
    text = "Marta Lind sided the boat into the harbour."
    assert run(text, ("Marta Lind", "PERSON", ()))["claims"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg, the host of the reality show “Harbour Kings,” toured the mill.",
        "Marta Lind attacks the budget every spring.",
        "His supporting role in the harbour deal was small.",
        "The report and the claim were filed with the harbour board.",
    ],
)
def test_forms_that_named_no_attribution_on_train_report_nothing(text: str) -> None:
    assert run(text)["claims"] == []
