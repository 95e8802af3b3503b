"""'My star': a page for the person to keep.

Their star (first and latest readings drawn together), every area and its stage in
words, the next steps agreed, and the service's name, in plain language. A4 or US
Letter. It reads in black and white: the two readings differ by line pattern (solid
and dashed) and marker shape as well as colour, and every score is also written out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from starapp.core.actions import ActionOwner, ActionStatus, ActionStep
from starapp.core.readings import Reading
from starapp.core.templates import StarTemplate
from starapp.ui.dates import display_date
from starapp.ui.pdf_output import (
    PAPER_STYLE,
    escape,
    page_width,
    stages_table,
    star_image,
    write_pdf,
)
from starapp.ui.person_star import comparable
from starapp.ui.translation import tr as _tr

STAR_PIXELS = 520  # laid out at this size, drawn at three times it
STAR_WIDTH = 0.8  # of the page width
BODY_PT = 10.5


@dataclass(frozen=True)
class MyStar:
    """Everything the page shows."""

    name: str  # how the person is named on the page (their name, or their reference)
    template: StarTemplate
    latest: Reading
    first: Reading | None = None  # None (or the latest itself) when there is one reading
    steps: Sequence[ActionStep] = field(default_factory=tuple)
    service: str = ""  # the organisation, or the words for one when it has no name
    made_on: date = field(default_factory=date.today)


def my_star(
    name: str,
    template: StarTemplate,
    readings: Sequence[Reading],
    steps: Sequence[ActionStep],
    service: str,
) -> MyStar:
    """The page's content from a person's readings: their latest final reading and the
    first one of the same star."""
    finals = [r for r in readings if r.is_final]
    if not finals:
        raise ValueError("a 'My star' page needs at least one finished reading")
    same = comparable(finals, finals[-1])
    return MyStar(name, template, same[-1], same[0], tuple(steps), service)


def _value(reading: Reading | None, key: str) -> int | str | None:
    if reading is None or key not in reading.scores:
        return None
    s = reading.scores[key]
    return "n/a" if s.not_applicable else s.value


def _score_words(t: StarTemplate, value: int | str | None) -> str:
    if value == "n/a":
        return _tr("Does not apply")
    if value is None:
        return _tr("Not scored")
    return _tr("{score} of {max}").format(score=value, max=t.scale_max)


def _change_words(first: int | str | None, latest: int | str | None) -> str:
    if not isinstance(first, int) or not isinstance(latest, int):
        return "–"
    if latest > first:
        return _tr("Up {n}").format(n=latest - first)
    if latest < first:
        return _tr("Down {n}").format(n=first - latest)
    return _tr("Same")


def _who(step: ActionStep) -> str:
    who = {
        ActionOwner.PERSON: _tr("You"),
        ActionOwner.WORKER: _tr("Your worker"),
        ActionOwner.OTHER: _tr("Someone else"),
    }[step.owner]
    return f"{who} ({step.owner_name})" if step.owner_name else who


def _step_status(step: ActionStep, today: date) -> str:
    if step.is_overdue(today):
        return _tr("Not done yet — date passed")
    return {
        ActionStatus.OPEN: _tr("To do"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.DROPPED: _tr("Dropped"),
    }[step.status]


STYLE = (
    PAPER_STYLE
    + """
