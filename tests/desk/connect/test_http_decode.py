"""The client decodes an answer exactly as ``json.loads`` does, whichever decoder reads it: the
JSON only the standard library accepts (NaN, a lone surrogate escape, a huge integer) comes out
the same, and what neither reads is the same one-line error."""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desk.connect.http import ConnectError, HttpClient

BODIES = {
    "/plain": b'{"ticket": {"id": 7, "subject": "Caf\\u00e9", "tags": ["a", "b"]}}',
    "/nan": b'{"score": NaN, "id": 1}',
    "/surrogate": b'{"body": "half \\ud83d of a pair"}',
    "/huge": b'{"id": 123456789012345678901234567890}',
    "/broken": b'{"id": 1,',
}


class _Answers(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = BODIES[self.path.split("?")[0]]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("path", ["/plain", "/surrogate", "/huge"])
def test_an_answer_decodes_as_the_standard_library_decodes_it(origin: str, path: str) -> None:
    client = HttpClient({}, origin)
    assert client.get(origin + path).body == json.loads(BODIES[path])
    client.close()


def test_nan_is_read_as_the_standard_library_reads_it(origin: str) -> None:
    client = HttpClient({}, origin)
    body = client.get(origin + "/nan").body
    client.close()
    assert math.isnan(body["score"]) and body["id"] == 1


def test_what_no_decoder_reads_is_one_line_naming_the_url(origin: str) -> None:
    client = HttpClient({}, origin)
    with pytest.raises(ConnectError, match=r"^http://127\.0\.0\.1:\d+/broken: the answer is not"):
        client.get(origin + "/broken?token=x")
    client.close()
