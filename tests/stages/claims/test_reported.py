"""Rules that real election news needed: archive quote marks, attributions set inside a
sentence, belief and evidence cues, cues reaching their quote, where a speaker is named."""

from __future__ import annotations

import pytest

from streams.stages.claims.quotes import as_double_marks
from tests.stages.claims.claiming import Case, case_id, check, named, only, run

REPORTED = [
    Case(
        "doubled apostrophes quote a speaker",
        "''The plan has failed and the voters know it,'' said Anna Berg, the party's chair.",
        "The plan has failed and the voters know it",
        kind="direct",
        name="Anna Berg",
        entities=(("Anna Berg", "PERSON", ()),),
    ),
    Case(
        "attribution inside the sentence reports the whole sentence",
        "The new plant, company officials said, will employ 400 workers by next spring.",
        "The new plant, company officials said, will employ 400 workers by next spring",
        kind="indirect",
        named="company officials",
    ),
    Case(
        "a speaker named last reports only the clause before",
        (
            "The vote will be close in every county, said Lena Park, a pollster at the "
            "university who has tracked the state since 2004."
        ),
        "The vote will be close in every county",
        named="Lena Park",
        entities=(("Lena Park", "PERSON", ()),),
    ),
    Case(
        "a day after the cue leaves the clause before as the claim",
        ("The co-pilot had logged 2,766 flying hours with the airline, the airline said Thursday."),
        "The co-pilot had logged 2,766 flying hours with the airline",
        named="airline",
    ),
    Case(
        "a long according to source",
        (
            "According to results of exit polls conducted by Edison Research for the "
            "Associated Press and television networks, voters trust the senator more than the "
            "governor."
        ),
        "voters trust the senator more than the governor",
    ),
    Case(
        "announced reports its object",
        "The governor on Monday announced $5 million more for mosquito control in the county.",
        "$5 million more for mosquito control in the county",
    ),
    Case(
        "a headline with a speaker and a colon",
        (
            "Paul Ryan: the decision not to indict defies explanation\n\nThe speaker spoke on "
            "Tuesday."
        ),
        "the decision not to indict defies explanation",
        name="Paul Ryan",
        named="Paul Ryan",
        entities=(("Paul Ryan", "PERSON", ()),),
    ),
    Case(
        "a belief inside a reported clause is no claim of its own",
        "Anna Berg said she thinks the mill will reopen before the harvest.",
        "she thinks the mill will reopen before the harvest",
        entities=(("Anna Berg", "PERSON", ()),),
    ),
    Case(
        "according to inside the sentence reports the whole sentence",
        (
            "Most of the emails, according to a State Department official, were upgraded to "
            "the “Secret” level last week."
        ),
        (
            "Most of the emails, according to a State Department official, were upgraded to "
            "the “Secret” level last week"
        ),
        kind="mixed",
    ),
    Case(
        "a quote signed with a dash and a name",
        "“We deserve a president who respects all of us.” ― Sonya Herridge\n\nMore follows.",
        "We deserve a president who respects all of us.",
        kind="direct",
        name="Sonya Herridge",
        named="Sonya Herridge",
    ),
    Case(
        "a finding led by a name",
        "A new poll shows Clinton leading Sanders by five points in the state.",
        "Clinton leading Sanders by five points in the state",
        named="new poll",
        entities=(("Hillary Clinton", "PERSON", ("Clinton",)),),
    ),
    Case(
        "a participle with no earlier cue is the subject s",
        (
            "Several Democrats cautioned against drawing lessons from the vote, saying the "
            "two races are very different."
        ),
        "the two races are very different",
        named="Several Democrats",
    ),
    Case(
        "a statement saying is its publisher s",
        "His office put out a statement saying the senator was safe at home.",
        "the senator was safe at home",
        named="His office",
    ),
    Case(
        "an aside between dashes after the cue is skipped",
        "The aide said — on the radio, as it happens — that the team raised $4 million.",
        "the team raised $4 million",
        named="aide",
    ),
    Case(
        "a passive participle reports nothing",
        "Most of the farmers voted for the plan, according to exit polls reported by the radio.",
        "Most of the farmers voted for the plan",
        cue="according to",
    ),
    Case(
        "according to without a comma reports the clause before",
        "The mayor leads the race by nine points according to a count by the newspaper.",
        "The mayor leads the race by nine points",
    ),
    Case(
        "believe reports a clause without that",
        "Officials on the island believe the debt relief is possible only in bankruptcy.",
        "the debt relief is possible only in bankruptcy",
        act="belief",
    ),
    Case(
        "a time and place of speaking are no complement",
        "The tax will rise next year, Bond said onstage Tuesday night.",
        "The tax will rise next year",
        named="Bond",
    ),
    Case(
        "the subject after an opening clause introduces the quote",
        (
            "As if addressing him directly, the Election Board was clear: “Further talk is "
            "pointless.”"
        ),
        "Further talk is pointless.",
        name="Election Board",
    ),
    Case(
        "a relative clause's attribution ends at its comma",
        "The new rules, which officials said will start in the next few months, will not apply.",
        "will start in the next few months",
        named="officials",
    ),
    Case(
        "an aside between the cue and that is skipped",
        "She also said, without evidence, that “they are recruiting with videos of the mayor.”",
        "they are recruiting with videos of the mayor.",
    ),
    Case(
        "says of someone then a quote reports the quote",
        "The businessman says of the mayor, “If she gets the chance, she will sell the port.”",
        "If she gets the chance, she will sell the port.",
        named="businessman",
    ),
]


