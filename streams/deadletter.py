"""How a failure becomes a record on news.deadletter.

A dead letter carries enough to act on and to replay: the stage, the kind of
error, a sentence for a person, and the original value with its position.
"""

from __future__ import annotations

import base64

from streams.errors import RecordError
from streams.records import Record, utcnow

# Oversize values stay whole on their source topic; the dead letter keeps a
# prefix so that a person can see what it was without a second 16 MB message.
KEEP_BYTES = 64 * 1024


def dead_letter(
    stage: str,
    error: RecordError,
    *,
    key: bytes | str | None,
    value: bytes | None,
    topic: str,
    partition: int | None,
    offset: int | None,
) -> Record:
    """The dead-letter record of `value`, which failed in `stage` with `error`."""
    data = value or b""
    truncated = len(data) > KEEP_BYTES
    kept = data[:KEEP_BYTES]
    text = _as_text(kept, cuts=4 if truncated else 1)
    encoding = "utf-8"
    if text is None:
        text, encoding = base64.b64encode(kept).decode("ascii"), "base64"
    if isinstance(key, bytes):
        key = key.decode("utf-8", "replace")
    return {
        "stage": stage,
        "error": error.reason,
        "message": error.message,
        "key": key,
        "value": text if value is not None else None,
        "value_encoding": encoding,
        "value_bytes": len(data),
        "value_truncated": truncated,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "at": utcnow(),
    }


def _as_text(data: bytes, cuts: int) -> str | None:
    """UTF-8 text of `data`, allowing a prefix cut to have split one sequence (≤ 3 bytes)."""
    for cut in range(cuts):
        try:
            return data[: len(data) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None
