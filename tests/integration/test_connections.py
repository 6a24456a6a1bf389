"""Over a real socket: slow clients are cut off, and an error response keeps the
keep-alive connection open."""

from __future__ import annotations

import socket
import time
from typing import Any
from urllib.parse import urlparse

import pytest

from aftersales_api.main import create_app
from aftersales_api.services import tickets

from ..conftest import Keys, running


def connect(url: str) -> socket.socket:
    parsed = urlparse(url)
    return socket.create_connection((parsed.hostname, parsed.port), timeout=10)


def read_response(sock: socket.socket) -> tuple[int, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return int(head.split(b" ")[1]), body


def get(path: str, key: dict[str, str]) -> bytes:
    auth = key["Authorization"]
    return f"GET {path} HTTP/1.1\r\nHost: test\r\nAuthorization: {auth}\r\n\r\n".encode()


def test_an_error_response_keeps_the_connection(
    live_url: str, keyring: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(tickets, "get", broken)
    with connect(live_url) as sock:
        for _ in range(2):
            sock.sendall(get("/v1/tickets/AS-1", keyring["agent"]))
            status, body = read_response(sock)
            assert status == 500 and b'"code":"internal"' in body and b"a bug" not in body
        sock.sendall(get("/v1/tickets?limit=1", keyring["agent"]))  # the same connection still serves
        assert read_response(sock)[0] == 200


def test_a_client_that_stalls_its_body_is_cut_off(env: Any, keyring: Keys) -> None:
    env.settings.body_timeout = 0.5
    with running(create_app(env.settings, env)) as url, connect(url) as sock:
        auth = keyring["agent"]["Authorization"]
        sock.sendall(
            b"POST /v1/tickets HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            + f"Authorization: {auth}\r\nContent-Length: 100\r\n\r\n".encode()
            + b'{"kind": '
        )
        start = time.monotonic()
        status, body = read_response(sock)
        assert status == 408 and b'"code":"timeout"' in body
        assert time.monotonic() - start < 5
