"""Render the Grafana dashboard's panels from a running Prometheus into one PNG.

Grafana does not run where the README picture is made, so this plots what
Prometheus answers to each panel's own queries, laid out on the dashboard's grid:

    python deploy/grafana/preview.py --prometheus http://127.0.0.1:9090 \
        --minutes 15 --out docs/dashboard.png

Needs matplotlib (a dev dependency); nothing else beyond the standard library.
`python -m tests.deploy.demo` runs a worker and Prometheus and calls this script.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.axes import Axes

DASHBOARD = Path(__file__).resolve().parent / "dashboards" / "newsstream.json"
# Grafana's dark theme, so the picture looks like the dashboard it stands for.
BACKGROUND, PANEL, TEXT, GRID = "#111217", "#181b1f", "#ccccdc", "#2c3235"
COLOURS = ["#73bf69", "#f2cc0c", "#5794f2", "#ff9830", "#f2495c", "#b877d9", "#8ab8ff", "#fade2a"]


def query(base: str, path: str, params: dict[str, str]) -> list[dict[str, Any]]:
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=30) as response:
        body = json.loads(response.read())
    if body["status"] != "success":
        raise RuntimeError(f"{body.get('error')}: {params['query']}")
    return list(body["data"]["result"])


def fill(expr: str, instance: str, rate_interval: str) -> str:
    """Grafana's variables, as Grafana would substitute them."""
    values = {"$__rate_interval": rate_interval, "$__interval": "5s", "$__range": "1h"}
    for name, value in values.items():
        expr = expr.replace(name, value)
    return expr.replace("$instance", instance)


def legend(template: str, labels: dict[str, str]) -> str:
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: labels.get(m.group(1), ""), template)


def scale(unit: str) -> tuple[float, str]:
    """A factor and an axis label for a Grafana unit."""
    if unit == "bytes":
        return 1 / 2**20, "MiB"
    if unit == "percentunit":
        return 100.0, "% of a core"
    if unit.startswith("suffix:"):
        return 1.0, unit.split(":", 1)[1].strip()
    return 1.0, unit


def style(ax: Axes, title: str) -> None:
    ax.set_facecolor(PANEL)
    ax.set_title(title, color=TEXT, loc="left", fontsize=10, fontweight="bold")
    for spine in ax.spines.values():
        spine.set_color(GRID)
    ax.tick_params(colors=TEXT, labelsize=7)


