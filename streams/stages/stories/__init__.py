"""Story stage: enriched articles grouped, one at a time, into the events they tell of.

An article joins the recent story it matches best, or starts one. The evidence,
all of it the article's own (features.py), weighed the same for every stream:

- near-duplicates: an article whose `duplicate_of` (or content hash) is in a
  story joins it, whatever else is said;
- event time: a story, the new article included, spans at most `window_hours`
  (4 days by default) of event time (published_at, else the raw `published`
  hint, else fetched_at; never the wall clock), so a topic that runs for weeks
  becomes successive stories rather than one chain;
- shared salient entities (a person's surname, else kb_id, else label and
  name; weighted by salience and by how rare the name is in English) and words
  (static-idf word vectors), 40/60, each a cosine averaged over the story's
  articles (average link: a centroid of a big story would draw in its whole
  subject);
- places: a story and an article each centred on a town or site (an entity with
  coordinates, salient) that share none are two events, so the match is vetoed:
  two shootings in two towns on the same day are two stories.

An article that matches several stories joins the best, and any other match
whose articles also fit the best story with this article added merges with it
(into the oldest of them): the article was the missing link, as it is when a
backlog arrives out of order. What this guarantees (tests/stages/test_stories.py):
the same input in the same order gives the same stories and ids; re-sending an
article changes nothing; a duplicate always joins its original's story; and
reordering inside the window gives the same grouping whenever each article's
matches do not depend on which articles came first (merging repairs the common
case, a late article bridging two halves; a chain of weak matches can still
split differently). Story ids come from the article that started the story, so
they are stable once given; a merged-away id is listed in the survivor's
`merged` so that readers can retire it.

State is a plain mutable mapping (a dict offline, a Faust table in the worker):
`story:<id>` holds a story's article summaries, `article:<id>` its story id,
`clock` the latest event time seen. Stories whose last article is more than
`horizon_hours` older than that clock are dropped, and at most `max_stories`
are kept (the least recently active go first), so the state is bounded by
event time alone and a replay rebuilds it exactly. A story keeps at most
`per_story` article summaries (its first and its latest; the record's `size`
still counts every article): a story that runs for days on every outlet would
otherwise hold thousands in memory, compare each newcomer with all of them, and
re-send them all in each news.stories record. And all stories together keep at
most `max_articles` summaries (about 9 KB each in memory), the least recently
active stories dropped first, so the memory is bounded whatever the stream.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping
from typing import Any

from streams.errors import InvalidRecord
from streams.records import Record
from streams.stages.stories.features import (
    cosine,
    event_time,
    leading_place,
    summarise,
    warm_up,
)
from streams.stages.stories.story import render

__all__ = ["StoryIndex", "warm_up"]

THRESHOLD = 0.3
"""Score (0-1) from which an article belongs to a story.

