"""Where an attribution names its speaker: before or after the cue, in an appositive, in a
relative clause, or in the sentence's subject when a participle or a quote leaves it unsaid.

A mixin of the walk (streams.stages.claims.attribution.Walk): these rules read the
resolver and the map of where each speaker was last named, which the walk keeps.
"""

from __future__ import annotations

from streams.stages.claims import preceding
from streams.stages.claims import reported as grammar
from streams.stages.claims.lexicon import FUNCTION_CAPS, SKIP_BEFORE
from streams.stages.claims.quotes import PARTICLES, Token, words
from streams.stages.claims.speakers import Resolver, Speaker, np_left, np_right

Span = tuple[int, int] | None
AFTER_PREPOSITION = frozenset({"since", "after", "before", "without", "of", "for", "about"})
TIME_LEADS = frozenset(
    {"on", "last", "this", "late", "early", "earlier", "next", "that", "at", "in", "during"}
)
PROGRESSIVE = frozenset({"is", "are", "was", "were", "am", "been"})
# Past tenses before a quote that voice nothing: "was titled “…”", "the so-called “…”".
NOT_VOICING = frozenset(words("titled entitled called named dubbed labeled labelled used based"))
NOT_ADVERBS = frozenset({"family", "ally", "rally", "assembly", "supply", "monopoly", "bully"})


