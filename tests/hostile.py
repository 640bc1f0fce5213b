"""Hostile input for news.raw: a deterministic corpus of malformed events and adversarial bodies.

Each generator here builds its payloads from a seeded random source, so that a failing key
names the same bytes on every run. An event's `expect` is the dead-letter reason the worker
must give it when the value cannot be a news.raw record at all (bad bytes, bad JSON, bad
fields); it is None for a valid record whose *body* is hostile, which may come out as an
article or as a dead letter, but must come out.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import orjson

from streams import errors
from tests import factories

# Every reason a dead letter may carry: each RecordError's `reason`.
_KINDS: list[type[errors.RecordError]] = [errors.RecordError, *errors.RecordError.__subclasses__()]
REASONS = frozenset(cls.reason for cls in _KINDS)


@dataclass(frozen=True)
class Event:
    key: bytes
    value: bytes
    category: str
    expect: str | None


def _dumps(value: object) -> bytes:
    return orjson.dumps(value)


# --- adversarial bodies (valid records; the clean stage must stay bounded on each) ----------


def entity_bomb(levels: int = 10, fan: int = 10) -> str:
    """'Billion laughs': each entity is `fan` copies of the one before, in an internal DTD."""
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * fan}">' for i in range(1, levels)]
    return (
        f'<?xml version="1.0"?><!DOCTYPE html [{"".join(lines)}]>'
        f"<html><body><p>&lol{levels - 1};</p><p>Officials said the bridge reopened.</p>"
        "</body></html>"
    )


def external_entity() -> str:
    """An XXE attempt: an entity that names a local file."""
    return (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&xxe;</p><p>The council met on Monday and voted.</p></body></html>"
    )


def deep_tags(depth: int, tag: str = "div") -> str:
    return (
        "<html><body>"
        + f"<{tag}>" * depth
        + "<p>Deep inside, the minister said the talks would resume.</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )


def unclosed_tags(depth: int) -> str:
    return "<html><body>" + "<div><span><b><i>" * depth + "words " * 50


def backtracking_bodies(n: int) -> dict[str, str]:
    """Text shaped to make regular expressions backtrack: long runs that almost match."""
    return {
        "spaces": "a" + " " * n + "!",
        "dots": "." * n + "x",
        "quotes": '"' * n,
        "curly_quotes": "\u201c" * (n // 2) + "said" + "\u201d" * (n // 2),
        "a_bang": "a" * n + "!",
        "words_bang": "word " * (n // 5) + "!",
        "dashes": "-" * (n // 2) + "\n" + "=" * (n // 2),
        "said_runs": ("said " * (n // 5)) + "'",
        "caps": "ABC " * (n // 4),
        "dates": "2024-10-18 " * (n // 11),
        "byline": "By " + "Anna Berg and " * (n // 14) + "x",
        "urls": "http://" + "a." * (n // 2) + "/",
        "newlines": "\n" * n + "text",
        "tabs_ws": " \t\u00a0\u2009" * (n // 4) + "x",
        "nested_parens": "(" * (n // 2) + ")" * (n // 2),
        "digits": "1," * (n // 2) + "x",
    }


def hostile_bodies(size: int = 20_000) -> list[tuple[str, str, str]]:
    """(name, content type, body) of adversarial bodies for the clean stage."""
    out: list[tuple[str, str, str]] = []
    for name, body in backtracking_bodies(size).items():
        out.append((f"plain-{name}", "text/plain", body))
        out.append((f"html-{name}", "text/html", f"<html><body><p>{body}</p></body></html>"))
    out += [
        ("entity-bomb", "text/html", entity_bomb()),
        ("external-entity", "text/html", external_entity()),
        ("deep-divs", "text/html", deep_tags(min(size // 11, 100_000))),
        ("deep-tables", "text/html", deep_tags(min(size // 15, 50_000), "table")),
        ("deep-lists", "text/html", deep_tags(min(size // 9, 100_000), "ul")),
        ("unclosed-tags", "text/html", unclosed_tags(size // 16)),
        (
            "entity-refs",
            "text/html",
            "<p>" + "&amp;&#x41;&#99999999;&bogus;" * (size // 30) + "</p>",
        ),
        ("nul-bytes", "text/plain", "\x00" * size),
        ("nul-in-prose", "text/plain", "The minister\x00 said\x00 the talks resumed.\n\n" * 200),
        ("nul-html", "text/html", "<html><body><p>" + "x\x00" * (size // 2) + "</p></body></html>"),
        ("comment-bomb", "text/html", "<!--" * (size // 4) + "<p>text</p>"),
        ("attribute-bomb", "text/html", "<p " + 'a="1" ' * (size // 6) + ">text</p>"),
        ("script-only", "text/html", "<script>" + "var a=1;" * (size // 8) + "</script>"),
        ("cdata", "text/html", "<![CDATA[" + "]" * size + "<p>x</p>"),
        ("rtl-controls", "text/plain", "\u202e\u2066abc\u2069 " * (size // 7)),
        ("combining", "text/plain", "a" + "\u0301" * size),
        ("emoji", "text/plain", "\U0001f600" * size),
        ("one-long-word", "text/plain", "x" * size),
    ]
    return out


# --- the corpus of events ------------------------------------------------------------------


def _invalid_json(rng: random.Random) -> bytes:
    good = _dumps(factories.raw(f"Article {rng.random()}."))
    cut = rng.randrange(1, len(good) - 1)
    choices: list[Callable[[], bytes]] = [
        lambda: good[:cut],  # truncated
        lambda: good[:-1] + b",}",  # trailing comma
        lambda: good.replace(b'"', b"'"),  # single quotes
        lambda: b'{"body": NaN, "x": Infinity}',
        lambda: bytes(rng.choice(b"{}[]:,\"'\\ abc01tfn") for _ in range(rng.randrange(1, 80))),
        lambda: b"",
        lambda: b"   \n\t ",
        lambda: good + b"garbage",
        lambda: b'{"a": "\\x41"}',  # invalid escape
        lambda: b'{"a": "tab\tinside"}',  # a raw control character in a string
        lambda: b'{"body": "\\ud800"}',  # a lone surrogate escape
        lambda: b"<html><body>not json at all</body></html>",
    ]
    return rng.choice(choices)()


def _not_an_object(rng: random.Random) -> bytes:
    values: list[object] = [
        None,
        True,
        rng.randrange(-(10**9), 10**9),
        rng.random(),
        "a string",
        [],
        [factories.raw()],
        [[1, 2], {"a": 1}],
    ]
    return _dumps(rng.choice(values))


_WRONG_VALUES: list[object] = [None, 0, -1, 3.5, True, [], ["x"], {}, {"a": 1}, "", 1e300]


def _wrong_types(rng: random.Random) -> bytes:
    record = factories.raw(f"An article, number {rng.random()}.")
    field = rng.choice(["source", "fetched_at", "content_type", "body", "id", "url", "title"])
    wrong = rng.choice(_WRONG_VALUES)
    if field in ("id", "source") and wrong == "":
        wrong = 7
    if field == "url":
        wrong = rng.choice([0, [], {"a": 1}, "u" * 5000])
    if field == "id":
        wrong = rng.choice([0, [], None, "", "i" * 201])
    if field == "body":
        wrong = rng.choice([None, 0, 3.5, True, [], ["x"], {}, {"a": 1}])
    if field == "title":
        wrong = rng.choice([0, [], None, {"a": 1}])
    if field == "fetched_at":
        wrong = rng.choice([*_WRONG_VALUES, "yesterday", "2024-13-45T99:00:00Z"])
    if field == "content_type":
        wrong = rng.choice([*_WRONG_VALUES, "application/pdf", "TEXT/HTML", "text/html; x"])
    record[field] = wrong
    return _dumps(record)


def _missing(rng: random.Random) -> bytes:
    record = factories.raw(f"Missing a field {rng.random()}.")
    for field in rng.sample(["source", "fetched_at", "content_type", "body"], rng.randrange(1, 5)):
        del record[field]
    return _dumps(record)


def _deep_json(rng: random.Random) -> bytes:
    depth = rng.choice([1_100, 5_000, 50_000])
    if rng.random() < 0.5:
        return b"[" * depth + b"]" * depth
    inner = b'{"a":' * depth + b"1" + b"}" * depth
    return b'{"source":"x","nested":' + inner + b"}"


def _nul_bytes(rng: random.Random) -> bytes:
    choices: list[Callable[[], bytes]] = [
        lambda: b"\x00" * rng.randrange(1, 2000),
        lambda: b'{"source": "x\x00", "body": "a"}',  # a raw NUL inside a JSON string
        lambda: _dumps(factories.raw())[:10] + b"\x00" + _dumps(factories.raw())[10:],
    ]
    return rng.choice(choices)()


def _invalid_utf8(rng: random.Random) -> bytes:
    good = _dumps(factories.raw(f"Caf\u00e9 {rng.random()}"))
    bad = rng.choice(
        [
            b"\xff",
            b"\xfe\xff",
            b"\xc0\xaf",  # overlong "/"
            b"\xed\xa0\x80",  # an encoded surrogate
            b"\xe2\x82",  # a cut sequence
            b"\xf8\x88\x80\x80\x80",  # five-byte form
            b"\x80",
            bytes(rng.randrange(128, 256) for _ in range(16)),
        ]
    )
    at = rng.randrange(0, len(good))
    return good[:at] + bad + good[at:]


def _too_large(max_bytes: int) -> Callable[[random.Random], bytes]:
    def make(rng: random.Random) -> bytes:
        body = "x" * (max_bytes + rng.randrange(1, 1000))
        return _dumps(factories.raw(body))

    return make


# (category, share of the corpus, builder, expected reason)
_REJECTED: list[tuple[str, float, Callable[[random.Random], bytes], str]] = [
    ("invalid_json", 0.25, _invalid_json, "not_json"),
    ("not_an_object", 0.10, _not_an_object, "not_json"),
    ("wrong_types", 0.25, _wrong_types, "invalid_record"),
    ("missing_fields", 0.10, _missing, "invalid_record"),
    ("deep_json", 0.05, _deep_json, "not_json"),
    ("nul_bytes", 0.10, _nul_bytes, "not_json"),
    ("invalid_utf8", 0.15, _invalid_utf8, "not_utf8"),
]


def corpus(n: int, max_bytes: int, seed: int = 21, oversize: int = 3) -> list[Event]:
    """`n` malformed events (each with its expected reason), then the hostile-bodied records.

    `oversize` values just over `max_bytes` are included (they are big, so few).
    """
    rng = random.Random(seed)
    events: list[Event] = []
    for category, share, build, reason in _REJECTED:
        for _ in range(round(n * share)):
            events.append(Event(b"", build(rng), category, reason))
    while len(events) < n - oversize:
        events.append(Event(b"", _invalid_json(rng), "invalid_json", "not_json"))
    big = _too_large(max_bytes)
    events += [Event(b"", big(rng), "too_large", "too_large") for _ in range(oversize)]
    rng.shuffle(events)
    return [
        Event(f"bad-{i:05d}-{e.category}".encode(), e.value, e.category, e.expect)
        for i, e in enumerate(events)
    ]


def hostile_records(size: int = 20_000) -> list[Event]:
    """Valid news.raw records whose bodies are adversarial: an article or a dead letter each."""
    out = []
    for name, content_type, body in hostile_bodies(size):
        key = f"hostile-{name}"
        record = factories.raw(body, content_type=content_type, id=key)
        out.append(Event(key.encode(), _dumps(record), "hostile_body", None))
    return out


def iter_categories(events: list[Event]) -> Iterator[tuple[str, int]]:
    counts: dict[str, int] = {}
    for e in events:
        counts[e.category] = counts.get(e.category, 0) + 1
    yield from sorted(counts.items())
