"""From mentions to referents: one entity per real-world thing in an article.

Merges what one article says about one referent: KB links, surnames of people
named in full ("Savett" after "Sean Savett", also where the model tagged no
surname at all), titles before a name ("NATO Secretary-General Mark Rutte"),
role phrases ("Ukraine's president", "the Ukrainian leader") for people the
article names, and capitals that stand for their government ("Moscow's war
effort") as mentions of the country, each keeping the city's own id. What
the article itself says a name means comes first (context.py): abbreviations
it defines, countries that play as teams.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from streams.kb import Entry, KnowledgeBase
from streams.records import Record
from streams.stages.entities import context, merging, salience, states
from streams.stages.entities.linking import Mention
from streams.stages.entities.merging import bare

# A capital right after one of these words is a place ("in Kyiv"), otherwise an actor.
LOCATIVE = frozenset(
    """in at to from near into outside around across toward towards via visit visited
    visiting visits of inside through throughout over above below beyond within reached
    left leave""".split()  # noqa: SIM905
)
_PREV_WORD = re.compile(r"([\w’']+)\W*$")
_TITLE_PREFIXES = ("vice", "deputy", "prime", "foreign", "defence", "defense", "interior",
                   "finance", "crown")  # fmt: skip
_TITLES = (
    "president", "prime minister", "minister", "secretary-general", "secretary general",
    "secretary", "chancellor", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
    "senator", "sen.", "rep.", "governor", "gov.", "mayor", "king", "queen", "pope", "general",
    "gen.", "commander", "chief", "director", "chairman", "chairwoman", "chair", "leader",
    "adviser", "advisor", "premier", "prince", "ayatollah", "lawmaker", "official",
)  # fmt: skip
_TITLE_WORDS = rf"(?:(?:{'|'.join(_TITLE_PREFIXES)})[ -])?(?:{'|'.join(map(re.escape, _TITLES))})"
_TITLE_BEFORE = re.compile(
    r"((?:(?:[A-Z][\w&'’-]*|[A-Z](?:\.[A-Z])+\.?|of|the|for)\s+){0,6}"
    rf"(?i:{_TITLE_WORDS})\s+)$"
)
# What every _TITLE_BEFORE match ends with: found wherever _TITLE_BEFORE is, so a miss skips it.
_TITLE_END = re.compile(rf"(?i:{_TITLE_WORDS})\s+$")
# The longest title: one ends where the spaces before the name begin, so no match of
# _TITLE_END starts further back than this from there.
_TITLE_WIDTH = max(map(len, _TITLE_PREFIXES)) + 1 + max(map(len, _TITLES))
_NOT_TITLE_PREFIX = frozenset(
    """On In At But And When After Before Meanwhile Also Earlier Later Then As While The A
    An Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December of the for""".split()  # noqa: SIM905
)
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
_THE = re.compile(r"^(?:the|The)\s+")


@cache
def _role_patterns(kb: KnowledgeBase) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Role phrases after a name: "'s president" (possessive) and " leader" (after 'the X')."""
    titles = sorted(
        {t for e in kb.entries.values() for r in e.roles for t in r.titles}, key=len, reverse=True
    )
    alt = "|".join(re.escape(t) for t in titles)
    possessive = re.compile(rf"(?:'s|’s)\s+(?:(?:new|top|current)\s+)?(?P<title>{alt})\b", re.I)
    direct = re.compile(rf"\s+(?:(?:new|top|current)\s+)?(?P<title>{alt})\b", re.I)
    return possessive, direct


@cache
def _demonyms(kb: KnowledgeBase) -> tuple[tuple[tuple[str, ...], str | None], ...]:
    """Every demonym's names with its country: a headline's "NKorean" lifts North Korea."""
    return tuple((e.names, e.country_kb_id) for e in kb.entries.values() if e.kind == "demonym")


def _capital_as_actor(text: str, mention: Mention) -> bool:
    if _POSSESSIVE_END.match(text[mention.end : mention.end + 2]):
        return True  # "Pyongyang's presence", "Moscow's war": the government acts or owns
    before = _PREV_WORD.search(text, max(0, mention.start - 40), mention.start)
    prev = before.group(1).lower() if before and mention.start - before.end(0) < 3 else ""
    if prev in LOCATIVE or mention.text.isupper():
        return False
    paragraph_start = (
        mention.start == 0 or text[max(0, mention.start - 2) : mention.start] == "\n\n"
    )
    return not (paragraph_start and text[mention.end : mention.end + 1] == ",")


def _capitals(text: str, mentions: list[Mention], kb: KnowledgeBase) -> None:
    for m in mentions:
        capital_of = m.entry.capital_of if m.entry else None
        if capital_of and capital_of in kb.entries and _capital_as_actor(text, m):
            country = kb.entries[capital_of]
            m.reasons.append(f"'{m.text}' stands for the government of {country.name}")
            m.named = m.entry
            m.entry, m.kind, m.linked_by = country, "capital", "capital"


