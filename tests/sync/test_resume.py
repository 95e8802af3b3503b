"""A crash (kill -9) at any point leaves nothing half done; the next run resumes."""

import subprocess
import sys
import textwrap

from engine_helpers import add_dav_target, sync_until_done
from sync_helpers import DAV_PASSWORD

from starapp.store import Store
from starapp.store.outbox import Outbox


def test_interrupted_upload_is_resumed_with_the_same_bytes(worker, dav):
    add_dav_target(worker, dav.url + "/in")
    from starapp.sync.outbox import make_bundle

    bundle = make_bundle(worker, [t.id for t in __import__(
        "starapp.store.targets", fromlist=["x"]).TargetsRepo(worker).all()])  # fmt: skip
    d = Outbox(worker).deliveries()[0]
    Outbox(worker).mark_sending(d)  # the process died here, mid-upload
    sync_until_done(worker, {"cloud": DAV_PASSWORD})
    assert dav.files()[0].read_bytes() == bundle.data


def test_kill_during_bundle_making_leaves_queue_pending(worker, tmp_path):
    worker.close()
    code = textwrap.dedent(f"""
        import os
        import starapp.sync.outbox as o
        from starapp.store import Store
        real = o.build_bundle
        def die(*a, **k):
            real(*a, **k)
            os._exit(9)  # like kill -9, inside the transaction
        o.build_bundle = die
        o.make_bundle(Store.open({str(tmp_path / "worker.db")!r}), [])
    """)
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == 9
    store = Store.open(tmp_path / "worker.db")
    assert store.integrity_problems() == []
    assert len(Outbox(store).pending_rows()) > 0
    assert Outbox(store).undelivered_bundles() == []
    store.close()
