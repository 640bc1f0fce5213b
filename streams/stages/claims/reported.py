"""The grammar of reported speech: what a speech cue reports, token by token.

Given a cue ("said", "told", "accused", "according to") in a sentence of
tokens (streams.stages.claims.quotes), these functions find its complement: after
"that", after adjuncts ("on Tuesday", "in a statement"), after an audience
("told parliament"), after "accused X of", "described it as". A closing
attribution ("The talks collapsed, Berg said.") reports what comes before it:
streams.stages.claims.preceding. Every scan is bounded by the sentence, itself
at most MAX_SENTENCE tokens.
"""

from __future__ import annotations

from streams.stages.claims.clauses import AUXILIARIES, CUT_AFTER_COMMA, clause_end, quote_end
from streams.stages.claims.lexicon import (
    AUDIENCE_CUES,
    BELIEF,
    DOCUMENT_HEADS,
    EVIDENCE,
    NEED_THAT,
    NOUN_OBJECT,
    ROLE_WORDS,
    THAT_NEXT,
)
from streams.stages.claims.quotes import ABBREVIATIONS, Token, words
from streams.stages.claims.speakers import CUES, cue_lemma

PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being", "get", "got"})
ADJUNCT_START = frozenset(
    words(
        "on in at during after late early earlier last this via through alongside with before"
        " following while when to from"
    )
)
TIME_END = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday night morning evening afternoon"
        " week month year day weekend today yesterday"
    )
)
VENUES = frozenset(
    words(
        "statement interview speech briefing conference post letter video address tweet message"
        " report meeting call session broadcast television radio parliament remarks news"
        " appearance note email op-ed column summit convention rally event debate hearing"
        " podcast program show"
    )
)
AUDIENCE = frozenset(
    words(
        "reporters journalists parliament lawmakers assembly conference rally supporters radio"
        " television newspaper agency committee senators broadcaster interview crowd audience press"
        " news briefing congress lawmakers mps delegates students workers host anchor moderator"
        " interviewer"
    )
)
# Words before a noun, never before a verb: "the report", "news reports".
NOUN_BEFORE = frozenset(
    words("the a an his her its their our this that these those new recent news media latest")
)
# Sources whose findings "show" a claim: "a CNN poll showed a one-point race".
FINDERS = frozenset(
    words("poll polls survey surveys study studies data results records figures report analysis")
)
POINT = frozenset(words("point points pointed pointing"))
DETERMINERS = frozenset(words("a an the his her their its our my your"))
WH_WORDS = frozenset(words("how why what whether where when who"))
OBJECT_PRONOUNS = frozenset(words("him her them me us you"))
_S = ("’s", "'s")
CLAUSE_START = frozenset(words("he she they it we the his her its their a an there this"))
# What else opens the bare clause of a belief: "I think both men are …", "she knows how to …".
BELIEF_START = WH_WORDS | frozenset(
    words("i we you both all most many some no none nobody everyone everybody these those our my")
)