h1 { font-size: 20pt; margin: 0; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
"""
)


def build_document(data: MyStar, paper: str = "A4") -> QTextDocument:
    t = data.template
    first = data.first if data.first is not None and data.first.id != data.latest.id else None
    latest = data.latest
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)

    now_label = _tr("Now ({date})").format(date=display_date(latest.taken_on))
    overlays = []
    if first is not None:
        start_label = _tr("Start ({date})").format(date=display_date(first.taken_on))
        overlays.append((start_label, _area_values(t, first)))
    image = star_image(
        t,
        _area_values(t, latest),
        STAR_PIXELS,
        overlays=overlays,
        not_applicable={k for k in latest.not_applicable() if _allows_na(t, k)},
        current_label=now_label,
    )
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("star.png"), image)
    width = round(page_width(paper) * STAR_WIDTH)

    h: list[str] = []
    h.append("<h1>" + escape(_tr("My star")) + "</h1>")
    h.append(
        "<p>"
        + escape(
            _tr("{name} · {service} · made on {date}").format(
                name=data.name, service=data.service, date=display_date(data.made_on.isoformat())
            )
        )
        + "</p>"
    )
    if first is not None:
        intro = _tr(
            "Each line from the middle of the star is one part of your life. The further out "
            "the point, the better things are going. The solid line with round dots is where "
            "you are now ({now}). The dashed line with square dots is where you started "
            "({start})."
        ).format(now=display_date(latest.taken_on), start=display_date(first.taken_on))
    else:
        intro = _tr(
            "Each line from the middle of the star is one part of your life. The further out "
            "the point, the better things are going. The line with round dots is where you "
            "are now ({now})."
        ).format(now=display_date(latest.taken_on))
    h.append(f"<p>{escape(intro)}</p>")
    h.append(f'<p align="center"><img src="star.png" width="{width}" height="{width}"></p>')

    h.append("<h2>" + escape(_tr("What the stages mean")) + "</h2>")
    h.append(stages_table(t))

    # Page 1: the star and what its stages mean; the areas in words start on page 2.
    h.append(
        "<h2 style='page-break-before: always'>"
        + escape(_tr("Where you are in each area"))
        + "</h2>"
    )
    h.append(_areas_table(t, first, latest))

    h.append("<h2>" + escape(_tr("Our next steps")) + "</h2>")
    steps = [s for s in data.steps if s.status is not ActionStatus.DROPPED]
    if not steps:
        h.append("<p>" + escape(_tr("No next steps written down yet.")) + "</p>")
    else:
        h.append(_steps_table(t, steps, data.made_on))

    h.append(
        "<p class='small'><br>"
        + escape(
            _tr(
                "From {service}. This page has personal information about you: keep it "
                "somewhere safe."
            ).format(service=data.service)
        )
        + "</p>"
    )
    doc.setHtml("<html><body>" + "\n".join(h) + "</body></html>")
    return doc


def _allows_na(t: StarTemplate, key: str) -> bool:
    try:
        return t.area(key).allow_not_applicable
    except KeyError:
        return False


def _area_values(t: StarTemplate, reading: Reading) -> dict[str, int | None]:
    keys = set(t.area_keys)
    return {k: v for k, v in reading.values().items() if k in keys}


def _areas_table(t: StarTemplate, first: Reading | None, latest: Reading) -> str:
    rows = ['<table class="grid" width="100%" cellspacing="0">']
    if first is not None:
        head = [(_tr("Area"), 22), (_tr("At the start"), 13), (_tr("Now"), 12)]
        head += [(_tr("Change"), 11), (_tr("Stage now"), 42)]
    else:
        head = [(_tr("Area"), 25), (_tr("Now"), 12), (_tr("Stage now"), 63)]
    rows.append(_head_row(head))
    for area in t.areas:
        now = _value(latest, area.key)
        cells = [f"<b>{escape(area.name)}</b>"]
        if first is not None:
            cells.append(escape(_score_words(t, _value(first, area.key))))
        cells.append(escape(_score_words(t, now)))
        if first is not None:
            cells.append(escape(_change_words(_value(first, area.key), now)))
        if isinstance(now, int):
            stage = t.stage_for(now)
            words = t.descriptor_for(area.key, now) or stage.description
            cells.append(f"<b>{escape(stage.name)}</b><br>{escape(words)}")
        else:
            cells.append("–")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _steps_table(t: StarTemplate, steps: Sequence[ActionStep], today: date) -> str:
    rows = ['<table class="grid" width="100%" cellspacing="0">']
    head = [(_tr("Area"), 18), (_tr("What"), 36), (_tr("Who"), 18), (_tr("By when"), 13)]
    rows.append(_head_row([*head, (_tr("Done?"), 15)]))
    for s in steps:
        try:
            area = t.area(s.area_key).name
        except KeyError:
            area = s.area_key
        what = escape(s.description)
        if s.notes.strip():
            what += f"<br><span class='small'>{escape(s.notes.strip())}</span>"
        cells = [
            escape(area),
            what,
            escape(_who(s)),
            escape(display_date(s.due_on) or "–"),
            escape(_step_status(s, today)),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _head_row(cells: Sequence[tuple[str, int]]) -> str:
    """A header row; the numbers are column widths in per cent of the page."""
    return "<tr>" + "".join(f"<th width='{w}%'>{escape(x)}</th>" for x, w in cells) + "</tr>"


def write_my_star_pdf(path: str | Path, data: MyStar, paper: str = "A4") -> Path:
    """Write the page as a PDF (``paper``: "A4" or "Letter")."""
    doc = build_document(data, paper)
    return write_pdf(doc, path, paper, _tr("My star"))
