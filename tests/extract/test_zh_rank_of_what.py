"""A rank among figures the text does not state ranks the figure its words name: 总量居全省第3位 the level,
增速居全省第2位 the growth rate, whichever stands last before it."""

from __future__ import annotations

from tests.extract.test_infer import build_drafts, find_mentions, parse_document


def _ranked(text: str) -> dict[str, str]:
    """{rank value: the value of the figure it ranks}."""
    drafts = build_drafts(parse_document(text, "txt"), find_mentions(parse_document(text, "txt")), None)
    value = {d.name: str(d.data["value"]) for d in drafts}
    out = {}
    for draft in drafts:
        for item in draft.data.get("x-todo", []):
            if "rank" in item:
                out[str(draft.data["value"])] = value[item["rank"]["of"].removeprefix("./")]
    return out


def test_a_total_ranks_the_level_not_the_rate_after_it() -> None:
    text = "全年全县粮食总产量52.60万吨，比上年增长2.3%，总量居全市第4位。\n"
    assert _ranked(text) == {"4": "52.60万"}


def test_a_growth_rate_ranks_the_rate() -> None:
    text = "全年全县粮食总产量52.60万吨，比上年增长2.3%，增速居全市第2位。\n"
    assert _ranked(text) == {"2": "2.3"}