def strip_det(phrase: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        phrase = phrase.removeprefix(det)
    return phrase


def dash(tok: Token) -> bool:
    return tok.kind == "p" and tok.text in "—–-"


# Every word cue_at may take for a cue: a walk need not call it on any other.
CUE_WORDS = frozenset({"according", "put", *POINT, *CUES})


def cue_at(sent: list[Token], i: int) -> str | None:
    tok = sent[i]
    if tok.low == "according" and i + 1 < len(sent) and sent[i + 1].low == "to":
        return "according to"
    if tok.low == "put" and i + 2 < len(sent) and sent[i + 1].low == "it":
        return "put"  # "As Akhil Amar put it, “…”": attributes the quote only (QUOTE_ONLY)
    if tok.low in POINT and i + 2 < len(sent) and sent[i + 1].low == "out":
        return "point-out"  # "Sanders pointed out that …"
    lemma = cue_lemma(tok)
    if tok.low in DOCUMENT_HEADS and i > 0 and sent[i - 1].low in NOUN_BEFORE:
        return None  # "the report said", "news reports say": a document, not a cue
    if lemma and i > 0 and sent[i - 1].low in DETERMINERS:
        return None  # "a liberal think tank" aside, "his claim", "the call": nouns
    if lemma and i + 1 < len(sent) and sent[i + 1].low in ("tank", "tanks", "piece", "pieces"):
        return None  # "think tank", "think piece"
    if tok.low in ("show", "shows") and quote_ahead(sent, i + 1, 2) is not None:
        return None  # "the reality show “The Apprentice”": a title, not what a finding shows
    if lemma and tok.low.endswith(("ed", "en")) and i + 1 < len(sent) and sent[i + 1].low == "by":
        return None  # "exit polling reported by CNN": a passive participle reports nothing here
    if lemma == "call" and not (i + 1 < len(sent) and sent[i + 1].low in ("it", "them", "this")):
        # "called the system “rigged”": a name-calling quote; "called for", "called him" are not.
        return lemma if quote_ahead(sent, i + 1, 5) is not None else None
    return lemma


def quote_ahead(sent: list[Token], k: int, within: int = 10) -> int | None:
    """The quote a cue introduces past a few words: "declared in the spin room, “…”"."""
    for m in range(k, min(len(sent), k + within)):
        tok = sent[m]
        if tok.kind == "q":
            return m
        if tok.text in ",:" and m + 1 < len(sent) and sent[m + 1].kind == "q":
            return m + 1
        dot = tok.text == "." and m > k and sent[m - 1].low in ABBREVIATIONS  # "of Mr. Trump, “"
        if (tok.kind != "w" and not dot) or cue_lemma(tok):
            return None
    return None


def complement(sent: list[Token], k: int, lemma: str) -> tuple[int, int] | None:
    """Token range [lo, hi) of what the cue reports, or None when it reports nothing here."""
    n = len(sent)
    if k < n and lemma == "point-out" and sent[k].low == "out":
        k += 1
    if k < n and lemma == "say" and sent[k].low == "of":
        # "says of Clinton, “If she …”": the quote after whom it is about; "said of Apple" alone
        # reports nothing.
        ahead = quote_ahead(sent, k + 1, 6)
        return (ahead, quote_end(sent, ahead)) if ahead is not None else None
    if k >= n or sent[k].low in ("who", "whom", "whose", "which"):
        return None  # "…, said an official who was briefed on …": the clause before it
    if dash(sent[k]) and lemma != "according to":
        # "said — on Twitter, as it happens — that Trump raised …": an aside between dashes.
        close = next((m for m in range(k + 1, min(n, k + 14)) if dash(sent[m])), None)
        if close is not None and close + 1 < n:
            k = close + 1
    if sent[k].text in (",", ":"):
        if k + 1 < n and sent[k + 1].kind == "q":
            return k + 1, quote_end(sent, k + 1)
        aside = next((m for m in range(k + 1, min(n - 1, k + 8)) if sent[m].text == ","), None)
        if aside is not None and sent[aside + 1].low == "that" and lemma != "according to":
            # "She also said, without evidence, that “…”": an aside between the cue and "that".
            return nonempty(sent, aside + 2, clause_end(sent, aside + 2))
        if lemma == "according to" and sent[k].text == "," and k + 1 < n:
            if sent[k + 1].low in SUBORDINATE and _opens(sent, k):
                # "According to the documents, while Democrats attack their enemies, in private
                # they …": the whole sentence after the source, its subordinate clause too.
                return nonempty(sent, k + 1, clause_end(sent, _main_clause(sent, k + 1)))
            if sent[k + 1].low in CUT_AFTER_COMMA:
                return None  # "…, according to the AP, but Sanders has vowed …": the clause before
            return nonempty(sent, k + 1, clause_end(sent, k + 1))
        return None
    if sent[k].kind == "q":
        return k, quote_end(sent, k)
    ahead = quote_ahead(sent, k)
    if ahead is not None and lemma == "call":
        return k, ahead + 1  # whom and the quoted name: "in a tweet" after it is no claim
    if ahead is not None and sent[ahead - 1].text in ",:":
        return ahead, clause_end(sent, ahead)
    if lemma == "accuse":
        of = find_word(sent, k, 15, ("of",))
        return nonempty(sent, k, clause_end(sent, k)) if of is not None else None
    if lemma in ("describe", "call"):
        as_ = find_word(sent, k, 6, ("as",)) if lemma == "describe" else k
        if as_ is None and sent[k].kind == "w" and sent[k].low not in ADJUNCT_START:
            return nonempty(sent, k, clause_end(sent, k))  # "described Clinton's plans for …"
        return nonempty(sent, as_ + 1, clause_end(sent, as_ + 1)) if as_ is not None else None
    if lemma == "according to":
        return None
    that = find_word(sent, k, 20, ("that",))
    near = that is not None and (
        that == k
        or sent[k].low in ADJUNCT_START
        or sent[k].low == "for"  # "said for the first time that …"
        or (that == k + 1 and sent[k].low in TIME_END)
    )
    if that is not None and (near or (lemma in NEED_THAT and lemma not in THAT_NEXT)):
        if that + 1 < n and sent[that + 1].low in AUXILIARIES:
            return nonempty(sent, that, clause_end(sent, that))  # "said that is a distortion"
        return nonempty(sent, that + 1, clause_end(sent, that + 1))
    if lemma in NEED_THAT and k < n and sent[k].low in WH_WORDS:
        return nonempty(sent, k, clause_end(sent, k))  # "noted how happy she was to be here"
    if lemma == "add" and k >= 2 and sent[k - 1].low == "adding" and sent[k - 2].text == ",":
        # "…, he said, adding the involvement should be minimal": a bare clause, as a belief's.
        first = sent[k]
        if _bare(first.low) in CLAUSE_START or first.low in BELIEF_START or first.text[0].isupper():
            return nonempty(sent, k, clause_end(sent, k))
    if lemma in EVIDENCE:  # "polls show Clinton leading", "found 45 percent of voters …"
        start = skip_adjuncts(sent, k)
        if start is None or start >= n:
            return None
        first = sent[start]
        if first.kind != "w":
            return None
        if any(t.low in FINDERS for t in sent[max(0, k - 4) : k]):
            # "a CNN/ORC poll showed a mere one-point difference": what a poll shows is a claim.
            return nonempty(sent, start, clause_end(sent, start))
        if first.low in ("a", "an", "the", "this"):
            return None
        if first.low in ("he", "she", "they", "it", "we", "her", "him", "them") or (
            first.text[0].isupper() or first.text[0].isdigit()
        ):
            return nonempty(sent, start, clause_end(sent, start))
        return None
    if lemma in THAT_NEXT:
        return None
    if lemma in BELIEF:
        if lemma == "hope" and sent[k].low == "to":
            return nonempty(sent, k, clause_end(sent, k))  # "Cruz hopes to get …"
        start = skip_adjuncts(sent, k)
        if start is None or start >= n:
            return None
        first = sent[start]
        if _bare(first.low) in CLAUSE_START or first.low in BELIEF_START or first.text[0].isupper():
            return nonempty(sent, start, clause_end(sent, start))
        return None
    if lemma in AUDIENCE_CUES:
        after_audience = skip_audience(sent, k)
        if after_audience is None:
            return None
        k = after_audience
    elif lemma in NOUN_OBJECT:
        start = skip_adjuncts(sent, k)
        if (
            start is None
            or start >= n
            or not (sent[start].kind == "w" or sent[start].text in "$£€")
        ):
            return None
        return nonempty(sent, start, clause_end(sent, start))
    elif lemma in NEED_THAT:
        return None
    start = skip_adjuncts(sent, k)
    if start is None:
        return None
    return nonempty(sent, start, clause_end(sent, start))


SUBORDINATE = frozenset(words("while although though whereas because since if when"))


def _opens(sent: list[Token], k: int) -> bool:
    """Whether the "according to" before k opens its sentence (after "But", "And")."""
    cue = next((m for m in range(k - 1, -1, -1) if sent[m].low == "according"), None)
    return cue is not None and all(t.low in ("but", "and", "so", "yet") for t in sent[:cue])


def _main_clause(sent: list[Token], lo: int) -> int:
    """Where the main clause after a subordinate one opening at lo begins: past its comma."""
    comma = next((m for m in range(lo + 1, min(len(sent), lo + 30)) if sent[m].text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < len(sent) else lo


def _bare(word: str) -> str:
    """A word without its clitic: "he’s" is "he", "they'd" is "they"."""
    return word.split("’")[0].split("'")[0]


def nonempty(sent: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    return (lo, hi) if hi > lo else None


def find_word(sent: list[Token], k: int, within: int, words: tuple[str, ...]) -> int | None:
    for m in range(k, min(len(sent), k + within)):
        if sent[m].low in words:
            return m
        if sent[m].kind == "q" and _title(sent, m):
            continue  # "said on ABC's “This Week” that …": a programme's name, not a quote
        if sent[m].kind == "q" or (sent[m].kind == "p" and sent[m].text in ".;:!?"):
            return None
    return None


def _title(sent: list[Token], m: int) -> bool:
    """A short quote after a possessive or a capitalised name: the title of a show or a book."""
    before = sent[m - 1] if m > 0 else None
    named = (
        before is not None
        and before.kind == "w"
        and (before.low.endswith(_S) or before.text[0].isupper())
    )
    return named and len(sent[m].text.split()) <= 5


def skip_audience(sent: list[Token], k: int) -> int | None:
    """ "told parliament he would", "told the BBC the plan": the audience, then a clause."""
    n = len(sent)
    m = k
    if m < n and sent[m].low in OBJECT_PRONOUNS:  # "told him she worries …"
        m += 1
    elif m < n and sent[m].kind == "w":
        step = 2 if sent[m].low in ("the", "a") else 1
        word = sent[m + step - 1] if m + step - 1 < n else sent[m]
        if word.kind == "w" and (word.text[0].isupper() or word.low in AUDIENCE):
            m += step
        # "The Star-Ledger of Newark", "ABC's “Good Morning America”": the name goes on.
        while k < m < n and m - k < 8:
            nxt = sent[m]
            if nxt.kind == "w" and (nxt.text[0].isupper() or nxt.low in AUDIENCE):
                m += 1
            elif nxt.low == "of" and m + 1 < n and sent[m + 1].text[0].isupper():
                m += 2
            elif nxt.low in ROLE_WORDS and m + 1 < n and sent[m + 1].text[0].isupper():
                m += 1  # "told TheBlaze founder Glenn Beck he would …"
            elif nxt.kind == "q" and len(nxt.text.split()) <= 4 and sent[m - 1].low[-2:] in _S:
                m += 1
            else:
                break
    if m == k:
        return None
    start = skip_adjuncts(sent, m)
    if start is None or start >= n:
        return None
    first = sent[start]
    if _bare(first.low) in CLAUSE_START or (first.kind == "w" and first.text[0].isupper()):
        return start
    return None


def skip_adjuncts(sent: list[Token], k: int) -> int | None:
    """Step over "on Tuesday", "in a statement", "late on Monday" between a cue and its clause."""
    n = len(sent)
    if k < n and sent[k].low in TIME_END and k + 1 < n and sent[k + 1].kind == "w":
        k += 1  # "said Tuesday in Paris", "told reporters Monday that"
    for _ in range(3):
        if k >= n or sent[k].low not in ADJUNCT_START:
            return k
        stop = None
        for m in range(k + 1, min(n, k + 7)):
            low = sent[m].low
            if low in TIME_END or low in VENUES or (sent[m].text[0].isdigit() and m > k + 1):
                stop = m
                break
            if sent[m].kind != "w":
                break
        if stop is None:
            return None
        k = stop + 1
        while k < n and (sent[k].low in VENUES or sent[k].low in TIME_END):
            k += 1  # "in a video message", "on Tuesday night"
        while k < n and sent[k].text == ",":
            k += 1
    return k


def trim(quoted: str, start: int, end: int) -> tuple[int, int]:
    """Drop the spaces and the trailing comma a quote carries before its attribution."""
    lead = len(quoted) - len(quoted.lstrip())
    body = quoted.rstrip()
    while body and body[-1] in ",;:":
        body = body[:-1].rstrip()
    return start + lead, start + len(body)
