"""The entity knowledge base: countries, cities, demonyms, people and organisations.

Built offline by streams.kb.build into kb.json (package data) and loaded once
per process by `load()`. A `kb_id` is a Wikidata QID where one is known (a
country's from Natural Earth, a city's or US state's from dr5hn's database, a
person's or organisation's from the curated table), else a stable namespaced
id: `country:RE`, `geonames:703448`, `norp:UA`, `person:<slug>`, `org:<slug>`,
`loc:<slug>`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

# When two entries share an alias, the first kind here wins unless the model's label decides.
KIND_ORDER = (
    "person",
    "org",
    "country",
    "demonym",
    "region",
    "group",
    "city",
    "state",
    "division",
)
# A name two of these kinds share says too little to link: "Georgia" the country or the US state.
AMBIGUOUS_KINDS = frozenset({"country", "state"})
FUZZY_MIN_SCORE = 88.0
FUZZY_MIN_LENGTH = 6
_PUNCT = re.compile(r"[.\u2019'`´]")
_SPACE = re.compile(r"[\s\-‐-―]+")


@dataclass(frozen=True)
class Role:
    of: str
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One real-world entity the stage can link a mention to."""

    id: str
    name: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()
    country_code: str | None = None
    coordinates: tuple[float, float] | None = None
    capital_of: str | None = None
    country_kb_id: str | None = None
    roles: tuple[Role, ...] = ()
    recover: bool = False
    """Whether a KB match the model did not tag at all becomes a mention."""
    division: str | None = None
    """A US state's postal code, and a US city's state ('AL'): what "Birmingham, Ala." checks."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@lru_cache(maxsize=1 << 14)
def key(text: str) -> str:
    """The form aliases are compared in: no accents, case, dots, apostrophes or leading 'the'.

    Cached: the entity rules ask for the same few names hundreds of times an article (9% of
    their time was this function); 16k short strings are a few MB."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SPACE.sub(" ", _PUNCT.sub("", text)).strip()
    return text[4:] if text.startswith("the ") else text


@dataclass(eq=False)
class KnowledgeBase:
    entries: dict[str, Entry]
    not_lowercase: frozenset[str]
    us_states: dict[str, str] = field(default_factory=dict)
    """A US state as written after a city ('Ala.', 'AL', 'Alabama') -> its postal code."""
    towns: dict[tuple[str, str], Entry] = field(default_factory=dict)
    """(postal code, name key) -> a US city with a QID, known only after its state's name."""
    states: dict[str, Entry] = field(default_factory=dict)
    by_key: dict[str, list[Entry]] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    """Names left unlinked because they name a country and a US state alike ('georgia')."""
    _choices: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rank = {k: i for i, k in enumerate(KIND_ORDER)}
        self.states = {
            e.division: e for e in self.entries.values() if e.kind == "state" and e.division
        }
        for entry in self.entries.values():
            for name in entry.names:
                self.by_key.setdefault(key(name), []).append(entry)
        for k, found in list(self.by_key.items()):
            if {e.kind for e in found} >= AMBIGUOUS_KINDS:
                self.ambiguous.add(k)
                del self.by_key[k]
        for found in self.by_key.values():
            found.sort(key=lambda e: rank[e.kind])
        for k, found in self.by_key.items():
            for label in {e.label for e in found}:
                self._choices.setdefault(label, []).append(k)

    def lookup(self, text: str, label: str | None = None) -> Entry | None:
        """The entry `text` names exactly (up to `key`), preferring one with the model's label."""
        found = self.by_key.get(key(text))
        if not found:
            return None
        if label is not None:
            for entry in found:
                if entry.label == label:
                    return entry
        return found[0]

    def fuzzy(self, text: str, label: str) -> tuple[Entry, float] | None:
        """The closest alias of the same label (transliterations: Zelenskiy, Erdogan, Kadhafi)."""
        k = key(text)
        if len(k) < FUZZY_MIN_LENGTH or label not in self._choices:
            return None
        return _closest(self, k, label)

    def us_town(self, name: str, state: str) -> Entry | None:
        """The US city `name` in `state` (postal code): the KB's own entry, else a town."""
        found = self.lookup(name, "GPE")
        if found is not None and found.kind == "city" and found.division == state:
            return found
        return self.towns.get((state, key(name)))

    def lowercase_ok(self, alias: str) -> bool:
        """Whether an alias may match in all-lowercase text ('zelensky', not 'chad' or 'us')."""
        k = alias.casefold()
        return len(k) >= 4 and k not in self.not_lowercase


@lru_cache(maxsize=1 << 12)
def _closest(kb: KnowledgeBase, k: str, label: str) -> tuple[Entry, float] | None:
    """Cached: a name no alias holds is compared with every alias of its label (7,882 places),
    and an article names the same few people and bodies again and again (a third of the
    calls on BASIL's stories were new); 4k entries are a few hundred KB."""
    best = process.extractOne(
        k, kb._choices[label], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE
    )
    if best is None:
        return None
    entry = next(e for e in kb.by_key[best[0]] if e.label == label)
    return entry, float(best[1])


def _entry(row: dict[str, Any]) -> Entry:
    coords = row.get("coordinates")
    return Entry(
        id=row["id"],
        name=row["name"],
        label=row["label"],
        kind=row["kind"],
        aliases=tuple(row.get("aliases", ())),
        country_code=row.get("country_code"),
        coordinates=(coords["lat"], coords["lon"]) if coords else None,
        capital_of=row.get("capital_of"),
        country_kb_id=row.get("country_kb_id"),
        roles=tuple(Role(r["of"], tuple(r["titles"])) for r in row.get("roles", ())),
        recover=bool(row.get("recover")),
        division=row.get("division"),
    )


@cache
def load() -> KnowledgeBase:
    """The shipped knowledge base, parsed and indexed once per process."""
    data = json.loads(resources.files("streams.kb").joinpath("kb.json").read_text("utf-8"))
    entries = {row["id"]: _entry(row) for row in data["entries"]}
    us = entries.get(data["us_country_kb_id"])
    towns = {
        (state, key(name)): Entry(
            id=qid,
            name=name,
            label="GPE",
            kind="city",
            country_code="US",
            coordinates=(lat, lon),
            country_kb_id=us.id if us else None,
            division=state,
        )
        for state, rows in data["us_towns"].items()
        for name, qid, lat, lon in rows
    }
    return KnowledgeBase(entries, frozenset(data["not_lowercase"]), dict(data["us_states"]), towns)
