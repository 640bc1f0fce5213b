"""`python -m bench [NAME...]` (what `make bench` runs): print every table, write JSON reports."""

from __future__ import annotations

import importlib
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import click
import orjson

from bench.common import ROOT, Context, devsets_folder

BENCHMARKS = (
    "clean",
    "entities",
    "claims",
    "rules",
    "calls",
    "stories",
    "pipeline",
    "hostile",
    "state",
    "soak",
    "sends",
)


@click.command()
@click.argument("names", nargs=-1, type=click.Choice(BENCHMARKS))
@click.option("--devsets", envvar="NEWSSTREAM_DEVSETS", help="Folder of the real labelled sets.")
@click.option(
    "--out",
    default=str(ROOT / "bench" / "reports"),
    show_default=True,
    help="Where the JSON reports go (one per benchmark).",
)
@click.option("--quick", is_flag=True, help="A small sample of each set, for a first look.")
@click.option("--limit", type=int, help="Only the first N items of each set.")
@click.option(
    "--minutes", type=click.FloatRange(min=0, min_open=True), help="How long the soak runs."
)
def main(
    names: tuple[str, ...],
    devsets: str | None,
    out: str,
    quick: bool,
    limit: int | None,
    minutes: float | None,
) -> None:
    """Measure quality and speed on the real sets, each beside its anchor, in one run."""
    ctx = Context(
        devsets=devsets_folder(devsets), out=Path(out), quick=quick, limit=limit, minutes=minutes
    )
    ctx.out.mkdir(parents=True, exist_ok=True)
    for name in names or BENCHMARKS:
        print(f"\n== {name} ==", flush=True)
        started = time.monotonic()
        figures = importlib.import_module(f"bench.{name}").run(ctx)
        report = {
            "benchmark": name,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {"python": sys.version.split()[0], "cpu": platform.processor() or None},
            "devsets": str(ctx.devsets),
            "quick": quick,
            "limit": limit,
            "seconds": round(time.monotonic() - started, 1),
            "figures": figures,
        }
        path = ctx.out / f"{name}.json"
        path.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
        print(f"report: {path}")


if __name__ == "__main__":
    main()
