"""Running `extract` again over a folder the reviewer worked on keeps their work."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from factcheck.cli.extract import extract_command
from factcheck.extract.document import parse_document
from factcheck.extract.drafts import build_drafts
from factcheck.extract.mentions import find_mentions
from factcheck.extract.output import MANIFEST

ARTICLE = Path(__file__).resolve().parents[2] / "docs" / "sources" / "weifang-2022-reform.txt"


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(extract_command)
    return app


def _run(repo: Path, *args: str):
    result = CliRunner().invoke(
        _app(), ["docs/article.txt", "--out", "claims/a", *args], catch_exceptions=False, env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    shutil.copy(ARTICLE, tmp_path / "docs" / "article.txt")
    _run(tmp_path)
    return tmp_path


def _files(repo: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((repo / "claims" / "a").glob("*.yaml"))}


def test_a_rerun_over_an_untouched_folder_changes_nothing(repo: Path) -> None:
    before = _files(repo)
    manifest = (repo / "claims" / "a" / MANIFEST).read_text(encoding="utf-8")
    result = _run(repo)
    assert _files(repo) == before
    assert (repo / "claims" / "a" / MANIFEST).read_text(encoding="utf-8") == manifest
    assert "wrote 0 new drafts" in result.output and f"{len(before)} drafts unchanged" in result.output


def test_edits_deletions_and_renames_survive_a_rerun(repo: Path) -> None:
    folder = repo / "claims" / "a"
    names = sorted(_files(repo))
    edited, deleted, renamed = folder / names[0], folder / names[1], folder / names[2]
    edited.write_text(edited.read_text(encoding="utf-8").replace('kind: "fact"', 'kind: "estimate"'), encoding="utf-8")
    deleted.unlink()
    renamed.rename(folder / "my-own-name.yaml")
    # what the folder should hold: as left, but drafts pointing at the renamed one follow it
    before = {name: text.replace(f'"./{renamed.stem}"', '"./my-own-name"') for name, text in _files(repo).items()}
    result = _run(repo)
    assert _files(repo) == before  # nothing edited changed, nothing deleted came back, no duplicate
    assert "kept 1 existing files you edited" in result.output
    assert "kept 1 drafts you renamed: my-own-name.yaml" in result.output
    assert f"did not recreate 1 drafts you deleted (--force does): {deleted.name}" in result.output
    again = _run(repo)  # and the same on the run after
    assert _files(repo) == before and "did not recreate 1" in again.output


def test_force_overwrites_edits_recreates_deletions_and_keeps_the_new_name(repo: Path) -> None:
    folder = repo / "claims" / "a"
    original = _files(repo)
    names = sorted(original)
    (folder / names[0]).write_text("edited\n", encoding="utf-8")
    (folder / names[1]).unlink()
    (folder / names[2]).rename(folder / "my-own-name.yaml")
    _run(repo, "--force")
    now = _files(repo)
    assert now[names[0]] == original[names[0]] and now[names[1]] == original[names[1]]
    assert names[2] not in now and now["my-own-name.yaml"] == original[names[2]]


def test_a_new_mention_is_the_only_file_added_after_an_edit_elsewhere(repo: Path) -> None:
    folder = repo / "claims" / "a"
    before = _files(repo)
    edited_name = sorted(before)[3]
    (folder / edited_name).write_text("# mine\n" + before[edited_name], encoding="utf-8")
    article = repo / "docs" / "article.txt"
    lines = article.read_text(encoding="utf-8").split("\n")
    lines.insert(2, "全市新建成通信基站4321个。")  # a new paragraph near the top: every later one moves down
    article.write_text("\n".join(lines), encoding="utf-8")
    payload = json.loads(_run(repo, "--format", "json").stdout)
    after = _files(repo)
    added = sorted(set(after) - set(before))
    assert len(added) == 1 and "4321" in after[added[0]]
    assert set(before) <= set(after)
    assert after[edited_name] == "# mine\n" + before[edited_name]
    assert [Path(p).name for p in payload["written"]] == added
    assert payload["skipped"] == [f"claims/a/{edited_name}"]
    assert len(payload["updated"]) == len(before) - 1  # the locators moved: unedited drafts follow


def test_references_follow_a_renamed_draft(repo: Path) -> None:
    folder = repo / "claims" / "a"
    total = yaml.safe_load((folder / "tech-platforms-total.yaml").read_text(encoding="utf-8"))
    assert total["checks"] == [{"sum": ["./national", "./provincial", "./municipal"]}]
    (folder / "national.yaml").rename(folder / "national-platforms.yaml")
    _run(repo)
    total = yaml.safe_load((folder / "tech-platforms-total.yaml").read_text(encoding="utf-8"))
    assert total["checks"] == [{"sum": ["./national-platforms", "./provincial", "./municipal"]}]
    assert not (folder / "national.yaml").exists()


def test_a_lost_manifest_still_keeps_every_draft(repo: Path) -> None:
    folder = repo / "claims" / "a"
    before = _files(repo)
    (folder / MANIFEST).write_text("{not json", encoding="utf-8")
    _run(repo)
    assert _files(repo) == before


def test_a_new_draft_never_takes_the_name_of_a_file_the_reviewer_wrote(repo: Path) -> None:
    folder = repo / "claims" / "a"
    article = repo / "docs" / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n全市共建设科技创新平台1800家。\n", encoding="utf-8")
    (folder / "tech-platforms-total-2.yaml").write_text("claim: mine\nvalue: 1\n", encoding="utf-8")
    result = _run(repo)
    assert "wrote 1 new drafts" in result.output
    assert (folder / "tech-platforms-total-2.yaml").read_text(encoding="utf-8") == "claim: mine\nvalue: 1\n"


def test_fingerprints_do_not_move_when_the_document_changes_elsewhere() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    changed = "新增的第一段：今年举办活动12场。\n" + text.replace("问道万事有解", "问道万事有解（修订）", 1)

    def prints(source: str) -> dict[str, str]:
        document = parse_document(source, "txt")
        drafts = build_drafts(document, find_mentions(document, "zh", 2022), None, "zh")
        return {d.data["x-extract"]["fingerprint"]: d.data["claim"] for d in drafts}

    before, after = prints(text), prints(changed)
    assert set(before) <= set(after)
    assert len(set(after) - set(before)) == 1
    assert all(re.fullmatch(r"[0-9a-f]{16}", key) for key in after)


@pytest.mark.parametrize(("terminal", "quiet", "shown"), [("1", False, True), ("1", True, False), ("0", False, False)])
def test_a_progress_bar_on_stderr_only_on_a_terminal_and_not_when_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: str, quiet: bool, shown: bool
) -> None:
    from factcheck.cli import extract_view

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(extract_view, "LONG_DOCUMENT", 1000)  # the article stands in for a long document
    (tmp_path / "docs").mkdir()
    shutil.copy(ARTICLE, tmp_path / "docs" / "article.txt")
    args = ["docs/article.txt", "--out", "claims/a", "--dry-run"] + (["--quiet"] if quiet else [])
    # TTY_COMPATIBLE makes a terminal from rich 14 on, FORCE_COLOR also before (the declared minimum, 13.8)
    env = {"TTY_COMPATIBLE": terminal, **({"FORCE_COLOR": "1"} if terminal == "1" else {})}
    result = CliRunner().invoke(_app(), args, env=env, catch_exceptions=False)
    assert result.exit_code == 0
    assert ("reading mentions" in result.stderr) is shown
    assert "reading mentions" not in result.stdout
    assert ("drafts from docs/article.txt" in result.stdout) is not quiet


def test_a_tampered_manifest_never_points_a_write_outside_the_drafts(repo: Path) -> None:
    folder = repo / "claims" / "a"
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    first, second = sorted(manifest["drafts"])[:2]
    manifest["drafts"][first]["file"] = "../../outside.yaml"
    manifest["drafts"][second]["file"] = "notes.txt"
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "notes.txt").write_text("my notes\n", encoding="utf-8")
    _run(repo, "--force")
    assert not (repo / "outside.yaml").exists() and not (repo / "claims" / "outside.yaml").exists()
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("force", [False, True])
def test_a_link_planted_over_a_draft_is_never_read_or_written_through(repo: Path, force: bool) -> None:
    folder = repo / "claims" / "a"
    victim = repo / "victim.yaml"
    name = sorted(_files(repo))[0]
    victim.write_text((folder / name).read_text(encoding="utf-8") + "# precious\n", encoding="utf-8")
    (folder / name).unlink()
    (folder / name).symlink_to(victim)
    _run(repo, *(["--force"] if force else []))
    assert victim.read_text(encoding="utf-8").endswith("# precious\n")
    assert (folder / name).is_symlink() is not force  # --force replaces the link with the draft


def test_facts_without_a_year_are_counted_and_the_period_option_named(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "release.txt").write_text("4月份,规模以上工业增加值同比增长5.6%。\n", encoding="utf-8")
    result = CliRunner().invoke(_app(), ["release.txt", "--dry-run"], catch_exceptions=False)
    assert "1 facts have no period" in result.stdout and "--period" in result.stdout
    result = CliRunner().invoke(_app(), ["release.txt", "--dry-run", "--period", "2023-04"], catch_exceptions=False)
    assert result.exit_code == 0 and "no period" not in result.stdout
