"""Reading an HTML page never fetches anything and never expands external entities."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from briefdeck.ingest import read_article

SECRET = "ZEBRA-CANARY-7731"
PARAGRAPH = (
    "Engineers finished a new runway at the desert air base on Thursday, allowing "
    "heavier cargo aircraft to land there for the first time, a spokesman said."
)


@pytest.fixture
def local_server():
    """A server on the loopback address that counts every request it gets."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(SECRET.encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 0.5
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()
    server.server_close()


def _page(base: str, secret_file, xml_declaration: bool = False) -> str:
    head = '<?xml version="1.0" encoding="utf-8"?>\n' if xml_declaration else ""
    return (
        head
        + f"""<!DOCTYPE html [
  <!ENTITY local SYSTEM "file://{secret_file}">
  <!ENTITY remote SYSTEM "{base}/entity">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<title>Runway opens at desert air base</title>
<link rel="stylesheet" href="{base}/style.css"/>
<script src="{base}/script.js"></script>
</head><body>
<nav><a href="{base}/home">Home</a> | <a href="{base}/world">World</a></nav>
<article>
<h1>Runway opens at desert air base</h1>
<p>{PARAGRAPH} &local; &remote;</p>
<p>{PARAGRAPH.replace("Thursday", "Friday")}</p>
<img src="{base}/photo.jpg"/>
<iframe src="{base}/frame"></iframe>
<object data="{base}/object"></object>
</article>
<footer>&local;</footer>
</body></html>
"""
    )


@pytest.mark.parametrize(("suffix", "xml_declaration"), [(".html", False), (".xhtml", True)])
@pytest.mark.parametrize("trafilatura_finds_nothing", [False, True])
def test_html_page_is_read_offline_without_entity_expansion(
    tmp_path, local_server, monkeypatch, suffix, xml_declaration, trafilatura_finds_nothing
):
    if trafilatura_finds_nothing:
        import trafilatura

        monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    base, hits = local_server
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = tmp_path / f"page{suffix}"
    page.write_text(_page(base, secret, xml_declaration), encoding="utf-8")

    article = read_article(page)

    assert PARAGRAPH in article.text
    assert SECRET not in article.text
    assert SECRET not in article.headline
    assert hits == []
