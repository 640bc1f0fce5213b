"""The shipped knowledge base: its sources, its ids and its lookups."""

from __future__ import annotations

import json

import pytest

from streams import kb
from streams.kb import build, places


@pytest.fixture(scope="module")
def base() -> kb.KnowledgeBase:
    return kb.load()


def test_shipped_json_is_what_the_builder_makes() -> None:
    shipped = json.loads(build.OUT.read_text("utf-8"))
    assert shipped == json.loads(json.dumps(build.build(), ensure_ascii=False))


def test_ids_are_unique_and_namespaced(base: kb.KnowledgeBase) -> None:
    prefixes = {i.split(":")[0] if ":" in i else "wikidata" for i in base.entries}
    assert prefixes == {"wikidata", "country", "geonames", "norp", "person", "org", "loc"}
    assert all(i[1:].isdigit() for i in base.entries if ":" not in i)


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("Zelenskyy", "Q3874799"),
        ("Zelensky", "Q3874799"),
        ("Zelenskiy", "Q3874799"),
        ("Volodymyr Zelenskyy", "Q3874799"),
        ("Mark Rutte", "Q57792"),
        ("NATO", "Q7184"),
        ("the Kremlin", "org:kremlin"),
        ("Ukraine", "Q212"),
        ("U.S.", "Q30"),
        ("North Korea", "Q423"),
        ("Russia", "Q159"),
        ("Erdoğan", "Q39259"),
        ("Erdogan", "Q39259"),
        ("Kiev", "Q1899"),
        ("Brussels", "Q239"),
    ],
)
def test_lookup_by_any_spelling(base: kb.KnowledgeBase, text: str, kb_id: str) -> None:
    entry = base.lookup(text)
    assert entry is not None and entry.id == kb_id


def test_the_model_label_chooses_between_entries_sharing_a_name(base: kb.KnowledgeBase) -> None:
    ukrainian = base.lookup("Ukrainian", "NORP")
    assert ukrainian is not None and ukrainian.id == "norp:UA"
    assert ukrainian.country_kb_id == "Q212"


def test_places_have_country_and_coordinates(base: kb.KnowledgeBase) -> None:
    brussels = base.entries["Q239"]
    assert brussels.country_code == "BE"
    assert brussels.coordinates == pytest.approx((50.85045, 4.34878))
    assert brussels.capital_of == "Q31"
    moscow = base.lookup("Moscow")
    assert moscow is not None and moscow.country_code == "RU"  # not Moscow, Idaho
    assert moscow.capital_of == "Q159"


def test_capitals_know_their_country(base: kb.KnowledgeBase) -> None:
    for name, country in [("Pyongyang", "Q423"), ("Kyiv", "Q212")]:
        entry = base.lookup(name)
        assert entry is not None and entry.capital_of == country


def test_roles_point_at_existing_entries(base: kb.KnowledgeBase) -> None:
    targets = {r.of for e in base.entries.values() for r in e.roles}
    assert targets <= set(base.entries)
    rutte = base.entries["Q57792"]
    assert any(r.of == "Q7184" and "chief" in r.titles for r in rutte.roles)


def test_fuzzy_finds_transliterations_but_not_neighbours(base: kb.KnowledgeBase) -> None:
    found = base.fuzzy("Zelenskky", "PERSON")
    assert found is not None and found[0].id == "Q3874799"
    assert base.fuzzy("Iraq", "GPE") is None  # too short to guess: never Iran
    assert base.fuzzy("Completely Unknown Person", "PERSON") is None


def test_key_ignores_case_accents_dots_and_a_leading_the() -> None:
    assert kb.key("The Kremlin") == kb.key("kremlin")
    assert kb.key("U.S.") == kb.key("US")
    assert kb.key("Erdoğan") == "erdogan"
    assert kb.key("Kim Jong-un") == kb.key("kim jong un")


def test_lowercase_matching_skips_common_words(base: kb.KnowledgeBase) -> None:
    assert base.lowercase_ok("Zelensky")
    assert not base.lowercase_ok("Chad")
    assert not base.lowercase_ok("US")


def test_countries_carry_the_natural_earth_qid(base: kb.KnowledgeBase) -> None:
    qids = build.country_qids()
    assert (qids["UA"], qids["FR"], qids["CD"], qids["CG"]) == ("Q212", "Q142", "Q974", "Q971")
    countries = [e for e in base.entries.values() if e.kind == "country"]
    with_qid = [e for e in countries if e.id.startswith("Q")]
    assert len(with_qid) > 0.95 * len(countries)
    assert all(e.id == f"country:{e.country_code}" for e in countries if e not in with_qid)


