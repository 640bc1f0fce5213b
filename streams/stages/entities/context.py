"""What the article itself says a name means, where that overrides the knowledge base.

Cases where the model's or the KB's reading of a name is wrong for the article at hand:

- a dateline the clean stage left in the lead ("ROTTERDAM (Reuters) - …") names
  the place the story comes from and the agency that sent it: the small model
  reads "ROTTERDAM" in capitals as a person, and "(Reuters)" after it looks
  like an abbreviation that word defines. The dateline's place names are place
  mentions (GPE or LOC, linked when the KB knows them), its agency an
  organisation, never one referent with the place.

- an abbreviation the article defines ("artificial pancreas (AP)") means what
  the article says, not the KB's entity of that name (the Associated Press),
  unless the definition is that entity's own name ("North Atlantic Treaty
  Organization (NATO)"). The definition test is the usual one for
  abbreviations in running text (Schwartz and Hearst 2003, simplified): the
  words right before the parenthesis start with the abbreviation's capitals,
  in order, function words aside.
- in sports copy a country or city that beats, draws with or loses to another
  side is the team ("England beat Samoa"), an organisation with an id of its
  own, not the place. The cue is a result verb between two names, in copy
  that reads as sport (a score or two words of the field, so that "Russia
  defeated Ukraine's forces" stays a war); with two words of the field (a
  score alone is also a court's 5-4), a fixture ("Chicago vs. Boston"), what
  only a team has ("Alabama's coach", "Miami's record fell to 13-18") and two
  sides named before "have met" or "have drawn". A fixture followed by its
  noun ("the Alabama versus Florida State football game") needs no other
  sign of sport. Every mention of that place in the article then reads as
  the team, except after a locative ("the match in Samoa").
- a city or US state whose name is followed by a division noun, alone or
  closing a list ("Los Angeles, Orange and San Bernardino Counties", "Buenos
  Aires province", "Kharkiv region"), names the county, province or region of
  that name, which the KB does not hold: the mention stays, unlinked.
- a country or city the model read as a person stays a person where the
  article names someone with that word ("Chad said" after "Chad Johnson").
"""

from __future__ import annotations

import re

from streams.kb import KnowledgeBase, key
from streams.stages.clean import datelines
from streams.stages.entities.linking import PLACE_LABELS, TITLE_TOKENS, Mention

_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"[\w’'&.-]+")
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "&", "de", "a"})
_RESULT = (
    r"(?:beat|beats|defeated|defeats|thrashed|thrashes|edged|edges|routed|routs|"
    r"overcame|overcomes|whitewashed|drew with|draw with|draws with|"
    r"lost to|lose to|loses to|fell to|falls to)"
)
_RESULT_AFTER = re.compile(rf"\s+{_RESULT}\s+[A-Z]")
_RESULT_BEFORE = re.compile(rf"[A-Z][\w.’'-]*\s+{_RESULT}\s+$")
# "Alabama versus Florida State", "Chicago v Boston": a fixture, in sports copy.
_VERSUS = r"(?:versus|vs\.?|v\.?)"
_VERSUS_AFTER = re.compile(rf"\s+{_VERSUS}\s+[A-Z]")
_VERSUS_BEFORE = re.compile(rf"[A-Z][\w.’'-]*\s+{_VERSUS}\s+$")
# "Alabama's coach", "Miami's record fell to 13-18": what only a team has. Not "defence",
# "record" or "captain" alone: "Ukraine's defence", "Britain's record deficit".
_TEAM_POSSESSION = re.compile(
    r"(?:'s|’s)\s+(?:(?:head|new|former|interim|assistant|starting)\s+)?"
    r"(?:coach|coaches|coaching staff|quarterback|roster|line-?up|squad|goalkeeper|striker|"
    r"midfielder|scrum-half|fly-half|batsmen|bowlers|touchdowns?|kicker|"
    r"record\s+(?:fell|dropped|slipped|improved|rose|moved|went|is|stands)\s+(?:to\s+|at\s+)?"
    r"\d{1,3}-\d{1,3})\b",
    re.IGNORECASE,
)
# The result verbs also describe wars ("Russia defeated Ukraine's forces"): only copy that
# reads as sport (a score, or two words of the field) lets them make a team.
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d/-])")
_SPORT_WORDS = re.compile(
    # The lookahead holds the words' first letters: one test rules out most positions
    # before the words are tried one by one (this scan of the whole text was a tenth of the
    # entity rules' time).
    r"\b(?=[bcfghiklmoqrstw])(?:cups?|league|tournament|championship|semi-finals?|quarter-finals?|coach|innings|"
    r"wickets?|rugby|football|soccer|cricket|hockey|basketball|tennis|olympics?|kicked|"
    r"scored|squad|striker|midfielder|goalkeeper|referee|half-time|halftime|stadium)\b",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|visit|visited)\s+$", re.IGNORECASE)
