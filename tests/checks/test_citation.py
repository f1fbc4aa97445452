"""citation_findings: uncited, the number in the quote, the quote in a local document."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck.checks.citation import citation_findings, quote_has_number
from factcheck.interval import Interval
from factcheck.model import Citation, Claim, Kind, Position, Quantity, Verdict

FILE = "claims/a.yaml"
POSITIONS = {
    (): Position(FILE, 1, 1),
    ("citation",): Position(FILE, 4, 3),
    ("citation", "quote"): Position(FILE, 5, 10),
    ("citation", "document"): Position(FILE, 4, 13),
}


def make_claim(value_text: str = "1793", citation: Citation | None = None) -> Claim:
    one = Fraction(1)
    return Claim(
        id="a",
        file=FILE,
        text="t",
        value_text=value_text,
        quantity=Quantity(Interval(one, one, True, True)),
        kind=Kind.FACT,
        position=Position(FILE),
        positions=POSITIONS,
        citation=citation,
    )


def verdicts(findings) -> list[tuple[str, int, int]]:
    return [(f.verdict.value, f.position.line, f.position.column) for f in findings]


@pytest.mark.parametrize("citation", [None, Citation()])
def test_empty_slot_is_uncited(citation, tmp_path: Path) -> None:
    (finding,) = citation_findings(make_claim(citation=citation), tmp_path)
    assert (finding.check, finding.verdict) == ("citation", Verdict.UNCITED)
    assert finding.position == Position(FILE, 4, 3)


def test_a_citation_with_a_title_only_says_nothing(tmp_path: Path) -> None:
    assert citation_findings(make_claim(citation=Citation(title="报告")), tmp_path) == []


@pytest.mark.parametrize(
    "value, quote, found",
    [
        ("1793", "全市共建设科技创新平台1793家,其中国家级38家", True),
        ("1793", "全市共建设科技创新平台１７９３家", True),  # full-width digits fold
        ("1793", "平台17930家", False),  # part of a longer number
        ("1793", "增长1.793倍", False),  # a decimal part is not the number
        ("1793", "共1793.5家", False),
        ("1793", "分别为1793,320和1435", True),  # a list, not digit grouping
        ("793", "共1,793家", False),  # a thousands group of a longer number
        ("1793", "共1,793家", False),  # written differently from `value`: the spec wants it as written
        ("725万", "装机725万千瓦", True),
        ("725", "装机725万千瓦", True),  # 725 followed by 万
        ("725", "装机7250千瓦", False),
        ("57.9%", "城镇化率达到57.9%", True),
        ("57.9", "城镇化率达到57.90%", False),
        ("57.9", "城镇化率达到157.9%", False),
        ("−2.3", "同比下降2.3%", True),  # the sign is often in words
        ("-2.3", "同比-2.3%", True),
        ("三千五百", "达到三千五百亿元", True),
        ("三千五百", "达到一万三千五百亿元", False),
        ("12", "growth of 12 percent", True),
        ("12", "", False),
        ("约800", "全市约有800家企业", True),  # a qualifier word is not part of the number
        ("800左右", "共800家左右", True),
        ("超过800", "超过了800家", True),
        ("约800", "约8000家", False),
        ("800多", "共800家", False),  # 多 of `odd` is written as part of the number
        ("30%-50%", "增长30%至50%", True),  # a range: both ends, whatever the separator
        ("30-50", "增长30%-50%", True),  # value 30-50 with unit %
        ("30-50", "增长30%-60%", False),
    ],
)
def test_quote_has_number(value: str, quote: str, found: bool) -> None:
    assert quote_has_number(quote, value) is found


@pytest.mark.parametrize(
    "value, scale_word, quote, found",
    [
        ("725", "万", "装机725万千瓦", True),
        ("725", "万", "装机725 万千瓦", True),
        ("725", "万", "装机725千瓦", False),  # the unit's scale word must follow the number (see docs/claim-format.md)
        ("2800", "亿", "达2800万元", False),
        ("3.5", "million", "about 3.5 million people", True),
        ("3.5", "million", "about 3.5 billion people", False),
    ],
)
def test_quote_needs_the_scale_word_of_the_unit(value: str, scale_word: str, quote: str, found: bool) -> None:
    assert quote_has_number(quote, value, scale_word) is found


def test_a_quote_without_the_units_scale_word_is_misquoted(tmp_path: Path) -> None:
    claim = make_claim("725", Citation(quote="装机容量达725千瓦"))
    claim.unit_text = "万千瓦"
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.MISQUOTED and "`725万`" in finding.message
    claim.citation = Citation(quote="装机容量达725万千瓦")
    assert citation_findings(claim, tmp_path) == []


def test_quote_without_the_number_is_misquoted(tmp_path: Path) -> None:
    claim = make_claim("1794", Citation(quote="全市共建设科技创新平台1793家"))
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.MISQUOTED and "`1794`" in finding.message
    assert finding.position == Position(FILE, 5, 10)


def write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_quote_found_in_a_local_document(tmp_path: Path) -> None:
    write(tmp_path, "docs/report.txt", "……全市共建设科技创新平台 1793 家，\n其中国家级38家……")
    claim = make_claim(
        citation=Citation(document="docs/report.txt", quote="全市共建设科技创新平台1793家,其中国家级38家")
    )
    assert verdicts(citation_findings(claim, tmp_path)) == [("pass", 4, 13)]


def test_quote_found_in_html_after_stripping_tags(tmp_path: Path) -> None:
    write(
        tmp_path,
        "docs/page.html",
        "<html><script>var x='1793'</script><p>全市共建设<b>科技创新平台</b>1793家&#xff0c;其中</p>",
    )
    claim = make_claim(citation=Citation(document="docs/page.html", quote="全市共建设科技创新平台1793家，其中"))
    assert verdicts(citation_findings(claim, tmp_path)) == [("pass", 4, 13)]


def test_quote_found_in_a_gbk_document(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/report.txt").write_bytes("全市共建设科技创新平台1793家，其中国家级38家".encode("gbk"))
    claim = make_claim(citation=Citation(document="docs/report.txt", quote="全市共建设科技创新平台1793家"))
    assert verdicts(citation_findings(claim, tmp_path)) == [("pass", 4, 13)]


def test_quote_not_in_the_document_is_misquoted_and_says_which(tmp_path: Path) -> None:
    write(tmp_path, "docs/report.txt", "全市共建设科技创新平台1739家")
    claim = make_claim(citation=Citation(document="docs/report.txt", quote="全市共建设科技创新平台1793家"))
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.MISQUOTED
    assert "全市共建设科技创新平台1793家" in finding.message and "docs/report.txt" in finding.message


def test_missing_document_is_unverifiable(tmp_path: Path) -> None:
    claim = make_claim(citation=Citation(document="docs/gone.txt", quote="1793"))
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.UNVERIFIABLE and "could not be read" in finding.message


@pytest.mark.parametrize("document", ["/etc/passwd", "../outside.txt", "docs/../../outside.txt", "C:\\x.txt"])
def test_documents_outside_the_repository_are_invalid(tmp_path: Path, document: str) -> None:
    (tmp_path / "repo").mkdir()
    write(tmp_path, "outside.txt", "1793")
    claim = make_claim(citation=Citation(document=document, quote="1793"))
    (finding,) = citation_findings(claim, tmp_path / "repo")
    assert finding.verdict is Verdict.INVALID and document in finding.message


def test_a_symlink_out_of_the_repository_is_invalid(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    write(tmp_path, "secret.txt", "1793")
    (tmp_path / "repo/link.txt").symlink_to(tmp_path / "secret.txt")
    claim = make_claim(citation=Citation(document="link.txt", quote="1793"))
    assert [f.verdict for f in citation_findings(claim, tmp_path / "repo")] == [Verdict.INVALID]


def test_edited_document_is_read_again(tmp_path: Path) -> None:
    write(tmp_path, "d.txt", "old text")
    claim = make_claim(citation=Citation(document="d.txt", quote="1793"))
    assert citation_findings(claim, tmp_path)[0].verdict is Verdict.MISQUOTED
    write(tmp_path, "d.txt", "new text with 1793 in it, longer")
    assert citation_findings(claim, tmp_path)[0].verdict is Verdict.PASS


def test_both_failures_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "d.txt", "nothing here")
    claim = make_claim("1794", Citation(document="d.txt", quote="平台1793家"))
    assert [f.verdict for f in citation_findings(claim, tmp_path)] == [Verdict.MISQUOTED, Verdict.MISQUOTED]


@pytest.mark.parametrize(
    ("page", "hidden"),
    [
        ('<p title="a > b">全市共建设科技创新平台1793家</p>', 'b">全市共建设科技创新平台1793家'),
        ("<template><p>平台1793家</p></template><p>全市共建设科技创新平台1793家</p>", "平台1793家全市"),
        ("<p>全市共建设科技创新平台1793家</p><script>var s = '1793家'", "var s = '1793家'"),
    ],
    ids=["attribute-with-gt", "template", "unclosed-script"],
)
def test_html_is_read_by_a_real_parser(tmp_path: Path, page: str, hidden: str) -> None:
    """The three misreadings of the old regex stripper: each page's visible sentence verifies,
    and text a browser does not show (attribute, template, unclosed script) is not found."""
    (tmp_path / "page.html").write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    claim = make_claim(citation=Citation(document="page.html", quote="全市共建设科技创新平台1793家"))
    assert [f.verdict for f in citation_findings(claim, tmp_path)] == [Verdict.PASS]
    claim = make_claim(citation=Citation(document="page.html", quote=hidden))
    assert [f.verdict for f in citation_findings(claim, tmp_path)] == [Verdict.MISQUOTED]


def test_a_document_path_with_a_nul_byte_is_invalid(tmp_path: Path) -> None:
    claim = make_claim(citation=Citation(document="a\0b.txt", quote="1793"))
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.INVALID and "NUL" in finding.message


def test_a_document_that_is_a_symlink_loop_is_unverifiable(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    claim = make_claim(citation=Citation(document="loop.txt", quote="1793"))
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.UNVERIFIABLE and "loop.txt" in finding.message


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_document_that_is_not_a_regular_file_is_unverifiable_without_blocking(tmp_path: Path, kind: str) -> None:
    import os

    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    else:
        (tmp_path / "pipe.txt").mkdir()
    claim = make_claim(citation=Citation(document="pipe.txt", quote="1793"))
    (finding,) = citation_findings(claim, tmp_path)
    assert finding.verdict is Verdict.UNVERIFIABLE and "not a regular file" in finding.message


@pytest.mark.parametrize(
    "page", ["<" * 40_000, "<!--" * 10_000, "<script>" * 5_000, "<a " * 10_000, "<a href='" * 5_000]
)
def test_unclosed_markup_is_read_and_hides_only_what_a_browser_hides(tmp_path: Path, page: str) -> None:
    """The standard library's parser alone took minutes on 30 KB of `<a `; the page is read in one pass."""
    (tmp_path / "page.html").write_text("<p>平台1793家</p>" + page + "后", encoding="utf-8")
    claim = make_claim(citation=Citation(document="page.html", quote="平台1793家"))
    assert [f.verdict for f in citation_findings(claim, tmp_path)] == [Verdict.PASS]


def test_a_group_row_inside_a_table_keeps_the_title_unit_for_the_rows_under_it() -> None:
    """ "在总计中: | | | |" names a group of rows; it is no header of its own, so the cells under it
    keep the unit the title line gave the header ("计量单位:亿元"), as extraction reads them."""
    quote = (
        "计量单位:亿元\n指标名称 | 本月 | 累计 | 本月增长(%) |\n全省总计 | 2846.99 | 7220.42 | 7.6 |\n"
        "在总计中: | | | |\n轻工业 | 1036.55 | 2585.89 | 6.7 |"
    )
    assert quote_has_number(quote, "1036.55", "亿")
    assert quote_has_number(quote, "2585.89", "亿")
    assert quote_has_number(quote, "6.7")
    assert not quote_has_number(quote, "6.7", "亿")  # the percent column has no scale
    assert not quote_has_number(quote, "1036.56", "亿")
