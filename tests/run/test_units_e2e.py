"""Units and signs the way statistics write them, end to end: no false alarm from a unit.

Each claim is written the natural way (per-capita money in 元, cents beside dollars, a yield from
万吨 and 万亩, ‰, declines quoted with 下降 / fell, points adding up to a growth rate); the
ones that must not pass say why in their name.
"""

from __future__ import annotations

from cli_support import invoke, run_json, verdicts


def claim(text: str, value: str, unit: str | None = None, extra: str = "", quote: str | None = None) -> str:
    lines = [f"claim: '{text}'", f"value: '{value}'"]
    if unit:
        lines.append(f"unit: '{unit}'")
    lines.append(f"citation:\n  title: t\n  quote: '{quote or text}'")
    if extra:
        lines.append(extra.strip("\n"))
    return "\n".join(lines) + "\n"


REPO = {
    "claims/cn/gdp.yaml": claim("全年国内生产总值1210207亿元", "1210207亿", "元"),
    "claims/cn/population.yaml": claim("年末全国人口141218万人", "141218万", "人"),
    "claims/cn/gdp-per-capita.yaml": claim(
        "全年人均国内生产总值85698元，比上年实际增长3.0%", "85698", "元", "checks:\n  - ratio: [./gdp, ./population]"
    ),
    "claims/cn/gdp-back.yaml": claim(
        "全年国内生产总值1210207亿元", "1210207亿", "元", "checks:\n  - formula: '{./gdp-per-capita} * {./population}'"
    ),
    "claims/cn/grain.yaml": claim("粮食总产量68653万吨", "68653万", "吨"),
    "claims/cn/grain-area.yaml": claim("粮食播种面积148683万亩", "148683万", "亩"),
    "claims/cn/grain-yield.yaml": claim(
        "粮食亩产461.74公斤", "461.74", "公斤", "checks:\n  - ratio: [./grain, ./grain-area]"
    ),
    "claims/cn/births.yaml": claim("全年出生人口956万人", "956万", "人"),
    "claims/cn/birth-rate.yaml": claim(
        "人口出生率为6.77‰", "6.77‰", None, "checks:\n  - formula: '{./births} / {./population} * 1000'"
    ),
    "claims/cn/consumption.yaml": claim("最终消费支出拉动国内生产总值增长1.0个百分点", "1.0", "个百分点"),
    "claims/cn/investment.yaml": claim("资本形成总额拉动国内生产总值增长1.5个百分点", "1.5", "个百分点"),
    "claims/cn/net-exports.yaml": claim("货物和服务净出口拉动国内生产总值增长0.5个百分点", "0.5", "个百分点"),
    "claims/cn/growth.yaml": claim(
        "国内生产总值比上年增长3.0%",
        "3.0%",
        None,
        "checks:\n  - contributions: [./consumption, ./investment, ./net-exports]",
    ),
    "claims/cn/growth-as-sum-fails.yaml": claim(
        "国内生产总值比上年增长3.0%", "3.0%", None, "checks:\n  - sum: [./consumption, ./investment, ./net-exports]"
    ),
    "claims/cn/trade-decline.yaml": claim("进出口总额下降3.5%", "-3.5%"),
    "claims/cn/trade-rise-misquoted.yaml": claim("进出口总额增长3.5%", "-3.5%"),
    "claims/us/earnings.yaml": claim("average hourly earnings rose to $33.18", "33.18", "$"),
    "claims/us/earnings-before.yaml": claim("average hourly earnings were $33.09", "$33.09"),
    "claims/us/earnings-change.yaml": claim(
        "average hourly earnings rose by 9 cents, or 0.3 percent, to $33.18",
        "9",
        "cents",
        "checks:\n  - difference: [./earnings, ./earnings-before]",
    ),
    "claims/us/earnings-growth.yaml": claim(
        "average hourly earnings rose by 9 cents, or 0.3 percent, to $33.18",
        "0.3",
        "percent",
        "checks:\n  - growth: {from: ./earnings-before, to: ./earnings}",
    ),
    "claims/us/payrolls-fell.yaml": claim("payrolls fell 12,000", "-12,000", "jobs"),
    "claims/us/payrolls-table.yaml": claim("change in payrolls (12,000)", "(12,000)", "jobs"),
    "claims/us/persons-typo.yaml": claim("1.6 million persons", "1.6 million", "persosn"),
}

EXPECTED = {
    "cn/growth-as-sum-fails": "fail",
    "cn/trade-rise-misquoted": "misquoted",
    "us/persons-typo": "unverifiable",
}


def test_statistics_written_the_natural_way(claims_repo) -> None:
    claims_repo(REPO)
    code, doc = run_json("claims")
    found = verdicts(doc)
    expected = {path[len("claims/") : -len(".yaml")]: EXPECTED.get(path[7:-5], "pass") for path in REPO}
    assert found == expected, [f for c in doc["claims"] for f in c["findings"] if f["verdict"] != "pass"]
    assert code == 1  # the sum of points stated in % and the misquote fail the gate; the unit does not
    messages = {f["message"] for c in doc["claims"] for f in c["findings"]}
    assert any("stated in %, computed in percentage points" in m for m in messages)
    assert "unknown unit 'persosn' — did you mean 'persons'?" in messages
    assert any("'增长'" in m for m in messages)


def test_the_unit_finding_does_not_gate_by_default(claims_repo) -> None:
    claims_repo({"claims/us/persons-typo.yaml": REPO["claims/us/persons-typo.yaml"]})
    assert invoke("validate", "claims")[0] == 0
    assert invoke("validate", "--strict", "claims")[0] == 1


def test_units_lists_the_table() -> None:
    code, out, _ = invoke("units", "--format", "json")
    assert code == 0
    assert '"cents"' in out and '"元"' in out and '"‰"' in out
