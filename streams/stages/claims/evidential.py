"""Claims nobody is named for: what "seems", "appears", "is expected" or "reportedly" holds.

"Nabisco is expected to cut 277 workers", "Republican voters appear to be moving
behind Trump", "It seems Trump's campaign will go on without them", "Trump
reportedly told aides …": the writer reports a view or a report without saying
whose. PolNeAR annotates each as an attribution with no Source, its Content the
subject and the words after the cue; on its train split these cues carry about
240 such attributions (weighted by annotators: seem 80, appear 80, be expected 65,
reportedly 14), nearly all with "to" after the cue, so "appeared on Fox News"
and "as expected" report nothing. About half of what the rule finds on train
matches such a gold attribution (precision 0.54 against the stage's 0.77): a
subject that is a person ("Rubio seemed hopeful that …") is often annotated as
the source, and a clause inside someone's statement as theirs.
The claim's speaker is UNKNOWN and no words name it.

The clause is read from the tokens (streams.stages.claims.quotes) as the other
rules are: its subject back to the last clause break before the cue, its end at
the next comma or clause end.
"""

from __future__ import annotations

from streams.stages.claims.clauses import clause_end
from streams.stages.claims.quotes import Token, words

RAISING = frozenset(words("seem seems seemed appear appears appeared"))
# "seemed beside the point", "seems unlikely": only "seem" reports without "to".
COPULAR = frozenset(words("seem seems seemed"))
BE = frozenset(words("is are was were be been being 's ’s"))
# Words that may stand between "is" and "expected" or between a subject and its cue.
BETWEEN = frozenset(words("widely also still not now generally largely broadly"))
# Words that close the clause before the subject: "…, and voters appear to …".
OPENERS = frozenset(
    words("and but or so because while although though since if when as that whereas yet")
)
CUES = RAISING | {"expected", "reportedly"}  # what _at reads: tested first, on every word
EVIDENTIAL_ACT = "belief"
REPORTED_ACT = "statement"
MAX_SUBJECT = 14  # tokens: a longer run before the cue is no subject of it
LEAST = 3  # words besides the cue a claim needs


def sourceless(sent: list[Token]) -> list[tuple[int, int, int, str]]:
    """Token ranges [lo, hi) of claims with no source in a sentence, each with its cue's index
    and the act it reports."""
    out: list[tuple[int, int, int, str]] = []
    taken = -1
    for i, tok in enumerate(sent):
        if i < taken or tok.kind != "w" or tok.low not in CUES:
            continue
        found = _at(sent, i)
        if found is None:
            continue
        lo, hi, act = found
        if sum(t.kind == "w" for t in sent[lo:hi]) - 1 < LEAST:
            continue
        out.append((lo, hi, i, act))
        taken = hi
    return out


def _at(sent: list[Token], i: int) -> tuple[int, int, str] | None:
    low = sent[i].low
    nxt = sent[i + 1].low if i + 1 < len(sent) else ""
    if low in RAISING:
        if i > 0 and sent[i - 1].low == "it":
            # "It seems Trump's campaign …", "it appears that …": the clause after the cue.
            start = i + 2 if nxt == "that" else i + 1
            return _clause(sent, start, start, EVIDENTIAL_ACT)
        if nxt != "to" and not (low in COPULAR and sent[i + 1 : i + 2] and _word(sent[i + 1])):
            return None
        return _with_subject(sent, i, EVIDENTIAL_ACT)
    if low == "expected" and nxt == "to":
        j = i - 1
        while j >= 0 and sent[j].low in BETWEEN:
            j -= 1
        if j < 1 or sent[j].low not in BE:
            return None  # "as expected", "the expected outcome": nobody expects anything here
        return _with_subject(sent, j, EVIDENTIAL_ACT)
    if low == "reportedly":
        return _with_subject(sent, i, REPORTED_ACT)
    return None


def _with_subject(sent: list[Token], cue: int, act: str) -> tuple[int, int, str] | None:
    """From the subject before the cue (or its first auxiliary) to the end of the clause."""
    j = cue - 1
    while j >= 0 and sent[j].low in BETWEEN:
        j -= 1
    lo = j + 1
    while lo > 0 and cue - lo < MAX_SUBJECT:
        prev = sent[lo - 1]
        if prev.kind != "w" or prev.low in OPENERS:
            break
        lo -= 1
    if cue - lo >= MAX_SUBJECT or lo > j:
        return None  # no subject, or too long a run to be one
    return _clause(sent, lo, cue + 1, act)


def _clause(sent: list[Token], lo: int, rest: int, act: str) -> tuple[int, int, str] | None:
    """[lo, hi): up to the clause's end or its first comma after `rest`."""
    if rest >= len(sent):
        return None
    hi = clause_end(sent, rest)
    hi = next((m for m in range(rest, hi) if sent[m].text == ","), hi)
    return (lo, hi, act) if hi > rest else None


def _word(tok: Token) -> bool:
    return tok.kind == "w" or tok.kind == "q"
