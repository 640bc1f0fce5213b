"""Hostile input: what malformed events and adversarial bodies cost, beside normal articles.

No real set is needed: the inputs are generated (tests/hostile.py, deterministic). Three
measurements, each with its anchor in the same run:

- the runner's clean path on the 10,003-event malformed corpus (bad bytes, bad JSON, bad
  fields, oversize), events per CPU second, beside the same path on a small valid article;
- the clean stage on each adversarial body (backtracking runs, deep markup, entity bombs,
  NUL bytes) at 2 MB (256 KB with --quick), beside a real sample article repeated to the
  same size;
- the entity stage on a run of 20,000 quote marks, beside bare `nlp.pipe` on the same
  chunks (what the stage did before it blanked long runs).

Times are CPU seconds of this process (one core); the machine is shared, so they are noisy.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from bench.common import Context, table, timed
from streams import records, sources
from streams.errors import RecordError
from streams.runner import Incoming, run_one
from streams.settings import Settings
from streams.stages import clean, entities
from tests import factories, hostile


def _clean(content_type: str, body: str) -> str:
    try:
        record = clean.clean(factories.raw(body, content_type=content_type), budget_s=600)
    except RecordError as exc:
        return exc.reason
    return f"article ({record['word_count']:,} words)"


def _runner(settings: Settings) -> dict[str, Any]:
    corpus = hostile.corpus(10_000, settings.max_record_bytes)

    def run(events: list[tuple[bytes, bytes]]) -> list[str]:
        out = []
        for key, value in events:
            o = run_one("clean", Incoming(key, value, "news.raw", 0, 0), clean.clean, 2**21)
            out.append(o.dead["error"] if o.dead else "article")
        return out

    reasons, bad_s = timed(lambda: run([(e.key, e.value) for e in corpus]))
    good = records.encode(
        factories.raw("Officials said the bridge reopened.\n\nTraffic was light.")
    )
    _, good_s = timed(lambda: run([(b"k", good)] * 500))
    counts: dict[str, int] = {}
    for r in reasons:
        counts[r] = counts.get(r, 0) + 1
    return {
        "malformed_events": len(corpus),
        "reasons": dict(sorted(counts.items())),
        "malformed_per_s": len(corpus) / bad_s,
        "small_article_per_s": 500 / good_s,
    }


def run(ctx: Context) -> dict[str, Any]:
    settings = Settings.from_env()
    size = 256 * 1024 if ctx.quick else 2_000_000
    runner = _runner(settings)
    print(
        table(
            ["what", "events", "per CPU s"],
            [
                [
                    "malformed corpus, runner clean path",
                    runner["malformed_events"],
                    round(runner["malformed_per_s"]),
                ],
                [
                    "anchor: a small valid article, same path",
                    500,
                    round(runner["small_article_per_s"]),
                ],
            ],
        )
    )
    print("dead letters by reason:", runner["reasons"])

    sample = list(sources.read_raw([str(sources.samples_dir())], "bench"))[-1]["body"]
    anchor_body = (sample + "\n\n") * (size // len(sample) + 1)
    anchor_result, anchor_s = timed(lambda: _clean("text/plain", anchor_body[:size]))
    rows: list[list[Any]] = [["anchor: a real article repeated", size, anchor_s, anchor_result]]
    bodies: dict[str, float] = {}
    for name, content_type, body in ctx.take(hostile.hostile_bodies(size), 8):
        result, seconds = timed(partial(_clean, content_type, body))
        bodies[name] = seconds
        rows.append([name, len(body), seconds, result])
    print(table(["clean stage on", "chars", "CPU s", "outcome"], rows))

    nlp = entities.load_model()
    text = "\u201c" * 20_000 + "\n\nNATO chief Mark Rutte met officials in Brussels on Monday."
    _, ours_s = timed(lambda: entities.tag([factories.cleaned(text)], nlp))
    pieces = [p for _, p in entities.chunks(text)]
    _, bare_s = timed(lambda: list(nlp.pipe(pieces)))
    print(
        table(
            ["entity stage on 20,000 quote marks", "CPU s"],
            [["ours (long runs blanked)", ours_s], ["anchor: bare nlp.pipe, same chunks", bare_s]],
        )
    )
    return {
        "runner": runner,
        "clean_body_chars": size,
        "clean_anchor_s": anchor_s,
        "clean_bodies_s": bodies,
        "clean_worst": max(bodies.items(), key=lambda kv: kv[1]),
        "entities_quote_run_s": ours_s,
        "entities_quote_run_bare_pipe_s": bare_s,
    }
