"""The clean stage reads a page as it is: it fetches nothing and resolves no external entity.

A page is hostile input. Each page below points at a file with a secret in it and at
a web server of the test's own on 127.0.0.1 (which counts the requests it gets), by
every means HTML and XML have: an external entity in an internal DTD subset (XXE),
an external DTD, an XInclude, and the resources a browser would load (img, script,
stylesheet, iframe, object, svg). The whole stage runs (lxml, htmldate, trafilatura
with its readability and jusText fallbacks, since the pages are short).
"""

from __future__ import annotations

import http.server
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import orjson
import pytest

from streams.stages import clean
from streams.stages.clean import htmlpage
from tests import factories

SECRET = "CORRECT-HORSE-BATTERY-STAPLE"
STORY = (
    "<p>The council approved the budget on Tuesday after a long debate about schools and "
    "roads in the city.</p><p>Officials said the vote would be final next week, after a "
    "second reading by the members of the council.</p>"
)


@dataclass
class Server:
    url: str
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[Server]:
    """A web server on 127.0.0.1 that answers everything with an entity declaration."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(f'<!ENTITY y "{SECRET}">'.encode())

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", seen)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def secret_file(tmp_path: Path) -> str:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path.as_uri()


def pages(url: str, secret: str) -> dict[str, str]:
    return {
        "xxe, file": f'<!DOCTYPE html [<!ENTITY x SYSTEM "{secret}">]>'
        f"<html><body><p>&x;</p>{STORY}</body></html>",
        "xxe, http": f'<!DOCTYPE html [<!ENTITY x SYSTEM "{url}/entity">]>'
        f"<html><body><p>&x;</p>{STORY}</body></html>",
        "xxe, parameter entity": f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{url}/param"> %p;]>'
        f"<html><body><p>&y;</p>{STORY}</body></html>",
        "external dtd": f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{url}/x.dtd">'
        f"<html><body><p>&y;</p>{STORY}</body></html>",
        "xhtml with both": f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html SYSTEM '
        f'"{url}/xhtml.dtd" [<!ENTITY x SYSTEM "{secret}">]>'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;</p>{STORY}</body></html>',
        "xinclude": '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
        f'<xi:include href="{secret}" parse="text"/>'
        f'<xi:include href="{url}/xinclude" parse="text"/>{STORY}</body></html>',
        "resources": f'<html><head><link rel="stylesheet" href="{url}/style.css">'
        f'<script src="{url}/app.js"></script></head><body><img src="{url}/photo.jpg">'
        f'<iframe src="{url}/frame"></iframe>{STORY}<object data="{url}/object"></object>'
        f'<svg><image href="{url}/svg.png"/><use href="{secret}#x"/></svg></body></html>',
        "meta refresh and base": f'<html><head><base href="{url}/"><meta http-equiv="refresh" '
        f'content="0; url={url}/refresh"></head><body>{STORY}</body></html>',
    }


@pytest.mark.parametrize(
    "name",
    [
        "xxe, file",
        "xxe, http",
        "xxe, parameter entity",
        "external dtd",
        "xhtml with both",
        "xinclude",
        "resources",
        "meta refresh and base",
    ],
)
def test_a_page_that_points_outside_gets_nothing_fetched_or_expanded(
    name: str, server: Server, secret_file: str
) -> None:
    body = pages(server.url, secret_file)[name]
    out = clean.clean(factories.raw(body, content_type="text/html"))
    assert out["paragraphs"][0].startswith("The council approved the budget")
    assert SECRET not in orjson.dumps(out).decode()
    assert server.requests == []
    # The server does answer, so an empty list above means nothing asked.
    with urllib.request.urlopen(f"{server.url}/control", timeout=5) as response:
        assert SECRET in response.read().decode()
    assert server.requests == ["/control"]


def test_the_parser_itself_neither_expands_nor_fetches(server: Server, secret_file: str) -> None:
    """Without the stage's removal of the DTD subset, lxml's HTML parser still resolves nothing."""
    for body in pages(server.url, secret_file).values():
        tree = lxml.html.document_fromstring(body.encode(), parser=htmlpage._parser())
        assert SECRET not in lxml.html.tostring(tree, encoding="unicode")
    assert server.requests == []
