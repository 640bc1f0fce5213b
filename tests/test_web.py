"""The pages' thread answers from what the loop published, and judges the loop's heartbeat."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from prometheus_client import CollectorRegistry, Counter

from streams import web
from streams.settings import Settings
from tests.kafka import free_port

CHECKS = {"partitions_assigned": 2, "broker_reachable": True, "model_loaded": True}


def call(app: Any, path: str, method: str = "GET") -> tuple[str, bytes]:
    environ: dict[str, Any] = {"PATH_INFO": path, "REQUEST_METHOD": method}
    setup_testing_defaults(environ)
    got: list[str] = []

    def start_response(status: str, headers: Any, exc_info: Any = None) -> Any:
        got.append(status)

    body: Iterable[bytes] = app(environ, start_response)
    return got[0], b"".join(body)


def test_the_stall_limit_is_what_the_per_record_budget_allows() -> None:
    assert web.stall_limit(Settings()) == 2 * 16 * 10.0 + web.SLACK_S
    assert web.stall_limit(Settings(batch_size=64, record_timeout=600.0)) > 600 * 64


def test_health_turns_503_once_the_loop_has_not_ticked_within_the_limit() -> None:
    published = web.Published(ticked=100.0, checks=CHECKS)
    ok, body = web.health(published, limit=30.0, now=129.0)
    assert ok and body["status"] == "ok" and body["event_loop_stalled_s"] == 29.0
    ok, body = web.health(published, limit=30.0, now=131.0)
    assert not ok and body["status"] == "stuck"


def test_ready_needs_every_check_and_a_live_loop() -> None:
    assert web.readiness(web.Published(100.0, CHECKS), 30.0, 101.0) == (
        True,
        {"ready": True, **CHECKS, "event_loop_alive": True},
    )
    assert not web.readiness(web.Published(100.0, {**CHECKS, "partitions_assigned": 0}), 30, 101)[0]
    assert not web.readiness(web.Published(100.0, CHECKS), 30.0, 131.0)[0]
    assert not web.readiness(web.Published(100.0, {}), 30.0, 101.0)[0]  # nothing published yet


def test_the_pages_and_nothing_else() -> None:
    registry = CollectorRegistry()
    Counter("newsstream_test_total", "A counter.", registry=registry).inc()
    app = web.application(lambda: web.Published(time.monotonic(), CHECKS), 30.0, registry)
    status, body = call(app, "/metrics")
    assert status == "200 OK" and b"newsstream_test_total 1.0" in body
    status, body = call(app, "/ready")
    assert status == "200 OK" and json.loads(body)["ready"] is True
    # Faust's own pages are gone with its web server.
    for path in ("/", "/router/", "/stats/", "/graph/"):
        assert call(app, path)[0] == "404 Not Found"
    assert call(app, "/health", method="POST")[0] == "405 Method Not Allowed"


def fetch(url: str) -> tuple[float, int, dict[str, Any]]:
    asked = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, text = exc.code, exc.read()
    return time.monotonic() - asked, status, json.loads(text)


def test_the_pages_answer_while_the_loop_is_held() -> None:
    settings = Settings(web_port=free_port())
    base = f"http://127.0.0.1:{settings.web_port}"
    answers: dict[str, tuple[float, int, dict[str, Any]]] = {}

    def ask() -> None:
        time.sleep(1.2)  # while the loop sleeps below
        for path in ("/health", "/ready"):
            answers[path] = fetch(base + path)

    async def main() -> None:
        pages = web.Pages(settings, lambda: dict(CHECKS), CollectorRegistry())
        await pages.start()
        try:
            await asyncio.sleep(0.6)  # a tick or so
            asker = threading.Thread(target=ask)
            asker.start()
            time.sleep(2.0)  # a batch holding the loop, as the entity stage's model does
            asker.join()
        finally:
            await pages.stop()

    asyncio.run(main())
    seconds, status, body = answers["/health"]
    assert seconds < 0.5 and status == 200
    assert body["event_loop_stalled_s"] >= 1.0  # asked while the loop was held, answered now
    seconds, status, body = answers["/ready"]
    assert seconds < 0.5 and status == 200 and body["ready"] is True
    with pytest.raises(urllib.error.URLError):  # stopped with the service
        urllib.request.urlopen(base + "/health", timeout=2)


def test_a_loop_held_past_the_limit_is_unhealthy() -> None:
    settings = Settings(web_port=free_port())
    pages = web.Pages(settings, lambda: dict(CHECKS), CollectorRegistry())
    pages.limit = 0.5  # stall_limit's slack would make this test a minute long
    seen: list[tuple[float, int, dict[str, Any]]] = []

    def ask() -> None:
        time.sleep(1.0)
        seen.append(fetch(f"http://127.0.0.1:{settings.web_port}/health"))

    async def main() -> None:
        await pages.start()
        try:
            asker = threading.Thread(target=ask)
            asker.start()
            time.sleep(1.5)
            asker.join()
        finally:
            await pages.stop()

    asyncio.run(main())
    ((_, status, body),) = seen
    assert status == 503 and body["status"] == "stuck"


def test_the_pages_listen_where_settings_say_and_a_taken_port_stops_the_start() -> None:
    settings = Settings(web_port=free_port())
    assert settings.web_bind == "127.0.0.1"
    app = web.application(web.Published, 1.0, CollectorRegistry())
    server = web.serve(settings.web_bind, settings.web_port, app)
    try:
        assert server.server_address == ("127.0.0.1", settings.web_port)
        with pytest.raises(OSError):
            web.serve(settings.web_bind, settings.web_port, app)
    finally:
        server.server_close()
    wide = web.serve("0.0.0.0", free_port(), app)
    wide.server_close()
    assert wide.address_family == socket.AF_INET
