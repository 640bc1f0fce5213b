"""`newsstream bench`: figures for speed, memory and quality, printed, never asserted.

Each benchmark is a module here with `run() -> dict[str, object]`: figure name
to value (numbers carry their unit in the name, e.g. `articles_per_s`).
"""

from __future__ import annotations

import importlib
from typing import Any

BENCHMARKS = ("clean", "entities", "claims")


def run(name: str) -> dict[str, Any]:
    module = importlib.import_module(f"streams.bench.{name}")
    result: dict[str, Any] = module.run()
    return result
