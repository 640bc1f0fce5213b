"""Who speaks: the noun phrase beside a speech verb, linked to the entity stage's entities.

Rule-based over tokens rather than a dependency parse: in news prose the speaker
of a reported statement is almost always the noun phrase right before the cue
("NATO Secretary-General Mark Rutte said"), right after it in inverted
attributions ("…," said Rutte) or after "according to". Walking at most
`MAX_NP` tokens over capitalised words and a small lexicon of roles, groups and
anonymous sources finds it at a fraction of a parser's cost (the stage must
cost at most a quarter of the entity stage).
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from streams.records import Record
from streams.stages.claims.lexicon import (
    ANON_HEADS,
    CUES,
    DETERMINERS,
    DOCUMENT_HEADS,
    FUNCTION_CAPS,
    GROUP_HEADS,
    HEAD_STOP,
    LINKS,
    NP_MODIFIERS,
    NP_PREPOSITIONS,
    ORG_HEADS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_WORDS,
)
from streams.stages.claims.quotes import ABBREVIATIONS, Token

MAX_NP = 12
SOURCE_HEADS = ROLE_WORDS | ANON_HEADS | GROUP_HEADS | ORG_HEADS


@dataclass
class Speaker:
    """A resolved speaker; `entity` is the linked entity's kb_id, else its name, else None."""

    name: str | None
    entity: str | None
    role: str | None
    kind: str

    def as_record(self, named_at: tuple[int, int] | None = None) -> Record:
        """`named_at`: where this attribution names the speaker ("he" in "he said"), if it does."""
        start, end = named_at or (None, None)
        return {
            "name": self.name,
            "entity": self.entity,
            "role": self.role,
            "kind": self.kind,
            "start": start,
            "end": end,
        }

    @property
    def key(self) -> str:
        return (self.entity or self.name or "").lower()


UNKNOWN = Speaker(None, None, None, "unknown")


@dataclass
class Mentions:
    """Entity mentions sorted by offset, for overlap queries on a noun phrase."""

    spans: list[tuple[int, int, int]] = field(default_factory=list)
    entities: list[Record] = field(default_factory=list)

    @classmethod
    def of(cls, entities: list[Record]) -> Mentions:
        spans = sorted(
            (m["start"], m["end"], i) for i, e in enumerate(entities) for m in e.get("mentions", [])
        )
        return cls(spans, entities)

    def within(self, start: int, end: int) -> list[tuple[int, int, Record]]:
        """Mentions overlapping [start, end), in text order."""
        i = bisect.bisect_left(self.spans, (start - 200, 0, 0))
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, idx = self.spans[i]
            if e > start:
                out.append((s, e, self.entities[idx]))
            i += 1
        return out


def cue_lemma(token: Token) -> str | None:
    return CUES.get(token.low) if token.kind == "w" else None


