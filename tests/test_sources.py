from __future__ import annotations

from pathlib import Path

import pytest

from streams import records, sources
from streams.errors import UsageError


def test_files_and_folders_become_raw_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.")
    (tmp_path / "b.html").write_text("<html><body><p>Hello</p></body></html>")
    (tmp_path / "c.jsonl").write_text(
        '{"source": "s", "fetched_at": "2024-01-01T00:00:00Z", '
        '"content_type": "text/plain", "body": "x"}\n\n'
    )
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    got = list(sources.read_raw([str(tmp_path)]))
    assert [r["content_type"] for r in got] == ["text/plain", "text/html", "text/plain"]
    for r in got:
        records.validate("raw", r)


def test_missing_and_unsupported_files_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        list(sources.read_raw([str(tmp_path / "nope.txt")]))
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(UsageError, match="unsupported file type"):
        list(sources.read_raw([str(tmp_path / "x.pdf")]))


def test_a_bad_json_line_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"a": 1}\n{oops\n')
    with pytest.raises(UsageError, match=r"bad.jsonl:2: not JSON"):
        list(sources.read_raw([str(tmp_path / "bad.jsonl")]))


def test_the_samples_ship_with_the_package() -> None:
    names = sorted(p.suffix for p in sources.samples_dir().iterdir())
    assert ".html" in names and ".txt" in names
