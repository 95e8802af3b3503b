"""How numbers are written on screen and on paper: in the interface's locale (QLocale(),
set with the language), so decimal marks and thousands separators follow it."""

from __future__ import annotations

from PySide6.QtCore import QLocale

MINUS = "\u2212"  # a real minus sign: screen readers say "minus", not "dash"


def count(n: int) -> str:
    """A whole number, grouped as the locale groups thousands."""
    return QLocale().toString(n)


def number(value: float | None, signed: bool = False, decimals: int = 2) -> str:
    """A mean or a change; a dash when there is none. ``signed`` writes + or − always."""
    if value is None:
        return "–"
    locale = QLocale()
    digits = locale.toString(float(abs(value)), "f", decimals)
    if digits == locale.toString(0.0, "f", decimals):  # rounds to zero: no sign
        return digits
    if value < 0:
        return MINUS + digits
    return "+" + digits if signed else digits


def percent(part: int, whole: int) -> str:
    """A share of people, rounded to a whole percent; a dash when there is no one."""
    return f"{count(round(100 * part / whole))}%" if whole else "–"
