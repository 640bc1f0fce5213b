"""Text hygiene shared by the HTML and plain-text paths: encodings, spaces, quotes, cut-offs."""

from __future__ import annotations

import re

import ftfy

# ftfy repairs mojibake, and only that: the text stays as printed otherwise. Quotes stay
# („…“ is how German and Czech open a quotation, and the claims stage reads every
# convention), and so do CJK's full-width punctuation and typeset ligatures.
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False, normalization="NFC"
)
# ftfy costs 80 µs a line even when it has nothing to fix (its mojibake test is one large
# regex), and most lines of news are ASCII and typographic quotes, dashes and ellipses. Those
# marks alone make no mojibake: a UTF-8 sequence misread as windows-1252 or Latin-1 starts
# with a lead byte's image (Â to ô), and misread as MacRoman, where the marks are lead
# bytes' images, goes on with a continuation byte's (accented letters, °, £, ©, ™); none of
# these is in the set. Such a line, or a plain ASCII one, without "&" for ftfy's entity step,
# is left to the steps below (which replace control characters with spaces).
_NOT_PLAIN = re.compile(r"[^\t\n\r\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|  ")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ENTITY_LEFTOVER = re.compile(r"&[A-Za-z][A-Za-z0-9]{0,30};")
_ELLIPSIS_END = re.compile(r"(?:\.\s?\.\s?\.|…)\s*[\"”’)\]]?\s*$")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]»]*\s*$|[\"”’»][.!?]?\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)
# Scripts that do not space their words apart (Chinese, Japanese kana, Thai).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]+")


def normalise(text: str) -> str:
    """One line of article text with repaired encoding and single spaces.

    Control characters go because they break JSON consumers and terminals;
    unexpanded entity references (`&lol;`) go because a page that declares its
    own entities is an attack or a broken page, never article text.
    """
    if "&" in text or (not text.isascii() and _NOT_PLAIN.search(text)):
        text = ftfy.fix_text(text, _FTFY)
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    # Searched for first: a substitution that matches every space costs ten times a search,
    # and most lines have no odd spaces.
    text = _ENTITY_LEFTOVER.sub(" ", text)
    if _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def words(text: str) -> list[str]:
    """Lower-case words; a run of an unspaced script as its overlapping character pairs.

    Pairs stand in for words where no space marks them (the usual unit of Chinese
    and Japanese text search), so shingles, shared headline words and repeated
    summaries work there as they do in spaced scripts.
    """
    if UNSPACED.search(text):
        text = UNSPACED.sub(_pairs, text)
    return _WORD.findall(text.lower())


def content_words(text: str) -> set[str]:
    """The words that carry a headline's meaning: longer than three letters, or a pair."""
    return {w for w in words(text) if len(w) > 3 or UNSPACED.match(w)}


def _pairs(run: re.Match[str]) -> str:
    chars = run.group(0)
    return " " + " ".join(chars[i : i + 2] for i in range(max(1, len(chars) - 1))) + " "


def is_truncated(paragraph: str) -> bool:
    """True when a paragraph stops mid-sentence.

    Rule: it ends in an ellipsis (a teaser or a cut feed: "Western countries
    have ..."), or it has at least ten words and no sentence-final mark. An
    ellipsis inside a quotation ("that ... some officers") is an elision, not a
    cut, and short unpunctuated lines are subheadings.
    """
    if cut_short(paragraph):
        return True
    if _TERMINAL.search(paragraph):
        return False
    return len(paragraph.split()) >= 10


def cut_short(text: str) -> bool:
    """Ends in an ellipsis: a teaser, or a feed that stops mid-story ("Western countries ...")."""
    return bool(_ELLIPSIS_END.search(text))


def control_ratio(sample: str) -> float:
    """Share of characters that no text contains: NULs, C0/C1 controls, U+FFFD."""
    if not sample:
        return 0.0
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample)
