"""Error sentences raised below the UI reach the screen in the interface language.

(a) the scan in tools/update_translations.py finds every error message in core, store,
    sync and ui, and refuses ones the translation cannot use (not a literal, placeholders
    that do not match the values); today's code has none;
(b) with Welsh loaded, real errors from the store and the template loader are shown in
    Welsh, values filled in and nested sentences translated too. That every template has
    Welsh is test_translations.py's completeness test (lupdate is shown the same scan).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from translation_tools import translation_tools

from starapp.core.errors import Sentence, StarappError, TemplateError
from starapp.core.templates import load_template
from starapp.store import Store
from starapp.ui.ops import error_text

ROOT = Path(__file__).resolve().parents[2]


# --- (a) the scan -------------------------------------------------------------------


def test_every_error_message_can_be_translated() -> None:
    found = list(translation_tools().error_sentences())
    problems = [f"{e.where}: {e.problem}" for e in found if e.problem]
    assert not problems, "Error messages the translation cannot use:\n" + "\n".join(problems)
    # The scan does see the raise sites (a broken scan would find nothing to complain of).
    assert len({e.template for e in found if e.template}) > 150
    assert "Give the target a name, for example “Charity cloud”." in {e.template for e in found}


def test_the_scan_refuses_messages_it_cannot_translate(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def check(path, why, exc, kind):\n"
        "    raise BundleRejected(f'{path} is damaged.')\n"
        "    raise BundleRejected(why)\n"
        "    raise BundleRejected('{file} is damaged.', path=path)\n"
        "    raise BundleRejected('{file} is damaged ({why}).', file=path, why=why)\n"
        "    raise TransientError('Try again in {n} s.', retry_after=3)\n"
        "    raise TransientError('Try again in {n} s.', n=3, retry_after=3)\n"
        "    raise ValidationError('name', 'Give {what} a name.', what=kind)\n"
        "    raise ValidationError('name', message)\n"
        "    raise NotFoundError(exc.sentence)\n"
        "    problems = [('areas', Sentence('duplicate key {key}', {'key': kind}))]\n"
        "    problems = [('areas', Sentence('duplicate key {key}', {'name': kind}))]\n"
        "    raise DataFileCorrupt('The file is {broken')\n"
        "def refuse(reason: Sentence):\n"
        "    return BundleRejected(reason)\n"
        "def refuse_text(reason: str):\n"
        "    return BundleRejected(reason)\n"
        "class Cancelled(ExportError):\n"
        "    def __init__(self, step) -> None:\n"
        "        super().__init__('Stopped at {step}.', stage=step)\n"
        "def wrap(problems):\n"
        "    first: Sentence = problems[0]\n"
        "    return NotFoundError(first)\n",
        encoding="utf-8",
    )
    found = {int(e.where.split(":")[1]): e for e in translation_tools().sentences_in(sample)}
    refused = sorted(line for line, e in found.items() if e.problem)
    assert refused == [2, 3, 4, 6, 9, 12, 13, 17, 20], {k: v.problem for k, v in found.items()}
    assert found[5].template == "{file} is damaged ({why})."
    assert found[11].template == "duplicate key {key}"


# --- (b) the sentences on screen ----------------------------------------------------


def _raised(action) -> StarappError:
    with pytest.raises(StarappError) as caught:
        action()
    return caught.value


def test_a_store_error_is_shown_in_welsh_with_its_values(welsh: None, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.starapp"
    exc = _raised(lambda: Store.open(missing))
    shown = error_text(exc)
    welsh_template = QCoreApplication.translate("Errors", exc.sentence.template)
    assert welsh_template != exc.sentence.template, "no Welsh for " + exc.sentence.template
    assert shown == welsh_template.format(**exc.sentence.values)
    assert str(exc) != shown  # the CLI and the log keep the English
    assert str(missing) in shown or missing.name in shown


def test_a_template_error_is_welsh_down_to_the_problem(welsh: None, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("", encoding="utf-8")
    exc = _raised(lambda: load_template(broken))
    assert isinstance(exc, TemplateError)
    (line,) = exc.lines()
    problem = line.values["problem"]
    assert isinstance(problem, Sentence)
    welsh_problem = QCoreApplication.translate("Errors", problem.template)
    assert welsh_problem != problem.template
    assert welsh_problem in error_text(exc)
    assert str(problem) in str(exc)  # English in the English sentence
