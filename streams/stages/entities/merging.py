"""Which mentions of an article are one referent: surnames, short names, abbreviations.

The rules join what a reader joins without a second thought and a small NER
model cannot: "Chiles" after "Lawton Chiles" (also where the model tagged no
"Chiles" at all), "Paxar" after "Paxar Corp", "SEC" after "Securities and
Exchange Commission (SEC)". Each joins only when exactly one referent fits:
with two people of one family name in the article a bare surname stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from streams.kb import key
from streams.stages.entities import context, salience
from streams.stages.entities.linking import NAME_PARTICLES, Mention

_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


@lru_cache(maxsize=1 << 12)
def bare(text: str) -> str:
    """A name without its possessive ending ("Chiles's" -> "Chiles"); cached, as the rules ask
    for each name's a dozen times an article."""
    return _POSSESSIVE_END.sub("", text).strip()


def group(text: str, mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The article's mentions, grouped by referent (KB id, else label and name)."""
    # A span of nothing but a possessive names nothing: the model once tagged a lone "’s"
    # as GPE, an entity with an empty name that news.tagged's schema refuses.
    groups = _by_name([m for m in mentions if bare(m.name)])
    _short_names(groups)
    _defined(text, groups)
    _untagged_surnames(text, groups)
    _untagged_repeats(text, groups)
    return groups


# A lone word the model labelled as one of these may be the surname of a person named in full
# (a place only when the KB does not know it as one: "Saban" the coach, never "Jordan").
_SURNAME_LABELS = frozenset(
    {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC", "NORP"}
)


def _by_name(mentions: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        k = m.entry.id if m.entry else f"{m.label}:{key(bare(m.name))}"
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
    for word in key(bare(name)).split():
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
            words = key(bare(m.name)).split()
            if len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
                for n in range(1, len(words)):
                    if words[n - 1] not in CORPORATE_SUFFIXES:
                        full.setdefault(" ".join(words[:n]), []).append(k)
    for k, g in list(groups.items()):
        if g[0].entry is not None or g[0].label not in _SURNAME_LABELS:
            continue
        hosts = set(full.get(key(bare(g[0].name)), ())) - {k}
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
    by_name = {key(bare(m.name)): k for k, g in groups.items() for m in g}
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
        by_name = {key(bare(m.name)): k for k, g in groups.items() for m in g}


# A capitalised word right before a surname makes it part of another name ("Chiles Corp"),
# unless it is a courtesy title ("Mr Chiles").
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_COURTESY_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|Judge|Justice)\.?\s+$")
_NAME_AFTER = re.compile(r"(?:\s+|-)[A-Z]|[\w-]")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "md", "phd"})


def _free(text: str, name: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where `name` stands on its own in the text, untagged, as a name ("Chiles said")."""
    out = []
    for start in _occurrences(text, name):
        end = start + len(name)
        if _NAME_AFTER.match(text, end) or any(s < end and start < e for s, e in taken):
            continue
        before = text[max(0, start - 30) : start]
        if _NAME_BEFORE.search(before) and not _COURTESY_BEFORE.search(before):
            continue
        # At a sentence's start any word is capitalised ("Young people ..."): there a
        # one-word name must act ("Chiles said") or own something ("Chiles's plan").
        opening = not before.strip() or before.rstrip()[-1] in '.!?:"“'
        acts = salience.is_subject(text, end) or _POSSESSIVE_END.match(text[end : end + 2])
        if opening and " " not in name and not acts:
            continue
        out.append((start, end))
    return out


def _occurrences(text: str, name: str) -> Iterator[int]:
    r"""Starts of `name` not right after a word character or a hyphen, left to right, not
    overlapping: what `re.finditer(rf"(?<![\w-]){re.escape(name)}", text)` finds, by hand
    because that pattern (a new one per name, its lookbehind first) gets no literal-prefix
    search and was a third of the entity rules' time; str.find is a fast substring search."""
    if not name:
        yield from (m.start() for m in re.finditer(r"(?<![\w-])", text))
        return
    at = text.find(name)
    while at >= 0:
        before = text[at - 1] if at else ""
        # \w in a str pattern is str.isalnum() or "_" (sre's Unicode alphanumeric test).
        if before and (before.isalnum() or before in "_-"):
            at = text.find(name, at + 1)
            continue
        yield at
        at = text.find(name, at + len(name))


# Kinds of referent whose repeated name the model may miss; demonyms are left as tagged.
_REPEATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT"})


def _untagged_repeats(text: str, groups: dict[str, list[Mention]]) -> None:
    """A name the article uses for a referent, where it stands again untagged.

    The model reads each sentence on its own and tags "Home Depot" in one and not in
    the next; the article means the same company both times (label consistency within
    a document, a standard repair for sentence-level NER). Names of one word need four
    letters and a capital, so "Post" or "May" stay as tagged.
    """
    taken = sorted((m.start, m.end) for g in groups.values() for m in g)
    owners: dict[str, set[str]] = {}
    for k, g in groups.items():
        if g[0].label not in _REPEATED_LABELS:
            continue
        for m in g:
            if m.kind in ("name", "title") and not m.recovered:
                owners.setdefault(bare(m.name), set()).add(k)
    found: list[tuple[int, int, str]] = []
    for name, ks in owners.items():
        single = " " not in name
        if len(ks) != 1 or not name[:1].isupper() or (single and len(name) < 4):
            continue
        found += [(s, e, next(iter(ks))) for s, e in _free(text, name, taken)]
    for start, end, k in sorted(found):
        if any(s < end and start < e for s, e in taken):
            continue  # two names of the article found at one place: the first, longest wins
        host = groups[k]
        mention = Mention(start, end, text[start:end], host[0].label, host[0].entry)
        mention.reasons.append(f"model missed it; the article names {host[0].name} so elsewhere")
        host.append(mention)
        taken.append((start, end))


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
        full = next(
            (m for m in host if f" {' '.join(_name_words(m.name))}".endswith(f" {surname}")),
            None,
        )
        if full is None:
            continue
        last = bare(full.name).split()[-1]
        spelling = last if " " in surname else re.split(r"[-‐]", last)[-1]
        if len(spelling) < 3 or not spelling[0].isupper() or key(spelling) in _SUFFIXES:
            continue
        found += [(s, e, next(iter(carriers))) for s, e in _free(text, spelling, taken)]
    for start, end, k in found:
        host = groups[k]
        mention = Mention(start, end, text[start:end], "PERSON", host[0].entry)
        mention.linked_by = "surname"
        mention.reasons.append(f"model missed it; the article names {host[0].name} in full")
        host.append(mention)
