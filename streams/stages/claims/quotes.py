"""Quote marks, tokens and sentences of an article, found in one linear pass each.

Written by hand rather than with a regular expression over whole quotes because
pairing quote marks needs context a pattern cannot hold without backtracking:
whether a straight `"` opens or closes, which closer belongs to which opener
(“…”, „…“, «…», »…«), and the news convention that a quote running over several
paragraphs reopens each paragraph with a mark and closes only in its last one.
Every pattern here is a single character class or a word with non-overlapping
repetitions, so no input can make them backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


def words(text: str) -> list[str]:
    """A lexicon written as one string of words separated by spaces."""
    return text.split()


MARKS = '"“”„«»'
MAX_SENTENCE = 300
_MARK = re.compile(r'["“”„«»]')
_SINGLE = re.compile(r"[‘’']")
# A word (with inner hyphens or apostrophes: "Secretary-General", "Ukraine's") or one symbol.
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
_CLOSERS = {'"': '"”', "“": '”"', "”": '”"', "„": '“”"', "«": "»", "»": "«"}
_BEFORE_OPEN = set(" \n\t([{—–-/:") | set(MARKS)
_AFTER_CLOSE = set(" \n\t.,;:!?)]}—–-…")
ABBREVIATIONS = frozenset(
    words(
        "mr mrs ms dr st gen lt col sgt sen rep gov prof jr sr inc corp co no vs etc maj capt cmdr"
        " adm jan feb aug sept sep oct nov dec u.s u.k u.n e.u a.m p.m"
    )
)


@dataclass(frozen=True)
class Quote:
    """A quotation: `start`/`end` include the marks, `inner_*` the quoted words only."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool = True


@dataclass(slots=True, init=False)
class Token:
    """A word, a punctuation mark, or (kind "q") a whole quotation, with text offsets.

    Never changed once made, but not frozen: an article has about a thousand tokens, and a
    frozen dataclass takes three times as long to make (the rules read `low` a dozen times
    a token, so it is lowered once, here rather than in a __post_init__)."""

    start: int
    end: int
    text: str
    kind: str  # "w" word, "p" punctuation, "q" quotation, "b" paragraph break
    quote: int  # the quotation's index, -1 for other tokens
    low: str = field(repr=False, compare=False)

    def __init__(self, start: int, end: int, text: str, kind: str, quote: int = -1) -> None:
        self.start, self.end, self.text, self.kind, self.quote = start, end, text, kind, quote
        self.low = text.lower()


_DOUBLED = re.compile(r"''")


