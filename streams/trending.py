"""Which entities the recent articles name most, over a sliding window.

Counts articles, not mentions, so one long article cannot dominate; kept in
memory per worker (each worker sees its own partitions, and Prometheus sums).
"""

from __future__ import annotations

from collections import Counter, deque

from streams.records import Record


class Trending:
    def __init__(self, window_s: float = 3600.0) -> None:
        self.window_s = window_s
        self._seen: deque[tuple[float, tuple[tuple[str, str], ...]]] = deque()
        self._counts: Counter[tuple[str, str]] = Counter()

    def add(self, at: float, record: Record) -> None:
        """Count each entity of an enriched record once, at time `at` (seconds)."""
        names = tuple(sorted({(e["name"], e["label"]) for e in record.get("entities", ())}))
        self._seen.append((at, names))
        self._counts.update(names)

    def top(self, n: int, now: float) -> list[tuple[str, str, int]]:
        """The `n` most named (name, label, articles) of the window ending at `now`."""
        while self._seen and self._seen[0][0] < now - self.window_s:
            _, names = self._seen.popleft()
            self._counts.subtract(names)
        for key in [k for k, v in self._counts.items() if v <= 0]:
            del self._counts[key]
        ranked = sorted(self._counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(name, label, count) for (name, label), count in ranked[:n]]
