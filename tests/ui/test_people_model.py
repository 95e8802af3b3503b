from __future__ import annotations

import pytest
from people_factory import make_demo_people, make_people
from PySide6.QtCore import QModelIndex, Qt

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.ui.ops import Ops
from starapp.ui.people_model import PAGE_SIZE, PeopleModel


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data.db", create=True, actor="test") as s:
        yield s


@pytest.fixture
def ops(qapp, store):
    return Ops(store)


def refs(model: PeopleModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_passes_the_qt_model_tester(qtmodeltester, store, ops):
    make_demo_people(store, 12)
    model = PeopleModel(ops)
    qtmodeltester.check(model)


def test_model_tester_with_paging_and_changes(qtmodeltester, store, ops):
    make_people(store, 450)
    model = PeopleModel(ops)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.set_search("P01")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filters(archived=None)


def test_empty_file_has_no_rows(store, ops):
    model = PeopleModel(ops)
    assert model.rowCount() == 0
    assert model.total == 0
    assert not model.canFetchMore(QModelIndex())


def test_loads_page_by_page(store, ops):
    make_people(store, 450)
    model = PeopleModel(ops)
    assert model.rowCount() == PAGE_SIZE
    assert model.total == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert refs(model) == [f"P{n:04d}" for n in range(1, 451)]


def test_sort_by_columns(store, ops):
    make_people(store, 20)
    model = PeopleModel(ops)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert refs(model)[0] == "P0020"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower)
    model.sort(6, Qt.SortOrder.AscendingOrder)  # the star column is not sortable: ignored
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == names


def test_sort_by_readings_and_last_reading(store, ops):
    make_demo_people(store, 15)
    model = PeopleModel(ops)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    counts = [int(model.index(r, 4).data()) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    model.sort(5, Qt.SortOrder.AscendingOrder)
    dates = [model.person_at(r).last_reading_on or "" for r in range(model.rowCount())]
    assert dates == sorted(dates)


def test_search_matches_reference_and_name(store, ops):
    make_people(store, 30)
    ops.add_person(PersonDraft(reference="ZZ-1", name="Quentin Blake"))
    model = PeopleModel(ops)
    model.set_search("p002")
    assert refs(model) == [f"P{n:04d}" for n in range(20, 30)]
    model.set_search("quentin")
    assert refs(model) == ["ZZ-1"]
    model.set_search("100%")
    assert refs(model) == []
    model.set_search("")
    assert model.rowCount() == 31


def test_filters_project_key_worker_and_archived(store, ops):
    ids = make_people(store, 24)
    ops.set_archived(ids[0], True)
    model = PeopleModel(ops)
    assert model.total == 23
    model.set_filters(project="Riverside Housing")
    assert {model.person_at(r).project for r in range(model.rowCount())} == {"Riverside Housing"}
    model.set_filters(project=None, key_worker="Priya Shah")
    assert {model.person_at(r).key_worker for r in range(model.rowCount())} == {"Priya Shah"}
    model.set_filters(key_worker=None, archived=True)
    assert refs(model) == ["P0001"]
    model.set_filters(archived=None)
    assert model.total == 24
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()


def test_refreshes_when_a_person_changes(store, ops):
    ids = make_people(store, 5)
    model = PeopleModel(ops)
    ops.update_person(ids[1], PersonDraft(reference="P0002", name="Renamed Person"))
    assert model.index(1, 1).data() == "Renamed Person"
    ops.add_person(PersonDraft(reference="P0000"))
    assert refs(model)[0] == "P0000"
    ops.set_archived(ids[0], True)
    assert "P0001" not in refs(model)


def test_person_id_role_and_row_of(store, ops):
    ids = make_people(store, 3)
    model = PeopleModel(ops)
    assert model.index(2, 0).data(PeopleModel.PersonIdRole) == ids[2]
    assert model.row_of(ids[1]) == 1
    assert model.row_of("nobody") == -1


def test_star_thumbnail_is_drawn_lazily_and_cached(qtbot, store, ops):
    make_demo_people(store, 6)
    model = PeopleModel(ops)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    cell = model.index(0, 6)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None  # not drawn yet
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    pixmap = cell.data(Qt.ItemDataRole.DecorationRole)
    assert pixmap is not None and not pixmap.isNull()
    assert cell.data(Qt.ItemDataRole.DecorationRole).cacheKey() == pixmap.cacheKey()


def test_sorting_10000_people_by_any_column_gives_one_page(store, ops):
    make_people(store, 10_000)
    model = PeopleModel(ops)
    for column in range(6):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == PAGE_SIZE
        assert model.total == 10_000
