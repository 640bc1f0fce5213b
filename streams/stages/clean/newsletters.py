"""What a page asks of its reader: sign-up boxes, editors' letters, sponsors' pitches, polls.

A newsletter's frame and fine print, an editor's greeting and sign-off, an
appeal for tips or money, an app's pitch, a poll, a forwarded e-mail's
headers and the forwarder's note above them. Some of these are prose, and are
found by their place between the box's own lines.
"""

from __future__ import annotations

import re
from itertools import pairwise

from streams.stages.clean.prose import INNER_STOP, is_prose, sentence

_NEWSLETTER = re.compile(
    r"^(?:sign up\b|subscribe\b|get (?:our|the) .*newsletter|join our mailing)|^privacy:"
    # ... and in the languages of a foreign site's English edition.
    r"|^(?:enjoyed|like|liked|enjoying) this (?:issue|newsletter|e-?mail)\?"
    r"|^(?:suscr[ií]b(?:ase|ete|irme)|inscrivez-vous|abonnez-vous|je m(?:'|’)inscris"
    r"|melden sie sich)\b"
    r"|^\(optional[^)]*\)$|^enter your e-?mail|^you(?:'|’)re (?:all )?(?:signed up|subscribed)"
    # The box's own frame and fine print ("skip past newsletter promotion", "Privacy Notice:
    # Newsletters may contain ...", "We use your sign-up to provide content ...").
    r"|^(?:skip past|after) newsletter promotion$"
    r"|^our (?:morning|evening|daily|weekly) (?:email|newsletter)\b"
    r"|^get [^.]{1,60} in your inbox\b",
    re.IGNORECASE,
)
_NEWSLETTER_ANYWHERE = re.compile(
    r"newsletter$|\bto your inbox\b|\bnever share your email\b"
    r"|\bis a reader-supported publication\b"
    # A subscription offer: monthly or yearly ("$8/month or $80/year").
    r"|\$\d+(?:\.\d\d)?\s*/\s*month,? or \$\d+(?:\.\d\d)?\s*/\s*year\b"
    # A paywall's plans ("Digital $1 for your first 4 weeks, then $4.99 a week").
    r"|\$\d+(?:\.\d\d)? for your first (?:\d+ )?(?:weeks?|months?|year)"
    r"|\$\d+(?:\.\d\d)? (?:a|per) (?:week|month|year), billed every\b",
    re.IGNORECASE,
)
# An editor's sign-off under a newsletter's letter ("Until tomorrow, Hannah Ellery, Editor").
_SIGN_OFF = (
    r"^(?:until tomorrow|thanks for reading|see you (?:tomorrow|next (?:week|time))"
    r"|until next time),\s+[A-Z][^.!?]{2,80}$"
)
_SIGN_OFF_LINE = re.compile(_SIGN_OFF, re.IGNORECASE)
# A letter's greeting on a line of its own ("Welcome back,", "Good morning,").
_SALUTATION = re.compile(
    r"^(?:welcome back|hello(?: again| everyone)?|hi(?: again| all| everyone| there)?"
    r"|good (?:morning|afternoon|evening)|dear (?:readers?|subscribers?|friends?|all)"
    r"|greetings)(?: [A-Z][a-z]+)?,$",
    re.IGNORECASE,
)
# Who pays for what follows ("Sponsored by", "Paid post by"), as APPEAL's line and as the
# label over a sponsor's pitch ("SPONSORED BY QUILL NOTES", "Presented by Acme Bank").
_PAID_BY = r"(?:paid (?:content|post)|sponsored(?: content)?|promoted)"
_SPONSOR_LABEL = re.compile(
    rf"^(?:{_PAID_BY}|presented|brought to you) by\b[^.!?]{{0,50}}$", re.IGNORECASE
)
# A poll's heading ("QUICK POLL"): its question follows.
_POLL = re.compile(
    r"^(?:(?:quick|reader|readers(?:'|’)?|today(?:'|’)s|daily|weekly|our) )?poll:?$", re.IGNORECASE
)
# A sign-up box's fine print, longer than its pitch.
NEWSLETTER_TERMS = re.compile(
    r"^you(?:'|’)re receiving this (?:e-?mail|newsletter|message)\b"
    r"|^you are receiving this (?:e-?mail|newsletter|message)\b"
    # ... and the editor's sign-off.
    rf"|{_SIGN_OFF}"
    r"|^privacy notice: newsletters\b|^we use your sign-?up to\b|^by (?:signing up|subscribing)"
    r", (?:you|i) agree\b",
    re.IGNORECASE,
)
# Requests to the reader: a tip line, a donation appeal, the note on where a story first ran.
APPEAL = re.compile(
    r"^(?:[\w ]{1,20}:\s*)?(?:got|have you got|do you have|have) an? (?:story|(?:confidential )?"
    r"(?:news )?tip)\b"
    r"|^don(?:'|’)t miss (?:a thing|out)\s*:"
    r"|^find out what(?:'|’)s happening in\b|^text (?:the studio|the newsroom|us)\b"
    r"|^already a (?:subscriber|member)\b|^get unlimited access\b"
    # A metered wall's count ("You have read 2 of your 3 free articles this month.").
    r"|^you(?: have|(?:'|’)ve) read \d+ of (?:your )?\d+ free (?:articles|stories)\b"
    rf"|^{_PAID_BY} by\b"
    # A newswire's pitch under each release.
    r"|^want your (?:organi[sz]ation|company|business)(?:'|’)s news\b|^journalists and bloggers\s*:"
    r"|^add us as a preferred source\b|^catch all the latest\b|^presented by\b"
    r"|^(?:[^.!?]{0,80}[.!?]\s+)?[^.!?]{0,80}\bwherever you get your podcasts\b"
    r"|^have (?:an opinion|your say) on this (?:story|article)\b|^have your say$"
    # A council's consultation box: its button.
    r"|^take part in (?:the|our|this) (?:consultation|survey)$"
    r"|^(?:membership|a subscription) gives you unlimited access\b|^member-only story$"
    r"|^offer (?:is )?(?:for|available to) new (?:subscribers|customers)\b"
    r"|^like what you(?:'|’)re reading\b|^(?:please )?(?:support|donate to) (?:our|local|"
    r"independent|nonprofit) (?:journalism|news|reporting|newsroom)\b",
    re.IGNORECASE,
)
# The station's or paper's own app, pitched under the story in the imperative.
APP_PROMO = re.compile(
    r"^(?:never miss a story\b|(?:download|get|install) (?:the|our) (?:free )?[\w .&'’-]{0,40}"
    r"\bapps?\b"
    # ... or its channel on a messenger ("Join ST's Telegram channel and get the latest ...").
    r"|(?:click here to )?(?:join|follow|subscribe to) [\w .&'’-]{0,40}"
    r"\b(?:telegram|whatsapp|viber|signal) (?:channel|group|community)\b"
    # ... or the blurb under "Get the app" ("Personalised headlines ..., free on iOS and Android").
    r"|[^\"“]{0,80}, (?:free|available) (?:on|for) (?:iOS|Android|iPhone) and (?:iOS|Android)\.?$"
    # ... or a live page's ("Follow live updates on our app. Get ...") and the stores' badges.
    r"|(?:follow|get) (?:live updates|breaking news|the latest)[\w ]{0,30} on (?:our|the) app\b"
    r"|(?:download on the )?app store\s*(?:[|·•,]\s*)?(?:get it on )?google play$)",
    re.IGNORECASE,
)
# A forwarded e-mail's marker: the forwarder's note is above it, the story below.
FORWARDED = re.compile(
    r"^-{3,}\s*forwarded message\s*-{3,}$|^begin forwarded message:?$", re.IGNORECASE
)
# ... the forwarded message's headers, and a list archive's end of the message.
MAIL_HEADER = re.compile(r"^(?:from|date|sent|subject|to|cc|reply-to):\s+\S", re.IGNORECASE)
NEXT_PART = re.compile(
    r"^-{3,}\s*next part\s*-{3,}$|^an? (?:html )?attachment was scrubbed\b", re.IGNORECASE
)
# An editor's note runs from its greeting to its sign-off over at most this many lines.
LETTER_LINES = 4
# A sponsor's pitch under its label is a sentence or two; a paragraph of a story goes on.
PITCH_WORDS = 45
_QUOTE_MARK = re.compile('["“”]')
_READER = re.compile(r"\byou(?:r|rs|'re|'ll|’re|’ll)?\b", re.IGNORECASE)


