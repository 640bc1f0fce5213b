from __future__ import annotations

from faust.types import TP

from streams.transport import FETCH_ERROR, fetch_error, unreadable_record


def test_an_unreadable_record_stands_in_for_the_offset_and_says_why() -> None:
    record = unreadable_record(TP("news.raw", 3), 17, "CorruptRecordException: Invalid CRC")
    assert (record.topic, record.partition, record.offset) == ("news.raw", 3, 17)
    assert record.key is None and record.value is None
    assert fetch_error(record.headers) == "CorruptRecordException: Invalid CRC"


def test_ordinary_headers_carry_no_fetch_error() -> None:
    assert fetch_error(None) is None
    assert fetch_error([("newsstream-raw-timestamp", b"1")]) is None
    assert fetch_error({FETCH_ERROR: b"x"}) == "x"
