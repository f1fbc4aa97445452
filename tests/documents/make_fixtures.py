"""Write the PDF and DOCX files that tests/documents reads, from the text files beside them.

    python tests/documents/make_fixtures.py      # needs reportlab and fpdf2; the WenQuanYi Micro Hei
                                                  # and Liberation fonts (Debian: fonts-wqy-microhei,
                                                  # fonts-liberation)

Each text file (one paragraph per line) becomes:
- NAME.pdf: Chinese in a CID font that is not embedded (STSong-Light, as older Chinese PDFs),
  English in Helvetica; justified, first lines indented, no space between paragraphs, A4 pages
  with a page number at the foot of each page;
- NAME.embedded.pdf (Chinese only): the same in an embedded TrueType subset (WenQuanYi);
- NAME.spaced.pdf: written by fpdf2 instead, in an embedded TrueType subset (WenQuanYi, Liberation
  Sans), justified, no indent, a gap between paragraphs (pdfminer cuts its widely spaced lines
  into pieces);
- data/releases/NAME.pdf for each labelled release of writers.RELEASE_SAMPLE (writers.write_pdf);
- NAME.docx is written by the tests themselves (python-docx is in the test extras).
The PDFs are committed so that the tests need neither reportlab nor the font.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from tests.documents.writers import RELEASE_PDFS, RELEASE_SAMPLE, RELEASES
from tests.documents.writers import write_pdf as write_release_pdf

DATA = Path(__file__).parent / "data"
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


def _page_number(canvas, document) -> None:
    canvas.setFont("Helvetica", 9)
    canvas.drawCentredString(A4[0] / 2, 30, f"- {document.page} -")


def write_pdf(source: Path, target: Path, font: str, chinese: bool) -> None:
    style = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=11,
        leading=16,
        firstLineIndent=22,
        alignment=4,
        wordWrap="CJK" if chinese else None,
    )
    lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    document = SimpleDocTemplate(str(target), pagesize=A4, title=lines[0], invariant=True)
    document.build(
        [Paragraph(escape(line), style) for line in lines], onFirstPage=_page_number, onLaterPages=_page_number
    )


def write_spaced_pdf(source: Path, target: Path, chinese: bool) -> None:
    from fpdf import FPDF  # a second PDF writer, so that the reader is not fitted to one

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))  # the same bytes on every run
    pdf.add_page()
    pdf.add_font("body", fname=str(WQY if chinese else LIBERATION))
    pdf.set_font("body", size=11)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pdf.multi_cell(0, 6, line.strip(), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(target))


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("WQY", str(WQY), subfontIndex=0))
    for source in sorted(DATA.glob("*.txt")):
        chinese = source.name.startswith("zh-")
        write_pdf(source, source.with_suffix(".pdf"), "STSong-Light" if chinese else "Helvetica", chinese)
        if chinese:
            write_pdf(source, source.with_suffix(".embedded.pdf"), "WQY", True)
        write_spaced_pdf(source, source.with_suffix(".spaced.pdf"), chinese)
    RELEASE_PDFS.mkdir(exist_ok=True)
    for name in RELEASE_SAMPLE:
        write_release_pdf(RELEASES / f"{name}.txt", RELEASE_PDFS / f"{name}.pdf")


if __name__ == "__main__":
    main()
