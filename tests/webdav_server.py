"""A real WebDAV server (wsgidav + cheroot) on 127.0.0.1 with a random port and one
test user, for the sync tests and the sync UI tests (each has a ``dav`` fixture)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

DAV_USER, DAV_PASSWORD = "worker", "correct horse battery"


@dataclass
class DavServer:
    url: str  # base URL of the share, e.g. http://127.0.0.1:PORT/dav
    root: Path  # the folder the server stores files in

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*.zip") if p.is_file())


@contextmanager
def serve_webdav(
    root: Path, user: str = DAV_USER, password: str = DAV_PASSWORD
) -> Iterator[DavServer]:
    root.mkdir(parents=True, exist_ok=True)
    config = {
        "host": "127.0.0.1",
        "port": 0,
        "provider_mapping": {"/dav": str(root)},
        "http_authenticator": {
            "domain_controller": None,
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
        "verbose": 0,
        "logging": {"enable": False, "enable_loggers": []},
        "lock_storage": True,
    }
    server = wsgi.Server(("127.0.0.1", 0), WsgiDAVApp(config))
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield DavServer(f"http://127.0.0.1:{server.bind_addr[1]}/dav", root)
    finally:
        server.stop()
        thread.join(timeout=10)
