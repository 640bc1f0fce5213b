"""What reads as a sentence of prose."""

from __future__ import annotations

import pytest

from streams.stages.clean.prose import is_prose


@pytest.mark.parametrize(
    ("unit", "prose"),
    [
        ("The panel spent ten months examining the bridge and its records.1", True),
        ("The panel spent ten months examining the bridge and its records.[12]", True),
        ("Inflation in the euro area rose in March to an annual 4.1", False),
    ],
)
def test_a_footnote_number_after_the_full_stop_leaves_a_sentence(unit: str, prose: bool) -> None:
    assert is_prose(unit) is prose
