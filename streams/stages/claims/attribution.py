"""Walks an article's sentences in order and collects its attributed statements.

The walk keeps the context a reader keeps: who spoke last (for "he said" and for
a paragraph that only continues a quote), who a sentence is about, and whether a
sentence ending in a colon introduces the quote paragraphs that follow.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from streams.stages.claims import acts, evidential, preceding
from streams.stages.claims import reported as grammar
from streams.stages.claims.clauses import clause_end
from streams.stages.claims.lexicon import (
    ANON_HEADS,
    BELIEF,
    ORG_HEADS,
    QUOTE_ONLY,
    THAT_NEXT,
)
from streams.stages.claims.locate import Locator
from streams.stages.claims.quotes import (
    ABBREVIATIONS,
    PARTICLES,
    Quote,
    Token,
    manner,
    voicing,
    words,
)
from streams.stages.claims.speakers import (
    UNKNOWN,
    Resolver,
    Speaker,
    cue_lemma,
    np_right,
)

MAX_CLAIMS = 500
# "Portman said he hadn't thought about it": the belief is part of what Portman said.
WEAK_CUES = BELIEF | THAT_NEXT
LABEL_LINKS = frozenset({"to", "of", "the", "and", "on"})  # "Clinton to donors:", "Obama on …:"
Span = tuple[int, int] | None
# Headline labels that name no source ("Update: …", "Watch: …").
NOT_LABELS = frozenset(
    words(
        "update updated note photo photos video watch read related source caption correction"
        " advertisement breaking exclusive live opinion analysis editorial transcript editor"
        " q a question answer summary background context key highlights bottom"
    )
)
# The last word of a label that names a source though no entity does: "Poll:", "Clinton camp:".
LABEL_HEADS = frozenset(words("poll polls survey study report camp newspaper campaign")) | (
    ORG_HEADS | ANON_HEADS
)
# Sources whose findings a sentence opens with: "In a CNN poll released Monday, …".
FINDINGS = frozenset(words("poll polls survey study report analysis tally count"))
RELATIVES = frozenset(words("which that who whom"))
ASKED_AFTER = frozenset(words("when was were is are been being"))
# Words of when and where something was said, never what: "said onstage Tuesday night".
SETTING = grammar.TIME_END | frozenset(
    words("on in at last this late early onstage tonight here there later earlier again")
)
# Words opening a clause an act's object ends with: "Ever since she endorsed Clinton, she …".
SUBORDINATORS = frozenset(
    words("since when after because while if although though as before until once whenever")
)


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


class Walk(Locator):
    """Walks the sentences in order, so pronouns and bare quotes see earlier speakers."""

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

    def sentence(self, sent: list[Token]) -> None:
        resolver = self.resolver
        subject = self._subject(sent)
        opener = self._opener(sent)
        named = opener is not None and (opener.entity or " " in (opener.name or ""))
        if opener is not None and opener.kind == "person" and named:
            resolver.remember(opener)  # "His rival, Marta Zielinska, refused." makes her "she"
        consumed: set[int] = set()
        by_cue: dict[int, tuple[Speaker, Span]] = {}  # cue index -> speaker, its words
        last_in_sentence: Speaker | None = None
        last_named: Span = None  # the words naming last_in_sentence
        self._labelled(sent, consumed)
        self._found_in(sent)
        for lo, hi, c, act in evidential.sourceless(sent):  # "Nabisco is expected to cut …"
            kind = "mixed" if any(t.kind == "q" for t in sent[lo:hi]) else "indirect"
            said = Said(UNKNOWN, sent[c].low, sent[c], None, act)
            self._add(kind, sent[lo].start, sent[hi - 1].end, said, self.paragraph(sent[lo].start))
        reported_until = -1  # end of the last complement: a belief inside it is the claim's own
        for i, tok in enumerate(sent):
            lemma = grammar.cue_at(sent, i)
            only_act = lemma is None
            if only_act:
                lemma = acts.act_cue(sent, i)
            if lemma is None or (i < reported_until and (only_act or lemma in WEAK_CUES)):
                continue
            located = self._speaker(sent, i, lemma, subject, last_in_sentence, opener)
            if located is None and not only_act:
                located = self._quoting_subject(sent, i, opener)
            if located is None and lemma == "ask" and (i == 0 or sent[i - 1].low in ASKED_AFTER):
                # "Asked if he was ever bullied, Trump …", "Sanders was asked whether …": a
                # question with no one named asking it.
                span = acts.complement(sent, i + 1, lemma, relative=True)
                if span is not None:
                    said = Said(UNKNOWN, tok.low, tok, None, acts.act_of(lemma, sent[span[0]]))
                    self._emit_complement(sent, *span, said, consumed, lemma, least=1)
                continue
            if located is None:
                continue
            speaker, attribution_start, after, named_at = located
            if named_at is None and speaker is last_in_sentence:
                named_at = last_named  # "…,” Mr. Cole said, referring to …": "Mr. Cole" names him
            if only_act and not acts.subject_fits(sent, i, attribution_start):
                continue
            if (only_act or lemma in acts.ACT_LEMMAS) and after == i + 1:
                # "Christie endorsed Trump", "a reporter asked whether …": an act, not a statement.
                relative = any(t.low in ("who", "which") for t in sent[attribution_start:i]) or (
                    attribution_start > 0 and sent[attribution_start - 1].low in SUBORDINATORS
                )
                span = acts.complement(sent, after, lemma, relative)
                if span is not None:
                    reported_until = max(reported_until, span[1])
                    act = acts.act_of(lemma, sent[span[0]])
                    said = Said(speaker, tok.low, tok, named_at, act)
                    self._emit_complement(sent, *span, said, consumed, lemma, least=1)
                    continue
            if only_act:
                continue  # no statement cue: without its object an act reports nothing
            by_cue[i] = (speaker, named_at)
            last_in_sentence, last_named = speaker, named_at
            if lemma == "according to" and i > 0 and sent[i - 1].text == ",":
                complement = None  # "…, according to X, and …": the clause before it
            else:
                complement = grammar.complement(sent, after, lemma)
            cue = "according to" if lemma == "according to" else tok.low
            lead = attribution_start - 1
            while lead > 0 and sent[lead].low in ("the", "a", "an"):
                lead -= 1
            comma = after + 1 if lemma == "point-out" else after
            if (
                complement is None
                and lead >= 0
                and sent[lead].low == "as"
                and comma < len(sent)
                and sent[comma].text == ","
            ):
                # "As Menendez pointed out, court rulings have real impact …": the clause after.
                complement = grammar.nonempty(sent, comma + 1, clause_end(sent, comma + 1))
            if complement is None or _slight(sent, *complement):
                # "…, the airline said Thursday.": a day is no complement; the clause before is.
                complement = preceding.preceding(sent, attribution_start, after, after == i + 1)
            if complement is not None:
                lo, hi = complement
                if attribution_start >= 2 and sent[attribution_start - 1].low in RELATIVES:
                    # "The changes, which officials said will start in May, will not …": the
                    # relative clause ends at its comma.
                    hi = next((m for m in range(lo + 1, hi) if sent[m].text == ","), hi)
                elif _subordinate(sent, attribution_start):
                    hi = _first_comma(sent, lo, hi)
                reported_until = max(reported_until, hi)
                said = Said(speaker, cue, tok, named_at, acts.act_of(lemma))
                # "denied backing the rebels": a denial or accusation needs fewer words.
                least = 2 if lemma in ("deny", "accuse") else 3
                self._emit_complement(sent, lo, hi, said, consumed, lemma, least)
        for k, tok in enumerate(sent):
            if tok.kind == "q" and tok.quote not in consumed:
                self._bare_quote(sent, k, by_cue, opener)
        # "Walsh read from a statement:" and "Cruz called them on it:" introduce the quote
        # paragraphs that follow: the cue's speaker if a cue ends the sentence, else its subject.
        self.introduced = None
        if sent[-1].text == ":" and by_cue and len(sent) - max(by_cue) <= 8:
            self.introduced = by_cue[max(by_cue)]
        elif sent[-1].text == ":" and not by_cue and opener is not None:
            self.introduced = (opener, self.named.get(opener.key) if opener.key else None)

    def _labelled(self, sent: list[Token], consumed: set[int]) -> None:
        """ "Paul Ryan: FBI decision defies explanation", "Clinton to donors: …": a headline or
        a transcript paragraph that opens with a named speaker and a colon."""
        if len(sent) < 4 or self.starts[self.paragraph(sent[0].start)] != sent[0].start:
            return
        colon = next((c for c in range(1, min(len(sent), 7)) if sent[c].text == ":"), None)
        if colon is None or not all(
            t.kind == "w" and (t.text[0].isupper() or t.low in LABEL_LINKS) for t in sent[:colon]
        ):
            return
        label = next((c for c in range(colon) if sent[c].low in ("to", "on")), colon)  # "X to Y:"
        if not label or not sent[0].text[0].isupper():
            return
        start, end = sent[0].start, sent[label - 1].end
        head = sent[label - 1].low
        if not (
            any(
                e["label"] in ("PERSON", "ORG")
                for _, _, e in self.resolver.mentions.within(start, end)
            )
            or (label == 1 and head not in NOT_LABELS)  # "Issa: Clinton's honesty is in …"
            or head in LABEL_HEADS  # "Poll: …", "Clinton camp: …"
        ):
            return
        speaker = self.resolver.resolve(sent, (0, label - 1), None)
        rest = sent[colon + 1 :]
        said = Said(speaker, None, None, (start, end))
        paragraph = self.paragraph(start)
        if len(rest) == 1 and rest[0].kind == "q":
            self._direct(rest[0], said, paragraph)
        elif sum(t.kind == "w" for t in rest) >= 3:
            self._add("indirect", rest[0].start, rest[-1].end, said, paragraph)
        else:
            return
        consumed.update(t.quote for t in rest if t.kind == "q")

    def _found_in(self, sent: list[Token]) -> None:
        """ "In a CNN poll released Monday, Clinton led by 24 points": what a poll, survey or
        study found, its name opening the sentence."""
        if len(sent) < 8 or sent[0].low != "in" or sent[1].low not in ("a", "an", "the"):
            return
        comma = next((c for c in range(2, min(len(sent), 16)) if sent[c].text == ","), None)
        if comma is None or not any(t.low in FINDINGS for t in sent[2:comma]):
            return
        if any(t.kind != "w" and t.text not in "/-&" for t in sent[2:comma]):
            return
        hi = clause_end(sent, comma + 1)
        if sum(t.kind == "w" for t in sent[comma + 1 : hi]) < 4:
            return
        named = (sent[1].start, sent[comma - 1].end)
        head = max(c for c in range(2, comma) if sent[c].low in FINDINGS)  # not "released Monday"
        speaker = self.resolver.resolve(sent, (2, head), None)
        said = Said(speaker, "in", sent[0], named, "finding")
        self._add(
            "indirect", sent[comma + 1].start, sent[hi - 1].end, said, self.paragraph(named[0])
        )

    def _voiced(self, sent: list[Token], k: int, m: int) -> Said | None:
        """ "“Go back to Univision,” Trump barked.", "“Quiet!” he snapped": a quote, a name or
        a pronoun, and a verb of voicing the lexicon does not list (quotes.voicing)."""
        if sent[k].text.rstrip()[-1:] not in ",?!" and not (m > k + 1 and sent[k + 1].text == ","):
            return None
        span = np_right(sent, m, min(len(sent), m + 6))
        if span is None or span[0] != m:
            return None
        verb = span[1] + 1
        if verb >= len(sent) or not voicing(sent, verb):
            return None
        end = verb + 1
        if end < len(sent) and (sent[end].low in PARTICLES or manner(sent[end].text)):
            end += 1
        if end < len(sent) and not (sent[end].text in ".,;" or sent[end].low == "and"):
            return None
        speaker = self.resolver.resolve(sent, span, None)
        named_at = (sent[span[0]].start, sent[span[1]].end)
        return Said(speaker, sent[verb].low, sent[verb], named_at)

    def _signature(self, sent: list[Token], k: int) -> tuple[Speaker, Span] | None:
        """ "“We deserve better.” ― Sonya Herridge": a quote signed with a dash and a name."""
        if k + 2 >= len(sent) or sent[k + 1].text not in "―—–":
            return None
        span = np_right(sent, k + 2, len(sent))
        if span is None or not _signature_end(sent, span[1]):
            return None
        if not all(t.text[0].isupper() for t in sent[span[0] : span[1] + 1] if t.kind == "w"):
            return None
        speaker = self.resolver.resolve(sent, span, None)
        return speaker, (sent[span[0]].start, sent[span[1]].end)

    def _emit_complement(
        self,
        sent: list[Token],
        lo: int,
        hi: int,
        said: Said,
        consumed: set[int],
        lemma: str,
        least: int = 3,
    ) -> None:
        """A claim of the complement [lo, hi): direct when it is quotes and at most a word,
        else indirect or mixed when it has `least` words besides articles and "that"."""
        part = sent[lo:hi]
        if not part:
            return
        quotes = [t for t in part if t.kind == "q"]
        words = [t for t in part if t.kind == "w" and t.low not in ("a", "an", "the", "that")]
        paragraph = self.paragraph(part[0].start)
        only_quotes = lemma in QUOTE_ONLY and least == 3
        named = lemma == "call" and bool(words)  # "called him a “liar”": whom, and the name
        if quotes and (len(words) <= 1 or only_quotes) and not named:
            for q in quotes:
                self._direct(q, said, paragraph)
                consumed.add(q.quote)
            return
        if only_quotes or (len(words) < least and not quotes):
            return
        kind = "mixed" if quotes else "indirect"
        consumed.update(q.quote for q in quotes)
        self._add(kind, part[0].start, part[-1].end, said, paragraph)

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

    def _bare_quote(
        self,
        sent: list[Token],
        k: int,
        by_cue: dict[int, tuple[Speaker, Span]],
        opener: Speaker | None,
    ) -> None:
        """A quote no complement took: attributed by the clause after it, or by context.

        A quote none of these attributes is no claim: nobody is named for it. On PolNeAR train
        58 such quotes became claims with an unknown speaker, and 0.09 of them had the speaker
        right: the annotators found one nearby (an unlisted verb, the sentence before)."""
        q = sent[k]
        paragraph = self.paragraph(q.start)
        m = k + 1
        while m < len(sent) and sent[m].kind == "p" and sent[m].text in ",—–-":
            m += 1
        # The attribution right after the quote, possibly with an appositive:
        # "…," the regulator's chief executive, John Larkinson, said.
        limit = m
        while limit < len(sent) and limit - m < 18 and sent[limit].kind != "q":
            abbreviation = sent[limit].text == "." and _abbreviated(sent[limit - 1])
            if sent[limit].kind == "p" and sent[limit].text in ".;:!?()" and not abbreviation:
                break
            if limit - m >= 10 and sent[limit].text == "," and limit + 1 not in by_cue:
                break
            limit += 1
        for c in range(m, limit):
            if c in by_cue:
                speaker, named_at = by_cue[c]
                cue = "according to" if sent[c].low == "according" else sent[c].low
                act = acts.act_of(cue_lemma(sent[c]))
                self._direct(q, Said(speaker, cue, sent[c], named_at, act), paragraph)
                return
        voiced = self._voiced(sent, k, m)
        before = self._voiced_before(sent, k) if voiced is None else None
        if before is not None:
            voiced = Said(before[0], before[1].low, before[1], before[2])
        if voiced is not None:
            self._direct(q, voiced, paragraph)
            return
        signed = self._signature(sent, k)
        outside = sum(1 for t in sent if t.kind == "w")
        if signed is not None:
            self._direct(q, Said(signed[0], None, None, signed[1]), paragraph)
        elif k >= 2 and sent[k - 1].text == ":" and not by_cue and opener and opener.name:
            # "Clinton has since apologized: “Yes, I should have …”": the sentence's subject.
            named_at = self.named.get(opener.key)
            self._direct(q, Said(opener, None, None, named_at), paragraph)
        elif self.introduced is not None and outside <= 3:
            introducer, named_at = self.introduced
            self._direct(q, Said(introducer, None, None, named_at), paragraph)
        elif self.last_direct and paragraph - self.last_direct[0] <= 1 and outside <= 3:
            _, speaker, named_at = self.last_direct
            self._direct(q, Said(speaker, None, None, named_at), paragraph)


def _subordinate(sent: list[Token], attribution_start: int) -> bool:
    """Whether the attribution stands in a subordinate clause that opens the sentence ("While
    only 7 percent said they are undecided, 27 percent …"): what it reports ends at the
    clause's comma, where the main clause begins."""
    lead = 1 if sent[0].low in ("but", "and", "so") else 0
    return (
        lead < len(sent)
        and sent[lead].low in SUBORDINATORS
        and not any(t.text == "," for t in sent[lead:attribution_start])
    )


def _first_comma(sent: list[Token], lo: int, hi: int) -> int:
    """hi, or the end of the first comma or quote closing on a comma in [lo, hi)."""
    for m in range(lo + 1, hi):
        if sent[m].text == ",":
            return m
        if sent[m].kind == "q" and sent[m].text.rstrip().endswith(","):
            return m + 1
    return hi


def _signature_end(sent: list[Token], last: int) -> bool:
    """The name ends the sentence, or the next signed quote follows it on the next line."""
    nxt = sent[last + 1] if last + 1 < len(sent) else None
    return nxt is None or nxt.kind == "q" or (last + 2 == len(sent) and sent[-1].text in ".")


def _slight(sent: list[Token], lo: int, hi: int) -> bool:
    """Fewer than three words besides times and places of speaking ("onstage Tuesday night")
    and no quote: too little to be what a cue reports."""
    part = sent[lo:hi]
    said = sum(t.kind == "w" and t.low not in SETTING for t in part)
    return not any(t.kind == "q" for t in part) and said < 3


def _abbreviated(tok: Token) -> bool:
    """The dot after "U.S", "Dr" or a party tag ("R-Ky.") in an attribution ends no clause."""
    return (
        (len(tok.text) == 1 and tok.text.isupper())
        or tok.low in ABBREVIATIONS
        or bool(_PARTY_TAG.fullmatch(tok.text))
    )


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][a-z]{0,4}")
