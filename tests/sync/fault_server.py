"""A fault-injecting HTTP server for sync tests (loopback only).

It forwards every request to an upstream server (the WebDAV fixture) or, with no
upstream, acts as a tiny webhook that stores POSTed bodies by Idempotency-Key. Faults
queued with ``fail_next`` apply to the next requests, each either *before* the request
reaches the upstream or *after* it has been stored there (the client still sees the
failure): a retry must then still end with exactly one copy.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host", "date", "server"}
LOGIN_PAGE = b"<html><body><h1>Welcome to Cafe Wi-Fi</h1><form>Log in</form></body></html>"


@dataclass(frozen=True)
class Fault:
    kind: str  # close, reset, slow, truncate, html, redirect, or an HTTP status "500"...
    after: bool = False  # let the upstream store the request first


class FaultServer:
    def __init__(self, upstream: str | None = None, slow_seconds: float = 1.5) -> None:
        self.upstream = upstream.rstrip("/") if upstream else None
        self.slow_seconds = slow_seconds
        self.faults: deque[Fault] = deque()
        self.hook: dict[str, bytes] = {}
        self.requests: list[tuple[str, str, str | None]] = []  # method, path, fault
        self.lock = threading.Lock()
        self.client = httpx.Client(timeout=10, trust_env=False)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def fail_next(self, *faults: Fault | str) -> None:
        with self.lock:
            self.faults.extend(f if isinstance(f, Fault) else Fault(f) for f in faults)

    def next_fault(self) -> Fault | None:
        with self.lock:
            return self.faults.popleft() if self.faults else None

    def start(self) -> FaultServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.client.close()


def _handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            fault = server.next_fault()
            server.requests.append((self.command, self.path, fault.kind if fault else None))
            if fault is not None and not fault.after:
                return self._fail(fault)
            status, headers, payload = self._forward(body)
            if fault is not None:
                return self._fail(fault)
            self._answer(status, headers, payload)

        do_GET = do_PUT = do_POST = do_HEAD = do_MKCOL = do_DELETE = do_MOVE = _any
        do_PROPFIND = do_OPTIONS = _any

        def _forward(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
            if server.upstream is None:
                return self._hook(body)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
            resp = server.client.request(
                self.command, server.upstream + self.path, content=body, headers=headers
            )
            out = {k: v for k, v in resp.headers.items() if k.lower() not in HOP}
            return resp.status_code, out, resp.content

        def _hook(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
            if self.headers.get("authorization") != "Bearer hook-token":
                return 401, {"Content-Type": "application/json"}, b'{"error":"auth"}'
            key = self.headers.get("idempotency-key") or ""
            with server.lock:
                if key in server.hook and server.hook[key] != body:
                    return 409, {"Content-Type": "application/json"}, b'{"error":"clash"}'
                created = key not in server.hook
                server.hook[key] = body
            return (201 if created else 200), {"Content-Type": "application/json"}, b"{}"

        def _answer(self, status: int, headers: dict[str, str], payload: bytes) -> None:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        def _fail(self, fault: Fault) -> None:
            kind = fault.kind
            self.close_connection = True
            if kind == "close":
                return
            if kind == "reset":
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                return
            if kind == "slow":
                time.sleep(server.slow_seconds)
                return
            if kind == "truncate":
                self.send_response(201)
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.write(b"partial")
                return
            if kind == "html":
                return self._answer(200, {"Content-Type": "text/html"}, LOGIN_PAGE)
            if kind == "redirect":
                where = "http://login.wifi.invalid/portal"
                return self._answer(302, {"Location": where}, b"")
            code = int(kind)
            headers = {"Content-Type": "text/plain"}
            if code in (429, 503):
                headers["Retry-After"] = "1"
            self._answer(code, headers, f"error {code}".encode())

    return Handler