def test_references_to_a_country_use_its_kb_id(base: kb.KnowledgeBase) -> None:
    zelenskyy = base.entries["Q3874799"]
    assert [r.of for r in zelenskyy.roles] == ["Q212"]
    kyiv = base.lookup("Kyiv")
    assert kyiv is not None and kyiv.country_kb_id == "Q212"


def test_a_name_of_a_country_and_a_us_state_is_left_unlinked(base: kb.KnowledgeBase) -> None:
    assert base.lookup("Georgia") is None
    assert "georgia" in base.ambiguous
    texas = base.lookup("Texas")
    assert texas is not None and (texas.kind, texas.country_kb_id) == ("state", "Q30")
    washington = base.lookup("Washington")
    assert washington is not None and washington.capital_of == "Q30"  # the city, not the state


@pytest.mark.parametrize(
    ("name", "kind", "kb_id"),
    [
        ("Kharkiv", "city", "Q42308"),  # a city: joined by position and name
        ("Brussels", "city", "Q239"),  # a capital
        ("Berlin", "city", "Q64"),  # a city-state: the states table gives the city's own QID
        # Its city row's QID is the village of Kvasy's too; its division is typed a city.
        ("Kyiv", "city", "Q1899"),
        # dr5hn gives London's QID to Londonderry too, but only London's row is named as the
        # item (its translations are London's): the shared QID is London's.
        ("London", "city", "Q84"),
        ("Osaka", "city", "Q35765"),
        # Its row within 1 km has a late QID (a district's); the row named as Q597's item
        # sits 1.7 km off.
        ("Lisbon", "city", "Q597"),
        # A capital that is its own first-level division, named as the division's item.
        ("Tokyo", "city", "Q1490"),
        ("Minsk", "city", "Q2280"),  # likewise; its city row's QID is a late one
        ("Texas", "state", "Q1439"),  # a US state: joined on its ISO and FIPS codes
        ("District of Columbia", "state", "Q3551781"),
    ],
)
def test_places_carry_their_wikidata_qid(
    base: kb.KnowledgeBase, name: str, kind: str, kb_id: str
) -> None:
    entry = next(e for e in base.entries.values() if e.name == name and e.kind == kind)
    assert entry.id == kb_id


@pytest.mark.parametrize(
    ("name", "kb_id"),
    [
        # dr5hn gives one QID to ten rows "Rome…", marks Rome's row a duplicate and has no
        # translations for it: no row is named as the item, and Lazio is no "Rome".
        ("Rome", "geonames:3169070"),
        # A city named like its province, and not the capital: the name says too little.
        ("Córdoba", "geonames:3860259"),
        # Its row's QID is a late item, not the city's own, and no row named as its item
        # lies within 5 km.
        ("Sochi", "geonames:491422"),
    ],
)
def test_an_ambiguous_join_gives_no_qid(base: kb.KnowledgeBase, name: str, kb_id: str) -> None:
    entry = next(e for e in base.entries.values() if e.name == name and e.kind == "city")
    assert entry.id == kb_id


def _row(name: str, qid: str, english: str | None) -> dict[str, str]:
    translations = repr({"en": english, "ja": "x"}) if english else ""
    return {"name": name, "wikiDataId": qid, "translations": translations}


def test_a_shared_qid_goes_to_the_one_row_named_as_its_item() -> None:
    rows = [
        _row("London", "Q84", "London"),
        _row("Londonderry County Borough", "Q84", "London"),
        _row("Paris", "Q90", "Paris"),  # its own: not listed
        _row("Tokyo", "Q207309", None),  # no translations: the database's duplicate
        _row("Tomakomai", "Q207309", None),
        _row("Springfield", "Q1", "Springfield"),  # two rows named as the item: neither
        _row("Springfield", "Q1", "Springfield"),
        _row("Malmo", "Q2211", "Malmö"),  # compared without accents
        _row("Malmo East", "Q2211", "Malmö"),
        _row("Broken", "Q7", "Broken"),
        _row("Other", "Q7", "not a dict"),
    ]
    rows[-2]["translations"] = "{'en'"
    assert places.owners(rows) == {0, 7}


def test_city_qid_needs_one_row_of_that_name_nearby() -> None:
    kharkiv = (50.06, 36.25)  # GeoNames: 49.98081, 36.25272; the table's row is the same point
    assert places.city_qid("UA", "Kharkiv", 49.98081, 36.25272, ["Kharkiv"], False) == "Q42308"
    assert places.city_qid("UA", "Kharkiv", *kharkiv, ["Kharkiv"], False) is None  # 9 km off
    assert places.city_qid("RU", "Kharkiv", 49.98081, 36.25272, ["Kharkiv"], False) is None
    assert places.city_qid("UA", "Kharkov", 49.98081, 36.25272, ["Kharkov"], False) is None


