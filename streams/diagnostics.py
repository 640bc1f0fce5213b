"""What a worker tells when it is stuck or dies: the stacks of its threads and tasks.

- A fatal signal in native code (SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL: RocksDB, the
  model's ops, glibc) ends the process without a Python traceback or a log line;
  faulthandler prints every thread's Python stack to stderr first, so the log says where.
- SIGUSR1 (`kill -USR1 <pid>`): faulthandler prints every thread's stack from the signal
  handler itself, so a worker whose event loop is held (native code, a lock) answers too;
  then mode's own SIGUSR1 handler, chained, prints every asyncio task with its stack once
  the loop runs: what an idle worker waits for.
"""

from __future__ import annotations

import faulthandler
import signal

from faust.worker import Worker as FaustWorker

DUMP_SIGNAL = signal.SIGUSR1
# The process's own stderr: by the time the worker installs its signal handlers, mode has put
# a logging proxy with no file descriptor in sys.stderr.
STDERR_FD = 2


def on_fatal_signals() -> None:
    """Every thread's stack to stderr when the process dies of a fatal signal."""
    faulthandler.enable(file=STDERR_FD, all_threads=True)


class Worker(FaustWorker):
    """Faust's worker; SIGUSR1 dumps the threads' stacks even while the loop is held."""

    def install_signal_handlers(self) -> None:
        super().install_signal_handlers()
        # After mode's handler (loop.add_signal_handler), which would replace this one;
        # chained, so mode's task dump still runs on the loop.
        faulthandler.register(DUMP_SIGNAL, file=STDERR_FD, all_threads=True, chain=True)
