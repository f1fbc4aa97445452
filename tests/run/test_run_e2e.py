"""`factcheck run` end to end on small claim repositories: verdicts, messages, exit codes."""

from __future__ import annotations

from pathlib import Path

from cli_support import invoke, run_json, verdicts

CITED = """
citation:
  title: 问道万事有解 踔厉改革创新
  quote: {quote}
"""


def claim(text: str, value: str, unit: str | None = None, extra: str = "", quote: str | None = None) -> str:
    lines = [f"claim: {text}", f"value: {value}"]
    if unit:
        lines.append(f"unit: {unit}")
    lines.append(CITED.format(quote=quote or text).strip("\n"))
    if extra:
        lines.append(extra.strip("\n"))
    return "\n".join(lines) + "\n"


PLATFORMS = {
    "claims/wf/national.yaml": claim("国家级38家", "38", "家"),
    "claims/wf/provincial.yaml": claim("省级320家", "320", "家"),
    "claims/wf/municipal.yaml": claim("市级1435家", "1435", "家"),
}


def test_sum_passes_and_exits_zero(claims_repo):
    claims_repo(
        {
            **PLATFORMS,
            "claims/wf/total.yaml": claim(
                "全市共建设科技创新平台1793家",
                "1793",
                "家",
                "checks:\n  - sum: [./national, ./provincial, ./municipal]\n",
            ),
        }
    )
    code, doc = run_json()
    assert code == 0
    assert verdicts(doc) == {"wf/municipal": "pass", "wf/national": "pass", "wf/provincial": "pass", "wf/total": "pass"}
    assert doc["summary"] == {
        "claims": 4,
        "by_verdict": {"pass": 4},
        "gate": "pass",
        "fail_on": ["invalid", "error", "fail", "contradicted", "misquoted"],
    }
    assert doc["version"] == 1


def test_sum_failure_shows_its_arithmetic_and_exits_one(claims_repo):
    claims_repo(
        {
            **PLATFORMS,
            "claims/wf/total.yaml": claim(
                "全市共建设科技创新平台1794家",
                "1794",
                "家",
                "checks:\n  - sum: [./national, ./provincial, ./municipal]\n",
            ),
        }
    )
    code, doc = run_json()
    assert code == 1
    total = next(c for c in doc["claims"] if c["id"] == "wf/total")
    assert total["verdict"] == "fail"
    (finding,) = total["findings"]
    assert finding["check"] == "sum"
    assert finding["verdict"] == "fail"
    assert finding["line"] == 8
    assert finding["message"] == "38 + 320 + 1435 = 1793, stated 1794"
    assert finding["expected"] == [1793, 1793]
    assert finding["stated"] == [1794, 1794]
    assert finding["explanation"], "a failure carries its arithmetic"
    assert doc["summary"]["gate"] == "fail"


def test_terminal_report_shows_file_line_and_arithmetic(claims_repo):
    claims_repo(
        {
            **PLATFORMS,
            "claims/wf/total.yaml": claim(
                "全市共建设科技创新平台1794家",
                "1794",
                "家",
                "checks:\n  - sum: [./national, ./provincial, ./municipal]\n",
            ),
        }
    )
    code, out, _ = invoke("run")
    assert code == 1
    assert "claims/wf/total.yaml:8:" in out
    assert "38 + 320 + 1435 = 1793, stated 1794" in out
    assert "gate: FAIL" in out


def test_bad_file_is_invalid_with_position_and_others_still_checked(claims_repo):
    claims_repo({**PLATFORMS, "claims/wf/broken.yaml": "claim: x\nvalue: 1\nvaleu: 2\ncitation: {}\n"})
    code, doc = run_json()
    assert code == 1
    found = verdicts(doc)
    assert found["wf/broken"] == "invalid"
    assert found["wf/national"] == "pass"
    broken = next(c for c in doc["claims"] if c["id"] == "wf/broken")
    assert any(f["line"] == 3 and f["column"] == 1 and "valeu" in f["message"] for f in broken["findings"])


