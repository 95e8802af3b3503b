"""Subject access in the app: "Export everything about this person…".

One action asks for a folder and writes two files named from the person's reference
(never their name, which would show in folder listings): a PDF for the person to read
and the JSON file (store/subject_access.py) that the PDF is drawn from. The export is
recorded in the audit log once both files are in place.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from starapp.core.errors import StarappError
from starapp.core.report_export import atomic_text
from starapp.core.templates import StarTemplate
from starapp.store import Store
from starapp.store.subject_access import dumps, subject_access
from starapp.ui.ops import Ops, show_error
from starapp.ui.pdf_output import default_paper, service_name
from starapp.ui.subject_access_pdf import write_subject_access_pdf
from starapp.ui.translation import tr as _tr

FOLDER_KEY = "subjectAccess/folder"  # the last folder chosen (a path, nothing personal)


def file_stem(reference: str, on: date) -> str:
    """``NS-0142-everything-2026-03-03``: characters unsafe in file names become '_'."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in reference.strip())
    return f"{safe.strip('.') or 'person'}-everything-{on.isoformat()}"


def _free_stem(folder: Path, stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3``…: never overwrite an earlier export."""
    candidate, n = stem, 1
    while any((folder / f"{candidate}{ext}").exists() for ext in (".pdf", ".json")):
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def export_subject_access(
    store: Store, person_id: str, folder: Path, service: str, paper: str = "A4"
) -> tuple[Path, Path]:
    """Write the PDF and the JSON file into ``folder``; returns (pdf, json)."""
    data = subject_access(store, person_id)
    templates: dict[str, StarTemplate] = {}
    for reading in data["readings"]:
        tid = reading["template_id"]
        if tid not in templates:
            # A missing template: the scores are still listed, without stage names.
            with contextlib.suppress(StarappError):
                templates[tid] = store.templates.get(tid)
    stem = _free_stem(folder, file_stem(data["person"]["reference"], date.today()))
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    with atomic_text(json_path) as f:
        f.write(dumps(data))
    try:
        write_subject_access_pdf(pdf_path, data, templates, service, paper)
    except BaseException:
        json_path.unlink(missing_ok=True)  # both files or neither
        raise
    with store.transaction():
        store.audit("person.export", "person", person_id, "subject access")
    return pdf_path, json_path


def subject_access_dialog(parent: QWidget | None, ops: Ops, person_id: str) -> None:
    """Ask for a folder, then write both files on a worker thread (a PDF with many
    stars takes seconds) behind a busy dialog, and say where they are. A failure is
    shown as a sentence; cancelling writes nothing."""
    try:
        person = ops.store.people.get(person_id)
    except StarappError as exc:
        show_error(parent, exc)
        return
    settings = QSettings()
    start = str(settings.value(FOLDER_KEY, "") or QDir.homePath())
    folder = QFileDialog.getExistingDirectory(
        parent,
        _tr("Choose a folder for everything about {reference}").format(reference=person.reference),
        start,
    )
    if not folder:
        return
    settings.setValue(FOLDER_KEY, folder)
    busy = QProgressDialog(
        _tr("Writing everything about {reference}…").format(reference=person.reference),
        "",
        0,
        0,
        parent,
    )
    busy.setObjectName("subjectAccessProgress")
    busy.setWindowTitle(_tr("Export everything"))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(300)
    service, paper = service_name(ops.store), default_paper()

    def done(paths: tuple[Path, Path]) -> None:
        busy.reset()
        busy.deleteLater()
        pdf, json_file = paths
        QMessageBox.information(
            parent,
            _tr("Export finished"),
            _tr(
                "Everything held about {reference} is now in {folder}:\n\n"
                "• {pdf} — to read or print\n"
                "• {json} — the same, for computers\n\n"
                "These files hold personal information. Give them to the person securely and "
                "delete copies you no longer need."
            ).format(reference=person.reference, folder=folder, pdf=pdf.name, json=json_file.name),
        )

    def failed(exc: BaseException) -> None:
        busy.reset()
        busy.deleteLater()
        show_error(parent, exc)

    ops.run_on_own_connection(
        lambda worker: export_subject_access(worker, person_id, Path(folder), service, paper),
        done,
        failed,
    )
