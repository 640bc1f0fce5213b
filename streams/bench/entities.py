"""`newsstream bench entities`: quality against hand-labelled sentences, and speed.

Quality: entity-level (exact span and label) precision, recall and F1 of the
stage's mentions and of the bare spaCy model, computed from the same docs so
that only the linking layer differs. Both sides are scored on PERSON, ORG,
GPE, LOC and NORP; a leading "the" and a trailing possessive are ignored on
both sides. Speed: articles per second of `entities.tag` against bare
`nlp.pipe` with the same components (tok2vec, ner) on the same articles.

The sentences are in data/entities/sentences.txt (markup, the source we edit)
and sentences.jsonl (what this module reads; `convert()` writes it).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from streams import kb as knowledge
from streams.records import Record
from streams.stages import entities
from streams.stages.entities import linking

DATA = Path(__file__).with_name("data") / "entities"
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z_]+)(?:\|([^\[\]]+))?\]")
_THE = re.compile(r"^(?:the|The)\s+")
_POSS = re.compile(r"(?:'s|’s)$")
ARTICLE_SENTENCES = 12
SPEED_REPEATS = 3
"""The 34 articles are timed three times over, so one timing covers about a second of work."""

Span = tuple[int, int, str]


def parse(line: str) -> Record:
    """One markup line to {"text", "entities": [{start, end, label, name}]}."""
    text, ents, pos = [], [], 0
    for m in _MARK.finditer(line):
        text.append(line[pos : m.start()])
        start = sum(map(len, text))
        ents.append(
            {
                "start": start,
                "end": start + len(m.group(1)),
                "label": m.group(2),
                "name": m.group(3) or m.group(1),
            }
        )
        text.append(m.group(1))
        pos = m.end()
    text.append(line[pos:])
    return {"text": "".join(text), "entities": ents}


def convert(source: Path = DATA / "sentences.txt") -> list[Record]:
    """Parse the markup file into records with the section ('## name') each sentence is in."""
    rows, section = [], "plain"
    for line in source.read_text("utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            rows.append({**parse(line.strip()), "section": section})
    return rows


def write_jsonl(rows: list[Record], path: Path = DATA / "sentences.jsonl") -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def load() -> list[Record]:
    lines = (DATA / "sentences.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _norm(text: str, start: int, end: int, label: str) -> Span:
    piece = text[start:end]
    head = _THE.match(piece)
    if head:
        start += head.end()
    tail = _POSS.search(text[start:end])
    if tail:
        end -= len(tail.group(0))
    return (start, end, label)


def _spans(text: str, items: Iterable[tuple[int, int, str]]) -> set[Span]:
    return {_norm(text, s, e, label) for s, e, label in items if label in LABELS}


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quality(rows: list[Record], nlp: Any) -> dict[str, object]:
    kb = knowledge.load()
    counts: dict[str, dict[str, list[int]]] = {"model": {}, "stage": {}}
    linked = correct = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        text = row["text"]
        gold = _spans(text, ((g["start"], g["end"], g["label"]) for g in row["entities"]))
        names = {_norm(text, g["start"], g["end"], g["label"]): g["name"] for g in row["entities"]}
        mentions = linking.doc_mentions(doc, kb, nlp)
        found = {
            "model": _spans(text, ((e.start_char, e.end_char, e.label_) for e in doc.ents)),
            "stage": _spans(text, ((m.start, m.end, m.label) for m in mentions)),
        }
        for side, pred in found.items():
            for section in ("all", row["section"]):
                c = counts[side].setdefault(section, [0, 0, 0])
                c[0] += len(pred & gold)
                c[1] += len(pred)
                c[2] += len(gold)
        for m in mentions:
            span = _norm(text, m.start, m.end, m.label)
            if span in gold and m.entry is not None:
                linked += 1
                correct += m.entry.name == names[span]
    out: dict[str, object] = {"sentences": len(rows), "gold_entities": counts["model"]["all"][2]}
    for side in ("model", "stage"):
        p, r, f = _prf(*counts[side]["all"])
        out[f"{side}_precision"] = round(p, 3)
        out[f"{side}_recall"] = round(r, 3)
        out[f"{side}_f1"] = round(f, 3)
    out["f1_gain_points"] = round(100 * (out["stage_f1"] - out["model_f1"]), 1)  # type: ignore[operator]
    for section in sorted(set(counts["model"]) - {"all"}):
        name = section.replace(" ", "_")
        if counts["model"][section][2] == 0:  # no gold entities: only false positives to count
            pm, ps = counts["model"][section][1], counts["stage"][section][1]
            out[f"false_positives_{name}_model_vs_stage"] = f"{pm} vs {ps}"
            continue
        fm = _prf(*counts["model"][section])[2]
        fs = _prf(*counts["stage"][section])[2]
        out[f"f1_{name}_model_vs_stage"] = f"{fm:.3f} vs {fs:.3f}"
    gold_names = [g["name"] for r in rows for g in r["entities"] if g["label"] in LABELS]
    known = sum(1 for n in gold_names if (e := kb.lookup(n)) is not None and e.name == n)
    # The sentences and the KB were written by the same hand: most gold entities are in the KB,
    # so the gain above is an upper bound; the not-in-KB section shows the stage without help.
    out["gold_entities_in_kb_ratio"] = round(known / len(gold_names), 3) if gold_names else None
    out["linked_mentions"] = linked
    out["linked_to_the_right_entity_ratio"] = round(correct / linked, 3) if linked else None
    return out


def articles(rows: list[Record]) -> list[Record]:
    """The seed story plus articles of twelve evaluation sentences, as cleaned records."""
    from streams.records import article_id

    texts = [
        " ".join(r["text"] for r in rows[i : i + ARTICLE_SENTENCES])
        for i in range(0, len(rows), ARTICLE_SENTENCES)
    ]
    seed = _seed_text()
    if seed:
        texts.append(seed)
    return [_cleaned(article_id({"body": t}), t) for t in texts]


def _seed_text() -> str | None:
    path = Path(__file__).resolve().parents[3] / "shared" / "samples" / "000_a05adf3270c9401d.txt"
    if not path.exists():
        return None
    blocks = [b.strip() for b in path.read_text("utf-8").split("\n\n")]
    first = next(i for i, b in enumerate(blocks) if b.startswith("Ukraine's president"))
    last = next(i for i, b in enumerate(blocks) if b.startswith("Ukraine has called"))
    return "\n\n".join(blocks[first : last + 1])


def _cleaned(key: str, text: str) -> Record:
    return {
        "id": key,
        "text": text,
        "title": None,
        "skipped": {},
        "language": {"code": "en", "confidence": 1.0},
    }


def speed(records: list[Record], nlp: Any, rounds: int = 5) -> dict[str, object]:
    texts = [r["text"] for r in records]
    entities.tag(records[:4], nlp)  # warm the matcher and the KB
    bare = stage = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        bare = min(bare, time.perf_counter() - t)
        t = time.perf_counter()
        entities.tag(records, nlp, batch_size=16)
        stage = min(stage, time.perf_counter() - t)
    return {
        "speed_articles": len(records),
        "bare_nlp_pipe_articles_per_s": round(len(records) / bare, 1),
        "stage_articles_per_s": round(len(records) / stage, 1),
        "stage_vs_bare_ratio": round(bare / stage, 3),
    }


def run() -> dict[str, object]:
    t = time.perf_counter()
    nlp = entities.load_model()
    knowledge.load()
    out: dict[str, object] = {
        "model_and_kb_load_s": round(time.perf_counter() - t, 2),
        "pipeline": "+".join(nlp.pipe_names),
    }
    rows = load()
    out.update(quality(rows, nlp))
    out.update(speed(articles(rows) * SPEED_REPEATS, nlp))
    return out
