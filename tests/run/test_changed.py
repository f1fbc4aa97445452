"""--changed-since: the pure selection over the relation graph, and a run in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.errors import UsageError
from factcheck.run.changed import (
    Changes,
    changed_paths,
    changed_selection,
    git_changes,
    parse_git_z,
    related,
    run_changed,
    select,
    split_changes,
)

# total = a + b; again = total; far = again; other stands alone.
EDGES = [("total", "a"), ("total", "b"), ("again", "total"), ("far", "again"), ("uses-gone", "gone")]
EXISTING = {"a", "b", "total", "again", "far", "other", "uses-gone"}


def test_related_follows_each_direction_transitively() -> None:
    assert related({"a"}, EDGES) == {"a", "total", "again", "far"}
    assert related({"total"}, EDGES) == {"total", "a", "b", "again", "far"}
    assert related({"other"}, EDGES) == {"other"}


def test_select_changed_and_deleted() -> None:
    selection = select({"again", "not-a-claim"}, {"gone", "nobody-uses-this"}, EDGES, EXISTING)
    assert selection.changed == {"again"}
    assert selection.deleted_referenced == {"gone": {"uses-gone"}}
    assert selection.ids == {"again", "total", "a", "b", "far", "uses-gone"}
    assert selection.notes == ["claim gone was deleted but uses-gone still refer to it"]


def test_select_nothing_changed() -> None:
    assert select(set(), set(), EDGES, EXISTING).ids == set()


def test_parse_git_output(tmp_path: Path) -> None:
    (tmp_path / "kept.yaml").write_text("x", encoding="utf-8")
    paths = parse_git_z("kept.yaml\0gone.yaml\0中文/名字.yaml\0", tmp_path)
    assert paths[2] == tmp_path / "中文" / "名字.yaml"
    assert split_changes(paths) == Changes(
        (tmp_path / "kept.yaml",), (tmp_path / "gone.yaml", tmp_path / "中文" / "名字.yaml")
    )


# -- a real repository -------------------------------------------------------------------

CLAIMS = {
    "g/a.yaml": "claim: a 38\nvalue: 38\nunit: 家\ncitation: {}\n",
    "g/b.yaml": "claim: b 320\nvalue: 320\nunit: 家\ncitation: {}\n",
    "g/total.yaml": "claim: total 358\nvalue: 358\nunit: 家\ncitation: {}\nchecks:\n  - sum: [./a, ./b]\n",
    "g/again.yaml": "claim: again 358\nvalue: 358\nunit: 家\ncitation: {}\nchecks:\n  - same: ./total\n",
    "g/other.yaml": "claim: other 5\nvalue: 5\nunit: 家\ncitation: {}\n",
    "g/gone.yaml": "claim: gone 7\nvalue: 7\nunit: 家\ncitation: {}\n",
    "h/uses-gone.yaml": "claim: uses 7\nvalue: 7\nunit: 家\ncitation: {}\nchecks:\n  - same: ../g/gone\n",
    "s/compared.yaml": "claim: c 9\nvalue: 9\ncitation: {}\ncompare: {source: local, series: s}\n",
}


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    for name, text in CLAIMS.items():
        path = tmp_path / "claims" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "claims")
    return tmp_path


def test_nothing_changed(repo: Path) -> None:
    assert git_changes("HEAD", repo) == Changes((), ())
    assert changed_paths([repo / "claims"], "HEAD", repo) == []


def test_changed_deleted_and_untracked_claims(repo: Path) -> None:
    claims = repo / "claims"
    (claims / "g" / "a.yaml").write_text(CLAIMS["g/a.yaml"].replace("a 38", "a: 38"), encoding="utf-8")
    git(repo, "rm", "-q", "claims/g/gone.yaml")
    (claims / "g" / "new.yaml").write_text("claim: new\nvalue: 1\ncitation: {}\n", encoding="utf-8")
    selection, files = changed_selection([claims], "HEAD", repo)
    assert selection.changed == {"g/a", "g/new"}
    assert selection.ids == {"g/a", "g/total", "g/again", "g/new", "h/uses-gone"}
    assert selection.deleted_referenced == {"g/gone": {"h/uses-gone"}}
    assert files["g/total"] == "claims/g/total.yaml"
    assert changed_paths([claims], "HEAD", repo) == sorted(
        repo / "claims" / f"{name}.yaml" for name in ("g/a", "g/again", "g/new", "g/total", "h/uses-gone")
    )


def test_committed_changes_since_an_older_ref(repo: Path) -> None:
    (repo / "claims" / "g" / "other.yaml").write_text(CLAIMS["g/other.yaml"] + "subject: s\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "edit other")
    assert changed_selection([repo / "claims"], "HEAD~1", repo)[0].ids == {"g/other"}
    assert changed_selection([repo / "claims"], "HEAD", repo)[0].ids == set()


@pytest.mark.parametrize("touched", ["sources.yaml", "sources.lock.json", "data/figures.csv"])
def test_a_source_change_selects_the_claims_that_use_sources(repo: Path, touched: str) -> None:
    (repo / touched).parent.mkdir(parents=True, exist_ok=True)
    (repo / touched).write_text("changed\n", encoding="utf-8")
    selection = changed_selection([repo / "claims"], "HEAD", repo)[0]
    assert selection.ids == {"s/compared"} and "every claim that uses a source" in selection.notes[-1]


def test_run_changed_checks_only_the_selection(repo: Path) -> None:
    from factcheck.run import pipeline

    (repo / "claims" / "g" / "b.yaml").write_text(
        CLAIMS["g/b.yaml"].replace("value: 320", "value: 321"), encoding="utf-8"
    )
    git(repo, "rm", "-q", "claims/g/gone.yaml")
    options = pipeline.RunOptions(paths=[repo / "claims"], cwd=repo)
    result = run_changed(options, "HEAD", pipeline.run)
    by_id = {claim.id: claim for claim in result.claims}
    assert set(by_id) == {"g/b", "g/total", "g/again", "h/uses-gone"}
    assert by_id["g/total"].verdict.value == "fail"  # 38 + 321 ≠ 358
    assert by_id["h/uses-gone"].verdict.value == "invalid"  # its operand's file was deleted
    assert any("g/gone was deleted" in note for note in result.notes)


def test_run_changed_with_nothing_changed_checks_nothing(repo: Path) -> None:
    from factcheck.run import pipeline

    result = run_changed(pipeline.RunOptions(paths=[repo / "claims"], cwd=repo), "HEAD", pipeline.run)
    assert result.claims == [] and "no claim changed" in result.notes[0]


def test_bad_ref_and_no_repository(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with pytest.raises(UsageError, match="--changed-since"):
        git_changes("no-such-branch", repo)
    with pytest.raises(UsageError, match="not a git ref"):
        git_changes("--output=x", repo)
    with pytest.raises(UsageError, match="--changed-since"):
        git_changes("HEAD", tmp_path_factory.mktemp("plain"))
