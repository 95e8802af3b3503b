"""Making bundle bytes: a zip with manifest.json, records.json and CSV copies.

The same records and manifest fields always give the same bytes: members in a fixed
order, fixed timestamps and attributes, JSON with sorted keys, records sorted by id.
The format is described in docs/bundle-format.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starapp import __version__
from starapp.core.clock import new_id, utc_now

FORMAT = "starapp-bundle"
# The newest format this app reads: 2 added scores' own_value; 3 added people's consent
# purposes, consent withdrawal and archive day.
FORMAT_VERSION = 3
MANIFEST = "manifest.json"
RECORDS = "records.json"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 6

Records = dict[str, list[dict[str, Any]]]

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "people.csv": (
        "id", "reference", "name", "date_of_birth", "project", "key_worker", "consent_given",
        "consent_date", "consent_method", "consent_note", "archived", "created_at",
        "updated_at", "origin",
    ),
    "readings.csv": (
        "id", "person_id", "template_id", "taken_on", "worker", "kind", "participation",
        "notes", "amends", "amend_reason", "finalised_at", "created_at", "updated_at",
        "origin",
    ),
    "scores.csv": ("reading_id", "area", "value", "not_applicable", "note"),
    "actions.csv": (
        "id", "person_id", "reading_id", "area_key", "description", "owner", "owner_name",
        "due_on", "status", "notes", "created_at", "updated_at", "origin",
    ),
    "tombstones.csv": ("entity", "id", "deleted_at", "origin"),
}  # fmt: skip
MEMBER_ORDER = (MANIFEST, RECORDS, *CSV_COLUMNS)


@dataclass(frozen=True)
class BuiltBundle:
    id: str
    seq: int
    created_at: str
    kind: str
    file_name: str
    data: bytes
    sha256: str
    counts: dict[str, int]
    manifest: dict[str, Any]


def bundle_file_name(source_install: str, seq: int, bundle_id: str) -> str:
    """Unique and sortable: every install writes its own numbered series."""
    return f"starapp-{source_install[:8]}-{seq:06d}-{bundle_id}.zip"


def counts_of(records: Records) -> dict[str, int]:
    return {
        "people": len(records["people"]),
        "readings": len(records["readings"]),
        "scores": sum(len(r["scores"]) for r in records["readings"]),
        "actions": len(records["actions"]),
        "templates": len(records["templates"]),
        "tombstones": len(records["tombstones"]),
    }


def format_version_of(records: Records) -> int:
    """3 if a person carries the format 3 fields (store/bundle_records.py), else 2 if a
    score carries an own score, else 1, so an older starapp still imports every bundle
    that holds nothing it cannot read."""
    if any("consent_purposes" in p for p in records["people"]):
        return 3
    own = any("own_value" in s for r in records["readings"] for s in r["scores"])
    return 2 if own else 1


def build_bundle(
    records: Records,
    *,
    source_install: str,
    seq: int,
    kind: str = "changes",
    bundle_id: str | None = None,
    created_at: str | None = None,
) -> BuiltBundle:
    bundle_id = bundle_id or new_id()
    created_at = created_at or utc_now()
    members: dict[str, bytes] = {RECORDS: canonical_bytes(records)}
    members.update(_csv_members(records))
    counts = counts_of(records)
    manifest = {
        "format": FORMAT,
        "format_version": format_version_of(records),
        "bundle_id": bundle_id,
        "source_install": source_install,
        "sequence": seq,
        "created_at": created_at,
        "kind": kind,
        "app_version": __version__,
        "counts": counts,
        "members": [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        ],
    }
    members[MANIFEST] = (
        json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    ).encode("utf-8")
    data = _zip(members)
    return BuiltBundle(
        id=bundle_id,
        seq=seq,
        created_at=created_at,
        kind=kind,
        file_name=bundle_file_name(source_install, seq, bundle_id),
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        counts=counts,
        manifest=manifest,
    )


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def write_file_atomically(folder: Path, name: str, data: bytes) -> Path:
    """Temp name in the same folder, fsync, rename, fsync the folder: a reader (or a
    cloud-drive client) never sees half a file, and a crash leaves at most a temp file."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    temp = folder / f".{name}.{new_id()[:8]}.partial"
    try:
        with open(temp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, final)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return final


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse; the data itself was synced
    finally:
        os.close(fd)


# --- members --------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in MEMBER_ORDER:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            zf.writestr(info, members[name], compresslevel=COMPRESS_LEVEL)
    return buf.getvalue()


def _csv_members(records: Records) -> dict[str, bytes]:
    scores = ({"reading_id": r["id"], **s} for r in records["readings"] for s in r["scores"])
    sources: dict[str, Iterable[dict[str, Any]]] = {
        "people.csv": records["people"],
        "readings.csv": records["readings"],
        "scores.csv": scores,
        "actions.csv": records["actions"],
        "tombstones.csv": records["tombstones"],
    }
    return {name: _csv(CSV_COLUMNS[name], rows) for name, rows in sources.items()}


def _csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    cell: Callable[[Any], str] = _cell
    writer.writerows([cell(row[c]) for c in columns] for row in rows)
    # A byte-order mark so spreadsheet programs read the text as UTF-8.
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    # A spreadsheet would run a cell starting with these as a formula: show it as text.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
