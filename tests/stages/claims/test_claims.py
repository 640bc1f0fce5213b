"""The claims stage on the seed story and on every quote style, speaker and qualifier."""

from __future__ import annotations

from typing import Any

import pytest

from streams import records
from streams.records import Record
from streams.stages.claims import attribute, qualifiers
from tests.factories import entity_of, tagged, tagged_seed


def run(text: str, *entities: tuple[str, str, tuple[str, ...]], **overrides: Any) -> Record:
    """Attribute claims in `text` with entities given as (name, label, surfaces)."""
    ents = [entity_of(name, label, text, *surfaces) for name, label, surfaces in entities]
    out = attribute(tagged(text, entities=ents, **overrides))
    records.validate("enriched", out)
    for claim in out["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    return out


def find(out: Record, fragment: str) -> Record:
    hits = [c for c in out["claims"] if fragment in c["text"]]
    assert hits, f"no claim contains {fragment!r}: {[c['text'] for c in out['claims']]}"
    return hits[0]


# --- the seed story -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Record:
    out = attribute(tagged_seed())
    records.validate("enriched", out)
    return out


def test_seed_offsets_point_at_each_claim(seed: Record) -> None:
    assert len(seed["claims"]) >= 9
    for claim in seed["claims"]:
        assert seed["text"][claim["start"] : claim["end"]] == claim["text"]


def test_seed_officers_on_occupied_territory(seed: Record) -> None:
    claim = find(seed, "officers of the North Korean army are already on Ukrainian territory")
    assert (claim["kind"], claim["cue"]) == ("direct", "told")
    assert claim["speaker"]["name"] == "Volodymyr Zelenskyy"
    assert claim["speaker"]["entity"] == "Q3874799"
    assert claim["text"].startswith("We have information from our intelligence that ... some")


def test_seed_ten_thousand_soldiers(seed: Record) -> None:
    claim = find(seed, "We know about 10,000 soldiers of North Korea")
    assert claim["kind"] == "direct"
    assert claim["speaker"]["name"] == "Volodymyr Zelenskyy"
    assert {"value": 10000.0, "unit": "soldiers", "text": "10,000 soldiers",
            "approximate": True} in claim["numbers"]  # fmt: skip


def test_seed_first_step_to_world_war(seed: Record) -> None:
    claim = find(seed, "first step to the World War")
    assert claim["speaker"]["name"] == "Volodymyr Zelenskyy"
    assert claim["cue"] == "describing"


def test_seed_accused_north_korea(seed: Record) -> None:
    claim = find(seed, "North Korea on Thursday of deploying officers alongside Russia")
    assert (claim["kind"], claim["cue"]) == ("indirect", "accused")
    assert claim["speaker"]["name"] == "Volodymyr Zelenskyy"
    assert claim["speaker"]["role"] == "Ukraine's president"
    assert claim["when"] == "2024-10-17"
    assert not claim["text"].endswith("although")


def test_seed_could_not_give_number_is_zelenskyys(seed: Record) -> None:
    claim = find(seed, "he could not give the exact number")
    assert claim["speaker"]["name"] == "Volodymyr Zelenskyy"
    assert claim["negated"] == "could not"
    assert claim["hedged"] is None


def test_seed_rutte_no_evidence_contradicts_troop_claims(seed: Record) -> None:
    claim = find(seed, "we have no evidence that North Korean soldiers are involved")
    assert (claim["kind"], claim["negated"]) == ("direct", "no evidence")
    assert claim["speaker"]["name"] == "Mark Rutte"
    assert claim["speaker"]["role"] == "NATO Secretary-General"
    troops = find(seed, "We know about 10,000 soldiers")
    officers = find(seed, "some officers of the North Korean army")
    contradicted = {r["claim"] for r in claim["relations"] if r["type"] == "contradicts"}
    assert {troops["id"], officers["id"]} <= contradicted
    assert {"type": "contradicts", "claim": claim["id"]} in troops["relations"]


def test_seed_rutte_weapon_supplies_via_pronoun(seed: Record) -> None:
    claim = find(seed, "North Korea is supporting Russia in many ways")
    assert (claim["kind"], claim["cue"]) == ("direct", "said")
    assert claim["speaker"]["name"] == "Mark Rutte"


def test_seed_savett_hedged_on_tuesday(seed: Record) -> None:
    claim = find(seed, "any North Korean troop involvement in Ukraine, if true, would mark")
    assert claim["kind"] == "indirect"
    assert claim["speaker"]["name"] == "Sean Savett"
    assert claim["speaker"]["role"] == "White House National Security Council spokesperson"
    assert claim["speaker"]["entity"] == "Sean Savett"
    assert claim["hedged"] == "if true"
    assert claim["when"] == "2024-10-15"


def test_seed_ukraine_and_the_west_is_a_group(seed: Record) -> None:
    claim = find(seed, "hundreds of thousands of Russians have been killed or wounded")
    speaker = claim["speaker"]
    assert (speaker["name"], speaker["entity"], speaker["role"], speaker["kind"]) == (
        "Ukraine and the West", None, None, "group")  # fmt: skip
    assert seed["text"][speaker["start"] : speaker["end"]] == "Ukraine and the West"
    assert claim["numbers"][0]["value"] == 100000.0
    assert claim["numbers"][0]["approximate"] is True
    assert "while" not in claim["text"]


def test_seed_western_countries_accused_is_a_group(seed: Record) -> None:
    claim = find(seed, "North Korea of sending weapons to Russia")
    assert claim["speaker"]["kind"] == "group"
    assert claim["speaker"]["name"] == "Western countries"


def test_seed_factual_claims_outrank_rhetoric(seed: Record) -> None:
    troops = find(seed, "We know about 10,000 soldiers")
    slogan = find(seed, "first step to the World War")
    studying = find(seed, "they are studying it")
    assert troops["check_worthiness"] > slogan["check_worthiness"]
    assert troops["check_worthiness"] > studying["check_worthiness"]
    assert all(0 <= c["check_worthiness"] <= 1 for c in seed["claims"])


def test_claim_ids_are_stable() -> None:
    first, second = attribute(tagged_seed()), attribute(tagged_seed())
    assert [c["id"] for c in first["claims"]] == [c["id"] for c in second["claims"]]
    assert len({c["id"] for c in first["claims"]}) == len(first["claims"])


# --- quote styles ---------------------------------------------------------------------------

ANNA = ("Anna Berg", "PERSON", ("Anna Berg", "Berg"))


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("«", "»"), ("»", "«"), ("„", "“"), ("« ", " »")],
)
def test_every_double_quote_style(opening: str, closing: str) -> None:
    text = f"{opening}The bridge will reopen in May,{closing} Anna Berg said on Monday."
    claim = find(run(text, ANNA), "The bridge will reopen in May")
    assert claim["speaker"]["name"] == "Anna Berg"
    assert (claim["kind"], claim["cue"]) == ("direct", "said")


