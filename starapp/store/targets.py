"""Sync targets configured in the data file (secrets live in the OS keyring, never here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starapp.core.clock import new_id, utc_now
from starapp.core.errors import NotFoundError, ValidationError
from starapp.store.outbox import Outbox

if TYPE_CHECKING:
    from starapp.store.store import Store

KINDS = ("folder", "webdav", "https")


@dataclass(frozen=True)
class TargetConfig:
    id: str
    name: str
    kind: str
    location: str  # a folder path or a URL
    username: str = ""
    ca_file: str | None = None
    attention: str | None = None  # why it stopped: retrying cannot help until fixed
    attention_at: str | None = None
    last_attempt_at: str | None = None
    last_success_at: str | None = None
    last_error: str | None = None


class TargetsRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    def add(
        self,
        name: str,
        kind: str,
        location: str,
        *,
        username: str = "",
        ca_file: str | None = None,
        replace: bool = False,
    ) -> TargetConfig:
        """Add a target (or with ``replace`` change one: that clears "needs attention")."""
        name = name.strip()
        if not name:
            raise ValidationError("name", "Give the target a name.")
        if kind not in KINDS:
            raise ValidationError(
                "kind", "A target is a folder, webdav or https, not {kind}.", kind=kind
            )
        now = utc_now()
        with self._s.transaction():
            existing = self.find(name)
            if existing is not None and not replace:
                raise ValidationError(
                    "name",
                    "There is already a target called {name}. Choose another name.",
                    name=name,
                )
            values = {
                "name": name,
                "kind": kind,
                "location": location,
                "username": username,
                "ca_file": ca_file,
                "updated_at": now,
                "attention": None,
                "attention_at": None,
                "last_error": None,
            }
            if existing is None:
                tid = new_id()
                self._s.db.table("sync_targets").insert({"id": tid, "created_at": now, **values})
                self._s.audit("target.add", "target", tid, kind)
            else:
                tid = existing.id
                self._s.db.table("sync_targets").update(tid, values)
                self._s.audit("target.change", "target", tid, kind)
            outbox = Outbox(self._s)
            outbox.queue_for_target(tid)
            outbox.retry_conflicts(tid)
        return self.get(tid)

    def remove(self, name: str) -> None:
        target = self.by_name(name)
        with self._s.transaction():
            self._s.db.execute("DELETE FROM deliveries WHERE target_id = ?", (target.id,))
            self._s.db.execute("DELETE FROM sync_targets WHERE id = ?", (target.id,))
            self._s.audit("target.remove", "target", target.id)

    def all(self) -> list[TargetConfig]:
        return [_target(r) for r in self._s.db.query("SELECT * FROM sync_targets ORDER BY name")]

    def get(self, target_id: str) -> TargetConfig:
        row = self._s.one("SELECT * FROM sync_targets WHERE id = ?", (target_id,))
        if row is None:
            raise NotFoundError("That sync target is not set up in this data file.")
        return _target(row)

    def find(self, name: str) -> TargetConfig | None:
        row = self._s.one("SELECT * FROM sync_targets WHERE name = ?", (name.strip(),))
        return None if row is None else _target(row)

    def by_name(self, name: str) -> TargetConfig:
        target = self.find(name)
        if target is None:
            names = ", ".join(t.name for t in self.all())
            if not names:
                raise NotFoundError(
                    "There is no sync target called {name} (targets: none yet).", name=name
                )
            raise NotFoundError(
                "There is no sync target called {name} (targets: {names}).", name=name, names=names
            )
        return target

    def set_attention(self, target_id: str, reason: str) -> None:
        """Stop trying this target until its settings change or the user says try again."""
        with self._s.transaction():
            self._s.db.execute(
                "UPDATE sync_targets SET attention = ?, attention_at = ?, last_error = ?"
                " WHERE id = ?",
                (reason, utc_now(), reason, target_id),
            )

    def try_again(self, target_id: str | None = None) -> None:
        """The user's "try again": clear attention and make waiting deliveries due now."""
        now = utc_now()
        ids = [target_id] if target_id else [t.id for t in self.all()]
        with self._s.transaction():
            for tid in ids:
                self._s.db.execute(
                    "UPDATE sync_targets SET attention = NULL, attention_at = NULL WHERE id = ?",
                    (tid,),
                )
                self._s.db.execute(
                    "UPDATE deliveries SET next_attempt_at = ? WHERE target_id = ?"
                    " AND state IN ('pending', 'sending')",
                    (now, tid),
                )
                Outbox(self._s).retry_conflicts(tid)


def _target(row: dict[str, Any]) -> TargetConfig:
    return TargetConfig(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        location=row["location"],
        username=row["username"],
        ca_file=row["ca_file"],
        attention=row["attention"],
        attention_at=row["attention_at"],
        last_attempt_at=row["last_attempt_at"],
        last_success_at=row["last_success_at"],
        last_error=row["last_error"],
    )
