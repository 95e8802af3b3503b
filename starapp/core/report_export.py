"""Writing a service report to files: tidy CSV, JSON, and (report_xlsx) Excel.

Every writer writes to a temporary file in the target's folder and moves it into
place only when it is complete, so a failure (no permission, a full disk, a
cancel) never leaves a partial file at the target name. Problems become
``ExportError`` with a sentence saying what to do.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from starapp.core.errors import StarappError
from starapp.core.report_figures import Labeller, ServiceReport, newest_versions
from starapp.core.templates import StarTemplate

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]  # (done, total or None)
Cancelled = Callable[[], bool]
PROGRESS_EVERY = 20_000

CSV_COLUMNS = (
    "person_reference",
    "project",
    "key_worker",
    "reading_id",
    "date",
    "template_key",
    "template_version",
    "kind",
    "participation",
    "worker",
    "area_key",
    "area_name",
    "score",
    "stage",
    "not_applicable",
    "own_score",
)


class ExportError(StarappError):
    """A report file could not be written; nothing was left at the target name."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


class HeadLike(Protocol):
    """A reading as the store streams it (store.report_queries.ReadingHead)."""

    @property
    def reference(self) -> str: ...

    @property
    def project(self) -> str: ...

    @property
    def key_worker(self) -> str: ...

    @property
    def reading_id(self) -> str: ...

    @property
    def taken_on(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def participation(self) -> str: ...

    @property
    def worker(self) -> str: ...

    @property
    def template_key(self) -> str: ...

    @property
    def template_version(self) -> int: ...


AreaScore = tuple[str, int | None, bool, int | None]  # area, value, n/a, own score
ReadingScores = tuple[HeadLike, Sequence[AreaScore]]


# --- writing safely ------------------------------------------------------------------

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def explain(path: Path, exc: OSError) -> ExportError:
    """The error to raise for an OSError met while writing ``path``: one sentence."""
    folder = path.parent
    if exc.errno in _DISK_FULL:
        return ExportError(
            "The disk is full, so the report could not be written to {path}; "
            "free some space or choose another place.",
            path=path,
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            "You cannot write to {folder} (permission denied); choose another folder.",
            folder=folder,
        )
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return ExportError(
            "The folder {folder} does not exist; choose an existing folder for the report.",
            folder=folder,
        )
    if isinstance(exc, NotADirectoryError):
        return ExportError(
            "{folder} is not a folder; choose an existing folder for the report.", folder=folder
        )
    if isinstance(exc, IsADirectoryError):
        return ExportError("{path} is a folder; give a file name for the report.", path=path)
    return ExportError(
        "The report could not be written to {path} ({reason}); choose another place.",
        path=path,
        reason=exc.strerror or exc.__class__.__name__,
    )


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path in the target's folder, moved to ``target`` on success."""
    path = Path(target)
    if path.is_dir():
        raise ExportError("{path} is a folder; give a file name for the report.", path=path)
    try:
        fd, name = tempfile.mkstemp(
            dir=path.parent if str(path.parent) else ".",
            prefix=f".{path.name}.",
            suffix=".part",
        )
        os.close(fd)
    except OSError as exc:
        raise explain(path, exc) from None
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:  # the data must be on disk before the rename
            os.fsync(f.fileno())
        try:
            os.replace(tmp, path)
        except PermissionError:
            _remove(tmp)
            raise ExportError(
                "{path} could not be replaced; if it is open in another program (such as "
                "a spreadsheet), close it and try again, or choose another name.",
                path=path,
            ) from None
    except OSError as exc:
        _remove(tmp)
        log.debug("export failed", exc_info=True)
        raise explain(path, exc) from None
    except BaseException:
        _remove(tmp)
        raise


@contextmanager
def atomic_text(target: str | Path, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    with atomic_path(target) as tmp, open(tmp, "w", encoding=encoding, newline="") as f:
        yield f


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# --- CSV -----------------------------------------------------------------------------


def safe_text(value: str) -> str:
    """Typed-in text that a spreadsheet would run as a formula gets a leading quote."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class ScoreLabels:
    """Area names and stage names for score rows (newest template version of each key)."""

    def __init__(self, templates: Iterable[StarTemplate]) -> None:
        self._labels = {key: Labeller(v) for key, v in newest_versions(templates).items()}
        self._area: dict[tuple[str, str], str] = {}
        self._stage: dict[tuple[str, int | None], str] = {}

    def area(self, template_key: str, area_key: str) -> str:
        k = (template_key, area_key)
        if k not in self._area:
            labels = self._labels.get(template_key)
            self._area[k] = labels.name(area_key) if labels else area_key
        return self._area[k]

    def stage(self, template_key: str, value: int | None) -> str:
        k = (template_key, value)
        if k not in self._stage:
            labels = self._labels.get(template_key)
            self._stage[k] = labels.stage_name(value) if labels else ""
        return self._stage[k]


def tidy_rows(
    readings: Iterable[ReadingScores], labels: ScoreLabels, *, formula_safe: bool = True
) -> Iterator[list[list[Any]]]:
    """The tidy rows (CSV_COLUMNS) of each reading, one list of rows per reading.

    ``formula_safe`` quotes typed-in text that a spreadsheet would treat as a formula.
    """
    texts: dict[str, str] = {}

    def text(value: str) -> str:
        if not formula_safe:
            return value
        if value not in texts:
            texts[value] = safe_text(value)
        return texts[value]

    for h, items in readings:
        key = h.template_key
        head = [
            text(h.reference),
            text(h.project),
            text(h.key_worker),
            h.reading_id,
            h.taken_on,
            key,
            h.template_version,
            h.kind,
            h.participation,
            text(h.worker),
        ]
        yield [
            [
                *head,
                area,
                labels.area(key, area),
                value,
                labels.stage(key, value),
                "yes" if na else "no",
                own,
            ]
            for area, value, na, own in items
        ]


class _CsvText:
    """CSV text for pieces of a row, quoted exactly as csv.writer quotes whole rows."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        # The line ending must stay "\r\n": fields holding line breaks are quoted
        # because of it. It is cut off again below.
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def __call__(self, cells: Sequence[Any]) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(cells)
        return self._buffer.getvalue()[:-2]


def write_csv(
    target: str | Path,
    readings: Iterable[ReadingScores],
    templates: Sequence[StarTemplate],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write one row per score (CSV_COLUMNS), UTF-8 with a BOM for Excel; return rows.

    ``readings`` are (reading, [(area key, value, n/a), ...]) pairs, streamed. Each
    reading's own columns are quoted once, and the area columns once per distinct
    (template, area, score), so a million rows cost little more than writing them.
    """
    labels = ScoreLabels(templates)
    as_csv = _CsvText()
    ends: dict[tuple[str, str, int | None, bool, int | None], str] = {}
    count = next_tick = 0
    with atomic_text(target, encoding="utf-8-sig") as f:
        f.write(as_csv(CSV_COLUMNS) + "\r\n")
        for h, items in readings:
            key = h.template_key
            head = as_csv(
                [
                    safe_text(h.reference),
                    safe_text(h.project),
                    safe_text(h.key_worker),
                    h.reading_id,
                    h.taken_on,
                    key,
                    h.template_version,
                    h.kind,
                    h.participation,
                    safe_text(h.worker),
                ]
            )
            lines = []
            for area, value, na, own in items:
                end = ends.get((key, area, value, na, own))
                if end is None:
                    end = ends[(key, area, value, na, own)] = as_csv(
                        [
                            area,
                            labels.area(key, area),
                            value,
                            labels.stage(key, value),
                            "yes" if na else "no",
                            own,
                        ]
                    )
                lines.append(f"{head},{end}\r\n")
            f.write("".join(lines))
            count += len(lines)
            if count >= next_tick:
                _tick(count, total, progress, cancelled)
                next_tick = count + PROGRESS_EVERY
    if progress:
        progress(count, count)
    return count


def _tick(
    done: int, total: int | None, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(done, total)


# --- JSON ----------------------------------------------------------------------------


def report_json(report: ServiceReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


def write_json(target: str | Path, report: ServiceReport) -> None:
    """The figures, the filter and the definitions as one JSON document."""
    text = report_json(report)
    with atomic_text(target) as f:
        f.write(text)
