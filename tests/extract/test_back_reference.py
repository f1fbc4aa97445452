"""Changes against earlier periods said of the level of the sentence before ("It showed a decrease of …")
or listed after a first change ("down A from P1, and B from P2"), or "in one year's time": checks under `x-todo`."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, run_text

from factcheck.extract.infer import back_reference


def _periods(todos: list[dict]) -> list[str]:
    """The earlier period each `difference` placeholder asks for."""
    return [
        operand["period"]
        for todo in todos
        if "difference" in todo
        for operand in todo["difference"]
        if isinstance(operand, dict)
    ]


def test_it_showed_a_decrease_of_the_level_before(tmp_path: Path) -> None:
    text = (
        "In June 2031, there were 4.52 million registered farms. It showed a decrease of 0.12 million farms "
        "compared to December 2030 and an increase of 0.05 million farms compared to June 2030.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    assert _periods(todos["-0.12 million"]) == ["FILL IN: the period compared with (December 2030)"]
    assert _periods(todos["0.05 million"]) == ["FILL IN: the period compared with (June 2030)"]
    assert failing == []


def test_this_represents_a_change_and_its_rate(tmp_path: Path) -> None:
    text = (
        "The harbour registered 2,400 boats at the end of May 2031. "
        "Compared to May 2030, this represents an increase of 150 boats or 6.7%.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert _periods(todos["150"]) == ["FILL IN: the period compared with (May 2030)"]
    formulas = [c["formula"] for c in drafted["6.7"] if "formula" in c]
    assert len(formulas) == 1 and formulas[0].count("/ (") == 1  # 150 / (2,400 - 150) * 100 = 6.67
    assert failing == []


def test_no_back_reference_or_two_levels_before_draft_nothing(tmp_path: Path) -> None:
    text = (
        "There were 310 ferries and 95 tugs in 2031. It showed an increase of 12 compared to 2030.\n"
        "There were 310 ferries in 2031. Tugs showed an increase of 12 compared to 2030.\n"
    )
    assert list(back_reference.infer(context_of(text, tmp_path))) == []


def test_a_second_change_after_and_takes_the_first_ones_words(tmp_path: Path) -> None:
    text = (
        "The vacancy rate in March 2031 was 6.20 percent, down 0.35 percentage points from September 2030, "
        "and 0.80 percentage points from March 2030.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    assert _periods(todos["-0.35"]) == ["FILL IN: the period compared with (September 2030)"]
    assert _periods(todos["-0.80"]) == ["FILL IN: the period compared with (March 2030)"]
    assert failing == []


def test_a_change_in_one_years_time_is_against_a_year_before(tmp_path: Path) -> None:
    text = "The activity rate of people aged 20 to 64 has increased by 1.5 percentage points in one year's time.\n"
    _, failing, todos = run_text(tmp_path, text)
    assert any("difference" in t for t in todos["1.5"])
    assert failing == []


def test_a_change_in_points_after_a_sentence_comparing_with_a_period_is_against_it(tmp_path: Path) -> None:
    text = (
        "In May 2031, there were 2 410 000 employed persons. This was an increase of 35 000 persons compared with "
        "May 2030. The unemployment rate was 5.2 percent, a decrease of 0.4 percentage points.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    assert _periods(todos["-0.4"]) == ["FILL IN: the period compared with (May 2030)"]
    assert failing == []
