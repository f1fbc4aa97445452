"""A price index table's inflation row: the growth of the index between consecutive year columns."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions

TABLE = (
    "Table 3. Consumer Price Index and inflation (2010 = 100)\n"
    "Group | 2027 | 2028-29 | 2029-30 | Mar | Apr\n"
    "All items | 120.0 | 126.0 | 130.41 | 131.0 | 131.5\n"
    "Inflation | 4.2 | 5.0 | 3.5 | 2.9 | 3.0\n"
    "Transport | 110.0 | 112.2 | 117.8 | 118.0 | 118.3\n"
    "Inflation | 1.1 | 2.0 | {transport} | 4.4 | 4.1\n"
)


def _growth_checks(tmp_path: Path, text: str) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """(the growth checks by the claim's value: from and to values; the values of failing claims)."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    drafts = prepared[0].drafts
    values = {d.name: d.mention.value for d in drafts}
    checks = {
        d.mention.value: [(values[c["growth"]["from"][2:]], values[c["growth"]["to"][2:]]) for c in d.data["checks"]]
        for d in drafts
        if any("growth" in c for c in d.data.get("checks", []))
    }
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    failing = [r.id.split("/")[-1] for r in result.claims if any(f.verdict.value == "fail" for f in r.findings)]
    return checks, [values[name] for name in failing if name in values]


def test_consecutive_year_columns_are_checked_and_month_columns_are_not(tmp_path: Path) -> None:
    checks, failing = _growth_checks(tmp_path, TABLE.format(transport="5.0"))
    # 2027 → 2028-29 is no consecutive year (2027 then 2029): only 2029-30 over 2028-29 is checked
    assert checks == {"3.5": [("126.0", "130.41")], "5.0": [("112.2", "117.8")]}
    assert failing == []


def test_a_wrong_inflation_cell_fails(tmp_path: Path) -> None:
    _, failing = _growth_checks(tmp_path, TABLE.format(transport="6.0"))
    assert failing == ["6.0"]