Chosen with TEXT_WEIGHT by looking at BASIL (bench/stories.py): the middle of a
plateau (0.25-0.35 all give pairwise F1 within 0.02 with time, and the same
holds with time evidence switched off), not its best point."""
TEXT_WEIGHT = 0.6
"""Share of words in the score; entities take the rest."""
KEPT_TERMS = 30
"""Articles of a story whose words are kept for its centroid; later ones keep entities only."""
PER_STORY = KEPT_TERMS
"""Article summaries a story keeps: its first and its latest, each with its words."""
MAX_ARTICLES = 10_000
"""Article summaries all stories keep together (about 9 KB each in memory, measured)."""


class StoryIndex:
    """The stories of the recent stream, kept in `store`; `add` files one article."""

    def __init__(
        self,
        store: MutableMapping[str, Any],
        window_hours: float = 96.0,
        horizon_hours: float = 336.0,
        max_stories: int = 20_000,
        threshold: float = THRESHOLD,
        max_articles: int = MAX_ARTICLES,
        per_story: int = PER_STORY,
    ) -> None:
        self.store = store
        self.window_s = window_hours * 3600.0
        self.horizon_s = max(horizon_hours, window_hours) * 3600.0
        self.max_stories = max_stories
        self.per_story = max(per_story, 2)  # the first and the newest at least
        self.max_articles = max(max_articles, self.per_story)
        self.threshold = threshold
        self._stories: dict[str, dict[str, Any]] | None = None
        self._postings: dict[str, set[str]] = {}

    @property
    def stories(self) -> dict[str, dict[str, Any]]:
        """The stories in memory, read from the store on first use (after table recovery)."""
        if self._stories is None:
            self._stories = {}
            for key, story in list(self.store.items()):
                if key.startswith("story:"):
                    self._index(story)
        return self._stories

    def _candidates(self, article: dict[str, Any], record: Record) -> set[str]:
        """Stories sharing a word, an entity or a duplicate with the article: no other can match.

        An inverted index kept in memory beside the state (rebuilt from it on
        start), so that an article is compared with the few stories that could
        take it rather than with every story of the last days.
        """
        keys = _keys(article) | {f"id:{record.get('duplicate_of')}"}
        self.stories  # noqa: B018 - the postings are built with the stories, read from the state
        found: set[str] = set()
        for key in keys:
            found |= self._postings.get(key, set())
        return found

    def add(self, record: Record) -> Record:
        """The story (a news.stories record) that the enriched article joined or started."""
        known = self.store.get(f"article:{record['id']}")
        if known is not None and known in self.stories:
            return render(self.stories[known], record["id"])
        at = event_time(record)
        if at is None:
            raise InvalidRecord(
                "no event time: published_at, published and fetched_at are missing or unreadable"
            )
        article = summarise(record, at)
        self._advance(article["t"])
        scored = sorted(
            (
                (self._score(article, record, self.stories[sid]), sid)
                for sid in self._candidates(article, record)
            ),
            key=lambda pair: (-pair[0], pair[1]),
        )
        matches = [sid for score, sid in scored if score >= self.threshold]
        if not matches:
            sid = "story-" + hashlib.sha256(record["id"].encode()).hexdigest()[:16]
            story: dict[str, Any] = {"id": sid, "articles": [], "merged": []}
        else:
            story = self._join(article, matches)
        story["articles"].append(_slim(article, len(story["articles"])))
        story["articles"].sort(key=lambda a: (a["t"], a["id"]))
        evicted = self._trim(story)
        self._put(story)
        self.store[f"article:{record['id']}"] = story["id"]
        self._forget(story, evicted)
        self._bound(story["id"])
        return render(story, record["id"])

    def _score(self, article: dict[str, Any], record: Record, story: dict[str, Any]) -> float:
        arts = story["articles"]
        t = article["t"]
        # The whole story, this article included, must fit in one window: no chains of days.
        if t < arts[-1]["t"] - self.window_s or t > arts[0]["t"] + self.window_s:
            return 0.0
        if _duplicate(record, arts):
            return 1.0
        if _elsewhere(article, arts):
            return 0.0
        return _link(article, arts)

    def _join(self, article: dict[str, Any], sids: list[str]) -> dict[str, Any]:
        """The best match, with every other match that belongs with it folded in.

        The article may be the missing link between two halves of one story (it
        arrived late); the other match is folded in only if its own articles
        match the best story with this one added, so that a broad article does
        not glue two events together.
        """
        best = self.stories[sids[0]]
        joined = [*best["articles"], article]
        group = [best]
        for sid in sids[1:]:
            other = self.stories[sid]["articles"]
            if sum(_link(a, joined) for a in other) / len(other) >= self.threshold:
                group.append(self.stories[sid])
        survivor = min(group, key=lambda s: (s["articles"][0]["t"], s["id"]))
        for other in group:
            if other is survivor:
                continue
            survivor["articles"].extend(other["articles"])
            survivor["dropped"] = survivor.get("dropped", 0) + other.get("dropped", 0)
            survivor["merged"] = sorted({*survivor["merged"], other["id"], *other["merged"]})
            for a in other["articles"]:
                self.store[f"article:{a['id']}"] = survivor["id"]
            self._drop(other["id"], articles=False)
        survivor["articles"].sort(key=lambda a: (a["t"], a["id"]))
        return survivor

    def _trim(self, story: dict[str, Any]) -> list[dict[str, Any]]:
        """Past per_story, the oldest summaries after the first leave the story: the first
        keeps the story's start (its window, first_seen), the newest its current telling."""
        arts = story["articles"]
        excess = len(arts) - self.per_story
        if excess <= 0:
            return []
        evicted = arts[1 : 1 + excess]
        story["articles"] = [arts[0], *arts[1 + excess :]]
        story["dropped"] = story.get("dropped", 0) + excess
        return evicted

    def _forget(self, story: dict[str, Any], evicted: list[dict[str, Any]]) -> None:
        """The index entries and state of articles trimmed from a story."""
        if not evicted:
            return
        kept: set[str] = set().union(*(_keys(a) for a in story["articles"]))
        for article in evicted:
            for key in _keys(article) - kept:
                holders = self._postings.get(key)
                if holders is not None:
                    holders.discard(story["id"])
                    if not holders:
                        del self._postings[key]
            self.store.pop(f"article:{article['id']}", None)

    def _advance(self, t: float) -> None:
        clock = self.store.get("clock")
        if clock is None or t > clock:
            self.store["clock"] = t

    def _bound(self, current: str) -> None:
        """Drop stories past the horizon, then the least recently active (never `current`,
        the story just filed) beyond max_stories or while all keep over max_articles."""
        oldest = self.store["clock"] - self.horizon_s
        for sid in [sid for sid, s in self.stories.items() if s["articles"][-1]["t"] < oldest]:
            self._drop(sid)
        excess = len(self.stories) - self.max_stories
        kept = sum(len(s["articles"]) for s in self.stories.values())
        if excess <= 0 and kept <= self.max_articles:
            return
        by_last = sorted(self.stories.values(), key=lambda s: (s["articles"][-1]["t"], s["id"]))
        for story in by_last:
            if excess <= 0 and kept <= self.max_articles:
                break
            if story["id"] != current:
                self._drop(story["id"])
                excess -= 1
                kept -= len(story["articles"])

    def _put(self, story: dict[str, Any]) -> None:
        self._index(story)
        self.store[f"story:{story['id']}"] = story

    def _index(self, story: dict[str, Any]) -> None:
        self.stories[story["id"]] = story
        for article in story["articles"]:
            for key in _keys(article):
                self._postings.setdefault(key, set()).add(story["id"])

    def _drop(self, sid: str, articles: bool = True) -> None:
        story = self.stories.pop(sid)
        self.store.pop(f"story:{sid}", None)
        for article in story["articles"]:
            for key in _keys(article):
                holders = self._postings.get(key)
                if holders is not None:
                    holders.discard(sid)
                    if not holders:
                        del self._postings[key]
        if articles:
            for a in story["articles"]:
                self.store.pop(f"article:{a['id']}", None)


