"""How central an entity is to its article: a 0–1 score a reader can sort by.

Four signals, each in 0–1: how often it is mentioned (saturating, so a list of
twenty place names does not drown the protagonist), how early it first
appears (news puts the lead first), whether the headline names it, and how
often it is a grammatical subject (the actor rather than the backdrop). The
subject test is a cue-word heuristic instead of spaCy's parser: the parser
would cost about a third of the stage's time for one of four signals.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

WEIGHTS = {"frequency": 0.4, "position": 0.2, "title": 0.2, "subject": 0.2}
FREQUENCY_SCALE = 3.0
"""Mentions at which the frequency signal reaches 1 - 1/e (about 0.63)."""
NORP_FACTOR = 0.6
"""Demonyms describe actors ('Russian troops') rather than act; they rank below them."""

_VERBS = (
    "said|says|say|told|tells|accused|accuses|denied|denies|warned|warns|called|calls|urged|"
    "urges|added|announced|announces|claimed|claims|confirmed|confirms|rejected|rejects|"
    "launched|launches|attacked|attacks|wants|wanted|plans|planned|sent|sends|agreed|agrees|"
    "signed|signs|met|meets|visited|visits|vowed|vows|insisted|insists|argued|argues|asked|"
    "asks|stated|states|declined|declines|refused|refuses|threatened|threatens|is|was|are|"
    "were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|needs|need"
)
_SUBJECT_AFTER = re.compile(
    r"\s*(?:,[^,.;]{1,80},\s*)?(?:(?:also|again|not|never|still|already|now|then|has|have|had)"
    rf"\s+)*(?:{_VERBS})\b"
)
_WORD = r"(?<![\w-]){}(?![\w-])"


def is_subject(text: str, end: int) -> bool:
    """Whether the words after a mention read as its verb ('Zelenskyy told', 'Russia needs')."""
    return _SUBJECT_AFTER.match(text, end) is not None


def named_in(title: str | None, names: Iterable[str]) -> bool:
    """Whether the headline names the entity by any of its names (whole words, any case)."""
    if not title:
        return False
    folded = title.casefold()
    return any(
        re.search(_WORD.format(re.escape(n)), title, re.IGNORECASE)
        for n in names
        if len(n) > 1 and n.casefold() in folded  # the cheap test first: most names are absent
    )


def score(
    mentions: int,
    first_start: int,
    length: int,
    title: float,
    subjects: int,
    label: str,
) -> float:
    """Salience in 0–1; `title` is 1 when the headline names it, 0.5 when it names its people."""
    signals = {
        "frequency": 1.0 - math.exp(-mentions / FREQUENCY_SCALE),
        "position": 1.0 - min(first_start / max(length, 1), 1.0),
        "title": title,
        "subject": min(subjects / 2.0, 1.0),
    }
    value = sum(WEIGHTS[k] * v for k, v in signals.items())
    if label == "NORP":
        value *= NORP_FACTOR
    return round(min(max(value, 0.0), 1.0), 3)
