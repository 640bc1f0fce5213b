"""Attributions that report no statement: questions, evaluations, intentions and demands.

News attributes more than speech: "Christie endorsed Trump", "Sanders criticized
the deal", "Trump wants to build a wall", "she declined to comment", "a reporter
asked whether he would run", "Ward called for an inquiry", "O'Malley called
Trump a fascist". A reader holds the source to these as to a statement, and
PolNeAR annotates them so (about half its attributions have such a cue). Each
claim says which act its cue performs (`act`), so a user can keep statements
apart from stances and plans: ACTS below maps every cue lemma to one.

These cues are kept out of the statement cues (lexicon.CUES): they must not end
a sentence, attribute a quote ("…," he said) or cut a complement as a speech
cue does. What they report is the words right after them up to the clause's end
(reported.clause_end): the object of an evaluation, the "to" clause of an
intention, the question after "asked". No dependency parser, for the cost
reason in streams.stages.claims.
"""

from __future__ import annotations

from streams.stages.claims.clauses import clause_end
from streams.stages.claims.quotes import Token, words

ACT_FORMS = {
    # Evaluations: the source's stance on what the object names.
    "endorse": "endorse endorses endorsed endorsing",
    "criticize": "criticize criticizes criticized criticizing criticise criticises criticised"
    " criticising",
    "praise": "praise praises praised praising",
    "defend": "defend defends defended defending",
    "oppose": "oppose opposes opposed opposing",
    "mock": "mock mocks mocked mocking",
    "dismiss": "dismisses dismissed dismissing",
    "denounce": "denounce denounces denounced denouncing",
    "condemn": "condemn condemns condemned condemning",
    "blame": "blames blamed blaming",
    "slam": "slams slammed slamming",
    "blast": "blasts blasted blasting",
    "reject": "rejects rejected rejecting",
    "welcome": "welcomes welcomed welcoming",
    "applaud": "applauds applauded applauding",
    "question": "questioned questioning",
    "cite": "cite cites cited citing",
    "echo": "echoes echoed echoing",
    "propose": "propose proposes proposed proposing",
    "express": "expresses expressed expressing",
    "refer": "refers referred referring",
    "decry": "decries decried decrying",
    "attack": "attacked",
    "challenge": "challenged",
    "thank": "thanked thanking",
    "invoke": "invokes invoked invoking",
    "eviscerate": "eviscerates eviscerated eviscerating",
    "lambaste": "lambasts lambasted lambasting",
    "rail": "rails railed railing",
    "support": "supports supported",  # not "support", a noun more often: "voter support for"
    "back": "backing",
    # From PolNeAR's train split as in lexicon.CUE_FORMS (five gold cues, half their uses).
    "bemoan": "bemoans bemoaned bemoaning",
    "assail": "assails assailed assailing",
    "rebuke": "rebukes rebuked rebuking",
    "deride": "derides derided deriding",
    "liken": "likens likened likening",
    "portray": "portray portrays portrayed portraying",
    "champion": "championed championing",
    "revere": "revered",
    "hail": "hails hailed hailing",
    "insult": "insulted",
    "chide": "chides chided chiding",
    "credit": "credits credited crediting",
    "contradict": "contradicts contradicted contradicting",
    "downplay": "downplays downplayed downplaying",
    "dub": "dubbed",
    "rebuff": "rebuffed",
    "congratulate": "congratulated congratulating",
    "dislike": "dislikes disliked",
    # The same, with a particle before the object: "lashed out at", "sided with".
    "lash": "lashed lashing",
    "side": "sided",
    "balk": "balked balking",
    "distance": "distanced distancing",
    "spar": "sparred sparring",
    "rip": "ripped",
    "vouch": "vouched vouching",
    "dwell": "dwelled dwelt",
    "reference": "referenced referencing",
    # Intentions and demands: what the source means to do or wants done.
    "want": "want wants wanted",
    "plan": "plans planning",
    "intend": "intends intended",
    "seek": "seek seeks sought seeking",
    "decline": "declines declined declining",
    "refuse": "refuses refused refusing",
    "threaten": "threatens threatened threatening",
    "decide": "decides decided",
    "prefer": "prefer prefers preferred",
    "urge": "urge urges urged urging",
    "demand": "demands demanded demanding",
    "order": "ordered",
    "request": "requested",
    "encourage": "encouraged encouraging",
    "recommend": "recommended",
    "offer": "offered offering",
    "unveil": "unveils unveiled unveiling",
    "expect": "expect expects expecting",
    "consider": "considers considering",
    # Topics: what a source spoke of ("talked about the economy", "discussed the deal").
    "discuss": "discuss discusses discussed discussing",
    "talk": "talks talked talking",
    "speak": "speaks spoke speaking",
    "point": "points pointed pointing",
}
ACT_CUES: dict[str, str] = {
    form: lemma for lemma, forms in ACT_FORMS.items() for form in forms.split()
}
# Cues whose report is a "to" clause right after them: "declined to comment"; "plans" and
# "decided" alone are nouns or other senses.
TO_NEXT = frozenset(words("plan intend decline refuse threaten decide promise pledge vow"))
# The act each cue lemma performs (`act` in a claim). A cue not listed makes a statement.
ACTS: dict[str, str] = {
    **{lemma: "evaluation" for lemma in list(ACT_FORMS)[: list(ACT_FORMS).index("want")]},
    **{lemma: "intention" for lemma in words("want plan intend seek decline refuse decide")},
    **{lemma: "intention" for lemma in words("prefer threaten")},
    "see": "belief",
    **{lemma: "demand" for lemma in words("urge demand call-for order request encourage")},
    "consider": "belief",
    "recommend": "demand",
    "wonder": "question",
    "call": "evaluation",
    "ask": "question",
    "accuse": "accusation",
    "allege": "accusation",
    "charge": "accusation",
    "deny": "denial",
    "warn": "warning",
    "promise": "promise",
    "pledge": "promise",
    "vow": "promise",
    **{
        lemma: "belief"
        for lemma in words("think know feel hope fear believe worry expect remember")
    },
    **{lemma: "finding" for lemma in words("show find indicate reveal conclude")},
}
# Lemmas whose act `complement` reads: the acts' own and statement cues that also report a
# question ("asked whether") or an intention ("promised to").
ACT_LEMMAS = frozenset({*ACT_FORMS, "call-for", "ask", "promise", "pledge", "vow"})
# Words between such a cue and its object: "lashed out at", "distanced himself from".
PARTICLES = {
    "lash": frozenset(words("out at against")),
    "side": frozenset(words("with")),
    "balk": frozenset(words("at")),
    "distance": frozenset(words("from")),
    "spar": frozenset(words("with over on about")),
    "rip": frozenset(words("into")),
    "vouch": frozenset(words("for")),
    "dwell": frozenset(words("on upon")),
}
REFLEXIVES = frozenset(words("himself herself themselves itself myself ourselves"))
# Words after "asked" that open the question it reports: "asked whether he would run".
QUESTION_WORDS = frozenset(words("whether if how what why who when where which about"))
# Words an object never starts with: "backed by", "opposed to", "supported in 2012".
NOT_OBJECT = frozenset(
    words(
        "by to in on at of from with as into during after before since than that which who"
        " and or but because while when if so"
    )
)