def as_double_marks(text: str) -> str:
    """The text with each pair of apostrophes used as a quote mark written as `"`, same length.

    Some archives (the New York Times' among them) write ''quoted words'' with two
    ASCII apostrophes. An opener becomes ` "` and a closer `" `, so every offset
    still points at the same character of the original text.
    """
    if "''" not in text:
        return text

    def mark(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 1]
        before = text[m.start() - 1 : m.start()] if m.start() else " "
        if before.isalnum() and after.isalnum():
            return "''"  # inside a word ("O''Brien" as some archives write it)
        opens = (before.isspace() or before in "([—–-/") and not after.isspace() and after != ""
        return ' "' if opens else '" '

    return _DOUBLED.sub(mark, text)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as offsets into `text`, which joins them with blank lines."""
    spans, start = [], 0
    while True:
        cut = text.find("\n\n", start)
        end = len(text) if cut < 0 else cut
        if text[start:end].strip():
            spans.append((start, end))
        if cut < 0:
            return spans
        start = cut + 2


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every double-quoted passage, and single-quoted ones in paragraphs without double marks.

    A quote left open at the end of a paragraph runs on when the next paragraph
    opens with a quote mark; otherwise it ends with its paragraph if it opened
    the paragraph (a missing closing mark), and is dropped if it did not.
    """
    quotes: list[Quote] = []
    carry: tuple[int, int, bool] | None = None  # opening offset, paragraph, opened a paragraph
    previous_end = 0
    for index, (start, end) in enumerate(paragraphs):
        first = _first_visible(text, start, end)
        before = len(quotes)
        if carry is not None and first < end and text[first] in '"“„«»':
            _, carry = _scan(text, first + 1, end, index, quotes, carry)
        else:
            if carry is not None and carry[2]:
                _close_at(text, quotes, carry, previous_end)
                before = len(quotes)
            _, carry = _scan(text, start, end, index, quotes, None)
        # British ‘…’ quotes, looked for only outside the double-quoted parts.
        covered = [(max(q.start, start), min(q.end, end)) for q in quotes[before:]]
        if carry is not None:
            covered.append((max(carry[0], start), end))
        gap = start
        for cs, ce in [*sorted(covered), (end, end)]:
            if cs > gap:
                _scan_single(text, gap, cs, index, quotes)
            gap = max(gap, ce)
        previous_end = end
    if carry is not None and carry[2]:
        _close_at(text, quotes, carry, previous_end)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _scan(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    quotes: list[Quote],
    opened: tuple[int, int, bool] | None,
) -> tuple[bool, tuple[int, int, bool] | None]:
    """Pair the marks of one paragraph; return whether any pair was found and any carry-over."""
    found = False
    open_char = text[opened[0]] if opened else ""
    open_at = opened[0] if opened else -1
    open_paragraph = opened[1] if opened else paragraph
    para_start = _first_visible(text, start, end)
    carrying = opened is not None
    for match in _MARK.finditer(text, start, end):
        at, char = match.start(), match.group()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        opener_like = before in _BEFORE_OPEN and not after.isspace()
        closer_like = after in _AFTER_CLOSE and not before.isspace()
        if open_at < 0:
            if char in "“„«»" or (char in '"”' and (opener_like or not closer_like)):
                open_char, open_at, open_paragraph = char, at, paragraph
            continue
        if char in _CLOSERS.get(open_char, "") and (
            open_char in "«»" or closer_like or not opener_like
        ):
            inner_start = open_at + 1
            quotes.append(Quote(open_at, at + 1, inner_start, at, open_paragraph))
            found, open_at, carrying = True, -1, False
            continue
        if open_char not in "«»" and opener_like and not closer_like and char in '"“„':
            # The earlier mark was stray: this one opens the quote.
            open_char, open_at, open_paragraph, carrying = char, at, paragraph, False
    if open_at >= 0:
        initial = open_at == para_start or carrying
        tail = text[open_at + 1 : end].rstrip()
        # A quote opened mid-paragraph runs on only if it holds a full sentence or more.
        if initial or (len(tail.split()) >= 5 and tail[-1:] in ".!?…"):
            return found, (open_at, open_paragraph, initial)
    return found, None


def _close_at(text: str, quotes: list[Quote], carry: tuple[int, int, bool], end: int) -> None:
    open_at, paragraph, _ = carry
    if end - open_at > 1:
        quotes.append(Quote(open_at, end, open_at + 1, end, paragraph, closed=False))


def _scan_single(text: str, start: int, end: int, paragraph: int, quotes: list[Quote]) -> None:
    """British style ‘…’: an apostrophe inside a word ("don’t") neither opens nor closes."""
    open_at = -1
    for match in _SINGLE.finditer(text, start, end):
        at = match.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if open_at < 0:
            if before in _BEFORE_OPEN and (after.isalnum() or after in MARKS):
                open_at = at
        elif after in _AFTER_CLOSE and not before.isspace():
            if len(text[open_at:at].split()) >= 3:
                quotes.append(Quote(open_at, at + 1, open_at + 1, at, paragraph))
            open_at = -1


def tokenize(text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]) -> list[Token]:
    """Tokens of the text outside quotes, each quote one "q" token, paragraphs split by "b"."""
    tokens: list[Token] = []
    qi = covered = 0
    for start, end in paragraphs:
        if tokens and tokens[-1].kind != "b" and tokens[-1].end <= start:
            tokens.append(Token(start, start, "", "b"))
        pos = max(start, covered)
        while qi < len(quotes) and quotes[qi].end <= start:
            qi += 1
        while pos < end:
            if qi < len(quotes) and quotes[qi].start < end:
                q = quotes[qi]
                cut = max(q.start, pos)
                tokens.extend(_words(text, pos, cut))
                if q.start >= start:
                    tokens.append(Token(q.start, q.end, text[q.inner_start : q.inner_end], "q", qi))
                pos = covered = max(q.end, pos)
                qi += 1
                if pos >= end:
                    break
            else:
                tokens.extend(_words(text, pos, end))
                pos = end
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        out.append(Token(m.start(), m.end(), word, "w" if word[0].isalnum() else "p"))
    return out


