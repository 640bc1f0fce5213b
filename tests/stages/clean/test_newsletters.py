"""Sign-up boxes, editors' letters, consultation boxes and polls in a dump."""

from __future__ import annotations

import pytest

from streams.stages import clean
from streams.stages.clean import boilerplate, newsletters
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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sign up for our Daily Newsletter", "newsletter"),
        ("Receive breaking news and original analysis - sent right to your inbox.", "newsletter"),
        ("Never miss a story: download the free WTRC app and turn on alerts.", "promotion"),
        ("Get the Daily Planet app", "promotion"),
        ("Officials urged residents to get the free county app before the storm.", None),
        ("Got a story? Email newsdesk@gazette.example or message us on Facebook.", "promotion"),
        ("Like what you're reading?", "promotion"),
        ("skip past newsletter promotion", "newsletter"),
        ("Privacy Notice: Newsletters may contain info about charities, online ads.", "newsletter"),
        ("Get Riverbend Report in your inbox. Our free newsletter is out Tuesdays.", "newsletter"),
        ("Phishing emails that land in your inbox look real, police said.", None),
        ("Don't miss a thing: sign up for free Fairhaven alerts.", "promotion"),
        ("Report It: Have a news tip or a photo to share? Send it to us.", "promotion"),
        ("Have a look at the map below.", None),
        ("By subscribing, I agree to Inkwell's Terms of Use.", "newsletter"),
        (
            "Field Notes is a reader-supported publication. Consider becoming a subscriber.",
            "newsletter",
        ),
        ("Independent reporting from far away. $8/month or $80/year.", "newsletter"),
        ("The fare rose to $2.50/month for students, the council said.", None),
        ("Find out what's happening in Fairhaven with free, real-time updates.", "promotion"),
        ("Digital $1 for your first 4 weeks, then $4.99 a week. Cancel anytime.", "newsletter"),
        ("The fare is $4.99 a week, the council said, and riders can cancel anytime.", None),
        ("Already a subscriber? Log in", "promotion"),
        ("Text the studio on 85507 with your views.", "promotion"),
        ("Join our WhatsApp channel for the latest news", "promotion"),
        ("The Gazette app, free on iOS and Android.", "promotion"),
        ("Readers can join the WhatsApp group the council set up, the mayor said.", None),
        ("Membership gives you unlimited access to every story on Longhand.", "promotion"),
        ("Paid content by Harbour Bank Find out how firms plan for next year.", "promotion"),
        (
            "Have an opinion on this story? Share it on the opinions page, where 8 readers have.",
            "promotion",
        ),
        ("Suscríbase a nuestro boletín y reciba cada mañana las noticias.", "newsletter"),
        ("WANT YOUR ORGANIZATION'S NEWS FEATURED ON GLOBERELEASE?", "promotion"),
        ("You are receiving this email because you subscribed to Week in Review.", "newsletter"),
        ("Enjoyed this issue? Forward it to someone who would like it too.", "newsletter"),
        ("Until tomorrow, Hannah Ellery Editor, The Morning Dispatch", "newsletter"),
        ("Add us as a preferred source on Google", "promotion"),
        ("Click here to join our WhatsApp channel for the latest news.", "promotion"),
        ("Follow Ground Truth wherever you get your podcasts.", "promotion"),
        ("Presented by Bluewater Insurance", "promotion"),
        (
            "Catch all the latest Business news and top headlines on The Eastern Herald.",
            "promotion",
        ),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
