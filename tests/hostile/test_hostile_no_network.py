"""No network, ever: reading a hostile HTML page, drafting it and exporting the deck and the
one-pager (with URLs, image tags and entities in the text) opens no socket, resolves no host
and fetches nothing, not even from a server on this machine."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from hostile_kit import assert_one_page_pdf, assert_valid_deck

from briefdeck.export import write_pdf, write_pptx
from briefdeck.extract import draft_briefing
from briefdeck.ingest import article_from_text, read_article
from briefdeck.model import Place, Quote

CANARY = "OTTER-CANARY-5150"


@pytest.fixture
def loopback():
    """An HTTP server on 127.0.0.1 that records every request: catches fetches made below
    Python's socket module too (libxml2, for one, has its own HTTP client)."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(CANARY.encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()
    server.server_close()


@pytest.fixture
def no_sockets(monkeypatch):
    """Every way out of the process through Python's socket module raises and is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network use in a test: {name}")

        return blocked

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def _page(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
<!ENTITY remote SYSTEM "{base}/entity.xml">
<!ENTITY named SYSTEM "http://briefdeck-test.invalid/entity.xml">
<!ENTITY % param SYSTEM "{base}/param.dtd"> %param;
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<title>Drones strike the depot at Harbor Point</title>
<link rel="stylesheet" href="{base}/style.css"/>
<link rel="preload" href="http://briefdeck-test.invalid/font.woff2"/>
<script src="{base}/script.js"></script>
<script>fetch("{base}/fetch")</script>
<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}</style>
</head><body>
<iframe src="{base}/frame"></iframe>
<article>
<h1>Drones strike the depot at Harbor Point</h1>
<p>Two drones struck the fuel depot at Harbor Point near Basra on 12 March 2021, wounding five
contractors, officials said. &remote; &named;</p>
<p>About 900 soldiers will move to Harbor Point by April, a spokesperson said.
<img src="{base}/photo.jpg" srcset="{base}/photo-2x.jpg 2x"/></p>
<picture><source srcset="{base}/pic.webp"/><img src="http://briefdeck-test.invalid/p.png"/></picture>
<object data="{base}/object.swf"></object><embed src="{base}/embed"/>
<video poster="{base}/poster.jpg"><source src="{base}/video.mp4"/></video>
</article></body></html>
"""


def test_html_to_deck_and_one_pager_uses_no_network(tmp_path, loopback, no_sockets):
    base, hits = loopback
    page = tmp_path / "page.xhtml"
    page.write_text(_page(base), encoding="utf-8")

    article = read_article(page)
    briefing = draft_briefing(article, published="2021-03-13")
    hostile = (
        f'<img src="{base}/bluf.png"/> <img src="http://briefdeck-test.invalid/x.png"> '
        f'<a href="{base}/link">link</a> <font face="{base}/font.ttf">x</font>'
    )
    briefing.set_meta("title", f"Depot struck {hostile}")
    briefing.set_narrative("bluf", f"Drones hit the depot. {hostile}")
    briefing.set_narrative("key_points", [hostile, f"<link href='{base}/k.css'/>"])
    briefing.set_source_field("src-1", "url", f"{base}/article")
    briefing.set_source_field("src-1", "outlet", f'<img src="{base}/logo.png"/>')
    briefing.insert_fact(
        "places",
        Place(
            id="pl-net",
            status="accepted",
            name=hostile,
            lat=30.5,
            lon=47.8,
            role="attack target",
            note=f"see {base}/note",
        ),
    )
    briefing.insert_fact(
        "quotes",
        Quote(
            id="qu-net", status="accepted", text=hostile, speaker=f'<img src="{base}/speaker.png"/>'
        ),
    )
    write_pptx(briefing, tmp_path / "x.pptx", include_drafts=True)
    write_pdf(briefing, tmp_path / "x.pdf", include_drafts=True)
    from briefdeck.export.pdf import write_handout

    write_handout(briefing, tmp_path / "handout.pdf", include_drafts=True)

    assert no_sockets == []
    assert hits == []
    assert CANARY not in article.text
    assert "Harbor Point" in article.text
    assert_valid_deck(tmp_path / "x.pptx")
    assert_one_page_pdf(tmp_path / "x.pdf")


def test_pasted_html_uses_no_network(loopback, no_sockets):
    base, hits = loopback
    article = article_from_text(_page(base).split("\n", 1)[1], name="pasted")
    draft_briefing(article)
    assert no_sockets == [] and hits == []
    assert CANARY not in article.text


def test_the_guard_itself_catches_a_connection(loopback, no_sockets):
    """The fixtures are not blind: a real attempt is refused and recorded."""
    import urllib.request

    base, hits = loopback
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{base}/probe", timeout=2)
    assert no_sockets and hits == []
