"""PDF, DOCX and HTML read as the same paragraphs as the text they were made from.

The PDFs in data/ were generated from the .txt files beside them by make_fixtures.py: with
reportlab (Chinese in a non-embedded CID font and in an embedded TrueType subset, English in
Helvetica; justified, indented first lines, a page number at each foot) and with fpdf2 (embedded
fonts, justified, no indent, a gap between paragraphs). The DOCX files are written here.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest
from tests.documents.writers import write_docx

from factcheck.documents.read import parse_bytes, read_document, read_path
from factcheck.documents.text import DocumentError

docx = pytest.importorskip("docx")  # the documents extra is part of the test extras

DATA = Path(__file__).parent / "data"
TEXTS = sorted(DATA.glob("*.txt"))
# fpdf2 breaks lines only at spaces: the Hefei text's one space ("2024 年，…") leaves "2024" alone
# on its first line, which reads as a paragraph of its own; Chinese typesetters break anywhere.
KNOWN_LIMITS = {"zh-hefei-2024.spaced.pdf": "fpdf2 prints '2024' alone on a line: read as its own paragraph"}
PDFS = sorted(DATA.glob("*.pdf"))


def pdf_params(pdfs: list[Path]) -> list:
    return [
        pytest.param(pdf, id=pdf.name, marks=[pytest.mark.xfail(reason=KNOWN_LIMITS[pdf.name], strict=True)])
        if pdf.name in KNOWN_LIMITS
        else pytest.param(pdf, id=pdf.name)
        for pdf in pdfs
    ]


def _source_of(pdf: Path) -> Path:
    return DATA / (pdf.name.split(".", 1)[0] + ".txt")


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in read_path(path).paragraphs]


@pytest.mark.parametrize("pdf", pdf_params(PDFS))
def test_a_pdf_reads_as_the_text_it_was_made_from(pdf: Path) -> None:
    document = read_path(pdf)
    assert [p.text for p in document.paragraphs] == _paragraphs(_source_of(pdf))
    assert document.format == "pdf"
    assert all("- 1 -" not in p.text for p in document.paragraphs)  # the page numbers are furniture
    pages = [p.page for p in document.paragraphs]
    assert pages[0] == 1 and pages == sorted(pages)
    assert document.paragraphs[0].locator == "page 1, paragraph 1"


def test_chinese_text_in_a_cid_font_round_trips() -> None:
    text = read_path(DATA / "zh-hefei-2024.pdf").text
    assert "全年生产总值（GDP）[2]13507.69亿元" in text and "常住人口城镇化率86.38%" in text


def test_a_paragraph_running_on_across_a_page_break_is_one_paragraph() -> None:
    document = read_path(DATA / "zh-hefei-2024.pdf")
    joined = next(p for p in document.paragraphs if "牛奶产量12.30万吨" in p.text)
    assert joined.text.startswith("年末生猪存栏") and joined.page == 1


@pytest.mark.parametrize("source", TEXTS, ids=[p.name for p in TEXTS])
def test_a_docx_reads_as_the_text_it_was_made_from(source: Path, tmp_path: Path) -> None:
    target = write_docx(source, tmp_path / (source.stem + ".docx"))
    document = read_path(target)
    assert [p.text for p in document.paragraphs] == _paragraphs(source)
    assert document.title == _paragraphs(source)[0] and document.format == "docx"


def test_docx_tables_rows_and_line_breaks(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("第一行").add_run().add_break()
    document.paragraphs[0].add_run("第二行")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [["指标", "绝对数", "增长"], ["地区生产总值", "13507.69亿元", "6.1%"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.rows[0].cells[1].merge(table.rows[0].cells[2])
    document.add_paragraph("表后段落")
    document.save(tmp_path / "t.docx")
    texts = _paragraphs(tmp_path / "t.docx")
    assert texts == ["第一行", "第二行", "指标 | 绝对数 增长", "地区生产总值 | 13507.69亿元 | 6.1%", "表后段落"]


def test_main_content_of_a_page_without_its_chrome() -> None:
    page = """<!DOCTYPE html><html><head><title>合肥市2024年统计公报</title>
    <script>var visits = 123456;</script></head><body>
    <div class="top-bar"><a href="/">首页</a> <a href="/en">English</a></div>
    <header><div class="logo">合肥市统计局</div><ul class="mainnav"><li><a href="/a">统计数据</a></li></ul></header>
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tjgb">统计公报</a></div>
    <div class="article-content">
      <h1>合肥市2024年国民经济和社会发展统计公报</h1>
      <p class="date">2025年3月28日</p>
      <p>初步核算，全年生产总值13507.69亿元，比上年增长6.1%。</p>
      <p>年末全市户籍人口812.7万人。</p>
      <div class="related"><a href="/2023">2023年统计公报</a></div>
    </div>
    <ul><li><a href="/1">2024年1-11月经济运行</a></li><li><a href="/2">2024年前三季度</a></li></ul>
    <div class="fwl">访问量：1234567</div>
    <div id="footer"><p>主办单位：合肥市统计局 皖ICP备05001234号</p><p>网站标识码3401000001</p></div>
    <footer><p>Copyright © 2025 All Rights Reserved</p></footer>
    </body></html>"""
    document = parse_bytes(page.encode("utf-8"), "page.html", "")
    assert [p.text for p in document.paragraphs] == [
        "合肥市2024年国民经济和社会发展统计公报",
        "2025年3月28日",
        "初步核算，全年生产总值13507.69亿元，比上年增长6.1%。",
        "年末全市户籍人口812.7万人。",
    ]
    assert document.title == "合肥市2024年统计公报"


def test_a_page_that_marks_its_content_keeps_only_that() -> None:
    page = (
        "<body><div>Sign up: 12 newsletters</div><main><article><header><h1>CPI, March 2022</h1>"
        "<p>Published 13 April 2022</p></header><p>Prices rose by 7.0% in the 12 months to March 2022.</p>"
        "</article><aside><p>Most read: 5 charts</p></aside></main><div>Rated 4.5 by 300 users</div></body>"
    )
    texts = [p.text for p in parse_bytes(page.encode(), "cpi.html", "").paragraphs]
    assert texts == [
        "CPI, March 2022",
        "Published 13 April 2022",
        "Prices rose by 7.0% in the 12 months to March 2022.",
    ]


def test_a_content_paragraph_naming_a_furniture_word_is_kept() -> None:
    sentence = "全市公共图书馆全年总流通人次1234万，网站访问量：比上年增长12.5%，" + "数字阅读持续增长，" * 12
    texts = [p.text for p in parse_bytes(f"<p>{sentence}</p>".encode(), "a.html", "").paragraphs]
    assert texts == [sentence]


def test_a_pdf_over_http_is_read_by_its_content_type(httpserver) -> None:
    body = (DATA / "en-statcan-lfs-2022-04.pdf").read_bytes()
    httpserver.expect_request("/release").respond_with_data(body, content_type="application/pdf")
    document = read_document(httpserver.url_for("/release"))
    assert document.format == "pdf" and document.url.endswith("/release")
    assert [p.text for p in document.paragraphs] == _paragraphs(DATA / "en-statcan-lfs-2022-04.txt")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bad.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF", "not a readable PDF"),
        ("cut.pdf", (DATA / "zh-hefei-2024.pdf").read_bytes()[:3000], "not a readable PDF"),
        ("bad.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save it as .docx"),
    ],
)
def test_a_damaged_file_is_one_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(DocumentError, match=reason) as caught:
        read_path(tmp_path / name)
    assert "\n" not in str(caught.value)


def test_a_docx_that_inflates_past_the_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.documents import docx_

    target = write_docx(DATA / "en-statcan-lfs-2022-04.txt", tmp_path / "a.docx")
    monkeypatch.setattr(docx_, "MAX_INFLATED_BYTES", 1000)
    with pytest.raises(DocumentError, match="inflates to"):
        read_path(target)
    with zipfile.ZipFile(target) as archive:  # the real file is well under the real cap
        assert sum(m.file_size for m in archive.infolist()) < docx_.MAX_INFLATED_BYTES * 1000


@pytest.mark.parametrize(("suffix", "module"), [(".pdf", "pdfminer.high_level"), (".docx", "docx")])
def test_without_the_extra_the_error_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if the library were not installed
    source = DATA / "en-statcan-lfs-2022-04.pdf"
    data = source.read_bytes() if suffix == ".pdf" else io.BytesIO().getvalue()
    with pytest.raises(DocumentError, match=r"pip install 'factcheck\[documents\]'"):
        parse_bytes(data, "x" + suffix, "")


def test_a_chrome_class_written_with_a_hyphen_is_chrome() -> None:
    page = (
        '<body><div class="top-bar"><span>2025年3月1日 星期六</span></div><div class="site_footer">'
        "<p>地址：北京市西城区月坛南街57号 邮编100826</p></div>"
        '<div class="content"><p>全年国内生产总值1349084亿元。</p></div></body>'
    )
    assert [p.text for p in parse_bytes(page.encode(), "p.html", "").paragraphs] == ["全年国内生产总值1349084亿元。"]


def test_empty_cells_of_an_html_row_keep_their_columns() -> None:
    page = (
        "<body><table><tr><td></td><td>10月</td><td>1-10月</td><td></td></tr>"
        "<tr><td>非食品</td><td></td><td>2.4</td><td>&nbsp;</td></tr>"
        "<tr><td>服务</td><td>3.2"  # rows left open, as many pages do
        "<tr><td>农村</td><td>1.7</td></table><p>完</p></body>"
    )
    texts = [p.text for p in parse_bytes(page.encode(), "t.html", "").paragraphs]
    assert texts == ["| 10月 | 1-10月 |", "非食品 | | 2.4 |", "服务 | 3.2", "农村 | 1.7", "完"]


def test_docx_keeps_the_spaces_that_align_columns_and_empty_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("  General | 99.6   -0.2   -1.7  ")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["非食品", "", "2.4", ""]):
        cell.text = text
    document.save(tmp_path / "s.docx")
    assert _paragraphs(tmp_path / "s.docx") == ["General | 99.6   -0.2   -1.7", "非食品 | | 2.4 |"]


def test_a_line_break_between_chinese_characters_is_dropped_a_typed_space_kept() -> None:
    page = "<body><p>全年全市生产\n    总值617.50亿元</p><table><tr><td>指 标</td><td>全 省(%)</td></tr></table></body>"
    texts = [p.text for p in parse_bytes(page.encode(), "p.html", "").paragraphs]
    assert texts == ["全年全市生产总值617.50亿元", "指 标 | 全 省(%)"]


def test_preformatted_text_is_read_line_by_line_with_its_spaces() -> None:
    page = (
        "<body><p>Consumer price index</p><pre>\n"
        "Index        Monthly   Annual\n"
        "General  99.6   -0.2   -1.7\r\n"
        "\n"
        "Food\t101.2   0.3   <b>1.1</b>\n</pre><p>Next  paragraph</p></body>"
    )
    texts = [p.text for p in parse_bytes(page.encode(), "p.html", "").paragraphs]
    assert texts == [
        "Consumer price index",
        "Index        Monthly   Annual",
        "General  99.6   -0.2   -1.7",
        "Food    101.2   0.3   1.1",
        "Next paragraph",
    ]
