"""What the walk over an article's sentences collects, and the state every rule shares.

`Collector` holds the context a reader keeps (who spoke last, where each speaker was last
named, which quotes are claimed) and turns an attribution into a `Found` claim; the rule
families (streams.stages.claims.locate, bare, parsed, attribution) build on it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from streams.stages.claims import reported as grammar
from streams.stages.claims.quotes import Quote, Token
from streams.stages.claims.speakers import Resolver, Speaker

Span = tuple[int, int] | None


@dataclass
class Found:
    """A claim before its qualifiers: offsets, speaker, cue and the attribution's offsets."""

    kind: str
    start: int
    end: int
    speaker: Speaker
    cue: str | None
    cue_start: int
    cue_end: int
    paragraph: int
    named_at: tuple[int, int] | None = None  # the words naming the speaker ("he", "Rutte")
    act: str = "statement"


@dataclass(frozen=True)
class Said:
    """One attribution: who (and the words naming them), the cue and its token."""

    speaker: Speaker
    cue: str | None
    cue_tok: Token | None
    named_at: Span
    act: str = "statement"  # what the cue does: acts.ACTS


class Collector:
    """The claims found so far and the context later sentences read."""

    def __init__(self, resolver: Resolver, quotes: list[Quote], starts: list[int]) -> None:
        self.resolver = resolver
        self.quotes = quotes
        self.starts = starts
        self.found: list[Found] = []
        self.last_direct: tuple[int, Speaker, Span] | None = None  # paragraph, speaker, words
        # The speaker of a sentence ending in a colon, and the words naming them.
        self.introduced: tuple[Speaker, Span] | None = None
        self.spans: set[tuple[int, int]] = set()
        # Where each speaker was last named: a claim whose speaker comes from context ("…, adding
        # that", a quote paragraph of its own) points there.
        self.named: dict[str, tuple[int, int]] = {}

    def paragraph(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def _add(self, kind: str, start: int, end: int, said: Said, paragraph: int) -> None:
        tok = said.cue_tok
        cs, ce = (tok.start, tok.end) if tok else (start, start)
        key = said.speaker.key
        named_at = said.named_at or (self.named.get(key) if key else None)
        if said.named_at and key:
            self.named[key] = said.named_at
        self.found.append(
            Found(kind, start, end, said.speaker, said.cue, cs, ce, paragraph, named_at, said.act)
        )
        self.resolver.remember(said.speaker)
        if kind != "direct" and said.act == "statement" and said.speaker.kind != "unknown":
            # "Graham said he will tell the bigots to “shut up.”" and a quote paragraph after it.
            self.last_direct = (paragraph, said.speaker, named_at)

    def _direct(self, q: Token, said: Said, paragraph: int) -> None:
        quote = self.quotes[q.quote]
        start, end = grammar.trim(q.text, quote.inner_start, quote.inner_end)
        if end - start < 2 or (start, end) in self.spans:
            return
        self.spans.add((start, end))
        self._add("direct", start, end, said, paragraph)
        self.last_direct = (self.paragraph(quote.end), said.speaker, said.named_at)
