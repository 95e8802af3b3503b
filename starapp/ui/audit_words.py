"""Audit codes in plain words ("reading.finalise" -> "Reading finished"), shared by the
audit view and the subject access PDF. An unknown code is shown as it is."""

from __future__ import annotations

from starapp.ui.translation import tr as _tr


def action_words(action: str) -> str:
    words = {
        "file.open": _tr("Data file opened"),
        "file.unlock": _tr("Unlocked after the lock screen"),
        "audit.export": _tr("Audit log exported"),
        "bundle.replace": _tr("Bundles made again for a new service key"),
        "bundle.signer_revoked": _tr("Bundles from a laptop refused (lost or retired)"),
        "bundle.signer_allowed": _tr("Bundles from a laptop accepted again"),
        "person.create": _tr("Person added"),
        "person.update": _tr("Person's details changed"),
        "person.archive": _tr("Person archived"),
        "person.restore": _tr("Person restored from the archive"),
        "person.erase": _tr("Person erased"),
        "person.export": _tr("Everything about the person exported"),
        "person.consent_withdraw": _tr("Consent withdrawn"),
        "reading.start": _tr("Reading started"),
        "reading.score": _tr("Score changed"),
        "reading.own_score": _tr("Person's own score changed"),
        "reading.note": _tr("Note changed"),
        "reading.details": _tr("Reading details changed"),
        "reading.finalise": _tr("Reading finished"),
        "reading.discard": _tr("Draft reading discarded"),
        "reading.amend": _tr("Reading corrected"),
        "action.create": _tr("Action plan step added"),
        "action.update": _tr("Action plan step changed"),
        "action.delete": _tr("Action plan step deleted"),
        "target.add": _tr("Sync place added"),
        "target.change": _tr("Sync place changed"),
        "target.remove": _tr("Sync place removed"),
        "conflict.resolve": _tr("Sync conflict resolved"),
        "bundle.import": _tr("Changes imported from another laptop"),
        "bundle.signer_pinned": _tr("A laptop's signing key trusted"),
        "template.import": _tr("Star template imported"),
        "demo.fill": _tr("Demo people made"),
        "change": _tr("Changed"),  # settings or service keys: the Record column says which
    }
    return words.get(action, action)


def entity_words(entity: str) -> str:
    words = {
        "person": _tr("Person"),
        "reading": _tr("Reading"),
        "action": _tr("Action plan step"),
        "file": _tr("Data file"),
        "audit": _tr("Audit log"),
        "settings": _tr("Settings"),
        "target": _tr("Sync place"),
        "conflict": _tr("Sync conflict"),
        "bundle": _tr("Import"),
        "template": _tr("Star template"),
        "demo": _tr("Demo data"),
        "install": _tr("Laptop"),
        "service_keys": _tr("Service keys"),
    }
    return words.get(entity, entity)