def test_british_single_quotes_but_not_apostrophes() -> None:
    text = "‘We don’t expect the talks to fail,’ Berg said."
    claim = find(run(text, ANNA), "We don’t expect the talks to fail")
    assert claim["speaker"]["name"] == "Anna Berg"


def test_quote_spanning_paragraphs() -> None:
    text = (
        'Anna Berg said: "The first part of the plan is done.\n\n'
        '"The second part starts next year and will cost 40 million euros."\n\n'
        "Officials agreed."
    )
    claim = find(run(text, ANNA), "The first part of the plan is done.")
    assert "The second part starts next year" in claim["text"]
    assert claim["kind"] == "direct"
    assert claim["speaker"]["name"] == "Anna Berg"


def test_elisions_stay_inside_the_quote() -> None:
    text = '"We tried … and we failed ... twice," Anna Berg said.'
    claim = find(run(text, ANNA), "We tried … and we failed ... twice")
    assert claim["speaker"]["name"] == "Anna Berg"


def test_nested_quote_inside_a_quote() -> None:
    text = "“He told me ‘we are leaving tomorrow’ and then he left,” Anna Berg said."
    claim = find(run(text, ANNA), "‘we are leaving tomorrow’ and then he left")
    assert claim["speaker"]["name"] == "Anna Berg"