def test_uncited_passes_the_default_gate_but_not_strict(claims_repo):
    claims_repo({"claims/a.yaml": "claim: 共6座\nvalue: 6\nunit: 座\ncitation: {}\n"})
    code, doc = run_json()
    assert (code, verdicts(doc)) == (0, {"a": "uncited"})
    code, doc = run_json("--strict")
    assert code == 1


def test_misquoted_when_the_quote_lacks_the_number(claims_repo):
    claims_repo({"claims/a.yaml": claim("建成加氢站6座", "7", "座", quote="全市建成加氢站6座")})
    code, doc = run_json()
    assert (code, verdicts(doc)) == (1, {"a": "misquoted"})


def test_label_is_skipped_and_future_target_pending(claims_repo):
    claims_repo(
        {
            "claims/label.yaml": claim("五个优化", "五", "个", "kind: label\n"),
            "claims/target.yaml": claim(
                "力争到2030年元宇宙产业规模达到3500亿元", "3500亿", "元", "kind: target\nperiod: '2030'\n"
            ),
            "claims/past-target.yaml": claim(
                "到2022年达到6座", "6", "座", "kind: target\nperiod: '2022'\nchecks:\n  - same: 6\n"
            ),
        }
    )
    code, doc = run_json()
    assert code == 0
    assert verdicts(doc) == {"label": "skipped", "target": "pending", "past-target": "pass"}


def test_percent_minus_percent_is_points(claims_repo):
    claims_repo(
        {
            "claims/rate.yaml": claim("农业科技进步贡献率达到69%", "69%"),
            "claims/gap.yaml": claim(
                "高于全国7.5个百分点", "7.5", "个百分点", 'checks:\n  - difference: [./rate, "61.5%"]\n'
            ),
            "claims/gap-in-percent.yaml": claim(
                "高于全国7.5%", "7.5%", None, 'checks:\n  - difference: [./rate, "61.5%"]\n'
            ),
        }
    )
    code, doc = run_json()
    found = verdicts(doc)
    assert found["gap"] == "pass"
    assert found["gap-in-percent"] == "fail"
    bad = next(c for c in doc["claims"] if c["id"] == "gap-in-percent")
    message = bad["findings"][0]["message"].lower()
    assert "%" in message and ("point" in message or "pp" in message)
    assert code == 1


def test_missing_id_and_cycle_are_invalid(claims_repo):
    claims_repo(
        {
            "claims/a.yaml": claim("a 1", "1", "个", "checks:\n  - same: ./b\n"),
            "claims/b.yaml": claim("b 1", "1", "个", "checks:\n  - sum: [./a, 0]\n"),
            "claims/c.yaml": claim("c 1", "1", "个", "checks:\n  - same: ./nope\n"),
        }
    )
    code, doc = run_json()
    assert code == 1
    assert verdicts(doc) == {"a": "invalid", "b": "invalid", "c": "invalid"}
    c = next(x for x in doc["claims"] if x["id"] == "c")
    assert any("nope" in f["message"] for f in c["findings"])


def test_a_check_on_a_claim_that_failed_to_load_is_reported_not_dropped(claims_repo):
    claims_repo(
        {
            "claims/a.yaml": claim("a 2", "2", "个", "checks:\n  - sum: [./b, 1]\n"),
            "claims/b.yaml": "claim: b\nvalue: abc\ncitation: {}\n",
        }
    )
    code, doc = run_json()
    assert code == 1
    assert verdicts(doc) == {"a": "unverifiable", "b": "invalid"}
    a = next(x for x in doc["claims"] if x["id"] == "a")
    (finding,) = a["findings"]
    assert finding["check"] == "sum" and "b is invalid" in finding["message"]


def test_an_id_too_long_for_a_file_name_is_a_missing_id_not_a_crash(claims_repo):
    claims_repo({"claims/a.yaml": claim("a 1", "1", "个", "checks:\n  - same: ./" + "x" * 5000 + "\n")})
    code, doc = run_json()
    assert (code, verdicts(doc)) == (1, {"a": "invalid"})


