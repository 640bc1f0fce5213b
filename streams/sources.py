"""Files a user hands to `produce` or `enrich`, read as news.raw records."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import orjson

from streams.errors import UsageError
from streams.records import Record, utcnow

CONTENT_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
}
SUFFIXES = (*CONTENT_TYPES, ".jsonl")


def samples_dir() -> Path:
    """The sample articles shipped with the package (for `produce --samples`)."""
    return Path(str(resources.files("streams").joinpath("samples")))


def expand(paths: list[str]) -> list[str]:
    """Files named, and the supported files inside named folders, sorted; '-' kept as is."""
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if name == "-":
            found.append(name)
        elif path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise UsageError(f"{name}: unsupported file type (use {', '.join(SUFFIXES)})")
            found.append(name)
        else:
            raise UsageError(f"{name}: no such file or folder")
    return found


def read_raw(paths: list[str], source: str = "file") -> Iterator[Record]:
    """Yield one news.raw record per .txt/.html file and per line of .jsonl files or stdin."""
    for name in expand(paths):
        if name == "-":
            yield from _jsonl(sys.stdin.buffer, "<stdin>")
            continue
        path = Path(name)
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                yield from _jsonl(fh, name)
            continue
        try:
            body = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"{name}: not UTF-8 text") from None
        except OSError as exc:
            raise UsageError(f"{name}: {exc.strerror}") from None
        yield {
            "url": None,
            "source": source,
            "fetched_at": utcnow(),
            "content_type": CONTENT_TYPES[path.suffix.lower()],
            "body": body,
        }


def _jsonl(fh: Iterable[bytes], name: str) -> Iterator[Record]:
    for number, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise UsageError(f"{name}:{number}: not JSON ({exc})") from None
        if not isinstance(record, dict):
            raise UsageError(f"{name}:{number}: a JSON line must be an object")
        yield record
