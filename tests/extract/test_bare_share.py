"""A level and its share of a whole the text does not name: `share` under x-todo."""

from __future__ import annotations

from tests.extract.relations_support import context_of, relations_of

from factcheck.extract.infer import bare_share

TEXT = (
    "The biggest market for the island's coffee was Ruritania with 41.2 million dollars, which is 28.4 percent."
    " Freedonia came next with 30.5 million dollars (21.0 percent), then Sylvania - 12.1 million dollars,"
    " reaching 8.3 percent.\n"
)


def _shares(tmp_path, text: str) -> list[str]:
    ctx = context_of(text, tmp_path)
    return [ctx.mentions[claim].value for claim, _, _ in relations_of(bare_share, ctx)]


def test_each_bare_percent_after_a_level_is_its_share_of_an_unstated_total(tmp_path) -> None:
    assert _shares(tmp_path, TEXT) == ["28.4", "21.0", "8.3"]


def test_a_change_and_its_percent_or_a_named_whole_is_not_a_bare_share(tmp_path) -> None:
    assert _shares(tmp_path, "Sales rose by 5.2 million dollars (3.1 percent) in the year.\n") == []
    assert _shares(tmp_path, "Sales rose to 95.2 million dollars (3.1 percent higher).\n") == []
    assert _shares(tmp_path, "Ruritania bought 41.2 million dollars, or 28.4 percent of all exports.\n") == []
    assert _shares(tmp_path, "Payrolls rose by 120,000 to 150.2 million (0.1 percent).\n") == []
