"""Claims stage: every attributed statement, who made it, how surely, and who disagrees.

`attribute(record)` turns a news.tagged record into a news.enriched one. Per
sentence (quotes kept whole, see streams.stages.claims.quotes) it finds speech cues
("said", "told", "accused", "according to"), the speaker beside each
(streams.stages.claims.speakers) and the cue's complement, which makes the claim:

- direct: the complement is a quotation, or a quotation is attributed by the
  clause right after it ("…," he said) or continues the previous speaker's
  quotes in a paragraph of its own; `text` is the quoted words.
- indirect: reported speech without quote marks ("said that …", "accused X
  of …", "described it as …").
- mixed: reported speech that quotes part of the statement.

Real news (measured on PolNeAR's 2016 election news, `python -m bench claims`)
also needs: attributions set inside a sentence ("The plan, Berg said, will
fail."); "according to" before, inside or after its clause; cues of belief
and evidence ("polls show that", "thinks he can"), of voicing ("chanted",
"the letter reads") and of naming ("called the system “rigged”"); a quote
after a colon or signed "― Name"; headline and transcript labels ("Paul Ryan:
…"); party tags between a name and its cue ("Rep. Gwen Moore (D-Wis.) said");
quotes written with doubled apostrophes (''…''), as some archives do;
documents as sources ("the report said", speaker kind `document`); progressive
cues ("Clinton is telling customers that …"); quotes voiced by verbs no list
holds ("“…,” Trump barked", "his friends jeered, “…”"); a sentence's opening
pronoun as the words naming its speaker; and a dateline left in the lead
("ROTTERDAM (Reuters) - "), which no claim includes; what "seems", "appears",
"is expected" or "reportedly" holds with no one named for it (speaker unknown).
`speaker.start`/`end` say where the attribution names its speaker ("he" in
"he said"); a speaker taken from context points where it was last named.

`start`/`end` are offsets into `text`, so `text[start:end] == claim["text"]`.

Check-worthiness rubric (0–1, the sum clamped; factual, numeric, attributable
statements rank above opinion and rhetoric):

    0.30  base for an attributed statement
  + 0.25  it contains a number (a quantity can be checked)
  + 0.15  it names an entity besides the speaker (people, places, organisations)
  + 0.10  it states a fact: a finite verb of being, having or an event
          (is, are, was, were, has, have, killed, sent, deployed, …)
  + 0.10  the speaker is named and linked to an entity (attributable)
  + 0.05  it carries a date ("on Tuesday")
  - 0.10  the speaker is anonymous or unknown
  - 0.20  opinion or rhetoric: evaluative words ("worrying", "shameful"), first
          person beliefs ("I think", "we hope"), "should"/"must", a question
  - 0.15  fewer than five words (a fragment such as a slogan)

Not every attribution is a statement: "Christie endorsed Trump", "she declined to
comment", "a reporter asked whether …", "Ward called for an inquiry" are claims
too (streams.stages.claims.acts). `act` says what the cue does: statement,
question, accusation, denial, warning, promise, belief, finding, evaluation,
intention or demand; a consumer that wants only what was said keeps
`act == "statement"`.

Modules: quotes (marks, tokens, sentences), lexicon (word lists), speakers
(noun phrases to speakers), reported (what a cue reports), clauses (where a
reported clause ends), preceding (what an attribution after or inside its
clause reports), acts (cues of evaluation, intention, demand and question, and
every cue's act), found (the claims found and the context the rules share),
locate (where an attribution names its speaker), bare (quotes no cue took),
evidential (claims nobody is named for: "is expected to", "seems",
"reportedly"), parsed (what the rules leave out, from a dependency parse),
attribution (the walk over sentences), qualifiers (hedges, negations, numbers,
dates), relations (supports/contradicts, the cross-article ClaimIndex).

The rules read tokens, not a parse: parsing every sentence with a speech cue
took about half the entity stage's time (spaCy's parser, 2026-11), twice the
quarter this stage may spend. Only the sentences where a cue stands and no rule
took it are parsed (streams.stages.claims.parsed), together, after the walk:
about a sixth of an article's text, and the stage's cost went from about a
twentieth to about a seventh of the entity stage's (`python -m bench claims`).

Bad input: the scan is linear in the text; an article with more quote marks or
characters than real prose has, or one that overruns the time budget, keeps
its entities and gets `skipped["claims"]` with the reason instead of claims.
An article keeps at most MAX_CLAIMS claims, the first in text order.
"""

from __future__ import annotations

import hashlib
import re
import time
from datetime import date

from streams.records import Record
from streams.stages.claims import qualifiers, relations
from streams.stages.claims.attribution import MAX_CLAIMS, Walk
from streams.stages.claims.found import Found
from streams.stages.claims.quotes import (
    MARKS,
    as_double_marks,
    find_quotes,
    paragraph_spans,
    sentences,
    tokenize,
    without_asides,
    words,
)
from streams.stages.claims.speakers import Mentions, Resolver, cue_lemma, entity_keys
from streams.stages.clean import datelines

