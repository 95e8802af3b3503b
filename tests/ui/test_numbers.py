"""Numbers follow the interface's locale: the same figure reads 10,000 in Welsh or English
and 10.000 in German; signs are a real minus and a plus only when asked for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from starapp.ui.numbers import MINUS, count, number, percent


@pytest.fixture
def locale_named() -> Iterator:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_counts_and_means_in_welsh_and_german(locale_named) -> None:
    locale_named("cy_GB")
    assert (count(10000), number(6.734), percent(1, 3)) == ("10,000", "6.73", "33%")
    locale_named("de_DE")
    assert (count(10000), number(6.734), percent(2, 3)) == ("10.000", "6,73", "67%")


def test_signs(locale_named) -> None:
    locale_named("en_GB")
    assert number(0.456, signed=True) == "+0.46"
    assert number(-0.456, signed=True) == f"{MINUS}0.46"
    assert number(-0.456) == f"{MINUS}0.46"
    assert number(0.456) == "0.46"
    assert number(-0.001, signed=True) == "0.00"  # rounds to nothing: no sign
    assert number(-2, signed=True, decimals=0) == f"{MINUS}2"
    assert number(None) == "–" and percent(0, 0) == "–"
