"""Attributions that report no statement: evaluations, intentions, demands and questions
are claims too, each marked with the act its cue performs."""

from __future__ import annotations

import pytest

from tests.stages.claims.claiming import Case, case_id, check, named, only, run

ACTS = [
    Case(
        "told an audience with a long name",
        "Marta Lind told The Star-Ledger of Newark last week she would run again.",
        "she would run again",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
    Case(
        "an act in a subordinate clause ends at its comma",
        "Ever since Marta Lind endorsed Paul Okafor, the race has tightened.",
        "Paul Okafor",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
    Case(
        "a statement cue reports a how clause",
        "Marta Lind noted how happy she was to be back in the state.",
        "how happy she was to be back in the state",
        entities=(("Marta Lind", "PERSON", ()),),
    ),
    Case(
        "assured takes an audience before its clause",
        "Marta Lind assured voters that the wall would be finished by May.",
        "the wall would be finished by May",
        named="Marta Lind",
    ),
    Case(
        "described without as reports its object",
        "Marta Lind described the governor's plans for new port rules.",
        "the governor's plans for new port rules",
        named="Marta Lind",
    ),
]


@pytest.mark.parametrize("case", ACTS, ids=case_id)
def test_an_act_and_what_it_reports(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            "Governor Marta Lind endorsed Paul Okafor on Friday.",
            "Paul Okafor on Friday",
            "evaluation",
        ),
        ("Marta Lind criticized the budget deal.", "the budget deal", "evaluation"),
        ("Marta Lind defended her vote for the tax.", "her vote for the tax", "evaluation"),
        ("Marta Lind wants to cut the state sales tax.", "to cut the state sales tax", "intention"),
        ("Marta Lind declined to comment on the report.", "to comment on the report", "intention"),
        (
            "Marta Lind urged voters to reject the measure.",
            "voters to reject the measure",
            "demand",
        ),
        ("Marta Lind called for an inquiry into the fund.", "an inquiry into the fund", "demand"),
        ("Marta Lind called Okafor a coward.", "Okafor a coward", "evaluation"),
        ("Marta Lind asked whether the fund was legal.", "whether the fund was legal", "question"),
        ("Marta Lind promised to build new schools.", "to build new schools", "promise"),
    ],
)
def test_an_act_reports_what_follows_its_cue(text: str, content: str, act: str) -> None:
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert (claim["text"], claim["act"], claim["kind"]) == (content, act, "indirect")
    assert claim["speaker"]["name"] == "Marta Lind"
    assert named(text, claim) == "Marta Lind" or named(text, claim).endswith("Marta Lind")


def test_a_statement_stays_a_statement() -> None:
    claim = only(run("Marta Lind said the fund was legal.", ("Marta Lind", "PERSON", ())))
    assert (claim["act"], claim["text"]) == ("statement", "the fund was legal")


def test_a_quoted_question_is_a_question() -> None:
    text = "“Where is the money?” Marta Lind asked."
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert (claim["kind"], claim["act"]) == ("direct", "question")


@pytest.mark.parametrize(
    "text",
    [
        "The measure was backed by most of the council.",  # passive: the agent is no speaker
        "The mayor plans for the future of the harbour.",  # "plans" without "to"
        "The mayor called in the engineers after the storm.",  # "called" names nothing
        "The proposed tax would raise $40 million a year.",  # a participle as an adjective
    ],
)
def test_no_act_without_a_speaker_and_an_object(text: str) -> None:
    assert run(text)["claims"] == []


def test_an_act_inside_a_statement_is_the_statement_s() -> None:
    text = "Marta Lind said she wants to cut the state sales tax."
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert (claim["act"], claim["text"]) == ("statement", "she wants to cut the state sales tax")


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Ryan reiterated his support for the bill in a long speech.",
        "The senator drew substantial support from older voters in the state.",
    ],
)
def test_a_noun_that_looks_like_a_cue_is_no_act(text: str) -> None:
    assert all(c["act"] != "evaluation" for c in run(text)["claims"])


def test_voters_who_endorse_a_candidate() -> None:
    text = "Older voters, who strongly endorse Marta Lind, turned out early."
    claims = run(text, ("Marta Lind", "PERSON", ()))["claims"]
    assert [(c["act"], c["text"]) for c in claims] == [("evaluation", "Marta Lind")]


def test_a_participle_after_an_attribution_is_named_by_it() -> None:
    text = "“The fund is empty,” Mr. Cole said, referring to the state pension plan."
    claims = run(text, ("Tom Cole", "PERSON", ("Mr. Cole",)))["claims"]
    referring = next(c for c in claims if c["cue"] == "referring")
    assert referring["text"] == "the state pension plan"
    assert named(text, referring) == "Mr. Cole"


def test_a_one_word_headline_label_names_the_speaker() -> None:
    text = "Okafor: The state budget is short by $40 million\n\nThe rest of the story follows here."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == (
        "The state budget is short by $40 million",
        "statement",
    )
    assert named(text, claim) == "Okafor"


def test_an_editorial_label_names_no_speaker() -> None:
    text = "Update: The polls in the state closed at 8 p.m.\n\nThe rest of the story follows here."
    assert run(text)["claims"] == []