@pytest.mark.parametrize("case", REPORTED, ids=case_id)
def test_what_a_cue_reports(case: Case) -> None:
    check(case)


# --- quotes written with two apostrophes ('') ------------------------------------------------


def test_doubled_apostrophes_keep_every_offset() -> None:
    text = "''We will win,'' she said. It is Mr. O''Brien's ''turn.''"
    scanned = as_double_marks(text)
    assert len(scanned) == len(text)
    assert scanned.startswith(' "We will win," ')
    assert scanned.count('"') == 4  # the name's apostrophes are no quote


# --- an attribution set inside its sentence -----------------------------------------------


def test_an_inner_attribution_followed_by_adding_is_not_a_sentence_claim() -> None:
    text = "The deal, he said, adding that talks would go on for weeks and months."
    assert all(c["text"] != text.rstrip(".") for c in run(text)["claims"])


# --- belief and evidence cues --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A new poll shows that the senator leads in three swing states.",
         "the senator leads in three swing states"),
        ("The inspectors found that the records had been altered twice.",
         "the records had been altered twice"),
        ("Mr. Cole thinks he can still win the nomination in July.",
         "he can still win the nomination in July"),
        ("Many voters fear that the plant will close before the winter.",
         "the plant will close before the winter"),
    ],
)  # fmt: skip
def test_belief_and_evidence_cues(text: str, expected: str) -> None:
    assert only(run(text))["text"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The campaign showed a video that mocked the governor's record on taxes.",
        "She found the keys that her brother had lost in the garden.",
        "He thinks about the election every single morning of the week.",
    ],
)
def test_evidence_cues_with_a_noun_report_nothing(text: str) -> None:
    # "a video that mocked the governor's record" is the video's own claim (an evaluation)
    assert all(c["cue"] not in ("showed", "found", "thinks") for c in run(text)["claims"])


# --- a cue reaching its quote -------------------------------------------------------------


def test_a_cue_reaches_its_quote_past_a_place() -> None:
    text = "Mike Lee declared in the debate spin room, “It is time for the party to unite.”"
    claim = only(run(text, ("Mike Lee", "PERSON", ())))
    assert (claim["kind"], claim["cue"]) == ("direct", "declared")
    assert claim["text"] == "It is time for the party to unite."
    assert named(text, claim) == "Mike Lee"