def test_a_ratio_stated_in_a_unit_per_unit_passes(claims_repo):
    claims_repo(
        {
            "claims/gdp.yaml": claim("GDP 7300亿元", "7300", "亿元"),
            "claims/pop.yaml": claim("人口940万人", "940", "万人"),
            "claims/per-head.yaml": claim("人均7.77万元", "7.77", "万元/人", "checks:\n  - ratio: [./gdp, ./pop]\n"),
            "claims/per-head-bad.yaml": claim("人均7.9万元", "7.9", "万元/人", "checks:\n  - ratio: [./gdp, ./pop]\n"),
        }
    )
    code, doc = run_json()
    found = verdicts(doc)
    assert (found["per-head"], found["per-head-bad"], code) == ("pass", "fail", 1)


def test_a_file_with_another_problem_still_reports_a_missing_id(claims_repo):
    claims_repo(
        {
            "claims/b.yaml": claim("b 1", "1", "个"),
            "claims/sub/a.yaml": "claim: a\nvalue: abc\ncitation: {}\nchecks:\n  - sum: [../b, ../nope]\n",
        }
    )
    for args in ((), ("claims/sub",)):
        code, doc = run_json(*args)
        a = next(x for x in doc["claims"] if x["id"] == "sub/a")
        got = [(f["check"], f["line"], f["column"]) for f in a["findings"]]
        assert got == [("value", 2, 8), ("sum", 5, 17)] and "nope" in a["findings"][1]["message"]
        assert code == 1


def test_source_reference_without_sources_yaml_is_unverifiable(claims_repo):
    claims_repo(
        {
            "claims/a.yaml": claim(
                "增长12%", "12%", None, "compare:\n  source: nbs\n  series: fai-growth\n  period: '2022'\n"
            )
        }
    )
    code, doc = run_json()
    assert (code, verdicts(doc)) == (0, {"a": "unverifiable"})


def test_csv_source_confirms_contradicts_and_revises(claims_repo):
    claims_repo(
        {
            "sources.yaml": "sources:\n  figures:\n    type: csv\n    path: data/figures.csv\n",
            "data/figures.csv": "series,region,period,value\nrate,全国,2022,62.4%\nrate,全国,2021,61%\n",
            "claims/confirmed.yaml": claim(
                "全国农业科技进步贡献率达到62.4%",
                "62.4%",
                None,
                "compare: {source: figures, series: rate, where: {region: 全国}, period: '2022'}\n",
            ),
            "claims/contradicted.yaml": claim(
                "全国农业科技进步贡献率达到63%",
                "63%",
                None,
                "compare: {source: figures, series: rate, where: {region: 全国}, period: '2022'}\n",
            ),
            "claims/revised.yaml": claim(
                "预计全国农业科技进步贡献率达到63%",
                "63%",
                None,
                "kind: estimate\ncompare: {source: figures, series: rate, where: {region: 全国}, period: '2022'}\n",
            ),
            "claims/missing.yaml": claim(
                "全国农业科技进步贡献率达到60%",
                "60%",
                None,
                "compare: {source: figures, series: rate, where: {region: 全国}, period: '2019'}\n",
            ),
        }
    )
    code, doc = run_json()
    assert verdicts(doc) == {
        "confirmed": "confirmed",
        "contradicted": "contradicted",
        "revised": "revised",
        "missing": "unverifiable",
    }
    assert code == 1


def test_invalid_sources_yaml_exits_two(claims_repo):
    claims_repo(
        {
            "sources.yaml": "sources:\n  figures:\n    type: csv\n    pth: data/figures.csv\n",
            "claims/a.yaml": claim("增长12%", "12%", None, "compare: {source: figures, series: x}\n"),
        }
    )
    code, out, err = invoke("run")
    assert code == 2
    assert "sources.yaml:4:" in err


def test_unknown_format_exits_two(claims_repo):
    claims_repo(PLATFORMS)
    code, _, err = invoke("run", "--format", "yaml")
    assert code == 2


def test_validate_reports_files_without_arithmetic(claims_repo):
    claims_repo(
        {
            **PLATFORMS,
            "claims/wf/total.yaml": claim(
                "全市共建设科技创新平台1794家",
                "1794",
                "家",
                "checks:\n  - sum: [./national, ./provincial, ./municipal]\n",
            ),
            "claims/wf/bad-value.yaml": claim("约一千", "about a thousand", "家"),
        }
    )
    code, out, _ = invoke("validate", "--format", "json")
    import json

    doc = json.loads(out)
    found = verdicts(doc)
    assert found["wf/total"] == "pass"  # arithmetic is run's job
    assert found["wf/bad-value"] == "invalid"
    assert code == 1


