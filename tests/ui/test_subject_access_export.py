"""Subject access from the app: a readable PDF and the JSON file, named by reference."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from person_with_everything import (
    ACTION,
    ACTION_NOTE,
    AREA_NOTE,
    CONSENT_NOTE,
    NAME,
    READING_NOTE,
    REFERENCE,
    add_person_with_everything,
)
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from starapp.core.people import Withdrawal
from starapp.core.templates import builtin_template
from starapp.store import Store
from starapp.store.audit_log import AuditFilter, rows
from starapp.store.consent import withdraw_consent
from starapp.store.subject_access import subject_access
from starapp.ui.ops import Ops
from starapp.ui.subject_access_export import file_stem, subject_access_dialog
from starapp.ui.subject_access_pdf import build_document

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "people.db", create=True, actor="kim") as s:
        yield s
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()


@pytest.fixture
def shown(monkeypatch):
    """Message boxes recorded instead of shown."""
    texts: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: texts.append(text))
    return texts


def choose_folder(monkeypatch, folder: Path | None) -> None:
    answer = "" if folder is None else str(folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: answer)


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    # Ligatures ("ﬃ") back to letters; table cells wrap: compare with single spaces.
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def test_both_files_hold_everything_and_the_export_is_audited(
    qtbot, store, tmp_path, monkeypatch, shown
):
    ids = add_person_with_everything(store)
    out = tmp_path / "out"
    out.mkdir()
    choose_folder(monkeypatch, out)

    ops = Ops(store)
    subject_access_dialog(None, ops, ids.person_id)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    ops.wait_for_background()

    json_file, pdf = sorted(out.iterdir())  # nothing else: no temporary files left
    assert pdf.stem == json_file.stem and pdf.stem.startswith(REFERENCE + "-everything-")
    assert "Quillfeather" not in pdf.name
    data = json.loads(json_file.read_text(encoding="utf-8"))
    expected = subject_access(store, ids.person_id)
    for key in ("person", "readings", "actions"):
        assert data[key] == expected[key]
    export_rows = [a for a in expected["audit"] if a["action"] == "person.export"]
    assert data["audit"] == [a for a in expected["audit"] if a not in export_rows]
    assert [(r.entity_id, r.detail) for r in rows(store, AuditFilter(action="person.export"))] == [
        (ids.person_id, "subject access")
    ]

    text = pdf_text(pdf)
    life = builtin_template("life-areas")
    home = life.areas[0]
    for wanted in (
        "Everything we hold about you",
        NAME,
        REFERENCE,
        READING_NOTE,
        AREA_NOTE,
        ACTION,
        ACTION_NOTE,
        CONSENT_NOTE,
        "Keep their details and readings",  # what consent was given for, in words
        "12 Jan 2026",  # dates as people read them
        "5 Jan 2026",
        home.name,
        life.stage_for(7).name,
        "Misread",  # why the reading was corrected
        "Reading finished",  # the history, in words
        "Action plan step added",
    ):
        assert wanted in text, wanted
    assert "reading.finalise" not in text
    assert "Bob's own note" not in text and "KEEP-1" not in text
    assert shown and REFERENCE in shown[0] and pdf.name in shown[0]
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    for n in (1, 2):
        shutil.copy(tmp_path / f"page-{n}.png", SHOTS / f"subject-access-pdf-page{n}.png")


def test_a_second_export_never_overwrites_the_first(qtbot, store, tmp_path, monkeypatch, shown):
    ids = add_person_with_everything(store)
    out = tmp_path / "out"
    out.mkdir()
    choose_folder(monkeypatch, out)
    for n in (1, 2):
        subject_access_dialog(None, Ops(store), ids.person_id)
        qtbot.waitUntil(lambda n=n: len(shown) == n, timeout=30_000)
    stem = file_stem(REFERENCE, date.today())
    names = [f"{stem}.json", f"{stem}.pdf", f"{stem}-2.json", f"{stem}-2.pdf"]
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    assert all((out / name).stat().st_size > 0 for name in names)


def test_cancel_or_a_missing_folder_writes_nothing(qtbot, store, tmp_path, monkeypatch, shown):
    ids = add_person_with_everything(store)
    choose_folder(monkeypatch, None)
    subject_access_dialog(None, Ops(store), ids.person_id)
    assert shown == [] and QThreadPool.globalInstance().activeThreadCount() == 0
    choose_folder(monkeypatch, tmp_path / "unplugged-stick")
    subject_access_dialog(None, Ops(store), ids.person_id)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert "Traceback" not in shown[0]
    assert rows(store, AuditFilter(action="person.export")) == []


def test_file_names_come_from_the_reference_only():
    on = date(2026, 3, 3)
    assert file_stem("NS-0142", on) == "NS-0142-everything-2026-03-03"
    assert file_stem("NS/01 42", on) == "NS_01_42-everything-2026-03-03"
    assert file_stem("..", on) == "person-everything-2026-03-03"


def test_a_withdrawal_is_on_the_page(qtbot, store):
    ids = add_person_with_everything(store)
    withdraw_consent(store, ids.person_id, Withdrawal("2026-02-09", "Phone call", "Moved away"))
    text = build_document(subject_access(store, ids.person_id), {}, "Riverside").toPlainText()
    for wanted in ("Withdrawn on", "9 Feb 2026", "Phone call", "Moved away", AREA_NOTE):
        assert wanted in text, wanted
