"""Log configuration of the worker: Faust's text lines, or one JSON object per line.

JSON lines carry the `extra` context the agents log with (`stage`,
`article_id`, `reason`), so a log search can follow one article.
"""

from __future__ import annotations

from typing import Any

from streams.settings import Settings


def logging_config(settings: Settings) -> dict[str, Any] | None:
    """A logging.config.dictConfig for JSON logs, or None for Faust's default text logs."""
    if not settings.log_json:
        return None
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            }
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": settings.log_level.upper()},
    }