def test_a_name_quoted_far_after_called() -> None:
    text = "Marta Lind called the report on the port authority's finances “a disgrace.”"
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert claim["kind"] == "mixed" and claim["act"] == "evaluation"
    assert claim["text"].startswith("the report on the port") and named(text, claim) == "Marta Lind"


def test_told_him_a_clause() -> None:
    text = "A voter in Ames told him she worries about the price of seed."
    claim = only(run(text))
    assert claim["text"] == "she worries about the price of seed"
    assert named(text, claim) == "A voter in Ames" or named(text, claim).endswith("voter in Ames")


def test_a_relative_clause_of_which_names_its_noun() -> None:
    text = "The union, which endorsed Paul Okafor, met on Monday."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == ("Paul Okafor", "evaluation")
    assert named(text, claim) == "union, which"  # "which" names the union too, as "who" would


def test_a_question_put_to_someone_unnamed() -> None:
    claim = only(run("Asked if he was ever bullied, the senator laughed."))
    assert (claim["text"], claim["act"]) == ("if he was ever bullied", "question")
    assert claim["speaker"]["start"] is None


def test_asked_to_is_a_request() -> None:
    text = "Marta Lind asked the network to donate the profits to veterans."
    claim = only(run(text, ("Marta Lind", "PERSON", ())))
    assert (claim["text"], claim["act"]) == (
        "the network to donate the profits to veterans",
        "demand",
    )


def test_seeing_something_as_something_is_a_view() -> None:
    text = "Most voters in the state see the new tax as unfair."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == ("the new tax as unfair", "belief")
    assert named(text, claim).endswith("voters in the state")


def test_seeing_without_as_is_no_act() -> None:
    assert run("Most voters in the state saw the debate on Tuesday.")["claims"] == []


def test_a_finding_named_before_its_clause() -> None:
    text = "In a CNN poll released Monday, Paul Okafor held a 24-point lead over Marta Lind."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == (
        "Paul Okafor held a 24-point lead over Marta Lind",
        "finding",
    )
    assert named(text, claim) == "a CNN poll released Monday"
    assert "poll" in claim["speaker"]["name"]


def test_a_time_or_place_before_a_clause_is_no_source() -> None:
    assert run("In the morning, the senator went to the store and bought bread.")["claims"] == []


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            "Marta Lind decried the cuts to the port budget.",
            "the cuts to the port budget",
            "evaluation",
        ),
        ("Marta Lind attacked the governor's record.", "the governor's record", "evaluation"),
        ("Most farmers supported the new water plan.", "the new water plan", "evaluation"),
        (
            "Marta Lind talked about the economy for an hour.",
            "the economy for an hour",
            "statement",
        ),
        ("Marta Lind pointed to her record on schools.", "her record on schools", "statement"),
    ],
)
def test_stances_and_topics_are_claims(text: str, content: str, act: str) -> None:
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == (content, act)


def test_talks_with_someone_and_support_as_a_noun_are_no_claims() -> None:
    assert run("The talks with the union lasted a week.")["claims"] == []
    assert run("There is broad support for the plan among voters.")["claims"] == []


def test_a_question_put_to_someone_names_no_one_asking_it() -> None:
    text = "In an interview that year, the mayor was asked what happened to the port money."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == ("what happened to the port money", "question")
    assert claim["speaker"]["start"] is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Marta Lind noted the storm damage and her work on the docks.",
            "the storm damage and her work on the docks",
        ),
        (
            "Marta Lind mentioned raising the minimum wage for dock workers.",
            "raising the minimum wage for dock workers",
        ),
        (
            "Marta Lind explained her plan for the harbour in detail.",
            "her plan for the harbour in detail",
        ),
    ],
)
def test_cues_that_report_their_object(text: str, content: str) -> None:
    claim = only(run(text))
    assert (claim["text"], named(text, claim)) == (content, "Marta Lind")


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        ("Marta Lind railed against the new port fees.", "the new port fees", "evaluation"),
        ("Marta Lind expects the port to reopen in May.", "the port to reopen in May", "belief"),
        (
            "Marta Lind unveiled a plan to rebuild the docks.",
            "a plan to rebuild the docks",
            "statement",
        ),
        ("The judge ruled that the fees were illegal.", "the fees were illegal", "statement"),
    ],
)
def test_more_cues_of_stance_and_finding(text: str, content: str, act: str) -> None:
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == (content, act)


def test_an_act_s_object_ends_before_a_second_predicate() -> None:
    text = "Lind endorsed Okafor last week and has appeared at his rallies since."
    assert only(run(text))["text"] == "Okafor last week"


def test_what_a_poll_shows_is_a_finding_whatever_its_first_word() -> None:
    text = "A day earlier a CNN poll showed a one-point race between Lind and Okafor."
    claim = only(run(text))
    assert (claim["text"], claim["act"]) == ("a one-point race between Lind and Okafor", "finding")


def test_support_in_its_base_form_is_a_noun() -> None:
    assert run("Voters support for the levy fell to a third in May.")["claims"] == []
