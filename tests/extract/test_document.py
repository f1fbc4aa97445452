"""Reading documents: text, Markdown, HTML and URLs, with size caps and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.documents import read as document_module
from factcheck.extract.document import DocumentError, parse_document, read_document
from factcheck.extract.mentions import find_mentions


def test_text_paragraphs_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n  第一段,全市共建设平台1793家。\n第二段\n", encoding="utf-8")
    doc = read_document(str(path))
    assert doc.title == "标题"
    assert [p.text for p in doc.paragraphs] == ["标题", "第一段,全市共建设平台1793家。", "第二段"]
    second = doc.paragraphs[1]
    assert doc.text[second.start : second.start + len(second.text)] == second.text


def test_wrapped_english_text_joins_lines_without_moving_offsets() -> None:
    text = "Title line\n\nExports rose 12%\nto $3.5 billion.\n\nSecond paragraph\nwraps here.\n"
    doc = parse_document(text, "txt")
    assert doc.paragraphs[1].text == "Exports rose 12% to $3.5 billion."
    assert doc.text[doc.paragraphs[1].start :].startswith("Exports rose 12%\nto")


def test_markdown_drops_markup() -> None:
    markdown = (
        "---\ntitle: Front matter title\n---\n# Heading\n\nThe region had **1,793** platforms,\n"
        "see [the report](https://example.org).\n\n- item with 38 national\n\n```\ncode 999\n```\n"
    )
    doc = parse_document(markdown, "md")
    assert doc.title == "Front matter title"
    texts = [p.text for p in doc.paragraphs]
    assert "The region had 1,793 platforms, see the report." in texts
    assert "item with 38 national" in texts
    assert not any("999" in t for t in texts)


@pytest.mark.parametrize(
    "line", ["[" * 100_000, "![" * 50_000, "*a " * 40_000, "`a " * 40_000, "__a " * 30_000, "<a" * 50_000]
)
def test_markdown_of_unclosed_markers_is_read_in_linear_time(line: str) -> None:
    import time

    start = time.perf_counter()
    parse_document("# t\n\n增长3.5%，" + line + "\n", "md")
    assert time.perf_counter() - start < 5  # was quadratic: 50,000 `[` took 13 s, 100,000 about a minute


def test_markdown_spans_nest() -> None:
    doc = parse_document('# t\n\n**a *b* c** and *d **e** f*, `g`, __h__, [i](u "t"), ![j](k.png)\n', "md")
    assert doc.paragraphs[-1].text == "a b c and d e f, g, h, i, j"


def test_html_visible_text_and_title() -> None:
    html = (
        "<html><head><title>报告 &amp; 标题</title><script>var x = 12345;</script></head>"
        "<body><h1>大标题</h1><p>装机容量已达<b>725万千瓦</b>,居全省第2位。</p><p>第二段</p></body></html>"
    )
    doc = parse_document(html, "html")
    assert doc.title == "报告 & 标题"
    assert "装机容量已达725万千瓦,居全省第2位。" in [p.text for p in doc.paragraphs]
    assert not any("12345" in p.text for p in doc.paragraphs)
    values = [(m.value, m.unit) for m in find_mentions(doc, "zh", 2022)]
    assert ("725万", "千瓦") in values and ("2", None) in values


def test_url_is_fetched_and_titled(httpserver) -> None:
    page = "<html><head><title>Agency review</title></head><body><p>Exports rose 12% in 2022.</p></body></html>"
    httpserver.expect_request("/review.html").respond_with_data(page, content_type="text/html; charset=utf-8")
    doc = read_document(httpserver.url_for("/review.html"))
    assert doc.title == "Agency review" and doc.url.endswith("/review.html")
    assert doc.format == "html"


def test_url_errors_are_one_line(httpserver, monkeypatch: pytest.MonkeyPatch) -> None:
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    with pytest.raises(DocumentError, match="HTTP status 404"):
        read_document(httpserver.url_for("/missing"))
    httpserver.expect_request("/big.txt").respond_with_data("x" * 5000)
    monkeypatch.setattr(document_module, "MAX_BYTES", 1000)
    with pytest.raises(DocumentError, match="byte limit"):
        read_document(httpserver.url_for("/big.txt"))


@pytest.mark.parametrize("url", ["http://[::1", "http://[::1/x"])
def test_a_malformed_url_is_a_document_error(url: str) -> None:
    with pytest.raises(DocumentError, match="InvalidURL"):  # httpx.InvalidURL is not an HTTPError
        read_document(url)


def test_file_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(str(tmp_path / "absent.txt"))
    big = tmp_path / "big.txt"
    big.write_text("1" * 2000, encoding="utf-8")
    monkeypatch.setattr(document_module, "MAX_BYTES", 1000)
    with pytest.raises(DocumentError, match="byte limit"):
        read_document(str(big))
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text"):
        read_document(str(empty))


def test_gb18030_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("全市建成加氢站6座".encode("gb18030"))
    assert read_document(str(path)).paragraphs[0].text == "全市建成加氢站6座"


@pytest.mark.slow
def test_cli_reports_a_bad_document_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", str(tmp_path / "absent.txt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
