"""``starapp report``, run as a user would: a separate process and real files."""

from __future__ import annotations

import csv
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from consent_service import EVERYONE, SHARING, make_consent_service
from openpyxl import load_workbook

from starapp.core.report_export import CSV_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
HAVE_PDF = (ROOT / "starapp" / "ui" / "report_pdf.py").exists()


def run(*args, limit_file_size: int | None = None):
    def limit() -> None:  # runs in the child: writes past the limit fail like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run(
        [sys.executable, "-m", "starapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=limit if limit_file_size else None,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "demo.db"
    result = run("demo", "--data", path, "--people", 40, "--seed", 3)
    assert result.returncode == 0, result.stderr
    return path


def current_scores(path: Path, where: str = "1") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT count(*) FROM scores JOIN readings AS r ON r.id = scores.reading_id "
            "JOIN people AS p ON p.id = r.person_id "
            "WHERE r.status = 'final' AND NOT EXISTS "
            f"(SELECT 1 FROM readings AS a WHERE a.amends = r.id) AND {where}"
        ).fetchone()[0]


def report(data, tmp_path, fmt, *extra, name=None):
    out = tmp_path / (name or f"report.{fmt}")
    return run("report", "--data", data, "--format", fmt, "--out", out, *extra), out


def test_help_lists_report():
    assert "report" in run("--help").stdout
    assert "--min-readings" in run("report", "--help").stdout


def test_json(data, tmp_path):
    result, out = report(data, tmp_path, "json")
    assert result.returncode == 0, result.stderr
    assert "Wrote the json report" in result.stdout
    doc = json.loads(out.read_text("utf-8"))
    assert doc["empty"] is False and doc["people"] == 40
    assert doc["definitions"] and doc["sections"]
    area = doc["sections"][0]["areas"][0]
    assert {"mean_first", "mean_latest", "mean_change", "snapshot_first", "movement"} <= set(area)


def test_csv_has_one_row_per_current_score(data, tmp_path):
    result, out = report(data, tmp_path, "csv")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == current_scores(data)
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)
    assert {r[CSV_COLUMNS.index("not_applicable")] for r in rows[1:]} <= {"yes", "no"}


def test_csv_filters(data, tmp_path):
    result, out = report(data, tmp_path, "csv", "--template", "life-areas", "--joint-only")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    where = "r.template_id LIKE 'life-areas@%' AND r.participation = 'joint'"
    assert len(rows) == current_scores(data, where) > 0
    assert {r["template_key"] for r in rows} == {"life-areas"}


def test_xlsx_reopens_with_every_sheet(data, tmp_path):
    result, out = report(data, tmp_path, "xlsx", "--min-readings", 2)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Summary", "Areas", "Stage snapshot", "Movement", "Scores"]
    summary = [r[0] for r in wb["Summary"].iter_rows(values_only=True) if r and r[0]]
    assert "Service report" in summary and "Definitions" in summary
    areas = list(wb["Areas"].iter_rows(values_only=True))
    assert areas[0][:3] == ("Template", "Area", "People at first reading")
    assert any(r[1] == "All areas" for r in areas[1:])
    scores = list(wb["Scores"].iter_rows(values_only=True))
    assert tuple(scores[0]) == CSV_COLUMNS
    wb.close()
    assert len(scores) > 1


def test_filters_that_match_nobody_give_an_empty_report(data, tmp_path):
    result, out = report(data, tmp_path, "json", "--project", "No such project")
    assert result.returncode == 0, result.stderr
    assert "nothing to report" in result.stdout
    doc = json.loads(out.read_text("utf-8"))
    assert doc["empty"] is True and "nothing to report" in doc["message"]
    result, out = report(data, tmp_path, "xlsx", "--from", "2001-01-01", "--to", "2001-12-31")
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out, read_only=True)
    texts = [c for r in wb["Summary"].iter_rows(values_only=True) for c in r if c]
    wb.close()
    assert any("nothing to report" in str(t) for t in texts)


