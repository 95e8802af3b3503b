"""Report files: tidy CSV, JSON, Excel; written whole or not at all."""

from __future__ import annotations

import csv
import errno
import json
from pathlib import Path
from typing import NamedTuple

import pytest
from openpyxl import load_workbook
from report_fixtures import PEOPLE, READINGS, T1, T2, TEMPLATES

from starapp.core import report_xlsx
from starapp.core.report_export import (
    CSV_COLUMNS,
    ExportCancelled,
    ExportError,
    ScoreLabels,
    atomic_text,
    explain,
    tidy_rows,
    write_csv,
    write_json,
)
from starapp.core.report_filters import ReportFilter
from starapp.core.report_xlsx import write_xlsx
from starapp.core.reports import records_from_readings, report_from_records

RECORDS = records_from_readings(PEOPLE, READINGS)
REPORT = report_from_records(RECORDS, TEMPLATES, ReportFilter(), generated_at="2024-08-01")


class Head(NamedTuple):
    reference: str
    project: str
    key_worker: str
    reading_id: str
    taken_on: str
    kind: str
    participation: str
    worker: str
    template_key: str
    template_version: int


def rows(records=RECORDS):
    """(reading, scores) pairs as the store streams them."""
    for r in records:
        head = Head(
            r.reference, r.project, r.key_worker, r.reading_id, r.taken_on, r.kind,
            r.participation, r.worker, r.template_key, r.template_version,
        )  # fmt: skip
        yield (
            head,
            [(s.area_key, s.value, s.not_applicable, s.own_value) for s in r.scores.values()],
        )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_is_tidy_with_names_and_stages(tmp_path):
    out = tmp_path / "r.csv"
    assert write_csv(out, rows(), TEMPLATES) == 25
    data = read_csv(out)
    assert len(data) == 25 and tuple(data[0]) == CSV_COLUMNS
    a1 = {r["area_key"]: r for r in data if r["reading_id"] == "a1"}
    assert a1["home"]["area_name"] == "Housing"  # names from the newest version
    assert (a1["home"]["score"], a1["home"]["stage"], a1["home"]["not_applicable"]) == (
        "2",
        "Low",
        "no",
    )
    assert (a1["drink"]["score"], a1["drink"]["stage"], a1["drink"]["not_applicable"]) == (
        "",
        "",
        "yes",
    )
    assert {r["reading_id"] for r in data} == {"a1", "a2", "a3", "b1", "b2x", "c1", "d1", "d2"}
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8


def test_csv_text_is_what_csv_writer_writes(tmp_path):
    odd = [
        (h._replace(worker='Jo "JJ", key, worker', project="Line\nbreak"), items)
        for h, items in rows()
    ]
    write_csv(tmp_path / "r.csv", odd, TEMPLATES)
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    want = [list(CSV_COLUMNS)] + [
        ["" if c is None else str(c) for c in row]
        for rs in tidy_rows(odd, ScoreLabels(TEMPLATES))
        for row in rs
    ]
    assert got == want
    assert got[1][9] == 'Jo "JJ", key, worker' and got[1][1] == "Line\nbreak"


def test_typed_text_never_runs_as_a_formula(tmp_path):
    head, items = next(rows())
    evil = [(head._replace(worker="=HYPERLINK(1)", reference="@ref"), items[:1])]
    write_csv(tmp_path / "r.csv", evil, TEMPLATES)
    (row,) = read_csv(tmp_path / "r.csv")
    assert row["worker"] == "'=HYPERLINK(1)" and row["person_reference"] == "'@ref"
    write_xlsx(tmp_path / "r.xlsx", REPORT, evil, TEMPLATES)
    wb = load_workbook(tmp_path / "r.xlsx")
    cell = wb["Scores"]["J2"]
    assert (cell.value, cell.data_type) == ("=HYPERLINK(1)", "s")


def test_progress_and_cancel(tmp_path, monkeypatch):
    monkeypatch.setattr("starapp.core.report_export.PROGRESS_EVERY", 5)
    seen = []
    write_csv(tmp_path / "r.csv", rows(), TEMPLATES, total=25, progress=lambda d, t: seen.append(d))
    assert seen == [3, 9, 15, 21, 25]  # every 5+ rows, whole readings at a time; then done
    out = tmp_path / "cancelled.csv"
    with pytest.raises(ExportCancelled, match="cancelled"):
        write_csv(out, rows(), TEMPLATES, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]


