"""`factcheck check` on long documents: what is done once per document instead of once per figure
gives the same answers (the locator, the shared texts, the citation paths, the streamed json)."""

from __future__ import annotations

import json
import os
from fractions import Fraction
from pathlib import Path

import pytest
from tests.cli_support import invoke

from factcheck.checks.citation import CitedPaths, citation_findings
from factcheck.documents.reading import file_column
from factcheck.extract import checkdoc
from factcheck.extract.document import Document, Paragraph
from factcheck.interval import Interval
from factcheck.model import Citation, Claim, Kind, Position, Quantity, Verdict
from factcheck.yamlio.doc import YamlFloat, YamlInt


def _in_text(text: str, removed: tuple[tuple[int, int], ...], offset: int) -> tuple[int, int]:
    """What the locator computed per figure before: a count and a search over the whole text."""
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1 + file_column(removed, start, offset)


def test_the_locator_gives_the_line_and_column_of_a_count_and_a_search() -> None:
    text = "增长5.2%。\n\nGDP rose 3 percent.\nab 1\n12\n"
    removed = ((3, 4), (0, 1), (14, 2), (14, 1), (27, 5))  # unsorted, repeated places, one at a line start
    document = Document(text, "t", (Paragraph(1, 0, text),), "txt", None, None, removed)
    locate = checkdoc._locator(document)
    for offset in range(len(text) + 1):
        assert locate(offset, "1") == _in_text(text, removed, offset), offset


def test_shared_texts_keep_values_types_and_order() -> None:
    texts: dict[str, str] = {}
    title = "".join(["增长", "5.2%"])
    first = checkdoc._shared({"citation": {"title": title}, "n": YamlInt(3, "03")}, texts)
    data = {"claim": "x", "citation": {"title": "增长5.2%", "locator": None}, "x": [YamlFloat(0.9, "0.90"), True, [1]]}
    second = checkdoc._shared(data, texts)
    assert second == data and list(second) == list(data) and list(second["citation"]) == ["title", "locator"]
    assert second["citation"]["title"] is first["citation"]["title"]  # one string for the two drafts
    assert str(first["n"]) == "03" and type(second["x"][0]) is YamlFloat and str(second["x"][0]) == "0.90"


def _claim(document: str) -> Claim:
    one = Fraction(1793)
    where = Position("a.yaml", 1, 1)
    return Claim(
        id="a",
        file="a.yaml",
        text="t",
        value_text="1793",
        quantity=Quantity(Interval(one, one, True, True)),
        kind=Kind.FACT,
        position=where,
        positions={(): where},
        citation=Citation(quote="共建设平台1793家", document=document),
    )


def test_cited_paths_are_looked_at_once_per_run(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("全市共建设平台1793家。\n", encoding="utf-8")
    paths = CitedPaths()
    claim = _claim("doc.txt")
    assert [f.verdict for f in citation_findings(claim, tmp_path, paths)] == [Verdict.PASS]
    (tmp_path / "doc.txt").unlink()  # within the run, the document was already looked at
    assert [f.verdict for f in citation_findings(claim, tmp_path, paths)] == [Verdict.PASS]
    # A new run (a new CitedPaths), or a claim judged alone, looks again.
    assert [f.verdict for f in citation_findings(claim, tmp_path, CitedPaths())] == [Verdict.UNVERIFIABLE]
    assert [f.verdict for f in citation_findings(claim, tmp_path)] == [Verdict.UNVERIFIABLE]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_relinked_document_is_seen_by_the_next_run(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("共建设平台1793家。\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("共建设平台1794家。\n", encoding="utf-8")
    (tmp_path / "doc.txt").symlink_to(tmp_path / "one.txt")
    claim = _claim("doc.txt")
    assert [f.verdict for f in citation_findings(claim, tmp_path, CitedPaths())] == [Verdict.PASS]
    (tmp_path / "doc.txt").unlink()
    (tmp_path / "doc.txt").symlink_to(tmp_path / "two.txt")
    assert [f.verdict for f in citation_findings(claim, tmp_path, CitedPaths())] == [Verdict.MISQUOTED]


def test_a_failed_stat_is_not_kept(tmp_path: Path) -> None:
    paths = CitedPaths()
    claim = _claim("later.txt")
    assert [f.verdict for f in citation_findings(claim, tmp_path, paths)] == [Verdict.UNVERIFIABLE]
    (tmp_path / "later.txt").write_text("共建设平台1793家。\n", encoding="utf-8")
    assert [f.verdict for f in citation_findings(claim, tmp_path, paths)] == [Verdict.PASS]


def test_streamed_json_is_the_whole_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text("全年增长5.2%。其中一季度增长4.1%。\n" * 30, encoding="utf-8")
    code, out, _ = invoke("check", "doc.txt", "--format", "json")
    code_file, _, _ = invoke("check", "doc.txt", "--format", "json", "--output", "report.json")
    assert code == code_file
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == out
    report = json.loads(out)
    assert list(report) == ["version", "tool", "summary", "claims", "mentions"]
    assert report["summary"]["claims"] == len(report["claims"]) == len(report["mentions"]) == 60
