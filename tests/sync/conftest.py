"""Real servers for sync tests, on 127.0.0.1 with random ports: a WebDAV server
(wsgidav + cheroot) with a test user, and a fault-injecting server in front of it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from cheroot import wsgi
from fault_server import FaultServer
from sync_helpers import DAV_PASSWORD, DAV_USER, record_reading
from wsgidav.wsgidav_app import WsgiDAVApp

from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.store import Store


@dataclass
class DavServer:
    url: str  # base URL of the share, e.g. http://127.0.0.1:PORT/dav
    root: Path  # the folder the server stores files in

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*.zip") if p.is_file())


@pytest.fixture
def dav(tmp_path):
    root = tmp_path / "dav-root"
    root.mkdir()
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
        "simple_dc": {"user_mapping": {"*": {DAV_USER: {"password": DAV_PASSWORD}}}},
        "verbose": 0,
        "logging": {"enable": False, "enable_loggers": []},
        "lock_storage": True,
    }
    server = wsgi.Server(("127.0.0.1", 0), WsgiDAVApp(config))
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield DavServer(f"http://127.0.0.1:{server.bind_addr[1]}/dav", root)
    server.stop()
    thread.join(timeout=10)


@pytest.fixture
def faulty_dav(dav):
    """The WebDAV server behind a fault injector; ``.dav`` is the server itself."""
    proxy = FaultServer(upstream=dav.url.rsplit("/dav", 1)[0], slow_seconds=1.0).start()
    proxy.dav = dav  # type: ignore[attr-defined]
    yield proxy
    proxy.stop()


@pytest.fixture
def hook_server():
    """A webhook endpoint (token "hook-token") behind the fault injector."""
    server = FaultServer(upstream=None, slow_seconds=1.0).start()
    yield server
    server.stop()


@pytest.fixture
def life():
    return builtin_template("life-areas")


@pytest.fixture
def worker(tmp_path, life):
    """A worker's data file with two people and three finalised readings."""
    store = Store.open(tmp_path / "worker.db", create=True, actor="kim")
    a = store.people.add(PersonDraft(reference="W-001", name="Ash"))
    b = store.people.add(PersonDraft(reference="W-002", name="Bea"))
    record_reading(store, a.id, life, "2025-01-10")
    record_reading(store, a.id, life, "2025-04-10", 7)
    record_reading(store, b.id, life, "2025-02-01")
    yield store
    store.close()


@pytest.fixture
def manager(tmp_path):
    store = Store.open(tmp_path / "manager.db", create=True, actor="manager")
    yield store
    store.close()
