"""The stages' own rules, timed without the model: CPU ms per article, beside the model's.

The model is most of a worker's cost, and what is not the model must stay nearly free
beside it (issue #22). Here the three stages run offline on BASIL's stories
(`devsets/stories/`, as bench/pipeline.py reads them) exactly as a worker runs them
(streams.pipeline.Pipeline, batches of `batch_size`), with the model's output computed
once: the entity stage's `nlp.pipe` and the claims stage's parser (streams/stages/claims/
parsed.py) answer from a cache, so each stage's time is its rules alone. The story and
trending indexes follow, as their agents run them. Each stage is timed with
`time.process_time` over several rounds (a fresh pipeline each round; the memo of
closest KB aliases is emptied, so each round sees what a worker's first articles see);
the minimum is the figure, as the machine is shared. The anchor is the model's own CPU
time per article on the same texts, measured in the same run.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Iterable, Iterator
from typing import Any
from unittest import mock

from bench.common import Context, table
from bench.pipeline import basil
from streams import kb as knowledge
from streams.pipeline import Pipeline, story_index
from streams.settings import Settings
from streams.stages import trending
from streams.stages.claims import parsed
from streams.stages.entities import chunks, defuse
from streams.stages.entities.merging import bare

ROUNDS = 5
STAGES = ("clean", "entities", "claims", "stories", "trending")


def run(ctx: Context) -> dict[str, Any]:
    raws = basil(ctx)
    if raws is None:
        return {"skipped": "no devsets/stories"}
    settings = Settings.from_env()
    # The model's output, once: the entity stage's pieces, then the parser's sentences. The
    # model is loaded as a worker loads it (the long-lived objects then frozen for the GC).
    pipeline = Pipeline(settings, dedup_store={}, claims_store={})
    nlp = pipeline.load_model()
    pieces = list(
        dict.fromkeys(
            defuse(piece) for raw in raws for _, piece in chunks(pipeline.clean(raw)["text"])
        )
    )
    cpu = time.process_time()
    docs = dict(zip(pieces, nlp.pipe(pieces, batch_size=settings.batch_size), strict=True))
    ner_ms = (time.process_time() - cpu) / len(raws) * 1000
    sentences: dict[str, Any] = {}
    real_parser = parsed.parser()
    parse_s = [0.0]

    def pipe(texts: Iterable[Any], as_tuples: bool = False, **_: Any) -> Iterator[Any]:
        for item in texts:
            text, context = item if as_tuples else (item, None)
            yield (docs[text], context) if as_tuples else docs[text]

    class Parser:  # the claims stage's parser, each sentence parsed once
        def pipe(self, texts: Iterable[str], batch_size: int) -> Iterator[Any]:
            texts = list(texts)
            new = [t for t in dict.fromkeys(texts) if t not in sentences]
            started = time.process_time()
            sentences.update(zip(new, real_parser.pipe(new, batch_size=batch_size), strict=True))
            parse_s[0] += time.process_time() - started
            return iter([sentences[t] for t in texts])

        def memory_zone(self) -> contextlib.AbstractContextManager[None]:
            # The cached docs outlive every round: their words must not be forgotten.
            return contextlib.nullcontext()

    with mock.patch.object(nlp, "pipe", pipe), mock.patch.object(parsed, "parser", Parser):
        _round(raws, settings, nlp)  # parses the sentences the claims stage notes, once
        rounds = [_round(raws, settings, nlp) for _ in range(ROUNDS)]
    parse_ms = parse_s[0] / len(raws) * 1000
    figures: dict[str, Any] = {"articles": len(raws), "rounds": ROUNDS}
    for stage in STAGES:
        values = [r[stage] for r in rounds]
        figures[stage] = {
            "min_ms": round(min(values), 2),
            "median_ms": round(statistics.median(values), 2),
        }
    figures["rules_ms"] = round(sum(figures[s]["min_ms"] for s in STAGES), 2)
    figures["model_ms"] = {"ner": round(ner_ms, 2), "parser": round(parse_ms, 2)}
    figures["rules_over_model"] = round(figures["rules_ms"] / (ner_ms + parse_ms), 3)
    _print(figures)
    return figures


def _round(raws: list[dict[str, Any]], settings: Settings, nlp: Any) -> dict[str, float]:
    """CPU ms per article of each stage's rules over the articles, as a worker runs them."""
    knowledge._closest.cache_clear()
    bare.cache_clear()
    pipeline = Pipeline(settings, dedup_store={}, claims_store={})
    pipeline.nlp = nlp
    index = story_index({}, settings)
    counts = trending.TrendingIndex({}, window_s=settings.trending_window_minutes * 60)
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    for at in range(0, len(raws), settings.batch_size):
        cleaned = []
        for raw in raws[at : at + settings.batch_size]:
            started = clock()
            cleaned.append(pipeline.clean(raw))
            spent["clean"] += clock() - started
        started = clock()
        tagged = pipeline.tag(cleaned)
        spent["entities"] += clock() - started
        for record in tagged:
            started = clock()
            enriched = pipeline.attribute(record)
            spent["claims"] += clock() - started
            started = clock()
            index.add(enriched)
            spent["stories"] += clock() - started
            started = clock()
            for key, mention in trending.mentions(enriched):
                counts.add(key, mention)
            spent["trending"] += clock() - started
        started = clock()
        counts.flush()
        spent["trending"] += clock() - started
    return {stage: s / len(raws) * 1000 for stage, s in spent.items()}


def _print(f: dict[str, Any]) -> None:
    print(f"\n[rules] {f['articles']} BASIL stories, {f['rounds']} rounds, CPU ms per article")
    rows = [[stage, f[stage]["min_ms"], f[stage]["median_ms"]] for stage in STAGES]
    rows.append(["all rules", f["rules_ms"], ""])
    rows.append(["model: ner (the entity stage's pieces)", f["model_ms"]["ner"], ""])
    rows.append(["model: parser (claims)", f["model_ms"]["parser"], ""])
    rows.append(["rules / model", f["rules_over_model"], ""])
    print(table(["", "min", "median"], rows))
