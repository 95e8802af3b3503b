"""Encrypted data files on the command line: where the passphrase comes from (never argv),
encrypt / decrypt / passphrase, and the one-sentence refusals."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from starapp.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"
NEW_PASS = "purple elephant umbrella"


def run(*args, env=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "starapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
        stdin=subprocess.DEVNULL,  # not a terminal: nothing is asked
        env={**_clean_env(), **(env or {})},
    )


def _clean_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("STARAPP_PASSPHRASE", "STARAPP_NEW_PASSPHRASE")
    }


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def secret_files(tmp_path):
    old, new = tmp_path / "pass.txt", tmp_path / "new-pass.txt"
    old.write_text(PASS + "\n")
    new.write_text(NEW_PASS + "\n")
    return old, new


@pytest.fixture
def encrypted(tmp_path, secret_files):
    data = tmp_path / "work.db"
    made = run("demo", "--data", data, "--people", 5, "--seed", 2)
    assert made.returncode == 0, made.stderr
    assert "not encrypted" in made.stdout
    done = run("encrypt", "--data", data, "--passphrase-file", secret_files[0])
    assert done.returncode == 0, done.stderr
    return data, done.stdout


def _one_sentence_error(result) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("starapp: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_encrypt_prints_the_recovery_key_once_with_the_warning(encrypted):
    data, out = encrypted
    assert re.search(r"\b([A-Z2-7]{4}-){13}[A-Z2-7]{4}\b", out)
    assert "shown only this once" in out
    assert "cannot be recovered" in out
    assert not data.read_bytes().startswith(b"SQLite format 3")
    assert data.with_name("work.db.key").exists()


def test_passphrase_from_a_file_or_the_environment(encrypted, secret_files):
    data, _ = encrypted
    by_file = run("stats", "--data", data, "--json", "--passphrase-file", secret_files[0])
    assert by_file.returncode == 0, by_file.stderr
    assert json.loads(by_file.stdout)["people"] == 5
    by_env = run("stats", "--data", data, "--json", env={"STARAPP_PASSPHRASE": PASS})
    assert by_env.returncode == 0, by_env.stderr
    assert json.loads(by_env.stdout) == json.loads(by_file.stdout)
    check = run("check", "--data", data, env={"STARAPP_PASSPHRASE": PASS})
    assert check.returncode == 0 and "sound" in check.stdout


def test_report_and_export_read_the_passphrase_too(encrypted, secret_files, tmp_path):
    data, _ = encrypted
    out = tmp_path / "report.json"
    report = run(
        "report", "--data", data, "--format", "json", "--out", out,
        "--passphrase-file", secret_files[0],
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert out.exists()
    export = run("export", "--data", data, "--out", tmp_path / "out", "--all",
                 env={"STARAPP_PASSPHRASE": PASS})  # fmt: skip
    assert export.returncode == 0, export.stderr


def test_no_passphrase_and_no_terminal_says_where_to_give_it(encrypted):
    data, _ = encrypted
    line = _one_sentence_error(run("stats", "--data", data))
    assert "--passphrase-file" in line and "STARAPP_PASSPHRASE" in line


def test_wrong_passphrase_exits_1_with_one_sentence_and_changes_nothing(encrypted, tmp_path):
    data, _ = encrypted
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    before = digest(data), sorted(p.name for p in tmp_path.iterdir())
    line = _one_sentence_error(run("stats", "--data", data, "--passphrase-file", wrong))
    assert "does not open work.db" in line
    line = _one_sentence_error(run("check", "--data", data, env={"STARAPP_PASSPHRASE": "nope"}))
    assert "passphrase" in line
    assert (digest(data), sorted(p.name for p in tmp_path.iterdir())) == before


def test_the_passphrase_is_never_a_command_line_argument(encrypted):
    data, _ = encrypted
    for option in ("--passphrase", "--pass", "--passphrase="):
        refused = run("stats", "--data", data, option, PASS)
        assert refused.returncode == 2, refused.stderr
        assert PASS not in refused.stdout + refused.stderr
    refused = run("passphrase", "--data", data, "--new-passphrase", NEW_PASS)
    assert refused.returncode == 2 and NEW_PASS not in refused.stderr
    for name, parser in _all_parsers(build_parser()):
        options = {o: a for a in parser._actions for o in a.option_strings}
        if "--data" in options:
            assert "--passphrase-file" in options, name
        for option, action in options.items():
            if "passphrase" in option or "recovery" in option:
                refused = action.help == argparse.SUPPRESS
                assert option.endswith("-file") or refused, (name, option)


def _all_parsers(parser: argparse.ArgumentParser, name: str = "starapp"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _all_parsers(sub, f"{name} {sub_name}")


def test_change_passphrase_then_decrypt(encrypted, secret_files):
    data, _ = encrypted
    old, new = secret_files
    changed = run("passphrase", "--data", data, "--passphrase-file", old,
                  "--new-passphrase-file", new)  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "recovery key stays the same" in changed.stdout
    _one_sentence_error(run("stats", "--data", data, "--passphrase-file", old))
    assert run("stats", "--data", data, "--passphrase-file", new).returncode == 0
    _one_sentence_error(run("decrypt", "--data", data, "--passphrase-file", old))
    done = run("decrypt", "--data", data, "--passphrase-file", new)
    assert done.returncode == 0, done.stderr
    assert data.read_bytes().startswith(b"SQLite format 3")
    assert run("stats", "--data", data).returncode == 0


def test_recovery_key_sets_a_new_passphrase(encrypted, secret_files, tmp_path):
    data, out = encrypted
    key = re.search(r"\b(?:[A-Z2-7]{4}-){13}[A-Z2-7]{4}\b", out).group(0)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(key.lower() + "\n")
    data.with_name("work.db.key").unlink()  # the key file is lost
    reset = run("passphrase", "--data", data, "--recovery-key-file", key_file,
                "--new-passphrase-file", secret_files[1])  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    assert run("stats", "--data", data, "--passphrase-file", secret_files[1]).returncode == 0


def test_a_weak_new_passphrase_is_refused(tmp_path):
    data = tmp_path / "d.db"
    assert run("demo", "--data", data, "--people", 1).returncode == 0
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    line = _one_sentence_error(run("encrypt", "--data", data, "--passphrase-file", short))
    assert "at least 8 characters" in line
    assert data.read_bytes().startswith(b"SQLite format 3")


def test_demo_refuses_an_encrypted_file(encrypted):
    data, _ = encrypted
    line = _one_sentence_error(run("demo", "--data", data, "--people", 1))
    assert "encrypted" in line


def test_a_path_with_braces_is_said_as_it_is(tmp_path):
    """A path is a value put into the sentence, never read as part of its template."""
    folder = tmp_path / "team {north} {0}"
    folder.mkdir()
    data = folder / "d.db"
    assert run("demo", "--data", data, "--people", 1).returncode == 0
    line = _one_sentence_error(run("decrypt", "--data", data))
    assert line == f"starapp: {data} is not encrypted."


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_asks_on_the_terminal_when_nothing_else_gives_it(encrypted):
    data, _ = encrypted
    out = _run_on_terminal(["stats", "--data", str(data)], ["not it", PASS])
    assert out.count("Passphrase for work.db:") == 2
    assert "does not open work.db" in out
    assert "people: 5" in out
    assert PASS not in out  # no echo


def _run_on_terminal(args: list[str], answers: list[str]) -> str:
    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        env = _clean_env()
        os.execvpe(sys.executable, [sys.executable, "-m", "starapp", *args], env)
    output, answered = b"", 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break  # the child closed the terminal
            if not chunk:
                break
            output += chunk
            if output.count(b"Passphrase for") > answered and answered < len(answers):
                os.write(fd, answers[answered].encode() + b"\n")
                answered += 1
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output.decode(errors="replace")
    return output.decode(errors="replace")
