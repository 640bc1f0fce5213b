"""What the stages do to the spaCy model once it is loaded, so that calling it costs less.

Both change the cost only, never a token or a label: tests/stages/entities/test_model.py;
BASIL's 264 stories gave every entity and claim the same, `python -m bench entities` every
figure but the speeds, PolNeAR dev's claims the same F1 (0.661). `python -m bench calls`
on BASIL's stories (a quiet machine), CPU ms an article: ner as the entity stage calls it
59.9 before, 46.8 after; the claims stage's parse 8.1, 4.9; bare `nlp.pipe` loaded this
way 58.3, 45.0 and 6.6, 4.0 (the pipeline bench's ceiling is spaCy as shipped; the model's
work as loaded here stands beside it).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from thinc.api import NumpyOps
from thinc.backends.ops import Ops
from threadpoolctl import threadpool_limits

WARM_WORDS = 20_000
"""Everyday English words (wordfreq's, most frequent first) the tokenizer learns at load;
the first fifth of them capitalised too, as a sentence starts."""


def prepare(nlp: Language) -> Language:
    """The model with its matrix products on numpy's BLAS and everyday words known."""
    use_blas(nlp)
    warm(nlp)
    return nlp


class BlasOps(NumpyOps):
    """thinc's CPU ops with thinc's own generic matrix product (numpy's `dot`, so its BLAS,
    OpenBLAS in numpy's wheels) in place of NumpyOps' blis one: every layer of the model
    else the same. On this machine blis took 3x the CPU for the model's products (a batch's
    1,200 tokens by a 288x288 layer: 4.8 ms against 1.6) and they are most of its time:
    ner 57 -> 44 ms an article on BASIL's stories, the parser's sentences 6.5 -> 4.0, every
    entity and parse the same. The parser's transition loop keeps blis (in Cython, through
    `cblas()`): its products are one state's row at a time."""

    name = "blas"
    gemm = Ops.gemm


def use_blas(nlp: Language) -> None:
    """Run every layer of every component on BlasOps, with BLAS on one thread.

    One thread: a worker is one process per core (two workers on two cores share them
    better than four threads), and its CPU an article is the figure the issue measures;
    OpenBLAS's threads cost more CPU in all for the same products."""
    threadpool_limits(limits=1, user_api="blas")
    ops = BlasOps()
    for _, component in nlp.pipeline:
        network = getattr(component, "model", None)
        if network is not None:
            for layer in network.walk():
                layer.ops = ops


def warm(nlp: Language, words: int = WARM_WORDS) -> None:
    """Tokenize everyday words once, outside any memory zone, so the tokenizer knows them.

    The stages call the model inside `memory_zone()`, where spaCy's tokenizer caches
    nothing and gives every word not yet in the vocabulary a new lexeme (its attribute
    functions run in Python) that the zone then forgets: each batch was tokenized from
    cold (BASIL's stories, the tokenizer alone: 3.7 ms an article, 1.2 with these words
    known). What is tokenized here stays: the words' lexemes, and the tokenizer's cache
    of whole chunks, which keeps the first `max_cache_size` (10,000) it sees, so the KB
    matchers' names (alphabetical) filled it before. The cache is made as large as the
    list and no larger: memory stays bounded.
    """
    from wordfreq import top_n_list  # a dependency already (the stories stage)

    common = top_n_list("en", words, wordlist="small")
    forms = common + [word.capitalize() for word in common[: words // 5]]
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(forms))
    nlp.make_doc(" ".join(forms))
