"""What an English figure measures: continuations name nothing, the noun after a figure names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.drafting_support import drafts_of

from factcheck.extract.subjects import english_subject, noun_after


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        # a comparison continuing the statement: the subject is the one it continues
        ("The jobless rate was 6.2%, little changed on the month but lower than a year before (", "jobless rate"),
        ("There were 4.1 million people in part-time work, 12,000 more than in spring and", "people in part-time work"),
        ("Retail sales rose 2.0%, slightly", "Retail sales"),
        ("Net lending to firms was £3.1 billion, unchanged from", "Net lending to firms"),
        # a comparison with another period or figure names no subject either
        ("Export prices increased 0.4 percent in May after advancing", "Export prices"),
        ("Output grew 1.0% compared with the previous quarter and", "Output"),
        # a reporting verb is not the subject: "Statistics Ruritania estimates that …"
        ("The bureau estimates that output of steel", "output of steel"),
        # a relative pronoun is not the subject
        ("Some 9.9 million adults were surveyed, of whom", "adults"),
        # stars after a figure mark a note, never a subject
        ("In June, 2.30** million young farmers were active, of whom", "young farmers"),
    ],
)
def test_the_subject_of_a_figure(head: str, subject: str) -> None:
    assert english_subject(head) == subject


@pytest.mark.parametrize(
    ("tail", "subject"),
    [
        ("7.25 million households in rented homes, 3,000 fewer than", "households in rented homes"),
        ("1.2 million unemployed adults (those without work)", "unemployed adults"),
        ("310 farms aged over ten years", "farms"),
        ("4.4 percent above the May figure", ""),  # a unit and a comparison name nothing
        ("15,000 more than a year before", ""),
        ("3 and 4 respectively", ""),
        ("Twelve of the 20 branches", ""),  # a number in words leads its own phrase
    ],
)
def test_the_noun_after_a_figure(tail: str, subject: str) -> None:
    assert noun_after(tail) == subject


def test_drafts_of_a_labour_release_are_named_by_what_they_measure(tmp_path: Path) -> None:
    text = (
        "There were 4.05 million people in part-time work, 12,000 more than in spring and 61,000 more than a "
        "year earlier.\n"
        "The jobless rate was 6.2%, little changed on the quarter but lower than a year earlier (6.5%).\n"
    )
    names = [d.name for d in drafts_of(tmp_path, text)]
    assert names[0] == "people-part-time"
    assert all(name.startswith("people-part-time") for name in names[:3])
    assert [name for name in names[3:] if not name.startswith("jobless-rate")] == []


def test_chinese_figures_that_continue_a_statement_take_its_subject(tmp_path: Path) -> None:
    text = (
        "全年粮食产量86.5万吨，可比增长2.1%，两年平均增长1.7%。"
        "三次产业对经济增长的贡献率分别为7.2%、35.5%和57.3%。"
        "产业结构由上年的9.1:40.2:50.7调整为8.8:39.9:51.3。\n"
    )
    drafts = drafts_of(tmp_path, text)
    subjects = {d.data["value"]: d.data.get("subject") for d in drafts}
    assert subjects["2.1"] == subjects["1.7"] == "粮食产量"
    assert subjects["7.2"] == subjects["35.5"] == subjects["57.3"] == "三次产业对经济增长的贡献率"
    assert {subjects[v] for v in ("9.1", "40.2", "50.7", "8.8", "39.9", "51.3")} == {"产业结构"}
    assert not [d.name for d in drafts if d.name.startswith("para")]
