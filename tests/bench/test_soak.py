"""The soak's memory verdict: a bounded cache filling is set aside, a leak is not."""

from __future__ import annotations

from bench.soak import FLAT_MB_PER_10_MIN, beside, floor, memory_trend, slope_mb_per_10_min

MINUTES = 25  # a 30-minute soak's steady part


def times(minutes: int = MINUTES) -> list[float]:
    return [n * 5.0 for n in range(minutes * 12 + 1)]


def spiky(base: list[float]) -> list[tuple[float, float]]:
    """`base` (MB at each 5-s sample) with a batch's working memory on top of some samples,
    larger later in the run, as in a real soak: the raw least-squares line climbs."""
    spikes = [0.0, 0.0, 12.0, 0.0, 30.0, 0.0, 0.0, 20.0]
    return [
        (t, mb + spikes[n % len(spikes)] * (1 + n / len(base)))
        for n, (t, mb) in enumerate(zip(times(), base, strict=True))
    ]


def filling(start: float, bound: float, full_after_s: float) -> list[float]:
    """A cache growing steadily from `start` until it reaches `bound`, then held there."""
    return [min(bound, start + (bound - start) * t / full_after_s) for t in times()]


def test_a_straight_line_has_its_slope_in_mb_per_10_minutes() -> None:
    assert round(slope_mb_per_10_min([(t, 400 + t / 60) for t in times()]), 6) == 10.0
    assert slope_mb_per_10_min([(0.0, 400.0)]) == 0.0


def test_the_floor_is_each_minutes_minimum_without_the_last_short_minute() -> None:
    samples = [(0.0, 9.0), (20.0, 5.0), (40.0, 7.0), (60.0, 4.0), (80.0, 8.0), (100.0, 6.0)]
    assert floor([*samples, (120.0, 1.0)]) == [(30.0, 5.0), (90.0, 4.0)]
    assert floor([*samples, (120.0, 1.0), (140.0, 3.0)]) == [(30.0, 5.0), (90.0, 4.0), (150.0, 1.0)]
    assert floor([]) == []


def test_beside_takes_rocksdb_off_where_the_gauge_was_read() -> None:
    rss = [(0.0, 470.0), (5.0, 480.0), (10.0, 475.0)]
    assert beside(rss, [(0.0, 20.0), (5.0, None), (10.0, 30.5)]) == [(0.0, 450.0), (10.0, 444.5)]


def test_a_cache_filling_within_its_bound_is_flat_though_the_raw_slope_is_not() -> None:
    rocksdb = filling(start=20, bound=40, full_after_s=450)
    rss = spiky([430 + held for held in rocksdb])  # the rest flat: only the cache grows
    trend = memory_trend(rss, list(zip(times(), rocksdb, strict=True)), bound_mb=64)
    assert trend["slope_mb_per_10_min"] >= FLAT_MB_PER_10_MIN
    assert trend["floor_slope_mb_per_10_min"] >= FLAT_MB_PER_10_MIN
    assert not trend["raw_flat"]
    assert abs(trend["beside_rocksdb_floor_slope_mb_per_10_min"]) < 0.1
    assert trend["rocksdb_within_bound"] and not trend["flat_on_rss"]
    assert trend["flat_beside_rocksdb"]
    assert (trend["rocksdb_start_mb"], trend["rocksdb_end_mb"]) == (20, 40)
    assert trend["flat"]


def test_a_leak_beside_a_full_cache_is_not_flat() -> None:
    rocksdb = [64.0 for _ in times()]
    rss = spiky([470 + t / 60 * 0.6 for t in times()])  # 6 MB per 10 min held for good
    trend = memory_trend(rss, list(zip(times(), rocksdb, strict=True)), bound_mb=64)
    assert trend["rocksdb_within_bound"]
    assert trend["beside_rocksdb_floor_slope_mb_per_10_min"] >= FLAT_MB_PER_10_MIN
    assert not trend["flat"]


def test_peaks_that_grow_on_a_flat_floor_are_not_flat() -> None:
    rocksdb = [40.0 for _ in times()]
    grows = [(t, 470 + (t / 15 if n % 4 == 1 else 0)) for n, t in enumerate(times())]
    trend = memory_trend(grows, list(zip(times(), rocksdb, strict=True)), bound_mb=64)
    assert abs(trend["beside_rocksdb_floor_slope_mb_per_10_min"]) < 0.1
    assert trend["beside_rocksdb_slope_mb_per_10_min"] >= FLAT_MB_PER_10_MIN
    assert not trend["flat"]


def test_a_cache_past_its_bound_counts_against_flatness() -> None:
    rocksdb = filling(start=20, bound=80, full_after_s=1200)  # its bound is 64
    rss = spiky([430 + held for held in rocksdb])
    trend = memory_trend(rss, list(zip(times(), rocksdb, strict=True)), bound_mb=64)
    assert trend["rocksdb_max_mb"] == 80 and not trend["rocksdb_within_bound"]
    assert abs(trend["beside_rocksdb_floor_slope_mb_per_10_min"]) < 0.1
    assert not trend["flat_beside_rocksdb"]
    assert not trend["flat"]


def test_an_unread_gauge_shows_nothing_within_its_bound() -> None:
    rocksdb: list[float | None] = list(filling(start=20, bound=40, full_after_s=450))
    rocksdb[100] = None
    rss = spiky([430 + (held or 40) for held in rocksdb])
    trend = memory_trend(rss, list(zip(times(), rocksdb, strict=True)), bound_mb=64)
    assert trend["rocksdb_unread_samples"] == 1
    assert not trend["flat_beside_rocksdb"] and not trend["flat"]


def test_rocksdb_counting_more_than_rss_grew_sets_nothing_aside() -> None:
    # Setting aside memory RocksDB counts but RSS never showed could hide a leak as large:
    # RSS growing less than RocksDB is not flat, RSS not growing is.
    rocksdb = filling(start=10, bound=60, full_after_s=1500)
    for grows_mb, flat in ((15.0, False), (0.0, True)):
        rss = spiky([470.0 + grows_mb * t / 1500 for t in times()])
        trend = memory_trend(rss, list(zip(times(), rocksdb, strict=True)), bound_mb=64)
        assert trend["beside_rocksdb_floor_slope_mb_per_10_min"] <= -FLAT_MB_PER_10_MIN
        assert not trend["flat_beside_rocksdb"]
        assert trend["flat_on_rss"] is flat and trend["flat"] is flat