# --- where the speaker stands ---------------------------------------------------------------


def test_speaker_before_the_quote_with_colon() -> None:
    claim = find(run('Anna Berg said: "Prices will fall next year."', ANNA), "Prices will fall")
    assert claim["speaker"]["name"] == "Anna Berg"


def test_speaker_inside_a_split_quote() -> None:
    out = run('"Prices will fall," Berg said, "but not before the summer."', ANNA)
    assert find(out, "Prices will fall")["speaker"]["name"] == "Anna Berg"
    assert find(out, "but not before the summer")["speaker"]["name"] == "Anna Berg"


def test_inverted_attribution_with_title() -> None:
    text = '"The strike is over," said Transport Minister Anna Berg.'
    claim = find(run(text, ANNA), "The strike is over")
    assert claim["speaker"]["name"] == "Anna Berg"
    assert claim["speaker"]["role"] == "Transport Minister"


def test_according_to() -> None:
    text = "The port handled 4 million containers last year, according to Anna Berg."
    claim = find(run(text, ANNA), "The port handled 4 million containers last year")
    assert claim["cue"] == "according to"
    assert claim["speaker"]["name"] == "Anna Berg"


def test_trailing_attribution_of_reported_speech() -> None:
    claim = find(run("The talks collapsed on Friday, Anna Berg said.", ANNA), "The talks collapsed")
    assert claim["kind"] == "indirect"
    assert claim["speaker"]["name"] == "Anna Berg"


def test_pronoun_resolves_to_the_latest_person() -> None:
    text = (
        "Anna Berg said the port was safe. Tom Weller said it was not.\n\n"
        '"The cranes are broken," he said.'
    )
    out = run(text, ANNA, ("Tom Weller", "PERSON", ("Tom Weller",)))
    assert find(out, "The cranes are broken")["speaker"]["name"] == "Tom Weller"
    assert find(out, "the port was safe")["speaker"]["name"] == "Anna Berg"


def test_paragraph_of_quote_continues_the_last_speaker() -> None:
    text = '"We are ready," Anna Berg said.\n\n"The ships can sail again from Monday morning."'
    claim = find(run(text, ANNA), "The ships can sail again")
    assert claim["speaker"]["name"] == "Anna Berg"
    assert claim["cue"] is None


def test_speaker_not_among_entities_keeps_the_name() -> None:
    text = '"Rents rose by 8%," said economist Lena Park.'
    claim = find(run(text), "Rents rose")
    assert claim["speaker"] == {"name": "Lena Park", "entity": None, "role": "economist",
                                "kind": "person", "start": 25, "end": 44}  # fmt: skip
    assert text[25:44] == "economist Lena Park"
    assert claim["numbers"][0]["unit"] == "percent"


def test_anonymous_officials() -> None:
    claim = find(
        run("Two senior officials said the convoy had been hit."), "the convoy had been hit"
    )
    assert claim["speaker"]["kind"] == "anonymous"
    assert claim["speaker"]["name"] == "Two senior officials"


def test_organisation_speaker() -> None:
    text = "The Kremlin said the drills were routine."
    out = run(text, ("Kremlin", "ORG", ("Kremlin",)))
    assert find(out, "the drills were routine")["speaker"]["kind"] == "organisation"


def test_appositive_role() -> None:
    text = "Anna Berg, the port's director, said the cranes would be replaced."
    claim = find(run(text, ANNA), "the cranes would be replaced")
    assert claim["speaker"]["name"] == "Anna Berg"
    assert claim["speaker"]["role"] == "port's director"


def test_mixed_reported_speech_with_a_quoted_phrase() -> None:
    text = 'Anna Berg said the strike was "a disaster for the city" and had to end.'
    claim = find(run(text, ANNA), '"a disaster for the city"')
    assert claim["kind"] == "mixed"
    assert claim["speaker"]["name"] == "Anna Berg"


