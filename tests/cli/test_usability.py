"""What a new user meets: discovery from any folder, near ids, whole help, formats per command, flags."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import invoke, run_json
from factcheck.cli.options import RUN_FORMATS, VALIDATE_FORMATS

CLAIM = "claim: 平台{value}家\nvalue: {value}\nunit: 家\ncitation: {{}}\n"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo(claims_repo):
    return claims_repo(
        {
            "pyproject.toml": '[tool.factcheck]\nfail-on = ["uncited"]\n',
            "claims/a/one.yaml": CLAIM.format(value=1),
            "claims/a/two.yaml": CLAIM.format(value=2),
            "claims/b/three.yaml": CLAIM.format(value=3),
            "docs/notes/readme.txt": "a folder without claims",
        }
    )


def test_runs_from_any_folder_of_the_repository_with_its_configuration(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo / "docs" / "notes")
    code, doc = run_json()
    assert code == 1  # [tool.factcheck] fail-on = uncited, found from a subfolder
    assert sorted(c["id"] for c in doc["claims"]) == ["a/one", "a/two", "b/three"]
    assert doc["claims"][0]["file"] == "../../claims/a/one.yaml"

    monkeypatch.chdir(repo / "claims" / "a")  # inside the claims: that folder only
    code, doc = run_json()
    assert sorted(c["id"] for c in doc["claims"]) == ["a/one", "a/two"]


def test_no_claims_anywhere_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke("run")
    assert code == 2 and "no claims/ folder here or in any folder above" in err


def test_exclude_leaves_out_files_by_path_or_id(repo: Path) -> None:
    _, doc = run_json("--exclude", "claims/a/*")
    assert [c["id"] for c in doc["claims"]] == ["b/three"]
    _, doc = run_json("--exclude", "a/two", "--exclude", "b/*")
    assert [c["id"] for c in doc["claims"]] == ["a/one"]


def test_show_suggests_near_ids(repo: Path) -> None:
    code, _, err = invoke("show", "a/tow")
    assert code == 2 and "did you mean a/two" in err
    code, _, err = invoke("show", "three")
    assert "did you mean b/three" in err


def test_colour_flag(repo: Path) -> None:
    _, plain, _ = invoke("run", "--color", "never")
    assert "\x1b[" not in plain
    _, coloured, _ = invoke("run", "--color", "always")
    assert "\x1b[" in coloured
    code, _, err = invoke("run", "--color", "sometimes")
    assert code == 2


def test_statistics_and_verbose(repo: Path) -> None:
    _, out, _ = invoke("run", "--statistics")
    assert "count  check" in out and "citation  uncited" in out
    _, out, _ = invoke("run", "-v")
    assert "uncited  1家  one" in out


def test_each_command_offers_only_its_formats() -> None:
    _, run_help, _ = invoke("run", "--help")
    _, validate_help, _ = invoke("validate", "--help")
    offered = lambda text: text.split("How to report:")[1].split("[default")[0]  # noqa: E731
    assert "claimreview" in offered(run_help) and "html" in offered(run_help)
    assert "claimreview" not in offered(validate_help) and "html" not in offered(validate_help)
    assert set(VALIDATE_FORMATS) < set(RUN_FORMATS)
    code, _, _ = invoke("validate", "--format", "html")
    assert code == 2


def test_help_summaries_are_whole_and_metavars_clear() -> None:
    env = {**os.environ, "COLUMNS": "80"}
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "--help"], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert "..." not in out.split("Commands:")[1]
    assert "--install-completion" in out  # shell completion
    _, extract_help, _ = invoke("extract", "--help")
    assert "{" not in extract_help and "<str>" not in extract_help and "extract [OPTIONS] DOC" in extract_help
    _, run_help, _ = invoke("run", "--help")
    assert "<list" not in run_help and "--output FILE" in run_help and "--today YYYY-MM-DD" in run_help


def test_findings_are_one_line_when_not_on_a_terminal(repo: Path) -> None:
    (repo / "claims" / "a" / "one.yaml").write_text(
        CLAIM.format(value=1) + "checks:\n  - same: " + " " * 0 + "./two\n", encoding="utf-8"
    )
    env = {**os.environ, "COLUMNS": "40"}
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "run"], cwd=repo, capture_output=True, text=True, env=env, check=False
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("claims/a/one.yaml") and "same" in line)
    assert line.endswith("same as ./two: 2家, stated 1家") or "stated" in line
    assert len(line) > 40  # never folded to the width


def test_shell_completion_offers_the_formats() -> None:
    env = {
        **os.environ,
        "_FACTCHECK_COMPLETE": "complete_bash",
        "COMP_WORDS": "factcheck run --format j",
        "COMP_CWORD": "3",
    }
    script = Path(sys.executable).with_name("factcheck")  # the installed command, as a shell calls it
    out = subprocess.run([str(script)], capture_output=True, text=True, env=env, check=False)
    assert set(out.stdout.split()) >= {"json", "junit", "junit-strict"}
