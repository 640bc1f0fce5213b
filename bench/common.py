"""What every benchmark shares: where the real sets are, the run's options, tables, timing."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
# The workplace keeps the labelled sets beside the repository; elsewhere, point at them.
DEFAULT_DEVSETS = ROOT.parent / "shared" / "devsets"
DEVSETS_ENV = "NEWSSTREAM_DEVSETS"
T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """One run's options, handed to every benchmark."""

    devsets: Path
    out: Path
    quick: bool = False
    limit: int | None = None
    minutes: float | None = None  # how long a timed benchmark (soak) runs; its own default

    def dataset(self, name: str) -> Path | None:
        """The folder of one real set, or None (said once, on stdout) when it is absent."""
        folder = self.devsets / name
        if folder.is_dir():
            return folder
        print(f"[{name}] no data at {folder}: skipped (set --devsets or {DEVSETS_ENV})")
        return None

    def take(self, items: Sequence[T], quick: int) -> Sequence[T]:
        """The items this run measures: all, the first --limit, or `quick` of them in --quick."""
        n = self.limit if self.limit is not None else (quick if self.quick else None)
        return items if n is None else items[:n]


def devsets_folder(option: str | None) -> Path:
    return Path(option or os.environ.get(DEVSETS_ENV) or DEFAULT_DEVSETS).expanduser()


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where a ratio has nothing to divide)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain-text table, numbers to three decimals, for a terminal or the README."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(out)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """fn's result and the CPU seconds it took in this process (one core's time, not wall)."""
    started = time.process_time()
    result = fn()
    return result, time.process_time() - started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
