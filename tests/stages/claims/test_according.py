"""Attributions with "according to": a source with a slash, a source opening the sentence
before a subordinate clause, and "All told" (no attribution) before it."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import Case, case_id, check, run

ACCORDING = [
    Case(
        "a source with a slash",
        "According to a Harbour/Mill poll, the two parties are level in the north.",
        "the two parties are level in the north",
        named="Harbour/Mill poll",
    ),
    Case(
        "all told is no attribution before according to",
        "All told, the two funds spent $2 million on the port, according to the audit.",
        "All told, the two funds spent $2 million on the port",
        named="audit",
    ),
    Case(
        "a subordinate clause after an opening source",
        (
            "But according to recently leaked board documents, while the firm praises the "
            "port, in private it plans to leave."
        ),
        "while the firm praises the port, in private it plans to leave",
        named="recently leaked board documents",
    ),
]


@pytest.mark.parametrize("case", ACCORDING, ids=case_id)
def test_according_to(case: Case) -> None:
    check(case)


def test_a_clause_after_a_closing_source_stays_out() -> None:
    text = "The mill leads in the north, according to the audit, but the port has vowed to fight."
    claims = run(text)["claims"]
    assert claims[0]["text"] == "The mill leads in the north"
