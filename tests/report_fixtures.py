"""A small service, built in code, whose report figures are worked out by hand.

Template "t" (stages Low 1-4, Mid 5-7, High 8-10). Version 1 has areas home, money,
drink (n/a allowed), people, time; version 2 renames home to "Housing", drops time
and adds work.

A  P1/W1  2024-01-10 first   home 2  money 5  drink n/a
          2024-04-10 review  home 5  money 5  drink 3
          2024-07-09 review  home 8  money 4  drink 4
B  P1/W2  2024-02-01 first   home 3  money 6  drink 2
          2024-03-02 review  home 9  money 7  drink 2   <- amended: home 4
          2024-05-01 draft   home 10                   <- never counts
C  P2/W1  2024-03-15 first   home 6  money 1  drink n/a   (worker-only; one reading)
D  P2/W2  2024-01-05 first   home 4  money 2  drink 1     (version 1)
          2024-06-05 review  home 7  money 2  drink 1  work 5   (version 2)
"""

from __future__ import annotations

import copy
from typing import Any

from starapp.core.people import Person
from starapp.core.readings import (
    Participation,
    Reading,
    ReadingKind,
    ReadingStatus,
    Score,
)
from starapp.core.templates import StarTemplate, template_from_data

STAGES = [
    {"key": "low", "name": "Low", "from": 1, "to": 4, "colour": "#cc6677", "description": "d"},
    {"key": "mid", "name": "Mid", "from": 5, "to": 7, "colour": "#ddcc77", "description": "d"},
    {"key": "high", "name": "High", "from": 8, "to": 10, "colour": "#117733", "description": "d"},
]


def template_data(version: int = 1, key: str = "t") -> dict[str, Any]:
    areas = [
        {"key": "home", "name": "Home", "description": "d"},
        {"key": "money", "name": "Money", "description": "d"},
        {"key": "drink", "name": "Drink", "description": "d", "allow_not_applicable": True},
        {"key": "people", "name": "People", "description": "d"},
        {"key": "time", "name": "Time", "description": "d"},
    ]
    if version >= 2:
        areas[0]["name"] = "Housing"
        areas[4] = {"key": "work", "name": "Work", "description": "d"}
    return {
        "format": 1,
        "key": key,
        "version": version,
        "name": f"Test star {key}",
        "description": "For report tests.",
        "scale": {"min": 1, "max": 10, "stages": copy.deepcopy(STAGES)},
        "areas": areas,
    }


def template(version: int = 1, key: str = "t") -> StarTemplate:
    return template_from_data(template_data(version, key))


T1, T2 = template(1), template(2)
TEMPLATES = (T1, T2)
NA = "n/a"

PEOPLE = {
    "A": Person(id="A", reference="REF-A", project="P1", key_worker="W1"),
    "B": Person(id="B", reference="REF-B", project="P1", key_worker="W2"),
    "C": Person(id="C", reference="REF-C", project="P2", key_worker="W1"),
    "D": Person(id="D", reference="REF-D", project="P2", key_worker="W2"),
}


def scores(**values: int | str) -> dict[str, Score]:
    return {k: Score(k, None, True) if v == NA else Score(k, int(v)) for k, v in values.items()}


def reading(
    rid: str,
    person: str,
    taken_on: str,
    values: dict[str, Score],
    *,
    version: int = 1,
    kind: ReadingKind = ReadingKind.REVIEW,
    participation: Participation = Participation.JOINT,
    status: ReadingStatus = ReadingStatus.FINAL,
    amends: str | None = None,
    created_at: str = "",
) -> Reading:
    return Reading(
        id=rid,
        person_id=person,
        template_id=f"t@{version}",
        taken_on=taken_on,
        worker="W",
        kind=kind,
        participation=participation,
        status=status,
        scores=values,
        amends=amends,
        created_at=created_at or f"{taken_on}T10:00:00.000+00:00",
    )


FIRST = ReadingKind.FIRST
READINGS = [
    reading("a1", "A", "2024-01-10", scores(home=2, money=5, drink=NA), kind=FIRST),
    reading("a2", "A", "2024-04-10", scores(home=5, money=5, drink=3)),
    reading("a3", "A", "2024-07-09", scores(home=8, money=4, drink=4)),
    reading("b1", "B", "2024-02-01", scores(home=3, money=6, drink=2), kind=FIRST),
    reading("b2", "B", "2024-03-02", scores(home=9, money=7, drink=2)),
    reading(
        "b2x",
        "B",
        "2024-03-02",
        scores(home=4, money=7, drink=2),
        amends="b2",
        created_at="2024-03-09T10:00:00.000+00:00",
    ),
    reading("b3", "B", "2024-05-01", scores(home=10), status=ReadingStatus.DRAFT),
    reading(
        "c1",
        "C",
        "2024-03-15",
        scores(home=6, money=1, drink=NA),
        kind=FIRST,
        participation=Participation.WORKER_ONLY,
    ),
    reading("d1", "D", "2024-01-05", scores(home=4, money=2, drink=1), kind=FIRST),
    reading("d2", "D", "2024-06-05", scores(home=7, money=2, drink=1, work=5), version=2),
]
