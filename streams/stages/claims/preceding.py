"""Attributions that follow or interrupt what they report.

"The talks collapsed, Berg said.", "The plan, Berg said, will fail.", "Most
were, according to an official, upgraded to “Secret”.": the claim is the clause
before the attribution, or the whole sentence around it. Split from
streams.stages.claims.reported, whose complements run forward from the cue; the
scans here are bounded by the sentence too.
"""

from __future__ import annotations

from streams.stages.claims.clauses import CUT_AFTER_COMMA, clause_end
from streams.stages.claims.lexicon import BELIEF, THAT_NEXT
from streams.stages.claims.quotes import Token, words
from streams.stages.claims.reported import PASSIVE, dash
from streams.stages.claims.speakers import cue_lemma


def according_to(sent: list[Token], lo: int) -> tuple[int, int, int] | None:
    """The source after "according to", up to the comma: "figures published by NHS England"
    names NHS England; returns the phrase's first and last token and where the clause goes on."""
    n = len(sent)
    while lo < n and sent[lo].low in ("the", "a", "an"):
        lo += 1
    hi = lo
    while hi < n and hi - lo < 14 and (sent[hi].kind == "w" or sent[hi].text in "&/"):
        hi += 1  # "a Reuters/Ipsos poll"
    if hi == lo:
        return None
    first, last = lo, hi - 1
    # A long source ("results of exit polls conducted by … for the Associated Press and
    # television networks"): its clause goes on after the comma that closes it. A dash
    # ("Most Americans - 63 percent, according to the report - still …") closes it too: a
    # hyphenated name is one token.
    while hi < n and hi - lo < 30 and (sent[hi].kind == "w" or sent[hi].text in "&/"):
        hi += 1
    for k in range(lo, hi):
        if sent[k].low == "by" and k + 1 < hi:
            first = k + 1
            while first < last and sent[first].low in ("the", "a", "an"):
                first += 1
            break
    for k in range(first + 1, last + 1):
        low = sent[k].low
        participle = low.endswith("ed") and low.islower() and not sent[k - 1].low.endswith("ly")
        if low in ("on", "in", "at", "last", "this") or participle:
            last = k - 1  # "figures published on Thursday", "the indictment unsealed in …"
            break
    return first, last, hi


def preceding(
    sent: list[Token], first: int, after: int, cue_last: bool = False
) -> tuple[int, int] | None:
    """ "The talks collapsed, Berg said.": the clause before a comma and a closing attribution.

    An attribution set inside its sentence ("The plan, Berg said, will fail.") reports
    the whole sentence around it; one naming its speaker last ("…, said Anna Berg, the
    bank's chief economist, who …") reports only the clause before it. `cue_last`: the
    attribution ends with its cue ("Berg said"), not with the speaker ("said Berg").
    """
    while first > 0 and sent[first - 1].low in ("the", "a", "an", "his", "her", "its", "their"):
        first -= 1
    according = sent[first].low == "according"
    if according and first >= 4 and sent[first - 1].kind == "w":
        # "Clinton leads by 271 delegates according to a count by the AP": no comma needed.
        first += 1
    elif first < 2 or not (sent[first - 1].text == "," or (according and dash(sent[first - 1]))):
        return None
    end = first - 1
    inserted = participle = False
    if cue_last:  # "…, Hollande said Tuesday in Paris, noting …": step over the adjuncts
        m = after
        while m < len(sent) and m - after < 4 and sent[m].kind == "w" and not cue_lemma(sent[m]):
            m += 1
        if m > after and m < len(sent) and sent[m].text == ",":
            after = m
    if after + 1 < len(sent) and sent[after].text == "," and not according:
        nxt = sent[after + 1]
        participle = nxt.low.endswith("ing") and cue_lemma(nxt) is not None
        going_on = nxt.low not in CUT_AFTER_COMMA or nxt.low in ("but", "and")
        verb = cue_lemma(nxt) in BELIEF | THAT_NEXT  # "…, he said, feels appropriate"
        if cue_last and nxt.kind == "w" and (not cue_lemma(nxt) or verb) and going_on:
            # "Trump, Sexton said, has created a “…”"; "He may not electrify a room, they say,
            # but he is still …": the sentence around the attribution.
            inserted = _opening(sent, first - 1)
    if inserted:
        end = clause_end(sent, after + 1)
    elif not cue_last and sent[after].low in ("who", "whose") and not according:
        pass  # "…, said an American official who was briefed on …": the clause before the cue
    elif len(sent) - after > 8 and not according and not participle and sent[after].text != ";":
        if sent[after].text != "," or any(t.kind == "q" for t in sent):
            return None
        if cue_last:
            nxt = sent[after + 1]
            if nxt.low in CUT_AFTER_COMMA or nxt.kind != "w" or cue_lemma(nxt):
                return None
            end = clause_end(sent, after + 1)
    if according and any(_reports(sent, k) for k in range(first - 1)):
        return None  # "X told investors that …, according to the indictment": X's claim
    if according and after + 1 < len(sent) and (sent[after].text == "," or dash(sent[after])):
        nxt = sent[after + 1]  # "Most were, according to an official, upgraded to “Secret”."
        if nxt.kind == "w" and nxt.low not in CUT_AFTER_COMMA and not cue_lemma(nxt):
            end = clause_end(sent, after + 1)
            inserted = True
    if any(t.kind == "q" for t in sent[end:]) and not (inserted or participle):
        return None
    if any(t.kind == "q" for t in sent[:end]) and sum(t.kind == "w" for t in sent[:end]) < 3:
        return None  # a quote with a word or two around it: the bare quote's rule attributes it
    lo = 0
    while lo < first - 1 and sent[lo].kind == "p":
        lo += 1
    if end == first - 1:
        return (lo, end) if end - lo >= 3 else None
    return (lo, end) if end - lo >= 8 else None


# Cues that report a statement wherever they stand; others ("posted", "show", "maintain")
# only with "that" or a quote after them.
SPEECH = frozenset(words("say tell add claim insist warn argue explain declare state write"))


def _reports(sent: list[Token], k: int) -> bool:
    """Whether the cue at k reports a statement of its own: "X told investors that …", not
    "troops are posted", "records show the sum"."""
    lemma = cue_lemma(sent[k])
    if lemma is None or (k > 0 and sent[k - 1].low in PASSIVE):
        return False
    if sent[k].low == "told" and k > 0 and sent[k - 1].low == "all":
        return False  # "All told, super PACs spent …": an idiom, no attribution
    nxt = sent[k + 1] if k + 1 < len(sent) else None
    return lemma in SPEECH or (nxt is not None and (nxt.low == "that" or nxt.kind == "q"))


def _opening(sent: list[Token], comma: int) -> bool:
    """Whether the words before an attribution set inside the sentence are its subject only
    ("Trump, Sexton said, has …"): a few words, no quote."""
    before = sent[:comma]
    return 0 < len(before) <= 12 and not any(t.kind == "q" for t in before)