def test_show_prints_the_parsed_claim(claims_repo):
    claims_repo({"claims/cap.yaml": claim("新能源装机容量已达725万千瓦", "725万", "千瓦")})
    code, out, _ = invoke("show", "cap", "--format", "json")
    import json

    described = json.loads(out)
    assert code == 0
    assert described["interval_json"] == [7245000, 7255000]
    assert described["dimension"] == "power"


def test_schema_is_json_schema(claims_repo):
    import json

    code, out, _ = invoke("schema")
    schema = json.loads(out)
    assert code == 0
    assert "claim" in schema["properties"] and "citation" in schema.get("required", [])


def test_compare_refuses_across(claims_repo):
    claims_repo(
        {
            "claims/a.yaml": claim(
                "居全省第2位", "2", None, "compare: {source: s, series: x, across: city, self: 潍坊市}\n"
            )
        }
    )
    code, doc = run_json()
    (finding,) = doc["claims"][0]["findings"]
    assert (code, finding["verdict"], finding["check"]) == (1, "invalid", "compare")
    assert "rank" in finding["message"]


def test_invalid_sources_yaml_exits_two_even_when_unused(claims_repo):
    claims_repo({"sources.yaml": "sources:\n  s: {type: nosuchtype}\n", **PLATFORMS})
    code, _, err = invoke("run")
    assert code == 2
    assert "sources.yaml:2:" in err


def test_offline_and_refresh_together_are_a_usage_error(claims_repo):
    claims_repo(PLATFORMS)
    code, _, err = invoke("run", "--offline", "--refresh")
    assert code == 2 and "contradict" in err


def test_bare_number_takes_the_claims_unit_with_its_scale_word(claims_repo):
    claims_repo(
        {
            "claims/wind.yaml": claim("风电425万千瓦", "425", "万千瓦"),
            "claims/total.yaml": claim(
                "装机容量已达725万千瓦",
                "725",
                "万千瓦",
                "checks:\n  - same: 725\n  - sum: [./wind, 300]\n  - same: '725万'\n",
            ),
            "claims/kw.yaml": claim("装机容量已达725万千瓦", "725万", "千瓦", "checks:\n  - same: 7250000\n"),
        }
    )
    code, doc = run_json()
    assert verdicts(doc) == {"wind": "pass", "total": "pass", "kw": "pass"}, doc
    total = next(c for c in doc["claims"] if c["id"] == "total")
    assert total["findings"][0]["message"] == "same as 725万, stated 725万千瓦"


def test_same_stated_on_both_claims_is_one_relation_not_a_cycle(claims_repo):
    from factcheck.run import pipeline

    claims_repo(
        {
            "claims/a.yaml": """
            claim: 平台1793家
            value: 1793
            unit: 家
            citation: {}
            checks:
              - same: ./b
            """,
            "claims/b.yaml": """
            claim: 建成平台1793家
            value: 1793
            unit: 家
            citation: {}
            checks:
              - same: ./a
            """,
            "claims/c.yaml": """
            claim: 平台1794家
            value: 1794
            unit: 家
            citation: {}
            checks:
              - sum: [./d, 0]
            """,
            "claims/d.yaml": """
            claim: 平台1794家
            value: 1794
            unit: 家
            citation: {}
            checks:
              - same: ./c
            """,
        }
    )
    result = pipeline.run(pipeline.RunOptions(paths=[Path("claims")]))
    found: dict[tuple[str, str], set[str]] = {}
    for claim in result.claims:
        for finding in claim.findings:
            found.setdefault((claim.id, finding.check), set()).add(finding.verdict.value)
    assert found[("a", "same")] == {"pass"} and found[("b", "same")] == {"pass"}
    assert "invalid" in found[("c", "sum")] and "invalid" in found[("d", "same")]  # sum + same: still a circle