def act_of(lemma: str | None, first: Token | None = None) -> str:
    """The act of a cue; `first`, the first word it reports, tells a request ("asked the
    network to donate") from a question ("asked whether")."""
    if lemma == "ask" and first is not None and first.low not in QUESTION_WORDS:
        return "demand"
    return ACTS.get(lemma or "", "statement")


CALL = frozenset(words("call calls called calling"))


def act_cue(sent: list[Token], i: int) -> str | None:
    """The act lemma of the token at i: "endorsed", "called for", "called Trump a fascist"."""
    tok = sent[i]
    if tok.kind != "w":
        return None
    nxt = sent[i + 1].low if i + 1 < len(sent) else ""
    if tok.low in CALL:
        if nxt in ("for", "to"):
            return "call-for"  # "called for an inquiry", "called to ban …"
        # "called a report suggesting … “outrageous”": the name is quoted further on.
        for m in range(i + 1, min(len(sent), i + 25)):
            if sent[m].kind == "q":
                return "call" if m > i + 1 else None
            if sent[m].kind == "p" and sent[m].text in ",.;:!?()—":
                break
        # "called Trump a fascist": a name (one to three words), then "a"/"an" and the label.
        for m in range(i + 2, min(len(sent), i + 5)):
            if sent[m].low in ("a", "an") and all(t.kind == "w" for t in sent[i + 1 : m]):
                return "call" if sent[i + 1].text[0].isupper() or nxt in _OBJECTS else None
        return None
    if tok.low in SEE_AS:
        # "Four in 10 voters see the campaign as unfair": a view, when "as" follows.
        for m in range(i + 2, min(len(sent), i + 14)):
            if sent[m].low == "as":
                return "see"
            if sent[m].kind != "w":
                return None
        return None
    return ACT_CUES.get(tok.low)


