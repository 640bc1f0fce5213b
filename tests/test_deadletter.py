from __future__ import annotations

import base64

from streams import records
from streams.deadletter import KEEP_BYTES, dead_letter
from streams.errors import NotJSON, NotUTF8, TooLarge


def _letter(value: bytes, error: Exception) -> records.Record:
    return dead_letter(
        "clean", error, key=b"k1", value=value, topic="news.raw", partition=3, offset=42
    )  # type: ignore[arg-type]


def test_a_dead_letter_is_valid_and_carries_its_origin() -> None:
    letter = records.validate("deadletter", _letter(b"{oops", NotJSON("the value is not JSON")))
    assert letter["stage"] == "clean"
    assert letter["error"] == "not_json"
    assert letter["message"] == "the value is not JSON"
    assert (letter["key"], letter["topic"], letter["partition"], letter["offset"]) == (
        "k1",
        "news.raw",
        3,
        42,
    )
    assert letter["value"] == "{oops"
    assert letter["value_encoding"] == "utf-8"


def test_binary_values_are_kept_in_base64() -> None:
    letter = _letter(b"\xff\x00\x01", NotUTF8("not UTF-8"))
    assert letter["value_encoding"] == "base64"
    assert base64.b64decode(letter["value"]) == b"\xff\x00\x01"


def test_oversize_values_keep_a_text_prefix_even_when_the_cut_splits_a_character() -> None:
    value = "é".encode() * (KEEP_BYTES)  # two bytes each: the cut lands inside one at odd offsets
    letter = records.validate("deadletter", _letter(b"x" + value, TooLarge("too big")))
    assert letter["value_truncated"] is True
    assert letter["value_bytes"] == len(value) + 1
    assert letter["value_encoding"] == "utf-8"
    assert letter["value"].startswith("xéé")
