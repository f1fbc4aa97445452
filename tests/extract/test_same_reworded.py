"""A key point restating a body sentence with a few words changed is one fact stated twice."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text


def test_a_bullet_reworded_in_the_body_is_the_same_figure(tmp_path: Path) -> None:
    text = (
        "Key points\n\n"
        "- Annual growth rate of the narrow money aggregate, comprising notes in circulation and sight deposits, "
        "rose to 7.3% in May 2031 from 6.8% in April\n\n"
        "Monetary developments\n\n"
        "The annual growth rate of the narrow aggregate, which comprises notes in circulation and sight deposits, "
        "rose to 7.3% in May 2031 from 6.8% in April. Loans to households grew by 2.2%.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert sum("same" in c for c in drafted["7.3"]) == 1
    assert sum("same" in c for c in drafted["6.8"]) == 1
    assert failing == []


def test_the_same_digits_in_a_sentence_of_other_words_are_no_restatement(tmp_path: Path) -> None:
    text = (
        "Key points\n\n"
        "- Annual growth rate of the narrow money aggregate, comprising notes in circulation and sight deposits, "
        "rose to 7.3% in May 2031\n\n"
        "Lending\n\n"
        "The annual growth rate of loans to non-financial corporations, adjusted for sales and securitisation, "
        "rose to 7.3% in May 2031.\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert not any("same" in c for c in drafted["7.3"])
