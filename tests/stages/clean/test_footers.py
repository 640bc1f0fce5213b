"""What ends a story (notes to editors, an About block, copyright) and what does not."""

from __future__ import annotations

from streams.stages import clean
from tests import factories
from tests.stages.clean.texts import LIVE_STORY, STORY_DUMP, dumped


def test_a_story_sentence_about_a_newsletter_or_copyright_is_kept() -> None:
    body = (
        "Court rules on copyright\n\n"
        "The court said the newsletter had copied articles without permission, and that all "
        "rights reserved by the authors had been ignored.\n\n"
        "The publisher said it would appeal."
    )
    out = clean.clean(factories.raw(body))
    assert len(out["paragraphs"]) == 2
    assert out["removed"] == {}


def test_notes_to_editors_and_everything_after_them_are_not_story() -> None:
    notes = (
        "ENDS\n\nNotes to editors\n\nThe Valencia Port Workers' Union represents 4,000 dockers "
        "in eastern Spain.\n\nInterviews can be arranged through the press office.\n\n"
    )
    out = dumped(after=notes)
    assert out["paragraphs"] == STORY_DUMP
    assert out["removed"]["back_matter"] == 4


def test_a_paragraph_that_opens_with_a_quotation_is_a_sentence_after_the_footer() -> None:
    quote = '"We would rather lose a few weeks than lose a fish," an official said.'
    body = (
        "The Harbour Side\n\nA community news blog for the harbour towns: council news and "
        "sport.\n\nAbout The Harbour Side\n\nWe are a volunteer news blog for the harbour "
        "towns.\n\n"
        "Bridge reopens after repairs\n\n" + "\n\n".join([LIVE_STORY[0], quote, *LIVE_STORY[1:3]])
    )
    out = clean.clean(factories.raw(body))
    assert quote in out["paragraphs"]
