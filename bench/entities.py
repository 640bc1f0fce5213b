"""The entity stage on real news with gold Wikidata links (ELEVANT), beside the bare model.

Data: `devsets/entities/` (ad-freiburg/elevant `benchmarks/`): news-fair (40
articles; its `no-coref` file, the same articles without the pronoun and
nominal mentions that no NER model tags), reuters-128 (128 Reuters articles)
and msnbc-updated (20 MSNBC articles). Only gold mentions and predictions
inside each article's `evaluation_span` count.

What counts as a mention:
- gold: every label except the types QUANTITY and DATETIME (numbers and
  dates are left out, as the issue's figures leave them out). OTHER stays in:
  it holds the NIL mentions (names with no Wikidata item, untyped) and a few
  common nouns ("lawyer") that no NER system tags.
- ours: every mention of every entity of the stage's output whose kind is a
  name, a titled name or a capital; of a titled name ("President Mark Rutte")
  the name itself is scored (`name_start`), since gold marks names. A
  capital standing for its government ("Washington said") is linked by the
  city's own id (`kb_id` of the mention), as gold links what the words name. Role
  phrases ("Ukraine's president") are coreference, which the gold leaves out.
- bare: `en_core_web_sm` (the same package, the components the stage runs) on the same text,
  its entities with the labels the stage keeps (PERSON, NORP, FAC, ORG, GPE,
  LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE), so no number or date.
- bare, trimmed: the bare model's spans cut to the name the way ours are
  (`linking.name_span`: no leading 'the', title or possessive). It is not an
  anchor but a split of our gain: what the span convention alone brings, and
  what the KB, the merging and the context rules add on top.

Scores: exact span (same start and end) and overlap (one-to-one, spans share
a character). Kinds: gold type with Q215627 (human) is a person, else with
Q27096213 (geographic entity) a place, else with Q43229 (organisation) an
organisation, anything else (OTHER included) is "other". Our PERSON is a
person, ORG an organisation, GPE/LOC/FAC a place. Per kind, a prediction of
kind k is a hit when its span equals a gold mention of kind k, a false alarm
when it equals no gold mention at all or one of another known kind; one that
equals a gold mention of unknown kind (NIL or OTHER) is neither.

Linking, on gold mentions with a Wikidata id that one of our mentions
matches exactly: `linked` is the share of them our entity gives a QID (`of
gold`: the share of all gold mentions with a QID), `precision` the share of
those QIDs that are the gold id (`P overlap` beside it counts overlapping
spans too, where a wrong id is often a wrong span: our "U.S." in gold's
"U.S. military"). NIL: gold `<NIL>` mentions that we find with the exact span
and give a QID (every such QID is wrong). Merge: of our mentions that overlap
a gold mention with a QID, those whose entity's other mentions mostly carry
another gold id (put into the wrong referent), and gold ids split over
several of our entities.

Tuning: most rules (spans without 'the' and possessive, titles, lowercase
matches only in uncased text, defined abbreviations, teams, untagged
surnames, company short names, country QIDs, Georgia) were written from the
errors of reuters-128 and news-fair. msnbc-updated was meant as the check,
but it was not kept blind: its figures were printed in every run, its error
lists were read with the others, and three rules come from cases it showed
first (a work's title keeps its 'The': "The View"; a surname with its
particle: "al-Maliki"; a surname the model called a place: "Saban"). The rules
of issue #20's linking pass came from the wrong links of all three: a US state
after a city ("BIRMINGHAM, Ala.", reuters and msnbc datelines and lists), teams
by their coach, record or fixture (msnbc's Alabama and Miami, news-fair's
Tonga), a company named after a city ("Preston corp", reuters). The KB rules
of its second pass (a shared dr5hn QID goes to the row named as its item,
divisions, continents) were written from the database's own fields and only
checked here; a division's short name was dropped where a town carries it after
this bench showed "Basra" taking the governorate's QID. Treat all three sets
as tuned on; only the held-out sets say how the rules carry.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import spacy

from bench.common import Context, prf, table
from streams.stages import entities
from streams.stages.entities.linking import LABELS, name_span

SETS = (
    ("news-fair", "news-fair-no-coref.benchmark.jsonl"),
    ("reuters-128", "reuters-128.benchmark.jsonl"),
    ("msnbc-updated", "msnbc-updated.benchmark.jsonl"),
)
QUICK_ARTICLES = 10
LEFT_OUT = frozenset({"QUANTITY", "DATETIME"})
KINDS = ("person", "organisation", "place")
_LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
_LABEL_KIND["FAC"] = "place"
SCORED_KINDS = frozenset({"name", "title", "capital"})


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    qid: str | None = None
    """Gold: the Wikidata id or None for NIL. Ours: the entity's kb_id when it is a QID."""
    entity: int = -1
    """Ours: which entity of the article the mention belongs to."""


