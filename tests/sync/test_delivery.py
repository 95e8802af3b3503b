import pytest
from engine_helpers import JumpingClock, add_dav_target, engine_for, sync_until_done
from fault_server import Fault
from sync_helpers import DAV_PASSWORD, DAV_USER, record_reading

from starapp.store.outbox import Outbox
from starapp.store.targets import TargetsRepo
from starapp.sync.engine import SyncSettings, backoff
from starapp.sync.errors import TargetConfigError
from starapp.sync.targets import check_url

SECRETS = {"cloud": DAV_PASSWORD}


def test_backoff_doubles_from_a_minute_with_jitter_and_a_cap():
    import random

    s, rng = SyncSettings(), random.Random(3)
    firsts = [backoff(1, s, rng) for _ in range(50)]
    assert all(30 <= d <= 60 for d in firsts) and len(set(firsts)) > 1
    assert all(60 <= backoff(2, s, rng) <= 120 for _ in range(50))
    assert all(s.backoff_cap / 2 <= backoff(40, s, rng) <= s.backoff_cap for _ in range(50))


def test_folder_target_delivers_once(worker, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    TargetsRepo(worker).add("usb", "folder", str(usb))
    sync_until_done(worker, {})
    files = list(usb.rglob("*.zip"))
    assert len(files) == 1 and not [p for p in usb.rglob(".*")]
    # nothing new: nothing more is written
    engine_for(worker).run_once()
    assert len(list(usb.rglob("*.zip"))) == 1


def test_folder_missing_waits_and_retries(worker, tmp_path):
    usb = tmp_path / "usb"
    TargetsRepo(worker).add("usb", "folder", str(usb))
    clock = JumpingClock()
    result = engine_for(worker, clock=clock).run_once()
    assert result.retrying == 1 and "not there" in result.problems[0]
    usb.mkdir()
    clock.jump()
    engine_for(worker, clock=clock).run_once()
    assert worker.stats()["waiting_changes"] == 0


def test_webdav_delivers_and_makes_folders(worker, dav):
    add_dav_target(worker, dav.url + "/charity/bundles")
    sync_until_done(worker, SECRETS)
    assert len(dav.files()) == 1
    assert dav.files()[0].parent.name == worker.install_id


@pytest.mark.parametrize(
    "fault",
    ["close", "reset", "slow", "500", "503", "429", "truncate"],
)
@pytest.mark.parametrize("after", [False, True], ids=["before-store", "after-store"])
def test_webdav_retries_through_faults_to_exactly_one_copy(worker, faulty_dav, fault, after):
    add_dav_target(worker, faulty_dav.url + "/dav/in")
    faulty_dav.fail_next(Fault(fault, after=after), Fault(fault, after=after))
    results = sync_until_done(worker, SECRETS)
    assert results[0].retrying >= 1 and results[0].delivered == 0
    files = faulty_dav.dav.files()
    assert len(files) == 1
    bundle = Outbox(worker).deliveries()[0]
    assert bundle.state == "delivered"


@pytest.mark.parametrize("fault", ["401", "html", "redirect"])
def test_permanent_errors_need_attention_until_try_again(worker, faulty_dav, fault):
    add_dav_target(worker, faulty_dav.url + "/dav/in")
    faulty_dav.fail_next(Fault(fault))
    clock = JumpingClock()
    engine = engine_for(worker, SECRETS, clock)
    first = engine.run_once()
    target = TargetsRepo(worker).by_name("cloud")
    assert target.attention and first.delivered == 0
    assert "Try again" in target.attention or "user name" in target.attention
    requests = len(faulty_dav.requests)
    clock.jump(24)
    engine.run_once()  # no retry while it needs attention
    assert len(faulty_dav.requests) == requests
    assert worker.stats()["waiting_changes"] > 0
    TargetsRepo(worker).try_again()
    engine.run_once()
    assert worker.stats()["waiting_changes"] == 0
    assert len(faulty_dav.dav.files()) == 1


def test_wrong_password_needs_attention(worker, dav):
    add_dav_target(worker, dav.url + "/in")
    result = engine_for(worker, {"cloud": "wrong"}).run_once()
    assert "did not accept the user name and password" in result.problems[0]
    # changing the settings clears it
    TargetsRepo(worker).add("cloud", "webdav", dav.url + "/in", username=DAV_USER, replace=True)
    engine_for(worker, SECRETS).run_once()
    assert worker.stats()["waiting_changes"] == 0


def test_existing_different_file_is_a_conflict(worker, dav, life):
    add_dav_target(worker, dav.url + "/in")
    bundle = __import__("starapp.sync.outbox", fromlist=["x"]).make_bundle(
        worker, [TargetsRepo(worker).by_name("cloud").id]
    )
    clash = dav.root / "in" / worker.install_id / bundle.file_name
    clash.parent.mkdir(parents=True)
    clash.write_bytes(b"something else")
    result = engine_for(worker, SECRETS).run_once()
    assert result.conflicts == 1 and "different file" in result.problems[0]
    assert clash.read_bytes() == b"something else"  # never overwritten
    assert Outbox(worker).deliveries()[0].state == "conflict"


def test_new_changes_make_a_second_bundle(worker, dav, life):
    add_dav_target(worker, dav.url + "/in")
    sync_until_done(worker, SECRETS)
    person = worker.people.find()[0]
    record_reading(worker, person.id, life, "2025-06-01")
    sync_until_done(worker, SECRETS)
    assert len(dav.files()) == 2


def test_https_endpoint_with_idempotency_key(worker, hook_server):
    TargetsRepo(worker).add("hook", "https", hook_server.url + "/hook")
    hook_server.fail_next(Fault("503", after=True), Fault("close", after=True))
    sync_until_done(worker, {"hook": "hook-token"})
    bundle_id = Outbox(worker).deliveries()[0].bundle_id
    assert list(hook_server.hook) == [bundle_id]  # one copy, keyed by the bundle id


def test_https_bad_token_needs_attention(worker, hook_server):
    TargetsRepo(worker).add("hook", "https", hook_server.url + "/hook")
    engine_for(worker, {"hook": "nope"}).run_once()
    assert TargetsRepo(worker).by_name("hook").attention
    assert hook_server.hook == {}


def test_missing_secret_skips_target_and_says_why(worker, hook_server):
    TargetsRepo(worker).add("hook", "https", hook_server.url + "/hook")
    result = engine_for(worker, {}).run_once()
    assert "skipped" in result.problems[0]
    assert hook_server.requests == []


@pytest.mark.parametrize(
    "url",
    ["not a url", "ftp://example.org/x", "https://", "http://example.org/dav",
     "https://bob:pw@example.org/dav", "https://example.org/dav?x=1"],
)  # fmt: skip
def test_bad_target_urls_are_refused(url):
    with pytest.raises(TargetConfigError):
        check_url(url)


def test_good_target_urls():
    assert check_url("https://cloud.example.org/remote.php/dav/files/a/") == (
        "https://cloud.example.org/remote.php/dav/files/a"
    )
    assert check_url("http://127.0.0.1:8080/dav").startswith("http://127.0.0.1")
