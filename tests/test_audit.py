"""The dependency audit's verdict: a pass only when every package was checked."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "audit.py"
spec = importlib.util.spec_from_file_location("audit", SCRIPT)
assert spec is not None and spec.loader is not None
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def dep(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "version": "1.0", "vulns": [], **extra}


def test_every_package_checked_and_clean_passes() -> None:
    code, lines = audit.verdict({"dependencies": [dep("orjson"), dep("lxml")]})
    assert code == 0
    assert "2 packages audited" in lines[0]


def test_a_known_vulnerability_fails() -> None:
    report = {"dependencies": [dep("lxml", vulns=[{"id": "PYSEC-1"}]), dep("orjson")]}
    code, lines = audit.verdict(report)
    assert code == 1
    assert "lxml 1.0 is vulnerable: PYSEC-1" in lines[0]


def test_skipped_packages_are_not_a_pass() -> None:
    report = {"dependencies": [dep("orjson", skip_reason="not found on PyPI"), dep("lxml")]}
    code, lines = audit.verdict(report)
    assert code == audit.NOT_AUDITED
    assert "NOT AUDITED, 1 of 2" in lines[0]


def test_an_empty_report_is_not_a_pass() -> None:
    assert audit.verdict({"dependencies": []})[0] == audit.NOT_AUDITED