def gold_kind(types: str) -> str:
    found = set(types.split("|"))
    if "Q215627" in found:
        return "person"
    if "Q27096213" in found:
        return "place"
    if "Q43229" in found:
        return "organisation"
    return "other"


def _inside(span: tuple[int, int], window: tuple[int, int]) -> bool:
    return window[0] <= span[0] and span[1] <= window[1]


def _window(article: dict[str, Any]) -> tuple[int, int]:
    start, end = article.get("evaluation_span") or (0, len(article["text"]))
    return start, end


def gold_spans(article: dict[str, Any]) -> list[Span]:
    window = _window(article)
    out = []
    for label in article["labels"]:
        start, end = label["span"]
        if label["type"] in LEFT_OUT or not _inside((start, end), window):
            continue
        qid = label["entity_id"] if str(label["entity_id"]).startswith("Q") else None
        out.append(Span(start, end, gold_kind(label["type"]), qid))
    return sorted(out, key=lambda s: (s.start, s.end))


def our_spans(record: dict[str, Any], window: tuple[int, int]) -> list[Span]:
    out = []
    for i, entity in enumerate(record["entities"]):
        for m in entity["mentions"]:
            if m.get("kind", "name") not in SCORED_KINDS:
                continue
            # A capital standing for its country names the city: the city's id is the link.
            kb_id = m.get("kb_id", entity["kb_id"])
            qid = kb_id if kb_id and kb_id.startswith("Q") else None
            start = m.get("name_start", m["start"])
            if _inside((start, m["end"]), window):
                out.append(Span(start, m["end"], _LABEL_KIND.get(entity["label"], "other"), qid, i))
    return sorted(set(out), key=lambda s: (s.start, s.end))


def bare_spans(doc: Any, window: tuple[int, int], trim: bool = False) -> list[Span]:
    """The bare model's entities; `trim`: cut to the name as ours are (no 'the', titles, 's)."""
    out = []
    for e in doc.ents:
        span = name_span(e) if trim else e
        if e.label_ in LABELS and _inside((span.start_char, span.end_char), window):
            out.append(Span(span.start_char, span.end_char, _LABEL_KIND.get(e.label_, "other")))
    return out


