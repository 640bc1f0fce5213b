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

from streams.kb import Entry, KnowledgeBase, key
from streams.records import Record
from streams.stages.entities import context, salience
from streams.stages.entities.linking import NAME_PARTICLES, Mention

# A capital right after one of these words is a place ("in Kyiv"), otherwise an actor.
LOCATIVE = frozenset(
    """in at to from near into outside around across toward towards via visit visited
    visiting visits of inside through throughout over above below beyond within reached
    left leave""".split()  # noqa: SIM905
)
_PREV_WORD = re.compile(r"([\w’']+)\W*$")
_TITLE_WORDS = (
    r"(?:(?:vice|deputy|prime|foreign|defen[cs]e|interior|finance|crown)[ -])?"
    r"(?:president|prime minister|minister|secretary-general|secretary general|secretary|"
    r"chancellor|spokesperson|spokesman|spokeswoman|ambassador|envoy|senator|sen\.|rep\.|"
    r"governor|gov\.|mayor|king|queen|pope|general|gen\.|commander|chief|director|chairman|"
    r"chairwoman|chair|leader|adviser|advisor|premier|prince|ayatollah|lawmaker|official)"
)
_TITLE_BEFORE = re.compile(
    r"((?:(?:[A-Z][\w&'’-]*|[A-Z](?:\.[A-Z])+\.?|of|the|for)\s+){0,6}"
    rf"(?i:{_TITLE_WORDS})\s+)$"
)
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


def _bare(text: str) -> str:
    return _POSSESSIVE_END.sub("", text).strip()


# A lone word the model labelled as one of these may be the surname of a person named in full
# (a place only when the KB does not know it as one: "Saban" the coach, never "Jordan").
_SURNAME_LABELS = frozenset(
    {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC", "NORP"}
)


def _group(mentions: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        k = m.entry.id if m.entry else f"{m.label}:{key(_bare(m.name))}"
        groups.setdefault(k, []).append(m)
    surnames = _surname_hosts(groups)
    for k, g in list(groups.items()):
        words = _name_words(g[0].name)
        if g[0].entry is not None or len(words) != 1 or g[0].label not in _SURNAME_LABELS:
            continue
        hosts = surnames.get(words[0], set()) - {k}
        if len(hosts) != 1:
            continue
        host = groups[next(iter(hosts))]
        for m in g:
            if m.label != "PERSON":
                m.reasons.append(f"model said {m.label}; the article names {host[0].name} in full")
                m.label = "PERSON"
            m.entry = host[0].entry
            m.linked_by = m.linked_by or "surname"
        host.extend(groups.pop(k))
    return groups


def _surname_hosts(groups: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """Surnames of the people named in full, and which referents carry each ('savett')."""
    surnames: dict[str, set[str]] = {}
    for k, g in groups.items():
        for m in g:
            words = _name_words(m.name)
            if m.label == "PERSON" and len(words) > 1:
                surnames.setdefault(words[-1], set()).add(k)
                if " " in words[-1]:  # "Maliki" for "Nouri al-Maliki", as well as "al-Maliki"
                    surnames.setdefault(words[-1].split()[-1], set()).add(k)
    return surnames


def _name_words(name: str) -> list[str]:
    """A name's words in key form, a particle kept with the word it leads ('al maliki')."""
    words: list[str] = []
    for word in key(_bare(name)).split():
        if words and words[-1] in NAME_PARTICLES:
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


# Legal forms that end a company's full name ("Paxar Corp", "Ford Motor Co"): the
# article's later "Paxar" or "Ford" is the same company.
CORPORATE_SUFFIXES = frozenset(
    """inc incorporated corp corporation co company plc ltd limited llc lp ag nv sa se spa
    gmbh bv ab asa oy group holdings""".split()  # noqa: SIM905
)


def _short_names(groups: dict[str, list[Mention]]) -> None:
    """Join a company's short name to its full name with a legal form, when only one fits."""
    full: dict[str, list[str]] = {}
    for k, g in groups.items():
        if g[0].label != "ORG":
            continue
        for m in g:
            words = key(_bare(m.name)).split()
            if len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
                for n in range(1, len(words)):
                    if words[n - 1] not in CORPORATE_SUFFIXES:
                        full.setdefault(" ".join(words[:n]), []).append(k)
    for k, g in list(groups.items()):
        if g[0].entry is not None or g[0].label not in _SURNAME_LABELS:
            continue
        hosts = set(full.get(key(_bare(g[0].name)), ())) - {k}
        if len(hosts) != 1:
            continue
        host = groups[next(iter(hosts))]
        for m in g:
            if m.label != "ORG":
                m.reasons.append(f"model said {m.label}; the article names {host[0].name}")
                m.label = "ORG"
            m.entry = host[0].entry
        host.extend(groups.pop(k))


def _defined(text: str, groups: dict[str, list[Mention]]) -> None:
    """Join an abbreviation the article defines to the referent of its long form (SEC)."""
    by_name = {key(_bare(m.name)): k for k, g in groups.items() for m in g}
    for abbreviation, meaning in context.defined_abbreviations(text).items():
        short = by_name.get(key(abbreviation))
        # The long form may carry more in front: "U.S. Food and Drug Administration (FDA)".
        ends = {k for name, k in by_name.items() if f" {name}".endswith(f" {key(meaning)}")}
        long = next(iter(ends)) if len(ends) == 1 else None
        if short is None or long is None or short == long or short not in groups:
            continue
        if groups[short][0].entry is not None and groups[short][0].entry != groups[long][0].entry:
            continue
        host = groups[long]
        for m in groups[short]:
            m.label, m.entry = host[0].label, host[0].entry
            m.reasons.append(f"the article defines {abbreviation} as {host[0].name}")
        host.extend(groups.pop(short))
        by_name = {key(_bare(m.name)): k for k, g in groups.items() for m in g}


# A capitalised word right before a surname makes it part of another name ("Chiles Corp"),
# unless it is a courtesy title ("Mr Chiles").
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_COURTESY_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|Judge|Justice)\.?\s+$")
_NAME_AFTER = re.compile(r"(?:\s+|-)[A-Z]|[\w-]")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "md", "phd"})


