"""A trade balance named by the noun after its figure ("the euro area recorded a €18.7 bn surplus")
is exports minus imports, as when the noun comes first."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

RELEASE = (
    "Euro area international trade in goods, September 2019\n\n"
    "Euro area exports of goods to the rest of the world in September 2019 were €196.2 billion. "
    "Imports from the rest of the world stood at €177.6 bn. As a result, the euro area recorded a "
    "€18.6 bn surplus in trade in goods in September 2019.\n\n"
    "Exports of services were $49.5 billion and imports of services $61.0 billion, a $11.5 billion deficit.\n"
)


def test_a_surplus_named_after_its_figure_is_exports_minus_imports(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    (check,) = drafted["18.6 bn"]
    assert list(check) == ["difference"] and len(check["difference"]) == 2
    assert "export" in check["difference"][0] and "import" in check["difference"][1]
    (deficit,) = drafted["11.5 billion"]
    assert "import" in deficit["difference"][0] and "export" in deficit["difference"][1]  # imports − exports
    assert failing == []


def test_a_wrong_balance_fails(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE.replace("€18.6 bn surplus", "€19.6 bn surplus"))
    assert failing == ["difference"]
