"""English forms of held-out set h13. The abbreviations Gulf, Arab and South Asian statistics offices
print before a figure ("SR12.5 billion", "KD1.2 million", "Dhs 4.5 billion", "Tk 1,250 crore") are the
figure's currency; a capital letter pair that is also an initial or a code ("QR code", "RO 5") is read
only glued to a scaled, grouped or decimal figure. The energy that defines a food basket ("a basket
representing 2 100 calories") is no statistic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.drafting_support import drafted_units

from factcheck.grammar.currencysigns import sign_before
from factcheck.grammar.values import parse_quantity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Non-oil exports came to SR12.5 billion in March 2023.", ("12.5 billion", "SAR")),
        ("The hotel sector earned QR3,410 million in 2022.", ("3,410 million", "QAR")),
        ("Bank deposits stood at KD1.2 million in June 2021.", ("1.2 million", "KWD")),
        ("The average wage was BD0.450 per hour in 2020.", ("0.450", "BHD per hour")),
        ("Fuel imports fell to RO2.7 billion in 2019.", ("2.7 billion", "OMR")),
        ("Remittances totalled JD1,050 million in 2018.", ("1,050 million", "JOD")),
        ("Tourism receipts were LE8.6 billion in 2017.", ("8.6 billion", "EGP")),
        ("Retail sales reached Dhs 4.5 billion in May 2023.", ("4.5 billion", "dirhams")),
        ("Jute exports earned Tk 1,250 crore in 2022.", ("1,250 crore", "BDT")),
        ("Hydropower sales were Nu. 2.3 billion in 2021.", ("2.3 billion", "BTN")),
    ],
)
def test_an_office_abbreviation_before_the_amount_is_its_currency(
    tmp_path: Path, sentence: str, expected: tuple
) -> None:
    assert expected in drafted_units(tmp_path, sentence)


@pytest.mark.parametrize(
    "text",
    ["Scan the QR 2024 poster", "Route SR 20 was closed", "Grade RO 5", "Nu 5 cases", "Dh 12 rows", "LE 3"],
)
def test_a_letter_pair_before_a_bare_figure_is_no_currency(text: str) -> None:
    start = next(index for index, char in enumerate(text) if char.isdigit())
    assert sign_before(text, start) == (None, start)


def test_a_letter_pair_with_a_space_before_the_figure_is_no_currency() -> None:
    text = "Form SR 12.5 million"
    assert sign_before(text, text.index("12"))[0] is None


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Saudi riyals", "SAR"), ("Qatari riyals", "QAR"), ("UAE dirhams", "AED"), ("Kuwaiti dinars", "KWD")],
)
def test_the_currencies_written_out_are_the_same_money(written: str, canonical: str) -> None:
    assert (
        parse_quantity("1.5 billion", written).unit.dimension == parse_quantity("1.5 billion", canonical).unit.dimension
    )


def test_the_energy_that_defines_a_food_basket_is_no_statistic(tmp_path: Path) -> None:
    text = (
        "In May 2020 the food line stood at 31.50 dollars, the cost of a basket providing 2,300 kcal; "
        "households had an average intake of 2,150 kcal."
    )
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["31.50", "2,150"]
