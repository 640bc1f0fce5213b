"""The exception tree of newsstream.

NewsstreamError
├── ConfigError        a NEWSSTREAM_* / KAFKA_* variable has a value we cannot use
├── BrokerError        the local Apache Kafka could not be fetched, formatted, started or stopped
├── UsageError         a CLI user asked for something impossible (missing file, bad option)
└── RecordError        one record cannot go on; `reason` becomes the dead letter's `error`
    ├── Unreadable     Kafka holds a record the consumer cannot decode (its codec, a corrupt batch)
    ├── NotUTF8        the value's bytes are not UTF-8
    ├── NotJSON        the value is not a JSON object
    ├── TooLarge       the value is over NEWSSTREAM_MAX_RECORD_BYTES
    ├── InvalidRecord  the value does not match its JSON Schema
    ├── NoText         the article has no text left after cleaning
    ├── OverBudget     a stage ran past its per-record time budget (NEWSSTREAM_RECORD_TIMEOUT)
    └── StageFailed    a stage raised something unexpected (a bug or a model failure)
"""

from __future__ import annotations


class NewsstreamError(Exception):
    """Root of every error newsstream raises on purpose."""


class ConfigError(NewsstreamError):
    """Raised at start-up when a setting cannot be parsed or is out of range."""


class BrokerError(NewsstreamError):
    """Raised when the local Kafka broker cannot be fetched, formatted, started or stopped."""


class UsageError(NewsstreamError):
    """Raised by CLI commands for user mistakes; the CLI prints it on one line, exit 2."""


class RecordError(NewsstreamError):
    """Raised by a stage for one record that cannot go on; the wiring dead-letters it."""

    reason = "invalid"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Unreadable(RecordError):
    """Raised when the consumer could not decode a record (unknown codec, corrupt batch)."""

    reason = "unreadable"


class NotUTF8(RecordError):
    """Raised when a value's bytes do not decode as UTF-8."""

    reason = "not_utf8"


class NotJSON(RecordError):
    """Raised when a value is not a JSON object."""

    reason = "not_json"


class TooLarge(RecordError):
    """Raised when a value is over the size limit from settings."""

    reason = "too_large"


class InvalidRecord(RecordError):
    """Raised when a record does not match its JSON Schema."""

    reason = "invalid_record"


class NoText(RecordError):
    """Raised when cleaning leaves no article text."""

    reason = "no_text"


class OverBudget(RecordError):
    """Raised when a stage ran past its per-record time budget on one record."""

    reason = "timeout"


class StageFailed(RecordError):
    """Raised by the wiring when a stage raised an exception that is not ours."""

    reason = "stage_failed"
