"""Service report and distance travelled, against figures worked out by hand.

The fixture (tests/report_fixtures.py) spells out every reading; the numbers in the
tests below come from that table, not from the code.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from report_fixtures import NA, PEOPLE, READINGS, T1, T2, TEMPLATES, reading, scores, template

from starapp.core.errors import ValidationError
from starapp.core.readings import Participation, ReadingKind, ReadingStatus
from starapp.core.report_figures import EMPTY_MESSAGE, median
from starapp.core.report_filters import ReportFilter
from starapp.core.reports import (
    count_records,
    current_final,
    distance_travelled,
    records_from_readings,
    report_from_records,
)

RECORDS = records_from_readings(PEOPLE, READINGS)


def report(flt: ReportFilter | None = None, records=RECORDS, templates=TEMPLATES):
    return report_from_records(records, templates, flt or ReportFilter(), generated_at="now")


def areas(section):
    return {a.key: a for a in section.areas}


# --- what counts -----------------------------------------------------------------------


def test_only_current_final_readings_become_records():
    ids = sorted(r.reading_id for r in RECORDS)
    assert ids == ["a1", "a2", "a3", "b1", "b2x", "c1", "d1", "d2"]  # b2 amended, b3 draft
    assert [r.id for r in current_final(READINGS) if r.person_id == "B"] == ["b1", "b2x"]


def test_totals():
    rep = report()
    assert not rep.is_empty and rep.message == ""
    (s,) = rep.sections
    assert (s.template_key, s.template_name, s.template_version) == ("t", "Test star t", 2)
    assert (s.people, s.people_multi, s.people_single, s.readings) == (4, 3, 1, 8)
    assert [st.name for st in s.stages] == ["Low", "Mid", "High"]


def test_areas_follow_the_newest_version_with_its_names():
    s = report().sections[0]
    assert [(a.key, a.name) for a in s.areas] == [
        ("home", "Housing"),
        ("money", "Money"),
        ("drink", "Drink"),
        ("people", "People"),
        ("work", "Work"),
    ]


def test_home_area_by_hand():
    home = areas(report().sections[0])["home"]
    # first: A2 B3 C6 D4 · latest: A8 B4(amended, not 9; draft 10 ignored) C6 D7
    assert (home.people_first, home.people_latest, home.compared) == (4, 4, 3)
    assert home.mean_first == pytest.approx(3.0)  # A2 B3 D4 (C has one reading)
    assert home.mean_latest == pytest.approx(19 / 3)  # A8 B4 D7
    assert home.mean_change == pytest.approx(10 / 3)
    assert (home.up_point, home.up_stage, home.stayed, home.down_point, home.down_stage) == (
        3,
        2,
        0,
        0,
        0,
    )
    assert home.snapshot_first == (3, 1, 0)  # Low: A B D · Mid: C
    assert home.snapshot_latest == (1, 2, 1)  # Low: B · Mid: C D · High: A
    assert home.movement == ((1, 1, 1), (0, 0, 0), (0, 0, 0))
    assert (home.na_first, home.na_latest) == (0, 0)
    assert home.share(home.up_stage) == pytest.approx(2 / 3)


def test_money_area_by_hand():
    money = areas(report().sections[0])["money"]
    assert money.compared == 3
    assert money.mean_first == pytest.approx(13 / 3)
    assert money.mean_latest == pytest.approx(13 / 3)
    assert money.mean_change == pytest.approx(0)
    assert (money.up_point, money.up_stage, money.stayed) == (1, 0, 1)  # B up; D stayed
    assert (money.down_point, money.down_stage) == (1, 1)  # A 5 -> 4, Mid -> Low
    assert money.snapshot_first == (2, 2, 0)
    assert money.snapshot_latest == (3, 1, 0)
    assert money.movement == ((1, 0, 0), (1, 1, 0), (0, 0, 0))


def test_not_applicable_is_left_out_and_counted_apart():
    drink = areas(report().sections[0])["drink"]
    # A: n/a -> 4 (not compared); B 2 -> 2; C n/a (one reading); D 1 -> 1
    assert (drink.na_first, drink.na_latest) == (2, 1)
    assert (drink.people_first, drink.people_latest, drink.compared) == (2, 3, 2)
    assert drink.mean_first == pytest.approx(1.5)
    assert drink.mean_latest == pytest.approx(1.5)
    assert drink.stayed == 2
    assert drink.snapshot_first == (2, 0, 0)
    assert drink.snapshot_latest == (3, 0, 0)


def test_area_only_in_the_newer_version_and_an_area_nobody_scored():
    by_key = areas(report().sections[0])
    work, people = by_key["work"], by_key["people"]
    assert (work.people_first, work.people_latest, work.compared) == (0, 1, 0)
    assert work.snapshot_latest == (0, 1, 0)
    assert work.mean_first is None and work.mean_change is None
    assert work.share(0) is None
    assert (people.people_first, people.people_latest, people.compared) == (0, 0, 0)


def test_all_areas_pools_every_person_area():
    overall = report().sections[0].overall
    assert (overall.people_first, overall.people_latest) == (10, 12)
    assert (overall.na_first, overall.na_latest) == (2, 1)
    assert overall.compared == 8
    assert overall.mean_first == pytest.approx(25 / 8)
    assert overall.mean_latest == pytest.approx(35 / 8)
    assert overall.mean_change == pytest.approx(10 / 8)
    assert (overall.up_point, overall.up_stage, overall.stayed) == (4, 2, 3)
    assert (overall.down_point, overall.down_stage) == (1, 1)
    assert overall.snapshot_first == (7, 3, 0)
    assert overall.snapshot_latest == (7, 4, 1)
    assert overall.movement == ((4, 1, 1), (1, 1, 0), (0, 0, 0))


def test_time_between_readings():
    t = report().sections[0].time
    # A: 181 days over 2 gaps (90.5); B: 30 days, 1 gap; D: 152 days, 1 gap
    assert t.people == 3
    assert t.median_days == pytest.approx(90.5)
    assert t.mean_days == pytest.approx((90.5 + 30 + 152) / 3)
    assert t.median_span_days == pytest.approx(152)
    assert t.mean_span_days == pytest.approx((181 + 30 + 152) / 3)


def test_median_of_a_histogram():
    assert median({}) is None
    assert median({5: 1}) == 5
    assert median({1: 1, 3: 1}) == 2
    assert median({1: 2, 10: 1}) == 1
    assert median({1: 1, 2: 1, 10: 2}) == 6


# --- filters ---------------------------------------------------------------------------


def test_project_filter():
    s = report(ReportFilter(project="P1")).sections[0]
    assert (s.people, s.readings) == (2, 5)
    home = areas(s)["home"]
    assert (home.mean_first, home.mean_latest) == (pytest.approx(2.5), pytest.approx(6.0))


def test_key_worker_filter():
    s = report(ReportFilter(key_worker="W2")).sections[0]
    assert (s.people, s.readings) == (2, 4)  # B and D


def test_date_range_picks_readings_before_first_and_latest():
    s = report(ReportFilter(date_to="2024-04-30")).sections[0]
    # A: a1, a2 · B: b1, b2x · C: c1 · D: d1 only
    assert (s.people, s.people_multi, s.readings) == (4, 2, 6)
    home = areas(s)["home"]
    assert home.compared == 2
    assert home.mean_first == pytest.approx(2.5)  # A2 B3
    assert home.mean_latest == pytest.approx(4.5)  # A5 B4
    s = report(ReportFilter(date_from="2024-03-01", date_to="2024-06-30")).sections[0]
    assert (s.people, s.readings) == (4, 4)  # a2, b2x, c1, d2


def test_min_readings_leaves_out_single_readings():
    s = report(ReportFilter(min_readings=2)).sections[0]
    assert (s.people, s.people_single, s.readings) == (3, 0, 7)
    assert areas(s)["home"].snapshot_first == (3, 0, 0)  # C gone
    assert report(ReportFilter(min_readings=3)).sections[0].people == 1


def test_kind_filter_applies_to_readings():
    s = report(ReportFilter(kinds=frozenset({ReadingKind.FIRST}))).sections[0]
    assert (s.people, s.people_multi, s.readings) == (4, 0, 4)
    home = areas(s)["home"]
    assert home.compared == 0 and home.mean_change is None
    assert home.snapshot_first == home.snapshot_latest == (3, 1, 0)


def test_participation_filter():
    worker_only = report(ReportFilter(participation=Participation.WORKER_ONLY)).sections[0]
    assert (worker_only.people, worker_only.readings) == (1, 1)
    joint = report(ReportFilter(participation=Participation.JOINT)).sections[0]
    assert (joint.people, joint.readings) == (3, 7)


@pytest.mark.parametrize(
    "flt",
    [
        ReportFilter(project="nobody"),
        ReportFilter(template_key="other"),
        ReportFilter(date_from="2030-01-01"),
        ReportFilter(min_readings=4),
    ],
)
def test_a_selection_that_matches_nobody_gives_an_empty_report(flt):
    rep = report(flt)
    assert rep.is_empty and rep.sections == ()
    assert rep.message == EMPTY_MESSAGE
    assert "nothing to report" in rep.message
    assert (rep.people, rep.readings) == (0, 0)
    data = json.loads(json.dumps(rep.to_dict()))
    assert data["empty"] is True and data["message"] == EMPTY_MESSAGE
    assert data["definitions"]


def test_no_records_at_all():
    assert report(records=[]).is_empty


def test_back_to_front_dates_are_refused_with_a_sentence():
    with pytest.raises(ValidationError) as err:
        report(ReportFilter(date_from="2024-06-01", date_to="2024-01-01"))
    assert err.value.field == "date_to"
    assert "back to front" in str(err.value)
    assert str(err.value).endswith(".")


@pytest.mark.parametrize(
    ("flt", "field", "words"),
    [
        (ReportFilter(date_from="01/02/2024"), "date_from", "not a date"),
        (ReportFilter(min_readings=0), "min_readings", "at least 1"),
        (ReportFilter(kinds=frozenset({"closing"})), "kinds", "'closing' is not a kind"),
        (ReportFilter(participation="alone"), "participation", "'alone' is not a way"),
    ],
)
def test_bad_filters(flt, field, words):
    with pytest.raises(ValidationError) as err:
        flt.validated()
    assert err.value.field == field and words in str(err.value)


def test_filter_is_cleaned_and_described():
    flt = ReportFilter(project="  P1 ", key_worker="", date_from="2024-01-01").validated()
    assert flt.project == "P1" and flt.key_worker is None
    lines = flt.describe()
    assert "Project: P1" in lines
    assert "Readings taken: from 2024-01-01" in lines
    assert flt.to_dict()["kinds"] == []
    assert lines[-1] == (
        "People counted: everyone, whether or not they agreed to share anonymised figures"
    )
    shared = ReportFilter(shared_figures_only=True)
    assert shared.describe()[-1] == (
        "People counted: only people who agreed to share anonymised figures"
    )
    assert shared.to_dict()["shared_figures_only"] is True
    assert ReportFilter().shared_figures_only is False  # the service's own use: everyone


# --- versions and stages -----------------------------------------------------------------


def test_stages_come_from_the_newest_version():
    data2 = template(2).raw | {}
    data2 = json.loads(json.dumps(data2))
    data2["version"] = 3
    data2["scale"]["stages"][0]["to"] = 5  # Low 1-5, Mid 6-7
    data2["scale"]["stages"][1]["from"] = 6
    from starapp.core.templates import template_from_data

    t3 = template_from_data(data2)
    money = areas(report(templates=(T1, T2, t3)).sections[0])["money"]
    # first: A5 B6 C1 D2 -> with Low 1-5: Low A C D, Mid B
    assert money.snapshot_first == (3, 1, 0)
    assert report(templates=(T1, T2, t3)).sections[0].template_version == 3


def test_each_template_key_is_reported_on_its_own():
    other = template(1, key="u")
    extra = records_from_readings(
        PEOPLE,
        [
            replace(reading("u1", "A", "2024-02-02", scores(home=1)), template_id="u@1"),
            replace(reading("u2", "A", "2024-03-02", scores(home=9)), template_id="u@1"),
        ],
    )
    rep = report(records=RECORDS + extra, templates=(*TEMPLATES, other))
    assert [s.template_key for s in rep.sections] == ["t", "u"]
    assert rep.section("t").people == 4  # A's "u" readings do not touch "t"
    u_home = areas(rep.section("u"))["home"]
    assert (u_home.mean_first, u_home.mean_latest, u_home.up_stage) == (1, 9, 1)
    assert rep.people == 5


def test_report_serialises_to_json():
    data = json.loads(json.dumps(report().to_dict()))
    section = data["sections"][0]
    assert section["people"] == 4
    home = section["areas"][0]
    assert home["name"] == "Housing" and home["up_stage"] == {"people": 2, "share": 2 / 3}
    assert home["movement"]["people"][0] == [1, 1, 1]
    assert section["all_areas"]["compared"] == 8


def test_counts_are_what_the_figures_see():
    counts = count_records(RECORDS, ReportFilter())["t"]
    assert counts.people == 4 and counts.readings == 8
    assert counts.pairs[("drink", NA, 4, True)] == 1  # A
    assert counts.pairs[("work", None, 5, True)] == 1  # D: no work area at version 1
    assert counts.pairs[("home", 6, 6, False)] == 1  # C


# --- distance travelled ------------------------------------------------------------------


def rows_of(dist):
    return {r.area_key: r for r in dist.rows}


def test_distance_travelled_for_one_person():
    dist = distance_travelled(T1, [r for r in READINGS if r.person_id == "A"])
    assert (dist.readings, dist.first_date, dist.latest_date) == (3, "2024-01-10", "2024-07-09")
    rows = rows_of(dist)
    home, money, drink = rows["home"], rows["money"], rows["drink"]
    assert (home.first, home.latest, home.change) == (2, 8, 6)
    assert (home.first_stage, home.latest_stage, home.moved_up_stage) == ("Low", "High", True)
    assert (money.change, money.moved_up_stage) == (-1, False)
    assert (drink.first, drink.latest, drink.change, drink.moved_up_stage) == (NA, 4, None, None)
    assert DistanceLabel(drink.first) == "n/a"
    assert rows["people"].first is None and DistanceLabel(None) == "–"
    # averages over home and money only: drink is n/a at the first reading
    assert dist.mean_first == pytest.approx(3.5)
    assert dist.mean_latest == pytest.approx(6.0)
    assert dist.mean_change == pytest.approx(2.5)
    assert (dist.areas_compared, dist.areas_up_stage) == (2, 1)


def DistanceLabel(value):
    from starapp.core.reports import DistanceRow

    return DistanceRow.label(value)


def test_distance_uses_the_amendment_and_ignores_drafts():
    dist = distance_travelled(T1, [r for r in READINGS if r.person_id == "B"])
    assert dist.readings == 2 and dist.latest_reading_id == "b2x"
    home = rows_of(dist)["home"]
    assert (home.first, home.latest, home.change, home.moved_up_stage) == (3, 4, 1, False)


def test_distance_across_template_versions():
    dist = distance_travelled(T2, [r for r in READINGS if r.person_id == "D"])
    rows = rows_of(dist)
    assert rows["home"].area_name == "Housing"
    assert (rows["home"].change, rows["home"].moved_up_stage) == (3, True)
    assert (rows["work"].first, rows["work"].latest, rows["work"].change) == (None, 5, None)
    assert "time" not in rows  # not in version 2, not scored by D


def test_distance_with_one_reading_compares_nothing():
    dist = distance_travelled(T1, [r for r in READINGS if r.person_id == "C"])
    assert dist.readings == 1 and dist.first_reading_id == dist.latest_reading_id == "c1"
    assert all(r.change is None and r.moved_up_stage is None for r in dist.rows)
    assert dist.mean_first is None
    assert rows_of(dist)["drink"].first == NA


def test_distance_with_no_readings():
    drafts = [replace(r, status=ReadingStatus.DRAFT) for r in READINGS if r.person_id == "A"]
    dist = distance_travelled(T1, drafts)
    assert dist.readings == 0 and dist.rows == () and dist.mean_change is None


# --- property: the report equals a naive recomputation ------------------------------------

from datetime import date  # noqa: E402
from statistics import mean  # noqa: E402
from statistics import median as plain_median  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from starapp.core.people import (  # noqa: E402
    KEEP_RECORD,
    SHARE_FIGURES,
    Consent,
    Person,
)
from starapp.core.readings import Reading, Score  # noqa: E402

U1 = template(1, key="u")
ALL_TEMPLATES = (T1, T2, U1)
TEMPLATE_OF = {"t@1": T1, "t@2": T2, "u@1": U1}
SHARING = Consent(given=True, date="2024-01-01", purposes=frozenset({KEEP_RECORD, SHARE_FIGURES}))
CONSENTS = (  # consent covering SHARE_FIGURES, and the ways of not having it
    SHARING,
    replace(SHARING, withdrawn_on="2024-01-02"),
    replace(SHARING, purposes=frozenset({KEEP_RECORD})),
    Consent(given=False, date="2024-01-01"),
    Consent(),
)


@st.composite
def service(draw):
    people = {
        f"p{i}": Person(
            id=f"p{i}",
            reference=f"R{i}",
            project=draw(st.sampled_from(["P1", "P2"])),
            key_worker=draw(st.sampled_from(["W1", "W2"])),
            consent=draw(st.sampled_from(CONSENTS)),
        )
        for i in range(draw(st.integers(0, 6)))
    }
    readings: list[Reading] = []
    n = 0
    for pid in people:
        for _ in range(draw(st.integers(0, 6))):
            n += 1
            tid = draw(st.sampled_from(["t@1", "t@1", "t@2", "u@1"]))
            values = {}
            for area in TEMPLATE_OF[tid].areas:
                choice = draw(st.sampled_from(["score", "score", "score", "na", "missing", "none"]))
                if choice == "score":
                    own = draw(st.none() | st.integers(1, 10))
                    values[area.key] = Score(area.key, draw(st.integers(1, 10)), own_value=own)
                elif choice == "na" and area.allow_not_applicable:
                    values[area.key] = Score(area.key, None, True)
                elif choice == "none":
                    values[area.key] = Score(area.key, None)
            r = Reading(
                id=f"r{n:03d}",
                person_id=pid,
                template_id=tid,
                taken_on=date(2024, 1, draw(st.integers(1, 28))).isoformat(),
                worker="W",
                kind=draw(st.sampled_from(list(ReadingKind))),
                participation=draw(st.sampled_from(list(Participation))),
                status=draw(st.sampled_from([ReadingStatus.FINAL] * 4 + [ReadingStatus.DRAFT])),
                scores=values,
                created_at=f"2024-02-01T10:00:0{draw(st.integers(0, 2))}.000+00:00",
            )
            readings.append(r)
            while r.is_final and draw(st.booleans()) and draw(st.booleans()):
                n += 1
                changed = dict(r.scores)
                changed["home"] = Score("home", draw(st.integers(1, 10)))
                r = replace(r, id=f"r{n:03d}", amends=r.id, scores=changed, created_at="2024-03-01")
                readings.append(r)
    date_from = draw(st.none() | st.integers(1, 28).map(lambda d: f"2024-01-{d:02d}"))
    date_to = draw(st.none() | st.integers(1, 28).map(lambda d: f"2024-01-{d:02d}"))
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    flt = ReportFilter(
        template_key=draw(st.sampled_from([None, None, "t", "u"])),
        project=draw(st.sampled_from([None, None, "P1"])),
        key_worker=draw(st.sampled_from([None, None, "W1"])),
        date_from=date_from,
        date_to=date_to,
        min_readings=draw(st.integers(1, 3)),
        kinds=frozenset(draw(st.sets(st.sampled_from(list(ReadingKind))))),
        participation=draw(st.sampled_from([None, None, *Participation])),
        own_scores=draw(st.booleans()),
        shared_figures_only=draw(st.booleans()),
    )
    return people, readings, flt


def naive(people, readings, flt):
    """Straight from the definitions, one person and one area at a time."""
    replaced = {r.amends for r in readings}
    groups: dict = {}
    for r in readings:
        if r.status != ReadingStatus.FINAL or r.id in replaced:
            continue
        p, key = people[r.person_id], r.template_id.split("@")[0]
        if (
            (flt.template_key and key != flt.template_key)
            or (flt.project and p.project != flt.project)
            or (flt.key_worker and p.key_worker != flt.key_worker)
            or (flt.date_from and r.taken_on < flt.date_from)
            or (flt.date_to and r.taken_on > flt.date_to)
            or (flt.kinds and r.kind not in flt.kinds)
            or (flt.participation and r.participation != flt.participation)
            or (flt.shared_figures_only and not p.consent.covers(SHARE_FIGURES))
        ):
            continue
        groups.setdefault(key, {}).setdefault(r.person_id, []).append(r)
    out = {}
    for key, by_person in groups.items():
        series = [
            sorted(rs, key=lambda r: (r.taken_on, r.created_at, r.id))
            for rs in by_person.values()
            if len(rs) >= flt.min_readings
        ]
        if not series:
            continue
        newest = max((t for t in ALL_TEMPLATES if t.key == key), key=lambda t: t.version)

        def stage(v, newest=newest):
            return next(i for i, s in enumerate(newest.stages) if s.start <= v <= s.end)

        def value(r, area):
            s = r.scores.get(area)
            if s is None:
                return None
            if flt.own_scores and s.own_value is not None and not s.not_applicable:
                return s.own_value
            return s.value

        def na(r, area):
            s = r.scores.get(area)
            return s is not None and s.not_applicable

        seen = {a for rs in series for r in (rs[0], rs[-1]) for a in r.scores}
        area_keys = [a.key for a in newest.areas] + sorted(seen - set(newest.area_keys))
        figures = {}
        for area in [*area_keys, "_all"]:
            keys = area_keys if area == "_all" else [area]
            firsts = [value(rs[0], a) for rs in series for a in keys]
            latests = [value(rs[-1], a) for rs in series for a in keys]
            pairs = [
                (value(rs[0], a), value(rs[-1], a))
                for rs in series
                if len(rs) > 1
                for a in keys
                if value(rs[0], a) is not None and value(rs[-1], a) is not None
            ]
            n_stages = len(newest.stages)
            movement = [[0] * n_stages for _ in range(n_stages)]
            for f, la in pairs:
                movement[stage(f)][stage(la)] += 1
            figures[area] = {
                "people_first": sum(v is not None for v in firsts),
                "people_latest": sum(v is not None for v in latests),
                "na_first": sum(na(rs[0], a) for rs in series for a in keys),
                "na_latest": sum(na(rs[-1], a) for rs in series for a in keys),
                "compared": len(pairs),
                "mean_first": mean(f for f, _ in pairs) if pairs else None,
                "mean_latest": mean(la for _, la in pairs) if pairs else None,
                "mean_change": mean(la - f for f, la in pairs) if pairs else None,
                "up_point": sum(la > f for f, la in pairs),
                "up_stage": sum(stage(la) > stage(f) for f, la in pairs),
                "stayed": sum(la == f for f, la in pairs),
                "down_point": sum(la < f for f, la in pairs),
                "down_stage": sum(stage(la) < stage(f) for f, la in pairs),
                "snapshot_first": tuple(
                    sum(v is not None and stage(v) == i for v in firsts) for i in range(n_stages)
                ),
                "snapshot_latest": tuple(
                    sum(v is not None and stage(v) == i for v in latests) for i in range(n_stages)
                ),
                "movement": tuple(tuple(row) for row in movement),
            }
        multi = [rs for rs in series if len(rs) > 1]

        def days(rs):
            return (date.fromisoformat(rs[-1].taken_on) - date.fromisoformat(rs[0].taken_on)).days

        out[key] = {
            "people": len(series),
            "people_multi": len(multi),
            "readings": sum(len(rs) for rs in series),
            "areas": figures,
            "median_days": plain_median([days(rs) / (len(rs) - 1) for rs in multi])
            if multi
            else None,
            "mean_days": mean(days(rs) / (len(rs) - 1) for rs in multi) if multi else None,
            "median_span": plain_median([days(rs) for rs in multi]) if multi else None,
            "mean_span": mean(days(rs) for rs in multi) if multi else None,
        }
    return out


def approx(value):
    return None if value is None else pytest.approx(value)


@settings(max_examples=300, deadline=None)
@given(service())
def test_report_equals_a_naive_recomputation(data):
    people, readings, flt = data
    got = report_from_records(records_from_readings(people, readings), ALL_TEMPLATES, flt)
    want = naive(people, readings, flt)
    assert [s.template_key for s in got.sections] == sorted(want)
    assert got.is_empty == (not want)
    for s in got.sections:
        w = want[s.template_key]
        assert (s.people, s.people_multi, s.readings) == (
            w["people"],
            w["people_multi"],
            w["readings"],
        )
        assert s.time.median_days == approx(w["median_days"])
        assert s.time.mean_days == approx(w["mean_days"])
        assert s.time.median_span_days == approx(w["median_span"])
        assert s.time.mean_span_days == approx(w["mean_span"])
        assert [a.key for a in s.areas] + ["_all"] == list(w["areas"])
        for a in (*s.areas, s.overall):
            expected = w["areas"][a.key]
            for name, value in expected.items():
                got_value = getattr(a, name)
                if name.startswith("mean"):
                    assert got_value == approx(value), (a.key, name)
                else:
                    assert got_value == value, (a.key, name)


# --- the person's own scores ---------------------------------------------------------------


def with_own(readings, changes):
    """Copies of the readings with own scores set: {(reading id, area): own score}."""
    out = []
    for r in readings:
        scores = {
            k: replace(s, own_value=changes.get((r.id, k), s.own_value))
            for k, s in r.scores.items()
        }
        out.append(replace(r, scores=scores))
    return out


OWN = with_own(READINGS, {("a1", "home"): 1, ("a3", "home"): 9, ("c1", "drink"): 5})


def test_reports_use_the_agreed_score_unless_asked_for_own_scores():
    records = records_from_readings(PEOPLE, OWN)
    agreed = areas(report(records=records).sections[0])
    assert agreed["home"].mean_first == pytest.approx(3.0)  # own scores ignored
    own_report = report(ReportFilter(own_scores=True), records=records)
    own = areas(own_report.sections[0])
    assert own["home"].mean_first == pytest.approx((1 + 3 + 4) / 3)
    assert own["home"].mean_latest == pytest.approx((9 + 4 + 7) / 3)
    assert own["home"].snapshot_latest == (1, 2, 1)  # A still High with 9
    assert own["drink"].na_first == 2  # n/a stays n/a whatever the own score
    assert "own score" in " ".join(own_report.filter.describe())
    assert own_report.to_dict()["filter"]["own_scores"] is True


def test_distance_with_own_scores():
    a = [r for r in OWN if r.person_id == "A"]
    home = rows_of(distance_travelled(T1, a))["home"]
    assert (home.first, home.latest) == (2, 8)
    home = rows_of(distance_travelled(T1, a, own_scores=True))["home"]
    assert (home.first, home.latest, home.change) == (1, 9, 8)
