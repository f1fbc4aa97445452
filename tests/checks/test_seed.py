"""The seed article's own relations, as claim files run through the whole pipeline.

全市共建设科技创新平台1793家,其中国家级38家、省级320家、市级1435家; 新增省级制造业单项冠军41家,
总数达到123家; 新入选省级特色产业集群3家,总数达到6家; 农业科技进步贡献率达到69%,高于全国7.5个百分点.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from factcheck.model import Verdict

COUNT = "claim: {text}\nvalue: {value}\nunit: 家\ncitation: {{}}\n"


def write(root: Path, files: dict[str, str]) -> None:
    for claim_id, text in files.items():
        path = root / "claims" / f"{claim_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(text), encoding="utf-8")


def run(root: Path) -> dict:
    from factcheck.run.pipeline import RunOptions
    from factcheck.run.pipeline import run as run_pipeline

    result = run_pipeline(RunOptions(paths=[root / "claims"], cwd=root))
    return {claim.id: [f for f in claim.findings if f.check != "citation"] for claim in result.claims}


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    write(
        tmp_path,
        {
            "weifang-2022/platforms-national": COUNT.format(text="国家级38家", value=38),
            "weifang-2022/platforms-provincial": COUNT.format(text="省级320家", value=320),
            "weifang-2022/platforms-municipal": COUNT.format(text="市级1435家", value=1435),
            "weifang-2022/platforms-total": COUNT.format(text="全市共建设科技创新平台1793家", value=1793)
            + dedent("""\
            checks:
              - sum: [./platforms-national, ./platforms-provincial, ./platforms-municipal]
            """),
            "weifang-2022/champions-total": COUNT.format(text="总数达到123家", value=123),
            "weifang-2022/champions-new": COUNT.format(text="新增省级制造业单项冠军41家", value=41),
            "weifang-2021/champions-total": COUNT.format(text="(上年)82家", value=82)
            + dedent("""\
            checks:
              - difference: [../weifang-2022/champions-total, ../weifang-2022/champions-new]
            """),
            "weifang-2022/clusters-total": COUNT.format(text="总数达到6家", value=6),
            "weifang-2022/clusters-new": COUNT.format(text="新入选省级特色产业集群3家", value=3),
            "weifang-2021/clusters-total": COUNT.format(text="(上年)3家", value=3)
            + dedent("""\
            checks:
              - formula: "{../weifang-2022/clusters-total} - {../weifang-2022/clusters-new}"
            """),
            "weifang-2022/agri-rate": 'claim: 农业科技进步贡献率达到69%\nvalue: "69%"\ncitation: {}\n',
            "weifang-2022/agri-above-national": """\
            claim: 高于全国7.5个百分点
            value: 7.5
            unit: 个百分点
            citation: {}
            checks:
              - difference: [./agri-rate, "61.5%"]
              - difference: [./agri-rate, "62.4%"]
            """,
            "weifang-2022/agri-above-national-as-percent": """\
            claim: 高于全国7.5%
            value: "7.5%"
            citation: {}
            checks:
              - difference: [./agri-rate, "61.5%"]
            """,
        },
    )
    return tmp_path


def test_seed_relations(seed: Path) -> None:
    findings = run(seed)
    (total,) = findings["weifang-2022/platforms-total"]
    assert (total.verdict, total.message) == (Verdict.PASS, "38 + 320 + 1435 = 1793, stated 1793")
    (champions,) = findings["weifang-2021/champions-total"]
    assert (champions.verdict, champions.message) == (Verdict.PASS, "123 − 41 = 82, stated 82")
    (clusters,) = findings["weifang-2021/clusters-total"]
    assert (clusters.verdict, clusters.message) == (Verdict.PASS, "6 − 3 = 3, stated 3")

    national, wrong_national = findings["weifang-2022/agri-above-national"]
    assert national.verdict is Verdict.PASS
    assert wrong_national.verdict is Verdict.FAIL
    assert "69% − 62.4% = [6.05, 7.15]" in wrong_national.message
    assert any(line.startswith("miss: 0.3") for line in wrong_national.explanation)

    (as_percent,) = findings["weifang-2022/agri-above-national-as-percent"]
    assert as_percent.verdict is Verdict.FAIL
    assert as_percent.message.endswith("stated 7.5%: stated in %, computed in percentage points")


def test_seed_failure_is_reported_where_it_is_written(seed: Path) -> None:
    write(
        seed,
        {
            "weifang-2022/platforms-total": COUNT.format(text="1794家", value=1794)
            + dedent("""\
        checks:
          - sum: [./platforms-national, ./platforms-provincial, ./platforms-municipal]
        """)
        },
    )
    (finding,) = run(seed)["weifang-2022/platforms-total"]
    assert finding.verdict is Verdict.FAIL
    assert finding.message == "38 + 320 + 1435 = 1793, stated 1794"
    assert finding.position.line == 6
    assert finding.expected is not None and finding.expected.to_json() == [1793, 1793]
    assert finding.stated is not None and finding.stated.to_json() == [1794, 1794]
