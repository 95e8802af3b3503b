"""Dates as people read them ("3 Mar 2026"); ISO-8601 stays in the data file."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

DISPLAY_FORMAT = "d MMM yyyy"


def display_date(iso: str | None) -> str:
    """``"2026-03-03"`` -> ``"3 Mar 2026"``; empty for no date, the text itself if unparsable."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, DISPLAY_FORMAT) if day.isValid() else iso


def display_datetime(at: str) -> str:
    """A stored UTC timestamp in this laptop's time: "3 Mar 2026, 14:05"."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), "d MMM yyyy, HH:mm")