def np_left(tokens: list[Token], i: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending at token i (inclusive), not reaching left of `floor`.

    Its head may be any lower-case noun ("traders said"); words before it are
    capitalised, from the lexicons, prepositions ("Observers from the OSCE"), or
    lower-case modifiers closed by a determiner ("the regional government").
    """
    if i < floor:
        return None
    tok = tokens[i]
    if tok.low in PRONOUNS:
        return i, i
    if not (_np_token(tok, tokens, i) or _head_word(tok)):
        return None
    first = i
    while first - 1 >= floor and i - first < MAX_NP:
        prev = tokens[first - 1]
        if prev.low in PRONOUNS:
            break
        if prev.low in ("and", "&") and not _joins_names(tokens, first - 2, floor):
            break  # "Spending rose in the spring and analysts said": "and" ends a clause here
        if _np_token(prev, tokens, first - 1) or prev.low in NP_PREPOSITIONS:
            first -= 1
            continue
        # Lower-case modifiers ("the regional government", "Health economists", ", disaster
        # officials said") belong to the phrase when a determiner, a capital or a comma bounds them.
        k, n = first - 1, 0
        while k >= floor and n < 3 and _head_word(tokens[k]) and tokens[k].low not in POSSESSIVES:
            k, n = k - 1, n + 1
        if not n:
            break
        if k < floor or tokens[k].text == ",":
            first = k + 1
            break
        if tokens[k].low in POSSESSIVES:
            first = k
            if tokens[k].low in ("the", "a", "an"):
                continue  # "The head of the water agency"
            break
        if _np_token(tokens[k], tokens, k) and tokens[k].text[0].isupper():
            first = k
            continue
        break
    while first < i and (
        tokens[first].low in DETERMINERS
        or tokens[first].low in FUNCTION_CAPS
        or tokens[first].low in NP_PREPOSITIONS
    ):
        first += 1
    if tokens[first].low in DETERMINERS or tokens[first].low in NP_PREPOSITIONS:
        return None
    if first == i and tok.low in FUNCTION_CAPS:
        return None  # "When asked to …": a conjunction, no speaker
    return first, i


def np_right(tokens: list[Token], i: int, ceil: int) -> tuple[int, int] | None:
    """The noun phrase starting at token i (after any determiner), ending before `ceil`."""
    while i < ceil and tokens[i].low in ("the", "a", "an"):
        i += 1
    # "said glaciologist Matthias Huss": lower-case words that lead to a capitalised name.
    lead = i
    while lead < ceil and lead - i < 3 and _head_word(tokens[lead]):
        lead += 1
    if lead > i and lead < ceil and tokens[lead].kind == "w" and tokens[lead].text[0].isupper():
        start = i
        i = lead
    else:
        start = i
        # "said a longtime adviser to Trump": lower-case words up to a role or a source.
        head, m = None, i
        while m < ceil and m - i < 6 and tokens[m].kind == "w" and tokens[m].text.islower():
            if tokens[m].low in SOURCE_HEADS:
                head = m  # the last one: "the county’s top election official"
            m += 1
        if head is not None and head > i:
            return i, head
    if i >= ceil or not _np_token(tokens[i], tokens, i) or tokens[i].low in LINKS:
        return None
    if tokens[i].low in PRONOUNS:
        return i, i
    last = i
    while last + 1 < ceil and last - i < MAX_NP:
        if _np_token(tokens[last + 1], tokens, last + 1):
            last += 1
            continue
        # "the French art historian Bénédicte Savoy": lower-case words between capitals.
        ahead = last + 1
        while ahead < ceil and ahead - last <= 3 and _head_word(tokens[ahead]):
            ahead += 1
        if ahead > last + 1 and ahead < ceil and tokens[ahead].text[0].isupper():
            last = ahead
            continue
        break
    while last > i and (tokens[last].low in LINKS or tokens[last].low in NP_PREPOSITIONS):
        last -= 1
    return start, last


def _head_word(tok: Token) -> bool:
    return (
        tok.kind == "w"
        and tok.text[0].islower()
        and tok.text.isalpha()
        and len(tok.text) > 2
        and tok.low not in HEAD_STOP
        and tok.low not in CUES
    )


def _joins_names(tokens: list[Token], k: int, floor: int) -> bool:
    """Whether the word at k, before an "and", is one of a phrase's words ("Smith and Jones",
    "officials and experts"), not the last of a clause ("in the spring and")."""
    if k < floor or tokens[k].kind != "w" or tokens[k].low in LINKS:
        return False
    return _np_token(tokens[k], tokens, k)


def _np_token(tok: Token, tokens: list[Token], i: int) -> bool:
    if tok.kind == "w":
        low = tok.low
        return (
            tok.text[0].isupper()
            or tok.text[0].isdigit()
            or low in PRONOUNS
            or low in LINKS
            or low in ROLE_WORDS
            or low in GROUP_HEADS
            or low in ANON_HEADS
            or low in ORG_HEADS
            or low in DOCUMENT_HEADS
            or low in NP_MODIFIERS
            or low.endswith(("'s", "’s"))
        )
    # "U.S." is tokenised as U . S ., "Jr." as Jr .: keep those dots.
    if tok.text != "." or i == 0 or tokens[i - 1].end != tok.start:
        return False
    before = tokens[i - 1].text
    return (len(before) == 1 and before.isupper()) or before.lower() in ABBREVIATIONS


class Resolver:
    """Turns noun phrases into speakers, remembering earlier ones for pronouns."""

    def __init__(self, text: str, entities: list[Record]) -> None:
        self.text = text
        self.mentions = Mentions.of(entities)
        self.history: list[Speaker] = []
        # "Berg" for "Anna Berg": the entity stage may miss a surname on its own.
        self.people: dict[str, Record] = {}
        for ent in entities:
            if ent["label"] == "PERSON":
                self.people.setdefault(ent["name"].lower(), ent)
                self.people.setdefault(ent["name"].split()[-1].lower(), ent)

    def remember(self, speaker: Speaker) -> None:
        if speaker.kind != "unknown" and speaker.name:
            self.history.append(speaker)

    @contextlib.contextmanager
    def as_of(self, known: int) -> Iterator[None]:
        """Resolve as when the resolver knew its first `known` speakers: a sentence parsed
        after the walk reads "he" as the walk did there."""
        history = self.history
        self.history = history[:known]
        try:
            yield
        finally:
            self.history = history

    def last(self, kinds: tuple[str, ...] | None = None) -> Speaker | None:
        for speaker in reversed(self.history[-50:]):
            if kinds is None or speaker.kind in kinds:
                return speaker
        return None

    def note_subject(self, tokens: list[Token]) -> None:
        """A sentence opening with a named person makes them the likeliest "he"/"she" next."""
        span = np_right(tokens, 0, min(len(tokens), MAX_NP))
        if span is None or tokens[span[0]].low in PRONOUNS:
            return
        speaker = self.resolve(tokens, span, None)
        if speaker.kind == "person" and speaker.entity:
            self.history.append(speaker)

    def resolve(
        self, tokens: list[Token], span: tuple[int, int], subject: Speaker | None
    ) -> Speaker:
        """The speaker a noun phrase names; `subject` is the sentence's group subject for "they"."""
        first, last = span
        if first == last and tokens[last].low in PRONOUNS:
            return self._pronoun(tokens[last].low, subject)
        start, end = tokens[first].start, tokens[last].end
        phrase = self.text[start:end]
        found = self.mentions.within(start, end)
        people = [(s, e, ent) for s, e, ent in found if ent["label"] == "PERSON"]
        lows = [t.low for t in tokens[first : last + 1]]
        if people and (len(people) == 1 or "and" not in lows):
            s, e, ent = people[-1]
            return _person(ent, self.text[max(s, start) : e], self.text[start:s])
        # The head comes before a prepositional modifier: "Observers from the OSCE".
        head_at = last
        for k in range(first + 1, last + 1):
            if (tokens[k].low in NP_PREPOSITIONS and tokens[k].low != "of") or (
                tokens[k].low == "of" and tokens[k - 1].text[0].islower()
            ):
                head_at = k - 1
                break
        head_tok = tokens[head_at]
        head = head_tok.low
        inside = any(s <= tokens[k].start < e for k in range(first, head_at + 1)
                     if tokens[k].low == "and" for s, e, _ in found)  # fmt: skip
        if "and" in lows[: head_at - first + 1] and not inside:
            return Speaker(phrase, None, None, "group")
        orgs = [(s, e, ent) for s, e, ent in found if ent["label"] != "PERSON"]
        if head_tok.text[0].islower():
            if head in GROUP_HEADS:
                return Speaker(phrase, None, None, "group")
            if head in DOCUMENT_HEADS:
                return Speaker(phrase, None, None, "document")
            if head in ROLE_WORDS and not found:
                return self._by_role(head) or Speaker(phrase, None, phrase, "anonymous")
            if head in ORG_HEADS:
                if orgs:
                    s, e, ent = orgs[-1]
                    return Speaker(phrase, ent.get("kb_id") or ent["name"], None, "organisation")
                if tokens[first].low == "the" or (first > 0 and tokens[first - 1].low == "the"):
                    known = self.last(("organisation",))
                    if known is not None and len(lows) == 1:
                        return known  # "the company said": the organisation named before
                return Speaker(phrase, None, None, "organisation")
            return Speaker(phrase, None, None, "anonymous")
        covering = [(s, e, ent) for s, e, ent in orgs if s <= head_tok.start < e]
        if covering:
            s, e, ent = covering[-1]
            before = tokens[first - 1].low if first > 0 else ""
            if ent["label"] == "NORP" and before == "the" and not head.endswith("s"):
                return self.last(("person",)) or Speaker(phrase, None, None, "unknown")
            ref = ent.get("kb_id") or ent["name"]
            titled = [t for t in tokens[first:head_at] if t.end <= s and t.low in ROLE_WORDS]
            if titled and titled[-1].end + 1 >= s and ent["label"] == "ORG":
                # "spokesperson Vassilios Vathrakoyiannis" that the entity stage labelled ORG
                role = self.text[start:s].strip() or None
                return Speaker(ent["name"], ref, role, "person")
            return Speaker(ent["name"], ref, None, "organisation")
        if first == last == 0 and not found and head.endswith("s"):
            return Speaker(phrase, None, None, "anonymous")  # "Insurers said", "Analysts said"
        speaker = _unlinked_person(tokens, first, head_at, self.text)
        known_person = self.people.get((speaker.name or "").lower())
        if known_person is not None:
            ref = known_person.get("kb_id") or known_person["name"]
            return Speaker(known_person["name"], ref, speaker.role, "person")
        return speaker

    def _pronoun(self, pronoun: str, subject: Speaker | None) -> Speaker:
        if pronoun in ("he", "she"):
            return self.last(("person",)) or self.last() or UNKNOWN
        if pronoun == "they":
            if subject is not None and subject.kind in ("group", "organisation", "anonymous"):
                return subject
            return self.last(("group", "organisation", "anonymous")) or self.last() or UNKNOWN
        return self.last(("organisation",)) or UNKNOWN

    def _by_role(self, head: str) -> Speaker | None:
        for speaker in reversed(self.history[-50:]):
            if speaker.role and head in speaker.role.lower():
                return speaker
        return None


