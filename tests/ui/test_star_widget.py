"""StarWidget: mouse, keyboard, signals, read-only, overlays, layout and accessibility."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QFont, QHelpEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget

from starapp.ui import star_geometry as geo
from starapp.ui.star_labels import wrap_balanced, wrap_words
from starapp.ui.star_widget import StarWidget, render_star_pixmap

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def star(qtbot, template):
    w = StarWidget(template)
    qtbot.addWidget(w)
    w.resize(600, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def between(star: StarWidget, key: str, low: int, high: int, fraction: float) -> QPoint:
    a, b = star.point_for(key, low), star.point_for(key, high)
    return (a + (b - a) * fraction).toPoint()


def click(qtbot, star: StarWidget, pos: QPoint | QPointF) -> None:
    if isinstance(pos, QPointF):
        pos = pos.toPoint()
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton, pos=pos)


# --- pure geometry ---------------------------------------------------------------------


class CharMeasure:
    """Every character 1 unit wide: enough to test wrapping without fonts."""

    line_height = 1.0
    em = 1.0

    def width(self, text: str) -> float:
        return float(len(text))

    def elide(self, text: str, width: float) -> str:
        return text[: max(0, int(width) - 1)] + "…"


def test_spokes_nearest_and_snapping():
    assert geo.spoke_unit(0, 4) == pytest.approx((0.0, -1.0))  # 12 o'clock
    assert geo.spoke_unit(1, 4) == pytest.approx((1.0, 0.0))  # 3 o'clock: clockwise
    assert geo.nearest_spoke(0.1, -1.0, 8) == 0
    assert geo.nearest_spoke(-0.1, -1.0, 8) == 0
    assert geo.nearest_spoke(1.0, 0.2, 4) == 1
    assert geo.nearest_spoke(-1.0, 0.0, 4) == 3
    step = 10.0  # point p's ring is at (p - 1 + 0.5) * step on a 1..10 scale
    assert geo.ring_radius(1, 1, step) == 5.0
    distances = (0, 9.9, 10.1, 54, 96, 500)
    assert [geo.score_at(d, 1, 10, step) for d in distances] == [1, 1, 2, 6, 10, 10]
    assert geo.score_at(-3, 1, 10, step) == 1


def test_wrapping_is_greedy_then_balanced():
    m = CharMeasure()
    text = "A safe and settled place to live"
    assert wrap_words(text, 26, m) == ["A safe and settled place", "to live"]
    assert wrap_balanced(text, 26, m) == ["A safe and settled", "place to live"]
    assert wrap_words("Llanfairpwllgwyngyll", 5, m) == ["Llanfairpwllgwyngyll"]


# --- basics ---------------------------------------------------------------------------


def test_starts_unscored_with_first_area_current(star, template):
    assert star.template() is template
    assert star.scores() == {a.key: None for a in template.areas}
    assert star.not_applicable() == set()
    assert star.current_area() == "a1"
    assert star.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not star.is_read_only()


def test_first_spoke_points_up_and_spokes_go_clockwise(star):
    top = star.point_for("a1", 10)
    centre_ish = star.point_for("a1", 1)
    assert abs(top.x() - centre_ish.x()) < 0.5
    assert top.y() < centre_ish.y()
    second = star.point_for("a2", 10)  # 45 degrees clockwise: up and to the right
    assert second.x() > top.x() and second.y() > top.y()
    last = star.point_for("a8", 10)  # 45 degrees anticlockwise: up and to the left
    assert last.x() < top.x()
    # Higher scores are further from the centre, equally spaced.
    radii = [star.point_for("a3", s) for s in range(1, 11)]
    gaps = [(radii[i + 1] - radii[i]).manhattanLength() for i in range(9)]
    assert max(gaps) - min(gaps) < 1.0


def test_set_scores_replaces_all_and_does_not_emit(qtbot, star):
    star.set_scores({"a1": 3, "a2": 10})
    with qtbot.assertNotEmitted(star.scoresChanged), qtbot.assertNotEmitted(star.scoreEdited):
        star.set_scores({"a1": 4, "a5": 1})
    assert star.scores()["a1"] == 4
    assert star.scores()["a2"] is None
    assert star.scores()["a5"] == 1


@pytest.mark.parametrize("bad", [{"a1": 0}, {"a1": 11}, {"a1": "6"}, {"zz": 3}])
def test_set_scores_rejects_bad_values(star, bad):
    with pytest.raises(ValueError):
        star.set_scores(bad)


def test_set_not_applicable(qtbot, star):
    star.set_scores({"a3": 5})
    with qtbot.assertNotEmitted(star.notApplicableChanged):
        star.set_not_applicable({"a3"})
    assert star.not_applicable() == {"a3"}
    assert star.scores()["a3"] is None
    with pytest.raises(ValueError):
        star.set_not_applicable({"a1"})  # a1 does not allow it


def test_set_current_area_emits(qtbot, star):
    with qtbot.waitSignal(star.currentAreaChanged) as blocker:
        star.set_current_area("a4")
    assert blocker.args == ["a4"]
    assert star.current_area() == "a4"
    with pytest.raises(KeyError):
        star.set_current_area("nope")


def test_set_template_keeps_matching_scores(star, make_template):
    star.set_scores({"a1": 7, "a2": 9})
    star.set_template(make_template(5, 5))
    assert star.scores() == {"a1": None, "a2": None, "a3": None, "a4": None, "a5": None}
    star.set_scores({"a1": 4})
    star.set_template(make_template(6, 10))
    assert star.scores()["a1"] == 4
    assert len(star.scores()) == 6


# --- mouse ----------------------------------------------------------------------------


def test_click_on_points_sets_scores(qtbot, star):
    for key, score in [("a1", 6), ("a2", 1), ("a5", 10), ("a8", 3)]:
        with qtbot.waitSignal(star.scoreEdited) as edited:
            click(qtbot, star, star.point_for(key, score))
        assert edited.args == [key, None, score]
        assert star.scores()[key] == score
        assert star.current_area() == key
    with qtbot.waitSignal(star.scoresChanged) as changed:
        click(qtbot, star, star.point_for("a1", 2))
    assert changed.args[0] == star.scores()
    assert star.scores()["a1"] == 2


@pytest.mark.parametrize(("fraction", "expected"), [(0.3, 5), (0.45, 5), (0.55, 6), (0.8, 6)])
def test_click_between_points_snaps_to_nearest(qtbot, star, fraction, expected):
    click(qtbot, star, between(star, "a4", 5, 6, fraction))
    assert star.scores()["a4"] == expected


def test_click_off_spoke_picks_nearest_spoke_by_angle(qtbot, star):
    # 15 degrees clockwise of spoke a1 (spokes are 45 degrees apart) at ring 8.
    centre = star.point_for("a1", 1) + (star.point_for("a1", 1) - star.point_for("a1", 2)) * 0.5
    r = (star.point_for("a1", 8) - centre).y() * -1
    angle = math.radians(15)
    pos = centre + QPointF(math.sin(angle) * r, -math.cos(angle) * r)
    click(qtbot, star, pos)
    assert star.scores()["a1"] in (7, 8)  # projected onto the spoke: cos 15 = 0.97
    angle = math.radians(30)
    pos = centre + QPointF(math.sin(angle) * r, -math.cos(angle) * r)
    click(qtbot, star, pos)
    assert star.current_area() == "a2"


def test_drag_along_spoke_sets_score_and_emits_one_edit(qtbot, star):
    edits = []
    star.scoreEdited.connect(lambda *args: edits.append(args))
    changes = []
    star.scoresChanged.connect(changes.append)
    qtbot.mousePress(star, Qt.MouseButton.LeftButton, pos=star.point_for("a2", 2).toPoint())
    assert star.scores()["a2"] == 2
    for score in (4, 6, 8):
        qtbot.mouseMove(star, star.point_for("a2", score).toPoint())
        assert star.scores()["a2"] == score
    # Leaving the spoke sideways still drives the spoke grabbed at the press.
    qtbot.mouseMove(star, between(star, "a3", 7, 7, 0))
    assert star.current_area() == "a2"
    qtbot.mouseMove(star, between(star, "a2", 8, 9, 0.7))
    qtbot.mouseRelease(star, Qt.MouseButton.LeftButton, pos=between(star, "a2", 8, 9, 0.7))
    assert star.scores()["a2"] == 9
    assert edits == [("a2", None, 9)]
    assert len(changes) >= 4


def test_escape_cancels_a_drag(qtbot, star):
    star.set_scores({"a2": 5})
    qtbot.mousePress(star, Qt.MouseButton.LeftButton, pos=star.point_for("a2", 9).toPoint())
    assert star.scores()["a2"] == 9
    qtbot.keyClick(star, Qt.Key.Key_Escape)
    assert star.scores()["a2"] == 5
    with qtbot.assertNotEmitted(star.scoreEdited):
        qtbot.mouseRelease(star, Qt.MouseButton.LeftButton, pos=star.point_for("a2", 9).toPoint())


def test_click_on_label_selects_area_without_scoring(qtbot, star):
    box = star._label_rect(4)
    pos = QPoint(round(box.x + box.w / 2), round(box.y + box.h / 2))
    with qtbot.assertNotEmitted(star.scoresChanged):
        click(qtbot, star, pos)
    assert star.current_area() == "a5"


def test_click_outside_everything_does_nothing(qtbot, star):
    with qtbot.assertNotEmitted(star.scoresChanged):
        click(qtbot, star, QPoint(star.width() - 2, star.height() - 2))


def test_scoring_a_not_applicable_area_clears_the_flag(qtbot, star):
    star.set_not_applicable({"a3"})
    with qtbot.waitSignal(star.notApplicableChanged) as na:
        click(qtbot, star, star.point_for("a3", 4))
    assert na.args == [set()]
    assert star.scores()["a3"] == 4


def test_tooltip_names_area_point_stage_and_descriptor(qtbot, star):
    pos = star.point_for("a2", 2).toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, star.mapToGlobal(pos))
    QApplication.sendEvent(star, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    text = QToolTip.text()
    assert "Money" in text
    assert "2 of 10" in text
    assert "Starting out" in text
    assert "Money: wording for point 2." in text
    pos = star.point_for("a2", 7).toPoint()
    QApplication.sendEvent(star, QHelpEvent(QEvent.Type.ToolTip, pos, star.mapToGlobal(pos)))
    assert "General wording for point 7." in QToolTip.text()
    QToolTip.hideText()


# --- keyboard -------------------------------------------------------------------------


def test_left_right_move_between_areas_and_wrap(qtbot, star):
    focus(qtbot, star)
    with qtbot.waitSignal(star.currentAreaChanged) as moved:
        qtbot.keyClick(star, Qt.Key.Key_Right)
    assert moved.args == ["a2"]
    qtbot.keyClick(star, Qt.Key.Key_Left)
    qtbot.keyClick(star, Qt.Key.Key_Left)
    assert star.current_area() == "a8"
    qtbot.keyClick(star, Qt.Key.Key_Right)
    assert star.current_area() == "a1"


def test_up_down_change_score_clamped(qtbot, star):
    focus(qtbot, star)
    with qtbot.assertNotEmitted(star.scoresChanged):
        qtbot.keyClick(star, Qt.Key.Key_Down)  # unscored stays unscored
    with qtbot.waitSignal(star.scoreEdited) as edited:
        qtbot.keyClick(star, Qt.Key.Key_Up)
    assert edited.args == ["a1", None, 1]
    qtbot.keyClick(star, Qt.Key.Key_Up)
    assert star.scores()["a1"] == 2
    qtbot.keyClick(star, Qt.Key.Key_Down)
    qtbot.keyClick(star, Qt.Key.Key_Down)
    assert star.scores()["a1"] == 1
    star.set_scores({"a1": 10})
    with qtbot.assertNotEmitted(star.scoresChanged):
        qtbot.keyClick(star, Qt.Key.Key_Up)
    assert star.scores()["a1"] == 10


def test_digits_home_end_delete(qtbot, star):
    focus(qtbot, star)
    for digit in range(1, 10):
        qtbot.keyClick(star, getattr(Qt.Key, f"Key_{digit}"))
        assert star.scores()["a1"] == digit
    qtbot.keyClick(star, Qt.Key.Key_0)
    assert star.scores()["a1"] == 10
    qtbot.keyClick(star, Qt.Key.Key_Home)
    assert star.scores()["a1"] == 1
    qtbot.keyClick(star, Qt.Key.Key_End)
    assert star.scores()["a1"] == 10
    with qtbot.waitSignal(star.scoreEdited) as edited:
        qtbot.keyClick(star, Qt.Key.Key_Delete)
    assert edited.args == ["a1", 10, None]
    qtbot.keyClick(star, Qt.Key.Key_4)
    qtbot.keyClick(star, Qt.Key.Key_Backspace)
    assert star.scores()["a1"] is None


def test_digits_outside_a_short_scale_are_ignored(qtbot, make_template):
    star = StarWidget(make_template(5, 5))
    qtbot.addWidget(star)
    star.show()
    focus(qtbot, star)
    qtbot.keyClick(star, Qt.Key.Key_4)
    with qtbot.assertNotEmitted(star.scoresChanged):
        qtbot.keyClick(star, Qt.Key.Key_7)
        qtbot.keyClick(star, Qt.Key.Key_0)
    assert star.scores()["a1"] == 4
    qtbot.keyClick(star, Qt.Key.Key_End)
    assert star.scores()["a1"] == 5


def test_n_toggles_not_applicable_where_allowed(qtbot, star):
    focus(qtbot, star)
    with qtbot.assertNotEmitted(star.notApplicableChanged):
        qtbot.keyClick(star, Qt.Key.Key_N)  # a1 does not allow it
    star.set_current_area("a3")
    qtbot.keyClick(star, Qt.Key.Key_6)
    with (
        qtbot.waitSignal(star.notApplicableChanged) as na,
        qtbot.waitSignal(star.scoreEdited) as edited,
    ):
        qtbot.keyClick(star, Qt.Key.Key_N)
    assert na.args == [{"a3"}]
    assert edited.args == ["a3", 6, "n/a"]
    assert star.not_applicable() == {"a3"}
    assert star.scores()["a3"] is None
    with qtbot.waitSignal(star.scoreEdited) as edited:
        qtbot.keyClick(star, Qt.Key.Key_N)
    assert edited.args == ["a3", "n/a", None]
    assert star.not_applicable() == set()


def test_tab_walks_areas_then_leaves(qtbot, template):
    window = QWidget()
    qtbot.addWidget(window)
    before, star, after = QLineEdit(), StarWidget(template), QLineEdit()
    layout = QVBoxLayout(window)
    for w in (before, star, after):
        layout.addWidget(w)
    window.resize(500, 700)
    window.show()
    qtbot.waitExposed(window)
    focus(qtbot, before)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert star.hasFocus()
    assert star.current_area() == "a1"
    for i in range(2, 9):
        qtbot.keyClick(star, Qt.Key.Key_Tab)
        assert star.hasFocus() and star.current_area() == f"a{i}"
    qtbot.keyClick(star, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert star.hasFocus() and star.current_area() == "a8"
    qtbot.keyClick(star, Qt.Key.Key_Backtab)
    assert star.current_area() == "a7"
    for _ in range(6):
        qtbot.keyClick(star, Qt.Key.Key_Backtab)
    assert star.current_area() == "a1" and star.hasFocus()
    qtbot.keyClick(star, Qt.Key.Key_Backtab)
    assert before.hasFocus()


# --- undo support ---------------------------------------------------------------------


class _Edit(QUndoCommand):
    def __init__(self, star: StarWidget, key: str, old: object, new: object) -> None:
        super().__init__(f"score {key}")
        self.star, self.key, self.old, self.new = star, key, old, new

    def redo(self) -> None:
        self.star.apply_edit(self.key, self.new)

    def undo(self) -> None:
        self.star.apply_edit(self.key, self.old)


def test_apply_edit_emits_scores_changed_not_score_edited(qtbot, star):
    with (
        qtbot.waitSignal(star.scoresChanged) as changed,
        qtbot.assertNotEmitted(star.scoreEdited),
    ):
        star.apply_edit("a2", 7)
    assert changed.args[0]["a2"] == 7
    with qtbot.waitSignal(star.notApplicableChanged):
        star.apply_edit("a3", "n/a")
    assert star.not_applicable() == {"a3"}
    star.apply_edit("a3", None)
    assert star.not_applicable() == set() and star.scores()["a3"] is None
    with pytest.raises(ValueError):
        star.apply_edit("a1", "n/a")
    with pytest.raises(ValueError):
        star.apply_edit("a1", 42)


def test_edits_round_trip_through_an_undo_stack(qtbot, star):
    stack = QUndoStack()
    star.scoreEdited.connect(lambda k, old, new: stack.push(_Edit(star, k, old, new)))
    focus(qtbot, star)
    qtbot.keyClick(star, Qt.Key.Key_5)
    click(qtbot, star, star.point_for("a2", 8))
    star.set_current_area("a3")
    qtbot.keyClick(star, Qt.Key.Key_N)
    assert stack.count() == 3
    stack.undo()
    assert star.not_applicable() == set()
    stack.undo()
    assert star.scores()["a2"] is None
    stack.undo()
    assert star.scores()["a1"] is None
    stack.redo()
    stack.redo()
    stack.redo()
    assert star.scores()["a1"] == 5 and star.scores()["a2"] == 8
    assert star.not_applicable() == {"a3"}


# --- read-only --------------------------------------------------------------------------


def test_read_only_ignores_mouse_and_keyboard(qtbot, star):
    star.set_scores({"a1": 4})
    star.set_read_only(True)
    assert star.is_read_only()
    assert star.focusPolicy() == Qt.FocusPolicy.NoFocus
    with qtbot.assertNotEmitted(star.scoresChanged), qtbot.assertNotEmitted(star.scoreEdited):
        click(qtbot, star, star.point_for("a2", 7))
        qtbot.mousePress(star, Qt.MouseButton.LeftButton, pos=star.point_for("a1", 1).toPoint())
        qtbot.mouseMove(star, star.point_for("a1", 9).toPoint())
        qtbot.mouseRelease(star, Qt.MouseButton.LeftButton, pos=star.point_for("a1", 9).toPoint())
        for key in (Qt.Key.Key_Up, Qt.Key.Key_5, Qt.Key.Key_Delete, Qt.Key.Key_Right):
            qtbot.keyClick(star, key)
    assert star.scores()["a1"] == 4 and star.current_area() == "a1"
    star.set_read_only(False)
    click(qtbot, star, star.point_for("a2", 7))
    assert star.scores()["a2"] == 7


# --- overlays and rendering ---------------------------------------------------------


def test_overlays_up_to_three(qtbot, star):
    earlier = {"a1": 3, "a2": 4, "a3": None, "a4": 2}
    star.set_overlays([("Jan", earlier), ("Apr", earlier), ("Jul", earlier)])
    assert not star.grab().isNull()
    assert star._layout().legend is not None
    with pytest.raises(ValueError):
        star.set_overlays([("a", {}), ("b", {}), ("c", {}), ("d", {})])
    star.set_overlays([])
    assert star._layout().legend is None


def test_render_star_pixmap(template):
    pm = render_star_pixmap(template, {"a1": 5, "a2": 7, "a3": 2}, 120)
    assert not pm.isNull() and pm.width() == 120
    pm = render_star_pixmap(template, {}, (400, 300), overlays=[("Jan", {"a1": 2})])
    assert (pm.width(), pm.height()) == (400, 300)
    with pytest.raises(ValueError):
        render_star_pixmap(template, {}, 100, overlays=[("x", {})] * 4)


def assert_labels_fit(star: StarWidget) -> None:
    layout = star._layout()
    assert not layout.overlapping
    labels = [label.box for label in layout.labels]
    assert len(labels) == len(star.template().areas)
    for box in labels:
        assert box.x >= 0 and box.y >= 0
        assert box.right <= star.width() and box.bottom <= star.height()
        assert box.distance_to(layout.cx, layout.cy) >= layout.radius  # not over the chart
        if layout.legend is not None:
            assert not box.intersects(layout.legend)
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.intersects(b), (a, b)
    assert layout.radius > 0.1 * min(star.width(), star.height())


TEMPLATES = {
    "5 areas": {"n_areas": 5},
    "12 areas": {"n_areas": 12},
    "scale 1-5": {"n_areas": 7, "scale_max": 5},
    "12 long names": {"n_areas": 12, "long_names": True},
    "8 long names": {"n_areas": 8, "long_names": True},
    "welsh": {"n_areas": 8, "names": "welsh"},
    "emoji": {"n_areas": 6, "names": "emoji"},
    "0-10 scale": {"n_areas": 9, "scale_min": 0},
}


@pytest.mark.parametrize("kind", list(TEMPLATES))
@pytest.mark.parametrize("size", [(1024, 640), (700, 700), (400, 400)])
@pytest.mark.parametrize("font_scale", [1, 2])
def test_templates_render_with_labels_that_fit(qtbot, make_template, kind, size, font_scale):
    star = StarWidget(make_template(**TEMPLATES[kind], not_applicable=(1,)))
    qtbot.addWidget(star)
    star.resize(*size)
    font = QFont(star.font())
    font.setPointSizeF(font.pointSizeF() * font_scale)
    star.setFont(font)
    star.set_overlays([("Jan", {"a1": 2}), ("Apr", {"a1": 3})])
    star.set_scores({"a1": 5, "a2": 3})
    pm = star.grab()
    assert not pm.isNull() and pm.width() == size[0]
    assert_labels_fit(star)


def test_layout_follows_resize_and_font(qtbot, star):
    before = star._layout()
    star.resize(420, 420)
    smaller = star._layout()
    assert smaller.radius < before.radius
    font = QFont(star.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    star.setFont(font)
    assert star._layout() is not smaller
    assert_labels_fit(star)


# --- accessibility ------------------------------------------------------------------


def test_accessible_interface_lists_areas(qtbot, star, template):
    star.set_scores({"a2": 6, "a4": 1})
    star.set_not_applicable({"a3"})
    iface = QAccessible.queryAccessibleInterface(star)
    assert iface is not None and iface.isValid()
    assert iface.role() == QAccessible.Role.List
    assert iface.childCount() == len(template.areas)
    assert "Star chart" in iface.text(QAccessible.Text.Name)
    assert "Left and Right" in iface.text(QAccessible.Text.Description)
    money = iface.child(1)
    assert money.role() == QAccessible.Role.ListItem
    assert money.text(QAccessible.Text.Name) == "Money"
    assert money.text(QAccessible.Text.Value) == "Money: 6 of 10, Trying"
    assert iface.child(3).text(QAccessible.Text.Value) == "Learning: 1 of 10, Starting out"
    assert iface.child(0).text(QAccessible.Text.Value) == "Housing: not scored"
    assert iface.child(2).text(QAccessible.Text.Value) == "Health: not applicable"
    assert iface.indexOfChild(money) == 1
    assert money.parent() is iface
    assert money.rect().isValid()
    assert iface.childAt(money.rect().center().x(), money.rect().center().y()) is money


def test_accessible_focus_and_updates(qtbot, star):
    QAccessible.setActive(True)  # take the announcement paths as with a screen reader
    try:
        iface = QAccessible.queryAccessibleInterface(star)
        focus(qtbot, star)
        assert iface.focusChild() is iface.child(0)
        assert iface.child(0).state().focused
        qtbot.keyClick(star, Qt.Key.Key_Right)
        qtbot.keyClick(star, Qt.Key.Key_7)
        assert iface.focusChild() is iface.child(1)
        assert iface.focusChild().text(QAccessible.Text.Value) == "Money: 7 of 10, Steadier"
        assert not iface.child(0).state().focused
    finally:
        QAccessible.setActive(False)


def test_accessible_children_follow_template_change(qtbot, star, make_template):
    iface = QAccessible.queryAccessibleInterface(star)
    assert iface.childCount() == 8
    star.set_template(make_template(12, 10))
    assert iface.childCount() == 12
    assert iface.child(11).text(QAccessible.Text.Name) == "Confidence"


def test_accessible_interfaces_survive_widget_deletion(qtbot, template):
    for _ in range(5):
        w = StarWidget(template)
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface.child(0).text(QAccessible.Text.Value) == "Housing: not scored"
        w.deleteLater()
        qtbot.wait(1)
    QApplication.processEvents()


# --- screenshots: look at these after changing the painting -----------------------------


def test_screenshots(qtbot, make_template):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    star = StarWidget(make_template(10, 10, not_applicable=(6,)))
    qtbot.addWidget(star)
    star.resize(700, 700)
    star.set_scores({"a1": 6, "a2": 7, "a3": 4, "a4": 8, "a5": 5, "a6": 6, "a8": 3, "a9": 7})
    star.set_not_applicable({"a7"})
    star.set_overlays(
        [
            ("March 2025", {"a1": 3, "a2": 4, "a3": 2, "a4": 5, "a5": 3, "a6": 4, "a8": 2}),
            ("June 2025", {"a1": 5, "a2": 5, "a3": 3, "a4": 6, "a5": 4, "a6": 5, "a8": 2}),
        ]
    )
    star.show()
    qtbot.waitExposed(star)
    focus(qtbot, star)
    star.set_current_area("a4")
    star.grab().save(str(SCREENSHOTS / "star-editing.png"))

    star = StarWidget(make_template(12, 10, long_names=True, not_applicable=(3,)))
    qtbot.addWidget(star)
    star.resize(900, 640)
    star.set_scores({f"a{i}": (i * 7) % 10 + 1 for i in range(1, 13) if i != 4})
    star.set_not_applicable({"a4"})
    star.grab().save(str(SCREENSHOTS / "star-12-areas-long-names.png"))

    star = StarWidget(make_template(5, 5))
    qtbot.addWidget(star)
    star.resize(500, 500)
    star.set_scores({"a1": 2, "a2": 4, "a3": 5, "a4": 1, "a5": 3})
    star.set_overlays([("First reading", {"a1": 1, "a2": 2, "a3": 3, "a4": 1, "a5": 1})])
    star.grab().save(str(SCREENSHOTS / "star-5-areas-scale-5.png"))

    template = make_template(8, 10)
    pm = render_star_pixmap(
        template,
        {"a1": 7, "a2": 5, "a3": 8, "a4": 4, "a5": 6, "a6": 7, "a7": 3, "a8": 5},
        160,
        overlays=[("Before", {"a1": 4, "a2": 3, "a3": 5, "a4": 2, "a5": 4, "a6": 4, "a7": 2})],
    )
    pm.save(str(SCREENSHOTS / "star-thumbnail.png"))
    for name in (
        "star-editing.png",
        "star-12-areas-long-names.png",
        "star-5-areas-scale-5.png",
        "star-thumbnail.png",
    ):
        assert (SCREENSHOTS / name).stat().st_size > 1000