def test_scare_quotes_are_not_claims() -> None:
    out = run('The so-called "reform" passed.\n\nIt was debated for "hours".')
    assert out["claims"] == []


# --- qualifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("10,000 soldiers", 10000.0, "soldiers"),
        ("hundreds of thousands of Russians", 100000.0, "Russians"),
        ("thousands of troops", 1000.0, "troops"),
        ("$5 billion", 5e9, "USD"),
        ("12.5%", 12.5, "percent"),
        ("two million people", 2e6, "people"),
        ("dozens of homes", 12.0, "homes"),
    ],
)
def test_numbers(text: str, value: float, unit: str) -> None:
    found = qualifiers.numbers(f"They counted {text} there.")
    assert (found[0]["value"], found[0]["unit"]) == (value, unit)


def test_a_vague_number_inside_a_word_is_none() -> None:
    assert [
        n["value"] for n in qualifiers.numbers("They found three kittens and two scoresheets.")
    ] == [3.0, 2.0]


def test_years_and_days_of_month_are_not_quantities() -> None:
    assert qualifiers.numbers("It began in 2022 and ended on October 15.") == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Tuesday", "2024-10-15"),
        ("on Thursday", "2024-10-17"),
        ("last Thursday", "2024-10-10"),
        ("yesterday", "2024-10-16"),
        ("on Oct. 3", "2024-10-03"),
        ("on 3 October 2023", "2023-10-03"),
    ],
)
def test_when_resolves_against_a_thursday(phrase: str, expected: str) -> None:
    from datetime import date

    assert qualifiers.when(f"The talks ended {phrase}.", date(2024, 10, 17)) == expected


def test_when_falls_back_to_fetched_at() -> None:
    text = "Anna Berg said on Tuesday the port would reopen."
    claim = find(run(text, ANNA, fetched_at="2024-10-17T09:00:00Z"), "the port would reopen")
    assert claim["when"] == "2024-10-15"


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The troops reportedly crossed the river.", "reportedly"),
        ("The dam could fail.", "could"),
        ("The report, if true, changes everything.", "if true"),
        ("The talks ended in May.", None),
        ("The dam could not fail.", None),
    ],
)
def test_hedges(text: str, hedge: str | None) -> None:
    assert qualifiers.hedge(text) == hedge


@pytest.mark.parametrize(
    ("text", "negation"),
    [
        ("There is no evidence of troops.", "no evidence"),
        ("The army did not withdraw.", "did not"),
        ("They haven't left.", "haven't"),
        ("They left.", None),
    ],
)
def test_negations(text: str, negation: str | None) -> None:
    assert qualifiers.negation(text) == negation


def test_skipped_records_pass_through() -> None:
    out = attribute(tagged("Anna Berg said the plan works.", skipped={"entities": "language"}))
    assert out["claims"] == []
    assert out["skipped"]["claims"] == "skipped by an earlier stage"


# --- harder attributions ----------------------------------------------------------------------


def test_role_before_an_appositive_name() -> None:
    text = "The head of the water agency, Samuel Reyes, warned that restrictions could tighten."
    claim = find(run(text, ("Samuel Reyes", "PERSON", ("Samuel Reyes",))), "restrictions could")
    assert claim["speaker"]["name"] == "Samuel Reyes"
    assert claim["speaker"]["role"] == "head of the water agency"
    assert claim["hedged"] == "could"


def test_appositive_between_quote_and_cue() -> None:
    text = '"The fine is a warning to all," the regulator\'s chief executive, John Larkin, said.'
    claim = find(run(text, ("John Larkin", "PERSON", ("John Larkin",))), "The fine is a warning")
    assert claim["speaker"]["name"] == "John Larkin"
    assert claim["cue"] == "said"


def test_according_to_in_mid_sentence() -> None:
    text = "More than 9,000 people were treated, according to the fire agency, and 16 died."
    claim = find(run(text), "More than 9,000 people were treated")
    assert claim["speaker"]["name"] == "fire agency"
    assert claim["numbers"][0]["value"] == 9000.0


