"""Trending entities: articles naming each entity per window of event time, against its baseline.

An entity is trending when more articles name it in a window than its own
recent windows would lead one to expect: a z-score of the window's count
against the mean and spread of the entity's previous windows (zeros
included), so that a name always in the news (a country, a capital) must
rise against its own level, not against everyone's. Windows are tumbling and
of event time (the article's `published_at`, else its `published` hint, else
`fetched_at`): a backlog replayed from last month gives last month's windows.

The state is one entry per entity, in a mapping keyed by entity: the worker
keeps it in a table partitioned by the entity's key, so each entity is counted
on one worker and N workers give one answer. A window is published when it
closes: when an article of a later window names the entity, or when the stream's
event time (the latest article this worker counted) has passed the window's end
(`due`, on a timer). A late article counts in its own window, which is then
published again with the new count; records are keyed by entity and window, so
a window published twice is one window downstream.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime
from typing import Any

from streams.records import Record
from streams.stages.stories.features import event_time

WINDOW_S = 300.0
BASELINE_WINDOWS = 12
# A spread of at least one article: an entity named once in every window is not trending
# when a window names it twice.
MIN_SPREAD = 1.0
# Articles remembered per entity, so that a redelivered one is not counted twice.
RECENT_ARTICLES = 500


def mentions(record: Record) -> Iterator[tuple[str, dict[str, Any]]]:
    """(entity key, mention) for each entity an enriched article names, once per article."""
    at = event_time(record)
    if at is None:
        return
    for entity in record.get("entities") or ():
        key = entity.get("kb_id") or f"{entity['label']}:{entity['name']}"
        yield (
            key,
            {
                "name": entity["name"],
                "label": entity["label"],
                "at": at.timestamp(),
                "article": record["id"],
            },
        )


class TrendingIndex:
    """Per-entity window counts in `store`; `add` counts one article and returns closed windows."""

    def __init__(
        self,
        store: MutableMapping[str, Any],
        window_s: float = WINDOW_S,
        baseline_windows: int = BASELINE_WINDOWS,
    ) -> None:
        self.store = store
        self.window_s = window_s
        self.baseline_windows = baseline_windows
        self.clock = 0.0  # the latest event time counted: the stream's own "now"
        self._flushed: set[tuple[str, int]] = set()

    def add(self, key: str, mention: dict[str, Any]) -> list[Record]:
        """Count one article naming entity `key`; the news.trending records this settles."""
        window = int(mention["at"] // self.window_s)
        self.clock = max(self.clock, mention["at"])
        state = self.store.get(key)
        if state is None:
            state = {
                "name": mention["name"],
                "label": mention["label"],
                "window": window,
                "count": 0,
                "recent": [],
                "history": [],
            }
        if mention["article"] in state["recent"]:
            return []  # the same article again (a redelivery): counted once
        state["recent"] = [*state["recent"], mention["article"]][-RECENT_ARTICLES:]
        out: list[Record] = []
        if window > state["window"]:
            out.append(self._record(key, state, state["window"], state["count"]))
            gap = min(window - state["window"] - 1, self.baseline_windows)
            history = [*state["history"], [state["window"], state["count"]]]
            history += [[window - g - 1, 0] for g in reversed(range(gap))]
            state["history"] = history[-self.baseline_windows :]
            state.update(window=window, count=0)
        if window == state["window"]:
            state["count"] += 1
        else:
            late = next((h for h in state["history"] if h[0] == window), None)
            if late is None:
                return out  # older than the baseline: no window of it is kept
            late[1] += 1
            out.append(self._record(key, state, window, late[1]))
        self.store[key] = state  # re-assigned: a table writes its changelog on assignment
        return out

    def due(self) -> list[Record]:
        """Open windows the stream's event time has passed, not yet published: the windows of
        entities no later article has named. Reads the state only (a timer may not write a
        table); a window is flushed once per run of the worker."""
        now = int(self.clock // self.window_s)
        # What was flushed longer ago than a baseline can no longer be open: forget it.
        self._flushed = {(k, w) for k, w in self._flushed if w >= now - self.baseline_windows}
        out = []
        for key, state in list(self.store.items()):
            window = state["window"]
            if window < now and (key, window) not in self._flushed:
                self._flushed.add((key, window))
                out.append(self._record(key, state, window, state["count"]))
        return out

    def top(self, n: int) -> list[tuple[str, str, int]]:
        """The `n` entities most named in the newest window this state holds (name, label, count).

        A worker's state holds its own entities only, and each entity is on one
        worker: summed across workers, the answer is the stream's.
        """
        states = list(self.store.values())
        if not states:
            return []
        newest = max(s["window"] for s in states)
        ranked = sorted(
            (-s["count"], s["name"], s["label"]) for s in states if s["window"] == newest
        )
        return [(name, label, -count) for count, name, label in ranked[:n]]

    def _record(self, key: str, state: dict[str, Any], window: int, count: int) -> Record:
        baseline = [c for w, c in state["history"] if w < window][-self.baseline_windows :]
        mean = sum(baseline) / len(baseline) if baseline else 0.0
        spread = (
            math.sqrt(sum((c - mean) ** 2 for c in baseline) / len(baseline)) if baseline else 0
        )
        start = window * self.window_s
        return {
            "entity": key,
            "name": state["name"],
            "label": state["label"],
            "window_start": _iso(start),
            "window_end": _iso(start + self.window_s),
            "articles": count,
            "baseline_mean": round(mean, 3),
            "baseline_windows": len(baseline),
            "score": round((count - mean) / max(spread, MIN_SPREAD), 3),
        }


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")
