"""Where data files live by default: the platform's user data folder, never the code's."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "starapp"


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_data_path() -> Path:
    return user_data_dir() / "starapp.db"


def demo_data_path() -> Path:
    return user_data_dir() / "demo.db"
