"""The citation check reads a quote's decimal commas as `factcheck extract` reads them."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.checks.citation import citation_findings, quote_has_number
from factcheck.cli import app as cli
from factcheck.grammar.decimalcomma import NumberStyle
from factcheck.interval import Interval
from factcheck.model import Citation, Claim, Kind, Position, Quantity, Verdict

QUOTE = "The official unemployment rate decreased by 0,7 of a percentage point from 32,6% in Q2: 2023"
DECIMAL = NumberStyle(decimal_comma=True)


def _claim(value_text: str, value: Fraction, citation: Citation) -> Claim:
    return Claim(
        id="a",
        file="claims/a.yaml",
        text="t",
        value_text=value_text,
        quantity=Quantity(Interval(value, value, True, True)),
        kind=Kind.FACT,
        position=Position("claims/a.yaml"),
        positions={},
        citation=citation,
    )


@pytest.mark.parametrize(
    "value, quote, style, found",
    [
        ("32.6", QUOTE, DECIMAL, True),
        ("32.7", QUOTE, DECIMAL, False),
        ("32", QUOTE, DECIMAL, False),  # 32,6 is one number: 32 does not stand alone in it
        ("6", QUOTE, DECIMAL, False),
        ("32.6", QUOTE, None, False),  # without the document's style, 32,6 is not 32.6
        ("1234.5 billion", "Government debt reached R1 234,5 billion", DECIMAL, True),
        ("234.5 billion", "Government debt reached R1 234,5 billion", DECIMAL, False),
        ("16.7 million", "increased by 399 000 to 16,7 million", DECIMAL, True),
        ("1.234", "the index was 1,234.", DECIMAL, False),  # three decimals: only when the style says so
        ("1.234", "the index was 1,234.", NumberStyle(True, True), True),
        ("1,234", "the index was 1,234.", DECIMAL, True),  # the ordinary reading still matches
    ],
)
def test_quote_has_number_with_decimal_commas(value: str, quote: str, style: NumberStyle | None, found: bool) -> None:
    assert quote_has_number(quote, value, "", style) is found


def test_a_quote_alone_is_read_in_its_own_style(tmp_path: Path) -> None:
    claim = _claim("32.6", Fraction(326, 10), Citation(quote=QUOTE))
    assert citation_findings(claim, tmp_path) == []
    english = _claim("1.234", Fraction(1234, 1000), Citation(quote="Employment rose by 1,234,567, or 1,234 jobs."))
    (finding,) = citation_findings(english, tmp_path)
    assert finding.verdict == Verdict.MISQUOTED


def test_the_cited_documents_style_decides(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "sa.txt").write_text(
        "Employment increased by 399 000 to 16,7 million.\nThe index was 1,234 in March.\n", encoding="utf-8"
    )
    (tmp_path / "docs" / "us.txt").write_text(
        "Employment increased by 1,399,000 to 16.7 million.\nThe index was 1,234 in March.\n", encoding="utf-8"
    )
    quote = "The index was 1,234 in March."
    in_sa = _claim("1.234", Fraction(1234, 1000), Citation(quote=quote, document="docs/sa.txt"))
    assert [f.verdict for f in citation_findings(in_sa, tmp_path)] == [Verdict.PASS]
    in_us = _claim("1.234", Fraction(1234, 1000), Citation(quote=quote, document="docs/us.txt"))
    assert [f.verdict for f in citation_findings(in_us, tmp_path)] == [Verdict.MISQUOTED, Verdict.PASS]
    part = _claim("16", Fraction(16), Citation(quote="to 16,7 million", document="docs/sa.txt"))
    assert [f.verdict for f in citation_findings(part, tmp_path)][0] == Verdict.MISQUOTED  # 16,7 is one number


def test_the_sign_is_read_through_a_decimal_comma(tmp_path: Path) -> None:
    wrong = _claim("0.7", Fraction(7, 10), Citation(quote=QUOTE))
    (finding,) = citation_findings(wrong, tmp_path)
    assert finding.verdict == Verdict.MISQUOTED and "decreased" in finding.message
    right = _claim("-0.7", Fraction(-7, 10), Citation(quote=QUOTE))
    assert citation_findings(right, tmp_path) == []
    rise = _claim("-1,234", Fraction(-1234), Citation(quote="Employment rose by 1,234 in March."))
    (finding,) = citation_findings(rise, tmp_path)  # the ordinary reading comes first: its sign is read
    assert finding.verdict == Verdict.MISQUOTED and "rose" in finding.message


RELEASE = (
    "Quarterly Labour Force Survey Quarter 3: 2023\n\n"
    "The official unemployment rate decreased by 0,7 of a percentage point from 32,6% in Q2: 2023 to "
    "31,9% in Q3: 2023.\n\n"
    "The number of employed persons increased by 399 000 to 16,7 million in Q3: 2023, and the index was "
    "1,234.\n\n"
    "Government debt reached R1 234,5 billion.\n"
)


@pytest.mark.parametrize("inside", [True, False], ids=["document-cited", "quote-only"])
def test_run_straight_after_extract_on_a_decimal_comma_release(
    inside: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = tmp_path / "repo"
    (repository / "docs").mkdir(parents=True)
    where = repository / "docs" if inside else tmp_path
    (where / "qlfs.txt").write_text(RELEASE, encoding="utf-8")
    monkeypatch.chdir(repository)
    runner = CliRunner()
    source = "docs/qlfs.txt" if inside else str(tmp_path / "qlfs.txt")
    result = runner.invoke(cli.app, ["extract", source, "--out", "claims/qlfs", "--format", "json"])
    assert result.exit_code == 0, result.stdout
    values = {draft["claim"]["value"] for draft in json.loads(result.stdout)["drafts"]}
    assert {"-0.7", "32.6", "31.9", "399000", "16.7 million", "1234.5 billion"} <= values
    result = runner.invoke(cli.app, ["run", "claims", "--offline", "--format", "json", "--no-baseline"])
    report = json.loads(result.stdout)
    verdicts = {f["verdict"] for claim in report["claims"] for f in claim.get("findings", [])}
    assert not verdicts & {"misquoted", "invalid", "error", "fail"}, report
    assert report["summary"]["claims"] == len(values)


def test_run_after_extract_on_a_decimal_comma_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qlfs.md").write_text(
        "# QLFS Q3: 2023\n\nThe official unemployment rate was 31,9% in Q3: 2023.\n\n"
        "| Province | Unemployment rate (%) |\n|---|---|\n| Western Cape | 22,5 |\n| Gauteng | 33,9 |\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli.app, ["extract", "docs/qlfs.md", "--out", "claims/qlfs", "--format", "json"])
    drafts = [draft["claim"] for draft in json.loads(result.stdout)["drafts"]]
    assert {(d["value"], d.get("unit")) for d in drafts} >= {("31.9", "%"), ("22.5", "%"), ("33.9", "%")}
    result = runner.invoke(cli.app, ["run", "claims", "--offline", "--format", "json", "--no-baseline"])
    report = json.loads(result.stdout)
    assert report["summary"]["gate"] == "pass", report
