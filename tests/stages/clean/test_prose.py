"""What reads as a sentence of prose."""

from __future__ import annotations

import pytest

from streams.stages.clean.prose import is_prose, sentence, words


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


@pytest.mark.parametrize(
    ("unit", "prose"),
    [
        ("子どもへの虐待をなくすための法律ができて、体罰を禁止することになりました。", True),
        ("体罰を禁止する法律", False),
        ("حذرت الأمم المتحدة يوم الاثنين من أن ملايين الأشخاص يواجهون نقصا في الغذاء.", True),
        ("Москва и Киев договорились об обмене пленными, сообщили официальные лица.", True),
    ],
)
def test_prose_in_every_script(unit: str, prose: bool) -> None:
    assert is_prose(unit) is prose


def test_an_unspaced_script_counts_two_characters_a_word() -> None:
    assert words("体罰を禁止する法律") == 4
    assert words("The mayor said so.") == 4
    assert sentence("東京の株価は上がった。") and sentence("Он сказал это вчера.")
