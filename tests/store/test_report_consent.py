"""Service reports that count only people who agreed to share anonymised figures.

The rule lives in core (``Consent.covers``); the report's SQL uses its twin
``covers_sql``. The first test holds the two together on every combination of the
stored columns; the rest count a real file's people exactly, by both paths.
"""

from __future__ import annotations

import itertools

import pytest
from consent_service import EVERYONE, SHARING, fill_consent_service

from starapp.core.people import CONSENT_PURPOSES, SHARE_FIGURES, PersonDraft, Withdrawal
from starapp.core.report_filters import ReportFilter
from starapp.core.reports import records_from_readings, report_from_records
from starapp.store import Store
from starapp.store.consent import covers_sql, withdraw_consent
from starapp.store.report_queries import (
    all_templates,
    count_score_rows,
    iter_report_readings,
    iter_score_rows,
    service_report,
)

ON = ReportFilter(shared_figures_only=True)
DATES = (None, "2024-02-01", "2024-03-01", "2024-04-01")
PURPOSE_TEXTS = [
    ",".join(sorted(c)) for n in range(4) for c in itertools.combinations(CONSENT_PURPOSES, n)
] + ["share_anonymised_figures_old", "xshare_anonymised_figures,contact"]


@pytest.fixture
def service(tmp_path):
    with Store.open(tmp_path / "consent.db", create=True, actor="tester") as store:
        fill_consent_service(store)
        yield store


def test_sql_twin_agrees_with_core_on_every_combination(tmp_path):
    """given x consent date x withdrawal date x purposes, written straight into the
    columns (bundles and old files can hold what the dialogs never write)."""
    with Store.open(tmp_path / "combos.db", create=True, actor="tester") as store:
        pid = store.people.add(PersonDraft(reference="X")).id
        conn = store.db.conn
        checks = ", ".join(covers_sql(p) for p in CONSENT_PURPOSES)
        combos = itertools.product((None, 0, 1), DATES, DATES, PURPOSE_TEXTS)
        seen = set()
        for given, on, withdrawn_on, purposes in combos:
            conn.execute(
                "UPDATE people SET consent_given = ?, consent_date = ?, "
                "consent_withdrawn_on = ?, consent_purposes = ? WHERE id = ?",
                (given, on, withdrawn_on, purposes, pid),
            )
            in_sql = conn.execute(f"SELECT {checks} FROM people WHERE id = ?", (pid,)).fetchone()
            consent = store.people.get(pid).consent
            in_core = tuple(consent.covers(p) for p in CONSENT_PURPOSES)
            assert tuple(bool(v) for v in in_sql) == in_core, (given, on, withdrawn_on, purposes)
            seen.add(in_core)
        for i in range(len(CONSENT_PURPOSES)):  # each purpose met both answers
            assert {answers[i] for answers in seen} == {True, False}


def test_unknown_purpose_is_refused():
    with pytest.raises(ValueError, match="unknown consent purpose"):
        covers_sql("share_everything")


def references(store, flt):
    return {row.reference for row in iter_score_rows(store, flt)}


def test_only_people_whose_consent_covers_sharing_are_counted(service):
    everyone = service_report(service, ReportFilter(), generated_at="x")
    sharing = service_report(service, ON, generated_at="x")
    assert (everyone.people, everyone.readings) == (6, 12)
    assert (sharing.people, sharing.readings) == (2, 4)
    assert references(service, ReportFilter()) == set(EVERYONE)
    assert references(service, ON) == set(SHARING)
    home = sharing.sections[0].areas[0]
    assert (home.mean_first, home.mean_latest) == pytest.approx((3.0, 7.0))  # (2+4)/2, (6+8)/2
    assert count_score_rows(service, ON) == 2 * 2 * 2  # 2 people x 2 readings x 2 scores


def test_filter_combines_with_the_others(service):
    assert service_report(service, ReportFilter(project="P1", shared_figures_only=True)).people == 2
    assert service_report(service, ReportFilter(project="P2", shared_figures_only=True)).is_empty
    late = ReportFilter(date_from="2024-06-01", shared_figures_only=True)
    assert references(service, late) == set(SHARING)
    assert service_report(service, ReportFilter(min_readings=3, shared_figures_only=True)).is_empty


def test_sql_and_python_paths_agree(service):
    people = {p.id: p for p in service.people.find(archived=None)}
    readings = [r for pid in people for r in service.readings.for_person(pid)]
    records = records_from_readings(people, readings)
    assert {r.reference for r in records if r.shares_figures} == set(SHARING)
    for flt in (ReportFilter(), ON):
        by_sql = service_report(service, flt, generated_at="x").to_dict()
        by_python = report_from_records(records, all_templates(service), flt, generated_at="x")
        assert by_sql == by_python.to_dict()
        streamed = list(iter_report_readings(service, flt))
        assert {r.reference for r in streamed if r.shares_figures} == set(SHARING)


def test_withdrawing_takes_a_person_out_of_the_next_report(service):
    shares = service.people.by_reference("SHARES")
    assert shares is not None and shares.consent.covers(SHARE_FIGURES)
    withdraw_consent(service, shares.id, Withdrawal(on="2024-07-01"))
    assert references(service, ON) == {"REGIVEN"}
    assert references(service, ReportFilter()) == set(EVERYONE)  # off: still counted


def test_the_report_says_whether_the_filter_was_on(service):
    on = service_report(service, ON).to_dict()
    off = service_report(service, ReportFilter()).to_dict()
    assert on["filter"]["shared_figures_only"] is True
    assert off["filter"]["shared_figures_only"] is False
    assert (
        "People counted: only people who agreed to share anonymised figures"
        in (on["filter_description"])
    )
    assert any(line.startswith("People counted: everyone") for line in off["filter_description"])