def _titles(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.label != "PERSON" or m.kind != "name":
            continue
        # Most names have no title before them; the cheap test of the title's own words
        # rules them out before the search for up to six words ahead of it (14% of the
        # entity rules' time when it ran on every name). That test reads only the last
        # _TITLE_WIDTH characters before the spaces (it took 20% when it read all 120).
        before = max(0, m.start - 120)
        space = m.start
        while space > before and text[space - 1].isspace():
            space -= 1
        if not _TITLE_END.search(text, max(before, space - _TITLE_WIDTH), m.start):
            continue
        found = _TITLE_BEFORE.search(text, before, m.start)
        if not found:
            continue
        words = found.group(1).split()
        while words and words[0] in _NOT_TITLE_PREFIX:
            words.pop(0)
        if not words or (not re.fullmatch(_TITLE_WORDS, words[-1], re.I) and len(words) < 2):
            continue
        start = m.start - len(found.group(1)) + found.group(1).index(words[0])
        m.name_start = m.start
        m.start, m.text, m.kind = start, text[start : m.end], "title"


def _roles(text: str, groups: dict[str, list[Mention]], kb: KnowledgeBase) -> None:
    """Add "Ukraine's president"-style mentions to the one named person holding that role."""
    possessive, direct = _role_patterns(kb)
    holders: dict[tuple[str, str], list[str]] = {}
    for k, g in groups.items():
        entry = g[0].entry
        for role in entry.roles if entry else ():
            for title in role.titles:
                holders.setdefault((role.of, title), []).append(k)
    if not holders:
        return
    taken = {(m.start, m.end) for g in groups.values() for m in g}
    person_starts = {m.start for g in groups.values() for m in g if m.label == "PERSON"}
    for g in list(groups.values()):
        for m in list(g):
            if m.entry is None or m.label not in ("GPE", "ORG", "NORP"):
                continue
            of = m.entry.country_kb_id if m.label == "NORP" else m.entry.id
            start = m.start
            found = possessive.match(text, m.end) if m.label != "NORP" else None
            if found is None and text[max(0, m.start - 4) : m.start].lower() == "the ":
                found, start = direct.match(text, m.end), m.start - 4
            if found is None or of is None:
                continue
            hosts = holders.get((of, found.group("title").lower()), [])
            after = found.end()
            if len(hosts) != 1 or any(after + k in person_starts for k in range(3)):
                continue
            phrase = Mention(
                start,
                after,
                text[start:after],
                "PERSON",
                groups[hosts[0]][0].entry,
                kind="role",
                linked_by="role",
            )
            if (phrase.start, phrase.end) not in taken:
                groups[hosts[0]].append(phrase)
                taken.add((phrase.start, phrase.end))


def entities(
    text: str, title: str | None, mentions: list[Mention], kb: KnowledgeBase
) -> list[Record]:
    """The article's entities, most salient first."""
    mentions = context.apply_dateline(text, mentions, kb)
    mentions = context.apply_abbreviations(text, mentions, kb)
    context.apply_person_names(mentions)
    context.apply_teams(text, mentions)
    context.apply_divisions(text, mentions)
    # After the teams: "TUSCALOOSA, Ala." names the state even where Alabama plays.
    mentions = states.apply_us_states(text, mentions, kb)
    _capitals(text, mentions, kb)
    _titles(text, mentions)
    groups = merging.group(text, mentions)
    _roles(text, groups, kb)
    title_demonyms = {
        country for names, country in _demonyms(kb) if salience.named_in(title, names)
    }
    out = [
        _entity(text, title, sorted(g, key=lambda m: m.start), title_demonyms)
        for g in groups.values()
    ]
    out.sort(key=lambda e: (-e["salience"], e["mentions"][0]["start"]))
    return out


def _mention(m: Mention) -> Record:
    out: Record = {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind}
    if m.name_start is not None:
        out["name_start"] = m.name_start
    if m.named is not None:
        out["kb_id"] = m.named.id
    return out


def _entity(
    text: str, title: str | None, group: list[Mention], title_demonyms: set[str | None]
) -> Record:
    entry: Entry | None = group[0].entry
    names = [bare(m.name) for m in group if m.kind in ("name", "title")] or [group[0].name]
    label = entry.label if entry else Counter(m.label for m in group).most_common(1)[0][0]
    name = entry.name if entry else _THE.sub("", max(names, key=len))
    in_title = salience.named_in(title, {*names, *(entry.names if entry else ())})
    title_signal = 1.0 if in_title else 0.5 if entry and entry.id in title_demonyms else 0.0
    subjects = sum(salience.is_subject(text, m.end) for m in group)
    record: Record = {
        "name": name,
        "label": label,
        "kb_id": entry.id if entry else None,
        "mentions": [_mention(m) for m in group],
        "salience": salience.score(
            len(group), group[0].start, len(text), title_signal, subjects, label
        ),
        "in_title": in_title,
        "country_code": None,
        "coordinates": None,
    }
    if entry and label in ("GPE", "LOC", "FAC", "NORP"):
        record["country_code"] = entry.country_code
        if entry.coordinates:
            record["coordinates"] = {"lat": entry.coordinates[0], "lon": entry.coordinates[1]}
        if entry.country_kb_id and entry.country_kb_id != entry.id:
            record["country_kb_id"] = entry.country_kb_id
    debug: Record = {}
    linked_by = sorted({m.linked_by for m in group if m.linked_by})
    if linked_by:
        debug["linked_by"] = linked_by
    reasons = [f"{m.start}: {r}" for m in group for r in m.reasons]
    if reasons:
        debug["corrections"] = reasons
    if debug:
        record["debug"] = debug
    return record