MAX_ASIDE = 6


def without_asides(tokens: list[Token]) -> list[Token]:
    """The tokens less short parentheses ("Rep. Gwen Moore (D-Wis.) said"): a party, a state,
    an age or an acronym between a name and its cue hides the name from the rules, and
    what they enclose is no part of an attribution's grammar. Claims keep their text."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text == "(":
            close = next(
                (j for j in range(i + 1, min(len(tokens), i + MAX_ASIDE + 2))
                 if tokens[j].text == ")" or tokens[j].kind in "qb"),
                None,
            )  # fmt: skip
            if close is not None and tokens[close].text == ")":
                i = close + 1
                continue
        out.append(tok)
        i += 1
    return out


def sentences(
    tokens: list[Token], is_cue: Callable[[Token], bool] = lambda _: False
) -> list[list[Token]]:
    """Split tokens at sentence ends outside quotes, at quotes ending a sentence, at paragraphs.

    A run longer than MAX_SENTENCE tokens is cut there: no real sentence is that
    long, and the cut keeps every per-sentence scan bounded, the stage linear.
    """
    out: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        if tok.kind == "b" or len(current) >= MAX_SENTENCE:
            if current:
                out.append(current)
            current = []
            if tok.kind == "b":
                continue
        current.append(tok)
        if tok.kind == "w":
            continue  # only a mark or a quote ends a sentence (most tokens are words)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt.kind == "b":
            continue
        starts_sentence = nxt.kind == "q" or (nxt.kind == "w" and nxt.text[0].isupper())
        if tok.kind == "p" and tok.text in ".!?…" and starts_sentence:
            prev = tokens[i - 1] if i > 0 else None
            if prev is not None and prev.kind == "w" and _abbreviation(prev.text):
                continue
            out.append(current)
            current = []
        elif tok.kind == "q" and tok.text.rstrip()[-1:] in ".!?…" and starts_sentence:
            if _attributes(tokens, i + 1, is_cue):
                continue  # “Does he not understand?” Biden said.
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _attributes(tokens: list[Token], j: int, is_cue: Callable[[Token], bool]) -> bool:
    """A few words with a speech cue among them close the sentence: they attribute a quote."""
    for k in range(j, min(len(tokens), j + 6)):
        tok = tokens[k]
        if tok.kind != "w":
            return False
        if is_cue(tok) or (k > j and voicing(tokens, k)):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt.kind == "w" and manner(nxt.text):
                nxt = tokens[k + 2] if k + 2 < len(tokens) else None  # "he asks rhetorically."
            return nxt is None or nxt.kind == "b" or nxt.text in ".,;" or nxt.low in AFTER_CUE
    return False


# Words after a cue that closes a quote's sentence: "“Who are they?” Trump said of Apple".
AFTER_CUE = frozenset(words("of in on at during after before while when as to"))
# Particles of phrasal verbs of voicing: "shot back", "cut in", "chimed in".
PARTICLES = frozenset(words("back in up out"))


def manner(word: str) -> bool:
    """An adverb of manner after a cue: "rhetorically", "quietly"."""
    return word.islower() and word.endswith("ly") and len(word) > 4


def voicing(tokens: list[Token], k: int) -> bool:
    """Whether the word at k is a verb of voicing the lexicon does not list ("barked",
    "snapped", "shot back"), read from its place: a past-tense word right after a name or a
    pronoun that follows a quote, the clause ending with it."""
    tok = tokens[k]
    if tok.kind != "w" or not tok.text.islower() or len(tok.text) < 4:
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if tok.low == "shot" and following is not None and following.low == "back":
        return True
    if not tok.low.endswith("ed"):
        return False
    prev = tokens[k - 1]
    return prev.kind == "w" and (prev.text[0].isupper() or prev.low in ("he", "she", "they"))


def _abbreviation(word: str) -> bool:
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
