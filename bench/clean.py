"""The clean stage on trafilatura's own evaluation corpus: 990 real pages, scored its way.

The data is `devsets/extraction/` (adbar/trafilatura `tests/evaldata.json` and
its pages): for each page, passages the main text must contain (`with`) and
passages it must not (`without`). Scoring is trafilatura's own
(`tests/eval_common.py`): whitespace normalised, a passage counts when it is a
substring of the output; TP = `with` found, FN = `with` missing, FP =
`without` found, summed over pages. A crash or no output misses every `with`.

Ours is the clean stage's `text` (its paragraphs joined by blank lines), the
field every later stage reads; the title is a field of its own and is not
scored (`ours+title` beside it shows what it would add). Anchors in the same
run: trafilatura `extract(fast=True)` and `extract(fast=False)`, both with
`include_comments=False, include_tables=True` (its pinned floors are F1 0.9195
and 0.9253 on these 990 pages); for the 728 pages with a gold `date`, htmldate
`find_date(original_date=True)` with the page's url. trafilatura reads each
page's bytes as its own evaluation does; ours gets the text a scraper would
put in `news.raw` (the bytes decoded as a browser decodes them).

Speed is pages per CPU second of this one process: one core.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import orjson
from htmldate import find_date
from trafilatura import extract

from bench.common import Context, prf, table
from streams.errors import NoText, RecordError
from streams.stages import clean
from streams.stages.clean import language

FETCHED_AT = "2026-12-01T00:00:00+00:00"
QUICK_PAGES = 120
_SPACE = re.compile(r"\s+")
# A declared charset, in <meta charset> or an http-equiv Content-Type: a browser's prescan
# reads the first 1,024 bytes and its parser still changes encoding on a later <meta> in the
# head, so the whole head is searched.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG maps these labels to windows-1252 and friends; Python's codecs differ.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def decode_page(data: bytes) -> str:
    """A page's bytes as a browser decodes them: BOM, then the declared charset, else UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    head_end = data.find(b"</head")
    declared = _META_CHARSET.search(data[: head_end if head_end > 0 else 65536])
    encoding = "utf-8"
    if declared:
        label = declared.group(1).decode("ascii", "replace").lower()
        with contextlib.suppress(LookupError):
            encoding = codecs.lookup(_ALIASES.get(label, label)).name
    if encoding.startswith("utf-16"):  # a page that reached us as bytes is not UTF-16
        encoding = "utf-8"
    return data.decode(encoding, "replace")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def count(item: dict[str, Any], output: str | None) -> tuple[int, int, int]:
    """(tp, fp, fn) of one page, trafilatura's way: whitespace-normalised substrings."""
    if not output:
        return 0, 0, len(item["with"])
    text = norm(output)
    tp = sum(norm(w) in text for w in item["with"])
    fp = sum(norm(w) in text for w in item["without"])
    return tp, fp, len(item["with"]) - tp


def ours(html: str, url: str) -> dict[str, Any]:
    """The clean stage's record for one page, as the worker makes it from a news.raw record."""
    raw = {
        "url": url,
        "source": "bench",
        "fetched_at": FETCHED_AT,
        "content_type": "text/html",
        "body": html,
    }
    return clean.clean(raw, budget_s=60.0)


