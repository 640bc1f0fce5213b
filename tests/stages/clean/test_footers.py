"""What ends a story (notes to editors, an About block, copyright) and what does not."""

from __future__ import annotations

import pytest

from streams.stages import clean
from streams.stages.clean import boilerplate
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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("© 2024 Thomson/Reuters. All rights reserved.", "copyright"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "copyright"),
        ("X and Y are registered trademarks of Z Media, Inc.", "trademark"),
        (
            "This material may not be published, broadcast, rewritten or redistributed.",
            "legal",
        ),
        ("Your California Privacy Rights / Privacy Policy", "legal"),
        ("Do Not Sell or Share My Personal Information", "legal"),
        ("Reprints & Permissions", "legal"),
        ("Use of this site constitutes acceptance of our User Agreement.", "legal"),
        ("The court said the files may not be published without its permission.", None),
        (
            "California privacy rights groups sued the company on Monday, saying it broke the law.",
            None,
        ),
        (
            "This article was amended on 3 May 2026 to correct the name of the minister.",
            "correction",
        ),
        (
            "Correction: An earlier version of this story misstated the date of the vote.",
            "correction",
        ),
        ("The ministry corrected the figures on Tuesday after this article was published.", None),
        ("Article URL: http://www.example.com/news/1234.html", "metadata"),
        ("The link between the two cases was first reported by local media.", None),
        ("A version of this article appears in print on June 9, 2026, Section A.", "metadata"),
        ("Media contact: Jane Doe, +1 202-555-0100", "contact"),
        ("Contacts:", "contact"),
        ("Investors should contact their advisers, the regulator said.", None),
        ("About Northfield Policy Institute", "about"),
        ("About 200 people attended the vigil.", None),
        ("Forward-looking statements: This release contains statements about the future.", "legal"),
        ("Analysts said forward-looking statements in the filing were vague.", None),
        ("Courier Sans ™ & © 2016 Courier Network, Inc.", "copyright"),
        ("Disclosure: The author holds no positions in the securities mentioned.", "legal"),
        ("Market data delayed 15 minutes. Quotes provided by Tickstream Ltd.", "legal"),
        ("Purchase Licensing Rights, opens new tab", "legal"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "legal"),
        ("Correction", "correction"),
        ("An earlier version of this article misspelled a name.", "correction"),
        ("Corrections officers went on strike on Monday.", None),
        ("Editor in chief and director of news: Mikkel Aas", "legal"),
        ("FB works according to the Code of Ethics of the Press.", "legal"),
        (
            "This story has been published from a wire agency feed without modifications.",
            "metadata",
        ),
        ("Email: press@northfield.example", "contact"),
        ("Telephone: 020 7946 0000", "contact"),
        ("Out of hours: +44 7700 900123", "contact"),
        ("Email the council before Friday, residents were told.", None),
        ("Notes to editors", "back_matter"),
        ("- ENDS -", "back_matter"),
        ("###", "back_matter"),
        ("-30-", "back_matter"),
        ("The strike ends on Friday.", None),
        ("https://planet.example/health/malaria-vaccine", "metadata"),
        ("Sources", "back_matter"),
        ("Fact-checking methodology", "back_matter"),
        ("Sources said the deal was close.", None),
        ("We correct our mistakes openly. Read our corrections policy.", "legal"),
        ("Copyright 2026 The Associated Press", "copyright"),
        ("All photographs are protected by copyright and may not be reproduced.", "legal"),
        ("NOTICE TO CREDITORS: All persons having claims against the estate must.", "legal"),
        ("Notice to creditors was served on Monday, the court said.", None),
        ("The Record (USPS 782376) is published daily except Sunday by Record Inc.", "legal"),
        ("Source: https://www.reuters.example/environment/aral-sea", "metadata"),
        ("Contact us: call 888-555-0142 from 8 AM - 10 PM ET.", "contact"),
        ("The content of this release is provided by the issuer.", "legal"),
        ("This article appears in the September 2026 issue of Longitude.", "metadata"),
        ("- [3] https://www.northernstandard.example/photos/licensing", "metadata"),
        (
            "Printed from https://www.meridian.example/a on Friday, July 31, 2026 at 5:10 AM",
            "metadata",
        ),
        ("To order presentation-ready copies for distribution, visit our reprints page.", "legal"),
        ("Our mailing address is:", "contact"),
        ("Frequently asked questions", "back_matter"),
        (
            "(This story has been published from a wire agency feed without modifications.)",
            "metadata",
        ),
        ("Media contact", "contact"),
        ("Journalists can reach the press office out of hours on the number above.", "contact"),
        (
            "The post Volunteers carry toads across a lane appeared first on Riverside Bugle.",
            "metadata",
        ),
        ("The post office in the village closed in 2019.", None),
        ("About the Kingsbridge University", "about"),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
