"""Story grouping on BASIL (100 events, each told by three outlets), streamed in date order.

Each article goes through the clean and entity stages as text/plain with its
date as the `published` hint, without its gold `story`; the story stage files
it, and the predicted story ids are scored over article pairs (precision,
recall, F1) and by B-cubed. The anchor, in the same run: an online TF-IDF
centroid grouper (idf from the articles seen so far, clusters active within 7
days), at the threshold that scores best on BASIL itself, so its figure is an
upper bound for it; ours runs at its defaults, tuned on nothing per set. A
second pass feeds ours the same articles with each arrival delayed by up to
three days at random (a backlog out of order), and says how far that grouping
agrees with the in-order one. A last pair of rows switches time off for both
(no window): BASIL's events are weeks apart, so time alone separates most of
them; without it, the rows show how well the content evidence tells apart
stories on one subject, as a stream of local news will need.
"""

from __future__ import annotations

import math
import random
import re
import time
from collections import Counter
from itertools import combinations
from typing import Any

import orjson

from bench.common import Context, prf, table
from streams.records import Record
from streams.stages import clean, entities, stories
from streams.stages.stories.features import cosine, event_time

QUICK = 60
BASELINE_WINDOW_S = 7 * 86400.0
BASELINE_THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(9))
NO_WINDOW_HOURS = 24 * 365 * 20.0
_WORD = re.compile(r"[a-z][a-z']+")


def run(ctx: Context) -> dict[str, Any]:
    folder = ctx.dataset("stories")
    if folder is None:
        return {"skipped": "no devsets/stories"}
    lines = (folder / "articles.jsonl").read_bytes().splitlines()
    articles = list(ctx.take([orjson.loads(x) for x in lines if x.strip()], QUICK))
    articles.sort(key=lambda a: (a["published"], a["id"]))
    gold = [a["story"] for a in articles]

    started = time.process_time()
    cleaned = [{**clean.clean(_raw(a)), "claims": []} for a in articles]
    clean_s = time.process_time() - started
    started = time.process_time()
    tagged = entities.tag(cleaned, entities.load_model())
    entities_s = time.process_time() - started

    stories.warm_up()
    ours, stories_s, state = _ours(tagged)
    late, _, _ = _ours(_late_order(tagged))
    late_pred = [late[r["id"]] for r in tagged]
    ours_pred = [ours[r["id"]] for r in tagged]
    sweep = {th: _baseline(tagged, th) for th in BASELINE_THRESHOLDS}
    best = max(sweep, key=lambda th: (_pairwise(gold, sweep[th])["f1"], -th))
    timeless, timeless_s, timeless_state = _ours(tagged, window_hours=NO_WINDOW_HOURS)
    flat = {th: _baseline(tagged, th, NO_WINDOW_HOURS * 3600) for th in BASELINE_THRESHOLDS}
    flat_best = max(flat, key=lambda th: (_pairwise(gold, flat[th])["f1"], -th))

    n = len(articles)
    figures: dict[str, Any] = {
        "articles": n,
        "events": len(set(gold)),
        "ours": _scores(gold, ours_pred),
        "ours, arrivals up to 3 days late": _scores(gold, late_pred),
        "late vs in-order agreement (pairwise F1)": _pairwise(ours_pred, late_pred)["f1"],
        "baseline": {"threshold (best on BASIL)": best, **_scores(gold, sweep[best])},
        "baseline sweep (pairwise F1)": {
            str(th): _pairwise(gold, p)["f1"] for th, p in sweep.items()
        },
        "ours, no time window": _scores(gold, [timeless[r["id"]] for r in tagged]),
        "baseline, no time window": {
            "threshold (best on BASIL)": flat_best,
            **_scores(gold, flat[flat_best]),
        },
        "state": state,
        "cpu_ms_per_article": {
            "clean": round(1000 * clean_s / n, 2),
            "entities": round(1000 * entities_s / n, 2),
            "stories": round(1000 * stories_s / n, 2),
            "stories, no time window (every story kept)": round(1000 * timeless_s / n, 2),
        },
        "state, no time window": timeless_state,
        "stories / entities cpu": round(stories_s / entities_s, 4) if entities_s else None,
    }
    _print(figures)
    return figures


def _raw(article: dict[str, Any]) -> Record:
    """A news.raw record of a BASIL article, without its gold story."""
    return {
        "id": article["id"],
        "url": article.get("url"),
        "source": article["source"].lower(),
        "fetched_at": article["published"][:10] + "T12:00:00Z",
        "content_type": "text/plain",
        "body": article["text"],
        "title": article.get("title") or None,
        "published": article["published"],
    }


