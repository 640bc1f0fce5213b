"""`classify`, the dispatcher that names a line's kind, on the rules of no family."""

from __future__ import annotations

import pytest

from streams.stages.clean import boilerplate


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("353", "number"),
        ("1,204 views", None),
        ("Tags: ukraine | russia", "tags"),
        ("Video LoadingVideo UnavailableClick to playTap to play", "player"),
        ("5:11Play Video", "player"),
        ("Editor's note: This story was first published by Open Ledger, a nonprofit.", "note"),
        (">> GOOD EVENING. OUR TOP STORY TONIGHT: A BRIDGE CLOSES.", "transcript"),
        ("ListenListen: 2:24, Duration 2 minutes 24 seconds", "player"),
        ("Hear the full report", "player"),
        ("23' Ethan Fenwick scores with a low shot into the far corner.", "match_data"),
        ("90+3' Tom Price is booked.", "match_data"),
        ("Tom Marsh 7 Never gave the winger a moment's peace.", "match_data"),
        ("Tom Marsh 7 years ago founded the club.", None),
        ("WATCH NOWVIDEO 05:56", "player"),
        ("Translated from the Spanish by Ana Beltrán. The original ran in El Sur.", "note"),
        ("The minister translated the speech by hand, aides said.", None),
        ("Today: Partly sunny, with a high of 57. Tonight: Clear, with a low of 43.", "weather"),
        ("Full article below, since the site blocks readers outside its home country.", "note"),
        ("Edit: fixed the formatting, and thanks for the award.", "note"),
        ("Listen to this article 8 minutes", "player"),
        ("Weather data is temporarily unavailable. Please check back later.", "weather"),
        ("Listen on Apple Podcasts | Spotify | YouTube Music | RSS", "player"),
        ("This transcript was generated automatically and may contain errors.", "note"),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
