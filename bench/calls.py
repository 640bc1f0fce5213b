"""The model as the stages call it, beside bare `nlp.pipe` over the same texts (issue #22).

bench/pipeline.py's ceiling is bare spaCy as shipped: ner over the cleaned texts in one
`nlp.pipe` (`batch_size` of the settings), and the parser over the sentences the claims
stage parses, all at once. The stages call the same model otherwise: the entity stage in
5,000-character pieces, each skimmed (only the words near a capital or digit, skim.py),
lazily (its time budget), inside a memory zone per batch, each doc turned into linked
mentions (`entities.tag` with its rules, `referents`, left out); the claims
stage parses each article's sentences in a call of its own, inside a memory zone. Here
each way is timed on BASIL's stories (`devsets/stories/`, as the pipeline bench reads
them), each on a model loaded for it, so every pass starts where a worker or the
ceiling's first pass starts. "As spaCy loads it" is the model as it was before, without
what the stages now do to it once loaded ("prepared": numpy's BLAS for its matrix
products, everyday words known to the tokenizer; streams/stages/entities/model.py).
Between the bare pipe and the stage's calls, the steps from one to the other: the stage's
batches in a memory zone each, then its pieces as it hands them over (skimmed), then (the
stage's calls) the mentions.
CPU time of this thread, ms an article, the minimum over rounds (the machine is shared),
the ways alternated within each round.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from unittest import mock

import spacy
from spacy.language import Language

from bench.common import Context, table
from bench.pipeline import basil
from streams import kb as knowledge
from streams.pipeline import Pipeline
from streams.settings import Settings
from streams.stages import entities
from streams.stages.claims import parsed
from streams.stages.entities import chunks, defuse, linking, model, referents
from streams.stages.entities.skim import reach, skim

ROUNDS = 3


def run(ctx: Context) -> dict[str, Any]:
    raws = basil(ctx)
    if raws is None:
        return {"skipped": "no devsets/stories"}
    settings = Settings.from_env()
    pipeline = Pipeline(settings, dedup_store={}, claims_store={})
    # The articles the entity stage tags (BASIL's are English and none is skipped).
    records = [
        r
        for r in map(pipeline.clean, raws)
        if not r["skipped"] and r["language"]["code"] in (None, "en")
    ]
    texts = [r["text"] for r in records]
    sentences = _parsed_sentences(records, pipeline)
    size = settings.batch_size
    n = len(records)

    def bare_ner(nlp: Language) -> None:
        for _ in nlp.pipe(texts, batch_size=size):
            pass

    def stage_ner(nlp: Language) -> None:  # the stage less its rules (one empty list each)
        with mock.patch.object(referents, "entities", lambda *_: []):
            for at in range(0, n, size):
                entities.tag(records[at : at + size], nlp, size, settings.record_timeout)

    def zoned_ner(nlp: Language) -> None:  # the stage's batches and zones, whole texts
        for at in range(0, n, size):
            with nlp.memory_zone():
                for _ in nlp.pipe(texts[at : at + size], batch_size=size):
                    pass

    def pieces_ner(nlp: Language) -> None:  # the stage's skimmed pieces too, no mentions
        words = reach(nlp)
        for at in range(0, n, size):
            batch = texts[at : at + size]
            pieces = [skim(defuse(p), words) for text in batch for _, p in chunks(text)]
            with nlp.memory_zone():
                for _ in nlp.pipe(pieces, batch_size=size):
                    pass

    def bare_parse(nlp: Language) -> None:
        for _ in nlp.pipe([s for article in sentences for s in article], batch_size=parsed.BATCH):
            pass

    def stage_parse(nlp: Language) -> None:
        for article in sentences:  # as Parsing.parse_pending calls it
            with nlp.memory_zone():
                for _ in nlp.pipe(article, batch_size=parsed.BATCH):
                    pass

    ways: dict[str, tuple[Callable[[bool], Language], Callable[[Language], None], bool]] = {
        "ner: bare nlp.pipe, as spaCy loads it (the ceiling)": (_ner, bare_ner, False),
        "ner: the stage's calls, as spaCy loads it": (_ner, stage_ner, False),
        "ner: bare nlp.pipe, prepared": (_ner, bare_ner, True),
        "ner: whole texts, a memory zone per batch, prepared": (_ner, zoned_ner, True),
        "ner: the stage's skimmed pieces, a zone per batch, prepared": (_ner, pieces_ner, True),
        "ner: the stage's calls (pieces, zones, mentions), prepared (now)": (_ner, stage_ner, True),
        "parser: all at once, as spaCy loads it (the ceiling)": (_parser, bare_parse, False),
        "parser: per article, as spaCy loads it": (_parser, stage_parse, False),
        "parser: all at once, prepared": (_parser, bare_parse, True),
        "parser: per article, prepared (now)": (_parser, stage_parse, True),
    }
    load = os.getloadavg()[0]
    spent: dict[str, list[float]] = {way: [] for way in ways}
    names = list(ways)
    for r in range(ROUNDS):
        for way in names[r % len(names) :] + names[: r % len(names)]:  # a new order each round
            loader, calls, warmed = ways[way]
            nlp = loader(warmed)
            started = time.thread_time()
            calls(nlp)
            spent[way].append((time.thread_time() - started) / n * 1000)
            del nlp
            linking.matchers.cache_clear()  # it holds each model it was built for
            gc.collect()
    figures: dict[str, Any] = {
        "articles": n,
        "parsed_sentences": sum(map(len, sentences)),
        "rounds": ROUNDS,
        "load_before_after": [round(load, 2), round(os.getloadavg()[0], 2)],
    }
    for way, values in spent.items():
        figures[way] = {
            "min_ms": round(min(values), 2),
            "median_ms": round(statistics.median(values), 2),
        }
    _print(figures, list(spent))
    return figures


def _ner(warmed: bool) -> Language:
    """The entity stage's model as load_model makes it, or as before (spaCy's own)."""
    if warmed:
        return entities.load_model()
    nlp = spacy.load(entities.MODEL, exclude=list(entities.UNUSED))
    linking.matchers(nlp, knowledge.load())
    return nlp


def _parser(warmed: bool) -> Language:
    """The claims stage's parser as parsed.parser() loads it, or as before (spaCy's own)."""
    nlp = spacy.load(entities.MODEL, exclude=list(parsed.PARSE_UNUSED))
    return model.prepare(nlp) if warmed else nlp


def _parsed_sentences(records: list[dict[str, Any]], pipeline: Pipeline) -> list[list[str]]:
    """What the claims stage hands the parser for each article (one list per call)."""
    calls: list[list[str]] = []
    real = parsed.parser()

    class Recorder:
        def pipe(self, pieces: Iterable[str], batch_size: int) -> Iterator[Any]:
            pieces = list(pieces)
            calls.append(pieces)
            return real.pipe(pieces, batch_size=batch_size)

        def memory_zone(self) -> Any:
            return real.memory_zone()

    tagged = pipeline.tag(records)
    with mock.patch.object(parsed, "parser", Recorder):
        for record in tagged:
            pipeline.attribute(record)
    return calls


def _print(f: dict[str, Any], ways: list[str]) -> None:
    print(
        f"\n[calls] {f['articles']} BASIL stories ({f['parsed_sentences']} sentences parsed), "
        f"{f['rounds']} rounds, CPU ms an article; load {f['load_before_after']}"
    )
    print(table(["", "min", "median"], [[w, f[w]["min_ms"], f[w]["median_ms"]] for w in ways]))
