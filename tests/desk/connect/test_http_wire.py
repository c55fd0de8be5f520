"""The kept-alive client reads the answers real servers send: chunked bodies with a trailer, an
interim 100, Content-Length, a body to the end of an HTTP/1.0 connection, a repeated header
(the last wins), and a connection the server closes; each from a real socket on loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from desk.connect.http import ConnectError, HttpClient, RetryPolicy

ANSWERS = {
    "/chunked": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n"
    b'5;ext=1\r\n{"a":\r\n6\r\n [1, 2\r\n2\r\n]}\r\n0\r\nX-Trailer: t\r\n\r\n',
    "/continue": b"HTTP/1.1 100 Continue\r\n\r\n"
    b'HTTP/1.1 200 OK\r\nContent-Length: 8\r\nLink: <a>; rel="prev"\r\n'
    b'Link: <b>; rel="next"\r\n\r\n{"b": 2}',
    "/old": b'HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{"c": [3]}',
    "/short": b'HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{"d": ',
}


@pytest.fixture
def origin() -> Iterator[str]:
    """A server that answers each request with the bytes above, keeping the connection open
    (HTTP/1.1) or closing it (HTTP/1.0, a short body)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop = threading.Event()

    def serve(connection: socket.socket) -> None:
        with connection, connection.makefile("rb") as reader:
            while True:
                request = reader.readline()
                if not request:
                    return
                while reader.readline() not in (b"\r\n", b""):
                    pass
                path = request.split()[1].decode()
                connection.sendall(ANSWERS[path])
                if path in ("/old", "/short"):
                    return

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=serve, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()


def test_answers_in_every_framing_are_read_whole(origin: str) -> None:
    client = HttpClient({}, origin, RetryPolicy(retries=0))
    assert client.get(origin + "/chunked").body == {"a": [1, 2]}
    assert client.get(origin + "/chunked").body == {"a": [1, 2]}  # the same connection
    answer = client.get(origin + "/continue")
    assert answer.body == {"b": 2} and answer.link() == "b"
    assert client.get(origin + "/old").body == {"c": [3]}
    assert client.get(origin + "/chunked").body == {"a": [1, 2]}  # a new one after the close
    assert client.pool is not None and client.pool.opened == 2
    client.close()


def test_a_body_cut_short_is_a_failed_connection_retried_then_one_line(origin: str) -> None:
    client = HttpClient({}, origin, RetryPolicy(retries=1, base=0.01))
    with pytest.raises(ConnectError, match=r"/short: the connection failed .* after 2 tries"):
        client.get(origin + "/short")
    assert client.log.retried == 1
    client.close()


def test_a_link_with_a_line_break_never_reaches_the_server(origin: str) -> None:
    """A hostile next-page link cannot add a header or a request to ours (request splitting)."""
    client = HttpClient({}, origin, RetryPolicy(retries=0))
    with pytest.raises(ConnectError, match="InvalidURL"):  # refused before anything is sent
        client.get(origin + "/chunked HTTP/1.1\r\nX-Injected: yes\r\n\r\nGET /old")
    client.close()
