"""Duplicates among recent articles: the same text (content_hash) or a near copy (MinHash LSH).

A wire story reprinted by two outlets differs in its boilerplate, its
headline and sometimes its last paragraphs; after cleaning, its word
5-grams still overlap far more than those of another story on the same
subject, which shares names and words but not phrases.

The index is a pure object. Its state is one small entry per article, keyed
by article id, so the wiring can mirror it into a Faust table (a compacted
changelog) and rebuild it after a restart with `DedupIndex.from_entries`.

It forgets an article when it falls out of the time window, or, past
`max_articles`, the oldest first: a window of 72 h is 260,000 articles at 1/s,
about 330 MB in a worker, so the count keeps a busy stream's index in bounds.
"""

from __future__ import annotations

import base64
import heapq
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash

from streams.records import Record
from streams.stages.clean.hygiene import words

NUM_PERM = 64
MAX_ARTICLES = 50_000
# 16 bands of 4 rows: an article pair with Jaccard 0.5 shares a band with probability 0.64,
# at 0.6 with 0.89, at 0.7 with 0.99; candidates are then verified on the full signature.
BANDS, ROWS = 16, 4
# Estimated Jaccard similarity of word 5-gram sets at or above which two articles are one story.
THRESHOLD = 0.5
SHINGLE = 5
SCHEME = "affine32"
_MIX = np.uint64(0x9E3779B97F4A7C15)
_EMPTY, _DELETED, _FIRST_KEY = 0, 1, 2
with np.errstate(over="ignore"):
    _SEEDS = np.arange(1, BANDS + 1, dtype=np.uint64) * _MIX