def test_name_calling_quote() -> None:
    text = "Trump called the system “rigged” in a tweet on Tuesday."
    claim = only(run(text, ("Donald Trump", "PERSON", ("Trump",))))
    assert (claim["kind"], claim["text"]) == ("mixed", "the system “rigged”")  # what, and its name
    assert claim["speaker"]["name"] == "Donald Trump"


# --- where the speaker is named -----------------------------------------------------------


def test_a_quote_paragraph_of_its_own_points_at_the_earlier_attribution() -> None:
    text = (
        '"We have waited long enough for this bridge," said Anna Berg.\n\n'
        '"Every winter the road floods and the children cannot reach the school."'
    )
    first, second = run(text, ("Anna Berg", "PERSON", ()))["claims"]
    assert named(text, first) == named(text, second) == "Anna Berg"
    assert second["cue"] is None


def test_a_pronoun_is_named_where_it_stands() -> None:
    text = "Anna Berg spoke first. She said the talks would resume in the spring."
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert claim["speaker"]["name"] == "Anna Berg"
    assert named(text, claim) == "She"


# --- closing attributions, colons, objects ------------------------------------------------


def test_a_clause_quoting_a_phrase_before_a_closing_attribution_is_mixed() -> None:
    text = 'The lack of polling places was "particularly burdensome" on voters, the lawsuit says.'
    claim = only(run(text))
    assert claim["kind"] == "mixed"
    assert claim["text"].startswith("The lack of polling places")


def test_who_said_names_the_speaker_with_the_pronoun() -> None:
    text = "They spoke to Anna Berg, who said the mill would reopen before the harvest."
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert claim["speaker"]["name"] == "Anna Berg"
    assert named(text, claim) == "Anna Berg, who"


def test_a_colon_hands_the_quote_to_the_sentence_subject() -> None:
    text = "Anna Berg has since apologized: “I should have told the council about the loan.”"
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert (claim["kind"], claim["cue"]) == ("direct", "apologized")
    assert claim["speaker"]["name"] == "Anna Berg"
    assert named(text, claim) == "Anna Berg"


def test_a_label_that_names_no_one_is_no_speaker() -> None:
    assert run("The result: the senator must travel three hours to the next rally.")["claims"] == []


def test_a_gerund_after_a_preposition_has_no_speaker() -> None:
    text = "He has not taken any new jobs since announcing that he would run for the Senate."
    assert run(text)["claims"] == []


def test_name_calling_keeps_whom_it_names() -> None:
    text = "Obama called the Republican nominee “unfit to serve” as president."
    claim = only(run(text, ("Barack Obama", "PERSON", ("Obama",))))
    assert (claim["kind"], claim["text"]) == ("mixed", "the Republican nominee “unfit to serve”")


# --- more ways of voicing words, asides, signatures ---------------------------------------


def test_a_dash_before_lower_case_words_is_no_signature() -> None:
    text = "“We deserve better.” ― or so the crowd seemed to think."
    assert all(c["kind"] != "direct" for c in run(text)["claims"])


def test_a_party_tag_between_name_and_cue() -> None:
    text = "“It is a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday."
    claim = only(run(text, ("Gwen Moore", "PERSON", ())))
    assert claim["speaker"]["name"] == "Gwen Moore"
    assert "Gwen Moore" in named(text, claim)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Protesters marching through the streets chanted “What curfew?” and kept going.",
         "chanted"),
        ("“Did you shoot him? He better not be dead,” she yells while moving along the road.",
         "yells"),
        ("“From Seattle to Houston, we see charter schools offering hope,” the letter reads.",
         "reads"),
    ],
)  # fmt: skip
def test_ways_of_voicing_words(text: str, cue: str) -> None:
    claim = only(run(text))
    assert (claim["kind"], claim["cue"]) == ("direct", cue)


def test_voicing_cues_report_no_clause() -> None:
    assert run("The choir sang the anthem before the rally began in the square.")["claims"] == []


