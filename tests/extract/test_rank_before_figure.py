"""An English rank stated before the figure it ranks by ("Europe was second, accounting for 20
percent of exports"): a rank among figures the document does not state, with a source placeholder."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "Exports by destination, 2023\n\n"
    "Exports reached $800 million in 2023. Asia took the most, with 50 percent of exports. Europe was second, "
    "accounting for 20 percent of exports, with a value of $160 million.\n"
)


def test_a_rank_before_its_figure_asks_for_the_others_ranked(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, TEXT)
    assert kinds(drafted["second"]) == [] and kinds(todos["second"]) == ["rank"]
    ranked = todos["second"][0]["rank"]
    assert ranked["of"].startswith("./") and "source" in ranked["among"]
    assert failing == []