def overlap_pairs(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans, the closest first (exact, then most shared)."""
    candidates = []
    for g in gold:
        for p in pred:
            shared = min(g.end, p.end) - max(g.start, p.start)
            if shared > 0:
                candidates.append((-(g.start == p.start and g.end == p.end), -shared, g, p))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start, c[3].start))
    used_g: set[Span] = set()
    used_p: set[Span] = set()
    pairs = []
    for *_, g, p in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def count_mentions(gold: list[Span], pred: list[Span], c: Counter[str]) -> None:
    gold_at = {(g.start, g.end): g for g in gold}
    pred_at = {(p.start, p.end): p for p in pred}
    exact = len(gold_at.keys() & pred_at.keys())
    c.update(exact_tp=exact, exact_fp=len(pred_at) - exact, exact_fn=len(gold_at) - exact)
    over = len(overlap_pairs(gold, pred))
    c.update(over_tp=over, over_fp=len(pred) - over, over_fn=len(gold) - over)
    for kind in KINDS:
        for g in gold:
            if g.kind == kind:
                p = pred_at.get((g.start, g.end))
                c[f"{kind}_tp" if p and p.kind == kind else f"{kind}_fn"] += 1
        for p in pred:
            if p.kind != kind:
                continue
            hit = gold_at.get((p.start, p.end))
            if hit is None or hit.kind not in (kind, "other"):
                c[f"{kind}_fp"] += 1


def count_links(gold: list[Span], pred: list[Span], c: Counter[str]) -> None:
    pairs = overlap_pairs(gold, pred)
    for g, p in pairs:
        exact = (g.start, g.end) == (p.start, p.end)
        if g.qid is None:
            c["nil_found"] += exact
            c["nil_given_qid"] += exact and p.qid is not None
            continue
        if p.qid is not None:  # over overlapping spans too: "U.S." inside "U.S. military"
            c["linked_overlap"] += 1
            c["right_overlap"] += p.qid == g.qid
        if not exact:
            continue
        c["qid_found"] += 1
        c[f"qid_found_{g.kind}"] += 1
        if p.qid is not None:
            c["linked"] += 1
            c[f"linked_{g.kind}"] += 1
            c["right"] += p.qid == g.qid
            c[f"right_{g.kind}"] += p.qid == g.qid
    c["qid_gold"] += sum(g.qid is not None for g in gold)
    c["nil_gold"] += sum(g.qid is None for g in gold)
    # Merge: within one of our entities, the gold ids of its mentions should agree.
    by_entity: dict[int, list[str]] = defaultdict(list)
    entities_of: dict[str, set[int]] = defaultdict(set)
    for g, p in pairs:
        if g.qid is not None:
            by_entity[p.entity].append(g.qid)
            entities_of[g.qid].add(p.entity)
    for qids in by_entity.values():
        top = Counter(qids).most_common(1)[0][1]
        c["merge_mentions"] += len(qids)
        c["merge_in_multi"] += len(qids) if len(qids) > 1 else 0
        c["merge_wrong"] += len(qids) - top
    c["gold_ids"] += len(entities_of)
    c["gold_ids_split"] += sum(len(e) > 1 for e in entities_of.values())


def load(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def _record(article: dict[str, Any]) -> dict[str, Any]:
    """A cleaned record as the entity stage reads it: the article's text as it stands."""
    text = article["text"]
    return {
        "id": str(article["id"]),
        "title": article.get("title") or None,
        "text": text,
        "language": {"code": "en", "confidence": 1.0},
        "skipped": {},
    }


def run(ctx: Context) -> dict[str, Any]:
    folder = ctx.dataset("entities")
    if folder is None:
        return {"skipped": "no devsets/entities"}
    nlp = entities.load_model()
    bare = spacy.load(entities.MODEL, exclude=list(entities.UNUSED))
    figures: dict[str, Any] = {}
    rows: dict[str, list[list[Any]]] = defaultdict(list)
    errors: list[dict[str, Any]] = []
    for name, filename in SETS:
        path = folder / filename
        if not path.exists():
            print(f"[entities] no {path}: skipped")
            continue
        articles = list(ctx.take(load(path), QUICK_ARTICLES))
        started = time.process_time()
        tagged = entities.tag([_record(a) for a in articles], nlp)
        ours_s = time.process_time() - started
        started = time.process_time()
        docs = list(bare.pipe((a["text"] for a in articles), batch_size=16))
        bare_s = time.process_time() - started
        counts = {"ours": Counter[str](), "bare": Counter[str](), "bare, trimmed": Counter[str]()}
        for article, record, doc in zip(articles, tagged, docs, strict=True):
            gold = gold_spans(article)
            window = _window(article)
            mine = our_spans(record, window)
            theirs = bare_spans(doc, window)
            count_mentions(gold, mine, counts["ours"])
            count_mentions(gold, theirs, counts["bare"])
            count_mentions(gold, bare_spans(doc, window, trim=True), counts["bare, trimmed"])
            count_links(gold, mine, counts["ours"])
            errors.extend(_errors(name, article, gold, mine))
        cpu = {"ours": ours_s, "bare": bare_s, "bare, trimmed": 0.0}
        figures[name] = _set_figures(counts, len(articles), cpu)
        _rows(name, figures[name], rows)
    _print(rows)
    (ctx.out / "entities.errors.jsonl").write_bytes(b"\n".join(orjson.dumps(e) for e in errors))
    return figures


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _set_figures(counts: dict[str, Counter[str]], n: int, cpu: dict[str, float]) -> dict[str, Any]:
    out: dict[str, Any] = {"articles": n}
    for system, c in counts.items():
        out[system] = {
            "exact": prf(c["exact_tp"], c["exact_fp"], c["exact_fn"]),
            "overlap": prf(c["over_tp"], c["over_fp"], c["over_fn"]),
            **{k: prf(c[f"{k}_tp"], c[f"{k}_fp"], c[f"{k}_fn"]) for k in KINDS},
            "articles_per_cpu_s": round(n / cpu[system], 1) if cpu[system] else None,
        }
    c = counts["ours"]
    out["linking"] = {
        "gold_with_qid": c["qid_gold"],
        "found": c["qid_found"],
        "linked": _ratio(c["linked"], c["qid_found"]),
        "linked_of_gold": _ratio(c["linked"], c["qid_gold"]),
        "precision": _ratio(c["right"], c["linked"]),
        "precision_overlap": _ratio(c["right_overlap"], c["linked_overlap"]),
        "right": c["right"],
        "wrong": c["linked"] - c["right"],
        **{
            kind: {
                "found": c[f"qid_found_{kind}"],
                "linked": _ratio(c[f"linked_{kind}"], c[f"qid_found_{kind}"]),
                "precision": _ratio(c[f"right_{kind}"], c[f"linked_{kind}"]),
            }
            for kind in KINDS
        },
    }
    out["nil"] = {
        "gold": c["nil_gold"],
        "found": c["nil_found"],
        "given_a_qid": c["nil_given_qid"],
    }
    out["merge"] = {
        "mentions": c["merge_mentions"],
        "in_shared_referents": c["merge_in_multi"],
        "wrong_referent": c["merge_wrong"],
        "precision": _ratio(c["merge_mentions"] - c["merge_wrong"], c["merge_mentions"]),
        "gold_ids": c["gold_ids"],
        "gold_ids_split": c["gold_ids_split"],
    }
    return out


def _rows(name: str, f: dict[str, Any], rows: dict[str, list[list[Any]]]) -> None:
    name = f"{name} ({f['articles']})"
    for system in ("ours", "bare", "bare, trimmed"):
        s = f[system]
        rows["mentions"].append(
            [name, system, *s["exact"].values(), *s["overlap"].values(), s["articles_per_cpu_s"]]
        )
        rows["kinds"].append([name, system, *(s[k][m] for k in KINDS for m in ("p", "r", "f1"))])
    link, nil, merge = f["linking"], f["nil"], f["merge"]
    rows["linking"].append(
        [
            name,
            link["gold_with_qid"],
            link["found"],
            link["linked"],
            link["linked_of_gold"],
            link["precision"],
            link["precision_overlap"],
            *(link[k][m] for k in KINDS for m in ("linked", "precision")),
            f"{nil['given_a_qid']}/{nil['found']}",
        ]
    )
    rows["merge"].append(
        [
            name,
            merge["mentions"],
            merge["in_shared_referents"],
            merge["wrong_referent"],
            merge["precision"],
            f"{merge['gold_ids_split']}/{merge['gold_ids']}",
        ]
    )


def _print(rows: dict[str, list[list[Any]]]) -> None:
    print("mention detection (gold: all but QUANTITY/DATETIME; bare = en_core_web_sm, same run)")
    print(
        table(
            ["set", "system", "exact P", "R", "F1", "overlap P", "R", "F1", "articles/s"],
            rows["mentions"],
        )
    )
    print("\nper kind, exact span and same kind (person, organisation, place)")
    print(
        table(
            ["set", "system", *(f"{k[:3]} {m}" for k in KINDS for m in ("P", "R", "F1"))],
            rows["kinds"],
        )
    )
    print(
        "\nlinking (gold mentions with a QID that we found, exact span; P overlap: on"
        " overlapping spans; NIL = NIL mentions we found, given a QID)"
    )
    print(
        table(
            [
                "set",
                "gold QIDs",
                "found",
                "linked",
                "of gold",
                "precision",
                "P overlap",
                *(f"{k[:3]} {m}" for k in KINDS for m in ("linked", "P")),
                "NIL wrong/found",
            ],
            rows["linking"],
        )
    )
    print("\nmerge (our mentions on gold mentions with a QID, grouped by our referent)")
    print(
        table(
            ["set", "mentions", "in shared", "wrong referent", "precision", "gold ids split"],
            rows["merge"],
        )
    )


def _errors(
    name: str, article: dict[str, Any], gold: list[Span], mine: list[Span]
) -> Iterable[dict[str, Any]]:
    """Every miss and false alarm with its text, for a person reading why a figure is low."""
    text = article["text"]
    gold_at = {(g.start, g.end): g for g in gold}
    mine_at = {(p.start, p.end): p for p in mine}
    for at, g in gold_at.items():
        if at not in mine_at:
            yield {"set": name, "id": article["id"], "miss": text[at[0] : at[1]], "kind": g.kind}
    for at, p in mine_at.items():
        if at not in gold_at:
            yield {"set": name, "id": article["id"], "false": text[at[0] : at[1]], "kind": p.kind}
    pairs = overlap_pairs(gold, mine)
    split: dict[str, dict[int, str]] = defaultdict(dict)
    for g, p in pairs:
        if g.qid is not None:
            split[g.qid][p.entity] = text[p.start : p.end]
    for qid, parts in split.items():
        if len(parts) > 1:
            yield {"set": name, "id": article["id"], "split": qid, "parts": sorted(parts.values())}
    by_entity: dict[int, list[tuple[Span, Span]]] = defaultdict(list)
    for g, p in pairs:
        if g.qid is not None:
            by_entity[p.entity].append((g, p))
    for found in by_entity.values():
        top = Counter(g.qid for g, _ in found).most_common(1)[0][0]
        for g, p in found:
            if g.qid != top:
                yield {
                    "set": name,
                    "id": article["id"],
                    "wrong_referent": text[p.start : p.end],
                    "gold": g.qid,
                    "referent": sorted({text[q.start : q.end] for _, q in found}),
                }
    for g, p in pairs:
        if p.qid and p.qid != g.qid:
            yield {
                "set": name,
                "id": article["id"],
                "wrong_id": text[p.start : p.end],
                "gold_text": text[g.start : g.end],
                "ours": p.qid,
                "gold": g.qid,
            }
