"""The README's promises that code can check."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from streams.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_readme_opens_with_the_two_commands() -> None:
    head = README[:1200]
    assert "make run" in head and "make test" in head


def test_every_setting_is_documented() -> None:
    for f in fields(Settings):
        name = "KAFKA_BOOTSTRAP" if f.name == "kafka_bootstrap" else f"NEWSSTREAM_{f.name.upper()}"
        assert f"`{name}`" in README, name
