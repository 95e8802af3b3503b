"""Replacing the trusted service key never strands a reading.

The laptop cannot re-encrypt what it sealed to the old key, and the manager may have
lost the old identity. So trusting a different key withdraws every bundle not yet
delivered and queues one full bundle of the whole file, sealed to the new key, in one
transaction; a manager holding only the new identity then ends with every reading.
A failure midway changes nothing. Real files, real age (pyrage) and the loopback
WebDAV server.
"""

from __future__ import annotations

import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import webdav_server
from engine_helpers import add_dav_target, sync_until_done
from sync_helpers import DAV_PASSWORD, DAV_USER, record_reading

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.store.outbox import Outbox
from starapp.store.service_keys import store_identity, trusted_recipients
from starapp.store.targets import TargetsRepo
from starapp.sync import outbox as sync_outbox
from starapp.sync.bundle_crypto import SEALED_SUFFIX, create_key_pair, open_sealed
from starapp.sync.errors import BundleRejected
from starapp.sync.importer import import_paths
from starapp.sync.outbox import make_bundle, trust_service_key


@pytest.fixture
def old():
    return create_key_pair()


@pytest.fixture
def new():
    return create_key_pair()


def final_readings(store: Store) -> dict[str, list[tuple[str, int | None]]]:
    """Every finalised reading with its scores: what the manager's copy must end with."""
    found: dict[str, list[tuple[str, int | None]]] = {}
    for row in store.db.query(
        "SELECT r.id, s.area_key, s.value FROM readings AS r JOIN scores AS s"
        " ON s.reading_id = r.id WHERE r.status = 'final' ORDER BY r.id, s.area_key"
    ):
        found.setdefault(row["id"], []).append((row["area_key"], row["value"]))
    return found


def dump(store: Store) -> list[str]:
    return list(store.db.conn.iterdump())


def test_a_manager_holding_only_the_new_key_ends_with_every_reading(
    worker, old, new, life, dav, tmp_path
):
    trust_service_key(worker, [old.recipient])
    person = worker.people.add(PersonDraft(reference="W-003", name="Cal"))
    step = worker.actions.add(person.id, life.areas[0].key, "Ring the housing office")
    target = add_dav_target(worker, dav.url + "/charity")
    sync_until_done(worker, {"cloud": DAV_PASSWORD})  # delivered, sealed to the old key
    # Made while the server was out of reach: still waiting, sealed to the old key.
    record_reading(worker, person.id, life, "2025-06-01", 3)
    worker.actions.delete(step.id)
    first = make_bundle(worker, [target.id])
    record_reading(worker, person.id, life, "2025-09-01", 8)
    second = make_bundle(worker, [target.id])
    record_reading(worker, person.id, life, "2025-12-01", 9)  # not in a bundle yet
    assert first is not None and second is not None
    waiting = worker.stats()["waiting_changes"]

    trusted = trust_service_key(worker, [new.recipient])

    assert trusted.replaced == 2 and trusted.catch_up is not None
    assert trusted_recipients(worker) == [new.recipient]
    outbox = Outbox(worker)
    (full,) = outbox.undelivered_bundles()
    assert full.id == trusted.catch_up.id and full.kind == "full"
    assert full.seq > second.seq and full.file_name.endswith(SEALED_SUFFIX)
    assert [d.target_id for d in outbox.deliveries(full.id)] == [target.id]
    assert outbox.deliveries(first.id) == [] and outbox.deliveries(second.id) == []
    assert worker.stats()["waiting_changes"] == waiting  # their changes still owed
    owed = worker.db.execute(
        "SELECT DISTINCT bundle_id FROM outbox WHERE state != 'delivered'"
    ).fetchall()
    assert owed == [(full.id,)]
    assert str(trusted.sentence()) == (
        "The 2 bundles waiting to be sent were made again for the new key; the next one "
        "carries everything in this file so the manager's copy catches up."
    )
    with pytest.raises(BundleRejected, match="not addressed"):  # not to the old identity
        open_sealed(full.data, [old.identity])

    sync_until_done(worker, {"cloud": DAV_PASSWORD})
    assert outbox.undelivered_bundles() == []
    assert worker.stats()["waiting_changes"] == 0

    with Store.open(tmp_path / "new-manager.db", create=True, actor="m") as manager:
        store_identity(manager, new.identity)
        outcomes = import_paths(manager, [dav.root])
        assert sorted(o.status for o in outcomes) == ["imported", "refused"]
        (refused,) = [o for o in outcomes if o.status == "refused"]
        assert "not addressed to this service's key" in str(refused.reason)
        assert final_readings(manager) == final_readings(worker)
        assert len(final_readings(manager)) == 6
        assert manager.stats()["action_steps"] == 0  # the deletion came too

    # A manager who kept the old identity as well imports both; the merge is idempotent.
    with Store.open(tmp_path / "both-manager.db", create=True, actor="m") as manager:
        store_identity(manager, new.identity)
        outcomes = import_paths(manager, [dav.root], identities=[old.identity])
        assert [o.status for o in outcomes] == ["imported", "imported"]
        assert final_readings(manager) == final_readings(worker)
        assert manager.stats()["action_steps"] == 0
        again = import_paths(manager, [dav.root], identities=[old.identity])
        assert [o.status for o in again] == ["already imported"] * 2


