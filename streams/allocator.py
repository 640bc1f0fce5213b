"""glibc's allocator, asked to keep fewer arenas and to hand free memory back to the system.

What a soak of the worker showed (bench/soak.py, with mallinfo2 read every 30 s): the
memory glibc held free inside its heaps grew from 17 to 90 MB in six minutes while the
live Python objects stayed nearly level. The worker churns through large short-lived
buffers (records of 5-500 KB, Kafka fetches, RocksDB memtables flushed and freed) among
long-lived small objects, so freed pages sit between live ones and glibc, which only
returns the top of a heap on its own, keeps them; every thread that allocates (Faust's
consumer thread, RocksDB's flush and compaction threads) gets an arena of its own that
does the same. `malloc_trim(0)` gives every free page of every arena back (glibc >= 2.8),
and `mallopt(M_ARENA_MAX, n)` caps the arenas. Neither has a Python binding: ctypes it is.
Elsewhere than glibc (musl, macOS) both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

M_ARENA_MAX = -8  # glibc's malloc.h
# Two arenas held the soak's free memory at 23-62 MB (glibc's own limit is 8 per core);
# trimming every minute costs nothing measurable against the model's ~75 ms per article.
ARENAS = 2
TRIM_SECONDS = 60.0


@cache
def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def limit_arenas(arenas: int = ARENAS) -> bool:
    """At most `arenas` malloc arenas from now on (for threads started later); False where
    the allocator is not glibc's."""
    libc = _glibc()
    return bool(libc and libc.mallopt(M_ARENA_MAX, arenas))


def trim() -> bool:
    """Return the free pages of every arena to the system; True when some were returned."""
    libc = _glibc()
    return bool(libc and libc.malloc_trim(0))
