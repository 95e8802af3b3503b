"""Refresh the Welsh translation after UI text changed, then compile it.

    python tools/update_translations.py

1. pyside6-lupdate reads every string in starapp/ui that goes through ``self.tr``,
   ``QCoreApplication.translate`` or the module helper ``tr``/``_tr`` (and the ``tr``
   calls in starapp/core that report words pass through), and merges them
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

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_SOURCES = ROOT / "starapp" / "ui"
# Core words the UI shows (report filters and definitions) come through a ``tr`` parameter.
CORE_SOURCES = ROOT / "starapp" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "starapp_cy.ts"
# lupdate knows self.tr, tr and translate; _tr is the module helpers' short name.
LUPDATE_OPTIONS = ["-tr-function-alias", "tr+=_tr", "-locations", "none"]


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install the project's dependencies first")
    return found


def lupdate(ts_file: Path) -> str:
    """Merge the current UI strings into ``ts_file``; lupdate's summary."""
    done = subprocess.run(
        [
            tool("pyside6-lupdate"),
            *(str(path) for path in sorted(UI_SOURCES.glob("*.py"))),
            *(str(path) for path in sorted(CORE_SOURCES.glob("*.py"))),
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
    print(lupdate(APP_TS).strip())
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        unfinished = ts_file.read_text("utf-8").count('type="unfinished"')
        print(f"{ts_file.name}: compiled, {unfinished} string(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