def _untagged_surnames(text: str, groups: dict[str, list[Mention]]) -> None:
    """Bare surnames the model did not tag, of a person the article names in full.

    A long article names its people in full once and by surname after ("Chiles said");
    the small model misses many of these. Only a surname that exactly one referent of
    the article carries is taken: with two Bushes named in full, a bare "Bush" stays
    unresolved.
    """
    taken = sorted((m.start, m.end) for g in groups.values() for m in g)
    hosts = _surname_hosts(groups)
    found: list[tuple[int, int, str]] = []
    for surname, carriers in hosts.items():
        if len(carriers) != 1:
            continue
        host = groups[next(iter(carriers))]
        full = next(m for m in host if f" {' '.join(_name_words(m.name))}".endswith(surname))
        last = _bare(full.name).split()[-1]
        spelling = last if " " in surname else re.split(r"[-‐]", last)[-1]
        if len(spelling) < 3 or not spelling[0].isupper() or key(spelling) in _SUFFIXES:
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(spelling)}", text):
            start, end = hit.span()
            if _NAME_AFTER.match(text, end) or any(s < end and start < e for s, e in taken):
                continue
            before = text[max(0, start - 30) : start]
            if _NAME_BEFORE.search(before) and not _COURTESY_BEFORE.search(before):
                continue
            # At a sentence's start any word is capitalised ("Young people ..."): there the
            # surname must act ("Chiles said") or own something ("Chiles's plan").
            opening = not before.strip() or before.rstrip()[-1] in '.!?:"“'
            acts = salience.is_subject(text, end) or _POSSESSIVE_END.match(text[end : end + 2])
            if opening and not acts:
                continue
            found.append((start, end, next(iter(carriers))))
    for start, end, k in found:
        host = groups[k]
        mention = Mention(start, end, text[start:end], "PERSON", host[0].entry)
        mention.linked_by = "surname"
        mention.reasons.append(f"model missed it; the article names {host[0].name} in full")
        host.append(mention)


def _titles(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.label != "PERSON" or m.kind != "name":
            continue
        found = _TITLE_BEFORE.search(text, max(0, m.start - 120), m.start)
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
    mentions = context.apply_abbreviations(text, mentions, kb)
    context.apply_teams(text, mentions)
    _capitals(text, mentions, kb)
    _titles(text, mentions)
    groups = _group(mentions)
    _short_names(groups)
    _defined(text, groups)
    _untagged_surnames(text, groups)
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
    names = [_bare(m.name) for m in group if m.kind in ("name", "title")] or [group[0].name]
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