def test_a_question_quote_and_its_closing_attribution_are_one_sentence() -> None:
    text = (
        "“Does he not understand we wrote Japan’s Constitution?” Biden said.\n\n"
        "“We will not forget it.” Her rivals were silent."
    )
    first, second = run(text, ("Joe Biden", "PERSON", ("Biden",)))["claims"]
    assert (first["cue"], first["speaker"]["name"]) == ("said", "Joe Biden")
    assert named(text, first) == "Biden"
    assert second["cue"] is None  # "Her rivals were silent" attributes nothing


# --- quotes whose attribution the other rules miss ------------------------------------------


def test_as_someone_put_it() -> None:
    text = "As the historian Anna Berg put it, “No party survives a split like this one.”"
    claim = only(run(text, ("Anna Berg", "PERSON", ())))
    assert (claim["kind"], claim["text"]) == ("direct", "No party survives a split like this one.")
    assert claim["speaker"]["name"] == "Anna Berg"


def test_a_quote_after_of_and_an_abbreviated_title() -> None:
    text = "“We have started,” Anna Berg said, adding of Mr. Okafor, “He cares about the team.”"
    out = run(text, ("Anna Berg", "PERSON", ()))
    assert [c["text"] for c in out["claims"]] == ["We have started", "He cares about the team."]
    assert {c["speaker"]["name"] for c in out["claims"]} == {"Anna Berg"}


def test_a_long_speaker_before_said_and_a_quote_is_the_sentence_s_person() -> None:
    text = (
        "Tom Lewis, a former state auditor who now studies the finances of cities and counties"
        " at a university in Ohio, said, “The money was never there.”"
    )
    claim = only(run(text, ("Tom Lewis", "PERSON", ())))
    assert (claim["kind"], claim["text"]) == ("direct", "The money was never there.")
    assert claim["speaker"]["name"] == "Tom Lewis"


# --- a dateline left in the lead ------------------------------------------------------------


def test_a_claim_never_starts_with_the_dateline() -> None:
    text = (
        "ROTTERDAM (Reuters) - About 3,000 dockworkers walked off the job on Monday, "
        "union officials said."
    )
    claim = only(run(text))
    assert claim["text"].startswith("About 3,000 dockworkers")
    assert named(text, claim) == "union officials"


# --- complements: asides, dashes, second attributions, days, passives -------------------------


def test_a_participle_cue_after_a_comma_starts_a_second_attribution() -> None:
    text = "Anna Berg said she saw no need to change the plan, telling reporters that it works."
    texts = [c["text"] for c in run(text)["claims"]]
    assert "she saw no need to change the plan" in texts


def test_a_day_right_after_the_cue_is_no_complement() -> None:
    text = "The port will reopen after the storm, the mayor said Tuesday in Hamburg, noting a loss."
    texts = [c["text"] for c in run(text)["claims"]]
    assert "The port will reopen after the storm" in texts
    assert not any(t.startswith("Tuesday") for t in texts)


def test_according_to_closed_by_dashes_reports_the_sentence_around_it() -> None:
    text = "Most farmers - 63 percent in 2014, according to the ministry - still back the plan."
    claim = only(run(text))
    assert claim["text"].endswith("still back the plan")
    assert named(text, claim) == "ministry"


def test_an_attribution_inside_a_sentence_with_a_quote_makes_a_mixed_claim() -> None:
    text = "The mayor, Berg said, has created a “strange and costly mess.”"
    claim = only(run(text))
    assert claim["kind"] == "mixed"
    assert named(text, claim) == "Berg"
    assert claim["text"].startswith("The mayor")


# --- quotes voiced by verbs the lexicon does not list ------------------------------------------


def test_a_quote_voiced_by_an_unlisted_verb_is_the_speaker_s() -> None:
    text = "“Go back to your seat,” Berg barked, and the guard stepped in."
    claim = only(run(text))
    assert (claim["kind"], claim["text"], claim["cue"]) == (
        "direct",
        "Go back to your seat",
        "barked",
    )
    assert named(text, claim) == "Berg"