def poll(line: str) -> bool:
    """A poll's heading ("QUICK POLL"): a question and its answers follow."""
    return len(line) <= 30 and bool(_POLL.match(line.strip()))


def salutation(line: str) -> bool:
    """A letter's greeting on its own line ("Welcome back,"): an editor's note begins."""
    return len(line) <= 40 and bool(_SALUTATION.match(line.strip()))


def sign_off(line: str) -> bool:
    """ "See you next time, Hannah Ellery Editor, The Dispatch": an editor's note ends."""
    return bool(_SIGN_OFF_LINE.match(line.strip()))


def sponsor_label(line: str) -> bool:
    """ "SPONSORED BY QUILL NOTES": a sponsor's pitch follows."""
    return bool(_SPONSOR_LABEL.match(line.strip()))


def newsletter(stripped: str, low: str) -> bool:
    if _NEWSLETTER.match(stripped):
        return True
    hints = ("newsletter", "inbox", "never share", "reader-supported", "/month", "first", "billed")
    return any(h in low for h in hints) and bool(_NEWSLETTER_ANYWHERE.search(stripped))


def letters(units: list[str]) -> dict[int, str]:
    """A newsletter editor's note: a greeting, a few lines to the reader, a sign-off.

    "Welcome back," then why this issue is as it is, then "Until tomorrow, Jane Doe
    Editor"; all of it is written in sentences, and none of it is the story.
    """
    found: dict[int, str] = {}
    for at, unit in enumerate(units):
        if not salutation(unit):
            continue
        ends = units[at + 1 : at + 2 + LETTER_LINES]
        end = next((n for n, line in enumerate(ends, at + 1) if sign_off(line)), None)
        if end is not None:
            found.update(dict.fromkeys(range(at, end + 1), "newsletter"))
    return found