def test_told_an_audience_without_that() -> None:
    text = "Economy Minister Karel Dijkstra told parliament he would not intervene."
    claim = find(run(text, ("Karel Dijkstra", "PERSON", ("Karel Dijkstra",))), "he would not")
    assert (claim["kind"], claim["cue"]) == ("indirect", "told")
    assert claim["speaker"]["role"] == "Economy Minister"


def test_colon_introduces_quote_paragraphs() -> None:
    text = (
        "Jennifer Walsh read from a prepared statement:\n\n"
        '"I refused to sign the papers.\n\n'
        '"Two weeks later I was moved to another job."'
    )
    claim = find(run(text, ("Jennifer Walsh", "PERSON", ("Jennifer Walsh",))), "I refused")
    assert "Two weeks later" in claim["text"]
    assert claim["speaker"]["name"] == "Jennifer Walsh"


def test_unnamed_sources_with_lower_case_heads() -> None:
    out = run(
        "The storm killed 58 people, disaster officials said.\n\n"
        "Health economists at the Institute for Drug Review said the price was too high."
    )
    assert find(out, "The storm killed 58 people")["speaker"]["name"] == "disaster officials"
    economists = find(out, "the price was too high")["speaker"]
    assert economists["kind"] == "anonymous"
    assert economists["name"] == "Health economists at the Institute for Drug Review"


def test_coordinated_cue_takes_the_sentence_subject() -> None:
    text = "Senator Ann Lee called the testimony chilling and said the firm would be summoned."
    claim = find(run(text, ("Ann Lee", "PERSON", ("Ann Lee",))), "the firm would be summoned")
    assert claim["speaker"]["name"] == "Ann Lee"


def test_she_is_the_person_the_previous_sentence_was_about() -> None:
    text = (
        '"We won," Tomasz Nowak said.\n\n'
        "His rival, incumbent Marta Kowalska, refused to concede. "
        "She said the count was not over."
    )
    out = run(text, ("Tomasz Nowak", "PERSON", ("Tomasz Nowak",)),
              ("Marta Kowalska", "PERSON", ("Marta Kowalska",)))  # fmt: skip
    assert find(out, "the count was not over")["speaker"]["name"] == "Marta Kowalska"


def test_title_before_a_name_the_tagger_called_an_organisation() -> None:
    text = "Fire brigade spokesperson Vassilis Vathra said 400 firefighters were at work."
    claim = find(run(text, ("Vassilis Vathra", "ORG", ("Vassilis Vathra",))), "400 firefighters")
    assert claim["speaker"]["kind"] == "person"
    assert claim["speaker"]["name"] == "Vassilis Vathra"


def test_surname_links_to_the_full_name() -> None:
    text = '"We tried," Anna Berg said.\n\nBerg added that the cranes were broken.'
    claim = find(run(text, ("Anna Berg", "PERSON", ("Anna Berg",))), "the cranes were broken")
    assert claim["speaker"]["entity"] == "Anna Berg"


def test_abbreviation_dots_inside_an_attribution() -> None:
    text = '"It was a lie that grew," U.S. Attorney Jay Clay said at a news conference.'
    claim = find(run(text, ("Jay Clay", "PERSON", ("Jay Clay",))), "It was a lie that grew")
    assert claim["speaker"]["name"] == "Jay Clay"
    assert claim["speaker"]["role"] == "U.S. Attorney"


def test_inverted_name_with_lower_case_title_words() -> None:
    text = "« C'est une décision courageuse », said the French art historian Bénédicte Savoy."
    claim = find(run(text), "C'est une décision courageuse")
    assert claim["speaker"]["name"] == "Bénédicte Savoy"
    assert claim["speaker"]["role"] == "French art historian"


def test_age_as_a_second_appositive() -> None:
    text = "Ravi Menon, 34, founder of CrediFlow, told investors that it had 2 million users."
    claim = find(run(text, ("Ravi Menon", "PERSON", ("Ravi Menon",))), "it had 2 million users")
    assert claim["speaker"]["name"] == "Ravi Menon"