def test_only_a_changed_key_set_makes_a_full_bundle(worker, old, new):
    assert make_bundle(worker, []) is not None
    first = trust_service_key(worker, [old.recipient])
    assert (first.sealed, first.replaced, first.catch_up) == (1, 0, None)
    assert str(first.sentence()) == "The bundle waiting to be sent was encrypted too."
    (waiting,) = Outbox(worker).undelivered_bundles()
    same = trust_service_key(worker, [old.recipient])
    assert same.catch_up is None and same.sentence() is None
    assert Outbox(worker).undelivered_bundles() == [waiting]

    # Adding a recovery key changes the set: its holder must be able to read everything.
    both = [old.recipient, new.recipient]
    added = trust_service_key(worker, both)
    assert added.replaced == 1 and added.catch_up is not None
    again = trust_service_key(worker, list(reversed(both)))  # the same keys, another order
    assert again.catch_up is None and again.sentence() is None
    assert Outbox(worker).undelivered_bundles() == [added.catch_up]


def test_a_new_key_with_nothing_waiting_still_sends_everything(worker, old, new, tmp_path):
    trust_service_key(worker, [old.recipient])
    share = tmp_path / "share"
    share.mkdir()
    TargetsRepo(worker).add("share", "folder", str(share))
    sync_until_done(worker, {})  # everything delivered under the old key
    assert Outbox(worker).undelivered_bundles() == []

    trusted = trust_service_key(worker, [new.recipient])
    assert trusted.replaced == 0 and trusted.catch_up is not None
    assert str(trusted.sentence()).startswith("The next bundle carries everything in this file")
    sync_until_done(worker, {})
    with Store.open(tmp_path / "manager.db", create=True, actor="m") as manager:
        store_identity(manager, new.identity)
        import_paths(manager, [share])
        assert final_readings(manager) == final_readings(worker)


def waiting_under_the_old_key(worker, old, life, tmp_path) -> None:
    trust_service_key(worker, [old.recipient])
    target = TargetsRepo(worker).add("share", "folder", str(tmp_path / "share"))
    person = worker.people.add(PersonDraft(reference="W-004", name="Dee"))
    assert make_bundle(worker, [target.id]) is not None
    record_reading(worker, person.id, life, "2025-07-07", 2)
    assert make_bundle(worker, [target.id]) is not None
    record_reading(worker, person.id, life, "2025-08-08", 6)  # pending


def test_a_failing_full_bundle_build_changes_nothing(worker, old, new, life, tmp_path, monkeypatch):
    waiting_under_the_old_key(worker, old, life, tmp_path)
    before = dump(worker)
    readings = final_readings(worker)

    def disk_gone(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sync_outbox, "build_bundle", disk_gone)
    with pytest.raises(OSError):
        trust_service_key(worker, [new.recipient])
    assert dump(worker) == before
    assert trusted_recipients(worker) == [old.recipient]
    assert len(Outbox(worker).undelivered_bundles()) == 2
    assert final_readings(worker) == readings and len(readings) == 5