def pitches(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A sponsor's pitch under its label, once the story has begun.

    "SPONSORED BY QUILL NOTES" then "The note-taking app that works offline ...": a
    sentence or two of advertising that reads as prose. Above the story the label is
    a sponsored article's own, and what follows it is that article; a partner's label
    between two paragraphs ("Sponsored by Brightwater Motors" and a logo) is followed
    by the story's next paragraph, which does not speak to the reader.
    """
    found: dict[int, str] = {}
    begun = False
    for at, unit in enumerate(units):
        begun = begun or (kinds[at] is None and is_prose(unit))
        if not (begun and sponsor_label(unit)):
            continue
        pitch = next((n for n in range(at + 1, len(units)) if kinds[n] != "empty"), None)
        if pitch is not None and kinds[pitch] is None and _pitch(units[pitch]):
            found[pitch] = "promotion"
    return found


def forwarders_note(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """What stands above a forwarded story's marker: the forwarder's note and signature.

    "Thought this might interest the list ...", "Regards,", a name, "---------- Forwarded
    message ---------", the headers, then the story. When more prose follows the
    marker than precedes it, what precedes it is the e-mail around the story.
    """
    marker = next((at for at, kind in enumerate(kinds) if kind == "forwarded"), None)
    if marker is None:
        return {}
    before = sum(len(u) for u in units[:marker] if is_prose(u))
    after = sum(len(u) for u in units[marker + 1 :] if is_prose(u))
    if after <= before:
        return {}
    return {at: "forwarded" for at in range(marker) if kinds[at] != "empty"}


def boxed(units: list[str], kinds: list[str | None]) -> dict[int, str]:
    """A sentence or two between an appeal's heading and its button, and a poll's question.

    "Have your say", then "Help us decide how to spend ... The consultation closes on 9
    August.", then "Take part in the consultation": the box's words are read as one line
    each, and the middle one is prose.
    """
    found: dict[int, str] = {}
    live = [at for at, kind in enumerate(kinds) if kind != "empty"]
    for heading, question in pairwise(live):
        # A poll's heading and its question ("QUICK POLL", "Should cities ban cars ...?").
        if poll(units[heading]) and units[question].endswith("?"):
            found[heading] = found[question] = "poll"
    for before, at, after in zip(live, live[1:], live[2:], strict=False):
        if kinds[before] == kinds[after] == "promotion" and kinds[at] is None and _brief(units[at]):
            found[at] = "promotion"
    return found


def _pitch(unit: str) -> bool:
    """A sentence or two that speaks to the reader ("keeps your notes private"), unquoted."""
    return (
        sentence(unit)
        and _brief(unit)
        and not _QUOTE_MARK.search(unit)
        and bool(_READER.search(unit))
    )


def _brief(unit: str) -> bool:
    """No longer than a box's pitch: PITCH_WORDS words in at most two sentences."""
    return len(unit.split()) <= PITCH_WORDS and len(INNER_STOP.findall(unit)) <= 1