def load(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    data: dict[str, dict[str, Any]] = orjson.loads((folder / "evaldata.json").read_bytes())
    return sorted(data.items())


def run(ctx: Context) -> dict[str, Any]:
    folder = ctx.dataset("extraction")
    if folder is None:
        return {"skipped": "no devsets/extraction"}
    items = ctx.take(load(folder), QUICK_PAGES)
    systems: dict[str, Callable[[bytes], str | None]] = {
        "trafilatura fast": partial(
            extract, fast=True, include_comments=False, include_tables=True
        ),
        "trafilatura fallback": partial(
            extract, fast=False, include_comments=False, include_tables=True
        ),
    }
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    cpu: dict[str, float] = defaultdict(float)
    dates: dict[str, Counter[str]] = defaultdict(Counter)
    date_sources: Counter[str] = Counter()
    no_text: list[str] = []
    no_text_where_trafilatura_reads: list[str] = []
    pages: list[dict[str, Any]] = []
    for url, item in items:
        data = gzip.decompress((folder / item["file"]).read_bytes())
        html = decode_page(data)
        gold_lang = _language(" ".join(item["with"]))
        row: dict[str, Any] = {"url": url, "file": item["file"], "language": gold_lang}
        started = time.process_time()
        try:
            record: dict[str, Any] | None = ours(html, url)
        except NoText:
            record = None
        except RecordError as exc:  # any other refusal is a miss, named in the page's row
            record, row["error"] = None, f"{exc.reason}: {exc.message}"
        cpu["ours"] += time.process_time() - started
        text = record["text"] if record else None
        outputs: dict[str, str | None] = {
            "ours": text,
            "ours+title": f"{record['title'] or ''}\n{text}" if record else None,
        }
        for name, system in systems.items():
            started = time.process_time()
            try:
                outputs[name] = system(data)
            except Exception:  # noqa: BLE001 - a crash counts as a miss, as trafilatura counts it
                outputs[name] = None
            cpu[name] += time.process_time() - started
        for name, output in outputs.items():
            tp, fp, fn = count(item, output)
            for group in ("all", _group(gold_lang)):
                counts[name][group].update(tp=tp, fp=fp, fn=fn, pages=1)
            row[name] = [tp, fp, fn]
        if record is None:
            no_text.append(url)
            if outputs["trafilatura fast"] or outputs["trafilatura fallback"]:
                no_text_where_trafilatura_reads.append(url)
        if item.get("date"):
            gold = item["date"]
            started = time.process_time()
            try:
                theirs = find_date(data, url=url, original_date=True)
            except Exception:  # noqa: BLE001 - a crash is no date
                theirs = None
            cpu["htmldate"] += time.process_time() - started
            mine = (record or {}).get("published_at")
            row["date"] = {"gold": gold, "ours": mine, "htmldate": theirs}
            for name, found in (("ours", mine), ("htmldate", theirs)):
                dates[name]["pages"] += 1
                dates[name]["found"] += found is not None
                dates[name]["right"] += isinstance(found, str) and found[:10] == gold
            if record and record.get("published_source"):
                date_sources[record["published_source"]] += 1
        pages.append(row)
    figures = _figures(counts, cpu, dates, len(items))
    figures["no_text"] = len(no_text)
    figures["no_text_where_trafilatura_reads"] = no_text_where_trafilatura_reads
    figures["date_sources"] = dict(date_sources)
    figures["plain_text"] = _plain_text(ctx)
    _print(figures, counts)
    (ctx.out / "clean.pages.jsonl").write_bytes(b"\n".join(orjson.dumps(p) for p in pages))
    return figures


def _plain_text(ctx: Context) -> dict[str, Any]:
    """Real agency and broadcaster articles as plain text: how many of their lines survive.

    ELEVANT's reuters-128 and msnbc-updated texts (devsets/entities/) are whole
    articles with no page around them, as a wire feed delivers them: every line
    should come through (as text or as the title), whitespace normalised.
    """
    folder = ctx.dataset("entities")
    if folder is None:
        return {"skipped": "no devsets/entities"}
    found: dict[str, Any] = {}
    for name in ("reuters-128", "msnbc-updated"):
        lines = kept = no_text = 0
        for line in (folder / f"{name}.benchmark.jsonl").read_bytes().splitlines():
            text = orjson.loads(line)["text"]
            raw = {
                "source": "bench",
                "fetched_at": FETCHED_AT,
                "content_type": "text/plain",
                "body": text,
            }
            try:
                record = clean.clean(raw)
            except NoText:
                no_text += 1
                record = {"text": "", "title": None}
            for piece in (norm(p) for p in text.split("\n") if p.strip()):
                lines += 1
                kept += piece in norm(record["text"]) or piece == record["title"]
        found[name] = {"lines": lines, "kept": kept, "no_text": no_text}
    return found


def _language(text: str) -> str:
    """The gold passages' language: which language group a page is scored in."""
    return language.detect(text).get("code") or "unknown"


def _group(code: str) -> str:
    return code if code in ("en", "de") else "other"


def _figures(
    counts: dict[str, dict[str, Counter[str]]],
    cpu: dict[str, float],
    dates: dict[str, Counter[str]],
    n_pages: int,
) -> dict[str, Any]:
    figures: dict[str, Any] = {"pages": n_pages}
    for name, groups in counts.items():
        figures[name] = {
            group: {**prf(c["tp"], c["fp"], c["fn"]), "pages": c["pages"]}
            for group, c in sorted(groups.items())
        }
    figures["pages_per_cpu_s"] = {
        name: round(n_pages / seconds, 1) for name, seconds in cpu.items() if seconds
    }
    figures["dates"] = {
        name: {
            "pages": c["pages"],
            "accuracy": round(c["right"] / c["pages"], 4) if c["pages"] else 0.0,
            "coverage": round(c["found"] / c["pages"], 4) if c["pages"] else 0.0,
            "precision": round(c["right"] / c["found"], 4) if c["found"] else 0.0,
        }
        for name, c in dates.items()
    }
    return figures


def _print(figures: dict[str, Any], counts: dict[str, dict[str, Counter[str]]]) -> None:
    rows = []
    for name in counts:
        f = figures[name]
        rows.append(
            [
                name,
                f["all"]["p"],
                f["all"]["r"],
                f["all"]["f1"],
                *(f.get(g, {}).get("f1") for g in ("en", "de", "other")),
                figures["pages_per_cpu_s"].get(name.replace("+title", "")),
            ]
        )
    pages = {g: counts["ours"][g]["pages"] for g in ("en", "de", "other")}
    print(
        f"extraction: {figures['pages']} real pages ({pages['en']} en, {pages['de']} de, "
        f"{pages['other']} other), trafilatura's scoring"
    )
    print(table(["system", "P", "R", "F1", "F1 en", "F1 de", "F1 other", "pages/s (1 core)"], rows))
    print(
        f"no_text: {figures['no_text']} pages "
        f"({len(figures['no_text_where_trafilatura_reads'])} where trafilatura reads text)"
    )
    d = figures["dates"]
    print(
        table(
            ["dates", "pages", "accuracy", "coverage", "precision"],
            [[n, c["pages"], c["accuracy"], c["coverage"], c["precision"]] for n, c in d.items()],
        )
    )
    for name, f in figures["plain_text"].items():
        if isinstance(f, dict):
            print(
                f"plain text, {name} articles: {f['kept']} of {f['lines']} lines kept, "
                f"{f['no_text']} no_text"
            )
    if figures["date_sources"]:
        print(
            "our dates by source: "
            + ", ".join(f"{k} {v}" for k, v in sorted(figures["date_sources"].items()))
        )
