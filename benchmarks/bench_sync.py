"""Sync figures against floors measured in the same run (DESIGN.md, "Performance habits").

1. Deliver 200 queued bundles to a loopback WebDAV server (wsgidav + cheroot) through
   the sync engine, vs plain httpx PUTs of the same bytes. Target: within 1.5x.
2. Import the full export of N people (demo data, ~12 readings each), vs a raw sqlite3
   insert of the same rows into the same schema. Target: < 30 s and within 3x.
3. The same export and import encrypted and signed (the worker's file trusting a
   service key, the manager's file holding its identity), vs the plain ones above.

    python benchmarks/bench_sync.py [--people 10000] [--bundles 200]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.store.migrations import MIGRATIONS
from starapp.store.outbox import Outbox
from starapp.store.service_keys import store_identity, trust_recipients
from starapp.store.targets import TargetsRepo
from starapp.sync.bundle_crypto import create_key_pair
from starapp.sync.bundle_reader import read_bundle
from starapp.sync.engine import SyncEngine
from starapp.sync.importer import import_bundle
from starapp.sync.outbox import export_bundles, make_bundle

USER, PASSWORD = "bench", "bench-password"


def start_dav(root: Path) -> tuple[str, wsgi.Server]:
    config = {
        "host": "127.0.0.1",
        "port": 0,
        "provider_mapping": {"/dav": str(root)},
        "http_authenticator": {"domain_controller": None, "accept_basic": True,
                               "accept_digest": False, "default_to_digest": False},
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "verbose": 0,
        "logging": {"enable": False, "enable_loggers": []},
        "lock_storage": True,
    }  # fmt: skip
    server = wsgi.Server(("127.0.0.1", 0), WsgiDAVApp(config))
    server.prepare()
    threading.Thread(target=server.serve, daemon=True).start()
    return f"http://127.0.0.1:{server.bind_addr[1]}/dav", server


def bench_delivery(work: Path, count: int) -> list[tuple[str, float, str]]:
    root = work / "dav"
    root.mkdir()
    url, server = start_dav(root)
    store = Store.open(work / "worker.db", create=True, actor="bench")
    target = TargetsRepo(store).add("cloud", "webdav", url + "/in", username=USER)
    for i in range(count):
        store.people.add(PersonDraft(reference=f"B-{i:04d}", name=f"Bench {i}"))
        make_bundle(store, [target.id])
    bundles = [b for b in Outbox(store).undelivered_bundles() if b.data]
    total_bytes = sum(len(b.data or b"") for b in bundles)

    engine = SyncEngine(store, secrets={"cloud": PASSWORD}, rng=random.Random(1))
    started = time.perf_counter()
    result = engine.run_once(make_now=False)
    engine_s = time.perf_counter() - started
    assert result.delivered == count, result.problems

    with httpx.Client(auth=(USER, PASSWORD), trust_env=False) as client:
        client.request("MKCOL", url + "/plain")
        started = time.perf_counter()
        for b in bundles:
            r = client.put(f"{url}/plain/{b.file_name}", content=b.data)
            assert r.status_code == 201
        plain_s = time.perf_counter() - started
    store.close()
    server.stop()
    return [
        (f"{count} bundles via sync engine ({total_bytes // 1024} KiB)", engine_s, ""),
        (f"{count} plain httpx PUTs (floor)", plain_s, ""),
        ("ratio engine / floor (target <= 1.5)", engine_s / plain_s, "x"),
    ]


def bench_import(work: Path, people: int) -> list[tuple[str, float, str]]:
    store = Store.open(work / "big.db", create=True, actor="bench")
    fill_demo(store, people=people, seed=1)
    started = time.perf_counter()
    path = export_bundles(store, work / "out", full=True).paths[-1]
    export_s = time.perf_counter() - started
    keys = create_key_pair()
    trust_recipients(store, [keys.recipient])
    started = time.perf_counter()
    sealed = export_bundles(store, work / "sealed", full=True).paths[-1]
    sealed_export_s = time.perf_counter() - started
    store.close()
    bundle = read_bundle(path)
    records = bundle.records
    n_readings = len(records["readings"])
    n_scores = sum(len(r["scores"]) for r in records["readings"])

    import_s = timed_import(work / "manager.db", path, None)
    sealed_import_s = timed_import(work / "manager-keys.db", sealed, keys.identity)

    floor_s = raw_insert(work / "raw.db", records)
    kib = path.stat().st_size // 1024
    sealed_kib = sealed.stat().st_size // 1024
    return [
        (f"export --all of {people} people ({kib} KiB)", export_s, "s"),
        (f"import: {people} people, {n_readings} readings, {n_scores} scores", import_s, "s"),
        ("raw sqlite3 insert of the same rows (floor)", floor_s, "s"),
        ("ratio import / floor (target <= 3, and import < 30 s)", import_s / floor_s, "x"),
        (f"export --all encrypted + signed ({sealed_kib} KiB)", sealed_export_s, "s"),
        ("import encrypted + signed", sealed_import_s, "s"),
        ("ratio encrypted / plain export", sealed_export_s / export_s, "x"),
        ("ratio encrypted / plain import", sealed_import_s / import_s, "x"),
        ("ratio encrypted import / floor", sealed_import_s / floor_s, "x"),
    ]


def timed_import(data: Path, bundle: Path, identity: str | None) -> float:
    manager = Store.open(data, create=True, actor="bench")
    if identity is not None:
        store_identity(manager, identity)
    started = time.perf_counter()
    outcome = import_bundle(manager, bundle)
    took = time.perf_counter() - started
    assert outcome.status == "imported", outcome.reason
    manager.close()
    return took


def raw_insert(path: Path, records: dict) -> float:
    """The same rows into the same schema with the same durability, by plain executemany."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    for migration in MIGRATIONS:
        for statement in migration.split(";"):
            if statement.strip():
                conn.execute(statement)
    started = time.perf_counter()
    conn.execute("BEGIN")
    for t in records["templates"]:
        conn.execute(
            "INSERT INTO templates (id, created_at, updated_at, origin, key, version, name,"
            " content_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (t["id"], t["created_at"], t["created_at"], t["origin"], t["key"], t["version"],
             t["json"]["name"], t["content_hash"], json.dumps(t["json"])),
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO people (id, reference, name, date_of_birth, project, key_worker,"
        " consent_given, consent_date, consent_method, consent_note, archived, created_at,"
        " updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(p["id"], p["reference"], p["name"], p["date_of_birth"], p["project"], p["key_worker"],
          p["consent_given"], p["consent_date"], p["consent_method"], p["consent_note"],
          p["archived"], p["created_at"], p["updated_at"], p["origin"])
         for p in records["people"]],
    )  # fmt: skip
    readings = sorted(records["readings"], key=lambda r: r["amends"] is not None)
    conn.executemany(
        "INSERT INTO readings (id, person_id, template_id, taken_on, worker, kind,"
        " participation, status, notes, amends, amend_reason, amend_changes, finalised_at,"
        " created_at, updated_at, origin) VALUES"
        " (?, ?, ?, ?, ?, ?, ?, 'final', ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r["id"], r["person_id"], r["template_id"], r["taken_on"], r["worker"], r["kind"],
          r["participation"], r["notes"], r["amends"], r["amend_reason"],
          json.dumps(r["amend_changes"]), r["finalised_at"], r["created_at"], r["updated_at"],
          r["origin"]) for r in readings],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO scores (reading_id, area_key, value, not_applicable, note, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(r["id"], s["area"], s["value"], s["not_applicable"], s["note"], r["finalised_at"])
         for r in readings for s in r["scores"]],
    )  # fmt: skip
    conn.execute("COMMIT")
    took = time.perf_counter() - started
    conn.close()
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--bundles", type=int, default=200)
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "a").mkdir()
        (work / "b").mkdir()
        rows += bench_delivery(work / "a", args.bundles)
        rows += bench_import(work / "b", args.people)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  value")
    for name, value, unit in rows:
        shown = f"{value:.2f}x" if unit == "x" else f"{value:.2f} s"
        print(f"{name:<{width}}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
