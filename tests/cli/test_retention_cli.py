"""``starapp retention``: prints the preview; changes the file only with --apply."""

from __future__ import annotations

import pytest

from starapp.cli import main
from starapp.core.clock import today
from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.store import Store
from starapp.store.retention import months_before
from starapp.store.settings import ServiceSettings, save_settings

NAME = "Wendeline Mossbottom"


@pytest.fixture
def data(tmp_path):
    """STALE: last reading 7 months ago; FRESH: last week; OLD: archived two years ago."""
    life = builtin_template("life-areas")
    now = today()
    path = tmp_path / "data.db"
    with Store.open(path, create=True, actor="kim") as store:
        for ref, name, months in [("STALE", "Stale Sam", 7), ("FRESH", "Fresh Fay", 0)]:
            p = store.people.add(PersonDraft(reference=ref, name=name))
            r = store.readings.start(p.id, life, taken_on=months_before(now, months).isoformat())
            for area in life.areas:
                store.readings.set_score(r.id, area.key, 4)
            store.readings.finalise(r.id)
        old = store.people.add(PersonDraft(reference="OLD", name=NAME))
        store.people.set_archived(old.id, True)
        store.db.execute(
            "UPDATE people SET archived_on = ? WHERE id = ?",
            (months_before(now, 24).isoformat(), old.id),
        )
        save_settings(store, ServiceSettings(archive_after_months=6, erase_after_months=12))
    return path


def _people(path):
    with Store.open(path, actor="t") as store:
        return {p.reference: p.archived for p in store.people.find(archived=None)}


def test_preview_lists_and_changes_nothing(data, capsys):
    assert main(["retention", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "Archive after 6 months" in lines[0] and "Erase after 12 months" in lines[0]
    assert lines[1].split() == ["Reference", "Name", "Last", "reading", "What", "will", "happen"]
    assert lines[2].startswith("OLD") and NAME in lines[2] and lines[2].endswith("ERASE for good")
    assert "none" in lines[2]
    stale = months_before(today(), 7).isoformat()
    assert lines[3].startswith("STALE") and stale in lines[3] and lines[3].endswith("archive")
    assert "FRESH" not in out
    assert "1 to archive, 1 to erase. Nothing was changed" in out
    assert _people(data) == {"STALE": False, "FRESH": False, "OLD": True}


def test_apply_archives_and_erases_those_listed(data, capsys):
    assert main(["retention", "--data", str(data), "--apply"]) == 0
    assert "Archived 1 and erased 1 people." in capsys.readouterr().out
    assert _people(data) == {"STALE": True, "FRESH": False}
    assert NAME.encode() not in data.read_bytes()
    assert main(["retention", "--data", str(data), "--apply"]) == 0
    assert "Nobody is due; nothing to do." in capsys.readouterr().out


def test_retention_off_says_so(tmp_path, capsys):
    path = tmp_path / "off.db"
    with Store.open(path, create=True, actor="kim") as store:
        store.people.add(PersonDraft(reference="P-1"))
    assert main(["retention", "--data", str(path), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "never archive" in out and "never erase" in out
    assert "Nobody is due" in out


def test_missing_file_is_one_sentence(tmp_path, capsys):
    assert main(["retention", "--data", str(tmp_path / "nope.db")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("starapp: ") and "Traceback" not in err
