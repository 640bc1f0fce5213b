"""What a fact-checker wants marked on a claim: hedges, negations, numbers and dates.

Numbers: `value` is the quantity as a float; vague quantities take the smallest
value the phrase can mean, rounded to its power of ten ("hundreds of thousands"
is 100,000, "thousands" is 1,000, "dozens" is 12, "tens of millions" is
10,000,000) and are marked `approximate`, like figures after "about", "nearly",
"more than", "up to". `unit` is the counted noun ("soldiers"), "percent", or an
ISO currency code for $, €, £.

Dates: weekday names are resolved to the most recent such day on or before the
article's date (news reports what happened; "on Tuesday" in a Thursday story is
two days earlier, on a Tuesday it is that day). Written by hand because
dateparser resolves a bare weekday relative to *now*, not to the article, and
costs milliseconds a call. Explicit dates ("October 15", "15 Oct 2024") take the
article's year when none is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from streams.records import Record, article_datetime
from streams.stages.claims.quotes import words

HEDGES = (
    "if true", "if confirmed", "reportedly", "allegedly", "apparently", "possibly", "perhaps",
    "probably", "likely", "unlikely", "unconfirmed", "unverified", "appears to", "appeared to",
    "seems to", "seemed to", "believed to", "thought to", "may", "might", "could",
    "suggests", "suspected", "presumably", "it is not clear", "not yet confirmed",
)  # fmt: skip


def first_chars(words: Iterable[str]) -> str:
    """A character class of the words' first characters, for a lookahead before them.

    Python's `re` tries a pattern of many words at every position of the text, one word
    after another; one test of the next character rules out most positions first and halves
    the searches' cost (27 claims an article, each read by six of them). Under re.I the
    class matches either case, as the words do.
    """
    return "[" + re.escape("".join(sorted({w[0] for w in words}))) + "]"


_HEDGE = re.compile(
    rf"\b(?={first_chars(HEDGES)})(" + "|".join(re.escape(h) for h in HEDGES) + r")\b(?!\s+not\b)",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:(no|never|nothing|none|neither|nor|without|denied|denies|deny|rejected)\b(?:\s+(\w+))?"
    # Read as "\w{1,20}n't|\w{1,20}n’t" and "(\w{1,20})\s+not", without backtracking: the
    # n before the apostrophe ends the word, so the word is taken whole and its end checked.
    r"|(\w{2,21}+(?<=n)['’]t|cannot)\b|(\w{1,20}+)\s+(not)\b)",
    re.I,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "a thousand": 1000,
}  # fmt: skip
_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
          "tens": 10, "scores": 20}  # fmt: skip
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP"}
_APPROX = re.compile(
    r"(?:about|around|nearly|almost|roughly|some|approximately|over|more than|at least|up to"
    r"|fewer than|less than|close to|an estimated)\s+$",
    re.I,
)
_NUMBER = re.compile(
    # A currency or a digit; a vague number or a number word at a word start ("kittens" has
    # no "tens" in it: a vague number inside a word was found until 2026-12).
    rf"(?=[$€£\d]|\b{first_chars([*_VAGUE, *_WORDS, 'thousand'])})"
    r"(?:(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<pct>%|percent|per cent))?"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m)\b)?"
    r"|\b(?P<vague>(?:tens|hundreds|dozens|scores)(?: of (?:thousands|millions|billions))?"
    r"|thousands|millions|billions)\b"
    r"|\b(?P<word>(?:a )?(?:hundred|thousand)|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"(?:\s(?P<wscale>thousand|million|billion))?\b)",
    re.I,
)
_UNIT = re.compile(r"\s+(?:of\s+)?(?:the\s+)?([A-Za-z][a-z\-]+)")
_NOT_UNITS = frozenset(
    words(
        "of and or the to that in on at for from by with as is are was were be been have has had it"
        " its their his her a an this these those who which when than more per percent years year"
        " days day"
    )
)
_YEARISH = re.compile(r"(?:in|since|by|until|of|from|to|before|after)\s+$", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WHEN = re.compile(
    # Case-sensitive: the first letters of the words below (weekdays and months after "on").
    r"\b(?=[oltey\dJFMASOND])(?:(?:on|last|this|late|early)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|(?P<rel>yesterday|today|tonight|earlier today)"
    r"|(?:on\s+)?(?P<mon1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?P<day1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{4}))?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct"
    r"|Nov|Dec)[a-z]*\.?(?:\s+(?P<year2>\d{4}))?)\b"
)


def hedge(text: str) -> str | None:
    """The first hedge in the claim, as written ("if true"); "could not" is a negation instead."""
    for m in _HEDGE.finditer(text):
        if m.group(1) != "May":  # the month or a name, not the modal
            return m.group(1)
    return None


def negation(text: str) -> str | None:
    """The first negation with the word it negates ("no evidence", "could not", "never")."""
    m = _NEGATION.search(text)
    if m is None:
        return None
    if m.group(1):
        return m.group(1) + (" " + m.group(2) if m.group(2) else "")
    if m.group(3):
        return m.group(3)
    return f"{m.group(4)} {m.group(5)}"


def numbers(text: str) -> list[Record]:
    """Quantities in the claim with value, unit and the text they were read from."""
    out: list[Record] = []
    for m in _NUMBER.finditer(text):
        value, approximate = _value(m)
        if value is None:
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        if m.group("num") and not (m.group("cur") or m.group("pct") or m.group("scale")):
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and _YEARISH.search(before):
                continue  # a year, not a quantity
            if _after_month(before):
                continue
        end, unit = m.end(), None
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur")]
        elif m.group("pct"):
            unit = "percent"
        else:
            u = _UNIT.match(text, m.end(), min(len(text), m.end() + 40))
            if u and u.group(1).lower() not in _NOT_UNITS and u.group(1).lower() not in _WORDS:
                unit, end = u.group(1), u.end()
            elif m.group("word") and m.group("word").lower() == "one":
                continue  # "one of", "one day": rarely a quantity worth checking
        out.append({"value": value, "unit": unit, "text": text[m.start() : end],
                    "approximate": approximate or bool(_APPROX.search(before))})  # fmt: skip
        if len(out) >= 20:
            break
    return out


def _value(m: re.Match[str]) -> tuple[float | None, bool]:
    if m.group("num"):
        value = float(m.group("num").replace(",", ""))
        scale = (m.group("scale") or "").lower()
        return value * _SCALE.get(scale, 1.0), False
    if m.group("vague"):
        parts = m.group("vague").lower().split(" of ")
        value = 1.0
        for part in parts:
            value *= _VAGUE[part]
        return value, True
    word = m.group("word").lower()
    base = float(_WORDS.get(word, 0))
    scale = (m.group("wscale") or "").lower()
    return base * _SCALE.get(scale, 1.0), False


def _after_month(before: str) -> bool:
    words = before.rstrip().split()
    return bool(words) and words[-1].lower().rstrip(".")[:3] in MONTHS


def article_date(record: Record) -> date | None:
    """The date the article speaks from: published_at, else fetched_at, in its own offset."""
    moment = article_datetime(record)
    return moment.date() if moment else None


def when(text: str, today: date | None) -> str | None:
    """The first date expression in `text`, resolved against the article's date (ISO)."""
    if today is None:
        return None
    m = _WHEN.search(text)
    if m is None:
        return None
    if m.group("weekday"):
        target = WEEKDAYS.index(m.group("weekday").lower())
        back = (today.weekday() - target) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        return (today - timedelta(days=back)).isoformat()
    if m.group("rel"):
        rel = m.group("rel").lower()
        return (today - timedelta(days=1 if rel == "yesterday" else 0)).isoformat()
    month = (m.group("mon1") or m.group("mon2")).lower()[:3]
    day = int(m.group("day1") or m.group("day2"))
    year = int(m.group("year1") or m.group("year2") or today.year)
    try:
        return date(year, MONTHS.index(month) + 1, day).isoformat()
    except ValueError:
        return None
