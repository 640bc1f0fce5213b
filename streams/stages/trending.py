"""Trending entities: articles naming each entity per window of event time, against its baseline.

An entity is trending when more articles name it in a window than its own
recent windows would lead one to expect: a z-score of the window's count
against the mean and spread of the entity's previous windows (zeros
included), so that a name always in the news (a country, a capital) must
rise against its own level, not against everyone's. Windows are tumbling and
of event time (the article's `published_at`, else its `published` hint, else
`fetched_at`): a backlog replayed from last month gives last month's windows.

The state is one entry per entity; the worker keeps it in a table partitioned by
the entity's key, so each entity is counted on one worker and N workers give one
answer. A window is published when it closes: when an article of a later window
names the entity, or when the stream's event time (the latest article this worker
counted) has passed the window's end (`due`, on a timer). A late article counts in
its own window, which is then published again with the new count; records are
keyed by entity and window, so a window published twice is one window downstream.
An article more than a baseline (`baseline_windows`) behind the stream's event
time is not counted: no window it could change is kept.

Memory and writes are bounded. The entries live in memory (the store is read once,
on start and after a rebalance, and written behind), and `flush`, once per batch of
articles, writes each changed entry once however many articles named it. An entry
is forgotten (its open window published first) once its window is two baselines
behind the stream's event time, when no article it could still affect is counted;
and past MAX_ENTITIES the least recently active go first. Redeliveries are
recognised by a 32-bit digest of each of an entity's last RECENT_ARTICLES
article ids (1 KB an entity at most, in memory and in each write).
"""

from __future__ import annotations

import base64
import math
import sys
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from streams.records import Record
from streams.stages.stories.features import event_time

WINDOW_S = 300.0
BASELINE_WINDOWS = 12
# A spread of at least one article: an entity named once in every window is not trending
# when a window names it twice.
MIN_SPREAD = 1.0
RECENT_ARTICLES = 256
"""Article digests kept per entity, so that a redelivered article is not counted twice: a
`kill -9` makes the stages upstream send again what they did since their last commit (about
130 articles in the reliability tests), each naming an entity at most once."""
MAX_ENTITIES = 20_000
"""Entities one worker keeps (about 1 KB each in memory, a few KB for the most named): the
stream's distinct names over two baselines (two hours) are far more than the few that can
trend; the least recently active, forgotten first, had no window in the last stretch."""
# The digests as bytes in the table: little-endian whatever the machine.
_SWAP = sys.byteorder != "little"


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


@dataclass(slots=True)
class Entity:
    """One entity's counts: its newest window, the windows before it, its latest articles."""

    name: str
    label: str
    window: int
    count: int = 0
    # Counts of the windows just before `window`, oldest first, one per window (zeros too).
    history: list[int] = field(default_factory=list)
    recent: array[int] = field(default_factory=lambda: array("I"))
    # In memory only: the window `due` last published, and whether the store holds it.
    published: int | None = None
    stored: bool = False

    def value(self) -> dict[str, Any]:
        """The table's entry: small, as each write carries all of it."""
        recent = array("I", self.recent)
        if _SWAP:
            recent.byteswap()
        return {
            "name": self.name,
            "label": self.label,
            "window": self.window,
            "count": self.count,
            "history": self.history,
            "recent": base64.b64encode(recent.tobytes()).decode(),
        }

    @classmethod
    def read(cls, value: dict[str, Any]) -> Entity:
        recent = array("I", base64.b64decode(value.get("recent") or ""))
        if _SWAP:
            recent.byteswap()
        return cls(
            sys.intern(value["name"]),
            sys.intern(value["label"]),
            value["window"],
            value["count"],
            list(value["history"]),
            recent,
            stored=True,
        )


