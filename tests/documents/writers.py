"""Write a plain-text release (one paragraph per line) as the DOCX, HTML page and PDF a publisher
would put out, for the tests and bench/formats_equivalence.py.

Each paragraph of the text, as the text reader splits it (a line; in wrapped English text a block
of lines), is one paragraph of the output.

- DOCX (python-docx, the documents extra): one Word paragraph each, the first line as Title.
- HTML (no library): a real page: <title>, a site header with a menu, a breadcrumb, the content
  (<h1> for the first line, <p> per paragraph, a <table> for a run of lines written with "|",
  a <pre> for a run of lines with columns aligned by three or more spaces),
  a list of related links, a visit counter and a footer with a licence number and copyright.
- PDF (reportlab, only where installed: the committed fixtures need it only to be rewritten):
  Chinese in the STSong-Light CID font (simplified and traditional characters), other text in
  Helvetica; justified, first lines indented, a page number at each page's foot.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.sax.saxutils import escape

from factcheck.documents.text import guess_language, text_paragraphs

# Labelled releases under tests/extract/data/ that tests/extract/test_formats_equivalence.py reads
# as DOCX, HTML and PDF: traditional characters, flattened tables ("| 10月 | 1-10月 |", a spaced
# header "绝 对 数"), a one-line document, English with decimal points and commas.
RELEASE_SAMPLE = (
    "zh-county-enshi-2018",
    "zh-nbs-cpi-2017-10",
    "zh-city-yuhuan-2019",
    "zh-city-changzhi-industry-2025-q1",
    "en-destatis-trade-2023-02",
    "en-bls-cpi-2025-03",
)
RELEASES = Path(__file__).resolve().parents[1] / "extract" / "data"
RELEASE_PDFS = Path(__file__).parent / "data" / "releases"


def source_lines(source: Path) -> list[str]:
    """The text's paragraphs as the text reader finds them (a wrapped English block is one), as typed."""
    text = source.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return [paragraph.text for paragraph in text_paragraphs(text)]


def write_docx(source: Path, target: Path, table: list[list[str]] | None = None) -> Path:
    import docx  # the documents extra: only the DOCX writer needs it

    document = docx.Document()
    lines = source_lines(source)
    if len(lines[0]) <= 255:  # Word's Title property holds 255 characters; without it the first paragraph is the title
        document.core_properties.title = lines[0]
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    document.save(target)
    return target


def table_cells(line: str) -> list[str]:
    """The cells of a line written with "|", as written: "| 10月 |" has an empty first and last cell."""
    return [cell.strip() for cell in line.split("|")]


_ALIGNED = re.compile(r"\S {3,}\S")
_HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<script>var visits = 1234567; if (visits > 0) {{ document.title += " (" + visits + ")"; }}</script>
<style>.content p {{ text-indent: 2em; }}</style></head>
<body>
<div class="top-bar"><a href="/">Home 首页</a> <a href="/en">English</a> <span>2025年3月1日 星期六</span></div>
<header><div class="logo">Statistics Office 统计局</div>
<ul class="mainnav"><li><a href="/data">Data 统计数据</a></li><li><a href="/releases">Releases 2024</a></li></ul>
</header>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/releases">统计公报</a></div>
<div class="article-content">
"""
_FOOT = """<div class="related"><a href="/2023">2023 release</a></div>
</div>
<ul><li><a href="/1">1-11 months 2024</a></li><li><a href="/2">Q3 2024</a></li></ul>
<div class="fwl">访问量：1234567</div>
<div id="footer"><p>主办单位：统计局 京ICP备05001234号-2</p><p>网站标识码1100000088</p></div>
<footer><p>Copyright © 2025 All Rights Reserved</p></footer>
</body></html>
"""


def write_html(source: Path, target: Path) -> Path:
    lines = source_lines(source)
    chinese = _chinese(source)
    out = [_HEAD.format(lang="zh-CN" if chinese else "en", title=html.escape(lines[0]))]
    out.append(f"<h1>{html.escape(lines[0])}</h1>\n")
    in_table = in_pre = False
    for line in lines[1:]:
        if _ALIGNED.search(line):  # columns aligned with spaces: preformatted, as such pages print them
            if in_table:
                out.append("</table>\n")
                in_table = False
            out.append(f"{'' if in_pre else '<pre>'}{html.escape(line)}\n")
            in_pre = True
            continue
        if in_pre:
            out[-1] = out[-1].rstrip("\n") + "</pre>\n"
            in_pre = False
        if "|" in line:
            if not in_table:
                out.append("<table>\n")
                in_table = True
            cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in table_cells(line))
            out.append(f"<tr>{cells}</tr>\n")
            continue
        if in_table:
            out.append("</table>\n")
            in_table = False
        out.append(f"<p>{html.escape(line)}</p>\n")
    if in_table:
        out.append("</table>\n")
    if in_pre:
        out[-1] = out[-1].rstrip("\n") + "</pre>\n"
    out.append(_FOOT)
    target.write_text("".join(out), encoding="utf-8")
    return target


def pdf_unprintable(source: Path) -> str:
    """Why reportlab's fonts cannot print the text ('' when they can): Helvetica prints Latin-1
    only; STSong-Light prints the GB 18030 characters but not every rare one."""
    text = source.read_text(encoding="utf-8")
    if _chinese(source):
        bad = sorted({ch for ch in text if ord(ch) > 0x7F and not _in_song(ch)})
    else:
        bad = sorted({ch for ch in text if ord(ch) > 0xFF and ch not in _WIN_ANSI_EXTRA})
    return f"{len(bad)} characters the font lacks: {''.join(bad[:10])}" if bad else ""


_WIN_ANSI_EXTRA = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _chinese(source: Path) -> bool:
    return guess_language(source.read_text(encoding="utf-8")) == "zh"


def _in_song(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def write_pdf(source: Path, target: Path) -> Path:
    from reportlab.lib.pagesizes import A4  # a PDF writer: only to write the fixtures and the bench's PDFs
    from reportlab.lib.styles import ParagraphStyle  # see above
    from reportlab.pdfbase import pdfmetrics  # see above
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # see above
    from reportlab.platypus import Paragraph, SimpleDocTemplate  # see above

    chinese = _chinese(source)
    if chinese:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def page_number(canvas, document) -> None:
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {document.page} -")

    style = ParagraphStyle(
        "body",
        fontName="STSong-Light" if chinese else "Helvetica",
        fontSize=11,
        leading=16,
        firstLineIndent=22,
        alignment=4,
        wordWrap="CJK" if chinese else None,
    )
    lines = source_lines(source)
    document = SimpleDocTemplate(str(target), pagesize=A4, title=lines[0], invariant=True)
    document.build(
        [Paragraph(escape(line), style) for line in lines], onFirstPage=page_number, onLaterPages=page_number
    )
    return target
