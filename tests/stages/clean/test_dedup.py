"""Duplicates: a wire story reprinted by two outlets is one story; a related story is not."""

from __future__ import annotations

import orjson

from streams.records import Record
from streams.stages import clean
from streams.stages.clean.dedup import BandTable, DedupIndex
from tests import factories
from tests.factories import SAME_SUBJECT, WIRE, outlet_a, outlet_b


def cleaned(article: str, body: str, fetched_at: str) -> Record:
    return clean.clean(
        factories.raw(body, id=article, content_type="text/html", fetched_at=fetched_at)
    )


def test_a_reprinted_wire_story_is_a_duplicate_and_a_related_story_is_not() -> None:
    index = DedupIndex(window_hours=72)
    first = cleaned("herald-1", outlet_a(WIRE), "2026-11-17T12:00:00Z")
    reprint = cleaned("times-7", outlet_b(WIRE), "2026-11-17T13:00:00Z")
    related = cleaned("herald-2", outlet_a(SAME_SUBJECT), "2026-11-18T09:00:00Z")
    assert first["content_hash"] != reprint["content_hash"]
    assert index.check_and_add(first) is None
    assert index.check_and_add(reprint) == "herald-1"
    assert index.check_and_add(related) is None


def test_exact_duplicate_by_content_hash() -> None:
    index = DedupIndex()
    a = factories.cleaned("Short text.", id="a", content_hash="a" * 32)
    b = factories.cleaned("Different words entirely here.", id="b", content_hash="a" * 32)
    assert index.check_and_add(a) is None
    assert index.check_and_add(b) == "a"


def test_redelivery_keeps_its_verdict_and_chains_point_to_the_first() -> None:
    index = DedupIndex()
    text = "\n\n".join(WIRE)
    a = factories.cleaned(text, id="a", content_hash="1" * 32)
    b = factories.cleaned(text, id="b", content_hash="2" * 32)
    c = factories.cleaned(text, id="c", content_hash="3" * 32)
    assert index.check_and_add(a) is None
    assert index.check_and_add(a) is None
    assert index.check_and_add(b) == "a"
    assert index.check_and_add(b) == "a"
    assert index.check_and_add(c) == "a"
    assert len(index) == 3


def test_window_expires_old_articles() -> None:
    index = DedupIndex(window_hours=72)
    text = "\n\n".join(WIRE)
    old = factories.cleaned(text, id="old", fetched_at="2026-11-01T00:00:00Z")
    new = factories.cleaned(text, id="new", fetched_at="2026-11-05T00:00:00Z")
    index.check_and_add(old)
    index.pop_changes()
    assert index.check_and_add(new) is None
    added, expired = index.pop_changes()
    assert list(added) == ["new"]
    assert expired == ["old"]
    assert len(index) == 1


def test_past_max_articles_the_oldest_is_forgotten_and_the_rest_still_match() -> None:
    index = DedupIndex(window_hours=72, max_articles=2)
    text = "\n\n".join(WIRE)
    stored: dict[str, dict[str, object]] = {}
    for n, article in enumerate(["first", "second", "third", "fourth"]):
        stamp = f"2026-11-17T1{n}:00:00Z"  # an hour apart: all inside the time window
        body = text if article != "fourth" else "\n\n".join(SAME_SUBJECT)
        record = factories.cleaned(body, id=article, fetched_at=stamp, content_hash=str(n) * 32)
        index.check_and_add(record)
        added, expired = index.pop_changes()
        stored.update(added)
        for gone in expired:  # what the pipeline does to the table
            del stored[gone]
    assert sorted(stored) == ["fourth", "third"]
    assert len(index) == 2
    # The third repeated the first and points at it; a later copy still finds it through
    # the third, though the first and second are forgotten.
    again = factories.cleaned(
        text, id="again", fetched_at="2026-11-17T14:00:00Z", content_hash="9" * 32
    )
    assert index.check_and_add(again) == "first"
    # Entries restored past the bound: the oldest is forgotten at once, in the table too.
    restarted = DedupIndex.from_entries({**stored, **index.pop_changes()[0]}.items(), 72, 2)
    assert len(restarted) == 2
    assert restarted.pop_changes()[1] == ["third"]


def test_state_survives_a_restart_through_json_entries() -> None:
    index = DedupIndex()
    text = "\n\n".join(WIRE)
    index.check_and_add(factories.cleaned(text, id="a", content_hash="1" * 32))
    added, _ = index.pop_changes()
    # What a Faust table would store and give back after recovery.
    stored = {k: orjson.loads(orjson.dumps(v)) for k, v in added.items()}
    restarted = DedupIndex.from_entries(stored.items())
    again = factories.cleaned(text + " Updated.", id="b", content_hash="2" * 32)
    assert restarted.check_and_add(again) == "a"


def test_an_entry_another_worker_wrote_is_learned_live() -> None:
    """Worker B's index was built before worker A cleaned the story; the table tells B."""
    a, b = DedupIndex(), DedupIndex()
    assert (
        b.check_and_add(
            factories.cleaned("An older story.", id="old", fetched_at="2026-11-17T11:00:00Z")
        )
        is None
    )
    first = cleaned("herald-1", outlet_a(WIRE), "2026-11-17T12:00:00Z")
    assert a.check_and_add(first) is None
    written, _ = a.pop_changes()
    for key, entry in written.items():
        b.learn(key, orjson.loads(orjson.dumps(entry)))
    b.learn("herald-1", written["herald-1"])  # read back twice: no second row
    reprint = cleaned("times-7", outlet_b(WIRE), "2026-11-17T13:00:00Z")
    assert b.check_and_add(reprint) == "herald-1"
    assert len(b) == 3


def test_band_table_probes_past_collisions_and_deletions() -> None:
    table = BandTable(capacity=16)
    keys = [2 + 16 * i for i in range(40)]  # same low bits: every key collides
    for row, key in enumerate(keys):
        table.put(key, row)
    table.discard(keys[3], 3)
    table.discard(keys[4], 999)  # another row owns it now: kept
    assert table.get(keys[3]) == -1
    assert table.get(keys[4]) == 4
    assert table.get(keys[39]) == 39
    table.put(keys[39], 100)
    assert table.get(keys[39]) == 100
    assert table.get(12345) == -1


def test_a_chinese_reprint_with_a_line_changed_is_a_duplicate() -> None:
    story = [
        "日经225指数周二收盘上涨1.2%,报38500点,科技股领涨,投资者对美国降息的预期推动了买盘。",
        "分析人士说,市场情绪在美联储官员发表讲话后明显改善,半导体板块涨幅居前。",
        "东京证券交易所的数据显示,外国投资者连续第三周净买入日本股票,成交量也有所回升。",
        "不过,也有分析人士提醒,日元走势和企业财报仍将左右市场的短期方向。",
    ]
    index = DedupIndex()
    first = clean.clean(factories.raw("\n\n".join(story), id="cn-1"))
    reprint = clean.clean(factories.raw("\n\n".join([*story[:3], "本文来自新华社。"]), id="cn-2"))
    assert index.check_and_add(first) is None
    assert index.check_and_add(reprint) == "cn-1"
