"""A live page's posts, a live blog's, and readers' comment threads."""

from __future__ import annotations

import pytest

from streams.stages import clean
from streams.stages.clean import boilerplate
from tests import factories
from tests.stages.clean.texts import CARDS, LIVE_STORY, STORY_DUMP, dumped


def test_a_live_pages_other_updates_in_a_dump_are_not_its_pinned_story() -> None:
    others = "".join(
        f"{time}\n\n{head}\n\nFrom Hana Ito\n\n{text}\n\nCopy link Share\n\n"
        for time, head, text in (
            ("1:52 p.m.", "Reaction spreads", "Posts about the news were shared widely."),
            (
                "1:38 p.m.",
                "Officials to brief reporters",
                "A spokesperson said officials would hold a news conference later today.",
            ),
            ("1:18 p.m.", "Businesses wait", "Owners said they were waiting for details."),
        )
    )
    body = (
        "LIVE\n\nBridge reopens after six months of repairs\n\nPinned 2:20 p.m.\n\n"
        "Here is what happened\n\nFrom Peter Osei\n\n"
        + "\n\n".join(LIVE_STORY)
        + "\n\nCopy link Share\n\n"
        + others
        + "Load more updates\n\nFollow live updates on "
        "our app. Get the latest updates as they happen.\n\nApp Store Google Play\n\nThe "
        "Daily Meridian is not responsible for the content of external sites."
    )
    out = clean.clean(factories.raw(body))
    assert out["paragraphs"] == LIVE_STORY
    assert out["removed"]["other_post"] >= 9


def test_a_live_blogs_posts_alike_in_length_all_stay() -> None:
    posts = "".join(f"{9 + n}:00 a.m.\n\n{p}\n\nShare\n\n" for n, p in enumerate(LIVE_STORY))
    out = clean.clean(factories.raw("Bridge reopens: live\n\n" + posts))
    assert [p for p in out["paragraphs"] if p in LIVE_STORY] == LIVE_STORY
    assert "other_post" not in out["removed"]


def test_every_timed_post_of_a_dumped_live_blog_is_kept() -> None:
    posts = [f"{9 + i}:15 GMT Ana Silva\n\n{p}" for i, p in enumerate(STORY_DUMP)]
    body = "Valencia dockers vote to strike\n\n" + "\n\nShare\n\n".join(posts) + "\n\n" + CARDS
    out = clean.clean(factories.raw(body))
    assert [p for p in out["paragraphs"] if p.endswith(".")] == STORY_DUMP


def test_a_blogs_comment_thread_under_its_post_is_not_story() -> None:
    body = (
        "Bridge reopens after six months of repairs\n\n"
        + "\n\n".join(LIVE_STORY[:4])
        + "\n\nPosted by Peter Osei at 6:20 PM\n\n1 comment:\n\nDave from the allotments "
        "said...\n\nGood to see it written down properly. There were all sorts of rumours "
        "going round the pub last night.\n\nJune 2, 2026 at 2:47 PM\n\nPost a Comment"
    )
    out = clean.clean(factories.raw(body))
    assert out["paragraphs"] == LIVE_STORY[:4]
    assert boilerplate.classify("No comments:") == "comment_thread"
    assert boilerplate.classify("12 comments") == "comments"


def test_a_comment_thread_after_its_sort_control_is_not_story() -> None:
    thread = (
        "711 comments\n\nsort by: best\n\nthrowaway_8841 1430 points 2 hours ago\n\nI am "
        "always a bit suspicious when the only people quoted are the ones running the project."
        "\n\nReply Share ...\n\nsaltmarsh_sam 914 points 3 hours ago\n\nHonestly this made my "
        "morning, and we need more news like this one and less of the usual.\n\n"
    )
    out = dumped(after=thread)
    assert out["paragraphs"] == STORY_DUMP


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Please review Community Guidelines before posting a comment.", "comments"),
        ("Read and Post Comments", "comments"),
        ("Reply (7)", "comments"),
        ("sort by: best", "comment_thread"),
    ],
)
def test_classify(line: str, kind: str | None) -> None:
    assert boilerplate.classify(line) == kind
