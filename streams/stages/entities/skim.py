"""What the entity model reads of a text: the words out of reach of every name blanked.

The stage keeps names only (`linking.LABELS`: people, organisations, places, works…),
and in cased English a name carries a capital or a digit. The model's ner sees each
token through a window of `depth × window_size` tokens on each side (the MaxoutWindow
encoder of its own tok2vec: 4 in en_core_web_sm), so a capitalised word's vector does not
depend on any word farther away than that. Those words reach the model as spaces instead:
offsets are kept, and a run of spaces is one token, so the model does less work. This
is "parse only what the stage needs" in issue #22. Measured (README, "The model reads
less, and faster"): on BASIL's stories 29% of the tokens blanked, the model's
time 20% less, 0.27% of the mentions different; on ELEVANT's three sets every mention and
linking figure the same or higher.

A text with few capitals (all lowercase, as some feeds send) is left whole: there the
stage finds names with its lowercase matcher (`linking.UNCASED_SHARE`), and every word
may be one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language

from streams.stages.entities.linking import UNCASED_SHARE

_WORD = re.compile(r"\S+")
CASED_SHARE = 2 * UNCASED_SHARE
"""Fewer words with a capital or digit than this share, and the text is left whole; twice
the share under which the lowercase matcher runs, so blanking (which only raises the
share) never changes whether it runs."""
MIN_BLANK = 2
"""Fewer words than this between two reaches are kept: one word blanked is still a token."""


def reach(nlp: Language) -> int:
    """Tokens on each side that the ner's vector of a token depends on, from the model's
    own config (a model with another encoder gets its own figure). Read once a batch
    (0.04 ms), not cached: a cache keyed by the model would keep every model alive."""
    encode = nlp.config["components"]["ner"]["model"]["tok2vec"]["encode"]
    return int(encode["depth"]) * int(encode["window_size"])


def skim(text: str, reach: int) -> str:
    """`text` with every word farther than `reach` words from any capitalised word or digit
    turned to spaces, same length.

    Words are split at whitespace, which never gives more tokens than spaCy's tokenizer
    (it also splits punctuation off), so `reach` words are at least `reach` tokens.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    anchors = [i for i, (s, e) in enumerate(words) if _anchor(text[s:e])]
    if len(anchors) <= CASED_SHARE * len(words):
        return text
    parts: list[str] = []
    done = 0
    bounds = [-reach - 1, *anchors, len(words) + reach]
    for left, right in pairwise(bounds):
        lo, hi = left + reach + 1, right - reach  # words [lo, hi) are out of reach of both
        if hi - lo >= MIN_BLANK:
            start, end = words[lo][0], words[hi - 1][1]
            parts += (text[done:start], " " * (end - start))
            done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _anchor(word: str) -> bool:
    """A word that may be or touch a name: a capital, a digit, or letters of a script with
    no case (kept whole: nothing here knows where their names are)."""
    if word.islower():
        return any(c.isdigit() for c in word)
    return any(c.isalnum() for c in word)
