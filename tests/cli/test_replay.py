"""Stored whole runs: an unchanged run prints what the last one printed; any change runs again.

The command line is driven through `factcheck.cli.main`, as the console script does (the replay
happens there, before typer). Real files and real stat; a spy on the pipeline only counts the
runs that really happened.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Callable

import pytest

from factcheck.cli import app as app_module
from factcheck.cli import main, replay
from factcheck.load import cache as load_cache
from factcheck.report.registry import REPORTERS
from factcheck.run import pipeline

DOCUMENT = "全市共建设科技创新平台1793家,其中国家级38家、省级320家、市级1435家。到2030年建成加氢站20座。\n"
CLAIMS = {
    "total.yaml": "claim: 全市共建设科技创新平台1793家\nvalue: 1793\nunit: 家\nperiod: '2022'\n"
    "citation: {document: docs/source.txt, quote: 全市共建设科技创新平台1793家}\n"
    "checks:\n  - sum: [./national, ./provincial, ./municipal]\n",
    "national.yaml": "claim: 其中国家级38家\nvalue: 38\nunit: 家\nperiod: '2022'\n"
    "citation: {document: docs/source.txt, quote: 其中国家级38家}\n",
    "provincial.yaml": "claim: 省级320家\nvalue: 320\nunit: 家\nperiod: '2022'\n"
    "citation: {document: docs/source.txt, quote: 省级320家}\n",
    "municipal.yaml": "claim: 市级1435家\nvalue: 1435\nunit: 家\nperiod: '2022'\n"
    "citation: {document: docs/missing.txt, quote: 市级1435家}\n",
    "target.yaml": "claim: 到2030年建成加氢站20座\nvalue: 20\nunit: 座\nkind: target\nperiod: '2030'\n"
    "citation: {document: docs/source.txt, quote: 建成加氢站20座}\n",
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "claims").mkdir()
    for name, text in CLAIMS.items():
        (tmp_path / "claims" / name).write_text(text, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "source.txt").write_text(DOCUMENT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    # Files written a moment ago are never stored (their stat may not show the next edit within
    # the same clock tick); here every edit also changes the size, so no waiting is needed.
    monkeypatch.setattr(replay, "RACY_NS", 0)
    # The loaded-claims cache pickles its entries a chunk at a time while files load: in chunks
    # of 2 here, so that a first run does that too (and writes nothing outside .factcheck/).
    monkeypatch.setattr(load_cache, "CHUNK", 2)
    # main() tunes the collector and SIGTERM for a whole process: not for the test process.
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(gc, "set_threshold", lambda *args: None)
    monkeypatch.setattr(app_module, "_exit_cleanly_on_sigterm", lambda: None)
    return tmp_path


@pytest.fixture
def runs(monkeypatch) -> list[str]:
    """The pipeline runs that really happened (a spy: the pipeline itself is the real one)."""
    seen: list[str] = []
    for name in ("run", "validate"):
        real = getattr(pipeline, name)

        def spy(options, real=real, name=name):
            seen.append(name)
            return real(options)

        monkeypatch.setattr(pipeline, name, spy)
    return seen


def factcheck(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["factcheck", *args])
    with pytest.raises(SystemExit) as done:
        main()
    out, err = capsys.readouterr()
    return done.value.code or 0, out, err


def records(repo: Path) -> list[str]:
    folder = repo / ".factcheck" / "runs"
    return sorted(name for name in os.listdir(folder) if name != ".gitignore") if folder.is_dir() else []


@pytest.mark.parametrize("format", list(dict.fromkeys(["rich", *REPORTERS])))
def test_a_stored_run_prints_exactly_what_a_fresh_run_prints(repo, runs, monkeypatch, capsys, format) -> None:
    command = ("run", "--offline", "--format", format)
    fresh = factcheck(monkeypatch, capsys, *command)
    assert runs == ["run"] and len(records(repo)) == 1
    replayed = factcheck(monkeypatch, capsys, *command)
    assert runs == ["run"]  # nothing was loaded or checked the second time
    assert replayed == fresh
    assert "unverifiable" in (fresh[1] + fresh[2]).lower() or format == "claimreview"  # a report with something in it
    assert factcheck(monkeypatch, capsys, *command, "--no-cache") == fresh  # and a run without any cache agrees
    assert runs == ["run", "run"]


def test_validate_is_stored_too(repo, runs, monkeypatch, capsys) -> None:
    fresh = factcheck(monkeypatch, capsys, "validate", "--format", "json")
    assert factcheck(monkeypatch, capsys, "validate", "--format", "json") == fresh
    assert runs == ["validate"]


def edit_claim(repo: Path) -> None:
    path = repo / "claims" / "national.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("38", "39"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_mtime_ns - 10**9, path.stat().st_mtime_ns - 10**9))


def append(path: Path, text: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        with open(repo / path, "a", encoding="utf-8") as out:
            out.write(text)

    return change


def write(path: str, text: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")

    return change


CHANGES: dict[str, Callable[[Path], None]] = {
    "a claim edited, same size": edit_claim,
    "a claim grown": append(Path("claims/target.yaml"), "subject: 加氢站\n"),
    "a claim added": write("claims/more.yaml", "claim: 省级320家\nvalue: 320\nunit: 家\n"),
    "a claim in a new folder": write("claims/sub/more.yaml", "claim: 省级320家\nvalue: 320\nunit: 家\n"),
    "a claim deleted": lambda repo: (repo / "claims" / "target.yaml").unlink(),
    "a claim renamed": lambda repo: (repo / "claims" / "target.yaml").rename(repo / "claims" / "goal.yaml"),
    "a hidden claim file appears": write("claims/.draft.yaml", "claim: x\n"),  # skipped by the walk; still a change
    "the cited document edited": append(Path("docs/source.txt"), "市级1436家\n"),
    "a missing cited document created": write("docs/missing.txt", "市级1435家\n"),
    "a policy file created": write("factcheck.yaml", "fail-on: [invalid]\n"),
    "a baseline file created": write("factcheck-baseline.json", '{"version": 1, "accepted": []}\n'),
    "a sources.yaml created": write("sources.yaml", "sources:\n  local:\n    type: csv\n    path: data.csv\n"),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_every_change_of_an_input_runs_again(repo, runs, monkeypatch, capsys, change) -> None:
    command = ("run", "--offline", "--format", "json")
    factcheck(monkeypatch, capsys, *command)
    CHANGES[change](repo)
    after = factcheck(monkeypatch, capsys, *command)
    assert runs == ["run", "run"]
    assert after == factcheck(monkeypatch, capsys, *command, "--no-cache")
    assert factcheck(monkeypatch, capsys, *command) == after  # the new run is the one stored now
    assert runs == ["run", "run", "run"]


@pytest.mark.parametrize(
    "other",
    [
        ("run", "--offline", "--format", "json", "--quiet"),
        ("run", "--offline", "--format", "json", "--today", "2031-01-01"),
        ("run", "--offline", "--format", "sarif"),
        ("validate", "--format", "json"),
    ],
)
def test_another_command_line_is_another_run(repo, runs, monkeypatch, capsys, other) -> None:
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")
    factcheck(monkeypatch, capsys, *other)
    assert len(runs) == 2


def test_the_date_and_the_environment_are_part_of_a_run(repo, runs, monkeypatch, capsys) -> None:
    command = ("run", "--offline", "--format", "json")
    first = factcheck(monkeypatch, capsys, *command)
    monkeypatch.setenv("FACTCHECK_TODAY", "2031-01-01")  # the target is due now
    due = factcheck(monkeypatch, capsys, *command)
    assert len(runs) == 2 and due != first
    monkeypatch.setattr(replay.time, "strftime", lambda pattern: "2099-01-01")  # tomorrow, for a run without a date
    factcheck(monkeypatch, capsys, *command)
    monkeypatch.setenv("NO_COLOR", "1")
    factcheck(monkeypatch, capsys, *command)
    assert len(runs) == 4


def test_another_version_of_factcheck_runs_again(repo, runs, monkeypatch, capsys) -> None:
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")
    monkeypatch.setattr(replay, "__version__", "99.0")
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")
    assert len(runs) == 2


def test_a_record_not_written_in_place_is_ignored(repo, runs, monkeypatch, capsys) -> None:
    command = ("run", "--offline", "--format", "json")
    fresh = factcheck(monkeypatch, capsys, *command)
    (name,) = records(repo)
    folder = repo / ".factcheck" / "runs"
    forged = (folder / name).read_bytes().replace(b"unverifiable", b"pass")
    (folder / "forged").write_bytes(forged)
    os.replace(folder / "forged", folder / name)  # another inode than its name says: committed, copied, planted
    assert factcheck(monkeypatch, capsys, *command) == fresh
    assert len(runs) == 2


def test_inputs_changed_just_before_the_run_are_not_stored(repo, runs, monkeypatch, capsys) -> None:
    monkeypatch.setattr(replay, "RACY_NS", 2_000_000_000)  # the real rule: every file here is brand new
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")
    assert records(repo) == []


@pytest.mark.parametrize(
    "arguments",
    [
        ["run", "--no-cache"],
        ["run", "--output", "report.json"],
        ["run", "-o", "report.json"],
        ["run", "--output=report.json"],
        ["run", "--refresh"],
        ["run", "--changed-since", "HEAD"],
        ["run", "--help"],
        ["show", "total"],
        [],
    ],
)
def test_runs_that_write_files_or_ask_git_are_never_stored(arguments) -> None:
    assert not replay.eligible(arguments)


def test_a_run_that_asks_the_network_is_not_stored(repo, runs, monkeypatch, capsys) -> None:
    (repo / "sources.yaml").write_text("sources:\n  local:\n    type: csv\n    path: data.csv\n", encoding="utf-8")
    (repo / "data.csv").write_text("series,period,value\nplatforms,2022,1793\n", encoding="utf-8")
    with open(repo / "claims" / "total.yaml", "a", encoding="utf-8") as out:
        out.write("compare: {source: local, series: platforms, period: '2022'}\n")
    factcheck(monkeypatch, capsys, "run", "--format", "json")  # not offline, a source to ask
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")  # a file: source, read fresh
    assert records(repo) == []


def test_cache_clean_removes_the_stored_runs(repo, runs, monkeypatch, capsys) -> None:
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")
    assert records(repo)
    code, out, _ = factcheck(monkeypatch, capsys, "cache", "clean")
    assert code == 0 and "runs" in out
    assert records(repo) == []
    factcheck(monkeypatch, capsys, "run", "--offline", "--format", "json")
    assert len(runs) == 2
