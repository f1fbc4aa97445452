"""Relations learnt from the fifth batch of releases and the issue-12 gaps: the urbanisation rate
defined in brackets, a registered-population rate that is no share of the resident population."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions


def _run(tmp_path: Path, text: str) -> tuple[dict[str, list[dict]], list[str], dict[str, list[dict]]]:
    """The checks drafted and the x-todo items (by the figure's value), and the kinds that fail."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    drafted = {d.mention.value: list(d.data.get("checks", [])) for d in prepared[0].drafts}
    todos = {d.mention.value: list(d.data.get("x-todo", [])) for d in prepared[0].drafts}
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    failing = [f.check for r in result.claims for f in r.findings if f.index is not None and f.verdict.value == "fail"]
    return drafted, failing, todos


def _kinds(checks: list[dict]) -> list[str]:
    return [next(iter(c)) for c in checks]


URBAN = (
    "年末全市常住人口为512.40万人,比上年末增加2.10万人,其中城镇常住人口318.66万人,"
    "占总人口比重(常住人口城镇化率)为62.19%,比上年末提高0.85个百分点。户籍人口城镇化率为47.30%。\n"
)


def test_an_urbanisation_rate_defined_in_brackets_is_the_urban_share(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, URBAN)
    assert _kinds(drafted["62.19"]) == ["share"]
    assert not [t for t in todos["62.19"] if "share" in t]  # the whole is found: no placeholder left
    assert drafted["47.30"] == []  # registered residents: not a share of the resident population
    assert failing == []


def test_a_wrong_urbanisation_rate_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, URBAN.replace("为62.19%", "为63.19%"))
    assert "share" in failing
