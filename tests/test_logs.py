from __future__ import annotations

import io
import logging
import logging.config

import orjson

from streams.logs import logging_config
from streams.settings import Settings


def test_text_logs_keep_fausts_default() -> None:
    assert logging_config(Settings.from_env({})) is None


def test_json_logs_carry_the_article_context() -> None:
    config = logging_config(Settings.from_env({"NEWSSTREAM_LOG_JSON": "1"}))
    assert config is not None
    stream = io.StringIO()
    config["handlers"]["stderr"]["stream"] = stream
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logging.config.dictConfig(config)
        logging.getLogger("streams").warning(
            "dead letter: %s", "no text", extra={"stage": "clean", "article_id": "a1"}
        )
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    line = orjson.loads(stream.getvalue().splitlines()[-1])
    assert line["message"] == "dead letter: no text"
    assert (line["stage"], line["article_id"], line["level"]) == ("clean", "a1", "WARNING")
