"""What a news page says around its story, line by line: `classify`, and rules of no family.

The rules look at one line (or one HTML paragraph) at a time, so the text-dump
path and the HTML path share them. Every rule is anchored and length-capped:
a sentence of the story that mentions a newsletter or a copyright is longer
than the line that asks you to sign up.

Each family of rules has its own module (bylines, datelines, dumps, feeds,
footers, navigation, newsletters, teasers); `classify` asks them in one fixed
order, and the first rule that knows the line names its kind. The rules that
stay here belong to no family: consent walls, players, editors' notes,
transcripts, match data, fact-check ratings, the weather box, tags, numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.stages.clean import (
    bylines,
    datelines,
    dumps,
    feeds,
    footers,
    navigation,
    newsletters,
    teasers,
)

# A video player's own words, which a dump glues together ("Video LoadingClick to play").
_PLAYER = re.compile(
    r"^(?:(?:the )?video will (?:auto-?play|play|start|begin)\b|now playing\b"
    r"|(?:hear|listen to) the full (?:report|interview)$"
    r"|^(?:listen)+\s*:?\s*\d{1,2}:\d{2}\b|^listen to this (?:article|story)\b"
    r"|^audio (?:produced|narrated|read) by\b"
    # A podcast's own links and credits.
    r"|^listen on (?:apple podcasts|spotify|google podcasts|youtube|amazon music|pocket casts)\b"
    r"|(?:\d{1,2}:\d{2})?(?:video (?:loading|unavailable)|(?:click|tap) to (?:play|unmute)"
    r"|play(?: now| video)?|cancel)+$"
    r"|(?:watch now)?\s*video\s*\d{1,2}:\d{2}$)",
    re.IGNORECASE,
)
_EDITORS_NOTE = re.compile(
    r"^editor(?:'|’)?s(?:'|’)? note\s*:"
    # A forum poster's note on the story pasted below it, and on their own post.
    r"|^(?:pasting|posting|copying|here(?:'|’)s|here is) (?:the )?(?:full )?(?:text|article)\b"
    r"|^full (?:text|article|story) (?:below|here)\b|^text of the (?:article|story) for\b"
    r"|^edit\s*:\s*(?:fixed|added|typo|formatting|thanks|updated)\b"
    # A live page's note on its clock and its updates ("Times on this page are local ...").
    r"|^(?:all )?times (?:on this page |shown )?are (?:local|in [\w ]{1,20}|[\w ]{1,20} time)\b"
    r"|^this transcript (?:was|has been|is) (?:automatically )?(?:generated|produced|machine)"
    # A translation's credit and where the original ran.
    r"|^translated (?:from (?:the )?[a-z]+ )?by\b"
    # ... and a republisher's note on where the story first ran.
    r"|^this (?:article|story|piece) (?:was|is|has been) (?:first |originally )?"
    r"(?:published|republished) (?:by|in|on|from)\b"
    r"|^the original (?:version of this )?(?:article|story)"
    r" (?:was|is|has been) (?:first )?published\b",
    re.IGNORECASE,
)
# A consent wall's lines, for pages read as text or by a fallback that sees the whole page.
# Each form is the wall's own voice (the site speaking of "your" privacy, "our partners",
# buttons); a story that reports on cookies quotes them in longer, attributed sentences.
_CONSENT = re.compile(
    r"\b(?:values?|respects?|cares? about|protects?) your privacy$"
    r"|^we(?: and our (?:\d+ )?(?:partners|vendors))? (?:may )?(?:use|store|process)\b"
    r".{0,120}\b(?:cookies|information on (?:a|your) device)\b"
    r"|\b(?:withdraw|change) your (?:consent|preferences)\b.{0,80}\b(?:at any time|consent)\b"
    r"|\byou (?:may|can) click to consent\b|^store and/or access information on a device$"
    r"|^(?:accept|reject|refuse|allow|deny)(?: all)?(?: cookies)?$"
    r"|^(?:manage|customi[sz]e) (?:options|preferences|cookies|settings|choices)$"
    r"|^(?:cookie|privacy|consent) (?:settings|preferences|choices)$",
    re.IGNORECASE,
)
# Every _CONSENT form holds one of these; substring tests are cheaper than the regex on each line.
_CONSENT_WORDS = (
    "privacy",
    "cookie",
    "consent",
    "device",
    "preferences",
    "accept",
    "reject",
    "refuse",
    "allow",
    "deny",
    "options",
    "settings",
    "choices",
)
# A broadcast's closed captions, each speaker's turn opened by ">>".
_TRANSCRIPT = re.compile(r"^>>\s")
# A match report's data read as text: a timeline's minute-stamped events ("23' Ethan Fenwick
# scores ...", "90+3' ...") and a player rating ("Tom Marsh 7 Never gave the winger a moment's
# peace."). A story never opens a sentence with a minute mark or a name and a bare mark.
_MATCH_EVENT = re.compile(r"^\d{1,3}(?:\+\d{1,2})?['’′]\s+[A-Z]")
_PLAYER_RATING = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} (?:10|\d)(?:\.5)? [A-Z][^.!?]*[.!?]$"
)
# A fact check's ruling, which ends on its rating ("... We rate the claim missing context.").
_RULING = re.compile(
    r"\bwe rate (?:this|the|that|it)(?: claim| post| statement| video)? [\w -]{2,30}\.$",
    re.IGNORECASE,
)
# A fact check's rating as a label ("Rating: False", "ClaimWatch rating: Missing context").
_RATING_LABEL = re.compile(
    r"^(?:[\w-]+ )?(?:rating|verdict)\s*:\s*[\w ]{2,25}$|^player ratings\b[^.]*$", re.IGNORECASE
)
# The weather box beside a story ("Today: Partly sunny, with a high of 57. Tonight: ...").
_WEATHER = re.compile(
    r"^today\s*:\s*[^.]{0,60}\b(?:high|low)s? (?:of|near|around|in the)\b|^sunrise \d{1,2}[:.]\d\d"
    r"|^weather (?:data|information|forecast) is (?:temporarily )?unavailable\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\d{1,7}(?:\s*(?:words?|views?|shares?|min(?:ute)? read))?$", re.IGNORECASE)
_TAGS = re.compile(
    r"^(?:tags?|topics?|keywords?|filed under|related topics)\s*[:|]\s*(?P<tags>.+)$",
    re.IGNORECASE,
)


# A page's lines are classified twice (judging the extractor's reading, then refining it).
@lru_cache(maxsize=2048)
def classify(line: str) -> str | None:
    """The kind of boilerplate a line is, or None when it may be story text."""
    stripped = line.strip().strip("|•·»«").strip()
    if not stripped:
        return "empty"
    n = len(stripped)
    low = stripped.lower().rstrip(" :.!›>»")
    # Substring tests first: the searches are a paragraph's whole cost when they run on it.
    if n <= 300 and footers.may_be_copyright(stripped, low) and footers.COPYRIGHT.search(stripped):
        return "copyright"
    if n <= 600 and "trademark" in low and footers.TRADEMARK.search(stripped):
        return "trademark"
    if (n <= 160 and newsletters.newsletter(stripped, low)) or (
        n <= 600 and newsletters.NEWSLETTER_TERMS.match(stripped)
    ):
        return "newsletter"
    if n <= 700 and any(w in low for w in _CONSENT_WORDS) and _CONSENT.search(stripped):
        return "consent"
    if n <= 60 and newsletters.FORWARDED.match(stripped):
        return "forwarded"
    if n <= 60 and newsletters.NEXT_PART.match(stripped):
        return "back_matter"
    if n <= 200 and newsletters.MAIL_HEADER.match(stripped):
        return "metadata"
    if n <= 20 and feeds.COMMENT_THREAD.match(stripped):
        return "comment_thread"
    if (n <= 120 and feeds.COMMENTS.match(stripped) and len(stripped.split()) <= 12) or (
        n <= 300 and feeds.COMMENT_POLICY.match(stripped)
    ):
        return "comments"
    if _TAGS.match(stripped) and n <= 400:
        return "tags"
    if n <= 40 and (
        low in navigation.NAV_WORDS
        or low in navigation.NAV_PHRASES
        or navigation.DOMAIN.match(stripped)
    ):
        return "navigation"
    if n <= 60 and any(low.startswith(p) for p in ("share this", "share on", "more from")):
        return "navigation"
    if n <= 30 and low.startswith("see all ") and len(low.split()) <= 4 and stripped[-1] != ".":
        return "navigation"
    if n <= 40 and (
        navigation.glued_navigation(stripped)
        or navigation.SHARE_BAR.match(stripped)
        or navigation.button_row(low)
    ):
        return "navigation"
    if n <= 60 and navigation.button_row(
        navigation.GLUE.sub(" ", navigation.BUTTON_COUNT.sub(" ", stripped)).lower()
    ):
        return "navigation"
    if n <= 200 and (_MATCH_EVENT.match(stripped) or _PLAYER_RATING.match(stripped)):
        return "match_data"
    if n <= 40 and _RATING_LABEL.match(stripped):
        return "navigation"
    if n <= 800 and "rate" in low and _RULING.search(stripped):
        return "summary"
    if n <= 100 and navigation.BEST_VIEWED.match(stripped):
        return "navigation"
    if n <= 300 and _TRANSCRIPT.match(stripped):
        return "transcript"
    if n <= 160 and "|" in stripped and navigation.menu_row(stripped):
        return "navigation"
    if n <= 200 and (
        navigation.BOOKMARKED.match(stripped)
        or teasers.NUMBERED_HEADLINE.match(stripped)
        or (feeds.COUNTERS.match(stripped) and not stripped.isdigit())
    ):
        return "navigation"
    if n <= 200 and teasers.READ_MORE.match(stripped):
        return "navigation"
    if _NUMBER.match(stripped):
        return "number"
    if n <= 400 and bylines.CREDITS.match(stripped):
        return "credits"
    if n <= 500 and (footers.LEGAL.match(stripped) or footers.data_terms(low, stripped)):
        return "legal"
    if n <= 500 and footers.CORRECTION.match(stripped):
        return "correction"
    if n <= 300 and (footers.URL_LINE.match(stripped) or footers.PRINT_EDITION.match(stripped)):
        return "metadata"
    if n <= 200 and (newsletters.APP_PROMO.match(stripped) or newsletters.APPEAL.match(stripped)):
        return "promotion"
    if n <= 80 and _PLAYER.match(stripped):
        return "player"
    if n <= 500 and _EDITORS_NOTE.match(stripped):
        return "note"
    if n <= 200 and bylines.CONTRIBUTORS.match(stripped):
        return "contributors"
    if n <= 400 and footers.CONTACT.match(stripped):
        return "contact"
    if footers.back_matter(stripped):
        return "back_matter"
    if n <= 120 and bylines.AUTHOR_CARD.match(stripped):
        return "author_card"
    if n <= 60 and feeds.COMMENT_SORT.match(stripped):
        return "comment_thread"
    if n <= 40 and (dumps.JUMP_TO.match(stripped) or dumps.JUMP_FROM.match(stripped)):
        return "jump"
    if n <= 300 and _WEATHER.match(stripped):
        return "weather"
    if n <= 100 and datelines.SOURCE_LINE.match(stripped):
        return "source"
    if n <= 100 and footers.about(stripped):
        return "about"
    if (
        n <= 300
        and (
            ":" in stripped[-75:]
            or low.startswith(bylines.CAPTION_LABELS)
            or stripped[-1] == ")"
            or "Credit..." in stripped
        )
        and bylines.CAPTION.search(stripped)
    ):
        return "caption"
    return None


def tags_of(line: str) -> list[str]:
    match = _TAGS.match(line.strip())
    if not match:
        return []
    return split_tags(match["tags"])


def split_tags(value: str) -> list[str]:
    parts = re.split(r"\s*[|,;]\s*", value.strip())
    return [p.strip().lower() for p in parts if p.strip()]