def _ours(
    records: list[Record], window_hours: float | None = None
) -> tuple[dict[str, str], float, dict[str, Any]]:
    """Article id to final story id, CPU seconds, and the state's size (largest and last)."""
    store: dict[str, Any] = {}
    index = (
        stories.StoryIndex(store)
        if window_hours is None
        else stories.StoryIndex(store, window_hours=window_hours, horizon_hours=window_hours)
    )
    pred: dict[str, str] = {}
    cpu = 0.0
    peak = (0, 0)
    for i, record in enumerate(records):
        started = time.process_time()
        story = index.add(record)
        cpu += time.process_time() - started
        for a in story["articles"]:
            pred[a["id"]] = story["id"]
        if i % 10 == 0 or i == len(records) - 1:
            size = (len(store), len(orjson.dumps(store)))
            peak = max(peak, size, key=lambda s: s[1])
    state = {
        "entries_last": len(store),
        "bytes_last": len(orjson.dumps(store)),
        "entries_at_peak": peak[0],
        "bytes_peak": peak[1],
    }
    return pred, cpu, state


def _late_order(records: list[Record]) -> list[Record]:
    """The same records, each arriving up to three days after its date (seeded, repeatable)."""
    rng = random.Random(0)
    delayed = []
    for r in records:
        at = event_time(r)
        assert at is not None
        delayed.append((at.timestamp() + rng.uniform(0, 3 * 86400), r["id"], r))
    return [r for _, _, r in sorted(delayed)]


def _baseline(
    records: list[Record], threshold: float, window_s: float = BASELINE_WINDOW_S
) -> list[str]:
    """Online TF-IDF centroids: idf from the documents seen so far, clusters alive 7 days."""
    df: Counter[str] = Counter()
    clusters: list[dict[str, Any]] = []
    out = []
    for seen, r in enumerate(records, start=1):
        at = event_time(r)
        assert at is not None
        t = at.timestamp()
        tf = Counter(_WORD.findall(f"{r.get('title') or ''}\n{r['text']}".lower()))
        df.update(tf.keys())
        vec = {w: (1 + math.log(n)) * math.log((seen + 1) / (df[w] + 1)) for w, n in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {w: v / norm for w, v in vec.items()}
        live = [c for c in clusters if t - c["last"] <= window_s]
        scored = [(cosine(vec, c["sum"]), i) for i, c in enumerate(live)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= threshold:
            cluster = live[best[1]]
        else:
            cluster = {"id": r["id"], "sum": {}, "last": t}
            clusters.append(cluster)
        for w, v in vec.items():
            cluster["sum"][w] = cluster["sum"].get(w, 0.0) + v
        cluster["last"] = max(cluster["last"], t)
        out.append(cluster["id"])
    return out


def _pairwise(gold: list[str], pred: list[str]) -> dict[str, float]:
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return prf(tp, fp, fn)


def _bcubed(gold: list[str], pred: list[str]) -> dict[str, float]:
    """B-cubed (Bagga and Baldwin): per article, the share of its predicted (gold) cluster
    that is right, averaged over articles."""
    n = len(gold)
    p = r = 0.0
    for i in range(n):
        in_pred = [j for j in range(n) if pred[j] == pred[i]]
        in_gold = [j for j in range(n) if gold[j] == gold[i]]
        both = sum(1 for j in in_pred if gold[j] == gold[i])
        p += both / len(in_pred)
        r += both / len(in_gold)
    p, r = p / n, r / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _scores(gold: list[str], pred: list[str]) -> dict[str, Any]:
    return {
        "pairwise": _pairwise(gold, pred),
        "bcubed": _bcubed(gold, pred),
        "stories": len(set(pred)),
    }


def _print(f: dict[str, Any]) -> None:
    rows = []
    names = (
        "ours",
        "ours, arrivals up to 3 days late",
        "baseline",
        "ours, no time window",
        "baseline, no time window",
    )
    for name in names:
        s = f[name]
        label = name
        if name.startswith("baseline"):
            label = name.replace("baseline", "tf-idf centroid" + ", 7 d" * (name == "baseline"))
            label += f", th {s['threshold (best on BASIL)']}"
        pw, b3 = s["pairwise"], s["bcubed"]
        rows.append([label, pw["p"], pw["r"], pw["f1"], b3["p"], b3["r"], b3["f1"], s["stories"]])
    print(f"BASIL: {f['articles']} articles, {f['events']} events, in date order")
    headers = ["grouper", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "stories"]
    print(table(headers, rows))
    print("late arrivals vs in order, pairwise F1:", f["late vs in-order agreement (pairwise F1)"])
    print("baseline sweep:", f["baseline sweep (pairwise F1)"])
    st = f["state"]
    print(
        f"state: {st['entries_last']} entries, {st['bytes_last']:,} bytes at the end; "
        f"largest {st['bytes_peak']:,} bytes ({st['entries_at_peak']} entries)"
    )
    cpu = f["cpu_ms_per_article"]
    print(
        f"CPU ms/article (noisy, shared machine): clean {cpu['clean']}, entities "
        f"{cpu['entities']}, stories {cpu['stories']} ({f['stories / entities cpu']} of entities); "
        f"stories with all {f['state, no time window']['entries_last']} state entries kept "
        f"({f['state, no time window']['bytes_last']:,} bytes): "
        f"{cpu['stories, no time window (every story kept)']}"
    )
