"""Mentions of one spaCy doc: the model's spans reconciled with the knowledge base.

The model proposes spans and labels; a phrase matcher compiled once from every
KB alias finds the names the KB knows. Where they disagree on a name the KB
knows well, the KB wins and the mention says why (`reasons`), e.g. the small
model's "Kyiv" as PERSON, "Zelenskyy" as WORK_OF_ART or a missed "Pyongyang".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from streams.kb import Entry, KnowledgeBase, key

LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "EVENT",
        "FAC",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
# Labels the small model gets wrong most often (OntoNotes F1 0.31-0.42): any KB name inside wins.
WEAK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LANGUAGE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE = frozenset({"in", "near", "off", "outside", "from", "into", "across", "around", "to"})
TITLE_TOKENS = frozenset(
    """president vice prime minister mr mr. mrs mrs. ms ms. dr dr. gen gen. general sen
    sen. senator rep rep. gov gov. governor king queen prince chancellor secretary
    secretary-general spokesman spokeswoman spokesperson ambassador commander mayor
    premier leader chief minister foreign defence defense interior finance deputy former
    pope crown sir ayatollah director director-general managing executive chair chairman
    chairwoman speaker majority minority supreme adviser advisor dj coach manager captain
    judge justice detective officer sergeant sgt sgt. lieutenant lt lt. colonel col col.
    major maj. professor prof prof. lord lady dame rev rev. reverend father bishop
    archbishop cardinal rabbi imam sheikh emir sultan princess duke duchess baron
    baroness mp mep councillor councilman councilwoman commissioner inspector chef
    nutritionist dr detective superintendent constable attorney prosecutor""".split()  # noqa: SIM905
)
# Below this share of capitalised words a text has lost its case ("zelensky and erdogan
# spoke"): only there may a KB name match in lowercase ("male" in cased text is not Malé).
UNCASED_SHARE = 0.05


@dataclass
class Mention:
    """One mention in article coordinates; `entry` is its KB entity when linked."""

    start: int
    end: int
    text: str
    label: str
    entry: Entry | None = None
    kind: str = "name"
    linked_by: str | None = None
    reasons: list[str] = field(default_factory=list)
    name: str = ""
    """The name itself, without a title the referent step may put in front ('Pieter Hals')."""
    name_start: int | None = None
    """Where the name starts when the referent step put a title in front of it."""
    recovered: bool = False
    """Only the KB saw a name here: the model tagged nothing."""
    named: Entry | None = None
    """What the words themselves name when the mention stands for another entity (a capital)."""
    model_label: str | None = None
    """The model's label where the KB's replaced it ("Chad": PERSON, then GPE)."""

    def __post_init__(self) -> None:
        self.name = self.name or self.text


@dataclass(frozen=True)
class _Match:
    span: Span
    candidates: tuple[Entry, ...]
    lowercase: bool


@cache
def matchers(nlp: Language, kb: KnowledgeBase) -> tuple[PhraseMatcher, PhraseMatcher]:
    """A case-sensitive matcher over every alias, and a lowercase one over the safe aliases."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    names = sorted({n for e in kb.entries.values() for n in e.names})
    for name, doc in zip(names, map(nlp.make_doc, names), strict=True):
        exact.add(name, [doc])
        if kb.lowercase_ok(name):
            lower.add("lc:" + name.casefold(), [nlp.make_doc(name.casefold())])
    return exact, lower


def _kb_matches(doc: Doc, kb: KnowledgeBase, nlp: Language) -> list[_Match]:
    exact, lower = matchers(nlp, kb)
    spans = [Span(doc, s, e, label=m) for m, s, e in exact(doc)]
    # Read as one array: a Token object per word cost a twentieth of the entity rules' time.
    alpha, title, upper = doc.to_array([IS_ALPHA, IS_TITLE, IS_UPPER]).T
    words = int(alpha.sum())
    capitalised = int((alpha & (title | upper)).sum())
    if capitalised <= UNCASED_SHARE * words:
        spans += [Span(doc, s, e, label=m) for m, s, e in lower(doc) if doc[s:e].text.islower()]
    out = []
    for span in filter_spans(spans):
        name = span.label_.removeprefix("lc:")
        found = kb.by_key.get(key(name), [])
        if found:
            out.append(_Match(span, tuple(found), span.label_.startswith("lc:")))
    return out


