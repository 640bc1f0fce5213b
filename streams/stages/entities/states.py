"""A US state written after a city ("Birmingham, Ala.", "Paris, Texas"): the state, and the
city of that state.

American news places a town by its state, in datelines ("TUSCALOOSA, Ala. (AP) -") and
in running text ("Mandan, N.D.; Baton Rouge, La."). The state's part names the state (the
AP style abbreviation, the postal code or the name), and it decides which city the name
before it is: the KB's "Birmingham" is the English city, which "Birmingham, Ala." is not.
So the city takes the QID of the town of that name in that state where the KB knows one,
and no id at all where it does not; it never keeps another country's or state's city.

A postal code ("TX"), an AP abbreviation written without its dot ("Tenn") and a state
name that is also a country's ("Georgia") say "a US state" only where a town of that
name is known in that state: "Chennai, TN", "Perth, WA" and "Tbilisi, Georgia" are not
American. The AP abbreviations with their dots and the other state names are American
by themselves.
"""

from __future__ import annotations

import re
from functools import cache

from streams.kb import Entry, KnowledgeBase, key
from streams.stages.entities.linking import Mention

_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# A label the model gives a town's name: a person's is taken only where the town is known.
_TOWN_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


@cache
def _pattern(kb: KnowledgeBase) -> re.Pattern[str]:
    """The ", Ala." after a name: every spelling of a state, an AP abbreviation's dot optional."""
    spellings = set(kb.us_states)
    spellings |= {s.rstrip(".") for s in kb.us_states if s.endswith(".") and len(s) > 4}
    alt = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?P<city>{_NAME}),\s+(?P<state>{alt})(?![\w.’'-]*\w)")


def _state_code(kb: KnowledgeBase, written: str, before: str) -> tuple[str | None, bool]:
    """The postal code `written` names, and whether it says "a US state" by itself.

    An AP abbreviation with its dot does. A state's name does unless the KB knows the
    name before it as a place: "London, New York and Paris" is a list of cities and
    "Massachusetts, New York" one of states, while "West Nyack, New York" is a town.
    """
    code = kb.us_states.get(written) or kb.us_states.get(f"{written}.")
    if code is None or written not in kb.us_states:
        return code, False
    if written.endswith("."):
        return code, True
    place = kb.lookup(before.title() if before.isupper() else before)
    known = place is not None and place.kind in ("city", "state", "country", "region")
    return code, len(written) > 2 and key(written) not in kb.ambiguous and not known


def apply_us_states(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Link "City, ST" pairs: the state to its entry, the city to that state's town or none.

    One article, one Birmingham: after "BIRMINGHAM, Ala." the bare "Birmingham" further
    on is the same town, not the KB's English city.
    """
    if not kb.us_states:
        return mentions
    found_at = _Index(mentions)
    placed: dict[str, Entry | None] = {}
    for found in _pattern(kb).finditer(text):
        city_span, state_span = found.span("city"), found.span("state")
        city = found_at.ending(city_span)
        name = city.name if city is not None else found["city"]
        code, american = _state_code(kb, found["state"], name)
        state = kb.states.get(code or "")
        if state is None or code is None:
            continue
        town = kb.us_town(_cased(name), code)
        if city is None and town is None:
            city_span, town = _town_suffix(text, city_span, code, kb)
        if town is None and (not american or (city is None and _opens(text, city_span[0]))):
            continue  # "Yes, Pa.": an unknown word opening a sentence is no town
        if city is not None and city.label == "PERSON" and town is None:
            city = None  # "Sioux Falls" the model took for a person: left as it is
        _place_state(found_at, state_span, text, state)
        if city is None and town is not None:
            city = Mention(city_span[0], city_span[1], text[slice(*city_span)], "GPE")
            city.recovered = True
            found_at.add(city)
        if city is not None:
            placed.setdefault(key(city.name), town)
            _place_city(city, town, found["state"])
    out = found_at.mentions()
    _same_town_again(out, placed)
    return out


LONGEST_NAME = 200
"""Characters: a mention starting further left than this cannot reach the state's span."""


class _Index:
    """The article's mentions by where they start and end, so that each "City, ST" costs
    a few look-ups: a list of 20,000 of them took 74 s when every pair scanned the list."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._all = list(mentions)
        self._gone: set[int] = set()
        self._by_start: dict[int, list[Mention]] = {}
        self._by_end: dict[int, list[Mention]] = {}
        for m in self._all:
            self._index(m)

    def _index(self, m: Mention) -> None:
        self._by_start.setdefault(m.start, []).append(m)
        self._by_end.setdefault(m.end, []).append(m)

    def add(self, m: Mention) -> None:
        self._all.append(m)
        self._index(m)

    def drop(self, m: Mention) -> None:
        self._gone.add(id(m))

    def ending(self, span: tuple[int, int]) -> Mention | None:
        """The mention of the city's name: the one ending where the name ends, within it.

        The name the pattern takes may run further left than the town ("Officials in
        Cordele"): the mention tells where the town's name begins.
        """
        for m in self._by_end.get(span[1], ()):
            if m.start >= span[0] and m.kind == "name" and id(m) not in self._gone:
                return m
        return None

    def overlapping(self, span: tuple[int, int]) -> list[Mention]:
        return [
            m
            for start in range(max(0, span[0] - LONGEST_NAME), span[1])
            for m in self._by_start.get(start, ())
            if m.end > span[0] and id(m) not in self._gone
        ]

    def mentions(self) -> list[Mention]:
        return sorted((m for m in self._all if id(m) not in self._gone), key=lambda m: m.start)


def _opens(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a quote, where any word is capitalised."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\"“‘'(—–-"


def _cased(name: str) -> str:
    return name.title() if name.isupper() else name


def _town_suffix(
    text: str, span: tuple[int, int], code: str, kb: KnowledgeBase
) -> tuple[tuple[int, int], Entry | None]:
    """The longest known town that ends the words before the comma ("The Cordele" -> Cordele)."""
    words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    for word in words[1:]:
        start = span[0] + word.start()
        town = kb.us_town(_cased(text[start : span[1]]), code)
        if town is not None:
            return (start, span[1]), town
    return span, None


def _same_town_again(mentions: list[Mention], placed: dict[str, Entry | None]) -> None:
    """The town's name alone, further on, is that town (or, unknown, no other city)."""
    for m in mentions:
        if m.kind != "name" or m.label not in ("GPE", "LOC") or key(m.name) not in placed:
            continue
        town = placed[key(m.name)]
        if m.entry is town or (m.entry is not None and m.entry.kind != "city"):
            continue
        if town is not None:
            m.reasons.append(f"the article places {town.name} in {town.division} before")
            m.entry, m.linked_by = town, "alias"
        elif m.entry is not None:
            m.reasons.append(f"the article's {m.name} is a US town, not {m.entry.name} of the KB")
            m.entry, m.linked_by = None, None


def _place_state(found_at: _Index, span: tuple[int, int], text: str, state: Entry) -> None:
    """The state's part as a mention of the state: the model's there, else a new one; a
    mention of the model's that runs over it ("Ala. (AP") goes."""
    written = text[slice(*span)]
    why = f"'{written}' after a city names the US state {state.name}"
    same = None
    for m in found_at.overlapping(span):
        if (m.start, m.end) == span and same is None:
            same = m
        else:
            found_at.drop(m)
    if same is not None:
        if same.entry is not state:
            same.reasons.append(why)
        same.entry, same.label, same.linked_by = state, "GPE", same.linked_by or "alias"
        return
    mention = Mention(span[0], span[1], written, "GPE", state, linked_by="alias")
    mention.recovered = True
    mention.reasons.append(why)
    found_at.add(mention)


def _place_city(city: Mention, town: Entry | None, state: str) -> None:
    if city.entry is town:
        return
    if town is not None:
        city.reasons.append(f"'{city.text}, {state}' is {town.name} in {state}")
        city.entry, city.label, city.linked_by = town, "GPE", "alias"
        return
    if city.entry is not None and city.entry.kind == "city":
        city.reasons.append(f"'{city.text}, {state}' is not {city.entry.name} of the KB")
        city.entry, city.linked_by = None, None
