from __future__ import annotations

import asyncio
from pathlib import Path

from faust.types import TP
from prometheus_client import CollectorRegistry

from streams.app import create_app
from streams.metrics import Metrics
from streams.settings import Settings
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


def test_a_resume_of_a_flowing_stream_keeps_what_its_buffers_hold(
    tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    """A restart with changelog to replay resumes the flow to read it, then seeks the stream
    partitions to their committed offsets and resumes again; what the fetcher read from
    there is in the buffers and must be processed, not dropped (streams.transport.FlowControl).
    """
    settings = Settings(app_id="flow-test", data_dir=str(tmp_path))
    app = create_app(settings, Metrics(CollectorRegistry()))
    buffer = app.FlowControlQueue(maxsize=4, clear_on_resume=True)
    app.flow_control.resume()  # the changelogs are read
    buffer.put_nowait("news.tagged[0]@4, fetched after the seek")
    app.flow_control.resume()  # the stream partitions are resumed: Worker ready
    assert buffer.qsize() == 1
    # A rebalance suspends the flow: what was read before it goes at the next resume.
    app.flow_control.suspend()
    buffer.put_nowait("news.tagged[0]@5, read in the old generation")
    app.flow_control.resume()
    assert buffer.empty()
