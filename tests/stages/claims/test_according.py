"""Attributions with "according to": a source with a slash, a source opening the sentence
before a subordinate clause, and "All told" (no attribution) before it."""

from __future__ import annotations

from tests.stages.claims.claiming import named, only, run


def test_a_source_with_a_slash() -> None:
    text = "According to a Harbour/Mill poll, the two parties are level in the north."
    claim = only(run(text))
    assert claim["text"] == "the two parties are level in the north"
    assert named(text, claim) == "Harbour/Mill poll"


def test_all_told_is_no_attribution_before_according_to() -> None:
    text = "All told, the two funds spent $2 million on the port, according to the audit."
    claim = only(run(text))
    assert claim["text"] == "All told, the two funds spent $2 million on the port"
    assert named(text, claim) == "audit"


def test_a_subordinate_clause_after_an_opening_source() -> None:
    text = (
        "But according to recently leaked board documents, while the firm praises the port, "
        "in private it plans to leave."
    )
    claim = only(run(text))
    assert claim["text"] == ("while the firm praises the port, in private it plans to leave")
    assert named(text, claim) == "recently leaked board documents"


def test_a_clause_after_a_closing_source_stays_out() -> None:
    text = "The mill leads in the north, according to the audit, but the port has vowed to fight."
    claims = run(text)["claims"]
    assert claims[0]["text"] == "The mill leads in the north"