SEE_AS = frozenset(words("see sees saw view views viewed regard regards regarded"))
# Every word act_cue may take for a cue: a walk need not call it on any other.
ACT_WORDS = CALL | SEE_AS | frozenset(ACT_CUES)


_OBJECTS = frozenset(words("him her them it himself herself themselves"))


# Forms that are nouns as often as verbs: "praise for", "their demands". ("support", "backing"
# and "planned" are left out: on train they named a stance more often wrongly than rightly.)
NOUNS_TOO = frozenset(words("praise demands echoes question welcomes blames support"))
# Words before such a form that make it a verb: "voters support", "who support", "they praise".
PLURAL_SUBJECTS = frozenset(words("i we you they who"))
POSSESSIVE = frozenset(words("his her their its our my your whose"))


def subject_fits(sent: list[Token], i: int, first: int) -> bool:
    """Whether the cue at i, its speaker's words starting at `first`, is a verb: "support" after
    "substantial" or "his" is a noun, after "voters" or "who" a verb."""
    if first >= i or sent[i].low not in NOUNS_TOO:
        return first >= i or sent[i - 1].low not in POSSESSIVE
    j = i - 1
    while j > first and sent[j].low.endswith("ly"):  # "who strongly support"
        j -= 1
    prev = sent[j].low
    if prev in POSSESSIVE:
        return False
    return prev in PLURAL_SUBJECTS or (prev.endswith("s") and not prev.endswith("ss"))


def complement(
    sent: list[Token], k: int, lemma: str, relative: bool = False
) -> tuple[int, int] | None:
    """Token range [lo, hi) of what an act reports, its cue ending before k; None when the
    words after the cue are no object ("backed by", "plans for the future"). `relative`: the
    cue is in a clause of "who", which its comma closes ("Voters, who back Lind, …")."""
    span = _complement(sent, k, lemma)
    if span is None or not relative:
        return span
    lo, hi = span
    comma = next((m for m in range(lo, hi) if sent[m].text == ","), hi)
    return (lo, comma) if comma > lo else None


def _complement(sent: list[Token], k: int, lemma: str) -> tuple[int, int] | None:
    n = len(sent)
    if k >= n:
        return None
    if lemma == "ask":
        for m in range(k, min(n, k + 7)):
            if sent[m].low in QUESTION_WORDS and m - k < 5:
                lo = m + 1 if sent[m].low == "about" else m
                return _span(sent, lo)
            if (
                sent[m].low == "to"
            ):  # "asked the network to donate …", "asked to confirm": a request
                return _span(sent, k)
            if sent[m].kind != "w":
                return None
        return None
    if lemma == "call-for" and sent[k].low == "to":
        return _span(sent, k)
    if lemma in ("call-for", "refer"):
        return _span(sent, k + 1) if sent[k].low in ("for", "to") else None
    if lemma in PARTICLES:  # "lashed out at the press", "sided with the unions"
        m = k + 1 if sent[k].low in REFLEXIVES else k
        while m < n and m - k < 3 and sent[m].low in PARTICLES[lemma]:
            m += 1
        return _span(sent, m) if m > k and sent[m - 1].low in PARTICLES[lemma] else None
    if lemma in ("talk", "speak"):  # "talked about the economy"; "talks with Iran" is none
        return _span(sent, k + 1) if sent[k].low == "about" else None
    if lemma == "rail":  # "railed against the deal"
        return _span(sent, k + 1) if sent[k].low == "against" else None
    if lemma == "point":  # "pointed to his record"
        return _span(sent, k + 1) if sent[k].low == "to" else None
    if lemma in TO_NEXT:
        return _span(sent, k) if sent[k].low == "to" else None
    first = sent[k]
    if first.kind != "w" or (first.low in NOT_OBJECT and first.low != "to"):
        return None
    if first.low == "to" and lemma not in ("want", "seek", "prefer", "urge", "demand"):
        return None
    return _span(sent, k)


def _span(sent: list[Token], lo: int) -> tuple[int, int] | None:
    if lo >= len(sent) or sent[lo].kind != "w":
        return None
    hi = clause_end(sent, lo)
    for m in range(lo + 1, hi - 1):
        if sent[m].low == "and" and sent[m + 1].low in SECOND_PREDICATE:
            hi = m  # "endorsed Trump last week and has appeared at his rallies"
            break
    return (lo, hi) if hi > lo else None


# Words after "and" that start a second predicate of the act's subject, not more object.
SECOND_PREDICATE = frozenset(words("has have had is was will would then also later"))
