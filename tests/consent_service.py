"""A small service whose people cover every way consent to share figures can stand.

Each person has two final readings of report_fixtures' template "t" (home first ->
latest as below; money 5 -> 5). Only SHARES and REGIVEN have consent in force that
covers sharing anonymised figures.

SHARES      given 2024-01-02, keep_record + share_anonymised_figures   home 2 -> 6
REGIVEN     given, withdrawn 2024-02-01, given again 2024-03-01         home 4 -> 8
KEEP-ONLY   given, keep_record only                                     home 10 -> 10
WITHDRAWN   given with sharing, withdrawn 2024-02-01                    home 10 -> 10
DECLINED    asked, said no                                              home 10 -> 10
NEVER       never asked                                                 home 10 -> 10
"""

from __future__ import annotations

from pathlib import Path

from report_fixtures import T1

from starapp.core.people import KEEP_RECORD, SHARE_FIGURES, Consent, PersonDraft, Withdrawal
from starapp.store import Store
from starapp.store.consent import withdraw_consent

BOTH = frozenset({KEEP_RECORD, SHARE_FIGURES})
SHARING = ("SHARES", "REGIVEN")
EVERYONE = ("SHARES", "REGIVEN", "KEEP-ONLY", "WITHDRAWN", "DECLINED", "NEVER")
HOME = {"SHARES": (2, 6), "REGIVEN": (4, 8)}  # everyone else: 10 -> 10


def given(purposes: frozenset[str], on: str = "2024-01-02") -> Consent:
    return Consent(given=True, date=on, method="verbal", purposes=purposes)


def fill_consent_service(store: Store) -> None:
    consents = {
        "SHARES": given(BOTH),
        "REGIVEN": given(BOTH),
        "KEEP-ONLY": given(frozenset({KEEP_RECORD})),
        "WITHDRAWN": given(BOTH),
        "DECLINED": Consent(given=False, date="2024-01-02", method="verbal"),
        "NEVER": Consent(),
    }
    for ref, consent in consents.items():
        person = store.people.add(PersonDraft(reference=ref, project="P1", consent=consent))
        first, latest = HOME.get(ref, (10, 10))
        for taken_on, home in (("2024-01-10", first), ("2024-06-10", latest)):
            r = store.readings.start(person.id, T1, taken_on=taken_on)
            store.readings.set_score(r.id, "home", home)
            store.readings.set_score(r.id, "money", 5)
            store.readings.finalise(r.id, allow_incomplete=True)
        if ref in ("REGIVEN", "WITHDRAWN"):
            withdraw_consent(store, person.id, Withdrawal(on="2024-02-01", method="letter"))
        if ref == "REGIVEN":  # they came back and agreed again, after the withdrawal
            draft = PersonDraft(reference=ref, project="P1", consent=given(BOTH, "2024-03-01"))
            store.people.update(person.id, draft)


def make_consent_service(path: Path) -> Path:
    with Store.open(path, create=True, actor="tester") as store:
        fill_consent_service(store)
    return path