def one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_back_to_front_dates(data, tmp_path):
    result, out = report(data, tmp_path, "csv", "--from", "2025-06-01", "--to", "2025-01-01")
    assert result.returncode == 1
    assert "back to front" in one_sentence(result.stderr)
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_unwritable_out_path(data, tmp_path, fmt):
    out = tmp_path / "no such folder" / f"report.{fmt}"
    result = run("report", "--data", data, "--format", fmt, "--out", out)
    assert result.returncode == 1
    assert "does not exist" in one_sentence(result.stderr)
    blocker = tmp_path / "a file"
    blocker.write_text("")
    result = run("report", "--data", data, "--format", fmt, "--out", blocker / "report")
    assert result.returncode == 1
    one_sentence(result.stderr)
    result = run("report", "--data", data, "--format", fmt, "--out", tmp_path)
    assert result.returncode == 1
    assert "is a folder" in one_sentence(result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_full_disk_leaves_no_partial_file(data, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    out_before = tmp_path / "keep.txt"
    out_before.write_text("unrelated")
    result = run("report", "--data", data, "--format", fmt, "--out", out, limit_file_size=64 * 1024)
    assert result.returncode == 1, result.stdout
    assert "disk is full" in one_sentence(result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_an_existing_report_is_replaced_whole(data, tmp_path):
    out = tmp_path / "report.csv"
    out.write_text("old report")
    result = run(
        "report", "--data", data, "--format", "csv", "--out", out, limit_file_size=64 * 1024
    )
    assert result.returncode == 1
    assert out.read_text() == "old report"  # a failed export leaves the old file alone
    result = run("report", "--data", data, "--format", "csv", "--out", out)
    assert result.returncode == 0
    assert out.read_text("utf-8-sig").startswith("person_reference,")


def test_pdf(data, tmp_path):
    result, out = report(data, tmp_path, "pdf")
    if HAVE_PDF:
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert result.returncode == 1
        assert "not available" in one_sentence(result.stderr)
        assert not out.exists()


def test_missing_data_file(tmp_path):
    result = run("report", "--data", tmp_path / "none.db", "--format", "json", "--out", "x")
    assert result.returncode == 1
    assert "no data file" in one_sentence(result.stderr)


def test_xlsx_without_scores(data, tmp_path):
    result, out = report(data, tmp_path, "xlsx", "--no-scores", "--own-scores")
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Summary", "Areas", "Stage snapshot", "Movement"]
    texts = [c for r in wb["Summary"].iter_rows(values_only=True) for c in r if c]
    wb.close()
    assert any("own score" in str(t) for t in texts)


@pytest.fixture(scope="module")
def consent_data(tmp_path_factory):
    return make_consent_service(tmp_path_factory.mktemp("consent") / "consent.db")


def test_shared_figures_only(consent_data, tmp_path):
    """Off by default; with the flag, only people whose consent in force covers sharing
    anonymised figures, and every export's selection lines say which it was."""
    assert "--shared-figures-only" in run("report", "--help").stdout
    for flag, people, refs, line in (
        ((), 6, EVERYONE, "everyone, whether or not they agreed to share anonymised figures"),
        (
            ("--shared-figures-only",),
            2,
            SHARING,
            "only people who agreed to share anonymised figures",
        ),
    ):
        result, out = report(consent_data, tmp_path, "json", *flag)
        assert result.returncode == 0, result.stderr
        assert f"{people} people, {2 * people} readings" in result.stdout
        doc = json.loads(out.read_text("utf-8"))
        assert doc["people"] == people
        assert doc["filter"]["shared_figures_only"] is bool(flag)
        assert f"People counted: {line}" in doc["filter_description"]

        result, out = report(consent_data, tmp_path, "csv", *flag)
        assert result.returncode == 0, result.stderr
        with out.open(encoding="utf-8-sig", newline="") as f:
            assert {r["person_reference"] for r in csv.DictReader(f)} == set(refs)

        result, out = report(consent_data, tmp_path, "xlsx", *flag)
        assert result.returncode == 0, result.stderr
        summary = load_workbook(out, read_only=True)["Summary"]
        assert ("People counted", line) in {r[:2] for r in summary.iter_rows(values_only=True)}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_shared_figures_only_is_stated_in_the_pdf(consent_data, tmp_path):
    result, out = report(consent_data, tmp_path, "pdf", "--shared-figures-only")
    assert result.returncode == 0, result.stderr
    done = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    text = " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # "ﬁ" -> "fi"
    assert "2 people and 4 readings" in text
    assert "People counted: only people who agreed to share anonymised figures" in text
