"""Language of an article, with lingua's confidence, from a detector that fits the worker's memory.

lingua with every language in high-accuracy mode holds 1.1-1.3 GB; the
worker's target is 800 MB. Fifteen common news languages in low-accuracy
mode (trigram models only) hold about 10 MB over the interpreter and still
separate whole news paragraphs with confidence near 1.0; the price is weaker
answers on a few words, which is why short texts report lower confidence.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.ENGLISH,
    Language.SPANISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.POLISH,
    Language.TURKISH,
    Language.ARABIC,
    Language.CHINESE,
    Language.JAPANESE,
    Language.KOREAN,
)
# Enough text to decide: a line of a lead paragraph gives confidence above 0.99 on all 1,313
# bench articles and on a lead in ten of the fifteen languages (Spanish from Portuguese,
# Ukrainian from Russian), and detection cost grows linearly with length (0.22 ms for 250
# characters, 0.14 for 150, 0.11 for 100, measured alone; two to three times that inside
# the stage).
SAMPLE_CHARS = 150
METHOD = "lingua-low-accuracy"
# Below this a "detected" language is a guess ("Stocks fell." reads as German at 0.35).
MIN_CONFIDENCE = 0.5
LATER_STAGES = ("entities", "claims")


@cache
def detector() -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def detect(text: str, hint: str | None = None) -> dict[str, Any]:
    """{"code", "confidence", "method"} for an article text.

    The hint (the scraper's or the page's lang) decides only a tie or a guess
    under MIN_CONFIDENCE; with no hint a guess gives code None, which the
    later stages treat as English rather than skip an article on a guess.
    """
    sample = text[:SAMPLE_CHARS]
    values = detector().compute_language_confidence_values(sample) if sample.strip() else []
    if not values or values[0].value <= 0:
        return {"code": hint, "confidence": 0.0, "method": "hint" if hint else METHOD}
    best = values[0]
    confidence = round(float(best.value), 4)
    if confidence < MIN_CONFIDENCE:
        # Too unsure to send an article past the English stages: the hint, else no language.
        return {"code": hint, "confidence": confidence, "method": "hint" if hint else METHOD}
    code = best.language.iso_code_639_1.name.lower()
    if hint and len(values) > 1 and values[1].value == best.value:
        code = hint
    return {"code": code, "confidence": confidence, "method": METHOD}


def skip_reasons(language: dict[str, Any]) -> dict[str, str]:
    """`skipped` entries for the English-only later stages, empty for English text."""
    code = language.get("code")
    if code in (None, "en"):
        return {}
    reason = (
        f"language {code!r} (confidence {language['confidence']:.2f}) is not English; "
        "the entity and claim models are English-only"
    )
    return dict.fromkeys(LATER_STAGES, reason)
