"""Attributions the token rules leave out, read from a dependency parse of their sentence.

The rules of streams.stages.claims.attribution find a cue's speaker and complement by
their place: right before the cue, after "that", after an audience. Where a cue verb
stands and no rule took it ("RNC spokesman Sean Spicer on Thursday evening said the party
was not in a crisis", a subject far from its verb, a complement after a long adjunct),
the parse says which noun phrase is the verb's subject (the speaker) and which clause or
object its complement (the claim). A verb no list holds counts as a cue when a "that"
clause follows it ("The Christian leader related that …", "the campaign sees that …"):
on train those claims were right 0.67 of the time, once copulas ("the problem is that")
were left out. Only those sentences are parsed, all of an article's
together after the walk (spaCy's `pipe` costs about half as much per sentence as one call
each), so the stage stays within its share of the entity stage's time (`python -m bench
claims` prints the ratio). The model is the entity stage's package, loaded once per
process with its tok2vec and parser only.

On PolNeAR train (rounds of issue #20) these claims matched a gold attribution, speaker
included, 0.58 of the time, against 0.78 for the rules' own: above the 0.32 a claim needs
to raise the F1, so they stay; a cue the parse shows as a noun ("his claim"), with no
subject, a passive or an expletive subject ("it seems") gives none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Token as Word

from streams.stages.claims import acts
from streams.stages.claims.clauses import AUXILIARIES
from streams.stages.claims.found import Collector, Said
from streams.stages.claims.lexicon import NOUN_OBJECT
from streams.stages.claims.quotes import Quote, Token, words
from streams.stages.claims.reported import CLAUSE_START
from streams.stages.claims.speakers import CUES, Resolver, cue_lemma

# Parser labels of a verb's own places; a cue word anywhere else ("compound", "dobj",
# "pobj", "amod": "pledged delegates", "his claim") is no verb here.
VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp", "acl"})
CLAUSE = frozenset({"ccomp"})
CLAUSE_OR_OBJECT = frozenset({"ccomp", "dobj", "xcomp"})
# Cues that report what follows a particle or a preposition ("called for", "pointed to",
# "spoke about", "responded to", "lashed out at"), which the parse does not show as their
# clause or object: on train the parse of their sentences gave a claim in 1 of 30 tries.
NOT_PARSED = frozenset(
    {*acts.PARTICLES, "call", "call-for", "point", "point-out", "speak", "talk", "refer"}
    | set(words("rail respond"))
)
MAX_SPEAKER = 12  # tokens: a longer subject is named by its head word alone
# Characters of an article parsed at most, its first noted sentences: a PolNeAR article has
# about 800 to parse (its longest a few thousand), and an input made of cue words (a test
# of bad input) would otherwise cost the parser seconds.
MAX_PARSED = 20_000
BATCH = 32


@functools.cache
def parser() -> Language:
    """The entity stage's model with only what a parse needs, loaded on first use."""
    from streams.stages.entities import MODEL, model  # one model package for both stages

    return model.prepare(spacy.load(MODEL, exclude=list(PARSE_UNUSED)))


PARSE_UNUSED = ("ner", "lemmatizer", "attribute_ruler", "tagger", "senter")
"""Components of the package the parse does not need (it keeps tok2vec and the parser)."""


# Every word lemma_of may give a lemma for.
PARSED_WORDS = frozenset(CUES) | frozenset(acts.ACT_CUES)


def lemma_of(tok: Token) -> str | None:
    """The cue lemma a parse may read: a statement's or an act's, less NOT_PARSED."""
    if tok.kind != "w":
        return None
    lemma = cue_lemma(tok) or acts.ACT_CUES.get(tok.low)
    return None if lemma is None or lemma in NOT_PARSED else lemma


@dataclass(frozen=True)
class Pending:
    """A sentence with a cue no rule took: its cues' indices, the claims the rules found in
    it (indices into the walk's list) and how many speakers the resolver knew then."""

    sent: list[Token]
    cues: tuple[int, ...]
    found: tuple[int, int]
    known: int


