"""Packs served over HTTP by a real server on 127.0.0.1 (in a thread, with ETags)."""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from packtools import item, make_pack, managed


class PackServer:
    """Serves ``files`` (path -> bytes) with ETag and If-None-Match; records each request."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server.requests.append((self.path, dict(self.headers)))
                data = server.files.get(self.path)
                if data is None:
                    self.send_error(404, "Not Found")
                    return
                etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    running = PackServer()
    yield running
    running.stop()


def publish(server, tmp_path, name="acme.huashu", **pack):
    path = make_pack(tmp_path / name, **pack)
    server.files[f"/packs/{name}"] = path.read_bytes()


def test_an_http_subscription_asks_with_its_etag_and_applies_only_changes(app, tmp_path, server):
    publish(server, tmp_path, templates=[item(1)])
    url = f"{server.url}/packs/acme.huashu"
    assert app.packs.subscribe(url).status == "updated"
    assert app.packs.sync()[0].status == "unchanged"
    path, headers = server.requests[-1]
    assert headers.get("If-None-Match", "").startswith('"')
    publish(server, tmp_path, version=2, templates=[item(1), item(2)])
    outcome = app.packs.sync()[0]
    assert outcome.status == "updated" and set(managed(app)) == {"t1", "t2"}


def test_http_errors_keep_the_last_good_pack(app, tmp_path, server):
    publish(server, tmp_path, templates=[item(1)])
    url = f"{server.url}/packs/acme.huashu"
    app.packs.subscribe(url)
    del server.files["/packs/acme.huashu"]
    outcome = app.packs.sync()[0]
    assert outcome.status == "failed" and "404" in str(outcome.error)
    server.stop()
    outcome = app.packs.sync()[0]
    assert outcome.status == "failed" and "cannot reach" in str(outcome.error)
    assert "无法连接" in outcome.error.text("zh_CN")
    assert set(managed(app)) == {"t1"} and app.packs.list()[0].version == 1


def test_an_http_answer_that_is_not_a_pack_is_refused(app, server):
    server.files["/packs/index.html"] = b"<html>login required</html>"
    with pytest.raises(Exception) as refused:
        app.packs.subscribe(f"{server.url}/packs/index.html")
    assert "not a Huashu pack" in str(refused.value)