def test_a_failure_mid_write_leaves_the_old_file(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("old")

    def broken():
        yield from list(rows())[:3]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as err:
        write_csv(out, broken(), TEMPLATES)
    assert "disk is full" in str(err.value)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_errors_are_sentences(tmp_path):
    target = tmp_path / "x" / "r.csv"
    for code, words in (
        (errno.ENOSPC, "disk is full"),
        (errno.EFBIG, "disk is full"),
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "permission denied"),
        (errno.ENOENT, "does not exist"),
        (errno.EIO, "could not be written"),
    ):
        text = str(explain(target, OSError(code, "boom")))
        assert words in text and text.endswith(".") and text.count(". ") == 0
    with pytest.raises(ExportError, match="does not exist"), atomic_text(target):
        pass
    with pytest.raises(ExportError, match="is a folder"), atomic_text(tmp_path):
        pass


def test_json_holds_figures_and_definitions(tmp_path):
    write_json(tmp_path / "r.json", REPORT)
    doc = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert doc["generated_at"] == "2024-08-01"
    assert doc["filter"]["min_readings"] == 1
    assert len(doc["definitions"]) == len(REPORT.definitions)
    assert doc["sections"][0]["all_areas"]["compared"] == 8


def test_xlsx_sheets(tmp_path):
    out = tmp_path / "r.xlsx"
    assert write_xlsx(out, REPORT, rows(), TEMPLATES) == 25
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Areas", "Stage snapshot", "Movement", "Scores"]
    summary = [c for r in wb["Summary"].iter_rows(values_only=True) for c in r if c is not None]
    assert f"1. {REPORT.definitions[0]}" in summary
    areas = list(wb["Areas"].iter_rows(values_only=True))
    home = areas[1]
    assert home[:5] == ("Test star t", "Housing", 4, 4, 3)
    assert home[5] == pytest.approx(3.0) and home[7] == pytest.approx(10 / 3)
    assert wb["Areas"]["J2"].number_format == "0.0%"
    assert areas[-1][1] == "All areas"
    snapshot = list(wb["Stage snapshot"].iter_rows(values_only=True))
    assert snapshot[1][:5] == ("Test star t", "Housing", "Low", 3, 0.75)
    movement = [r for r in wb["Movement"].iter_rows(values_only=True) if r and r[0]]
    start = movement.index(("Test star t: Housing",) + (None,) * (len(movement[2]) - 1))
    assert movement[start + 2][:5] == ("Low", 1, 1, 1, 3)
    assert len(list(wb["Scores"].iter_rows())) == 26


def test_xlsx_splits_scores_over_sheets(tmp_path, monkeypatch):
    monkeypatch.setattr(report_xlsx, "SHEET_ROWS", 11)  # 10 rows and a header per sheet
    write_xlsx(tmp_path / "r.xlsx", REPORT, rows(), TEMPLATES)
    wb = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert wb.sheetnames[-3:] == ["Scores", "Scores 2", "Scores 3"]
    sizes = [len(list(wb[n].iter_rows())) for n in wb.sheetnames[-3:]]
    wb.close()
    assert sizes == [11, 11, 6]


def test_xlsx_cancel_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(report_xlsx, "PROGRESS_EVERY", 2)
    with pytest.raises(ExportCancelled):
        write_xlsx(tmp_path / "r.xlsx", REPORT, rows(), TEMPLATES, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_empty_report_files_say_so(tmp_path):
    empty = report_from_records([], (T1, T2), ReportFilter(project="x"))
    write_xlsx(tmp_path / "e.xlsx", empty, [], TEMPLATES)
    wb = load_workbook(tmp_path / "e.xlsx")
    texts = [c for r in wb["Summary"].iter_rows(values_only=True) for c in r if c]
    assert empty.message in texts
    assert wb["Areas"]["A2"].value == empty.message
    assert write_csv(tmp_path / "e.csv", [], TEMPLATES) == 0
    assert (tmp_path / "e.csv").read_text("utf-8-sig").strip() == ",".join(CSV_COLUMNS)


def test_a_target_held_open_elsewhere(tmp_path, monkeypatch):
    out = tmp_path / "r.csv"
    out.write_text("old")

    def refuse(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr("starapp.core.report_export.os.replace", refuse)
    with pytest.raises(ExportError, match="open in another program"):
        write_csv(out, rows(), TEMPLATES)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_xlsx_leaves_too_many_scores_to_the_csv(tmp_path):
    out = tmp_path / "r.xlsx"
    assert write_xlsx(out, REPORT, rows(), TEMPLATES, total=25, max_score_rows=24) == 0
    wb = load_workbook(out)
    note = wb["Scores"]["A1"].value
    assert "25 scores" in note and "CSV" in note
    summary = [c for r in wb["Summary"].iter_rows(values_only=True) for c in r if c]
    assert note in summary
    assert write_xlsx(out, REPORT, rows(), TEMPLATES, total=25, max_score_rows=25) == 25
    assert write_xlsx(out, REPORT, rows(), TEMPLATES, total=25, max_score_rows=None) == 25
