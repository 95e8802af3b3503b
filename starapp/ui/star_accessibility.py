"""Screen-reader support for the custom-painted star.

The star is exposed as a list whose items are the life areas. Each item's name is the
area name and its value reads like "Money: 6 of 10, Learning", "Money: not scored" or
"Money: not applicable". The focused item is the current area, and changes of score or
current area are announced.

Lifetimes (PySide6): the star's own interface comes from our factory and is owned by
Qt's accessibility cache (PySide also keeps a Python reference to it). The per-area
child interfaces have no QObject, so we register each one with Qt (which then owns
it), keep the Python objects in ``_INTERFACES`` so they are not collected, and delete
them by id when the widget is destroyed or its template changes.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

from starapp.ui.translation import tr as _tr

log = logging.getLogger(__name__)

_installed = False
_INTERFACES: dict[int, StarAccessible] = {}  # widget address -> its interface


def _address(obj: QObject) -> int:
    return int(Shiboken.getCppPointer(obj)[0])


def install_star_accessibility() -> None:
    """Install the factory once per process (safe to call from every StarWidget)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    from starapp.ui.star_widget import StarWidget  # deferred: star_widget imports us

    if isinstance(obj, StarWidget):
        iface = StarAccessible(obj)
        address = _address(obj)
        _INTERFACES[address] = iface
        obj.destroyed.connect(functools.partial(_release, address))
        return iface
    return None


def _release(address: int) -> None:
    iface = _INTERFACES.pop(address, None)
    if iface is not None:
        iface.drop_children()


def area_text(widget: QWidget, index: int) -> str:
    """What a screen reader says for one area, e.g. "Money: 6 of 10, Learning"."""
    t = widget.template()  # type: ignore[attr-defined]
    area = t.areas[index]
    if area.key in widget.not_applicable():  # type: ignore[attr-defined]
        return _tr("{area}: not applicable").format(area=area.name)
    score = widget.scores().get(area.key)  # type: ignore[attr-defined]
    if score is None:
        return _tr("{area}: not scored").format(area=area.name)
    return _tr("{area}: {score} of {max}, {stage}").format(
        area=area.name, score=score, max=t.scale_max, stage=t.stage_for(score).name
    )


def describe(widget: QWidget) -> None:
    """Set the widget's own accessible name and description from its template."""
    t = widget.template()  # type: ignore[attr-defined]
    widget.setAccessibleName(_tr("Star chart: {name}").format(name=t.name))
    widget.setAccessibleDescription(
        _tr(
            "{count} areas scored from {low} to {high}. Left and Right move between "
            "areas; Up, Down or a digit sets the score; Delete clears it."
        ).format(count=len(t.areas), low=t.scale_min, high=t.scale_max)
    )


# --- notifications called by StarWidget ---------------------------------------------


def value_changed(widget: QWidget, index: int) -> None:
    if QAccessible.isActive():
        event = QAccessibleValueChangeEvent(widget, area_text(widget, index))
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def focus_changed(widget: QWidget, index: int) -> None:
    if QAccessible.isActive() and widget.hasFocus():
        event = QAccessibleEvent(widget, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def template_changed(widget: QWidget) -> None:
    iface = _INTERFACES.get(_address(widget))
    if iface is not None:
        iface.drop_children()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(widget, QAccessible.Event.ObjectReorder)
            )


# --- interfaces ---------------------------------------------------------------------


class StarAccessible(QAccessibleWidget):
    """The star as a list of areas."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._children: list[AreaAccessible] = []

    def star(self) -> QWidget:
        return self.widget()

    def drop_children(self) -> None:
        for child in self._children:
            child.detach()
            if child.ident:
                QAccessible.deleteAccessibleInterface(child.ident)
        self._children = []

    def _ensure_children(self) -> list[AreaAccessible]:
        count = len(self.star().template().areas)  # type: ignore[attr-defined]
        if len(self._children) != count:
            self.drop_children()
            self._children = [AreaAccessible(self, i) for i in range(count)]
            for child in self._children:
                child.ident = QAccessible.registerAccessibleInterface(child)
        return self._children

    def childCount(self) -> int:
        return len(self._ensure_children())

    def child(self, index: int) -> QAccessibleInterface | None:
        children = self._ensure_children()
        return children[index] if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        children = self._ensure_children()
        for i, ours in enumerate(children):
            if ours is child:
                return i
        return -1

    def focusChild(self) -> QAccessibleInterface | None:
        star = self.star()
        if not star.hasFocus():
            return None
        return self.child(star.template().area_keys.index(star.current_area()))  # type: ignore[attr-defined]

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        star = self.star()
        hit = star._hit(star.mapFromGlobal(QPoint(x, y)).toPointF())  # type: ignore[attr-defined]
        return self.child(hit[0]) if hit else None

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Value:
            star = self.star()
            scores = star.scores()  # type: ignore[attr-defined]
            done = sum(v is not None for v in scores.values()) + len(star.not_applicable())  # type: ignore[attr-defined]
            return _tr("{done} of {count} areas scored").format(done=done, count=len(scores))
        return super().text(t)

    def state(self) -> QAccessible.State:
        s = super().state()
        s.focusable = not self.star().is_read_only()  # type: ignore[attr-defined]
        s.readOnly = self.star().is_read_only()  # type: ignore[attr-defined]
        return s


class AreaAccessible(QAccessibleInterface):
    """One area of the star: a list item with a spoken value; it has no QObject."""

    def __init__(self, parent: StarAccessible, index: int) -> None:
        super().__init__()
        self._parent: StarAccessible | None = parent
        self._index = index
        self.ident = 0

    def detach(self) -> None:
        self._parent = None

    def _star(self) -> QWidget | None:
        if self._parent is None or not Shiboken.isValid(self._parent):
            return None
        star = self._parent.widget()
        return star if star is not None and Shiboken.isValid(star) else None

    def isValid(self) -> bool:
        star = self._star()
        return star is not None and self._index < len(star.template().areas)  # type: ignore[attr-defined]

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self._parent.window() if self._parent is not None else None

    def parent(self) -> QAccessibleInterface | None:
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, t: QAccessible.Text) -> str:
        star = self._star()
        if star is None or not self.isValid():
            return ""
        area = star.template().areas[self._index]  # type: ignore[attr-defined]
        if t == QAccessible.Text.Name:
            return area.name
        if t == QAccessible.Text.Value:
            return area_text(star, self._index)
        if t == QAccessible.Text.Description:
            return area.description
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def rect(self) -> QRect:
        star = self._star()
        if star is None:
            return QRect()
        box = star._label_rect(self._index)  # type: ignore[attr-defined]
        if box is None:
            return QRect(star.mapToGlobal(QPoint(0, 0)), star.size())
        top_left = star.mapToGlobal(QPoint(round(box.x), round(box.y)))
        return QRect(top_left.x(), top_left.y(), round(box.w), round(box.h))

    def state(self) -> QAccessible.State:
        s = QAccessible.State()
        star = self._star()
        if star is None:
            s.invalid = True
            return s
        read_only = star.is_read_only()  # type: ignore[attr-defined]
        current = star.current_area() == star.template().areas[self._index].key  # type: ignore[attr-defined]
        s.focusable = not read_only
        s.selectable = not read_only
        s.readOnly = read_only
        s.focused = current and star.hasFocus()
        s.selected = current
        s.invisible = not star.isVisible()
        return s
