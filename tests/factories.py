"""Small record factories: a valid record of each topic, with overrides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.records import Record

SEED = Path(__file__).resolve().parents[2] / "shared" / "samples" / "000_a05adf3270c9401d.txt"


def raw(
    body: str = "A plain article.\n\nIt has two paragraphs of text.", **overrides: Any
) -> Record:
    record: Record = {
        "url": None,
        "source": "test",
        "fetched_at": "2024-10-18T08:00:00Z",
        "content_type": "text/plain",
        "body": body,
    }
    record.update(overrides)
    return record


def html(body_html: str, title: str = "A headline", **overrides: Any) -> Record:
    page = f"<html><head><title>{title}</title></head><body>{body_html}</body></html>"
    return raw(page, content_type="text/html", **overrides)


def seed() -> Record:
    """The real scraped wire story in ../shared/samples, as a news.raw record."""
    return raw(SEED.read_text(encoding="utf-8"), id="a05adf3270c9401d", source="newsmax-dump")


def cleaned(text: str = "Anna Berg said the plan works.", **overrides: Any) -> Record:
    paragraphs = text.split("\n\n")
    record: Record = {
        "id": "art-1",
        "url": None,
        "source": "test",
        "fetched_at": "2024-10-18T08:00:00Z",
        "content_type": "text/plain",
        "title": None,
        "text": text,
        "paragraphs": paragraphs,
        "published_at": None,
        "published_raw": None,
        "rejected_dates": [],
        "dateline": None,
        "authors": [],
        "publisher": None,
        "wire": None,
        "tags": [],
        "language": {"code": "en", "confidence": 1.0},
        "word_count": len(text.split()),
        "truncated": [],
        "removed": {},
        "content_hash": "0" * 32,
        "duplicate_of": None,
        "skipped": {},
    }
    record.update(overrides)
    return record


def tagged(
    text: str = "Anna Berg said the plan works.",
    entities: list[Record] | None = None,
    **overrides: Any,
) -> Record:
    return {**cleaned(text, **overrides), "entities": entities or []}


def enriched(
    text: str = "Anna Berg said the plan works.",
    entities: list[Record] | None = None,
    claims: list[Record] | None = None,
    **overrides: Any,
) -> Record:
    return {**tagged(text, entities, **overrides), "claims": claims or []}


def claim(claim_id: str, text: str, speaker: str, **overrides: Any) -> Record:
    """A direct claim at the start of its article, with no qualifiers."""
    record: Record = {
        "id": claim_id,
        "text": text,
        "speaker": {"name": speaker, "entity": None, "role": None},
        "cue": "said",
        "kind": "direct",
        "start": 0,
        "end": len(text),
        "hedged": None,
        "negated": None,
        "numbers": [],
        "when": None,
        "check_worthiness": 0.5,
        "relations": [],
    }
    record.update(overrides)
    return record


def entity(name: str, label: str, text: str, **overrides: Any) -> Record:
    """An entity with a mention at every occurrence of `name` in `text`."""
    mentions, start = [], text.find(name)
    while start >= 0:
        mentions.append({"text": name, "start": start, "end": start + len(name)})
        start = text.find(name, start + 1)
    record: Record = {
        "name": name,
        "label": label,
        "kb_id": None,
        "mentions": mentions,
        "salience": 0.5,
        "in_title": False,
        "country_code": None,
        "coordinates": None,
    }
    record.update(overrides)
    return record


SEED_TITLE = "Zelenskyy: NKorean Officers Deployed Alongside Russians"


def seed_paragraphs() -> list[str]:
    """The seed story's twelve paragraphs, from its lead to 'Ukraine has called on allies'."""
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n")]
    first = next(i for i, b in enumerate(blocks) if b.startswith("Ukraine's president accused"))
    last = next(i for i, b in enumerate(blocks) if b.startswith("Ukraine has called on allies"))
    return blocks[first : last + 1]


def cleaned_seed() -> Record:
    """The seed as the clean stage should leave it: real headline, twelve paragraphs."""
    return cleaned(
        text="\n\n".join(seed_paragraphs()),
        title=SEED_TITLE,
        id="a05adf3270c9401d",
        source="newsmax-dump",
    )


def entity_of(name: str, label: str, text: str, *surfaces: str, **overrides: Any) -> Record:
    """An entity mentioned by each whole-word occurrence of any surface (default: its name)."""
    import re

    mentions: list[Record] = []
    taken = bytearray(len(text))
    for surface in surfaces or (name,):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                mentions.append({"text": surface, "start": m.start(), "end": m.end()})
    mentions.sort(key=lambda m: m["start"])
    return {**entity(name, label, text), "mentions": mentions, **overrides}


def tagged_seed() -> Record:
    """The seed as the entity stage is specified to tag it (one entity per real-world entity)."""
    record = cleaned_seed()
    record["published_at"] = "2024-10-17T17:13:00-04:00"
    text = record["text"]
    record["entities"] = [
        entity_of(
            "Volodymyr Zelenskyy",
            "PERSON",
            text,
            "Ukraine's president",
            "Volodymyr Zelenskyy",
            "Zelenskyy",
            "the Ukrainian leader",
            kb_id="Q3874799",
        ),
        entity_of("Mark Rutte", "PERSON", text, "NATO's chief", "Mark Rutte", kb_id="Q57792"),
        entity_of("Sean Savett", "PERSON", text),
        entity_of("North Korea", "GPE", text, kb_id="Q423"),
        entity_of("North Korean", "NORP", text),
        entity_of("Russia", "GPE", text, "Russia", "Moscow", kb_id="Q159"),
        entity_of("Russians", "NORP", text),
        entity_of("Ukraine", "GPE", text, "Ukraine", "Kyiv", kb_id="Q212"),
        entity_of("Pyongyang", "GPE", text, kb_id="Q18808"),
        entity_of("NATO", "ORG", text, kb_id="Q7184"),
        entity_of("Brussels", "GPE", text, kb_id="Q239"),
        entity_of("White House", "ORG", text, kb_id="Q35525"),
        entity_of("National Security Council", "ORG", text),
        entity_of("the World War", "EVENT", text),
    ]
    return record


