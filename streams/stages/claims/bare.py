"""Quotes no complement took: attributed by the clause after them ("…," Trump barked), by a
signature ("― Sonya Herridge") or by context (the sentence's subject before a colon, the
sentence that introduced them, the previous quote's speaker).
"""

from __future__ import annotations

import re

from streams.stages.claims import acts
from streams.stages.claims.found import Collector, Said, Span
from streams.stages.claims.locate import Locator
from streams.stages.claims.quotes import ABBREVIATIONS, PARTICLES, Token, manner, voicing
from streams.stages.claims.speakers import Speaker, cue_lemma, np_right


class Quoting(Locator, Collector):
    """The walk's rules for a quote left over once the sentence's cues took theirs."""

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


def _signature_end(sent: list[Token], last: int) -> bool:
    """The name ends the sentence, or the next signed quote follows it on the next line."""
    nxt = sent[last + 1] if last + 1 < len(sent) else None
    return nxt is None or nxt.kind == "q" or (last + 2 == len(sent) and sent[-1].text in ".")


def _abbreviated(tok: Token) -> bool:
    """The dot after "U.S", "Dr" or a party tag ("R-Ky.") in an attribution ends no clause."""
    return (
        (len(tok.text) == 1 and tok.text.isupper())
        or tok.low in ABBREVIATIONS
        or bool(_PARTY_TAG.fullmatch(tok.text))
    )


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][a-z]{0,4}")
