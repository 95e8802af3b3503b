"""The printable pages: "My star" for the person to keep, and the blank star for paper
sessions. Written with QPdfWriter (works offscreen); read back with poppler-utils."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from progress_fixture import make_person

from starapp.core.actions import ActionOwner, ActionStatus
from starapp.core.templates import builtin_template, builtin_templates
from starapp.store import Store
from starapp.store.settings import ServiceSettings, save_settings
from starapp.ui.blank_star_pdf import write_blank_star_pdf
from starapp.ui.my_star_pdf import my_star, write_my_star_pdf
from starapp.ui.ops import Ops
from starapp.ui.pdf_output import DEFAULT_SERVICE, default_paper, service_name
from starapp.ui.person_page import PersonPage
from starapp.ui.print_dialog import blank_star_dialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "data.db", create=True, actor="test") as s:
        yield s


@pytest.fixture
def ops(store):
    return Ops(store)


@pytest.fixture
def person(store, template):
    return make_person(store, template)


@pytest.fixture
def page(qtbot, ops, person):
    page = PersonPage(ops)
    qtbot.addWidget(page)
    page.show_person(person[0].id)
    return page


def media_box(path: Path) -> tuple[float, float]:
    found = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert found, "no MediaBox in the PDF"
    return float(found.group(1)), float(found.group(2))


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    # words only (table cells wrap lines); NFKC undoes ligatures such as "ﬀ"
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5000


def add_steps(ops, person_id, reading_id):
    ops.add_action(
        person_id, "a1", "Ring the housing office", due_on="2020-01-01", reading_id=reading_id
    )
    ops.add_action(
        person_id,
        "a2",
        "Book a debt advice appointment",
        owner=ActionOwner.WORKER,
        owner_name="Sam",
        due_on="2031-03-01",
        notes="Tuesdays are best",
    )
    dropped = ops.add_action(person_id, "a3", "A step we dropped")
    ops.update_action(dropped.id, status=ActionStatus.DROPPED)


# --- My star ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_my_star_pdf_paper_sizes(tmp_path, store, ops, person, template, paper, size):
    p, readings = person
    add_steps(ops, p.id, readings[-1].id)
    data = my_star("Alex Chen", template, readings, store.actions.for_person(p.id), "Northside")
    path = write_my_star_pdf(tmp_path / f"my-star-{paper}.pdf", data, paper)
    check_pdf(path)
    assert media_box(path) == size
    assert [f.name for f in tmp_path.iterdir() if f.suffix != ".db" and "db-" not in f.name] == [
        path.name
    ]  # no temporary file left behind


def test_my_star_pdf_says_it_in_words(tmp_path, store, ops, person, template):
    p, readings = person
    add_steps(ops, p.id, readings[-1].id)
    data = my_star("Alex Chen", template, readings, store.actions.for_person(p.id), "Northside")
    path = write_my_star_pdf(tmp_path / "my-star.pdf", data)
    text = pdf_text(path)
    for area in template.areas:
        assert area.name in text
    for stage in template.stages:
        assert stage.name in text
    assert "Northside" in text and "Alex Chen" in text and "My star" in text
    assert "10 Jan 2025" in text and "10 Jul 2025" in text  # first and latest
    assert "2 of 10" in text and "6 of 10" in text and "Up 4" in text  # Housing
    assert "Does not apply" in text  # Safety is n/a at the latest reading
    assert "Ring the housing office" in text and "Your worker (Sam)" in text
    assert "date passed" in text  # the overdue step, in words
    assert "A step we dropped" not in text


def test_person_page_pdf_uses_the_service_name_setting(qtbot, tmp_path, page, store):
    page.my_star_pdf()
    dialog = page.print_dialog
    assert dialog is not None
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    assert dialog.save_to(tmp_path / "fallback.pdf")
    assert DEFAULT_SERVICE in pdf_text(tmp_path / "fallback.pdf")
    assert media_box(tmp_path / "fallback.pdf") == (612, 792)

    save_settings(store, ServiceSettings(organisation="Riverside Housing Trust"))
    assert service_name(store) == "Riverside Housing Trust"
    page.my_star_pdf()
    assert page.print_dialog.save_to(tmp_path / "named.pdf")
    text = pdf_text(tmp_path / "named.pdf")
    assert "Riverside Housing Trust" in text and "Alex Chen" in text


def test_pdf_button_needs_a_finished_reading(qtbot, ops, store):
    from starapp.core.people import PersonDraft

    p = store.people.add(PersonDraft(reference="NEW"))
    page = PersonPage(ops)
    qtbot.addWidget(page)
    page.show_person(p.id)
    assert not page.pdf_button.isEnabled()


def test_unwritable_target_leaves_nothing(tmp_path, store, person, template):
    _, readings = person
    data = my_star("Alex", template, readings, [], "Northside")
    with pytest.raises(OSError):
        write_my_star_pdf(tmp_path / "missing-folder" / "my-star.pdf", data)
    assert not (tmp_path / "missing-folder").exists()


def test_default_paper_follows_the_locale():
    from PySide6.QtCore import QLocale

    assert (
        default_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    )
    assert default_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "A4"


# --- blank star ---------------------------------------------------------------------------------


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.key)
def test_blank_star_for_every_template(tmp_path, template):
    path = write_blank_star_pdf(tmp_path / "blank.pdf", template, "A4", "Northside")
    check_pdf(path)
    assert media_box(path) == (595, 842)
    text = pdf_text(path)
    for area in template.areas:
        assert area.name in text
        top = " ".join(template.descriptor_for(area.key, template.scale_max).split())
        assert top[:40] in text
    assert "Northside" in text


def test_blank_star_letter(tmp_path, template):
    path = write_blank_star_pdf(tmp_path / "blank.pdf", template, "Letter")
    check_pdf(path)
    assert media_box(path) == (612, 792)


def test_blank_star_dialog_saves_the_chosen_template(qtbot, tmp_path, ops):
    dialog = blank_star_dialog(None, ops)
    qtbot.addWidget(dialog)
    last = dialog.template.count() - 1
    dialog.template.setCurrentIndex(last)
    chosen = dialog.chosen_template()
    assert dialog.save_to(tmp_path / "blank.pdf")
    assert chosen.areas[0].name in pdf_text(tmp_path / "blank.pdf")


# --- screenshot ------------------------------------------------------------------------------


def test_my_star_pdf_screenshot(tmp_path, store, ops):
    """With a shipped template, so the page shows real wording."""
    from starapp.core.people import PersonDraft

    template = builtin_template("life-areas")
    p = store.people.add(PersonDraft(reference="NS-0142", name="Alex Chen"))
    levels = [(2, 3), (3, 5), (4, 4), (2, 4), (5, 7), (3, 6), (1, 3), (4, 5), (3, 6), (2, 5)]
    readings = []
    for i, taken in enumerate(("2025-01-10", "2025-07-10")):
        r = store.readings.start(p.id, template, taken_on=taken)
        for area, pair in zip(template.areas, levels, strict=True):
            if area.key == "drugs-alcohol":
                store.readings.set_score(r.id, area.key, None, not_applicable=True)
            else:
                store.readings.set_score(r.id, area.key, pair[i])
        readings.append(store.readings.finalise(r.id))
    ops.add_action(
        p.id,
        "home",
        "Ring the housing office about the damp",
        due_on="2025-08-01",
        reading_id=readings[-1].id,
    )
    ops.add_action(
        p.id,
        "money",
        "Book a debt advice appointment",
        owner=ActionOwner.WORKER,
        owner_name="Sam",
        due_on="2031-03-01",
        notes="Tuesdays are best",
    )
    ops.add_action(
        p.id,
        "relationships",
        "Go to the Thursday walking group",
        owner=ActionOwner.OTHER,
        owner_name="Volunteer centre",
    )
    data = my_star(
        "Alex Chen", template, readings, store.actions.for_person(p.id), "Northside Outreach"
    )
    path = write_my_star_pdf(tmp_path / "my-star.pdf", data)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for page_no, name in ((1, "my-star-pdf"), (2, "my-star-pdf-page2")):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                str(page_no),
                "-l",
                str(page_no),
                "-singlefile",
                str(path),
                str(SHOTS / name),
            ],
            check=True,
        )
    assert (SHOTS / "my-star-pdf.png").stat().st_size > 10_000
    blank = write_blank_star_pdf(tmp_path / "blank.pdf", template, "A4", "Northside Outreach")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(blank),
            str(SHOTS / "blank-star-pdf"),
        ],
        check=True,
    )


def test_failed_write_deletes_its_temporary_file(tmp_path, monkeypatch, template):
    from PySide6.QtGui import QTextDocument

    def broken(self, device):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(QTextDocument, "print_", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError, match="No space"):
        write_blank_star_pdf(out / "blank.pdf", template)
    assert list(out.iterdir()) == []  # neither the PDF nor a temporary file
