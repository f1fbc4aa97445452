"""English releases of batches z/z2: units read from row labels, tables and counted nouns."""

from __future__ import annotations

from factcheck.extract.checkdoc import prepare
from factcheck.grammar.tables import ColumnUnit, english_unit


def _drafts(tmp_path, text: str) -> list[tuple[str, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], d.data.get("unit")) for d in checked.drafts]


def test_percent_in_brackets_inside_a_row_label_is_its_unit() -> None:
    assert english_unit("Change (%) to the previous quarter") == ColumnUnit("", "%")
    assert english_unit("Change (per cent) on a year earlier") == ColumnUnit("", "%")
    assert english_unit("Change (seasonally adjusted) to the previous quarter") is None  # a note, no unit
    assert english_unit("Sales (4711) in trade") is None  # a code


def test_signed_cells_of_a_flattened_row_take_the_row_label_unit(tmp_path) -> None:
    text = (
        "Seasonally adjusted GDP; constant prices\n\n"
        "2013 2014\n\n"
        "Change (%) to the previous quarter +0.3 +0.8 -0.9\n\n"
        "Change to the previous quarter +0.4 +0.6\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("0.3", "%") in drafts and ("0.8", "%") in drafts
    assert ("-0.9", "%") in drafts
    assert ("0.4", "%") not in drafts  # no unit named in the label: none guessed
