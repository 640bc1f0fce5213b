"""What a worker process spends: CPU time, its main thread's schedule, and a py-spy profile.

On a shared machine a worker's wall-clock speed says as much about the neighbours as
about the worker. The kernel's own accounting separates the two: CPU seconds per
article is the worker's cost whatever the load, and the main thread's schedule
(/proc/PID/task/PID/schedstat) splits its wall time into running, waiting for a core
(the neighbours) and sleeping (waiting for work: batches, fetches, the broker).

The profile is py-spy's (a sampling profiler that attaches to a running process, so the
worker runs unmodified), summed into the parts of the pipeline by the frames on each
sampled stack.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The first pattern found on a stack names its part; the order matters (the model runs
# inside the entity agent, the trending index inside its agent, and so on).
PARTS = (
    ("model (spaCy nlp.pipe)", ("Language.pipe",)),
    ("entity rules (linking, referents)", ("doc_mentions", "stages/entities/")),
    ("clean stage", ("Pipeline.clean",)),
    ("claims stage", ("Pipeline.attribute",)),
    ("stories stage", ("StoryIndex.add",)),
    ("trending stage", ("TrendingIndex.", "stages/trending.py")),
    ("record decode, validation, encode", ("streams/runner.py", "streams/records.py")),
    ("Kafka client (aiokafka)", ("aiokafka/",)),
    ("Faust streams, tables, sends", ("faust/", "mode/", "streams/app.py", "streams/agents/")),
)
OTHER = "other (event loop, logging, metrics)"


@dataclass(frozen=True)
class Usage:
    """A process's CPU seconds (all threads) and its main thread's schedule, at one moment."""

    cpu_s: float
    running_s: float
    waiting_s: float

    def __sub__(self, earlier: Usage) -> Usage:
        return Usage(
            self.cpu_s - earlier.cpu_s,
            self.running_s - earlier.running_s,
            self.waiting_s - earlier.waiting_s,
        )


def usage(pid: int) -> Usage:
    # /proc/PID/stat: utime and stime are fields 14 and 15, counted after the ")" of the name.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    # schedstat: nanoseconds on a core, nanoseconds runnable but waiting for one, timeslices.
    running, waiting, _ = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()
    return Usage(cpu, int(running) / 1e9, int(waiting) / 1e9)


def py_spy() -> str | None:
    """The py-spy next to this Python (the dev extra installs it), else on PATH."""
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.exists() else shutil.which("py-spy")


def record(pid: int, out: Path, rate: int = 100) -> subprocess.Popen[bytes]:
    """Start sampling `pid` into `out` (collapsed stacks); stop it with `finish`."""
    exe = py_spy()
    if exe is None:
        raise RuntimeError("py-spy is not installed (pip install -e '.[dev]')")
    argv = [exe, "record", "--pid", str(pid), "--rate", str(rate), "--format", "raw"]
    argv += ["--nonblocking", "--output", str(out)]
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(spy: subprocess.Popen[bytes]) -> None:
    spy.send_signal(signal.SIGINT)
    _, err = spy.communicate(timeout=60)
    if spy.returncode not in (0, -signal.SIGINT):
        raise RuntimeError(f"py-spy failed: {err.decode(errors='replace')[-500:]}")


def shares(collapsed: Path) -> dict[str, float]:
    """Each part's share of the samples in which a thread was working.

    py-spy counts a thread waiting in epoll as active (Faust's consumer thread spends
    its life there); those samples are dropped, as they are time spent waiting.
    """
    counts: Counter[str] = Counter()
    for line in collapsed.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack or stack.rsplit(";", 1)[-1].startswith("EpollSelector.select"):
            continue
        part = next((name for name, pats in PARTS if any(p in stack for p in pats)), OTHER)
        counts[part] += int(n)
    total = sum(counts.values()) or 1
    return {name: round(counts[name] / total, 3) for name in [*(n for n, _ in PARTS), OTHER]}
