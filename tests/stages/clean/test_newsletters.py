"""Sign-up boxes, editors' letters, consultation boxes and polls in a dump."""

from __future__ import annotations

from streams.stages import clean
from streams.stages.clean import newsletters
from tests import factories
from tests.stages.clean.texts import LIVE_STORY


def test_a_newsletters_editors_note_in_a_dump_is_not_story() -> None:
    note = (
        "Hello again,\n\nThis issue arrives a little later than usual because we wanted to send "
        "you one story in full rather than a summary, and we think you will see why.\n\n"
        "See you next time, Hannah Ellery Editor, The Morning Dispatch\n\n"
    )
    story = (
        "Bridge reopens after repairs\n\n"
        "The city reopened the Elm Street bridge on Monday after six months of repairs that "
        "cost 4.2 million dollars, the transport department said.\n\n"
        "Engineers found cracks in two of its steel girders during an inspection last spring, "
        "and the bridge has been closed to traffic since April.\n\n"
    )
    out = clean.clean(factories.raw(note + story))
    assert out["paragraphs"] == story.split("\n\n")[1:3]
    assert newsletters.salutation("Hello again,") and not newsletters.salutation("Hello.")
    assert newsletters.sign_off("Until tomorrow, Marcus Adeyemi Editor, Week in Review")


def test_a_councils_consultation_box_and_a_portals_poll_in_a_dump_are_not_story() -> None:
    story = LIVE_STORY[:4]
    body = (
        "Bridge reopens after six months of repairs\n\n"
        + "\n\n".join(story[:2])
        + "\n\nHave your say\n\nHelp us decide how to spend money set aside for play areas "
        "next year. The consultation closes on 9 August 2026.\n\nTake part in the consultation"
        "\n\n" + "\n\n".join(story[2:]) + "\n\nQUICK POLL\n\nShould cities ban cars from "
        "their downtown streets?\n\nYes\n\nNo\n\nView results"
    )
    out = clean.clean(factories.raw(body))
    assert out["paragraphs"] == story
    assert out["removed"]["poll"] == 2


def test_short_sentences_after_a_mid_story_sign_up_are_kept() -> None:
    body = (
        "Bridge reopens after repairs\n\n"
        "The city reopened the Elm Street bridge on Monday after six months of repairs.\n\n"
        "Sign up for our Morning Briefing newsletter\n\n"
        "What happens next\n\n"
        "The mayor was asked about the cost.\n\n"
        "He declined to comment.\n\n"
        "© 2024 City Times. All rights reserved.\n\n"
        "Most read"
    )
    out = clean.clean(factories.raw(body))
    assert out["paragraphs"] == [
        "The city reopened the Elm Street bridge on Monday after six months of repairs.",
        "What happens next",
        "The mayor was asked about the cost.",
        "He declined to comment.",
    ]
    assert out["publisher"] == "City Times"
