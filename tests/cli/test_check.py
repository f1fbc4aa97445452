"""`factcheck check DOC`: the bundled article end to end, planted errors anchored at the document,
every report format pointing at the document's line, and the document view in a real browser."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.cli_support import invoke

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "docs" / "sources" / "weifang-2022-reform.txt"


def _copy(tmp_path: Path, old: str | None = None, new: str | None = None) -> Path:
    text = ARTICLE.read_text(encoding="utf-8")
    if old is not None and new is not None:
        assert old in text
        text = text.replace(old, new, 1)
    target = tmp_path / "article.txt"
    target.write_text(text, encoding="utf-8")
    return target


def test_the_bundled_article_passes_and_lists_every_mention(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    document = _copy(tmp_path)
    code, out, _ = invoke("check", str(document.name), "--format", "json")
    assert code == 0
    report = json.loads(out)
    failing = [f for c in report["claims"] for f in c["findings"] if f["verdict"] in ("fail", "invalid", "error")]
    assert failing == []
    mentions = report["mentions"]
    assert all(m["file"] == "article.txt" and m["line"] >= 1 and m["column"] >= 1 for m in mentions)
    total = next(m for m in mentions if m["value"] == "1793")
    assert total["interval"] == [1793, 1793]
    assert {(c["check"], c["verdict"], c["role"]) for c in total["checks"]} == {("sum", "pass", "result")}
    line = document.read_text(encoding="utf-8").split("\n")[total["line"] - 1]
    assert line[total["column"] - 1 :].startswith("1793")
    # outside placeholders: exactly on the 7.5-point gap and the ranks
    todo = sorted((m["value"], m["type"]) for m in mentions if m.get("todo"))
    assert ("7.5", "difference") in todo
    assert {t for _, t in todo} <= {"difference", "rank"}
    assert sum(1 for _, t in todo if t == "rank") == 5


def test_a_planted_error_fails_at_the_documents_line_in_every_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    document = _copy(tmp_path, "国家级38家", "国家级39家")
    text = document.read_text(encoding="utf-8")
    offset = text.index("1793家")
    line = text[:offset].count("\n") + 1
    column = offset - text.rfind("\n", 0, offset)
    code, out, _ = invoke("check", "article.txt", "--format", "json")
    assert code == 1
    report = json.loads(out)
    sums = [(c["file"], f["line"], f["column"]) for c in report["claims"] for f in c["findings"] if f["check"] == "sum"]
    assert sums == [("article.txt", line, column)]
    code, out, _ = invoke("check", "article.txt", "--format", "sarif")
    sarif = json.loads(out)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "sum"]
    place = results[0]["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == "article.txt" and place["region"]["startLine"] == line
    code, out, _ = invoke("check", "article.txt", "--format", "github")
    assert f"file=article.txt,line={line},col={column}" in out
    code, out, _ = invoke("check", "article.txt", "--format", "junit")
    assert f'name="article/tech-platforms-total: sum" file="article.txt" line="{line}"' in out
    code, out, _ = invoke("check", "article.txt", "--format", "markdown")
    assert f"`article.txt:{line}:{column}`: 39 + 320 + 1435 = 1794, stated 1793" in out
    code, _, _ = invoke("check", "article.txt", "--fail-on", "invalid")
    assert code == 0  # the gate as for `run`


def test_write_claims_saves_the_drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _copy(tmp_path)
    code, _, _ = invoke("check", "article.txt", "--write-claims", "drafts", "--quiet")
    assert code == 0
    files = sorted((tmp_path / "drafts" / "article").glob("*.yaml"))
    assert len(files) > 50
    assert "sum:" in (tmp_path / "drafts" / "article" / "tech-platforms-total.yaml").read_text(encoding="utf-8")


def test_a_missing_document_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("check", "nothing.txt")
    assert code == 2 and "nothing.txt" in err and "Traceback" not in out + err


CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium installed")
def test_the_document_view_in_a_real_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _copy(tmp_path, "国家级38家", "国家级39家")
    code, _, _ = invoke("check", "article.txt", "--format", "html", "--output", "view.html")
    assert code == 1
    page = tmp_path / "view.html"
    assert "http" not in page.read_text(encoding="utf-8").split("<body>")[0].replace("http-equiv", "")
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri() + "#m-article--tech-platforms-total",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    dom = done.stdout
    assert done.returncode == 0, done.stderr[-1000:]
    assert 'class="n n-failed active"' in dom  # the script ran and selected the failing total
    assert "38 + 320 + 1435" not in dom and "39 + 320 + 1435 = 1794" in dom  # the arithmetic in the panel
    assert dom.count('class="n n-passed') >= 1 and 'class="n n-todo' in dom and 'class="n n-unchecked' in dom


def test_markdown_and_html_findings_point_at_the_files_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    sentence = "全市共建设科技创新平台{}家,其中国家级39家、省级320家、市级1435家。"
    (tmp_path / "a.md").write_text("# Report\n\nSome intro.\n\n" + sentence.format("1793") + "\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>T</title></head><body>\n<h1>Report</h1>\n<p>Intro</p>\n<p>"
        + sentence.format("<b>1793</b>")
        + "</p>\n</body></html>\n",
        encoding="utf-8",
    )
    code, out, _ = invoke("check", "a.md", "b.html", "--format", "json")
    assert code == 1
    report = json.loads(out)
    sums = sorted(
        (c["file"], f["line"], f["column"]) for c in report["claims"] for f in c["findings"] if f["check"] == "sum"
    )
    assert sums == [("a.md", 5, 12), ("b.html", 4, 18)]


def test_run_html_draws_the_cited_document_with_its_numbers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = tmp_path / "run.html"
    code, _, _ = invoke("run", "--offline", "--no-baseline", "--format", "html", "--output", str(page))
    assert code == 1
    text = page.read_text(encoding="utf-8")
    assert '<section id="document">' in text and "docs/sources/weifang-2022-reform.txt" in text
    marks = text.split('<section id="document">', 1)[1]
    assert marks.count('data-state="failed"') == 3  # the three accepted findings of the corpus
    assert (
        'id="m-weifang-2022--tech-platforms-total" data-m="weifang-2022--tech-platforms-total" data-state="passed"'
        in marks
    )


def test_a_url_is_read_over_http_and_anchored_at_its_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import http.server  # a real server on the loopback address, for this test only
    import threading  # the server runs beside the command, for this test only

    monkeypatch.chdir(tmp_path)
    body = _copy(tmp_path, "国家级38家", "国家级39家").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/article.txt"
        code, out, _ = invoke("check", url, "--format", "json")
    finally:
        server.shutdown()
        server.server_close()
    assert code == 1
    report = json.loads(out)
    sums = [(c["file"], f["line"]) for c in report["claims"] for f in c["findings"] if f["check"] == "sum"]
    assert sums == [(url, 11)]


def test_the_document_view_escapes_the_documents_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(
        'Title</script><script>alert(1)</script>\n全市共有学校<b onclick="x()">12</b>所，增长5%。\n', encoding="utf-8"
    )
    code, _, _ = invoke("check", "x.txt", "--format", "html", "--output", "x.html")
    assert code == 0
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and '<b onclick="x()">' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_period_is_the_documents_period_and_a_bad_one_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _copy(tmp_path)
    code, out, _ = invoke("check", "article.txt", "--period", "2021", "--format", "json")
    assert code == 0
    claims = json.loads(out)["claims"]
    assert {c.get("period") for c in claims if c.get("kind") == "fact"} >= {"2021"}
    code, _, err = invoke("check", "article.txt", "--period", "2022-13")
    assert code == 2 and "--period" in err


def test_the_gate_and_fail_on_apply_as_for_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A planted error fails the gate; `--fail-on none` lets it pass, as `factcheck run` does."""
    monkeypatch.chdir(tmp_path)
    _copy(tmp_path, "市级1435家", "市级1436家")
    assert invoke("check", "article.txt", "--quiet")[0] == 1
    assert invoke("check", "article.txt", "--quiet", "--fail-on", "none")[0] == 0


def test_the_terminal_report_counts_the_relations_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = invoke("check", _copy(tmp_path).name)
    assert code == 0
    assert "relations the text states: 1 checked (1 pass); 6 need a figure from outside" in out
    code, out, _ = invoke("check", _copy(tmp_path, "市级1435家", "市级1436家").name)
    assert code == 1
    assert "relations the text states: 1 checked (1 fail)" in out
    code, out, _ = invoke("check", _copy(tmp_path).name, "--quiet")
    assert "relations the text states" not in out
