"""Where a reported clause ends: at a semicolon, a dash, a second attribution ("…, Devine
responded: “…”"), a clause of its own after a comma (", while …", ", adding …") or an
attribution that closes the sentence (", he said."). Split from streams.stages.claims.reported,
whose complements and closing attributions (streams.stages.claims.preceding) end here.
"""

from __future__ import annotations

from streams.stages.claims.quotes import Token, words
from streams.stages.claims.speakers import cue_lemma

AUXILIARIES = frozenset(words("has have had is are was were will would can could may might must"))
CUT_AFTER_COMMA = frozenset(
    words(
        "and but while although though whereas yet so according adding saying describing calling"
        " insisting warning noting accusing whether who"
    )
)


def quote_end(sent: list[Token], k: int) -> int:
    """End of a complement that opens with the quote at k: the quote alone when it closes on
    its own punctuation ("said, “We’ll see,” when asked …"), else the clause it begins."""
    if sent[k].text.rstrip()[-1:] in ",.!?" and (k + 1 >= len(sent) or sent[k + 1].kind == "w"):
        return k + 1
    return clause_end(sent, k)


def clause_break(tok: Token) -> bool:
    return tok.kind == "p" and tok.text in ",.;:!?()"


def clause_end(sent: list[Token], lo: int) -> int:
    """End (exclusive) of a complement: the sentence end, a semicolon, or ", while …"."""
    hi = lo
    n = len(sent)
    while hi < n:
        tok = sent[hi]
        if tok.kind == "p" and tok.text in ";":
            break
        if tok.kind == "p" and tok.text in "—–" and hi > lo:
            break
        if tok.low in ("and", "but") and hi > lo + 2 and hi + 1 < n and _cue_verb(sent[hi + 1]):
            break  # "found Trump “very charming” and called his standing …": a second claim
        if tok.text == "," and hi + 1 < n and _introduces_quote(sent, hi + 1):
            break  # "…, Devine responded: “I guess so.”": another attribution begins
        if tok.text == "," and hi + 1 < n:
            nxt = sent[hi + 1]
            quoted = nxt.low in ("but", "and") and hi + 2 < n and sent[hi + 2].kind == "q"
            relative = nxt.low == "who" and not any(t.text[0].islower() for t in sent[lo:hi])
            cut = nxt.low in CUT_AFTER_COMMA and not quoted and not relative
            if cut or attribution_tail(sent, hi + 1):
                break  # ", but “the offers were …”" goes on quoting the same speaker
            if nxt.low.endswith("ing") and cue_lemma(nxt):
                break  # ", telling Stephanopoulos that …": a second attribution begins

        hi += 1
    while hi > lo and sent[hi - 1].kind == "p" and sent[hi - 1].text not in ")":
        hi -= 1
    return hi


def _cue_verb(tok: Token) -> bool:
    """A past or present cue verb that opens a second predicate: "and called", "but added"."""
    return cue_lemma(tok) is not None and tok.low.endswith(("ed", "s", "id", "ld", "ote"))


def _introduces_quote(sent: list[Token], m: int) -> bool:
    """A few words, a cue, and a quote after it (a colon or comma between): "Devine responded:
    “…”"."""
    for c in range(m, min(len(sent) - 1, m + 5)):
        if cue_lemma(sent[c]):
            nxt = c + 2 if sent[c + 1].text in ",:" else c + 1
            return nxt < len(sent) and sent[nxt].kind == "q"
        if sent[c].kind != "w":
            return False
    return False


def attribution_tail(sent: list[Token], m: int) -> bool:
    """ ", he said." or ", said the minister.": the rest of the sentence only attributes;
    ", has revealed nothing about …" continues a subject, attributing nothing."""
    if m < len(sent) and sent[m].low in AUXILIARIES:
        return False
    for c in range(m, min(len(sent), m + 6)):
        if cue_lemma(sent[c]):
            rest = sent[c + 1 :]
            return all(t.kind != "q" for t in rest) and len(rest) <= 12
        if sent[c].kind != "w":
            return False
    return False
