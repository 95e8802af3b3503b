"""The service's own settings, kept inside the (encrypted) data file's ``meta`` table.

They belong to the data, not to the laptop: the organisation's name, the worker using
this file, whether a reading needs recorded consent, how long records are kept and which
templates the service offers. Laptop preferences (language, auto-lock, window shape) live
in QSettings instead, because they hold nothing about anyone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from starapp.store.store import Store

_PREFIX = "setting."


@dataclass(frozen=True)
class ServiceSettings:
    organisation: str = ""
    worker_name: str = ""
    require_consent: bool = False
    archive_after_months: int = 0  # 0: never archive automatically
    erase_after_months: int = 0  # months after archiving; 0: never erase automatically
    template_keys: tuple[str, ...] = field(default_factory=tuple)  # empty: every template
    setup_done: bool = False  # the first-run set-up was finished or skipped


def load_settings(store: Store) -> ServiceSettings:
    rows = store.db.execute(
        "SELECT key, value FROM meta WHERE key LIKE ?", (_PREFIX + "%",)
    ).fetchall()
    stored = {key[len(_PREFIX) :]: value for key, value in rows}
    values: dict[str, object] = {}
    for f in fields(ServiceSettings):
        if f.name not in stored:
            continue
        text = stored[f.name]
        if f.type == "bool":
            values[f.name] = text == "1"
        elif f.type == "int":
            values[f.name] = int(text) if text.isdigit() else 0
        elif f.name == "template_keys":
            values[f.name] = tuple(k for k in text.split(",") if k)
        else:
            values[f.name] = text
    return ServiceSettings(**values)  # type: ignore[arg-type]


def save_settings(store: Store, settings: ServiceSettings) -> None:
    """Write every setting in one transaction, with one audit row (no values: names)."""
    rows = {}
    for f in fields(ServiceSettings):
        value = getattr(settings, f.name)
        if isinstance(value, bool):
            text = "1" if value else "0"
        elif isinstance(value, tuple):
            text = ",".join(value)
        else:
            text = str(value)
        rows[_PREFIX + f.name] = text
    with store.transaction():
        store.put_meta(rows)
        store.audit("change", "settings", "service")