def articles() -> list[Record]:
    """The seed and every sample article shipped with the package, as news.raw records."""
    from streams import sources

    return [seed(), *sources.read_raw([str(sources.samples_dir())], "newsstream-samples")]


# A wire story as two outlets print it, and another story on the same subject.
WIRE = [
    "ROTTERDAM (Reuters) - About 3,000 dockworkers walked off the job at the ports of Rotterdam "
    "and Antwerp on Tuesday, halting most container traffic at Europe's two busiest ports in a "
    "dispute over automation and pay, union officials said.",
    "The 48-hour stoppage, the first coordinated action at both ports since 2002, left at least "
    "60 container ships waiting at anchor in the North Sea by midday.",
    "Unions accused terminal operators of breaking a 2024 agreement that promised no compulsory "
    "redundancies until 2030, and said plans for remote-controlled cranes would cut 800 jobs.",
    "Employers have offered a pay rise of 4.5% over two years and a retraining fund worth 25 "
    "million euros, and urged the unions to put the offer to a vote.",
    "Shipping lines said they were considering diverting some cargo to Hamburg and Le Havre if "
    "the strike was extended beyond Thursday.",
]

SAME_SUBJECT = [
    "Container ships queued outside Rotterdam and Antwerp for a second day on Wednesday as a "
    "strike by dockworkers over automation and pay entered its final 24 hours.",
    "Port authorities in both cities said about 75 vessels were now waiting, and freight "
    "forwarders warned that delays could last into next week even if work resumes on Thursday.",
    "Union leaders said they were ready to return to talks if terminal operators dropped plans "
    "for remote-controlled cranes, which they say would cut hundreds of jobs.",
    "Terminal operators said their offer of a pay rise and a retraining fund remained on the "
    "table, and accused the unions of harming Europe's biggest ports.",
]


def outlet_a(story: list[str]) -> str:
    return (
        "<html><head><title>Dockworkers strike | The Herald</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in story)
        + "<p>(Reporting by Bart Jansen; Editing by Anna Berg)</p></article>"
        "<div class='newsletter'><p>Sign up for our Morning Briefing</p></div>"
        "<footer>© 2026 The Herald Ltd</footer></body></html>"
    )


def outlet_b(story: list[str]) -> str:
    # Another outlet: its own headline, a promo box, and the last paragraph cut.
    return (
        "<html><head><title>Strike shuts Europe's biggest ports - Continental Times</title>"
        "</head><body><header><a href='/'>Continental Times</a></header><main>"
        "<h1>Strike shuts Europe's biggest ports</h1>"
        + "".join(f"<p>{p}</p>" for p in story[:-1])
        + "<div class='promo'><p>Subscribe now and get 3 months free!</p></div></main>"
        "<div class='comments'><p>42 comments</p></div></body></html>"
    )


_TOWNS = ["Leeds", "Lyon", "Porto", "Ghent", "Graz", "Turku", "Split", "Brno", "Cork", "Bergen"]
_THINGS = ["bridge", "library", "tram line", "harbour", "school", "hospital wing", "stadium"]


def short_article(i: int) -> Record:
    """A short plain-text news.raw record keyed `short-<i>`, quick through every stage."""
    town, thing = _TOWNS[i % len(_TOWNS)], _THINGS[i % len(_THINGS)]
    body = (
        f"Officials in {town} said the {thing} numbered {i} reopened on Monday after "
        f"{i % 9 + 2} weeks of repairs.\n\n"
        f'"We are glad it is open again," said councillor Maria Olsen, adding that '
        f"work on item {i} had cost {i * 7 % 90 + 10} thousand euros."
    )
    return raw(body, id=f"short-{i}")


def long_article(i: int) -> Record:
    """A news.raw record of about 400 words keyed `long-<i>`: real work for the entity stage."""
    town = _TOWNS[i % len(_TOWNS)]
    story = [p.replace("Rotterdam", town).replace("3,000", f"{i + 1},000") for p in WIRE]
    story += [p.replace("Antwerp", town) for p in SAME_SUBJECT]
    return raw("\n\n".join(story + story[:3]), id=f"long-{i}")


_SPANISH = (
    "El ayuntamiento aprobó el presupuesto del año {n} después de un largo debate sobre las "
    "escuelas, los hospitales y las carreteras de la ciudad, según dijeron los concejales."
)


def large_body(size: int) -> str:
    """A plain-text body of about `size` bytes in Spanish: real work for the clean stage (about
    0.6 s a megabyte), none for the entity and claim stages (English only)."""
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraphs.append(_SPANISH.format(n=len(paragraphs)))
        total += len(paragraphs[-1].encode()) + 2
    return "\n\n".join(paragraphs)
