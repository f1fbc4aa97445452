"""The HTML chart shows the source's series: `evidence.series_values` from a multi-period CSV.

A CSV file holds every year of a series; the compared row is one of them, and the others (same
series, same `where`) come along in the claim's unit so that the report can draw the claim
against the source's history. They never change the verdict.
"""

from __future__ import annotations

import re

from tests.cli_support import invoke, run_json
from tests.sources.conftest import ref

from factcheck.sources.base import Dim, Row
from factcheck.sources.select import SERIES_LIMIT, RowIndex, select, series_rows

CSV = """指标,年份,地区,数值
装机容量,2019,潍坊市,600
装机容量,2020,潍坊市,650.5
装机容量,2021,潍坊市,n/a
装机容量,2022,潍坊市,725
装机容量,2023,潍坊市,780
装机容量,2022,青岛市,999
风电,2022,潍坊市,425
"""

FILES = {
    "sources.yaml": """
        sources:
          bulletin:
            type: csv
            path: data/power.csv
            columns: {series: 指标, period: 年份, value: 数值}
            unit: 千瓦
            scale: 1e4
        """,
    "claims/cap.yaml": """
        claim: 新能源装机容量已达725万千瓦
        value: "725"
        unit: 万千瓦
        period: "2022"
        citation: {}
        compare: {source: bulletin, series: 装机容量, where: {地区: 潍坊市}}
        """,
}


def _write(claims_repo):  # type: ignore[no-untyped-def]
    root = claims_repo(FILES)
    (root / "data").mkdir()
    (root / "data" / "power.csv").write_text(CSV, encoding="utf-8")
    return root


def test_series_values_cover_the_readable_periods_in_the_claims_unit(claims_repo):  # type: ignore[no-untyped-def]
    _write(claims_repo)
    _, doc = run_json()
    (claim,) = doc["claims"]
    (finding,) = [found for found in claim["findings"] if found["check"] == "compare"]
    assert finding["verdict"] == "confirmed", finding
    series = finding["evidence"]["series_values"]
    # 2021 ("n/a") is skipped; 青岛市 and 风电 are other rows, not this series.
    assert [period for period, _ in series] == ["2019", "2020", "2022", "2023"]
    by_period = dict(series)
    # The same unit as `expected`: the selected year's point is the midpoint of `expected`.
    low, high = finding["expected"]
    assert by_period["2022"] == (low + high) / 2
    assert by_period["2019"] / by_period["2022"] == 600 / 725
    assert by_period["2020"] / by_period["2022"] == 650.5 / 725


def test_html_chart_draws_one_point_per_period(claims_repo):  # type: ignore[no-untyped-def]
    _write(claims_repo)
    _, out, err = invoke("run", "--format", "html")
    assert out.strip(), err
    (svg,) = re.findall(r"<svg class=\"chart\".*?</svg>", out, re.DOTALL)
    assert svg.count("<circle") == 4
    assert "<polyline" in svg
    assert "2019" in svg and "2023" in svg


def test_a_single_period_source_keeps_the_single_point(claims_repo):  # type: ignore[no-untyped-def]
    _write(claims_repo)
    claims_repo(
        {
            "claims/cap.yaml": FILES["claims/cap.yaml"]
            .replace("装机容量, where: {地区: 潍坊市}", "风电, where: {地区: 潍坊市}")
            .replace("725", "425")
        }
    )
    _, doc = run_json()
    (finding,) = [found for found in doc["claims"][0]["findings"] if found["check"] == "compare"]
    assert finding["verdict"] == "confirmed"
    assert "series_values" not in finding["evidence"]


def _row(period: str, value: str | None, region: str = "A", freq: str = "A") -> Row:
    dims = (
        Dim("region", "region", (region,), region),
        Dim("freq", "freq", (freq,), freq),
        Dim("time", "time", (period,), period),
    )
    return Row("GDP", period, value, dims, time_dim="time")


def test_series_rows_leave_out_ambiguous_periods_other_frequencies_and_missing_values():
    rows = [
        _row("2019", "1"),
        _row("2020", "2"),
        _row("2020", "9", freq="B"),
        _row("2021", None),
        _row("2022", "4"),
        _row("2022-06", "5"),
        _row("2022", "7", region="B"),
    ]
    index = RowIndex(rows)
    # `where` on the time dimension pins the period, not the series: it is dropped.
    wanted = ref("s", "GDP", where={"region": "A", "time": "2022", "freq": "A"})
    picked = select(wanted, index).row
    assert picked is not None and picked.value == "4"
    assert [(r.period, r.value) for r in series_rows(wanted, index, picked)] == [
        ("2019", "1"),
        ("2020", "2"),
        ("2022", "4"),
    ]
    loose = ref("s", "GDP", "2019", where={"region": "A"})  # 2020 has two rows (freq A and B): left out
    first = select(loose, index).row
    assert first is not None
    assert [r.period for r in series_rows(loose, index, first)] == ["2019", "2022"]


def test_series_rows_keep_at_most_the_limit_around_the_picked_period():
    rows = [_row(str(year), str(year)) for year in range(1900, 2000)]
    index = RowIndex(rows)
    wanted = ref("s", "GDP", "1950", where={"region": "A"})
    picked = select(wanted, index).row
    assert picked is not None
    kept = [r.period for r in series_rows(wanted, index, picked)]
    assert len(kept) == SERIES_LIMIT and "1950" in kept and kept == sorted(kept)
