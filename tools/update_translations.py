"""Refresh the Welsh translation after UI text changed, then compile it.

    python tools/update_translations.py

1. pyside6-lupdate reads every string in starapp/ui that goes through ``self.tr``,
   ``QCoreApplication.translate`` or the module helper ``tr``/``_tr`` (and the ``tr``
   calls in starapp/core that report words pass through), plus every error sentence
   raised below the UI (context "Errors", found by ``error_sentences``), and merges them
   into resources/translations/starapp_cy.ts: existing translations are kept, new
   strings arrive marked "unfinished", strings no longer in the code are dropped.
2. Translate the unfinished ones (Qt Linguist: ``pyside6-linguist starapp_cy.ts``, or
   any text editor: fill ``<translation>`` and remove ``type="unfinished"``).
3. Run this script again: pyside6-lrelease compiles every .ts to the .qm the app loads.

tests/ui/test_translations.py fails while a string is missing or the .qm is stale.
qtbase_cy.ts (Qt's own button texts, which Qt ships no Welsh for) is written by hand
and only compiled here.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import pkgutil
import shutil
import string
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
UI_SOURCES = ROOT / "starapp" / "ui"
# Core words the UI shows (report filters and definitions) come through a ``tr`` parameter.
CORE_SOURCES = ROOT / "starapp" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "starapp_cy.ts"
# lupdate knows self.tr, tr and translate; _tr is the module helpers' short name.
LUPDATE_OPTIONS = ["-tr-function-alias", "tr+=_tr", "-locations", "none"]
# Where the errors the app shows are raised.
ERROR_PACKAGES = ("starapp.core", "starapp.store", "starapp.sync", "starapp.ui")


class ErrorSentence(NamedTuple):
    where: str  # path:line
    template: str | None  # None when the message is not a literal
    problem: str | None


@functools.cache
def _message_positions() -> dict[str, tuple[int, frozenset[str]]]:
    """Class name -> (position of its message argument, keyword parameters that are not
    values) for Sentence and every StarappError subclass that takes a message."""
    from starapp.core.errors import Sentence, StarappError

    for package in ERROR_PACKAGES:
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            importlib.import_module(f"{package}.{info.name}")
    found = {"Sentence": (0, frozenset())}
    todo = [StarappError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        names = [p.name for p in params]
        if "message" in names:
            named = {p.name for p in params if p.kind is p.KEYWORD_ONLY}
            found[cls.__name__] = (names.index("message"), frozenset(named))
    assert Sentence.__name__ in found
    return found


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _passed_on(tree: ast.AST) -> set[ast.AST]:
    """Uses of a message parameter of an ``__init__``, or of a parameter or variable typed
    Sentence: where the Sentence is made is checked instead."""
    found = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
        names = {
            a.arg
            for a in params
            if fn.name == "__init__" or (a.annotation and ast.unparse(a.annotation) == "Sentence")
        } | {
            n.target.id
            for n in ast.walk(fn)
            if isinstance(n, ast.AnnAssign)
            and isinstance(n.target, ast.Name)
            and ast.unparse(n.annotation) == "Sentence"
        }
        found |= {n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id in names}
    return found


def _check(
    call: ast.Call, position: int, not_values: frozenset[str], passed_on: set[ast.AST]
) -> tuple[str | None, str | None]:
    """(template, problem) of one call that makes an error or a Sentence."""
    message = call.args[position] if len(call.args) > position else None
    if message in passed_on or (isinstance(message, ast.Attribute) and message.attr == "sentence"):
        return None, None  # a message or an existing error's sentence passed on
    if not (isinstance(message, ast.Constant) and isinstance(message.value, str)):
        return None, "the message must be a literal string with {named} values"
    template = message.value
    try:
        wanted = _placeholders(template)
    except ValueError as exc:
        return template, f"the message's braces are wrong ({exc})"
    if any(k.arg is None for k in call.keywords):
        return template, None  # **values: cannot be checked here
    given = {k.arg for k in call.keywords if k.arg not in not_values}
    if len(call.args) > position + 1 and isinstance(call.args[position + 1], ast.Dict):
        given |= {k.value for k in call.args[position + 1].keys if isinstance(k, ast.Constant)}
    if wanted != given:
        return template, f"placeholders {sorted(wanted)} but values {sorted(given)}"
    return template, None


def error_sentences(*, with_cli: bool = True) -> Iterator[ErrorSentence]:
    """Every error message written in starapp's code, and what is wrong with it if anything.
    The command line's own messages are checked too (a value is never formatted into the
    template), but are not translated: it speaks English."""
    for package in ERROR_PACKAGES:
        for path in sorted(ROOT.joinpath(*package.split(".")).glob("*.py")):
            yield from sentences_in(path)
    if with_cli:
        for path in sorted(ROOT.joinpath("starapp").glob("cli*.py")):
            yield from sentences_in(path)


def sentences_in(path: Path) -> Iterator[ErrorSentence]:
    positions = _message_positions()
    tree = ast.parse(path.read_text("utf-8"))
    passed_on = _passed_on(tree)
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in positions:
            template, problem = _check(node, *positions[name], passed_on)
            yield ErrorSentence(f"{where}:{node.lineno}", template, problem)
    # An error class that writes its own message gives it to its base's __init__.
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        base = next((b.id for b in cls.bases if getattr(b, "id", "") in positions), None)
        for node in ast.walk(cls) if base else ():
            if isinstance(node, ast.Call) and _calls_super_init(node):
                template, problem = _check(node, *positions[base], passed_on)
                yield ErrorSentence(f"{where}:{node.lineno}", template, problem)


def _calls_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and getattr(func.value.func, "id", "") == "super"
    )


def _error_catalogue(folder: Path) -> Path:
    """A throwaway source file that shows lupdate every error sentence."""
    from starapp.ui.translation import ERROR_CONTEXT

    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for template in sorted({e.template for e in error_sentences(with_cli=False) if e.template}):
        lines.append(f"QT_TRANSLATE_NOOP({ERROR_CONTEXT!r}, {json.dumps(template)})")
    path = folder / "error_sentences.py"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install the project's dependencies first")
    return found


def lupdate(ts_file: Path) -> str:
    """Merge the current UI strings and error sentences into ``ts_file``; lupdate's summary."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [
                tool("pyside6-lupdate"),
                *(str(path) for path in sorted(UI_SOURCES.glob("*.py"))),
                *(str(path) for path in sorted(CORE_SOURCES.glob("*.py"))),
                str(_error_catalogue(Path(folder))),
                *LUPDATE_OPTIONS,
                "-no-obsolete",
                "-target-language",
                "cy_GB",
                "-ts",
                str(ts_file),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
    return done.stdout + done.stderr


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
    )


def main() -> int:
    unreadable = [f"{e.where}: {e.problem}" for e in error_sentences() if e.problem]
    if unreadable:
        print("Error messages the translation cannot use:", *unreadable, sep="\n")
        return 1
    print(lupdate(APP_TS).strip())
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        unfinished = ts_file.read_text("utf-8").count('type="unfinished"')
        print(f"{ts_file.name}: compiled, {unfinished} string(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
