from __future__ import annotations

import time

from prometheus_client import CollectorRegistry

from streams import records
from streams.errors import NoText
from streams.metrics import Metrics
from streams.runner import Incoming, account, run_batch, run_one
from tests import factories


def _in(value: bytes | None, key: bytes | None = b"k") -> Incoming:
    return Incoming(key=key, value=value, topic="news.raw", partition=0, offset=7)


def _upper(record: records.Record) -> records.Record:
    return {**record, "id": "x", "body": record["body"].upper()}


def test_run_one_returns_the_stage_output_keyed_by_its_id() -> None:
    outcome = run_one("clean", _in(records.encode(factories.raw("hi"))), _upper, 1000)
    assert outcome.dead is None
    assert outcome.key == "x"
    assert outcome.record is not None and outcome.record["body"] == "HI"


def test_run_one_dead_letters_bad_input_before_the_stage_runs() -> None:
    called = []
    outcome = run_one("clean", _in(b"{"), lambda r: called.append(r) or r, 1000)
    assert called == []
    assert outcome.dead is not None and outcome.dead["error"] == "not_json"


def test_our_errors_keep_their_reason_and_others_become_stage_failed() -> None:
    def no_text(record: records.Record) -> records.Record:
        raise NoText("nothing left")

    def bug(record: records.Record) -> records.Record:
        raise KeyError("paragraphs")

    value = records.encode(factories.raw())
    ours = run_one("clean", _in(value), no_text, 1000).dead
    theirs = run_one("clean", _in(value), bug, 1000).dead
    assert ours is not None and (ours["error"], ours["message"]) == ("no_text", "nothing left")
    assert theirs is not None and theirs["error"] == "stage_failed"
    assert "KeyError" in theirs["message"]


def test_a_failing_batch_dead_letters_only_the_record_that_fails() -> None:
    def stage(batch: list[records.Record]) -> list[records.Record]:
        if any(r["text"] == "poison" for r in batch):
            raise ValueError("model choked")
        return [{**r, "entities": []} for r in batch]

    batch = [
        _in(records.encode(factories.cleaned("fine one", id="a")), b"a"),
        _in(records.encode(factories.cleaned("poison", id="b")), b"b"),
        _in(b"not json", b"c"),
        _in(records.encode(factories.cleaned("fine two", id="d")), b"d"),
    ]
    outcomes = run_batch("entities", batch, stage, 10_000)
    assert [o.key for o in outcomes] == ["a", "b", "c", "d"]
    assert [o.dead["error"] if o.dead else None for o in outcomes] == [
        None,
        "stage_failed",
        "not_json",
        None,
    ]


def test_account_counts_outputs_and_dead_letters_by_reason() -> None:
    metrics = Metrics(CollectorRegistry())
    good = run_one("clean", _in(records.encode(factories.raw())), _upper, 1000)
    bad = run_one("clean", _in(b"\xff"), _upper, 1000)
    account(metrics, "clean", [good, bad], time.perf_counter())
    get = metrics.registry.get_sample_value
    assert get("newsstream_records_in_total", {"stage": "clean"}) == 2
    assert get("newsstream_records_out_total", {"stage": "clean"}) == 1
    assert get("newsstream_dead_letters_total", {"stage": "clean", "reason": "not_utf8"}) == 1


def test_a_record_the_consumer_could_not_read_is_dead_lettered_in_a_batch_too() -> None:
    unreadable = Incoming(
        key=None,
        value=None,
        topic="news.cleaned",
        partition=1,
        offset=42,
        fetch_error="UnsupportedCodecError: Unknown compression codec 0x07",
    )
    good = _in(records.encode(factories.cleaned()))
    outcomes = run_batch("entities", [unreadable, good], lambda batch: batch, 1000)
    dead = outcomes[0].dead
    assert dead is not None
    assert (dead["error"], dead["topic"], dead["partition"], dead["offset"]) == (
        "unreadable",
        "news.cleaned",
        1,
        42,
    )
    assert "codec 0x07" in dead["message"]
    assert outcomes[1].record is not None


def test_a_record_over_its_time_budget_is_a_timeout_dead_letter() -> None:
    from streams.stages import clean

    outcome = run_one(
        "clean", _in(records.encode(factories.raw())), lambda r: clean.clean(r, budget_s=1e-9), 1000
    )
    assert outcome.dead is not None
    assert outcome.dead["error"] == "timeout"
    assert "budget" in outcome.dead["message"]


def test_a_foreign_record_on_an_inner_topic_is_a_dead_letter_naming_what_is_wrong() -> None:
    called: list[records.Record] = []

    def stage(batch: list[records.Record]) -> list[records.Record]:
        called.extend(batch)
        return batch

    good = factories.cleaned()
    foreign = {k: v for k, v in good.items() if k != "text"} | {"word_count": "many"}
    incoming = [
        Incoming(b"a", records.encode(good), "news.cleaned", 0, 1),
        Incoming(b"b", records.encode(foreign), "news.cleaned", 0, 2),
    ]
    first, second = run_batch("entities", incoming, stage, 10**6)
    assert first.dead is None and called == [good]
    assert second.dead is not None and second.dead["error"] == "invalid_record"
    assert "'text' is a required property" in second.dead["message"]
    assert "word_count: 'many' is not of type 'integer'" in second.dead["message"]
    assert (second.dead["topic"], second.dead["offset"]) == ("news.cleaned", 2)

    tagged = {**factories.tagged(), "entities": [{"name": "Anna Berg"}]}
    letter = run_one("claims", Incoming(b"c", records.encode(tagged), "news.tagged"), dict, 10**6)
    assert letter.dead is not None and letter.dead["error"] == "invalid_record"
    assert letter.dead["message"].startswith("entities/0: ")