@cache
def _template() -> MinHash:
    """Permutations are drawn once; every signature must share them to be comparable."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)


def signature(text: str) -> np.ndarray:
    """MinHash values (uint32) of a text's word 5-grams."""
    tokens = words(text)
    n = min(SHINGLE, max(len(tokens), 1))
    # Each run of n words, joined (the whole text when it has fewer); the shifted copies are
    # shorter by design, so zip ends with the last full run.
    runs = zip(*(tokens[k:] for k in range(n)), strict=False) if len(tokens) > n else [tokens]
    shingles = {shingle.encode() for shingle in map(" ".join, runs)}
    template = _template()
    mh = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme=SCHEME)
    mh.update_batch(shingles)  # in any order: each value is a minimum over all of them
    return np.asarray(mh.hashvalues, dtype=np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 64-bit key per band: the band's four values folded by a multiplicative hash."""
    return _band_key_matrix(sig.reshape(1, NUM_PERM))[0]


def _band_key_matrix(sigs: np.ndarray) -> list[list[int]]:
    rows = sigs.astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    with np.errstate(over="ignore"):
        # Seeded by the band number (numpy broadcasts the seeds over the rows), so equal
        # values in two different bands are different keys.
        keys = _SEEDS
        for col in range(ROWS):
            keys = (keys ^ rows[:, :, col]) * _MIX
    keys = np.maximum(keys, np.uint64(_FIRST_KEY))
    result: list[list[int]] = keys.tolist()
    return result


class BandTable:
    """Band key -> row, open addressing in two numpy arrays (12 bytes a slot).

    A dict of Python ints costs about 85 bytes an entry, and an index holds
    16 entries per article; this keeps the buckets at a third of that. Keys
    0 and 1 mark empty and deleted slots (real keys are at least 2).
    """

    def __init__(self, capacity: int = 1 << 14) -> None:
        self._keys = np.zeros(capacity, dtype=np.uint64)
        self._rows = np.full(capacity, -1, dtype=np.int32)
        self._used = 0  # live entries and tombstones: both lengthen probes

    def get(self, key: int) -> int:
        slot = self._find(key)
        return int(self._rows[slot]) if self._keys[slot] == key else -1

    def put(self, key: int, row: int) -> None:
        if (self._used + 1) * 2 > len(self._keys):
            self._resize()
        slot = self._find(key)
        if self._keys[slot] != key:
            self._used += 1
        self._keys[slot] = key
        self._rows[slot] = row

    def discard(self, key: int, row: int) -> None:
        slot = self._find(key)
        if self._keys[slot] == key and self._rows[slot] == row:
            self._keys[slot] = _DELETED

    def _find(self, key: int) -> int:
        """The key's slot, else the empty slot where its probe ends."""
        mask = len(self._keys) - 1
        slot = key & mask
        keys = self._keys
        while True:
            found = int(keys[slot])
            if found in (key, _EMPTY):
                return slot
            slot = (slot + 1) & mask

    def _resize(self) -> None:
        live = self._keys >= _FIRST_KEY
        keys, rows = self._keys[live], self._rows[live]
        size = len(self._keys)
        while len(keys) * 4 > size:
            size *= 2
        self._keys = np.zeros(size, dtype=np.uint64)
        self._rows = np.full(size, -1, dtype=np.int32)
        self._used = 0
        for key, row in zip(keys.tolist(), rows.tolist(), strict=True):
            self.put(key, row)


class DedupIndex:
    """Recent articles by id, their content hashes and an LSH over their MinHash signatures.

    datasketch computes the signatures; the banding is ours because
    datasketch's in-memory MinHashLSH keeps a set per bucket and a bytes key
    per band, about 7 KB an article (measured: 1.1 GB per 100k articles with
    its objects); BandTable holds the same buckets in 12-byte slots. A bucket
    keeps its newest article: a story's reprints point to their root, so the
    newest one still leads there.
    """

    def __init__(
        self,
        window_hours: float = 72.0,
        threshold: float = THRESHOLD,
        max_articles: int = MAX_ARTICLES,
    ) -> None:
        self.window_s = window_hours * 3600.0
        self.threshold = threshold
        self.max_articles = max_articles
        self._bands = BandTable()
        self._sigs = np.zeros((1024, NUM_PERM), dtype=np.uint32)
        self._free: list[int] = []
        self._next_row = 0
        self._row_of: dict[str, int] = {}
        self._id_of: dict[int, str] = {}
        self._meta: dict[str, tuple[float, str, str | None]] = {}
        self._by_hash: dict[str, str] = {}
        self._expiry: list[tuple[float, str]] = []
        self._newest = float("-inf")
        self._added: dict[str, dict[str, Any]] = {}
        self._expired: list[str] = []

    def __len__(self) -> int:
        return len(self._row_of)

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[tuple[str, dict[str, Any]]],
        window_hours: float = 72.0,
        max_articles: int = MAX_ARTICLES,
    ) -> DedupIndex:
        """Rebuild from stored entries (a Faust table's items) after a restart; entries past
        the bounds go to `pop_changes` as expired, so the table forgets them too."""
        index = cls(window_hours, max_articles=max_articles)
        ordered = sorted(entries, key=lambda kv: (kv[1]["t"], kv[0]))
        # Sized once for what is coming: growing re-inserts every key each time it doubles.
        index._bands = BandTable(1 << max(14, (len(ordered) * BANDS * 5 // 2).bit_length()))
        sigs = np.stack([_from_b64(entry["s"]) for _, entry in ordered]) if ordered else None
        keys = _band_key_matrix(sigs) if sigs is not None else []
        for i, (article, entry) in enumerate(ordered):
            assert sigs is not None
            index._insert(article, entry["t"], entry["h"], entry["d"], sigs[i], keys[i])
        index._pop_expired()
        index._added.clear()
        return index

    def check_and_add(self, record: Record) -> str | None:
        """The id of the earliest article this one repeats, or None; the article joins the index.

        Asking again for an id already indexed gives the same answer, so a
        redelivered record keeps its verdict (the stream is at-least-once).
        """
        article = record["id"]
        if article in self._meta:
            return self._meta[article][2]
        at = _epoch(record["fetched_at"])
        self._newest = max(self._newest, at)
        self._pop_expired()
        sig = signature(record["text"])
        keys = band_keys(sig)  # once: the search and the insertion use the same keys
        match = self._by_hash.get(record["content_hash"]) or self._nearest(sig, keys)
        root = None
        if match is not None:
            root = self._meta[match][2] or match
        self._insert(article, at, record["content_hash"], root, sig, keys)
        self._added[article] = {"t": at, "h": record["content_hash"], "s": _to_b64(sig), "d": root}
        self._pop_expired()
        return root

    def learn(self, article: str, entry: dict[str, Any]) -> None:
        """Index an entry of the shared table that another worker wrote.

        Reprints arrive on any partition, so each worker must know every
        worker's articles as they are cleaned, not only those in the table when
        it started. An id already indexed (this worker's own entry, read back
        from the changelog) is left as it is.
        """
        if article in self._meta:
            return
        self._insert(article, entry["t"], entry["h"], entry["d"], _from_b64(entry["s"]))
        self._pop_expired()

    def pop_changes(self) -> tuple[dict[str, dict[str, Any]], list[str]]:
        """Entries added and ids expired since the last call: what to write to the table."""
        added, expired = self._added, self._expired
        self._added, self._expired = {}, []
        return added, expired

    def _nearest(self, sig: np.ndarray, keys: list[int]) -> str | None:
        rows = {row for row in map(self._bands.get, keys) if row >= 0}
        best: tuple[float, float, str] | None = None
        for row in rows:
            similarity = float(np.mean(self._sigs[row] == sig))
            if similarity < self.threshold:
                continue
            candidate = self._id_of[row]
            key = (-similarity, self._meta[candidate][0], candidate)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    def _insert(
        self,
        article: str,
        at: float,
        digest: str,
        root: str | None,
        sig: np.ndarray,
        keys: list[int] | None = None,
    ) -> None:
        row = self._free.pop() if self._free else self._grow()
        self._sigs[row] = sig
        self._row_of[article] = row
        self._id_of[row] = article
        self._meta[article] = (at, digest, root)
        for key in keys if keys is not None else band_keys(sig):
            self._bands.put(key, row)
        self._by_hash.setdefault(digest, article)
        heapq.heappush(self._expiry, (at, article))
        self._newest = max(self._newest, at)

    def _grow(self) -> int:
        if self._next_row == len(self._sigs):
            bigger = np.zeros((len(self._sigs) * 2, NUM_PERM), dtype=np.uint32)
            bigger[: len(self._sigs)] = self._sigs
            self._sigs = bigger
        self._next_row += 1
        return self._next_row - 1

    def _pop_expired(self) -> None:
        """Forget articles older than the window, then the oldest beyond max_articles."""
        horizon = self._newest - self.window_s
        while self._expiry and (
            self._expiry[0][0] < horizon or len(self._row_of) > self.max_articles
        ):
            _, article = heapq.heappop(self._expiry)
            row = self._row_of.pop(article, None)
            if row is None:
                continue
            _, digest, _ = self._meta.pop(article)
            for key in band_keys(self._sigs[row]):
                self._bands.discard(key, row)
            del self._id_of[row]
            self._free.append(row)
            if self._by_hash.get(digest) == article:
                del self._by_hash[digest]
            self._added.pop(article, None)
            self._expired.append(article)


def _to_b64(sig: np.ndarray) -> str:
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def _from_b64(value: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(value), dtype="<u4").astype(np.uint32)


def _epoch(stamp: str) -> float:
    value = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
