"""The service report read with SQL from a real data file.

The hand-worked service of tests/report_fixtures.py is entered through the store API
(amendment and draft included), and the SQL path must give the hand-computed figures
and exactly what the plain-Python path gives from the same readings.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from report_fixtures import NA, T1, T2, template

from starapp.core.people import PersonDraft
from starapp.core.readings import Participation, ReadingKind, Score
from starapp.core.report_filters import ReportFilter
from starapp.core.reports import records_from_readings, report_from_records
from starapp.store import Store
from starapp.store.report_queries import (
    ReportCancelled,
    all_templates,
    iter_report_readings,
    iter_score_rows,
    report_counts,
    service_report,
)


def add_reading(store, person, tpl, taken_on, values, *, final=True, **details):
    r = store.readings.start(person.id, tpl, taken_on=taken_on, **details)
    for key, value in values.items():
        if value == NA:
            store.readings.set_score(r.id, key, None, not_applicable=True)
        else:
            store.readings.set_score(r.id, key, value)
    if final:
        store.readings.finalise(r.id, allow_incomplete=True)
    return r


@pytest.fixture
def service(tmp_path):
    """The fixture service of report_fixtures, through the store API."""
    store = Store.open(tmp_path / "service.db", create=True, actor="tester")
    people = {
        name: store.people.add(PersonDraft(reference=f"REF-{name}", project=p, key_worker=w))
        for name, p, w in (
            ("A", "P1", "W1"),
            ("B", "P1", "W2"),
            ("C", "P2", "W1"),
            ("D", "P2", "W2"),
        )
    }
    A, B, C, D = people.values()
    first = {"kind": ReadingKind.FIRST}
    add_reading(store, A, T1, "2024-01-10", {"home": 2, "money": 5, "drink": NA}, **first)
    add_reading(store, A, T1, "2024-04-10", {"home": 5, "money": 5, "drink": 3})
    add_reading(store, A, T1, "2024-07-09", {"home": 8, "money": 4, "drink": 4})
    add_reading(store, B, T1, "2024-02-01", {"home": 3, "money": 6, "drink": 2}, **first)
    b2 = add_reading(store, B, T1, "2024-03-02", {"home": 9, "money": 7, "drink": 2})
    store.readings.amend(b2.id, {"home": Score("home", 4)}, "Typing slip.")
    add_reading(store, B, T1, "2024-05-01", {"home": 10}, final=False)  # a draft
    add_reading(
        store,
        C,
        T1,
        "2024-03-15",
        {"home": 6, "money": 1, "drink": NA},
        participation=Participation.WORKER_ONLY,
        **first,
    )
    add_reading(store, D, T1, "2024-01-05", {"home": 4, "money": 2, "drink": 1}, **first)
    add_reading(store, D, T2, "2024-06-05", {"home": 7, "money": 2, "drink": 1, "work": 5})
    yield store
    store.close()


def python_report(store, flt):
    """The plain-Python path over every reading in the file (drafts and originals too)."""
    people = {p.id: p for p in store.people.find(archived=None)}
    readings = [r for pid in people for r in store.readings.for_person(pid, include_replaced=True)]
    readings += store.readings.drafts()
    return report_from_records(
        records_from_readings(people, readings), all_templates(store), flt, generated_at="x"
    )


def test_hand_computed_figures_from_sql(service):
    rep = service_report(service, ReportFilter(), generated_at="x")
    (s,) = rep.sections
    assert (s.people, s.people_multi, s.readings) == (4, 3, 8)
    home, money, drink = s.areas[0], s.areas[1], s.areas[2]
    assert home.name == "Housing"
    assert home.mean_first == pytest.approx(3.0)
    assert home.mean_latest == pytest.approx(19 / 3)  # the amendment (4), not 9; no draft 10
    assert (home.up_point, home.up_stage) == (3, 2)
    assert home.movement == ((1, 1, 1), (0, 0, 0), (0, 0, 0))
    assert (money.down_point, money.down_stage, money.stayed) == (1, 1, 1)
    assert (drink.na_first, drink.na_latest, drink.compared) == (2, 1, 2)
    work = {a.key: a for a in s.areas}["work"]
    assert (work.people_first, work.people_latest) == (0, 1)
    assert s.overall.mean_change == pytest.approx(10 / 8)
    assert s.time.median_days == pytest.approx(90.5)
    assert s.time.mean_span_days == pytest.approx((181 + 30 + 152) / 3)
    assert rep == python_report(service, ReportFilter())


@pytest.mark.parametrize(
    "flt",
    [
        ReportFilter(project="P1"),
        ReportFilter(key_worker="W2"),
        ReportFilter(project="P2", key_worker="W1"),
        ReportFilter(date_to="2024-04-30"),
        ReportFilter(date_from="2024-03-01", date_to="2024-06-30"),
        ReportFilter(min_readings=2),
        ReportFilter(min_readings=3),
        ReportFilter(kinds=frozenset({ReadingKind.FIRST})),
        ReportFilter(kinds=frozenset({ReadingKind.FIRST, ReadingKind.REVIEW})),
        ReportFilter(participation=Participation.WORKER_ONLY),
        ReportFilter(participation=Participation.JOINT, min_readings=2),
        ReportFilter(template_key="t"),
        ReportFilter(template_key="nothing"),
        ReportFilter(project="nobody"),
    ],
)
def test_filters_in_sql_match_the_python_path(service, flt):
    assert service_report(service, flt, generated_at="x") == python_report(service, flt)


def test_date_filter_by_hand(service):
    s = service_report(service, ReportFilter(date_to="2024-04-30")).sections[0]
    assert (s.people, s.people_multi, s.readings) == (4, 2, 6)
    assert s.areas[0].mean_latest == pytest.approx(4.5)


def test_empty_selection_and_empty_file(service, tmp_path):
    rep = service_report(service, ReportFilter(project="nobody"))
    assert rep.is_empty and "nothing to report" in rep.message
    with Store.open(tmp_path / "empty.db", create=True) as empty:
        assert service_report(empty, ReportFilter()).is_empty
        assert list(iter_score_rows(empty, ReportFilter())) == []


def test_score_rows_are_the_scores_of_current_final_readings(service):
    rows = list(iter_score_rows(service, ReportFilter()))
    # a: 3+3+3, b: 3 + 3 (amended copy), c: 3, d: 3 + 4
    assert len(rows) == 25
    homes = {(r.reference, r.taken_on): r.value for r in rows if r.area_key == "home"}
    assert homes[("REF-B", "2024-03-02")] == 4
    assert ("REF-B", "2024-05-01") not in homes
    drink = [r for r in rows if r.reference == "REF-A" and r.area_key == "drink"]
    assert [(r.value, r.not_applicable) for r in drink] == [(None, True), (3, False), (4, False)]
    d2 = [r for r in rows if r.reference == "REF-D" and r.taken_on == "2024-06-05"]
    assert {(r.template_key, r.template_version) for r in d2} == {("t", 2)}
    assert len(list(iter_score_rows(service, ReportFilter(min_readings=3)))) == 9


def test_records_from_sql_rebuild_the_same_report(service):
    records = list(iter_report_readings(service, ReportFilter()))
    assert len(records) == 8
    rep = report_from_records(records, all_templates(service), ReportFilter(), generated_at="x")
    assert rep == service_report(service, ReportFilter(), generated_at="x")


def test_a_cancelled_report_stops(service):
    with pytest.raises(ReportCancelled, match="cancelled"):
        report_counts(service, ReportFilter(), cancelled=lambda: True, check_every=1)
    assert service_report(service, ReportFilter(), cancelled=lambda: False).people == 4


# --- random services: SQL and plain Python agree -----------------------------------------


U1 = template(1, key="u")


def random_service(store, rng):
    templates = [T1, T1, T2, U1]
    people = [
        store.people.add(
            PersonDraft(
                reference=f"R{i}",
                project=rng.choice(["P1", "P2"]),
                key_worker=rng.choice(["W1", "W2"]),
            )
        )
        for i in range(14)
    ]
    for person in people:
        for _ in range(rng.randint(0, 6)):
            tpl = rng.choice(templates)
            values: dict = {}
            for area in tpl.areas:
                roll = rng.random()
                if roll < 0.75:
                    values[area.key] = rng.randint(1, 10)
                elif roll < 0.9 and area.allow_not_applicable:
                    values[area.key] = NA
            r = add_reading(
                store,
                person,
                tpl,
                f"2024-0{rng.randint(1, 3)}-{rng.randint(1, 28):02d}",
                values,
                final=False,
                kind=rng.choice(list(ReadingKind)),
                participation=rng.choice(list(Participation)),
            )
            for key in values:
                if rng.random() < 0.2:
                    store.readings.set_own_score(r.id, key, rng.randint(1, 10))
            if rng.random() < 0.85:
                store.readings.finalise(r.id, allow_incomplete=True)
            current = store.readings.get(r.id)
            while current.is_final and rng.random() < 0.2:
                area = rng.choice(store.readings.template_of(current).areas).key
                current = store.readings.amend(
                    current.id, {area: Score(area, rng.randint(1, 10))}, "Corrected."
                )


FILTERS = [
    ReportFilter(),
    ReportFilter(own_scores=True, min_readings=2),
    ReportFilter(min_readings=2),
    ReportFilter(template_key="t", min_readings=3),
    ReportFilter(project="P1", date_from="2024-02-01"),
    ReportFilter(key_worker="W2", date_to="2024-02-15"),
    ReportFilter(kinds=frozenset({ReadingKind.REVIEW, ReadingKind.EXIT})),
    ReportFilter(participation=Participation.JOINT),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_services_agree_with_the_python_path(tmp_path, seed):
    with Store.open(tmp_path / f"r{seed}.db", create=True) as store:
        random_service(store, random.Random(seed))
        for flt in FILTERS:
            want = python_report(store, flt)
            got = service_report(store, flt, generated_at="x")
            assert got == want, flt
        assert not service_report(store, ReportFilter()).is_empty


def test_people_with_two_templates_are_counted_per_template(service):
    A = service.people.by_reference("REF-A")
    U = template(1, key="u")
    add_reading(service, A, U, "2024-02-02", {"home": 1})
    add_reading(service, A, U, "2024-03-02", {"home": 9})
    rep = service_report(service, ReportFilter(), generated_at="x")
    assert [s.template_key for s in rep.sections] == ["t", "u"]
    assert rep.section("t").readings == 8
    assert rep.section("u").areas[0].up_stage == 1
    assert rep == python_report(service, ReportFilter())
    assert replace(rep, generated_at="y") != rep


def test_own_scores_from_the_store(service):
    A = service.people.by_reference("REF-A")
    r = service.readings.start(A.id, T1, taken_on="2024-08-01")
    service.readings.set_score(r.id, "home", 6)
    service.readings.set_own_score(r.id, "home", 9)
    service.readings.finalise(r.id, allow_incomplete=True)
    agreed = service_report(service, ReportFilter(), generated_at="x")
    own = service_report(service, ReportFilter(own_scores=True), generated_at="x")
    assert agreed.sections[0].areas[0].mean_latest == pytest.approx((6 + 4 + 7) / 3)
    assert own.sections[0].areas[0].mean_latest == pytest.approx((9 + 4 + 7) / 3)
    assert own == python_report(service, ReportFilter(own_scores=True))
    row = next(x for x in iter_score_rows(service, ReportFilter()) if x.reading_id == r.id)
    assert (row.value, row.own_value) == (6, 9)


def test_count_score_rows(service):
    from starapp.store.report_queries import count_score_rows

    for flt in (ReportFilter(), ReportFilter(min_readings=3), ReportFilter(project="nobody")):
        assert count_score_rows(service, flt) == len(list(iter_score_rows(service, flt)))