class Parsing(Collector):
    """The walk's last rule: sentences noted on the way, parsed together at the end."""

    def __init__(self, resolver: Resolver, quotes: list[Quote], starts: list[int]) -> None:
        super().__init__(resolver, quotes, starts)
        self.pending: list[Pending] = []
        self.parsed = 0  # characters noted for the parse

    def note(self, sent: list[Token], before: int) -> None:
        """Keep the sentence for the parse if a cue in it is neither used nor inside a claim
        of the rules (a cue inside what someone said is theirs: "he said voters know …")."""
        taken = self.found[before:]
        used = {f.cue_start for f in taken}
        before_that = {k - 1 for k, tok in enumerate(sent) if tok.low == "that"}
        cues = tuple(
            k
            for k, tok in enumerate(sent)
            if (tok.low in PARSED_WORDS or k in before_that)  # what the tests below need
            and tok.start not in used
            and (lemma_of(tok) is not None or _that_verb(sent, k))
            and not any(f.start <= tok.start < f.end for f in taken)
        )
        size = sent[-1].end - sent[0].start
        if cues and self.parsed + size <= MAX_PARSED:
            self.parsed += size
            known = len(self.resolver.history)
            self.pending.append(Pending(sent, cues, (before, len(self.found)), known))

    def parse_pending(self) -> None:
        text = self.resolver.text
        pieces = (text[p.sent[0].start : p.sent[-1].end] for p in self.pending)
        nlp = parser()
        # The words new to the vocabulary are forgotten with the article, as the entity stage
        # forgets its batch's: a worker would otherwise keep every word it ever parsed. Only
        # offsets and our own tokens outlive the zone.
        with nlp.memory_zone():
            for pending, doc in zip(self.pending, nlp.pipe(pieces, batch_size=BATCH), strict=True):
                self._from_parse(pending, doc)
        self.pending = []

    def _from_parse(self, pending: Pending, doc: Doc) -> None:
        sent = pending.sent
        s0 = sent[0].start
        by_offset = {w.idx + s0: w for w in doc}
        claims = [(f.start, f.end) for f in self.found[pending.found[0] : pending.found[1]]]
        for k in pending.cues:
            tok = sent[k]
            verb = by_offset.get(tok.start)
            if verb is None or verb.dep_ not in VERB_DEPS:
                continue
            lemma = lemma_of(tok)
            statement = cue_lemma(tok)
            deps = CLAUSE if statement and statement not in NOUN_OBJECT else CLAUSE_OR_OBJECT
            span, head = complement(verb, deps), subject(verb)
            if lemma is None and not _that_clause(verb):
                continue
            if span is None or head is None:
                continue
            c0, c1 = span[0] + s0, span[1] + s0
            named = speaker_span(head)
            inside = [m for m, t in enumerate(sent) if named[0] + s0 <= t.start < named[1] + s0]
            if any(s < c1 and c0 < e for s, e in claims) or not inside:
                continue
            first, last = inside[0], inside[-1]
            with self.resolver.as_of(pending.known):
                speaker = self.resolver.resolve(sent, (first, last), None)
            if speaker.kind == "unknown":
                continue
            named_at = (sent[first].start, sent[last].end)
            said = Said(speaker, tok.low, tok, named_at, acts.act_of(lemma))
            claims.append((c0, c1))
            self._parsed_claim(sent, c0, c1, said)

    def _parsed_claim(self, sent: list[Token], c0: int, c1: int, said: Said) -> None:
        """Indirect, mixed (widened to whole quotes), or the direct quote it lies in."""
        quoted = [t for t in sent if t.kind == "q" and t.start < c1 and c0 < t.end]
        if len(quoted) == 1 and quoted[0].start <= c0 and c1 <= quoted[0].end:
            self._direct(quoted[0], said, self.paragraph(c0))  # a no-op for a claimed quote
            return
        if quoted:
            c0, c1 = min(c0, quoted[0].start), max(c1, quoted[-1].end)
        self._add("mixed" if quoted else "indirect", c0, c1, said, self.paragraph(c0))


# Verbs before "that" that attribute nothing: "the problem is that …", "it means that …".
NOT_SAYING = AUXILIARIES | frozenset(words("means meant does did seems seemed"))


def _that_verb(sent: list[Token], k: int) -> bool:
    """A verb no list holds before "that" and a clause: "related that it recently …"."""
    if k + 2 >= len(sent) or sent[k + 1].low != "that":
        return False
    tok, nxt = sent[k], sent[k + 2]
    return (
        tok.kind == "w"
        and tok.text.islower()
        and tok.low.endswith(("ed", "s"))
        and tok.low not in NOT_SAYING
        and (nxt.low in CLAUSE_START or nxt.text[0].isupper())
    )


def _that_clause(verb: Word) -> bool:
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def subject(verb: Word) -> Word | None:
    """The verb's subject, or that of the verb it joins or modifies ("… and said", "…,
    saying", "who said"); None for a passive subject or an expletive ("it seems")."""
    for _ in range(3):
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found is not None:
            return None if found.lower_ in ("it", "there") else found
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def complement(verb: Word, deps: frozenset[str]) -> tuple[int, int] | None:
    """Character span, in the parsed sentence, of the verb's clause or object: its subtree
    less a leading "that" and trailing punctuation; None under three words."""
    child = next((c for c in verb.children if c.dep_ in deps), None)
    if child is None:
        return None
    span = list(child.subtree)
    while span and (span[0].is_punct or (span[0].dep_ == "mark" and span[0].lower_ == "that")):
        span = span[1:]
    while span and span[-1].is_punct and span[-1].text not in "\"”'’":
        span = span[:-1]
    if sum(not w.is_punct for w in span) < 3:
        return None
    return span[0].idx, span[-1].idx + len(span[-1])


def speaker_span(head: Word) -> tuple[int, int]:
    """Character span of the noun phrase a subject heads (its head alone when long)."""
    span = list(head.subtree)
    if len(span) > MAX_SPEAKER:
        return head.idx, head.idx + len(head)
    return span[0].idx, span[-1].idx + len(span[-1])