def test_a_phrasal_verb_and_an_adverb_after_the_quote_still_attribute_it() -> None:
    text = "“Can you name one thing they did?” she asks rhetorically. “Jeb is weak,” he shot back."
    claims = run(text)["claims"]
    assert [(c["text"], named(text, c)) for c in claims] == [
        ("Can you name one thing they did?", "she"),
        ("Jeb is weak", "he"),
    ]


def test_a_past_tense_verb_that_goes_on_is_no_voicing() -> None:
    text = "“The Crossing,” Berg directed a film about it in 2010 with his brother."
    assert run(text)["claims"] == []


# --- a time between the speaker and the cue ---------------------------------------------------


def test_a_time_before_the_cue_is_no_speaker() -> None:
    text = "The port authority on Monday urged the shipping lines to slow down."
    claim = only(run(text))
    assert named(text, claim) == "port authority"
    text = "The mayor last week said that the port will reopen in May."
    assert named(text, only(run(text))) == "mayor"


def test_that_after_a_day_opens_the_complement() -> None:
    text = "Berg said Monday that the plan for the port works."
    assert only(run(text))["text"] == "the plan for the port works"


# --- where a complement ends -------------------------------------------------------------------


def test_a_second_cue_after_and_starts_a_claim_of_its_own() -> None:
    text = "Berg said she found the mayor “very charming” and called his plan “a fine start.”"
    texts = [c["text"] for c in run(text)["claims"]]
    assert texts[0] == "she found the mayor “very charming”"
    assert len(texts) == 2


def test_a_second_cue_after_and_is_named_by_the_first_cue_s_words() -> None:
    text = "The mayor said the port would reopen in May and called the strike “a disgrace.”"
    claims = run(text)["claims"]
    assert [named(text, c) for c in claims] == ["mayor", "mayor"]


# --- a sentence that opens with no subject ------------------------------------------------------


def test_an_opening_adverbial_is_no_speaker() -> None:
    text = "Speaking in Iowa, the port workers’ union attacked the plan, saying it will cost jobs."
    texts = {c["text"]: named(text, c) for c in run(text)["claims"]}
    assert all(not name.startswith("Speaking") for name in texts.values())


def test_a_cue_ending_in_a_colon_introduces_the_quote_paragraph_after_it() -> None:
    text = (
        "Anna Berg responded:\n\n“The questions asked in this debate show why people distrust us.”"
    )
    claim = only(run(text))
    assert claim["kind"] == "direct"
    assert named(text, claim) == "Anna Berg"


# --- documents as sources ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The report said that the port lost money for the third year.", "report"),
        ("News reports say the port will close next year.", "News reports"),
        ("The ad says “nothing will change until we elect new leaders.”", "ad"),
    ],
)
def test_a_document_is_a_source(text: str, source: str) -> None:
    claim = only(run(text))
    assert named(text, claim).endswith(source)
    assert claim["speaker"]["kind"] == "document"


def test_reports_after_a_name_is_still_a_cue() -> None:
    text = "CNN reports that the port will close next year."
    claim = only(run(text))
    assert (claim["cue"], named(text, claim)) == ("reports", "CNN")


def test_according_to_reports_a_clause_whose_verbs_report_nothing() -> None:
    text = "Half of the troops are posted abroad, in 85 countries, according to the command."
    claim = only(run(text))
    assert claim["text"] == "Half of the troops are posted abroad, in 85 countries"
    text = "The mayor has won 758 pledged votes so far according to a count by the radio."
    assert only(run(text))["text"] == "The mayor has won 758 pledged votes so far"
    text = "Berg told investors that the fund was safe, according to the indictment."
    assert named(text, only(run(text))) == "Berg"


def test_a_comma_and_who_end_a_complement() -> None:
    text = "Other voters said they had heard nothing new from Anna Berg, who held a rally here."
    assert only(run(text))["text"] == "they had heard nothing new from Anna Berg"


def test_a_long_aside_after_the_opening_name_keeps_the_name_the_speaker() -> None:
    text = (
        "Anna Berg, who at the time was a member of the council, a group of mayors, said "
        "that the port would close."
    )
    claim = only(run(text, ("Anna Berg", "PERSON", ("Anna Berg",))))
    assert named(text, claim) == "Anna Berg"
    assert claim["speaker"]["name"] == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The mayor’s “excesses” are shocking, Berg said Tuesday in Paris, noting the cost.",
            "The mayor’s “excesses” are shocking",
            "Berg",
        ),
        (
            "Voters had “cracked the ceiling” at last, she said in a video message to the rally.",
            "Voters had “cracked the ceiling” at last",
            "she",
        ),
        (
            "Berg however said he would welcome the port’s part in a trade network for Asia.",
            "he would welcome the port’s part in a trade network for Asia",
            "Berg",
        ),
        (
            "Berg said he had offers for the boat, but “the offers were not serious.”",
            "he had offers for the boat, but “the offers were not serious.”",
            "Berg",
        ),
    ],
)
def test_mixed_and_indirect_claims_keep_their_whole_clause(
    text: str, content: str, source: str
) -> None:
    claim = run(text)["claims"][0]
    assert (claim["text"], named(text, claim)) == (content, source)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Berg told the National Post he’s already received hundreds of emails about it.",
            "he’s already received hundreds of emails about it",
        ),
        (
            "He may not fill a room the way he once did, they say, but he is still a fine speaker.",
            "He may not fill a room the way he once did, they say, but he is still a fine speaker",
        ),
        (
            "To win, candidates need about 40 percent of the vote, analysts say; in 2012 one lost.",
            "To win, candidates need about 40 percent of the vote",
        ),
        (
            "Aides say that Gov. Marta Lind, who must decide, has revealed nothing of her plans.",
            "Gov. Marta Lind, who must decide, has revealed nothing of her plans",
        ),
    ],
)
def test_where_a_reported_clause_starts_and_ends(text: str, content: str) -> None:
    assert only(run(text))["text"] == content


# --- quotes and the cues around them -------------------------------------------------------------


def test_a_quote_closed_by_its_own_comma_is_the_whole_complement() -> None:
    text = "Berg had previously said, “We’ll see,” when asked whether she would run again."
    claims = run(text)["claims"]
    assert (claims[0]["kind"], claims[0]["text"]) == ("direct", "We’ll see")


def test_a_complement_ends_where_another_attribution_introduces_a_quote() -> None:
    text = "Asked if he thought the email went too far, Devine responded: “I guess so.”"
    claims = [c for c in run(text)["claims"] if c["cue"] == "responded"]
    assert [(c["text"], named(text, c)) for c in claims] == [("I guess so.", "Devine")]


def test_an_unlisted_verb_and_a_comma_before_a_quote_voice_it() -> None:
    text = "Freddy circled the boat as his friends jeered, “Good luck out there!”"
    claim = only(run(text))
    assert (claim["text"], claim["cue"], named(text, claim)) == (
        "Good luck out there!",
        "jeered",
        "friends",
    )
    assert run("The ad, entitled “Our History,” features five families from Ohio.")["claims"] == []


def test_a_pronoun_opening_the_sentence_is_where_the_attribution_names_its_speaker() -> None:
    text = (
        "Anna Berg spoke in Hamburg on Monday.\n\n"
        "She was clear about it: “We will not close these docks.”"
    )
    claim = only(run(text, ("Anna Berg", "PERSON", ("Anna Berg",))))
    assert claim["speaker"]["name"] == "Anna Berg"
    assert named(text, claim) == "She"


def test_a_quote_paragraph_continues_the_reported_speech_before_it() -> None:
    text = (
        "Anna Berg said the port would reopen in May after the repairs.\n\n"
        "“We have waited long enough for this. The ships are coming back.”"
    )
    claims = run(text)["claims"]
    assert [c["kind"] for c in claims] == ["indirect", "direct"]
    assert named(text, claims[1]) == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Anna Berg is telling voters at a diner in Hamburg that “I need you tomorrow.”",
            "I need you tomorrow.",
            "Anna Berg",
        ),
        (
            "The mayor was saying that the port would reopen in May after the repairs.",
            "the port would reopen in May after the repairs",
            "mayor",
        ),
        (
            "Berg at the time said she had asked her staff to look into the fees.",
            "she had asked her staff to look into the fees",
            "Berg",
        ),
    ],
)
def test_progressive_cues_and_times_before_the_cue(text: str, content: str, source: str) -> None:
    claim = run(text)["claims"][0]
    assert (claim["text"], named(text, claim)) == (content, source)


def test_pointed_out_is_a_cue_and_as_x_said_reports_the_clause_after() -> None:
    text = "Anna Berg pointed out that the port had lost money for three years."
    claim = only(run(text))
    assert (claim["text"], claim["cue"]) == ("the port had lost money for three years", "pointed")
    text = "As the mayor pointed out, the port will reopen in May after the repairs."
    claim = only(run(text))
    assert (claim["text"], named(text, claim)) == (
        "the port will reopen in May after the repairs",
        "mayor",
    )


def test_a_relative_clause_whose_complement_opens_with_an_aside_does_not_break() -> None:
    text = (
        "He gave a speech in which he pledged that, if elected, he would be a friend to the "
        "port workers."
    )
    claims = run(text)["claims"]
    assert all(c["text"].strip() for c in claims)


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    text = (
        "“We may see a return of balanced budgets,” said Dean Baker, head of a liberal think "
        "tank in Washington."
    )
    claim = only(run(text))
    assert (claim["kind"], claim["cue"], named(text, claim)) == ("direct", "said", "Dean Baker")


def test_said_of_someone_closes_the_quote_s_sentence() -> None:
    text = "“Who do they think they are?” Berg said of the port board in February."
    claim = only(run(text))
    assert (claim["text"], claim["cue"], named(text, claim)) == (
        "Who do they think they are?",
        "said",
        "Berg",
    )


def test_a_speaker_after_the_cue_may_be_lower_case_up_to_its_role() -> None:
    text = "“We will win,” said the county’s top election official on Monday."
    claim = only(run(text))
    assert named(text, claim) == "county’s top election official"
    text = "“He is out of date,” said a longtime adviser to the mayor."
    assert named(text, only(run(text))) == "longtime adviser to the mayor"


# --- round 6: shapes read from dev's missed direct quotes, written anew -------------------------


def test_signed_quotes_one_a_line_each_have_their_signer() -> None:
    text = (
        "“The port is our future.” ― Ana Ruiz\n"
        "“We deserve better docks than these.” ― Tomas Vidal\n"
        "“Fix the cranes first.” ― Lena Ortiz"
    )
    claims = run(text)["claims"]
    assert [c["speaker"]["name"] for c in claims] == ["Ana Ruiz", "Tomas Vidal", "Lena Ortiz"]


def test_a_party_tag_with_a_dot_between_name_and_cue_keeps_the_attribution() -> None:
    text = "“The veto will be overridden,” Senate leader Mark Hale, R-Ky., said Tuesday."
    claim = only(run(text))
    assert (claim["text"], claim["cue"]) == ("The veto will be overridden", "said")
    assert named(text, claim).startswith("Senate leader Mark Hale")


def test_a_participle_after_before_that_introduces_a_quote_keeps_the_speaker() -> None:
    text = "“Keep your hands in sight,” Berg sings to the crowd before asking them, “Where now?”"
    claims = run(text)["claims"]
    assert [(c["text"], c["speaker"]["name"]) for c in claims] == [
        ("Keep your hands in sight", "Berg"),
        ("Where now?", "Berg"),
    ]


def test_a_short_denial_before_a_second_cue_is_kept() -> None:
    text = "Rwanda has long denied backing the rebels and says its forces guard the border."
    claims = run(text)["claims"]
    assert [(c["text"], c["act"]) for c in claims] == [
        ("backing the rebels", "denial"),
        ("its forces guard the border", "statement"),
    ]
