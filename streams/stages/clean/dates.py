"""Publication dates: parse with their time zone, resolve relative ones, reject impossible ones.

A date a page states can be wrong in two ways that a newsroom must see rather
than lose: impossible (`2024-13-17`) or in the future of the fetch. Both are
kept in `rejected_dates` with a reason; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any

import dateparser
from dateparser.timezone_parser import pop_tz_offset_from_string

# A page may be fetched minutes after publication in a time zone ahead of the
# fetcher's clock; a day of slack keeps honest dates and rejects typos.
MAX_AHEAD = timedelta(days=1)
EARLIEST_YEAR = 1900
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"]

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_LIKE = re.compile(
    rf"\b(?:{_MONTH})\b\.?|\b\d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|^(?:yesterday|today)\b",
    re.IGNORECASE,
)
_ISO_NUMERIC = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?P<rest>[T ].*)?$")
_PREFIX = re.compile(
    r"^(?:published|posted|updated|last updated|first published|date|on)\s*(?:on|at)?\s*[:\-]?\s*",
    re.IGNORECASE,
)
_INNER_DATE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|(?:\d{{1,2}}\s+)?\b(?:{_MONTH})\b\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}",
    re.IGNORECASE,
)
# An ISO date (and time) that ends a longer line ("Helen Marsh - 2026-03-04") is all the
# line says about when: read it at once rather than after dateparser has tried seven
# languages on the name first (2 ms, a fifth of a page's cleaning).
_TRAILING_ISO = re.compile(
    r"\s(\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)$"
)
_RELATIVE = re.compile(r"\b(?:ago|yesterday|today|now)\b", re.IGNORECASE)
_NOT_DATE = re.compile(r"[.!?][\"”’]?$")


@dataclass(frozen=True)
class Parsed:
    """A date string's outcome: `value` (ISO 8601 with offset) or a `reason` for rejecting it."""

    raw: str
    value: str | None
    reason: str | None = None


def looks_like_date(line: str) -> bool:
    """A short line that is only a date (a sentence mentioning October is not one)."""
    text = line.strip()
    if not text or len(text) > 80 or len(text.split()) > 12 or _NOT_DATE.search(text):
        return False
    return (bool(_DATE_LIKE.search(text)) and sum(c.isdigit() for c in text) >= 1) or bool(
        re.match(r"^(?:yesterday|today)\b", text, re.IGNORECASE)
    )


def parse(raw: str, fetched_at: str) -> Parsed:
    """Parse a date string against the fetch time; never raises."""
    text = _PREFIX.sub("", raw.strip()).strip()
    fetched = _fetched(fetched_at)
    iso = _ISO_NUMERIC.match(text)
    if iso:
        problem = _impossible(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        if problem:
            return Parsed(raw, None, problem)
    trailing = _TRAILING_ISO.search(text)
    if trailing:
        found = parse(trailing.group(1), fetched_at)
        return Parsed(raw, found.value, found.reason)
    try:
        value: datetime | None = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        value = _dateparser(text, fetched)
    if value is None:
        # "Helen Marsh - 2026-03-04": a date inside a metadata line.
        inner = _INNER_DATE.search(text)
        if inner and inner.group(0) != text:
            found = parse(inner.group(0), fetched_at)
            return Parsed(raw, found.value, found.reason)
        return Parsed(raw, None, "not a date that dateparser understands")
    if value.tzinfo is None:
        # A date without a zone is read in UTC so that the output always carries an offset.
        value = value.replace(tzinfo=UTC)
    if value.year < EARLIEST_YEAR:
        return Parsed(raw, None, f"year {value.year} is before {EARLIEST_YEAR}")
    ahead = value - fetched
    if ahead > MAX_AHEAD:
        return Parsed(raw, None, f"{_human(ahead)} after fetched_at ({fetched_at})")
    return Parsed(raw, value.isoformat())


def _dateparser(text: str, fetched: datetime) -> datetime | None:
    stripped, zone = pop_tz_offset_from_string(text)
    if zone is None and _RELATIVE.search(text):
        # "3 hours ago" names an instant relative to the fetch; say it in the fetch's zone.
        zone = fetched.tzinfo
    settings = dict(_settings())
    # dateparser takes a naive relative base; "3 hours ago" is counted in the fetch's zone.
    settings["RELATIVE_BASE"] = fetched.astimezone(zone or UTC).replace(tzinfo=None)
    try:
        value = dateparser.parse(stripped.strip() or text, languages=LANGUAGES, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if value is None:
        return None
    return value.replace(tzinfo=_fixed(zone, value)) if zone is not None else value


@cache
def _settings() -> dict[str, Any]:
    return {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


def _fixed(zone: tzinfo, when: datetime) -> tzinfo:
    offset = zone.utcoffset(when)
    return timezone(offset) if offset is not None else UTC


def _impossible(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return f"month {month} is out of range (1-12)"
    try:
        datetime(year, month, day)
    except ValueError:
        return f"day {day} does not exist in {year}-{month:02d}"
    return None


def _fetched(fetched_at: str) -> datetime:
    value = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _human(delta: timedelta) -> str:
    days = delta.total_seconds() / 86400
    return f"{days:.0f} days" if days >= 2 else f"{delta.total_seconds() / 3600:.0f} hours"
