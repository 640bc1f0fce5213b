"""The three stages bound to their state: what the agents and `newsstream enrich` both call.

The stage functions are pure; duplicates and cross-article claim relations need
memory of recent articles. Each is a bounded index in this process, mirrored
entry by entry (one per article) into a mapping: a Faust GlobalTable in the
worker (it survives restarts through its changelog), a dict offline.
"""

from __future__ import annotations

import gc
from collections.abc import MutableMapping
from typing import Any

from spacy.language import Language

from streams.records import Record
from streams.settings import Settings
from streams.stages import claims, clean, entities
from streams.stages.claims.recent import ClaimIndex
from streams.stages.clean.dedup import DedupIndex
from streams.stages.stories import StoryIndex


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        dedup_store: MutableMapping[str, Any],
        claims_store: MutableMapping[str, Any],
    ) -> None:
        self.settings = settings
        self._dedup_store = dedup_store
        self._dedup: DedupIndex | None = None
        self._claims_store = claims_store
        self._claims: ClaimIndex | None = None
        self.nlp: Language | None = None

    def load_model(self) -> Language:
        if self.nlp is None:
            self.nlp = entities.load_model()
            # The model, the knowledge base and its matchers are a few hundred thousand
            # objects that live as long as the process; frozen, the cyclic collector stops
            # walking them on every full collection (3% of a worker's time, README).
            gc.freeze()
        return self.nlp

    def clean(self, raw: Record) -> Record:
        """Clean, then mark the article as a duplicate of an earlier one where it is."""
        record = clean.clean(raw, budget_s=self.settings.record_timeout)
        dedup = self._dedup_index()
        record["duplicate_of"] = dedup.check_and_add(record)
        _mirror(dedup.pop_changes(), self._dedup_store)
        return record

    def _dedup_index(self) -> DedupIndex:
        if self._dedup is None:
            # Built at first use or at the first changelog event, whichever comes first: the
            # table holds what Faust has recovered and applied by then, and every event after
            # that is learned. Built later, it would miss the events Faust delivered before
            # but holds in its buffer unapplied (up to TABLE_BUFFER_EVENTS of them).
            self._dedup = DedupIndex.from_entries(
                list(self._dedup_store.items()),
                self.settings.dedup_window_hours,
                self.settings.dedup_max_articles,
            )
        return self._dedup

    def learn_duplicate_entry(self, key: str, entry: dict[str, Any] | None) -> None:
        """A dedup table entry as the worker reads it from the changelog, whoever wrote it.
        A worker without the clean stage keeps no index."""
        if entry is not None and "clean" in self.settings.stages:
            self._dedup_index().learn(key, entry)

    def tag(self, batch: list[Record]) -> list[Record]:
        """Entities of a batch; an article still at the model after the per-record budget is
        left untagged with the reason in `skipped` (a 2 MB body of words takes 87 s)."""
        return entities.tag(
            batch,
            self.load_model(),
            batch_size=self.settings.batch_size,
            budget=self.settings.record_timeout,
        )

    def attribute(self, record: Record) -> Record:
        """Claims of the article, related to each other and to recent claims of other sources."""
        index = self._claims_index()
        out = index.relate(claims.attribute(record, budget=self.settings.record_timeout))
        _mirror(index.pop_changes(), self._claims_store)
        return out

    def _claims_index(self) -> ClaimIndex:
        if self._claims is None:
            # Built when the duplicate index is, for the same reason.
            self._claims = ClaimIndex.from_entries(
                list(self._claims_store.items()),
                self.settings.claims_window_hours,
                self.settings.claims_max,
            )
        return self._claims

    def learn_claims_entry(self, key: str, entry: dict[str, Any] | None) -> None:
        """A claims table entry as the worker reads it from the changelog, whoever wrote it."""
        if "claims" in self.settings.stages:
            self._claims_index().learn(key, entry)

    def index_articles(self, index: str) -> int:
        """Articles the named index holds (0 before it is built): the worker's state size,
        and how a test knows that another worker's article has reached this one."""
        if index == "dedup":
            return len(self._dedup) if self._dedup is not None else 0
        return self._claims.articles() if self._claims is not None else 0


def _mirror(
    changes: tuple[dict[str, dict[str, Any]], list[str]], store: MutableMapping[str, Any]
) -> None:
    """Write an index's changes to its table: the entries it added, and deletes of those it
    forgot, only where the table still holds them (each worker forgets what it reads, so a
    writer's own delete has often been read and applied here already)."""
    added, expired = changes
    for key, entry in added.items():
        store[key] = entry
    for key in expired:
        store.pop(key, None)


def story_index(store: MutableMapping[str, Any], settings: Settings) -> StoryIndex:
    """The stories stage's index over `store` (a table in the worker), bounded as configured."""
    return StoryIndex(
        store,
        window_hours=settings.stories_window_hours,
        horizon_hours=settings.stories_horizon_hours,
        max_stories=settings.stories_max,
        max_articles=settings.stories_max_articles,
        per_story=settings.stories_per_story,
    )