class Locator:
    """The speaker rules of the walk."""

    resolver: Resolver
    named: dict[str, tuple[int, int]]

    def _opener(self, sent: list[Token]) -> Speaker | None:
        """Who the sentence is about: its first named person, else its opening noun phrase."""
        window = sent[: min(len(sent), 15)]
        if not window or window[0].kind == "q":
            return None
        people = [
            (len(self.resolver.text[s:e].split()) < 2, s, ent)
            for s, e, ent in self.resolver.mentions.within(window[0].start, window[-1].end)
            if ent["label"] == "PERSON" and s >= window[0].start
        ]
        if people:  # a full name before a lone word the tagger may have mistaken for one
            _, start, ent = min(people, key=lambda p: (p[0], p[1]))
            speaker = Speaker(ent["name"], ent.get("kb_id") or ent["name"], None, "person")
            for s, e, other in self.resolver.mentions.within(start, start + 1):
                if other is ent and speaker.key:
                    self.named[speaker.key] = (s, e)
            return speaker
        # A name the entity stage missed: the first run of two or more capitalised words.
        run: list[Token] = []
        for tok in window:
            if tok.kind == "w" and tok.text[0].isupper() and tok.low not in FUNCTION_CAPS:
                run.append(tok)
                continue
            if len(run) >= 2 and not self.resolver.mentions.within(run[0].start, run[-1].end):
                name = self.resolver.text[run[0].start : run[-1].end]
                self.named[name.lower()] = (run[0].start, run[-1].end)
                return Speaker(name, None, None, "person")
            run = []
        start = 0
        if _no_subject(sent[0]):
            # "Instead, …", "As if addressing him, the board …": the subject follows the comma.
            comma = next((c for c in range(1, len(window) - 1) if sent[c].text == ","), None)
            if comma is None:
                return None
            start = comma + 1
        span = np_right(sent, start, len(window))
        if span is None:
            return None
        speaker = self.resolver.resolve(sent, span, None)
        if speaker.key and speaker.kind != "unknown":
            # "He told reporters, “…”": the words naming him here are "He".
            self.named[speaker.key] = (sent[span[0]].start, sent[span[1]].end)
        return speaker

    def _subject(self, sent: list[Token]) -> Speaker | None:
        span = np_right(sent, 0, min(len(sent), 14))
        if span is None:
            return None
        speaker = self.resolver.resolve(sent, span, None)
        return speaker if speaker.kind in ("group", "organisation", "anonymous") else None

    def _speaker(
        self,
        sent: list[Token],
        i: int,
        lemma: str,
        subject: Speaker | None,
        prior: Speaker | None,
        opener: Speaker | None,
    ) -> tuple[Speaker, int, int, Span] | None:
        """Speaker of the cue at i, the attribution's first token, where a complement may start,
        and the offsets of the words naming the speaker (None when inherited from context)."""
        resolver = self.resolver
        if lemma == "according to":
            source = preceding.according_to(sent, i + 2)
            if source is None:
                return None
            named = (sent[source[0]].start, sent[source[1]].end)
            return resolver.resolve(sent, (source[0], source[1]), subject), i, source[2], named
        j = i - 1
        if sent[i].low.endswith("ing") and j >= 0 and sent[j].low in AFTER_PREPOSITION:
            before = prior or opener
            if before is not None and grammar.quote_ahead(sent, i + 1, 5) is not None:
                return before, i, i + 1, None  # "Blige sings … before asking her, “…”"
            return None  # "no new gigs since announcing his run": no one speaks here
        while j >= 0 and i - j <= 4 and (sent[j].low in SKIP_BEFORE or _adverb(sent[j])):
            j -= 1
        if j >= 2 and grammar.dash(sent[j]):
            # "Murphy — after a knock-on-wood gesture — told me …": the speaker before the aside.
            opening = next(
                (m for m in range(j - 1, max(j - 14, 0), -1) if grammar.dash(sent[m])), 0
            )
            j = opening - 1 if opening >= 1 else j
        participle = sent[i].low.endswith("ing")
        if participle and j >= 1 and sent[j].low in PROGRESSIVE:
            # "Clinton is telling customers …", "She is noting …": a finite verb after all.
            participle, j = False, j - 1
            while j >= 0 and i - j <= 6 and (sent[j].low in SKIP_BEFORE or _adverb(sent[j])):
                j -= 1
        if j >= 1 and (sent[j].low in grammar.TIME_END or sent[j].low == "time"):
            # "The White House on Monday urged …", "Trump at the time said …": the time is no
            # speaker; the phrase before it is.
            k = j - 1
            while k > 0 and j - k < 3 and sent[k].low in ("the", "that", "this"):
                k -= 1
            if sent[k].low in TIME_LEADS:
                k -= 1
            while k >= 0 and i - k <= 7 and sent[k].low in SKIP_BEFORE:
                k -= 1
            if k >= 0 and sent[k].kind == "w" and sent[k].low not in grammar.PASSIVE:
                j = k
        if j >= 0 and sent[j].low in grammar.PASSIVE:
            return None
        before = prior or opener
        if j >= 0 and sent[j].low in ("and", "but") and prior is None:
            # "He’s comparing the actions to Obama’s and says …": the sentence's subject, before
            # the first person it names.
            own = self._sentence_subject(sent, i, subject)
            if own is not None:
                return own
        if j >= 0 and sent[j].low in ("and", "but") and before is not None:
            # "Blumenthal called it chilling and said …": the speaker of the cue before, whose
            # words the walk then points at, else the sentence's subject.
            return before, i, i + 1, None
        if j >= 0 and sent[j].low in ("and", "but"):
            # "The senator spent years in a Vietnamese prison and said …": the subject, never
            # the object before "and".
            return self._sentence_subject(sent, i, subject)
        span: tuple[int, int] | None = None
        if j >= 1 and sent[j].low in ("who", "which") and sent[j - 1].text == ",":
            span = np_left(sent, j - 2, 0)
            if span is not None:  # "Sanders, who said …": "who" names the speaker too
                named = (sent[span[0]].start, sent[j].end)
                return resolver.resolve(sent, span, subject), span[0], i + 1, named
        elif j >= 0 and sent[j].text == "," and not participle:
            found = self._appositive(sent, j, subject)
            if found is None or found[0].kind != "person":
                # "Eddie Griffin, who at the time was a member of the AfroSpear, a group of
                # bloggers, said …": a long aside after the name that opens the sentence.
                initial = self._initial_person(sent, j)
                if initial is not None:
                    return initial[0], 0, i + 1, initial[1]
                inverted = self._inverted(sent, i, subject) if j == i - 1 else None
                if inverted is not None:
                    return inverted
            if found is not None:
                return found[0], found[1], i + 1, (sent[found[1]].start, sent[j - 1].end)
        elif j >= 0:
            span = np_left(sent, j, 0)
        if span is not None and participle and sent[span[1]].low in grammar.VENUES:
            span = None  # "His office put out a statement saying …": the office says it
            j = i - 1 if sent[i - 1].text == "," else j
        if span is not None:
            named = (sent[span[0]].start, sent[span[1]].end)
            return resolver.resolve(sent, span, subject), span[0], i + 1, named
        if participle and j >= 0 and (sent[j].text == "," or sent[j].low in grammar.VENUES):
            if prior is None:  # "Several Democrats cautioned against …, saying": the subject
                head = np_right(sent, 0, i)
                lead = 1 if sent[0].low in ("the", "a", "an", "his", "her", "their") else 0
                if (
                    head is not None
                    and head[0] <= lead
                    and head[1] + 1 < i
                    and not _no_subject(sent[head[0]])
                ):
                    named = (sent[head[0]].start, sent[head[1]].end)
                    return resolver.resolve(sent, head, subject), i, i + 1, named
            inherited = prior or resolver.last()
            return (inherited, i, i + 1, None) if inherited else None
        if i == 0 or sent[i - 1].kind in ("p", "q"):
            span = np_right(sent, i + 1, len(sent))
            if span is not None:
                named = (sent[span[0]].start, sent[span[1]].end)
                return resolver.resolve(sent, span, subject), i, span[1] + 1, named
        return None

    def _sentence_subject(
        self, sent: list[Token], i: int, subject: Speaker | None
    ) -> tuple[Speaker, int, int, Span] | None:
        """The noun phrase opening the sentence, as the speaker of a second predicate's cue."""
        lead = 1 if sent[0].low in ("the", "a", "an", "his", "her", "their", "its") else 0
        if sent[0].low in ("but", "and", "so", "yet", "still"):  # "But the court overruled and …"
            lead += 1 + (sent[1].low in ("the", "a", "an"))
        head = np_right(sent, lead, i)
        if head is None or head[0] > lead or _no_subject(sent[head[0]]):
            return None
        speaker = self.resolver.resolve(sent, head, subject)
        if speaker.kind == "unknown":
            return None
        return speaker, i, i + 1, (sent[head[0]].start, sent[head[1]].end)

    def _inverted(
        self, sent: list[Token], i: int, subject: Speaker | None
    ) -> tuple[Speaker, int, int, Span] | None:
        """ "Some accusations are hard to prove, while others aren't meaningful, said Grant Green,
        a former official": a cue right after a comma, the speaker after it, when the words
        before the comma name no one (commas inside the clause are no appositive)."""
        if i + 1 >= len(sent) or sent[i + 1].kind != "w" or sent[i + 1].low in FUNCTION_CAPS:
            return None
        if sent[i + 1].low in grammar.TIME_END or sent[i + 1].low in ("that", "it", "this"):
            return None
        span = np_right(sent, i + 1, len(sent))
        if span is None:
            return None
        speaker = self.resolver.resolve(sent, span, subject)
        if speaker.kind == "unknown":
            return None
        return speaker, i, span[1] + 1, (sent[span[0]].start, sent[span[1]].end)

    def _initial_person(self, sent: list[Token], comma: int) -> tuple[Speaker, Span] | None:
        """The person whose name opens the sentence and a comma closes, with its words; the
        aside up to the comma at `comma` has no cue of its own."""
        first_comma = next((c for c in range(1, min(comma, 6)) if sent[c].text == ","), None)
        if first_comma is None or first_comma == comma:
            return None
        start, end = sent[0].start, sent[first_comma - 1].end
        people = [
            (s, e, ent)
            for s, e, ent in self.resolver.mentions.within(start, end)
            if ent["label"] == "PERSON" and s == start
        ]
        if not people or any(grammar.cue_at(sent, c) for c in range(first_comma, comma)):
            return None
        speaker = self.resolver.resolve(sent, (0, first_comma - 1), None)
        return (speaker, (start, end)) if speaker.kind == "person" else None

    def _voiced_before(self, sent: list[Token], k: int) -> tuple[Speaker, Token, Span] | None:
        """ "his friends jeered, ''Do svidaniya!''", "Hillary shot back, “I suppose …”": a verb
        of voicing the lexicon does not list, then a comma or colon and the quote at k."""
        v = k - 2 if k >= 2 and sent[k - 1].text in ",:" else k - 1
        if v < 1 or sent[v].low in PARTICLES:
            v -= 1  # "shot back"
        if v < 1 or sent[v].kind != "w" or not sent[v].text.islower():
            return None
        if not (sent[v].low.endswith("ed") or sent[v].low == "shot") or sent[v].low in NOT_VOICING:
            return None
        j = v - 1
        while j >= 0 and v - j <= 3 and (sent[j].low in SKIP_BEFORE or _adverb(sent[j])):
            j -= 1
        span = np_left(sent, j, 0) if j >= 0 else None
        if span is None:
            return None
        named = (sent[span[0]].start, sent[span[1]].end)
        return self.resolver.resolve(sent, span, None), sent[v], named

    def _quoting_subject(
        self, sent: list[Token], i: int, opener: Speaker | None
    ) -> tuple[Speaker, int, int, Span] | None:
        """ "James Lewis, a former … expert who now studies …, said, “…”", "Mr. McConnell
        deflected questions before saying, “…”": a cue that introduces a quote and whose
        speaker the rules above miss is the sentence's first named person's."""
        if opener is None or opener.kind != "person" or not opener.entity:
            return None
        if i == 0 or sent[i - 1].kind == "q" or grammar.quote_ahead(sent, i + 1, 4) is None:
            return None
        return opener, i, i + 1, self.named.get(opener.key or "")

    def _appositive(
        self, sent: list[Token], j: int, subject: Speaker | None
    ) -> tuple[Speaker, int] | None:
        """ "Rutte, NATO's chief, said" or "NATO's chief, Mark Rutte, said": name and role."""
        k = j - 1
        while k > 0 and j - k <= 16 and sent[k].text != ",":
            k -= 1
        if k <= 0 or sent[k].text != "," or k == j - 1:
            return None
        outer = np_left(sent, k - 1, 0)
        if outer is None:
            return None
        if sent[outer[0]].text[0].isdigit() and outer[0] >= 2 and sent[outer[0] - 1].text == ",":
            # "Ravi Menon, 34, founder of CrediFlow, told": the age is a second appositive.
            name = np_left(sent, outer[0] - 2, 0)
            if name is not None:
                outer = name
        resolver, text = self.resolver, self.resolver.text
        speaker = resolver.resolve(sent, outer, subject)
        inner_text = text[sent[k + 1].start : sent[j - 1].end]
        outer_named = any(
            e["label"] == "PERSON"
            for _, _, e in resolver.mentions.within(sent[outer[0]].start, sent[outer[1]].end)
        )
        if speaker.kind != "person" or not outer_named:
            inner = np_right(sent, k + 1, j)
            if inner is not None:
                named = resolver.resolve(sent, (inner[0], j - 1), subject)
                if named.kind == "person":
                    role = grammar.strip_det(text[sent[outer[0]].start : sent[outer[1]].end])
                    return Speaker(named.name, named.entity, role, "person"), outer[0]
            return speaker, outer[0]
        if not speaker.role and sent[k + 1].low not in ("who", "whose", "which", "now"):
            return Speaker(
                speaker.name, speaker.entity, grammar.strip_det(inner_text), "person"
            ), outer[0]
        return speaker, outer[0]


def _no_subject(tok: Token) -> bool:
    """A sentence's first word that opens no subject: a preposition, a conjunction, an adverb
    or a participle ("In", "Instead", "Speaking", "Having")."""
    return tok.low in FUNCTION_CAPS or tok.low.endswith(("ing", "ly"))


def _adverb(tok: Token) -> bool:
    """ "who strongly support", "publicly criticized": an adverb between speaker and cue."""
    low = tok.text
    return low.islower() and low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERBS
