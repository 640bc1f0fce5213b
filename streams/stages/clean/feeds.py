"""Posts: a live page's updates, a feed's items, readers' comments, and their counters.

A live page's posts each open with their time; one post far longer than the
others is the story, and a live blog's posts, alike in length, all are. A
comment thread under a story, its house rules and its counters are readers'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.stages.clean.prose import sentence

COMMENTS = re.compile(
    r"^(?:join the [\w .’'-]+ community|read and post comments|(?:please )?review (?:our |the )?"
    r"community guidelines|leave a comment|post a comment|add a comment|show comments|"
    r"view comments|\d+ comments?|comments?(?: \(\d+\))?|be the first to comment|"
    r"comments are (?:closed|moderated)|no comments|conversation|join the conversation"
    r"|join the debate)\b"
    r"|^repl(?:y|ies)(?: \(\d+\))?$",
    re.IGNORECASE,
)
# A post's counters and its reading time glued to a share bar ("43 Likes 4 Restacks Share",
# "2 minute read Share X Facebook").
COUNTERS = re.compile(
    r"^(?:\d[\d,.]*\s*(?:likes?|restacks?|comments?|shares?|replies)?\s*)+(?:share)?$"
    r"|^\d+ min(?:ute)?s? read\b|^[^.!?]{0,150}[·•|]\s*\d+ min(?:ute)?s? read$"
    # ... and its reactions, one button a line ("Like 538", "Wow 60").
    r"|^(?:(?:like|love|wow|sad|angry|haha|care)s?\s+\d[\d,.]*\s*)+$"
    # ... and its author card ("Tran Minh Khoa Follow31.0K followers").
    r"|^[^.!?]{0,80}\d[\d,.]*[KkM]? followers$",
    re.IGNORECASE,
)
# A blog's thread under its post, headed by its count ("1 comment:", "No comments:"):
# nothing after it is the story.
COMMENT_THREAD = re.compile(r"^(?:\d+|no) comments?:$", re.IGNORECASE)
# A comment box's house rules, in sentences ("Comments are moderated and may take ...").
COMMENT_POLICY = re.compile(
    r"^comments are (?:moderated|pre-moderated|reviewed)\b|^please keep (?:comments|it) civil\b",
    re.IGNORECASE,
)
# A comment thread's sort control ("sort by: best"): the readers' thread begins, and the
# story has ended.
COMMENT_SORT = re.compile(
    r"^sort(?:ed)? (?:comments )?by\s*:?\s*(?:best|top|new|newest|old|oldest|popular|most "
    r"(?:liked|recent)|controversial)\b",
    re.IGNORECASE,
)
# A feed's story post: at least this long, this many times the next longest of its kind.
FEED_MIN_ITEMS, FEED_STORY_MIN, FEED_STORY_RATIO = 3, 1000, 3
POST_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\b")
# A live page's post begins with its time alone on a line ("1:52 p.m.", "Pinned 07:42 GMT").
_POST_HEAD = re.compile(
    r"^(?:pinned |updated )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: [A-Z]{2,5})?$", re.IGNORECASE
)


def other_posts(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A live page's other updates, when one of its posts (the pinned one) is the story.

    A dump keeps each post's time line ("1:52 p.m.", "Pinned 2:20 p.m."); a post runs to
    the next, or to its own "Share" line. As the markup's feed items are judged, one
    post many times longer than any other is the story and the rest are the page's
    other updates (feed_story); a live blog's posts are alike, and all stay.
    """
    starts = [at for at, unit in enumerate(units) if _POST_HEAD.match(unit)]
    if len(starts) < FEED_MIN_ITEMS:
        return {}
    posts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(units)
        # A post ends at its own furniture ("Copy link Share"), or at the next post's time.
        end = next((i for i in range(start + 1, end) if kinds[i] == "navigation"), end)
        posts.append(range(start, end))
    story = feed_story([sum(len(units[i]) for i in post) for post in posts])
    if story is None:
        return {}
    found = {at: "other_post" for n, post in enumerate(posts) if n != story for at in post}
    # The story's own time line, and the post's heading under it ("Here is what happened").
    head = posts[story]
    found[head[0]] = "timestamp"
    if len(head) > 1 and not sentence(units[head[1]]) and len(units[head[1]].split()) <= 8:
        found[head[1]] = "timestamp"
    return found


def feed_story(sizes: Sequence[float]) -> int | None:
    """Which of a feed's posts (two or more) is the story, by their sizes; None if none is.

    One post at least FEED_STORY_MIN long and FEED_STORY_RATIO times the next longest is
    the story among the feed's short posts; posts much alike in length (a live blog's)
    are all the story.
    """
    ranked = sorted(((size, n) for n, size in enumerate(sizes)), reverse=True)
    (longest, story), (second, _) = ranked[0], ranked[1]
    if longest >= FEED_STORY_MIN and second * FEED_STORY_RATIO <= longest:
        return story
    return None
