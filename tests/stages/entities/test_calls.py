"""How the stage calls the model: the warm-up of the tokenizer, and `mentions`."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from streams.stages.entities import CHUNK_CHARS, WARM_WORDS, mentions, warm

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


def test_mentions_keep_the_callers_keys_and_article_offsets(nlp: Language) -> None:
    filler = "The committee met again on Tuesday and adjourned without a vote. " * 100
    text = filler + "Angela Merkel spoke in Berlin."
    assert len(text) > CHUNK_CHARS  # the name is in the second piece
    found, over = mentions({7: text, 3: "Emmanuel Macron visited Paris."}, nlp)
    assert over == set()
    assert set(found) == {7, 3}
    merkel = [m for m in found[7] if m.text == "Angela Merkel"]
    assert merkel and text[merkel[0].start : merkel[0].end] == "Angela Merkel"
    assert "Emmanuel Macron" in {m.text for m in found[3]}


def test_a_text_over_its_budget_is_reported_with_no_mentions(nlp: Language) -> None:
    found, over = mentions({1: "Angela Merkel spoke.", 2: "Emmanuel Macron spoke."}, nlp, budget=-1)
    assert over == {1, 2}
    assert found == {1: [], 2: []}
