"""A rate said to be like the rate of an earlier period the text does not state: `compare` with a
source under x-todo; an earlier rate the text states is left to other patterns."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of

from factcheck.extract.infer import similar_earlier

TEXT = (
    "Wages, Q3 2024\n\n"
    "Average hourly wages grew by 0.8% in the third quarter of 2024, similar to the rise that was recorded "
    "in the second quarter of 2024.\n"
)


def test_a_rate_like_an_unstated_earlier_one_waits_for_it(tmp_path: Path) -> None:
    ctx = context_of(TEXT, tmp_path)
    relations = list(similar_earlier.infer(ctx))
    assert [ctx.mentions[r.claim].value for r in relations] == ["0.8"]
    assert relations[0].todo and "source" in relations[0].check["compare"]


def test_an_earlier_rate_the_text_states_is_left_alone(tmp_path: Path) -> None:
    text = TEXT.replace("second quarter of 2024.", "second quarter of 2024 (0.7%).")
    assert list(similar_earlier.infer(context_of(text, tmp_path))) == []
