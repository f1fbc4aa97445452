"""A data dump on one line (thousands of figures, no line break) is read in linear time: the
paragraph is cut into pieces, and the per-figure rules read the text around a figure without
rescanning the whole line from every digit. No timings here: `bench/` measures speed."""

from __future__ import annotations

import random
import re

from factcheck.documents.text import MAX_PARAGRAPH_CHARACTERS, MAX_PARAGRAPH_FIGURES, text_document
from factcheck.extract.infer.groups import _last_clause


def test_a_line_of_thousands_of_figures_is_read_in_pieces_that_keep_their_place() -> None:
    rng = random.Random(1)
    line = ",".join(str(rng.randint(0, 10**6)) for _ in range(3000))
    document = text_document("Title\n" + line + "\nGDP grew 5.2% in 2023.\n")
    pieces = document.paragraphs[1:-1]
    assert len(pieces) >= 3000 // MAX_PARAGRAPH_FIGURES
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.start + len(paragraph.text)] == paragraph.text
        assert len(re.findall(r"\d+", paragraph.text)) <= MAX_PARAGRAPH_FIGURES
    assert "".join(p.text for p in pieces) == line  # nothing lost, nothing read twice
    assert [p.number for p in document.paragraphs] == list(range(1, len(document.paragraphs) + 1))
    assert document.paragraphs[-1].text == "GDP grew 5.2% in 2023."


def test_a_long_paragraph_of_prose_is_cut_at_a_sentence_end() -> None:
    sentence = "Exports rose 3.1% and imports fell 2.0% in the month. "
    text = sentence * (2 * MAX_PARAGRAPH_CHARACTERS // len(sentence))
    document = text_document(text)
    assert len(document.paragraphs) > 1
    assert all(p.text.endswith("month.") for p in document.paragraphs[:-1])
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARACTERS for p in document.paragraphs)


def test_real_paragraphs_are_never_cut() -> None:
    text = "2022年，全市生产总值7306.45亿元，增长3.5%。" * 30 + "\nSales volume 1.7 5.6 4.6 0.4 3.4 -1.0\n"
    document = text_document(text)
    assert [p.text for p in document.paragraphs] == [line for line in text.split("\n") if line]


def test_the_clause_after_the_last_figure_and_conjunction_is_found_as_the_split_finds_it() -> None:
    pattern = r"\d[\d,.]*(?:\s?(?:million|billion|thousand|%|percent))?\s*,?\s+(?:and|while|but|whereas)\s+"
    pieces = ["1", "2", ",", ".", " ", "  ", "and", "but", "while", "%", "million", "x", "\t", "percent", "１", "\n"]
    rng = random.Random(6)
    for _ in range(20_000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert _last_clause(sentence) == re.split(pattern, sentence)[-1], sentence
    assert _last_clause("Full-time employment increased 41,200 to 8,565,200 and part-time employment") == (
        "part-time employment"
    )
