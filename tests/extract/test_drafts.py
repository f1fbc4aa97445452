"""Drafts written by `factcheck extract` load, validate and name each other correctly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from factcheck.cli.extract import extract_command

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "weifang-2022-reform.txt"


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(extract_command)
    return app


def _extract(repo: Path, document: Path, *args: str):
    docs = repo / "docs"
    docs.mkdir(exist_ok=True)
    shutil.copy(document, docs / document.name)
    return CliRunner().invoke(_app(), [f"docs/{document.name}", "--out", "claims/doc", *args], catch_exceptions=False)


DOCUMENTS = [
    pytest.param(SEED, id="seed-zh", marks=pytest.mark.skipif(not SEED.is_file(), reason="no seed article")),
    pytest.param(DATA / "press-release-en.txt", id="press-release-en"),
    pytest.param(DATA / "bulletin-zh.txt", id="bulletin-zh"),
    pytest.param(DATA / "news-en.txt", id="news-en"),
]
LABELLED = [
    pytest.param(DATA / f"{name}.txt", id=name)
    for name in sorted(p.stem for p in DATA.glob("*.txt") if p.name[:3] in ("zh-", "en-"))
]


@pytest.mark.parametrize("document", DOCUMENTS + LABELLED)
def test_every_draft_validates(document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.load.claims import load_claims
    from factcheck.run import pipeline

    monkeypatch.chdir(tmp_path)
    result = _extract(tmp_path, document)
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "claims" / "doc").glob("*.yaml"))
    assert len(files) >= 3  # the shortest labelled release (a BEA excerpt) states three statistics
    loaded = load_claims([tmp_path / "claims"], tmp_path)
    assert not loaded.failed, [f.findings[0].message for f in loaded.failed]
    assert len(loaded.claims) == len(files)
    run = pipeline.validate(pipeline.RunOptions(paths=[tmp_path / "claims"], cwd=tmp_path))
    bad = [
        (c.id, f.verdict.value, f.message)
        for c in run.claims
        for f in c.findings
        if f.verdict.value in ("invalid", "error", "fail", "misquoted")
    ]
    assert not bad


@pytest.mark.skipif(not SEED.is_file(), reason="no seed article")
def test_seed_drafts_carry_citation_and_relations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _extract(tmp_path, SEED)
    folder = tmp_path / "claims" / "doc"
    total = yaml.safe_load((folder / "tech-platforms-total.yaml").read_text(encoding="utf-8"))
    assert total["value"] == "1793" and total["unit"] == "家"
    assert total["citation"]["document"] == "docs/weifang-2022-reform.txt"
    assert total["citation"]["locator"] == "paragraph 11"
    assert total["citation"]["title"] == "问道万事有解 踔厉改革创新"
    assert total["checks"] == [{"sum": ["./national", "./provincial", "./municipal"]}]
    text = SEED.read_text(encoding="utf-8")
    block = total["x-extract"]
    assert text[block["start"] : block["end"]] == "1793家"
    drafts = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in folder.glob("*.yaml")]
    gap = next(d for d in drafts if d["value"] == "7.5")
    assert gap["x-todo"][0]["difference"][0] == "./agriculture-contribution-rate"
    assert gap["x-todo"][0]["difference"][1]["source"].startswith("FILL IN")  # a source placeholder
    rank = next(d for d in drafts if d["claim"].endswith("居全省第2位"))
    assert rank["x-todo"][0]["rank"]["of"] == "./new-energy-renewables-installed-capacity"
    target = next(d for d in drafts if d["value"] == "3500亿")
    assert (target["kind"], target["period"]) == ("target", "2026")
    labels = [d for d in drafts if d["kind"] == "label"]
    assert any("五个优化" in d["claim"] for d in labels)


def test_existing_files_are_kept_without_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    document = DATA / "press-release-en.txt"
    _extract(tmp_path, document)
    target = min((tmp_path / "claims" / "doc").glob("*.yaml"))
    target.write_text("edited by a reviewer\n", encoding="utf-8")
    result = _extract(tmp_path, document)
    assert "kept" in result.output
    assert target.read_text(encoding="utf-8") == "edited by a reviewer\n"
    _extract(tmp_path, document, "--force")
    assert target.read_text(encoding="utf-8").startswith("# Draft")


def test_dry_run_writes_nothing_and_json_lists_drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    result = _extract(tmp_path, DATA / "press-release-en.txt", "--dry-run", "--format", "json")
    payload = json.loads(result.output)
    assert payload["dry_run"] and payload["written"] == [] and payload["not_drafted"] == []
    assert not (tmp_path / "claims").exists()
    values = {d["claim"]["value"] for d in payload["drafts"]}
    assert {"7.25 million", "3.5 billion", "second", "-3.2"} <= values
    table = _extract(tmp_path, DATA / "press-release-en.txt", "--dry-run", "--verbose")
    assert "7.25 million" in table.output and "dry run" in table.output


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_markup_documents_give_valid_drafts(suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.run import pipeline

    monkeypatch.chdir(tmp_path)
    source = tmp_path / f"source{suffix}"
    if suffix == ".md":
        source.write_text(
            "# Regional review\n\nThe region has **1,793** research platforms in 2022.\n\n"
            "Exports rose 12% to $3.5 billion in 2022.\n",
            encoding="utf-8",
        )
    else:
        source.write_text(
            "<html><head><title>评论</title></head><body><p>全市共建设科技创新平台<b>1793</b>家,"
            "其中国家级38家、省级320家、市级1435家。</p></body></html>",
            encoding="utf-8",
        )
    result = _extract(tmp_path, source)
    assert result.exit_code == 0, result.output
    run = pipeline.validate(pipeline.RunOptions(paths=[tmp_path / "claims"], cwd=tmp_path))
    verdicts = {f.verdict.value for c in run.claims for f in c.findings}
    assert not verdicts & {"invalid", "error", "fail", "misquoted"}, run.claims
    assert len(run.claims) >= 3