def _link(article: dict[str, Any], articles: list[dict[str, Any]]) -> float:
    """How well an article fits a story: its mean similarity to the story's articles.

    The mean over articles (average link), not the similarity to their summed
    centroid: a big story's centroid holds every word of its subject and would
    draw in every other story on that subject, one article at a time.
    """
    named = [cosine(article["entities"], a["entities"]) for a in articles]
    # An article kept in a story may have lost its terms (_public): then names alone judge.
    mine = article.get("terms")
    texts = [cosine(mine, a["terms"]) for a in articles if mine is not None and "terms" in a]
    if not texts:
        return sum(named) / len(named)
    mean_text = sum(texts) / len(texts)
    return TEXT_WEIGHT * mean_text + (1 - TEXT_WEIGHT) * sum(named) / len(named)


def _keys(article: dict[str, Any]) -> set[str]:
    """What the inverted index files an article under: words, entities, id, content hash."""
    keys = {f"w:{w}" for w in article.get("terms", ())}
    keys.update(f"e:{e}" for e in article["entities"])
    keys.add(f"id:{article['id']}")
    if article["hash"]:
        keys.add(f"h:{article['hash']}")
    return keys


def _duplicate(record: Record, articles: list[dict[str, Any]]) -> bool:
    ids = {a["id"] for a in articles}
    hashes = {a["hash"] for a in articles if a["hash"]}
    return record.get("duplicate_of") in ids or record.get("content_hash") in hashes


def _elsewhere(article: dict[str, Any], articles: list[dict[str, Any]]) -> bool:
    """Both centred on a town, and neither names the other's: two events, not one."""
    here = leading_place(article)
    there = {p for a in articles if (p := leading_place(a))}
    if here is None or not there:
        return False
    named = {p for a in articles for p in a["places"]}
    return here not in named and not there.intersection(article["places"])


def _slim(article: dict[str, Any], position: int) -> dict[str, Any]:
    """Late articles of a big story keep their entities, not their words: state stays small."""
    if position < KEPT_TERMS:
        return article
    return {k: v for k, v in article.items() if k != "terms"}
