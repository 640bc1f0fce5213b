"""What the stages do to the model once loaded: numpy's BLAS, everyday words known."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from thinc.api import NumpyOps

from streams.stages.claims import parsed
from streams.stages.entities import MODEL, UNUSED
from streams.stages.entities.model import WARM_WORDS, BlasOps, warm

TRICKY = "The U.S. didn't say (again): \"People's choice,\" Mr. Zqxv-Brandt told 3,000 fans."


def _tokens(nlp: Language, text: str) -> list[tuple[str, ...]]:
    return [(t.text, t.norm_, t.shape_, t.prefix_, t.suffix_, t.lower_) for t in nlp(text)]


def test_warm_words_outlive_a_memory_zone_and_new_words_do_not() -> None:
    nlp = spacy.blank("en")
    warm(nlp, words=500)
    with nlp.memory_zone():
        nlp("The people zqxvbrandt")
    assert "people" in nlp.vocab
    assert "The" in nlp.vocab  # the first fifth capitalised, as a sentence starts
    assert "zqxvbrandt" not in nlp.vocab


def test_a_cold_model_forgets_everyday_words_with_its_zone() -> None:
    # What warm() is for: without it, every zone starts from cold.
    nlp = spacy.blank("en")
    with nlp.memory_zone():
        nlp("The people zqxvbrandt")
    assert "people" not in nlp.vocab


def test_warm_changes_no_token() -> None:
    cold, warmed = spacy.blank("en"), spacy.blank("en")
    warm(warmed, words=2_000)
    with warmed.memory_zone():
        inside = _tokens(warmed, TRICKY)
    assert _tokens(cold, TRICKY) == _tokens(warmed, TRICKY) == inside


def test_the_tokenizer_cache_grows_to_the_warm_list_and_no_further() -> None:
    nlp = spacy.blank("en")
    assert isinstance(nlp.tokenizer, Tokenizer)
    default = nlp.tokenizer.max_cache_size
    warm(nlp, words=1_000)
    assert nlp.tokenizer.max_cache_size == default  # 1,200 forms fit in the default
    warm(nlp)
    assert nlp.tokenizer.max_cache_size == WARM_WORDS + WARM_WORDS // 5


def test_the_stage_model_is_warm(nlp: Language) -> None:
    with nlp.memory_zone():
        nlp("government officials zqxvbrandt")
    assert "government" in nlp.vocab
    assert "zqxvbrandt" not in nlp.vocab


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True)])
def test_blas_ops_multiply_as_thincs_own(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(7)
    x = rng.random((5, 7) if not trans1 else (7, 5), dtype="float32")
    y = rng.random((7, 3) if not trans2 else (3, 7), dtype="float32")
    mine = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert mine.dtype == numpy.float32
    assert numpy.allclose(mine, NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2), atol=1e-5)
    out = numpy.zeros((5, 3), dtype="float32")
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert numpy.allclose(out, mine)


def _layers_ops(nlp: Language) -> set[type]:
    return {type(layer.ops) for _, c in nlp.pipeline for layer in c.model.walk()}


def test_the_stages_models_run_every_layer_on_blas_ops(nlp: Language) -> None:
    assert _layers_ops(nlp) == {BlasOps}
    assert _layers_ops(parsed.parser()) == {BlasOps}


NEWS = (
    "Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday, "
    "a spokesman said. The European Union and NATO sent 3,000 troops to Lithuania."
)


def test_the_stage_model_finds_what_spacys_own_finds(nlp: Language) -> None:
    own = spacy.load(MODEL, exclude=list(UNUSED))
    assert _layers_ops(own) == {NumpyOps}
    ents = [(e.start_char, e.end_char, e.label_) for e in nlp(NEWS).ents]
    assert ents == [(e.start_char, e.end_char, e.label_) for e in own(NEWS).ents]
    assert ("Angela Merkel", "PERSON") in {(e.text, e.label_) for e in nlp(NEWS).ents}


def test_the_claims_parser_parses_as_spacys_own() -> None:
    own = spacy.load(MODEL, exclude=list(parsed.PARSE_UNUSED))
    mine = parsed.parser()
    assert [(t.dep_, t.head.i) for t in mine(NEWS)] == [(t.dep_, t.head.i) for t in own(NEWS)]
