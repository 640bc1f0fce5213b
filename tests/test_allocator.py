"""glibc's allocator: the arena cap is accepted and trimming returns freed pages."""

from __future__ import annotations

import re
from pathlib import Path

from streams import allocator


def rss_mb() -> float:
    return int(re.search(r"VmRSS:\s+(\d+)", Path("/proc/self/status").read_text())[1]) / 1024


def test_trim_returns_pages_freed_below_live_memory() -> None:
    # 60 MB of 3 KB buffers (above pymalloc's 512 bytes: glibc's), all but the newest freed:
    # the live ones sit on top of the heap, so glibc keeps the freed pages below them.
    buffers = [bytes(3000) for _ in range(20_000)]
    del buffers[:19_000]
    before = rss_mb()
    assert allocator.trim()
    assert before - rss_mb() > 20
    assert len(buffers) == 1_000


def test_the_arena_cap_is_taken() -> None:
    assert allocator.limit_arenas(2)