def timeseries(
    ax: Axes, panel: dict[str, Any], args: argparse.Namespace, span: tuple[float, float]
) -> None:
    factor, label = scale(panel["fieldConfig"]["defaults"].get("unit", ""))
    step = max((span[1] - span[0]) / 300, 1.0)
    n = 0
    for target in panel["targets"]:
        expr = fill(target["expr"], args.instance, args.rate_interval)
        params = {"query": expr, "start": str(span[0]), "end": str(span[1]), "step": str(step)}
        for series in query(args.prometheus, "/api/v1/query_range", params):
            points = [(float(t), float(v)) for t, v in series["values"] if not math.isnan(float(v))]
            if not points:
                continue
            times = mdates.date2num([datetime.fromtimestamp(t, UTC) for t, _ in points])
            name = legend(target.get("legendFormat", ""), series["metric"]) or expr
            ax.plot(times, [v * factor for _, v in points], label=name, linewidth=1.3,
                    color=COLOURS[n % len(COLOURS)])  # fmt: skip
            n += 1
    for step_ in panel["fieldConfig"]["defaults"].get("thresholds", {}).get("steps", []):
        if step_.get("value") is not None and step_["color"] == "red":
            ax.axhline(step_["value"] * factor, color="#f2495c", linestyle="--", linewidth=0.8)
    ax.set_ylabel(label, color=TEXT, fontsize=7)
    ax.set_xlim(*mdates.date2num([datetime.fromtimestamp(t, UTC) for t in span]))
    ax.set_ylim(bottom=0)
    ax.grid(color=GRID, linewidth=0.5)
    minutes = (span[1] - span[0]) / 60
    ax.xaxis.set_major_locator(mdates.MinuteLocator(interval=max(1, round(minutes / 6))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M", tz=UTC))
    if n:
        ax.legend(fontsize=6.5, facecolor=PANEL, edgecolor=GRID, labelcolor=TEXT, loc="upper left")
    else:
        ax.text(0.5, 0.5, "no data", color=TEXT, ha="center", va="center", transform=ax.transAxes)


def instant(panel: dict[str, Any], args: argparse.Namespace, at: float) -> list[tuple[str, float]]:
    rows = []
    for target in panel["targets"]:
        expr = fill(target["expr"], args.instance, args.rate_interval)
        for series in query(args.prometheus, "/api/v1/query", {"query": expr, "time": str(at)}):
            name = legend(target.get("legendFormat", ""), series["metric"])
            rows.append((name, float(series["value"][1])))
    return rows


def stat(ax: Axes, panel: dict[str, Any], args: argparse.Namespace, at: float) -> None:
    defaults = panel["fieldConfig"]["defaults"]
    mapped = {
        float(value): text["text"]
        for mapping in defaults.get("mappings", [])
        for value, text in mapping.get("options", {}).items()
    }
    rows = instant(panel, args, at)
    lines = []
    for name, value in rows:
        if value in mapped:
            shown = mapped[value]
        elif panel["options"].get("textMode") == "value_and_name":
            shown = f"{name}  ({value:g})"
        else:
            shown = f"{value:.{defaults.get('decimals', 0)}f} {defaults.get('unit', '')}".strip()
        lines.append(shown)
    text = "\n".join(lines) or "no data"
    size = 18 if len(text) < 14 else 9
    ax.text(0.5, 0.45, text, color="#73bf69", ha="center", va="center", fontsize=size,
            fontweight="bold", transform=ax.transAxes)  # fmt: skip
    ax.set_xticks([])
    ax.set_yticks([])


def bars(ax: Axes, panel: dict[str, Any], args: argparse.Namespace, at: float) -> None:
    rows = sorted(instant(panel, args, at), key=lambda r: r[1])
    ax.barh([name for name, _ in rows], [value for _, value in rows], color="#5794f2")
    for y, (_, value) in enumerate(rows):
        ax.text(value, y, f" {value:g}", color=TEXT, va="center", fontsize=7)
    ax.tick_params(axis="y", labelsize=7)
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    if not rows:
        ax.text(0.5, 0.5, "no data", color=TEXT, ha="center", va="center", transform=ax.transAxes)


def render(args: argparse.Namespace) -> None:
    board = json.loads(Path(args.dashboard).read_text(encoding="utf-8"))
    end = args.end or time.time()
    span = (end - args.minutes * 60, end)
    panels = board["panels"]
    rows = max(p["gridPos"]["y"] + p["gridPos"]["h"] for p in panels)
    fig = plt.figure(figsize=(18, rows * 0.42), facecolor=BACKGROUND)
    grid = fig.add_gridspec(rows, 24, hspace=0.0, wspace=0.0)
    for panel in panels:
        pos = panel["gridPos"]
        cell = grid[pos["y"] : pos["y"] + pos["h"], pos["x"] : pos["x"] + pos["w"]]
        ax = fig.add_subplot(cell.subgridspec(1, 1, wspace=0, hspace=0)[0])
        style(ax, panel["title"])
        kind = panel["type"]
        if kind == "timeseries":
            timeseries(ax, panel, args, span)
        elif kind == "stat":
            stat(ax, panel, args, end)
        elif kind == "bargauge":
            bars(ax, panel, args, end)
    stamp = datetime.fromtimestamp(end, UTC).strftime("%Y-%m-%d %H:%M UTC")
    fig.suptitle(
        f"{board['title']} — last {args.minutes:g} minutes to {stamp}, "
        "each panel plotted from Prometheus' answers to its own queries",
        color=TEXT,
        fontsize=12,
        x=0.01,
        ha="left",
    )
    fig.subplots_adjust(left=0.03, right=0.99, top=0.96, bottom=0.02)
    for ax in fig.axes:  # leave a gutter between panels, as Grafana does
        box = ax.get_position()
        ax.set_position((box.x0 + 0.012, box.y0 + 0.012, box.width - 0.016, box.height - 0.03))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out, dpi=args.dpi, facecolor=BACKGROUND)
    print(f"wrote {args.out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090")
    parser.add_argument("--instance", default=".*", help="regex for $instance")
    parser.add_argument("--minutes", type=float, default=15)
    parser.add_argument("--end", type=float, default=None, help="unix time; default now")
    parser.add_argument("--rate-interval", default="1m", help="what $__rate_interval becomes")
    parser.add_argument("--dashboard", default=str(DASHBOARD))
    parser.add_argument("--out", default="docs/dashboard.png")
    parser.add_argument("--dpi", type=int, default=90)
    render(parser.parse_args())


if __name__ == "__main__":
    main()
