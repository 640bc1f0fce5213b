"""The worker's pages, /health, /ready and /metrics, served by threads of their own.

The entity stage runs spaCy on the event loop (streams/agents/entities.py says why it
must), so a page served on the loop, as Faust's aiohttp server serves its pages, waited
for the batch in hand: 6.9 s at worst during a 600-article burst in batches of 64. Here
the loop only publishes, every TICK_S, a time stamp and what /ready checks; a small WSGI
server in its own threads answers from that copy, and never waits for the loop.

Faust's own web server is off (web_enabled=False in streams.app): nothing of ours is
served there any more, and it also exposed Faust's /router, /stats and /graph pages.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

import mode
from prometheus_client import CollectorRegistry, make_wsgi_app
from prometheus_client.exposition import ThreadingWSGIServer

from streams.records import encode
from streams.settings import Settings

# How often the loop stamps the time: a loop that misses more than a few ticks is busy.
TICK_S = 0.5
# What no per-record budget bounds and may still hold the loop: loading the model and the
# knowledge base at start-up (2-10 s on a busy machine), a budget overrun by the one step
# or model batch in hand when its clock runs out, a full garbage collection.
SLACK_S = 60.0


def stall_limit(settings: Settings) -> float:
    """The longest the event loop may go without a tick and still be called healthy.

    What holds the loop is one stage's batch at a time: the entity stage takes up to
    batch_size records at once, every one of them stopped at the per-record budget
    (record_timeout, the only bound on a record's work), and a batch that raises is run
    again record by record; so 2 x batch_size x record_timeout, plus SLACK_S. With the
    defaults that is 380 s. A loop silent for longer is stuck where no budget reaches (a
    deadlock, a library that never returns), no record will come out of this worker
    again, and only a restart helps: that is what a liveness probe does with the 503.
    """
    return 2 * settings.batch_size * settings.record_timeout + SLACK_S


@dataclass(frozen=True)
class Published:
    """What the loop last told the pages: replaced whole, so a reader sees one tick's copy."""

    ticked: float = field(default_factory=time.monotonic)
    checks: Mapping[str, Any] = field(default_factory=dict)


def health(published: Published, limit: float, now: float) -> tuple[bool, dict[str, Any]]:
    """Healthy while the event loop has ticked within `limit` seconds."""
    stalled = max(now - published.ticked, 0.0)
    ok = stalled <= limit
    return ok, {
        "status": "ok" if ok else "stuck",
        "event_loop_stalled_s": round(stalled, 3),
        "stall_limit_s": limit,
    }


def readiness(published: Published, limit: float, now: float) -> tuple[bool, dict[str, Any]]:
    """Ready when every check the loop published holds and the loop itself is healthy."""
    alive, _ = health(published, limit, now)
    checks = {**published.checks, "event_loop_alive": alive}
    ok = bool(published.checks) and all(checks.values())
    return ok, {"ready": ok, **checks}


def application(
    published: Callable[[], Published], limit: float, registry: CollectorRegistry
) -> WSGIApplication:
    """The three pages. prometheus_client's WSGI app serves /metrics (content negotiation,
    gzip); the two JSON pages are a few lines here, as no library routes a WSGI app this
    small without bringing a framework."""
    metrics = make_wsgi_app(registry)
    pages = {"/health": health, "/ready": readiness}

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/metrics":
            return metrics(environ, start_response)
        page = pages.get(path)
        if page is None:
            return _json(start_response, "404 Not Found", {"error": f"no page {path}"})
        if environ["REQUEST_METHOD"] not in ("GET", "HEAD"):
            return _json(start_response, "405 Method Not Allowed", {"error": "use GET"})
        ok, body = page(published(), limit, time.monotonic())
        return _json(start_response, "200 OK" if ok else "503 Service Unavailable", body)

    return app


def _json(start_response: StartResponse, status: str, body: dict[str, Any]) -> list[bytes]:
    data = encode(body)
    start_response(
        status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    )
    return [data]


class _Quiet(WSGIRequestHandler):
    """No line on stderr per request (probes ask every few seconds)."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(bind: str, port: int, app: WSGIApplication) -> ThreadingWSGIServer:
    """A thread-per-request server on `bind`:`port` (IPv4 or IPv6, whichever `bind` is).

    A port in use raises OSError here, at start-up, and the worker stops, as Faust's own
    web server made it stop."""
    family = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
    server_class = type("Server", (ThreadingWSGIServer,), {"address_family": family})
    server: ThreadingWSGIServer = make_server(
        bind, port, app, server_class=server_class, handler_class=_Quiet
    )
    return server


class Pages(mode.Service):
    """The pages' server thread, started first among the app's services and stopped with it,
    and the loop's tick that feeds it."""

    def __init__(
        self,
        settings: Settings,
        checks: Callable[[], dict[str, Any]],
        registry: CollectorRegistry,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.limit = stall_limit(settings)
        self._checks = checks
        self._registry = registry
        # Set on the loop, read by the server's threads: one reference, swapped whole.
        self.published = Published()
        self._server: ThreadingWSGIServer | None = None

    async def on_start(self) -> None:
        self._publish()
        app = application(lambda: self.published, self.limit, self._registry)
        self._server = serve(self.settings.web_bind, self.settings.web_port, app)
        threading.Thread(
            target=self._server.serve_forever, name="newsstream-web", daemon=True
        ).start()

    async def on_stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()  # returns within serve_forever's poll (0.5 s)
            self._server.server_close()
            self._server = None

    @mode.Service.timer(TICK_S)
    async def _tick(self) -> None:
        """The loop's heartbeat: late by as long as whatever held the loop."""
        self._publish()

    def _publish(self) -> None:
        self.published = Published(time.monotonic(), self._checks())
