"""Chinese reposts read as their words: a romanisation inserted after characters is left out,
traditional characters are read as simplified ones; findings still point at the file's columns and
quotes (copied from the file or drafted) are found. A bare number in quotes before a noun is a name."""

from __future__ import annotations

import json

from tests.extract.test_infer import relations
from typer.testing import CliRunner

from factcheck.cli.app import app
from factcheck.documents.reading import reading_text
from factcheck.documents.text import text_document

REPOST = (
    "2018年恩施市國民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)\n"
    "2018年,全年實(shí)現(xiàn)地區(qū)生產(chǎn)總值233.17億元,同比增長8.5%。第一產(chǎn)業(yè)實(shí)現(xiàn)增加值29.42億元;"
    "第二產(chǎn)業(yè)實(shí)現(xiàn)增加值90.81億元;第三產(chǎn)業(yè)實(shí)現(xiàn)增加值112.95億元。三次產(chǎn)業(yè)結(jié)構(gòu)由上年的"
    "13.7:40.0:46.3調(diào)整為12.6:39.0:48.4,其中一產(chǎn)業(yè)比重下降1.1個(gè)百分點(diǎn),第二產(chǎn)業(yè)比重下降1個(gè)百分點(diǎn),"
    "第三產(chǎn)業(yè)比重提高2.1個(gè)百分點(diǎn)。\n"
)


def test_an_inserted_romanisation_is_left_out_and_traditional_is_read_simplified() -> None:
    text, removed = reading_text("其中一產(chǎn)業(yè)比重下降1.1個(gè)百分點(diǎn)")
    assert text == "其中一产业比重下降1.1个百分点"
    assert removed == ((4, 6), (5, 4), (13, 4), (16, 6))


def test_brackets_that_are_words_stay() -> None:
    for kept in ("地区生产总值(GDP)233亿元", "公路里程(km)120", "增长(2)", "经济(economy)", "a (jīng) b"):
        assert reading_text(kept) == (kept, ())
    simplified = "全年国内生产总值1349084亿元，显著增长，乾隆"
    assert reading_text(simplified) == (simplified, ())


def test_a_repost_states_the_same_relations_as_the_clean_text() -> None:
    checks, _ = relations(REPOST)
    assert ("233.17亿", "sum", ("29.42亿", "90.81亿", "112.95亿")) in checks
    assert ("-1.1", "difference", ("12.6", "13.7")) in checks
    assert ("2.1", "difference", ("48.4", "46.3")) in checks


def _check(tmp_path, text: str) -> dict:
    source = tmp_path / "repost.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(source), "--format", "json"])
    return json.loads(result.output)


def test_findings_point_at_the_files_columns_and_quotes_verify(tmp_path) -> None:
    report = _check(tmp_path, REPOST)
    lines = REPOST.split("\n")
    for mention in report["mentions"]:
        line = lines[mention["line"] - 1]
        digits = str(mention["value"]).lstrip("-").rstrip("亿")
        assert line[mention["column"] - 1 :].startswith(digits), mention
    verdicts = {f["verdict"] for claim in report["claims"] for f in claim["findings"]}
    assert verdicts <= {"pass", "skipped"}


def test_a_changed_digit_in_a_repost_is_caught(tmp_path) -> None:
    report = _check(tmp_path, REPOST.replace("總值233.17億元", "總值235.17億元"))
    failed = [c["id"] for c in report["claims"] for f in c["findings"] if f["verdict"] == "fail"]
    assert failed


def test_a_quote_copied_from_the_file_is_found(tmp_path) -> None:
    (tmp_path / "repost.txt").write_text(REPOST, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "gdp.yaml").write_text(
        "claim: 地区生产总值233.17亿元\nvalue: 233.17亿\nunit: 元\nperiod: 2018\n"
        "citation:\n  document: repost.txt\n  quote: 全年實(shí)現(xiàn)地區(qū)生產(chǎn)總值233.17億元\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["run", str(tmp_path / "claims"), "--format", "json", "--offline"])
    findings = [f for c in json.loads(result.output)["claims"] for f in c["findings"] if f["check"] == "citation"]
    assert [f["verdict"] for f in findings] == ["pass"]


def test_a_plain_text_file_without_either_is_kept_as_it_is() -> None:
    text = "全年国内生产总值1349084亿元，比上年增长5.0%。\n"
    document = text_document(text)
    assert document.text == text and document.removed == ()


def test_a_bare_number_in_quotes_before_a_noun_is_a_name() -> None:
    checks, _ = relations("围绕市委“316”总体思路，全年完成316个项目。\n")
    document = text_document("围绕市委“316”总体思路，全年完成316个项目。\n")
    from factcheck.extract.mentions import find_mentions  # the mentions, not only their relations

    kinds = [(m.value, m.kind) for m in find_mentions(document)]
    assert kinds == [("316", "label"), ("316", "fact")] and not checks
