"""How a report's figures are written as text: the same on screen and on paper."""

from __future__ import annotations


def number(value: float | None, signed: bool = False) -> str:
    """A mean as tables and charts print it; a dash when there is none."""
    if value is None:
        return "–"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def percent(count: int, total: int) -> str:
    """A share of people, rounded to a whole percent; a dash when there is no one."""
    return f"{round(100 * count / total)}%" if total else "–"
