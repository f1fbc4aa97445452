"""How the PDF reader joins printed lines into paragraphs, on lines placed by hand."""

from __future__ import annotations

from factcheck.documents.pdf import _clean, _Line, _paragraphs


def _line(text: str, x0: float, x1: float, top: float, page: int) -> _Line:
    return _Line(text, x0, x1, top, top - 11, page)


def test_a_page_of_one_line_paragraphs_takes_its_margins_from_its_wrapped_line_and_other_pages() -> None:
    # Page 1: justified paragraphs (frame 78..517, first lines indented to 100). Page 2: short
    # one-line paragraphs, each indented, and one paragraph whose second line is at the frame's edge.
    lines = [
        _line("Average weekly earnings of non-farm payroll employees were $971 in April, little", 100, 517, 700, 1),
        _line("changed from March. Compared with April 2016, earnings were up 2.0%.", 78, 400, 684, 1),
        _line("Earnings rose in seven provinces, led by Alberta and Ontario, and fell in", 100, 517, 668, 1),
        _line("the other three provinces.", 78, 200, 652, 1),
    ]
    expected = []
    top = 760
    for province, value in [("N.B.", "$880.67"), ("Que.", "$898.74"), ("Ont.", "$987.88"), ("Man.", "$919.70")]:
        for text, x1 in [(f"Average weekly earnings - {province}", 262), (value, 140), ("April 2017", 150)]:
            lines.append(_line(text, 100, x1, top, 2))
            expected.append(text)
            top -= 16
    lines.append(
        _line("Employment in health care and social assistance increased by 3,400 in April, the", 100, 517, top, 2)
    )
    lines.append(_line("largest gain among the sectors.", 78, 230, top - 16, 2))
    expected.append(
        "Employment in health care and social assistance increased by 3,400 in April, the "
        "largest gain among the sectors."
    )
    texts, pages = _paragraphs(lines)
    assert texts[2:] == expected
    assert pages == [1, 1] + [2] * len(expected)


def test_a_glyph_with_no_character_is_not_read_as_a_number() -> None:
    assert _clean("(202) 691-6378 (cid:127) cpsinfo@bls.gov") == "(202) 691-6378 \ufffd cpsinfo@bls.gov"
