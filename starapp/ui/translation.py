"""The interface language: English (the source text) or Welsh (Cymraeg).

The choice is the laptop preference ``ui/language`` ("en" or "cy"); with none saved,
the system's language is used when starapp has it, else English. A change takes
effect the next time starapp starts: widgets built in one language stay in it.

Two translations are loaded for Welsh: starapp's own (``starapp_cy.qm``) and Qt's
standard texts (buttons like OK and Cancel, the text-box menu). Qt ships no Welsh
for those, so starapp carries a small ``qtbase_cy.qm`` of its own. The locale is
set too, so dates and numbers (QLocale()) follow the language.

Code outside a QObject translates with ``tr``: lupdate files bare ``tr(...)`` and
``_tr(...)`` calls under the empty context, so ``tr`` looks them up there. Error
sentences from below the UI are English templates with their values apart
(core.errors.Sentence); ``sentence_text`` translates them under the "Errors" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from starapp.core.errors import Sentence
from starapp.resources import resource_path

LANGUAGE_KEY = "ui/language"
SOURCE_LANGUAGE = "en"
# Each language by its own name, as people look for it in a list.
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
# The region used when the system's own locale is in another language.
HOME_LOCALES = {"en": "en_GB", "cy": "cy_GB"}

# tools/update_translations.py files every error sentence under this context.
ERROR_CONTEXT = "Errors"

_installed: list[QTranslator] = []
_active = [SOURCE_LANGUAGE]  # the language install_language put in place


def tr(text: str) -> str:
    """Translate ``text`` in code that is not a QObject (module helpers, PDF pages)."""
    return QCoreApplication.translate("", text)


def sentence_text(sentence: Sentence) -> str:
    """A sentence in the interface language; values that are sentences are translated too."""
    values = {
        name: sentence_text(value) if isinstance(value, Sentence) else value
        for name, value in sentence.values.items()
    }
    return QCoreApplication.translate(ERROR_CONTEXT, sentence.template).format(**values)


def available_languages() -> list[tuple[str, str]]:
    """(code, name) for each language starapp can show, English first."""
    return list(LANGUAGES.items())


def current_language(settings: QSettings | None = None) -> str:
    """The saved choice, else the system's language if starapp has it, else English."""
    saved = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def set_language(code: str, settings: QSettings | None = None) -> None:
    """Save the language for the next start. Raises ValueError for a code starapp lacks."""
    if code not in LANGUAGES:
        raise ValueError(f"starapp has no {code!r} translation")
    (settings or QSettings()).setValue(LANGUAGE_KEY, code)


def install_language(app: QCoreApplication, code: str | None = None) -> str:
    """Load the translations and locale for ``code`` (default: current_language()).

    Replaces whatever an earlier call installed; returns the language now in use.
    """
    code = code if code in LANGUAGES else current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        for translator in _load_translators(code):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(_locale_for(code))
    _active[0] = code
    return code


def active_language() -> str:
    """The language the interface is showing now (templates' labels follow it)."""
    return _active[0]


def _load_translators(code: str) -> list[QTranslator]:
    folder = str(resource_path("translations"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name, places in ((f"starapp_{code}", [folder]), (f"qtbase_{code}", [qt_folder, folder])):
        for place in places:
            translator = QTranslator()
            if translator.load(name, place):
                loaded.append(translator)
                break
    return loaded


def _locale_for(code: str) -> QLocale:
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system  # keep the user's region (e.g. en_GB vs en_US formats)
    return QLocale(HOME_LOCALES[code])