BUDGET_S = 5.0
MAX_CHARS = 400_000
MAX_MARKS = 20_000
_ANALYSED = 2_000  # qualifiers read at most this many characters of a claim
_FACT_VERBS = words(
    "is are was were has have had been killed wounded sent sending deployed deploying joined"
    " launched attacked died arrested fired signed agreed rose fell increased reached supplied"
    " supporting supports involved occupied lost won paid cut built"
)
_FACT = re.compile(
    rf"\b(?={qualifiers.first_chars(_FACT_VERBS)})(?:{'|'.join(_FACT_VERBS)})\b", re.I
)
_OPINIONS = (
    *words(
        "worrying worried shameful disgraceful outrageous terrible great wonderful historic"
        " unacceptable absurd ridiculous"
    ),
    *("i think", "i believe", "we believe", "we hope", "i hope"),
    *words("should must ought hope wish"),
)
_OPINION = re.compile(
    rf"(?={qualifiers.first_chars([*_OPINIONS, '?'])})(?:\b(?:{'|'.join(_OPINIONS)})\b|\?)", re.I
)


def attribute(record: Record, *, budget: float = BUDGET_S) -> Record:
    """Add `claims` to a tagged record; `budget` bounds the seconds spent on one article."""
    if record["skipped"]:
        skipped = {**record["skipped"], "claims": "skipped by an earlier stage"}
        return {**record, "claims": [], "skipped": skipped}
    text: str = record["text"]
    reason = _refuse(text)
    if reason:
        return {**record, "claims": [], "skipped": {**record["skipped"], "claims": reason}}
    scanned = without_dateline(as_double_marks(text))
    found = _find(scanned, record.get("entities") or [], time.monotonic() + budget)
    if found is None:
        reason = f"the claims stage ran over its time budget of {budget:g} s on this article"
        return {**record, "claims": [], "skipped": {**record["skipped"], "claims": reason}}
    mentions = Mentions.of(record.get("entities") or [])
    today = qualifiers.article_date(record)
    claims = [_claim(record["id"], text, f, mentions, today) for f in found[:MAX_CLAIMS]]
    relations.relate_within(claims)
    return {**record, "claims": claims}


def without_dateline(text: str) -> str:
    """The text with a dateline left in its lead ("ROTTERDAM (Reuters) - ") blanked, same
    length: it names where the story comes from, no part of what anyone claims."""
    found = datelines.in_text(text)
    if found is None:
        return text
    start = found.places[0][0]
    return text[:start] + " " * (found.end - start) + text[found.end :]


def _refuse(text: str) -> str | None:
    marks = sum(text.count(m) for m in MARKS)
    if marks > MAX_MARKS:
        return f"the text has {marks:,} quote marks, over the limit of {MAX_MARKS:,}: not prose"
    if len(text) > MAX_CHARS:
        return f"the text has {len(text):,} characters, over the claims limit of {MAX_CHARS:,}"
    return None


def _find(text: str, entities: list[Record], deadline: float) -> list[Found] | None:
    paragraphs = paragraph_spans(text)
    quotes = find_quotes(text, paragraphs)
    tokens = without_asides(tokenize(text, quotes, paragraphs))
    resolver = Resolver(text, entities)
    starts = [s for s, _ in paragraphs]
    state = Walk(resolver, quotes, starts)
    for sentence in sentences(tokens, lambda tok: cue_lemma(tok) is not None):
        if time.monotonic() > deadline:
            return None
        state.sentence(sentence)
        if len(state.found) >= MAX_CLAIMS:
            break
    if time.monotonic() > deadline:
        return None
    state.parse_pending()
    state.found.sort(key=lambda f: (f.start, f.end))
    return state.found


def _claim(article: str, text: str, f: Found, mentions: Mentions, today: date | None) -> Record:
    body = text[f.start : f.end]
    head = body[:_ANALYSED]
    attribution = text[f.cue_start : min(f.cue_end + 80, len(text))] if f.cue else ""
    when = qualifiers.when(head, today) or qualifiers.when(_clause(attribution), today)
    keys = entity_keys(mentions, f.start, f.end)
    claim: Record = {
        "id": hashlib.sha256(f"{article}:{f.start}:{f.end}".encode()).hexdigest()[:16],
        "text": body,
        "speaker": f.speaker.as_record(f.named_at),
        "cue": f.cue,
        "act": f.act,
        "kind": f.kind,
        "start": f.start,
        "end": f.end,
        "hedged": qualifiers.hedge(head),
        "negated": qualifiers.negation(head) or (f.cue if f.cue in ("denied", "denies") else None),
        "numbers": qualifiers.numbers(head),
        "when": when,
        "entities": [k for k in keys if k != f.speaker.key],
        "check_worthiness": 0.0,
        "relations": [],
    }
    claim["check_worthiness"] = check_worthiness(claim, head)
    return claim


def _clause(attribution: str) -> str:
    cut = re.search(r"[.;!?\"“”]", attribution)
    return attribution[: cut.start()] if cut else attribution


def check_worthiness(claim: Record, head: str) -> float:
    """The rubric of the module docstring."""
    score = 0.30
    if claim["numbers"]:
        score += 0.25
    if claim["entities"]:
        score += 0.15
    if _FACT.search(head):
        score += 0.10
    speaker = claim["speaker"]
    if speaker["entity"]:
        score += 0.10
    if claim["when"]:
        score += 0.05
    if speaker["kind"] in ("anonymous", "unknown"):
        score -= 0.10
    if _OPINION.search(head):
        score -= 0.20
    if len(head.split()) < 5:
        score -= 0.15
    return round(min(max(score, 0.0), 1.0), 2)
