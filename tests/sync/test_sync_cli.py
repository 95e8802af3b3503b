import hashlib

import keyring
import pytest
from keyring.backend import KeyringBackend
from sync_helpers import DAV_PASSWORD, DAV_USER

from starapp.cli import main


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self):
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_export_import_round_trip(worker, tmp_path, capsys):
    worker.close()
    out = tmp_path / "usb"
    assert main(["export", "--data", str(tmp_path / "worker.db"), "--out", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    manager = tmp_path / "m.db"
    main(["demo", "--data", str(tmp_path / "empty.db"), "--people", "1"])
    from starapp.store import Store

    Store.open(manager, create=True).close()
    assert main(["import", "--data", str(manager), str(out)]) == 0
    assert "imported — added" in capsys.readouterr().out
    assert main(["import", "--data", str(manager), str(out)]) == 0
    assert "already imported" in capsys.readouterr().out


def test_import_refusal_exits_nonzero(manager, tmp_path, capsys):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nope")
    assert main(["import", "--data", str(manager.path), str(bad)]) == 1
    assert "refused" in capsys.readouterr().err


def test_target_add_list_sync_remove_with_keyring(worker, dav, tmp_path, capsys, memory_keyring):
    data = str(tmp_path / "worker.db")
    secret = tmp_path / "pw.txt"
    secret.write_text(DAV_PASSWORD + "\n")
    worker.close()
    args = ["target", "add", "--data", data, "cloud", "webdav", dav.url + "/in",
            "--user", DAV_USER, "--secret-file", str(secret)]  # fmt: skip
    assert main(args) == 0
    assert DAV_PASSWORD in memory_keyring.items.values()
    raw = (tmp_path / "worker.db").read_bytes()
    assert DAV_PASSWORD.encode() not in raw  # never in the data file
    assert main(["target", "list", "--data", data]) == 0
    assert "cloud\twebdav" in capsys.readouterr().out
    assert main(["sync", "--data", data, "--once"]) == 0
    assert "All changes delivered" in capsys.readouterr().out
    assert len(dav.files()) == 1
    assert main(["target", "remove", "--data", data, "cloud"]) == 0
    assert memory_keyring.items == {}


def test_without_keyring_secret_is_given_per_session(worker, dav, tmp_path, capsys, no_keyring):
    data = str(tmp_path / "worker.db")
    worker.close()
    assert main(["target", "add", "--data", data, "cloud", "webdav", dav.url + "/in",
                 "--user", DAV_USER]) == 0  # fmt: skip
    assert "no system keyring" in capsys.readouterr().err
    assert main(["sync", "--data", data, "--once"]) == 1
    assert "--secret-file" in capsys.readouterr().err
    secret = tmp_path / "pw.txt"
    secret.write_text(DAV_PASSWORD)
    assert main(["sync", "--data", data, "--once", "--secret-file", f"cloud={secret}"]) == 0
    assert len(dav.files()) == 1


def test_target_url_that_is_not_a_url(worker, tmp_path, capsys):
    worker.close()
    before = hashlib.sha256((tmp_path / "worker.db").read_bytes()).hexdigest()
    args = ["target", "add", "--data", str(tmp_path / "worker.db"), "x", "https", "not a url"]
    assert main(args) == 1
    assert "is not a web address" in capsys.readouterr().err
    assert hashlib.sha256((tmp_path / "worker.db").read_bytes()).hexdigest() == before


def test_folder_target_refuses_the_data_file_folder(worker, tmp_path, capsys):
    worker.close()
    args = ["target", "add", "--data", str(tmp_path / "worker.db"), "x", "folder", str(tmp_path)]
    assert main(args) == 1
    assert "live data file" in capsys.readouterr().err
