"""A PDF and a DOCX of a text give the same drafts as the text, and their quotes verify."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from factcheck.cli.extract import extract_command

pytest.importorskip("docx")  # the documents extra is part of the test extras
from tests.documents.test_formats import DATA, pdf_params, write_docx  # noqa: E402 - after the skip above

SOURCES = sorted(DATA.glob("*.txt"))


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(extract_command)
    return app


def _drafts(repo: Path, document: Path) -> dict[str, dict]:
    """name → draft, without what differs by format (the cited file and the locator)."""
    result = CliRunner().invoke(
        _app(), [str(document), "--out", str(repo / "claims" / "doc"), "--dry-run", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    drafts = {}
    for item in json.loads(result.stdout)["drafts"]:
        claim = dict(item["claim"])
        claim["citation"] = {k: v for k, v in claim["citation"].items() if k not in ("document", "locator", "title")}
        claim.pop("x-extract")
        drafts[Path(item["file"]).stem] = claim
    return drafts


@pytest.mark.parametrize(
    "other", pdf_params(sorted(DATA.glob("*.pdf"))) + [pytest.param(s, id=s.stem + ".docx") for s in SOURCES]
)
def test_pdf_and_docx_give_the_drafts_of_the_text(other: Path, tmp_path: Path) -> None:
    source = DATA / (other.name.split(".", 1)[0] + ".txt")
    expected = _drafts(tmp_path, Path(shutil.copy(source, tmp_path)))
    assert len(expected) >= 5
    if other.suffix == ".pdf":
        other = Path(shutil.copy(other, tmp_path))
    else:
        other = write_docx(source, tmp_path / (source.stem + ".docx"))
    assert _drafts(tmp_path, other) == expected


@pytest.mark.parametrize("name", ["zh-hefei-2024.pdf", "en-statcan-lfs-2022-04.pdf", "docx"])
def test_drafts_of_a_pdf_or_docx_verify_against_it(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.run import pipeline

    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    if name == "docx":
        document = write_docx(DATA / "zh-hefei-2024.txt", tmp_path / "docs" / "hefei.docx")
    else:
        document = tmp_path / "docs" / name
        shutil.copy(DATA / name, document)
    result = CliRunner().invoke(_app(), [f"docs/{document.name}", "--out", "claims/doc"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "claims" / "doc").glob("*.yaml"))
    assert len(files) >= 5
    run = pipeline.validate(pipeline.RunOptions(paths=[tmp_path / "claims"], cwd=tmp_path))
    verdicts = [(c.id, f.check, f.verdict.value) for c in run.claims for f in c.findings if f.check == "citation"]
    assert verdicts and all(verdict == "pass" for _, _, verdict in verdicts), verdicts
    if name.endswith(".pdf"):
        text = files[0].read_text(encoding="utf-8")
        assert 'locator: "page ' in text
