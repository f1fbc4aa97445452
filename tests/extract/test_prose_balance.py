"""English trade figures from the exports and imports stated in their paragraph: a deficit is
imports − exports, a surplus exports − imports, total trade their sum; nothing when a side is
missing or stated twice, or when the figure is a side's own."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

DEFICIT = (
    "Trade, July 2016\n\n"
    "The goods and services deficit was $39.5 billion in July, down $5.2 billion from $44.7 billion in June. "
    "July exports were $186.3 billion, $3.4 billion more than June exports. July imports were $225.8 billion, "
    "$1.8 billion less than June imports.\n"
)
TOTAL = (
    "Trade, 2019\n\nTotal trade reached $45.0 billion in 2019: exports were $20.0 billion and imports $25.0 billion.\n"
)


def test_a_deficit_is_imports_less_exports(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, DEFICIT)
    assert drafted["39.5 billion"] == [{"difference": ["./july-imports", "./july-exports"]}]
    assert failing == []
    _, failing, _ = run_text(tmp_path, DEFICIT.replace("$225.8 billion", "$235.8 billion"))
    assert failing == ["difference"]


def test_a_surplus_and_total_trade(tmp_path: Path) -> None:
    surplus = DEFICIT.replace("deficit was $39.5", "surplus was $39.5").replace("$186.3", "$265.3")
    drafted, failing, _ = run_text(tmp_path, surplus)
    assert kinds(drafted["39.5 billion"]) == ["difference"] and failing == []
    drafted, failing, _ = run_text(tmp_path, TOTAL)
    assert kinds(drafted["45.0 billion"]) == ["sum"] and failing == []
    _, failing, _ = run_text(tmp_path, TOTAL.replace("$45.0", "$46.0"))
    assert failing == ["sum"]


def test_no_balance_without_one_of_each_side(tmp_path: Path) -> None:
    no_imports = "Trade, 2019\n\nThe deficit was $5.0 billion in 2019; exports were $20.0 billion.\n"
    drafted, _, _ = run_text(tmp_path, no_imports)
    assert all(kinds(checks) == [] for checks in drafted.values())
    two = TOTAL.replace("and imports $25.0 billion", "and imports $25.0 billion, of which fuel imports $5.0 billion")
    drafted, _, _ = run_text(tmp_path, two)
    assert kinds(drafted["45.0 billion"]) == []
