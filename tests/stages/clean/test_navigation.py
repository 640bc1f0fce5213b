"""Menus, buttons and share bars, as `classify` names them."""

from __future__ import annotations

import pytest

from streams.stages.clean import boilerplate


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("TOP", "navigation"),
        ("Back to top", "navigation"),
        ("Read more: What is in the budget?", "navigation"),
        ("NEWSMAX.COM", "navigation"),
        ("See more on: Transport", "navigation"),
        ("ShareBack to top", "navigation"),
        ("ShareSave", "navigation"),
        ("McDonald", None),
        ("Key points", None),
        ("4Weather warning issued as heavy rain set to hit the region", "navigation"),
        ("Courier Lite | Go to the full site", "navigation"),
        ("Profits rose 3% | shares fell.", None),
        ("Share Facebook X Email Copy link", "navigation"),
        ("Share prices fell sharply on Monday.", None),
        # A story's own list: a bullet without a full stop is not a menu of headlines.
        ("• Wireless communications won't be required until 2009;", None),
        ("• The council will vote on Monday.", None),
        ("Best viewed with a 4.0 browser or higher.", "navigation"),
        ("43 Likes 4 Restacks Share", "navigation"),
        ("2 minute read Share X Facebook LinkedIn", "navigation"),
        ("Read the original article on Reuters.", "navigation"),
        ("Also of interest: Why the pool closed", "navigation"),
        ("You might also like: Ferry strike ends", "navigation"),
        ("Like 538 Wow 60", "navigation"),
        ("Ana Silva · 5 min read", "navigation"),
        ("Originally published at The Ledger", "navigation"),
        ("Originally published in 1854, the paper folded in 2001.", None),
        ("Report this comment", "navigation"),
        ("Gift this article Share Save", "navigation"),
        ("See all Politics", "navigation"),
        ("See all the ways the bill changes taxes.", None),
        ("Clap3.6KRespond6ListenShareSave", "navigation"),
        ("Share full article86SaveGift this article", "navigation"),
        ("Ana Silva Follow31.0K followers", "navigation"),
        ("Officials said 200 followers had joined the group.", None),
        ("Follow the money, the prosecutor told the jury.", None),
        ("Player ratings: Kestrel Town", "navigation"),
        ("Rating: Missing context", "navigation"),
        ("ClaimWatch rating: False", "navigation"),
        ("Rating: the agency cut the outlook to negative on Friday after the vote.", None),
        ("Our ruling", "navigation"),
        ("SKIP ADVERTISEMENT", "navigation"),
        ("Copyright in Finland lasts for 70 years after the author's death.", None),
        ("You have reached the end of this gallery.", "navigation"),
        ("The gallery continues after this advertisement.", "navigation"),
        ("3 / 12", "navigation"),
        ("17 photos", "navigation"),
        ("Previous Next photo", "navigation"),
        ("From OpenNews Wiki, the free news source you can write!", "navigation"),
        ("This article has been archived and is no longer publicly editable.", "navigation"),
        ("À lire aussi", "navigation"),
        ("< A3 | A5 >", "navigation"),
        ("I am a bot, and this action was performed automatically.", "navigation"),
        ("Reply Share", "navigation"),
        ("Unsubscribe | Update preferences | View in browser", "navigation"),
        ("Original article on The Westbury Evening Post", "navigation"),
        ("We use your reactions to personalise your feed. You can change this.", "navigation"),
        ("Read on our website", "navigation"),
        ("Sponsored webinar", "navigation"),
        ("You are viewing a preview of this channel. Open it in the app to join it.", "navigation"),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