def _person(entity: Record, mention: str, before: str) -> Speaker:
    """A linked person; the role is what stands before the name, in the phrase or the mention."""
    name = entity["name"]
    role = _strip_det(before.strip(" ,").strip())
    if not role and mention != name:
        surname = name.split()[-1]
        at = mention.rfind(surname)
        titled = mention[:at].strip() if at > 0 else ""
        for part in name.split()[:-1]:  # "spokesperson Sean Savett": the title only
            titled = titled.removesuffix(part).strip()
        if titled:
            role = titled
        elif at < 0 and any(w[0].islower() for w in mention.split()):
            role = mention  # a descriptive mention such as "Ukraine's president"
    return Speaker(name, entity.get("kb_id") or name, role or None, "person")


def _strip_det(phrase: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        phrase = phrase.removeprefix(det)
    return phrase


def _unlinked_person(tokens: list[Token], first: int, last: int, text: str) -> Speaker:
    """A capitalised name the entity stage missed: the words after the last role word."""
    cut = first
    for k in range(first, last + 1):
        low = tokens[k].low
        if low in ROLE_WORDS or low in LINKS or tokens[k].text[0].islower():
            cut = k + 1
    name_start = tokens[min(cut, last)].start
    name = text[name_start : tokens[last].end]
    role = text[tokens[first].start : name_start].strip() if cut > first else None
    return Speaker(name, None, role or None, "person")


def entity_keys(mentions: Mentions, start: int, end: int) -> list[str]:
    """Stable keys (kb_id, else lower-cased name) of the entities mentioned in [start, end)."""
    keys: dict[str, None] = {}
    for _, _, ent in mentions.within(start, end):
        keys[(ent.get("kb_id") or ent["name"]).lower()] = None
    return list(keys)