def test_a_capital_takes_its_division_only_where_named_as_the_city_and_near() -> None:
    # Tokyo's city row is a duplicate; the division "Tokyo" is named as Q1490's item.
    assert places.city_qid("JP", "Tokyo", 35.6895, 139.69171, ["Tokyo"], True) == "Q1490"
    assert places.city_qid("JP", "Tokyo", 35.6895, 139.69171, ["Tokyo"], False) is None
    # Ankara's division is named "Ankara Province"; the Canton of Bern's centre is 0.26° off.
    assert places.city_qid("TR", "Ankara", 39.91987, 32.85427, ["Ankara"], True) is None
    assert places.city_qid("CH", "Bern", 46.94809, 7.44744, ["Bern"], True) is None


def test_a_row_named_as_its_item_counts_up_to_5_km_off() -> None:
    # Lisbon's row within 1 km has a late QID; the one named as Q597's item is 1.7 km off.
    assert places.city_qid("PT", "Lisbon", 38.72509, -9.1498, ["Lisbon"], True) == "Q597"
    assert places.city_qid("PT", "Lisbon", 38.80, -9.1498, ["Lisbon"], True) is None  # 8 km


def test_a_us_state_needs_both_codes_to_agree() -> None:
    assert places.us_state_qid("TX", "48") == "Q1439"
    assert places.us_state_qid("TX", "06") is None


def test_us_states_are_known_by_ap_abbreviation_postal_code_and_name(
    base: kb.KnowledgeBase,
) -> None:
    assert base.us_states["Ala."] == base.us_states["AL"] == base.us_states["Alabama"] == "AL"
    assert base.us_states["N.J."] == "NJ"
    assert base.states["AL"].id == "Q173"
    assert "D.C." not in base.us_states  # the capital is a city of its own, not a state


def test_a_us_town_is_known_only_with_its_state(base: kb.KnowledgeBase) -> None:
    town = base.us_town("Tuscaloosa", "AL")
    assert town is not None and town.id == "Q79580"
    assert base.us_town("Tuscaloosa", "TN") is None
    assert base.lookup("Tuscaloosa") is None  # no entry: the name alone says too little
    birmingham = base.us_town("Birmingham", "AL")
    assert birmingham is not None and birmingham.id == "Q79867"
    assert base.lookup("Birmingham").country_code == "GB"  # type: ignore[union-attr]
    chicago = base.us_town("Chicago", "IL")
    assert chicago is base.lookup("Chicago")  # the KB's own entry where it has one


def test_divisions_of_other_countries_carry_their_qid(base: kb.KnowledgeBase) -> None:
    sichuan = base.lookup("Sichuan")
    assert sichuan is not None and (sichuan.id, sichuan.kind) == ("Q19770", "division")
    assert sichuan.country_code == "CN" and not sichuan.recover
    chaco = base.lookup("Chaco")  # the row's short name: no Argentine town is called Chaco
    assert chaco is not None and chaco.id == "Q44757" and chaco.name == "Chaco Province"


def test_a_division_name_that_says_too_little_is_left_out(base: kb.KnowledgeBase) -> None:
    basra = base.lookup("Basra Governorate")
    assert basra is not None and basra.id == "Q193551"
    assert all(e.kind != "division" for e in base.by_key.get("basra", []))  # the city's name
    assert all(e.kind != "division" for e in base.by_key.get("punjab", []))  # two countries'
    assert base.lookup("Klemzig") is None  # Gaza's row carries a suburb of Adelaide's QID
    assert all(e.kind != "division" for e in base.by_key.get("ba", []))  # too short
    # Everyday English words (wordfreq): Cameroon's East Region, and England with them.
    assert base.lookup("East") is None and base.lookup("England") is None


def test_continents_and_subregions_carry_their_qid(base: kb.KnowledgeBase) -> None:
    europe = base.lookup("Europe")  # a curated region: its QID from dr5hn's regions table
    assert europe is not None and (europe.id, europe.recover) == ("Q46", True)
    south_asia = base.lookup("South Asia")  # the row "Southern Asia", by its item's name
    assert south_asia is not None and (south_asia.id, south_asia.kind) == ("Q771405", "region")
    micronesia = base.lookup("Micronesia")  # the country's name, not the subregion's
    assert micronesia is not None and micronesia.kind == "country"
    middle_east = base.lookup("Middle East")  # no table has it: our slug stays
    assert middle_east is not None and middle_east.id == "loc:middle-east"
