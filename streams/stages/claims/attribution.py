"""Walks an article's sentences in order and collects its attributed statements.

The walk keeps the context a reader keeps: who spoke last (for "he said" and for
a paragraph that only continues a quote), who a sentence is about, and whether a
sentence ending in a colon introduces the quote paragraphs that follow.
"""

from __future__ import annotations

from streams.stages.claims import acts, evidential, preceding
from streams.stages.claims import reported as grammar
from streams.stages.claims.bare import Quoting
from streams.stages.claims.clauses import clause_end
from streams.stages.claims.found import Said, Span
from streams.stages.claims.lexicon import (
    ANON_HEADS,
    BELIEF,
    ORG_HEADS,
    QUOTE_ONLY,
    THAT_NEXT,
)
from streams.stages.claims.parsed import Parsing
from streams.stages.claims.quotes import Token, words
from streams.stages.claims.speakers import UNKNOWN, Speaker

MAX_CLAIMS = 500
# "Portman said he hadn't thought about it": the belief is part of what Portman said.
WEAK_CUES = BELIEF | THAT_NEXT
CUE_WORDS = grammar.CUE_WORDS | acts.ACT_WORDS
LABEL_LINKS = frozenset({"to", "of", "the", "and", "on"})  # "Clinton to donors:", "Obama on …:"
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


class Walk(Quoting, Parsing):
    """Walks the sentences in order, so pronouns and bare quotes see earlier speakers."""

    def sentence(self, sent: list[Token]) -> None:
        resolver = self.resolver
        before = len(self.found)
        # Read only by the speaker rules of a cue, below: a sentence without one needs none.
        subject = self._subject(sent) if any(t.low in CUE_WORDS for t in sent) else None
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
            if tok.low not in CUE_WORDS:
                continue  # most words: no rule below reads them as a cue
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
        self.note(sent, before)  # for the parse after the walk (streams.stages.claims.parsed)
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


def _slight(sent: list[Token], lo: int, hi: int) -> bool:
    """Fewer than three words besides times and places of speaking ("onstage Tuesday night")
    and no quote: too little to be what a cue reports."""
    part = sent[lo:hi]
    said = sum(t.kind == "w" and t.low not in SETTING for t in part)
    return not any(t.kind == "q" for t in part) and said < 3
