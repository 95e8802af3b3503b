"""Template versions kept in the data file. Rows are immutable once written."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from starapp.core.errors import NotFoundError, Sentence, TemplateError
from starapp.core.readings import template_id
from starapp.core.templates import (
    StarTemplate,
    builtin_templates,
    load_template,
    template_from_data,
)

if TYPE_CHECKING:
    from starapp.store.store import Store


class TemplatesRepo:
    def __init__(self, store: Store) -> None:
        self._s = store
        self._cache: dict[tuple[str, str], StarTemplate] = {}
        # Labels come back in this locale (e.g. "cy") where a template carries them; the
        # stored JSON and content hash never change with it.
        self.locale = ""

    def ensure(self, template: StarTemplate, *, builtin: bool = False) -> str:
        """Store this exact template version if it is new; return its id ("key@version").

        The same key and version with different content is refused: a reading must
        always render with the words it was taken with.
        """
        tid = template_id(template)
        row = self._s.one("SELECT content_hash FROM templates WHERE id = ?", (tid,))
        if row is not None:
            if row["content_hash"] != template.content_hash:
                different = Sentence(
                    "this data file already has a different '{key}' version {version}; "
                    "raise the version number",
                    {"key": template.key, "version": template.version},
                )
                raise TemplateError(template.source or tid, [("version", different)])
            return tid
        with self._s.transaction():
            self._s.db.table("templates").insert(
                {
                    **self._s.stamp(),
                    "id": tid,
                    "key": template.key,
                    "version": template.version,
                    "name": template.raw["name"],  # the main text, whatever the locale
                    "content_hash": template.content_hash,
                    "json": template.to_json(),
                    "builtin": int(builtin),
                }
            )
            self._s.audit("template.import", "template", tid)
            self._s.enqueue("template", tid)
        return tid

    def import_file(self, path: str | Path) -> StarTemplate:
        template = load_template(path)
        self.ensure(template)
        return template

    def get(self, tid: str) -> StarTemplate:
        key = (tid, self.locale)
        if key not in self._cache:
            row = self._s.one("SELECT json FROM templates WHERE id = ?", (tid,))
            if row is None:
                raise NotFoundError(
                    "The template {template} is not in this data file.", template=tid
                )
            self._cache[key] = _parse_stored(row["json"], tid).localized(self.locale)
        return self._cache[key]

    def available(self) -> list[StarTemplate]:
        """The newest version of every template: the shipped ones and any imported."""
        newest = {t.key: t.localized(self.locale) for t in builtin_templates()}
        for row in self._s.db.query("SELECT id, version, key FROM templates ORDER BY version"):
            current = newest.get(row["key"])
            if current is None or row["version"] > current.version:
                newest[row["key"]] = self.get(row["id"])
        return sorted(newest.values(), key=lambda t: t.name.lower())


@lru_cache(maxsize=64)
def _parse_stored(text: str, tid: str) -> StarTemplate:
    return template_from_data(json.loads(text), tid)