def _choose(match: _Match, label: str | None) -> Entry:
    for entry in match.candidates:
        if entry.label == label:
            return entry
    return match.candidates[0]


def _may_override(entry: Entry, model_label: str) -> bool:
    """Whether the KB's label beats the model's for this entry (a city never beats PERSON)."""
    if model_label in WEAK_LABELS:
        return True
    if entry.kind in ("person", "org", "country", "demonym"):
        return True
    # Only well-known places beat the model's ORG or PERSON: "Lyon" may be the football club.
    # Against ORG only a capital, which then stands for its government ("Washington said"):
    # another city the model calls an organisation is a club, a company or a council as
    # often as the place ("Chicago beat Boston", "Barcelona signed him").
    if model_label == "ORG" and entry.kind == "city" and not entry.capital_of:
        return False
    return entry.kind in ("city", "region") and entry.recover and model_label not in PLACE_LABELS


def _place_in_org(entry: Entry, model_label: str) -> bool:
    """A place's name leading an organisation's ("Preston corp") is not the place."""
    return model_label == "ORG" and entry.kind in ("city", "state", "division", "country", "region")


def _after_locative(span: Span) -> bool:
    """'police in Bristol', 'a wind farm off Bergen': a place, whatever the model said."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE


# A quote, bullet or dash at a span's edge is layout, not name ('"The View', '• Wireless').
_EDGE_PUNCT = frozenset("\"“”‘’'«»•·-–—()[],;:*|/")


# Lowercase words that begin names ("al-Rubaie", "de Gaulle", "van der Klugt").
NAME_PARTICLES = frozenset(
    "al el ad ash as at az bin ibn abu de del della der di da dos du la le van von ter".split()  # noqa: SIM905
)


def _lower_word(token: Token) -> bool:
    """A lowercase word before a name ('adviser', 'nutritionist'), not a name particle."""
    return token.is_lower and bool(token.whitespace_) and token.lower_ not in NAME_PARTICLES


def name_span(span: Span) -> Span:
    """The name alone: no leading 'the', quotes or bullets, no trailing possessive.

    Names are marked without the article and the genitive in the usual annotation
    conventions (CoNLL, ELEVANT's Wikidata benchmarks): "the Securities and Exchange
    Commission" is a mention of "Securities and Exchange Commission", "Home Depot's" of
    "Home Depot". The title of a work keeps its article ("The View"). Of a PERSON
    span, titles ("President", "adviser") go too: a person's name starts with a capital.
    """
    start, end = span.start, span.end
    doc = span.doc
    # Lowercase words lead into a capitalised name ("adviser Mowaffak al-Rubaie"); in
    # all-lowercase text ("erdogan spoke") they are the name.
    person = span.label_ == "PERSON"
    cased = any(t.is_title or t.is_upper for t in span)
    while start < end - 1 and (
        doc[start].text in _EDGE_PUNCT
        or doc[start].is_space
        or (doc[start].lower_ == "the" and span.label_ != "WORK_OF_ART")
        or (person and (doc[start].lower_ in TITLE_TOKENS or (cased and _lower_word(doc[start]))))
    ):
        start += 1
    while end - 1 > start and (
        doc[end - 1].text in _EDGE_PUNCT
        or doc[end - 1].is_space
        or doc[end - 1].text in ("'s", "’s", "'", "’")
    ):
        end -= 1
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _from_model(ent: Span, kb: KnowledgeBase, offset: int) -> Mention:
    """A mention where the model's span stands: linked by alias, else fuzzily (Zelenskiy)."""
    span = name_span(ent)
    mention = Mention(offset + span.start_char, offset + span.end_char, span.text, ent.label_)
    if ent.label_ in WEAK_LABELS:
        return mention
    entry = kb.lookup(span.text, ent.label_)
    if entry is not None and entry.label in PLACE_LABELS and ent.label_ in PLACE_LABELS:
        mention.entry, mention.linked_by = entry, "alias"  # Gaza: GPE or LOC, both fine
        return mention
    if entry is not None and (entry.label == ent.label_ or _may_override(entry, ent.label_)):
        mention.entry, mention.linked_by = entry, "alias"
    else:
        found = kb.fuzzy(span.text, ent.label_)
        if found is not None:
            mention.entry, mention.linked_by = found[0], f"fuzzy:{found[1]:.0f}"
    if mention.entry is not None and mention.entry.label != ent.label_:
        mention.reasons.append(f"model said {ent.label_}; the KB knows {mention.entry.name}")
        mention.label, mention.model_label = mention.entry.label, ent.label_
    return mention


def _from_kb(match: _Match, label: str | None, offset: int, why: str) -> Mention:
    entry = _choose(match, label)
    span = name_span(Span(match.span.doc, match.span.start, match.span.end, label=entry.label))
    mention = Mention(
        offset + span.start_char,
        offset + span.end_char,
        span.text,
        entry.label,
        entry,
        linked_by="lowercase" if match.lowercase else "alias",
    )
    if label is not None and label != entry.label:
        mention.model_label = label
    if why:
        mention.reasons.append(why)
    return mention


def doc_mentions(doc: Doc, kb: KnowledgeBase, nlp: Language, offset: int = 0) -> list[Mention]:
    """Every entity mention in one doc, linked where the KB knows the name."""
    matches = _kb_matches(doc, kb, nlp)
    used: set[int] = set()
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        over = [
            i for i, m in enumerate(matches) if m.span.start < ent.end and ent.start < m.span.end
        ]
        if not over:
            out.append(_from_model(ent, kb, offset))
            continue
        used.update(over)
        out.extend(_reconcile(ent, [matches[i] for i in over], kb, offset))
    for i, m in enumerate(matches):
        if i in used or _inside_longer_name(m.span):
            continue
        entry = _choose(m, None)
        if entry.recover:
            mention = _from_kb(m, None, offset, f"model missed it; the KB knows {entry.name}")
            mention.recovered = True
            out.append(mention)
    out.sort(key=lambda m: m.start)
    return out


def _inside_longer_name(span: Span) -> bool:
    """Whether a capitalised word runs on from the match ('English Channel', 'Kenya Red Cross')."""
    doc = span.doc
    neighbours = [doc[span.start - 1]] if span.start > 0 else []
    neighbours += [doc[span.end]] if span.end < len(doc) else []
    return any(
        t.is_alpha
        and (t.is_title or t.is_upper)
        and t.lower_ not in TITLE_TOKENS
        and not t.is_sent_start
        for t in neighbours
    )


def _reconcile(ent: Span, over: list[_Match], kb: KnowledgeBase, offset: int) -> list[Mention]:
    """A model span that KB names overlap: same span, KB name longer, or KB names inside it."""
    label = ent.label_
    m = over[0]
    same = [o for o in over if (o.span.start, o.span.end) == (ent.start, ent.end)]
    if same:
        entry = _choose(same[0], label)
        if entry.label == label:
            return [_from_kb(same[0], label, offset, "")]
        place = entry.kind in ("city", "region") and _after_locative(same[0].span)
        if (_may_override(entry, label) or place) and not _inside_longer_name(same[0].span):
            return [
                _from_kb(
                    same[0],
                    label,
                    offset,
                    f"model said {label}; the KB knows {entry.name} as {entry.label}",
                )
            ]
        return [_from_model(ent, kb, offset)]
    if len(over) == 1 and m.span.start <= ent.start and m.span.end >= ent.end:
        entry = _choose(m, label)
        if entry.label == label or _may_override(entry, label):
            why = "" if entry.label == label else f"model said {label} for '{ent.text}'"
            return [_from_kb(m, label, offset, why)]
        return [_from_model(ent, kb, offset)]
    stripped = name_span(ent)
    inside = [o for o in over if o.span.start >= stripped.start and o.span.end <= stripped.end]
    exact = [o for o in inside if (o.span.start, o.span.end) == (stripped.start, stripped.end)]
    if exact:
        return [_from_kb(exact[0], label, offset, "")]
    tail = stripped.doc[inside[0].span.end : stripped.end] if len(inside) == 1 else None
    if (
        tail is not None
        and inside[0].span.start == stripped.start
        and tail.text.islower()
        and not _place_in_org(_choose(inside[0], label), label)
    ):
        # "erdogan spoke" (PERSON): the model ran past the name into lowercase words.
        why = f"model span '{ent.text}' trimmed to the name the KB knows"
        return [_from_kb(o, label, offset, why) for o in inside]
    if label in WEAK_LABELS and not any(_inside_longer_name(o.span) for o in over):
        why = f"model span '{ent.text}' ({label}) replaced by the names the KB knows in it"
        return [_from_kb(o, label, offset, why) for o in over]
    return [_from_model(ent, kb, offset)]