class TrendingIndex:
    """Per-entity window counts; `add` counts one article, `flush` writes what changed."""

    def __init__(
        self,
        store: MutableMapping[str, Any],
        window_s: float = WINDOW_S,
        baseline_windows: int = BASELINE_WINDOWS,
        max_entities: int = MAX_ENTITIES,
    ) -> None:
        self.store = store
        self.window_s = window_s
        self.baseline_windows = baseline_windows
        self.max_entities = max_entities
        self.clock = 0.0  # the latest event time counted: the stream's own "now"
        # Least recently named first (an entity moves to the end when an article names it).
        self._entities: OrderedDict[str, Entity] | None = None
        self._dirty: set[str] = set()
        self._gone: set[str] = set()

    @property
    def entities(self) -> OrderedDict[str, Entity]:
        """The entries in memory, read from the store on first use (after table recovery)."""
        if self._entities is None:
            read = sorted(
                ((key, Entity.read(value)) for key, value in list(self.store.items())),
                key=lambda pair: pair[1].window,
            )
            self._entities = OrderedDict(read)
            if read:
                self.clock = max(self.clock, read[-1][1].window * self.window_s)
        return self._entities

    def reload(self) -> None:
        """Forget what is in memory: the store's partitions changed (a rebalance)."""
        self._entities = None
        self._dirty.clear()
        self._gone.clear()

    def add(self, key: str, mention: dict[str, Any]) -> list[Record]:
        """Count one article naming entity `key`; the news.trending records this settles."""
        window = int(mention["at"] // self.window_s)
        self.clock = max(self.clock, mention["at"])
        if window < self._now() - self.baseline_windows:
            return []  # too late: no window it could change is kept
        entities = self.entities
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(
                sys.intern(mention["name"]), sys.intern(mention["label"]), window
            )
        digest = zlib.crc32(mention["article"].encode())
        if digest in entity.recent:
            return []  # the same article again (a redelivery): counted once
        back = entity.window - window
        if back > self.baseline_windows:
            return []  # older than this entity's baseline: no window of it is kept
        entity.recent.append(digest)
        if len(entity.recent) > RECENT_ARTICLES:
            del entity.recent[: len(entity.recent) - RECENT_ARTICLES]
        self._dirty.add(key)
        entities.move_to_end(key)
        if back == 0:
            entity.count += 1
            entity.published = None  # published by `due` already: again, with this article
            return []
        if back < 0:  # a later window: the entity's window closes
            closed = self._record(key, entity, entity.window, entity.count, entity.history)
            gap = [0] * min(-back - 1, self.baseline_windows)
            entity.history = [*entity.history, entity.count, *gap][-self.baseline_windows :]
            entity.window, entity.count = window, 1
            return [closed]
        # A late article: its window is `back` before the entity's current one.
        missing = back - len(entity.history)
        if missing > 0:  # before the entity's first window
            entity.history = [0] * missing + entity.history
        at = len(entity.history) - back
        entity.history[at] += 1
        return [self._record(key, entity, window, entity.history[at], entity.history[:at])]

    def flush(self) -> list[Record]:
        """Write each entry changed since the last flush once, and forget entries past use.

        What is forgotten: entries whose window is two baselines behind the stream's event
        time (no article counted from now on can reach their windows or baselines), then the
        least recently active past `max_entities`. Returns the open windows of forgotten
        entries that were not yet published."""
        entities = self.entities
        oldest = self._now() - 2 * self.baseline_windows
        out = []
        while entities:
            key, entity = next(iter(entities.items()))
            if entity.window >= oldest and len(entities) <= self.max_entities:
                break
            del entities[key]
            self._dirty.discard(key)
            if entity.stored:
                self._gone.add(key)
            if entity.window < self._now() and entity.published != entity.window:
                out.append(self._record(key, entity, entity.window, entity.count, entity.history))
        for key in self._dirty:
            entity = entities[key]
            self.store[key] = entity.value()
            entity.stored = True
        for key in self._gone:
            del self.store[key]
        self._dirty.clear()
        self._gone.clear()
        return out

    def due(self) -> list[Record]:
        """Open windows the stream's event time has passed, not yet published: the windows of
        entities no later article has named. Reads memory only; a window is published once
        per run of the worker."""
        now = self._now()
        out = []
        for key, entity in self.entities.items():
            if entity.window < now and entity.published != entity.window:
                entity.published = entity.window
                out.append(self._record(key, entity, entity.window, entity.count, entity.history))
        return out

    def top(self, n: int) -> list[tuple[str, str, int]]:
        """The `n` entities most named in the newest window this state holds (name, label, count).

        A worker's state holds its own entities only, and each entity is on one
        worker: summed across workers, the answer is the stream's.
        """
        entities = self.entities.values()
        if not entities:
            return []
        newest = max(e.window for e in entities)
        ranked = sorted((-e.count, e.name, e.label) for e in entities if e.window == newest)
        return [(name, label, -count) for count, name, label in ranked[:n]]

    def _now(self) -> int:
        return int(self.clock // self.window_s)

    def _record(
        self, key: str, entity: Entity, window: int, count: int, before: list[int]
    ) -> Record:
        baseline = before[-self.baseline_windows :]
        mean = sum(baseline) / len(baseline) if baseline else 0.0
        spread = (
            math.sqrt(sum((c - mean) ** 2 for c in baseline) / len(baseline)) if baseline else 0
        )
        start = window * self.window_s
        return {
            "entity": key,
            "name": entity.name,
            "label": entity.label,
            "window_start": _iso(start),
            "window_end": _iso(start + self.window_s),
            "articles": count,
            "baseline_mean": round(mean, 3),
            "baseline_windows": len(baseline),
            "score": round((count - mean) / max(spread, MIN_SPREAD), 3),
        }


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")
