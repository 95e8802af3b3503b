"""The text the engine keeps about a failed delivery is written by its ``describe``.

That text is stored in the data file (a delivery's last error, a target's "needs
attention") and shown later, so the app gives the engine its translation and the
command line keeps ``str`` (English). Real targets: a missing folder, a real WebDAV
server that refuses the password and one that already holds a different file.
"""

from __future__ import annotations

import random

from engine_helpers import SETTINGS, JumpingClock, add_dav_target
from sync_helpers import DAV_PASSWORD

from starapp.core.errors import Sentence
from starapp.store.outbox import Outbox
from starapp.store.targets import TargetsRepo
from starapp.sync.engine import SyncEngine
from starapp.sync.outbox import make_bundle
from starapp.sync.status import sync_status


def described(sentence: Sentence) -> str:
    """Marks the text as this function's, and shows it was given the template itself."""
    return f"described: {sentence.template}"


def engine(store, secrets=None, describe=described) -> SyncEngine:
    return SyncEngine(
        store,
        secrets=secrets or {},
        settings=SETTINGS,
        now=JumpingClock(),
        rng=random.Random(1),
        describe=describe,
    )


def test_a_retry_stores_the_described_error(worker, tmp_path):
    TargetsRepo(worker).add("usb", "folder", str(tmp_path / "not plugged in"))
    result = engine(worker).run_once()
    template = "The folder {folder} is not there (is the USB stick or drive connected?)."
    (delivery,) = Outbox(worker).deliveries()
    assert delivery.state != "delivered" and delivery.attempts == 1
    assert delivery.last_error == f"described: {template}"
    assert TargetsRepo(worker).by_name("usb").last_error == f"described: {template}"
    assert result.problems == [f"described: {template}"]


def test_needs_attention_stores_the_described_reason(worker, dav):
    add_dav_target(worker, dav.url + "/in")
    result = engine(worker, {"cloud": "wrong"}).run_once()
    reason = (
        "described: The server for {target} did not accept the user name and password "
        "(or token). Check them in the target's settings."
    )
    target = TargetsRepo(worker).by_name("cloud")
    assert target.attention == reason
    assert Outbox(worker).deliveries()[0].last_error == reason
    assert result.problems == ["described: {target}: {problem}"]
    # the status names the target and passes the stored text on as it is
    (problem,) = sync_status(worker).problems
    assert problem == Sentence("{target}: {problem}", {"target": "cloud", "problem": reason})


def test_a_conflict_stores_the_described_reason(worker, dav):
    add_dav_target(worker, dav.url + "/in")
    bundle = make_bundle(worker, [TargetsRepo(worker).by_name("cloud").id])
    assert bundle is not None
    clash = dav.root / "in" / worker.install_id / bundle.file_name
    clash.parent.mkdir(parents=True)
    clash.write_bytes(b"something else")
    result = engine(worker, {"cloud": DAV_PASSWORD}).run_once()
    (delivery,) = Outbox(worker).deliveries()
    assert delivery.state == "conflict"
    assert delivery.last_error == (
        "described: The server already has a different file called {file}. Ask the charity "
        "to move it away, then choose Try again."
    )
    assert result.conflicts == 1 and result.problems == ["described: {target}: {problem}"]


def test_the_command_line_engine_stores_english_sentences(worker, tmp_path):
    usb = tmp_path / "not plugged in"
    TargetsRepo(worker).add("usb", "folder", str(usb))
    engine(worker, describe=str).run_once()
    assert Outbox(worker).deliveries()[0].last_error == (
        f"The folder {usb} is not there (is the USB stick or drive connected?)."
    )
