"""The subject access PDF: everything held about one person, for that person to read.

It is drawn from the same data as the JSON file (store/subject_access.py), so the two
always agree: their record and consent, every reading (scores, stage names, the
person's own scores, notes, corrections) with its star, the action plan, and the
history of changes from the audit log. Plain headings and dates like "3 Mar 2026".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from starapp.core.people import CONSENT_PURPOSES
from starapp.core.templates import StarTemplate
from starapp.ui.audit_words import action_words
from starapp.ui.consent_dialog import purpose_label
from starapp.ui.dates import display_date
from starapp.ui.pdf_output import PAPER_STYLE, escape, page_width, star_image, write_pdf
from starapp.ui.translation import tr as _tr

STAR_PIXELS = 420
STAR_WIDTH = 0.5  # of the page width
STAR_SCALE = 2.0  # drawn at twice the layout size: sharp on paper, a PDF of many stars stays small
BODY_PT = 10.5

STYLE = (
    PAPER_STYLE
    + """
h1 { font-size: 20pt; margin: 0; }
h2 { font-size: 14pt; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 2px; }
"""
)


def _when(timestamp: str | None) -> str:
    """A stored UTC timestamp as a date and time of day, e.g. "3 Mar 2026, 14:05 UTC"."""
    if not timestamp:
        return ""
    day = display_date(timestamp)
    time = timestamp[11:16]
    return _tr("{day}, {time} UTC").format(day=day, time=time) if time else day


def _yes_no(value: object) -> str:
    return _tr("Yes") if value else _tr("No")


def _table(head: list[tuple[str, int]], rows: list[list[str]]) -> str:
    """``head``: (title, width %) pairs; the cells are HTML already escaped."""
    out = ['<table class="grid" width="100%" cellspacing="0"><tr>']
    out += [f"<th width='{w}%'>{escape(title)}</th>" for title, w in head]
    out.append("</tr>")
    for cells in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _pairs(rows: list[tuple[str, str]]) -> str:
    return _table(
        [(_tr("What"), 30), (_tr("Held about you"), 70)],
        [[f"<b>{escape(k)}</b>", escape(v) or "–"] for k, v in rows],
    )


def _record(person: Mapping[str, Any]) -> str:
    return _pairs(
        [
            (_tr("Reference"), person["reference"]),
            (_tr("Name"), person["name"]),
            (_tr("Date of birth"), display_date(person.get("date_of_birth"))),
            (_tr("Project"), person["project"]),
            (_tr("Key worker"), person["key_worker"]),
            (_tr("Archived"), _yes_no(person["archived"])),
            (_tr("Record made"), _when(person["created_at"])),
            (_tr("Last changed"), _when(person["updated_at"])),
        ]
    )


def _consent(consent: Mapping[str, Any]) -> str:
    given = consent.get("given")
    purposes = [k for k in CONSENT_PURPOSES if k in (consent.get("purposes") or [])]
    rows = [
        (_tr("Consent given"), _tr("Not asked yet") if given is None else _yes_no(given)),
        (_tr("Date"), display_date(consent.get("date"))),
        (_tr("How it was recorded"), consent.get("method") or ""),
        (_tr("What for"), "; ".join(purpose_label(k) for k in purposes)),
        (_tr("Note"), consent.get("note") or ""),
    ]
    if consent.get("withdrawn_on"):
        rows += [
            (_tr("Withdrawn on"), display_date(consent["withdrawn_on"])),
            (_tr("How it was withdrawn"), consent.get("withdrawn_method") or ""),
            (_tr("Why"), consent.get("withdrawn_reason") or ""),
        ]
    return _pairs(rows)


def _score_text(score: Mapping[str, Any], t: StarTemplate | None) -> tuple[str, str]:
    """(score, stage) in words."""
    if score.get("not_applicable"):
        return _tr("Does not apply"), "–"
    value = score.get("value")
    if value is None:
        return _tr("Not scored"), "–"
    if t is None:
        return str(value), "–"
    try:
        stage = t.stage_for(int(value)).name
    except (KeyError, ValueError, IndexError):
        stage = "–"
    return _tr("{score} of {max}").format(score=value, max=t.scale_max), stage


def _reading(
    doc: QTextDocument, n: int, r: Mapping[str, Any], t: StarTemplate | None, paper: str
) -> list[str]:
    kinds = {"first": _tr("first reading"), "review": _tr("review"), "exit": _tr("exit reading")}
    status = _tr("finished") if r["status"] == "final" else _tr("draft, not finished")
    h = [
        "<h3>"
        + escape(
            _tr("Reading on {date} ({kind}, {status})").format(
                date=display_date(r["taken_on"]),
                kind=kinds.get(r["kind"], r["kind"]),
                status=status,
            )
        )
        + "</h3>"
    ]
    together = (
        _tr("you and your worker together")
        if r["participation"] == "joint"
        else _tr("your worker alone")
    )
    facts = [
        _tr("Worker: {worker}").format(worker=r["worker"] or "–"),
        _tr("Filled in by: {who}").format(who=together),
    ]
    if t is not None:
        facts.append(_tr("Star: {name}").format(name=t.name))
    h.append("<p>" + escape(" · ".join(facts)) + "</p>")
    if r.get("amends"):
        h.append(
            "<p>"
            + escape(
                _tr("This corrects an earlier version. Why: {reason}").format(
                    reason=r.get("amend_reason") or "–"
                )
            )
            + "</p>"
        )
        for change in r.get("amend_changes") or []:
            area = (
                t.area(change["area"]).name
                if t and change["area"] in t.area_keys
                else change["area"]
            )
            h.append(
                "<p class='small'>"
                + escape(
                    _tr("{area}: was {old}, now {new}").format(
                        area=area, old=change.get("old", ""), new=change.get("new", "")
                    )
                )
                + "</p>"
            )
    if r.get("replaced_by_amendment"):
        h.append(
            "<p class='small'>"
            + escape(_tr("This version was later corrected; the correction follows."))
            + "</p>"
        )
    if r.get("notes"):
        h.append("<p><b>" + escape(_tr("Notes")) + f":</b> {escape(r['notes'])}</p>")
    if t is not None and r["status"] == "final":
        values = {
            s["area_key"]: s.get("value")
            for s in r["scores"]
            if s["area_key"] in t.area_keys and not s.get("not_applicable")
        }
        na = {s["area_key"] for s in r["scores"] if s.get("not_applicable")}
        image = star_image(
            t, values, STAR_PIXELS, not_applicable=na & set(t.area_keys), scale=STAR_SCALE
        )
        name = f"star-{n}.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = round(page_width(paper) * STAR_WIDTH)
        h.append(f'<p align="center"><img src="{name}" width="{width}" height="{width}"></p>')
    order = {key: i for i, key in enumerate(t.area_keys)} if t is not None else {}
    rows = []
    for s in sorted(r["scores"], key=lambda s: order.get(s["area_key"], len(order))):
        score, stage = _score_text(s, t)
        own = s.get("own_value")
        rows.append(
            [
                f"<b>{escape(s.get('area_name') or s['area_key'])}</b>",
                escape(score),
                escape(stage),
                escape("–" if own is None else str(own)),
                escape(s.get("note") or ""),
            ]
        )
    if rows:
        head = [(_tr("Area"), 24), (_tr("Score"), 12), (_tr("Stage"), 16)]
        head += [(_tr("Your own score"), 10), (_tr("Note"), 38)]
        h.append(_table(head, rows))
    else:
        h.append("<p>" + escape(_tr("No scores were given.")) + "</p>")
    return h


def _actions(actions: list[Mapping[str, Any]], names: Mapping[str, str]) -> str:
    who = {"person": _tr("You"), "worker": _tr("Your worker"), "other": _tr("Someone else")}
    status = {"open": _tr("To do"), "done": _tr("Done"), "dropped": _tr("Dropped")}
    rows = []
    for a in actions:
        owner = who.get(a["owner"], a["owner"])
        if a.get("owner_name"):
            owner += f" ({a['owner_name']})"
        what = escape(a["description"])
        if a.get("notes"):
            what += f"<br><span class='small'>{escape(a['notes'])}</span>"
        rows.append(
            [
                escape(names.get(a["area_key"], a["area_key"])),
                what,
                escape(owner),
                escape(display_date(a.get("due_on")) or "–"),
                escape(status.get(a["status"], a["status"])),
            ]
        )
    head = [(_tr("Area"), 18), (_tr("What"), 40), (_tr("Who"), 16), (_tr("By when"), 13)]
    return _table([*head, (_tr("Status"), 13)], rows)


def _history(audit: list[Mapping[str, Any]]) -> str:
    rows = [
        [escape(_when(a["at"])), escape(a["actor"]), escape(action_words(a["action"]))]
        for a in audit
    ]
    return _table([(_tr("When"), 30), (_tr("Who"), 25), (_tr("What happened"), 45)], rows)


def build_document(
    data: Mapping[str, Any],
    templates: Mapping[str, StarTemplate],
    service: str,
    paper: str = "A4",
) -> QTextDocument:
    """``data``: the subject access dict; ``templates``: by template id (``key@version``),
    for stage names and stars (a reading without its template still lists its scores)."""
    person = data["person"]
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    made = display_date(str(data.get("produced_at") or date.today().isoformat()))

    h = ["<h1>" + escape(_tr("Everything we hold about you")) + "</h1>"]
    who = person["name"] or person["reference"]
    h.append(
        "<p>"
        + escape(
            _tr("{who} · reference {reference} · from {service} · made on {date}").format(
                who=who, reference=person["reference"], service=service, date=made
            )
        )
        + "</p>"
    )
    h.append(
        "<p>"
        + escape(
            _tr(
                "This is a copy of everything {service} keeps about you in starapp: your "
                "details, your consent, every reading of your star with its notes, your "
                "action plan, and a list of every change made to your record. The same "
                "information is also in a computer-readable file (JSON) made at the same time."
            ).format(service=service)
        )
        + "</p>"
    )
    h.append("<h2>" + escape(_tr("Your details")) + "</h2>")
    h.append(_record(person))
    h.append("<h2>" + escape(_tr("Your consent")) + "</h2>")
    h.append(_consent(person.get("consent") or {}))

    readings = data["readings"]
    h.append("<h2>" + escape(_tr("Your readings")) + "</h2>")
    if not readings:
        h.append("<p>" + escape(_tr("No readings have been taken.")) + "</p>")
    for n, r in enumerate(readings, 1):
        h += _reading(doc, n, r, templates.get(r["template_id"]), paper)

    names: dict[str, str] = {}
    for t in templates.values():
        names.update({a.key: a.name for a in t.areas})
    h.append("<h2>" + escape(_tr("Your action plan")) + "</h2>")
    if data["actions"]:
        h.append(_actions(data["actions"], names))
    else:
        h.append("<p>" + escape(_tr("No steps have been written down.")) + "</p>")

    h.append("<h2>" + escape(_tr("Changes made to your record")) + "</h2>")
    h.append(
        "<p>"
        + escape(
            _tr(
                "Every time your record was added to or changed, starapp noted when and by "
                "whom (the worker's computer login)."
            )
        )
        + "</p>"
    )
    h.append(_history(data["audit"]))
    h.append(
        "<p class='small'><br>"
        + escape(
            _tr(
                "From {service}. This document has personal information about you: keep it "
                "somewhere safe."
            ).format(service=service)
        )
        + "</p>"
    )
    doc.setHtml("<html><body>" + "\n".join(h) + "</body></html>")
    return doc


def write_subject_access_pdf(
    path: str | Path,
    data: Mapping[str, Any],
    templates: Mapping[str, StarTemplate],
    service: str,
    paper: str = "A4",
) -> Path:
    doc = build_document(data, templates, service, paper)
    return write_pdf(doc, path, paper, _tr("Everything we hold about you"))
