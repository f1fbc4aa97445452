"""A formula that divides by a written zero is `invalid` at the zero, not `unverifiable`."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.load.claims import load_claims
from factcheck.model import Verdict

HEAD = "claim: 有5家\nvalue: 5\nunit: 家\ncitation: {quote: 有5家}\nchecks:\n  - formula: "


@pytest.mark.parametrize(
    ("formula", "column"),
    [
        ('"{./b} / 0"', 23),
        ('"{./b} / (2 - 2)"', 24),
        ('"{./b} / {0}"', 24),
        ('"{./b} * 3 / -0.0 + 1"', 28),
        ('"({./b} / 0.00) * 100"', 24),
    ],
)
def test_division_by_a_written_zero_is_invalid_at_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formula: str, column: int
) -> None:
    monkeypatch.chdir(tmp_path)  # positions are read back from the file, by its path as shown
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "b.yaml").write_text(HEAD.split("checks:")[0], encoding="utf-8")
    (claims / "a.yaml").write_text(HEAD + formula + "\n", encoding="utf-8")
    loaded = load_claims([claims], tmp_path)
    assert "b" in loaded.claims  # the other claim still loads
    (failed,) = loaded.failed
    (finding,) = failed.findings
    assert finding.verdict is Verdict.INVALID and "division by zero" in finding.message
    assert (finding.position.line, finding.position.column) == (6, column)


def test_a_divisor_that_depends_on_a_claim_is_still_judged(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "a.yaml").write_text(HEAD + '"{./b} / ({./b} - 5) + 1"\n', encoding="utf-8")
    assert not load_claims([claims], tmp_path).failed