def test_a_write_refused_after_the_withdrawal_changes_nothing(worker, old, new, life, tmp_path):
    """The old bundles are deleted before the full one is stored: the database refusing
    that insert (as a full disk would) must roll the deletion back too."""
    waiting_under_the_old_key(worker, old, life, tmp_path)
    worker.db.execute(
        "CREATE TRIGGER refuse_full BEFORE INSERT ON bundles WHEN NEW.kind = 'full'"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    before = dump(worker)
    with pytest.raises(sqlite3.IntegrityError, match="disk is full"):
        trust_service_key(worker, [new.recipient])
    assert dump(worker) == before
    assert trusted_recipients(worker) == [old.recipient]
    assert len(Outbox(worker).undelivered_bundles()) == 2
    assert not worker.db.conn.in_transaction

    worker.db.execute("DROP TRIGGER refuse_full")  # the disk has room again: it works
    assert trust_service_key(worker, [new.recipient]).replaced == 2


# --- Content-Type: what the servers received ------------------------------------------


@pytest.fixture
def recorded_dav(tmp_path, monkeypatch):
    """The loopback WebDAV server, noting the Content-Type of every PUT it receives."""
    received: list[tuple[str, str | None]] = []
    real = webdav_server.WsgiDAVApp

    def recording(config):
        app = real(config)

        def listen(environ, start_response):
            if environ["REQUEST_METHOD"] == "PUT":
                received.append((environ["PATH_INFO"], environ.get("CONTENT_TYPE")))
            return app(environ, start_response)

        return listen

    monkeypatch.setattr(webdav_server, "WsgiDAVApp", recording)
    with webdav_server.serve_webdav(tmp_path / "dav-root", DAV_USER, DAV_PASSWORD) as server:
        yield server, received


@pytest.fixture
def recorded_hook():
    """A loopback HTTPS-target endpoint (plain HTTP on 127.0.0.1) noting each POST."""
    received: list[tuple[str | None, str | None]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.headers["X-Starapp-File-Name"], self.headers["Content-Type"]))
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/hook", received
    httpd.shutdown()
    httpd.server_close()


def test_sealed_bundles_go_as_octet_stream_and_plain_ones_as_zip(
    worker, old, life, recorded_dav, recorded_hook
):
    dav, put = recorded_dav
    hook_url, posted = recorded_hook
    add_dav_target(worker, dav.url + "/charity")
    TargetsRepo(worker).add("hook", "https", hook_url)
    secrets = {"cloud": DAV_PASSWORD, "hook": "hook-token"}
    sync_until_done(worker, secrets)  # plain
    trust_service_key(worker, [old.recipient])
    person = worker.people.add(PersonDraft(reference="W-005", name="Eli"))
    record_reading(worker, person.id, life, "2025-05-05")
    sync_until_done(worker, secrets)  # sealed

    def kinds(received):  # a PUT is repeated after making the folder: count names once
        return sorted({(name.endswith(SEALED_SUFFIX), kind) for name, kind in received})

    expected = [(False, "application/zip"), (True, "application/octet-stream")]
    assert kinds((path.rsplit("/", 1)[1], kind) for path, kind in put) == expected
    assert kinds(posted) == expected


def test_a_key_replaced_while_the_engine_delivers_loses_nothing(worker, old, new, life, tmp_path):
    """The sync thread has listed its deliveries when the dialog's thread replaces the
    key: the withdrawn bundles it still holds are skipped, the full one goes next."""
    from engine_helpers import engine_for

    from starapp.sync.targets import open_target

    trust_service_key(worker, [old.recipient])
    share = tmp_path / "share"
    share.mkdir()
    target = TargetsRepo(worker).add("share", "folder", str(share))
    assert make_bundle(worker, [target.id]) is not None
    person = worker.people.add(PersonDraft(reference="W-006", name="Fin"))
    record_reading(worker, person.id, life, "2025-11-11")
    assert make_bundle(worker, [target.id]) is not None

    class ReplacedMidway:
        def __init__(self, inner):
            self.inner, self.calls = inner, 0

        def deliver(self, bundle, source_install):
            self.calls += 1
            if self.calls == 1:
                with worker.reopen() as other:
                    assert trust_service_key(other, [new.recipient]).replaced == 2
            return self.inner.deliver(bundle, source_install)

        def close(self):
            self.inner.close()

    engine = engine_for(worker)
    engine.opener = lambda config, secret: ReplacedMidway(open_target(config, secret))
    engine.run_once(make_now=False)
    sync_until_done(worker, {})
    with Store.open(tmp_path / "manager.db", create=True, actor="m") as manager:
        store_identity(manager, new.identity)
        import_paths(manager, [share])
        assert final_readings(manager) == final_readings(worker)
