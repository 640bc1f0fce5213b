"""Claims with no source: what "seems", "appears", "is expected" or "reportedly" holds."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import only, run


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The mill is expected to cut 300 jobs this spring.",
            "The mill is expected to cut 300 jobs this spring",
            "expected",
        ),
        (
            "Indeed, most farmers appear to be moving toward the new party, despite the cost.",
            "most farmers appear to be moving toward the new party",
            "appear",
        ),
        (
            "It seems the harbour plan will go ahead without the council.",
            "the harbour plan will go ahead without the council",
            "seems",
        ),
        (
            "The mayor reportedly kept the ledger in his own office.",
            "The mayor reportedly kept the ledger in his own office",
            "reportedly",
        ),
        (
            "The new bridge seemed far too narrow for the lorries.",
            "The new bridge seemed far too narrow for the lorries",
            "seemed",
        ),
    ],
)
def test_a_claim_with_no_source_names_no_speaker(text: str, content: str, cue: str) -> None:
    claim = only(run(text))
    assert (claim["text"], claim["cue"], claim["kind"]) == (content, cue, "indirect")
    assert claim["speaker"]["kind"] == "unknown"
    assert claim["speaker"]["start"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared on the radio on Sunday morning.",
        "As expected, the vote went to the harbour party.",
        "The expected rise in rates came a week later than planned.",
    ],
)
def test_appearing_and_what_was_expected_report_nothing(text: str) -> None:
    assert run(text)["claims"] == []
