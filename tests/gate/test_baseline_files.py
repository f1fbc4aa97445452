"""The baseline file: never written through a link or outside the repository, safe to run twice at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_support import invoke
from factcheck.files import STALE_SECONDS, atomic_write

FAILING = "claim: 有5家\nvalue: 5\nunit: 家\ncitation: {quote: 有5家}\nchecks:\n  - same: 6\n"


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "claims").mkdir(parents=True)
    for name in "abc":
        (repo / "claims" / f"{name}.yaml").write_text(FAILING, encoding="utf-8")
    return repo


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_links_planted_at_the_baseline_and_its_old_temporary_name_are_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (repo / "factcheck-baseline.json.tmp").symlink_to(victim)  # the fixed name an older writer used
    monkeypatch.chdir(repo)
    code, out, err = invoke("baseline")
    assert code == 0, out + err
    assert victim.read_text(encoding="utf-8") == "precious"
    (repo / "factcheck-baseline.json").unlink()
    (repo / "factcheck-baseline.json").symlink_to(victim)
    for command in ("baseline", "run"):
        code, out, err = invoke(command)
        assert code == 2 and "outside the repository" in err, out + err
        assert victim.read_text(encoding="utf-8") == "precious"


def test_a_configured_baseline_outside_the_repository_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path)
    (repo / "pyproject.toml").write_text('[tool.factcheck]\nbaseline = "../outside.json"\n', encoding="utf-8")
    monkeypatch.chdir(repo)
    code, out, err = invoke("baseline")
    assert code == 2 and "outside the repository" in err
    assert not (tmp_path / "outside.json").exists()


def test_two_baseline_runs_at_once_both_succeed(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    command = [sys.executable, "-m", "factcheck", "baseline"]
    for _ in range(3):
        runs = [subprocess.Popen(command, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
        outcomes = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
        assert all(code == 0 for _, _, code in outcomes), outcomes
    assert '"findings"' in (repo / "factcheck-baseline.json").read_text(encoding="utf-8")
    assert not [name for name in os.listdir(repo) if name.endswith(".tmp")]


def test_stale_temporaries_of_a_killed_writer_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "pin.json"
    stale, fresh = tmp_path / ".pin.json.abc123.tmp", tmp_path / ".pin.json.def456.tmp"
    for leftover in (stale, fresh):
        leftover.write_text("half", encoding="utf-8")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    atomic_write(target, "{}")
    assert target.read_text(encoding="utf-8") == "{}"
    assert not stale.exists() and fresh.exists()  # a writer still at work is left alone


def test_a_failed_write_leaves_no_temporary(tmp_path: Path) -> None:
    class Boom(BaseException):
        pass

    class Data(str):
        def encode(self, *args: object) -> bytes:  # type: ignore[override]
            raise Boom

    with pytest.raises(Boom):
        atomic_write(tmp_path / "x.json", Data("{}"))
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_unwinds_like_ctrl_c(tmp_path: Path) -> None:
    """The CLI turns SIGTERM into an exception, so that cleanup (temporary files) runs."""
    script = (
        "import os, signal, sys, threading\n"
        "from factcheck.cli import app\n"
        "sys.argv = ['factcheck', 'run']\n"
        "threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGTERM)).start()\n"
        "app.app = lambda **kw: __import__('time').sleep(60)\n"
        "app.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 143 and "terminated" in done.stderr


def test_writing_many_files_into_one_folder_lists_it_once(tmp_path: Path, monkeypatch) -> None:
    """Looking for a killed writer's temporaries reads the folder once a minute, not once a file:
    extract writes thousands of drafts into one folder."""
    import factcheck.files as files

    listed: list[str] = []
    real_scandir = os.scandir
    monkeypatch.setattr(files.os, "scandir", lambda folder: listed.append(str(folder)) or real_scandir(folder))
    for number in range(50):
        atomic_write(tmp_path / f"draft-{number}.yaml", "value: 1\n")
    assert listed == [str(tmp_path)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"draft-{n}.yaml" for n in range(50))
