"""What a belief reports: a bare clause, a "wh" clause, or a hope's "to" clause."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import named, only, run


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "I think both parties are on the same page about the harbour.",
            "both parties are on the same page about the harbour",
        ),
        ("Everyone knows how the mill lost its money.", "how the mill lost its money"),
        (
            "Marta Lind hopes to win the northern districts in May.",
            "to win the northern districts in May",
        ),
    ],
)
def test_a_belief_reports_the_clause_after_it(text: str, content: str) -> None:
    person = [("Marta Lind", "PERSON", ())] if "Marta Lind" in text else []
    claim = only(run(text, *person))
    assert (claim["text"], claim["act"], claim["kind"]) == (content, "belief", "indirect")
    assert named(text, claim) in ("I", "Everyone", "Marta Lind")


def test_a_belief_with_a_noun_after_it_reports_nothing() -> None:
    assert run("Marta Lind knows the harbour.", ("Marta Lind", "PERSON", ()))["claims"] == []
