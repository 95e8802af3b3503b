"""Fixtures for UI tests: private preferences, a worker's data file, sync held back,
Welsh, and small templates built in code.

Runs under pytest-qt on the offscreen platform (QT_QPA_PLATFORM=offscreen is set
here if the environment did not set a platform).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from starapp.core.templates import StarTemplate, template_from_data
from starapp.store import Store
from starapp.sync import secrets
from starapp.ui import translation
from starapp.ui.sync_ui import SyncUi


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """Every UI test gets its own, empty preferences: never the real user's settings."""
    from starapp.ui.app import create_app

    create_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


SHORT_NAMES = [
    "Housing",
    "Money",
    "Health",
    "Learning",
    "Friends and family",
    "Work",
    "Wellbeing",
    "Safety",
    "Daily living",
    "Hobbies",
    "Community",
    "Confidence",
]
LONG_NAMES = [
    "Managing money and paying the bills on time",
    "A safe and settled place to live",
    "Physical health, sleep and looking after yourself",
    "Emotional wellbeing and mental health",
    "Friends, family and the people who matter to you",
    "Learning, training and getting ready for work",
    "Drug and alcohol use and its effect on your life",
    "Staying out of trouble and keeping others safe",
    "Everyday living skills: cooking, cleaning, shopping",
    "Feeling part of a community and joining in",
    "Confidence, self-esteem and hope for the future",
    "Meaningful use of time, hobbies and interests",
]
WELSH_NAMES = [
    "Tai a llety diogel",
    "Arian a dyledion",
    "Iechyd corfforol",
    "Llesiant emosiynol",
    "Teulu a ffrindiau",
    "Dysgu a hyfforddiant",
    "Cymuned ac ymddiriedaeth",
    "Gwaith gwirfoddol",
]
EMOJI_NAMES = [
    "🏠 Home",
    "💷 Money",
    "❤️ Health",
    "📚 Learning",
    "👪 Family",
    "🎨 Hobbies & fun",
]

NAME_SETS = {
    "short": SHORT_NAMES,
    "long": LONG_NAMES,
    "welsh": WELSH_NAMES,
    "emoji": EMOJI_NAMES,
}

# Calm stage colours (not copied from any published tool).
STAGE_COLOURS = ["#C0504D", "#E39B3C", "#D9C94A", "#7FB069", "#3A7D44"]


def template_data(
    n_areas: int = 8,
    scale_max: int = 10,
    *,
    names: Sequence[str] | str | None = None,
    long_names: bool = False,
    scale_min: int = 1,
    not_applicable: Sequence[int] = (),
    key: str = "test-star",
) -> dict[str, Any]:
    if names is None:
        names = LONG_NAMES if long_names else SHORT_NAMES
    elif isinstance(names, str):
        names = NAME_SETS[names]
    names = [names[i % len(names)] for i in range(n_areas)]
    points = list(range(scale_min, scale_max + 1))
    n_stages = 5 if len(points) >= 5 else len(points)
    size, extra = divmod(len(points), n_stages)
    stages, start = [], scale_min
    stage_names = ["Starting out", "Getting help", "Trying", "Steadier", "Independent"]
    for i in range(n_stages):
        end = start + size - 1 + (1 if i < extra else 0)
        stages.append(
            {
                "key": f"s{i + 1}",
                "name": stage_names[i],
                "from": start,
                "to": end,
                "colour": STAGE_COLOURS[i],
                "description": f"Stage {i + 1}.",
            }
        )
        start = end + 1
    return {
        "format": 1,
        "key": key,
        "version": 1,
        "name": "Test star",
        "description": "A star template made in a test.",
        "scale": {
            "min": scale_min,
            "max": scale_max,
            "stages": stages,
            "points": {str(p): f"General wording for point {p}." for p in points},
        },
        "areas": [
            {
                "key": f"a{i + 1}",
                "name": name,
                "description": f"About {name}.",
                "allow_not_applicable": i in not_applicable,
                "points": {str(scale_min + 1): f"{name}: wording for point {scale_min + 1}."},
            }
            for i, name in enumerate(names)
        ],
    }


@pytest.fixture
def sync_held(monkeypatch):
    """No real keyring, and the window's sync waits for the test to start it."""
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    monkeypatch.setattr(SyncUi, "START_DELAY_MS", -1)


@pytest.fixture
def store(tmp_path, qapp):
    """An empty data file on the worker's laptop; the windows and background jobs of the
    test end before it closes. (A test module may define its own ``store``.)"""
    with Store.open(tmp_path / "laptop" / "worker.db", create=True, actor="test") as s:
        yield s
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


@pytest.fixture
def welsh(qapp):
    """Welsh for one test; English and the locale before it come back afterwards."""
    before = QLocale()
    assert translation.install_language(qapp, "cy") == "cy"
    yield
    translation.install_language(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def make_template() -> Callable[..., StarTemplate]:
    """``make_template(n_areas=8, scale_max=10, long_names=False, names=None, ...)``.

    ``names`` is a list of area names or one of "short", "long", "welsh", "emoji";
    ``not_applicable`` lists the indexes of areas that allow "not applicable";
    ``scale_min`` may be 0 or 1.
    """

    def make(n_areas: int = 8, scale_max: int = 10, long_names: bool = False, **kw: Any):
        return template_from_data(template_data(n_areas, scale_max, long_names=long_names, **kw))

    return make


@pytest.fixture
def template(make_template: Callable[..., StarTemplate]) -> StarTemplate:
    """Eight areas on a 1-10 scale; areas 3 and 8 allow "not applicable"."""
    return make_template(8, 10, not_applicable=(2, 7))
