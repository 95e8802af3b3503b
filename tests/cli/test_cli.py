"""The command line, run as a user would: a separate process, real files."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIFE = ROOT / "resources" / "templates" / "life-areas.json"


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "starapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_and_help():
    assert run("--version").stdout.startswith("starapp ")
    out = run("--help").stdout
    for command in ("templates", "check", "stats", "demo"):
        assert command in out


def test_templates_list_shows_the_samples():
    result = run("templates", "list")
    assert result.returncode == 0
    keys = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert {"life-areas", "family-support", "young-person"} <= set(keys)


def test_validate_good_and_bad(tmp_path):
    bad = json.loads(LIFE.read_text())
    bad["areas"][1]["key"] = bad["areas"][0]["key"]
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad))
    ok = run("templates", "validate", LIFE)
    assert ok.returncode == 0 and "valid" in ok.stdout
    failed = run("templates", "validate", LIFE, bad_file)
    assert failed.returncode == 1
    assert "bad.json: areas[1].key:" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_import_template_into_data_file(tmp_path):
    data = tmp_path / "d.db"
    run("demo", "--data", data, "--people", 3)
    own = json.loads(LIFE.read_text())
    own["key"] = "our-star"
    own_file = tmp_path / "our.json"
    own_file.write_text(json.dumps(own))
    result = run("templates", "import", "--data", data, own_file)
    assert result.returncode == 0, result.stderr
    listed = run("templates", "list", "--data", data).stdout
    assert "our-star" in listed


def test_stats_and_check_on_demo_file(tmp_path):
    data = tmp_path / "demo.db"
    made = run("demo", "--data", data, "--people", 20, "--seed", 3)
    assert made.returncode == 0, made.stderr
    stats = json.loads(run("stats", "--data", data, "--json").stdout)
    assert stats["people"] == 20
    assert stats["readings_final"] > 20
    assert set(stats) >= {"readings_draft", "scores", "action_steps", "waiting_changes"}
    check = run("check", "--data", data)
    assert check.returncode == 0 and "sound" in check.stdout


def test_demo_refuses_a_file_with_people(tmp_path):
    data = tmp_path / "demo.db"
    run("demo", "--data", data, "--people", 2)
    before = digest(data)
    again = run("demo", "--data", data, "--people", 2)
    assert again.returncode == 1 and "already holds people" in again.stderr
    assert digest(data) == before


def make_bad_inputs(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "text.db").write_text("not a database")
    template = tmp_path / "bad-template.json"
    template.write_text("{ this is not json")
    return {
        "missing": tmp_path / "missing.db",
        "folder": tmp_path / "folder",
        "text": tmp_path / "text.db",
        "template": template,
    }


@pytest.mark.parametrize("command", ["check", "stats"])
@pytest.mark.parametrize("which", ["missing", "folder", "text", "template"])
def test_bad_data_files_get_one_clear_sentence(tmp_path, command, which):
    bad = make_bad_inputs(tmp_path)[which]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run(command, "--data", bad)
    assert result.returncode == 1
    assert result.stderr.startswith("starapp: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_invalid_template_import_changes_nothing(tmp_path):
    data = tmp_path / "d.db"
    run("demo", "--data", data, "--people", 2)
    before = digest(data)
    bad = make_bad_inputs(tmp_path)["template"]
    result = run("templates", "import", "--data", data, bad)
    assert result.returncode == 1
    assert "not valid JSON" in result.stderr
    assert digest(data) == before


def test_unknown_option_is_a_usage_error():
    result = run("stats", "--data", "x.db", "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr


def test_bad_number_of_people():
    result = run("demo", "--data", "x.db", "--people", "lots")
    assert result.returncode == 2 and "'lots' is not a whole number" in result.stderr
