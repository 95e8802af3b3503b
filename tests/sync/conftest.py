"""Real servers for sync tests, on 127.0.0.1 with random ports: a WebDAV server
(wsgidav + cheroot, tests/webdav_server.py) with a test user, and a fault-injecting
server in front of it."""

from __future__ import annotations

import pytest
from fault_server import FaultServer
from sync_helpers import DAV_PASSWORD, DAV_USER, record_reading
from webdav_server import serve_webdav

from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.store import Store


@pytest.fixture
def dav(tmp_path):
    with serve_webdav(tmp_path / "dav-root", DAV_USER, DAV_PASSWORD) as server:
        yield server


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