_PLACE_KINDS = frozenset({"country", "city", "state", "division", "region"})
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# "England and Tonga have met only once": two sides named together before a fixture verb.
_MEET = r"\s+(?:have|had|will)\s+(?:never\s+|only\s+)?(?:met|meet|drawn|draw|clashed|clash)\b"
_PAIR_AFTER = re.compile(rf"\s+(?:and|&)\s+{_NAME}{_MEET}")
_PAIR_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+(?:and|&)\s+$")
_MEET_AFTER = re.compile(_MEET)
# Outside sports copy a fixture still shows in "the Alabama versus Florida State football game";
# "Texas v. Johnson" (a court case) has no such noun after it.
_FIXTURE_AFTER = re.compile(
    rf"\s+{_VERSUS}\s+{_NAME}\s+(?:\w+\s+)?(?:game|match|fixture|bout|final|semi-final|derby)\b"
)
_DIVISION_AFTER = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+){_NAME})*"
    r"\s+(?i:count(?:y|ies)|provinces?|regions?|oblasts?|prefectures?|governorates?)\b"
)


def apply_dateline(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The dateline's place names as places and its agency as an organisation, in place of
    whatever the model made of them."""
    found = datelines.in_text(text)
    if found is None:
        return mentions
    out = [m for m in mentions if m.end <= found.places[0][0] or m.start >= found.end]
    for start, end in found.places:
        written = text[start:end]
        name = written.title() if written.isupper() else written
        entry = kb.lookup(name, "GPE")
        label = entry.label if entry is not None and entry.label in PLACE_LABELS else "GPE"
        place = Mention(start, end, written, label, name=name)
        if entry is not None and entry.label in PLACE_LABELS:
            place.entry, place.linked_by = entry, "alias"
        place.reasons.append("the dateline names the place the story comes from")
        out.append(place)
    if found.wire is not None:
        start, end = found.wire
        agency = kb.lookup(text[start:end], "ORG")
        wire = Mention(start, end, text[start:end], "ORG")
        if agency is not None and agency.label == "ORG":
            wire.entry, wire.linked_by = agency, "alias"
        wire.reasons.append("the dateline names the agency that sent the story")
        out.append(wire)
    out.sort(key=lambda m: m.start)
    return out


def defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviation -> the words the article defines it by: {'AP': 'artificial pancreas'}."""
    out: dict[str, str] = {}
    dateline = datelines.in_text(text)
    for found in _ABBREVIATION.finditer(text):
        if dateline is not None and dateline.places[0][0] <= found.start() < dateline.end:
            continue  # "ROTTERDAM (Reuters) -": the agency, not what ROTTERDAM stands for
        abbreviation = found.group(1)
        capitals = [c for c in abbreviation if c.isupper()]
        before = list(_WORD.finditer(text, max(0, found.start() - 200), found.start()))
        content: list[re.Match[str]] = []
        for word in reversed(before):
            if len(content) == len(capitals):
                break
            if word.group().lower() in _FUNCTION_WORDS and content:
                continue
            content.insert(0, word)
        initials = [w.group()[0].upper() for w in content]
        if initials == capitals and abbreviation not in out:
            out[abbreviation] = text[content[0].start() : found.start()].strip()
    return out


def apply_abbreviations(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Unlink an abbreviation the article defines as something the KB entity is not."""
    defined = defined_abbreviations(text)
    if not defined:
        return mentions
    out = []
    for m in mentions:
        meaning = defined.get(m.name)
        if m.entry is None or meaning is None or key(meaning) in map(key, m.entry.names):
            out.append(m)
            continue
        if m.recovered:
            continue  # only the KB saw a name here, and the article says it is another
        m.reasons.append(f"the article defines {m.name} as '{meaning}', not {m.entry.name}")
        m.entry, m.linked_by = None, None
        out.append(m)
    return out


def _team(text: str, m: Mention, sport: bool, field: bool) -> bool:
    """Whether the words around `m` make it a side: a result, a fixture, what a team owns.

    `sport`: the copy reads as sport; `field`: it has two words of the field, not only a
    score, which is also a court's 5-4.
    """
    before = max(0, m.start - 60)
    if _FIXTURE_AFTER.match(text, m.end):
        return True
    if not sport:
        return False
    if _RESULT_AFTER.match(text, m.end) or _RESULT_BEFORE.search(text, before, m.start):
        return True
    if not field:
        return False
    return bool(
        _VERSUS_AFTER.match(text, m.end)
        or _VERSUS_BEFORE.search(text, before, m.start)
        or _TEAM_POSSESSION.match(text, m.end)
        or _PAIR_AFTER.match(text, m.end)
        or (_PAIR_BEFORE.search(text, before, m.start) and _MEET_AFTER.match(text, m.end))
    )


def sports_copy(text: str) -> bool:
    """Whether the article reads as sport: a score, or two different words of the field."""
    return bool(_SCORE.search(text)) or _field_words(text) >= 2


def _field_words(text: str) -> int:
    return len({w.lower() for w in _SPORT_WORDS.findall(text)})


def apply_teams(text: str, mentions: list[Mention]) -> None:
    """A place that plays (beats, meets, has a coach) is a team, throughout the article."""
    # sports_copy's two tests, the words of the field counted once (a scan of the whole text).
    field = _field_words(text) >= 2
    sport = field or bool(_SCORE.search(text))
    teams = {
        m.entry.id
        for m in mentions
        if m.entry is not None and m.entry.kind in _PLACE_KINDS and _team(text, m, sport, field)
    }
    for m in mentions:
        if m.entry is None or m.entry.id not in teams or m.kind != "name":
            continue
        if _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        m.reasons.append(f"'{m.text}' plays: a team, not the place {m.entry.name}")
        m.entry, m.linked_by, m.label = None, None, "ORG"


def apply_divisions(text: str, mentions: list[Mention]) -> None:
    """Unlink a city or state that the next words say is a county, province or region."""
    for m in mentions:
        if m.entry is None or m.entry.kind not in ("city", "state") or m.kind != "name":
            continue
        if _DIVISION_AFTER.match(text, m.end):
            m.reasons.append(f"'{m.text}' names a division, not the {m.entry.kind} {m.entry.name}")
            m.entry, m.linked_by = None, None


def apply_person_names(mentions: list[Mention]) -> None:
    """Give back to a person a word the model read as one and the KB took for a place.

    "Chad said" after "Chad Johnson caught two passes", "Jordan said" after "Jordan
    Henderson": the model's PERSON was right, since the article names a person with
    that word; the KB only knows the country. The mention keeps no place id.
    """
    words = {word for m in mentions if m.label == "PERSON" for word in person_words(m.name)}
    for m in mentions:
        if m.model_label != "PERSON" or m.entry is None or m.entry.kind not in _PLACE_KINDS:
            continue
        if key(m.name) in words:
            m.reasons.append(f"the article names a person '{m.name}'; not the place {m.entry.name}")
            m.entry, m.linked_by, m.label = None, None, "PERSON"


def person_words(name: str) -> list[str]:
    """The words of a person's full name, none where the model's span runs over a title
    ("Alexandria Police Chief Michael Brown" names no person "Alexandria")."""
    words = key(name).split()
    if not 1 < len(words) <= 3 or any(w in TITLE_TOKENS or w == "police" for w in words):
        return []
    return words
