"""Wide tables, single series and .xlsx sheets give the verdicts of the same data in long form."""

from __future__ import annotations

import datetime
import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.errors import ConfigError
from factcheck.model import Verdict

from .conftest import options, ref, resolve, write_sources

LONG = """\
series,period,地区,value
GDP,2021,潍坊市,7010.6
GDP,2022,潍坊市,7306.45
GDP,2021,青岛市,14136.46
GDP,2022,青岛市,14920.75
GDP,2022,烟台市,
"""
WIDE = """\
series,地区,2021年,2022年
GDP,潍坊市,7010.6,7306.45
GDP,青岛市,14136.46,14920.75
GDP,烟台市,,
"""
MONTHLY_LONG = "series,period,value\nCPI,2022-01,100.9\nCPI,2022-02,100.9\nCPI,2022-03,101.5\n"
MONTHLY_FRED = "DATE,CPI\n2022-01-01,100.9\n2022-02-01,100.9\n2022-03-01,101.5\n"
MONTHLY_PLAIN = "DATE,VALUE\n2022-01-01,100.9\n2022-02-01,100.9\n2022-03-01,101.5\n"


def _sources(tmp_path: Path, files: dict[str, str], extra: dict[str, str]):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir(exist_ok=True)
    lines = ["sources:"]
    for name, text in files.items():
        (tmp_path / "data" / f"{name}.csv").write_text(text, encoding="utf-8")
        lines.append(f"  {name}: {{type: csv, path: data/{name}.csv, scale: 1e8{extra.get(name, '')}}}")
    return write_sources(tmp_path, "\n".join(lines) + "\n")


def _outcome(result):  # type: ignore[no-untyped-def]
    """What a comparison sees: verdict, interval, and the kind of problem."""
    interval = result.quantity.interval if result.quantity else None
    problem = (result.problem or "").split(":")[0].split(" ")[0:3]
    return result.verdict, interval and (interval.lo, interval.hi), problem


def _asks(source: str):  # type: ignore[no-untyped-def]
    return [
        ref(source, "GDP", "2022", where={"地区": "潍坊市"}),
        ref(source, "GDP", "2021", where={"地区": "青岛市"}),
        ref(source, "GDP", "2020", where={"地区": "潍坊市"}),  # no such period: unverifiable
        ref(source, "GDP", "2022", where={"地区": "烟台市"}),  # a blank cell: unverifiable
        ref(source, "GDP", "2022"),  # two cities: error
        ref(source, "GDP", "2022", where={"region": "潍坊市"}),  # no such dimension: error
        ref(source, "GDP", "2022", across="地区", self_member="潍坊市"),
    ]


def test_wide_gives_what_long_gives(tmp_path):  # type: ignore[no-untyped-def]
    config = _sources(tmp_path, {"long": LONG, "wide": WIDE}, {"wide": ", layout: wide"})
    long_refs, wide_refs = _asks("long"), _asks("wide")
    out = resolve(long_refs + wide_refs, config, options(tmp_path))
    for long_ref, wide_ref in zip(long_refs, wide_refs, strict=True):
        assert _outcome(out[long_ref.key()]) == _outcome(out[wide_ref.key()]), long_ref
    assert all(out[r.key()].quantity is not None for r in wide_refs[:2])
    verdicts = [out[r.key()].verdict for r in wide_refs[2:6]]
    assert verdicts == [Verdict.UNVERIFIABLE] * 2 + [Verdict.ERROR] * 2
    assert set(out[wide_refs[-1].key()].members) == {"潍坊市", "青岛市"}


def test_single_series_dates_map_to_the_claims_period(tmp_path):  # type: ignore[no-untyped-def]
    config = _sources(
        tmp_path,
        {"long": MONTHLY_LONG, "fred": MONTHLY_FRED, "plain": MONTHLY_PLAIN},
        {"plain": ", series: CPI"},
    )
    asks = {
        name: [ref(name, "CPI", period) for period in ("2022-03", "2022M02", "2022-04")]
        for name in ("long", "fred", "plain")
    }
    out = resolve([r for refs in asks.values() for r in refs], config, options(tmp_path))
    for fred, plain, long in zip(asks["fred"], asks["plain"], asks["long"], strict=True):
        assert _outcome(out[fred.key()]) == _outcome(out[long.key()]) == _outcome(out[plain.key()]), fred.period
    march = out[asks["fred"][0].key()]
    assert march.quantity.interval.lo < 101.5e8 < march.quantity.interval.hi and march.evidence["note"] == "line 4"
    year = ref("fred", "CPI", "2022")
    problem = resolve([year], config, options(tmp_path))[year.key()].problem
    assert "3 observations match" in problem  # three dates inside 2022: an error, never a guess


def test_quarters_and_years_dated_by_a_day(tmp_path):  # type: ignore[no-untyped-def]
    quarterly = "observation_date,GDPC1\n2022-01-01,21738.9\n2022-04-01,21708.2\n2022-07-01,21851.1\n"
    yearly = "date,value\n2021-12-31,114.9\n2022-12-31,121.0\n"
    config = _sources(tmp_path, {"q": quarterly, "y": yearly}, {"y": ", series: GDP"})
    q2, march, year = ref("q", "GDPC1", "2022-Q2"), ref("q", "GDPC1", "2022-03"), ref("y", "GDP", "2022")
    out = resolve([q2, march, year], config, options(tmp_path))
    assert out[q2.key()].evidence["value"] == "21708.2" and out[q2.key()].evidence["period"] == "2022-04-01"
    assert out[march.key()].verdict is Verdict.UNVERIFIABLE  # no date in March
    assert out[year.key()].evidence["value"] == "121.0"


def test_layout_problems(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="layout` must be one of long, wide, series"):
        _sources(tmp_path, {"a": LONG}, {"a": ", layout: tall"})
    config = _sources(
        tmp_path,
        {"nowide": LONG, "noseries": "地区,2021,2022\n潍坊市,1,2\n", "ragged": "DATE,VALUE\n2022-01-01,1,2\n"},
        {"nowide": ", layout: wide", "noseries": ", layout: wide"},
    )
    refs = [ref("nowide", "GDP", "2022"), ref("noseries", "GDP", "2022"), ref("ragged", "VALUE", "2022-01")]
    out = resolve(refs, config, options(tmp_path))
    problems = [out[r.key()].problem for r in refs]
    assert all(out[r.key()].verdict is Verdict.ERROR for r in refs)
    assert "needs period columns" in problems[0] and "needs a series column" in problems[1]
    assert "line 2 has 3 cells" in problems[2]


openpyxl = pytest.importorskip("openpyxl")


def _workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["数据来源：统计公报"])
    data = book.create_sheet("数据")
    data.append(["series", "地区", 2021, 2022])
    data.append(["GDP", "潍坊市", 7010.6, 7306.45])
    data.append(["GDP", "青岛市", 14136.46, 14920.75])
    data.append(["GDP", "烟台市", None, None])
    monthly = book.create_sheet("CPI")
    monthly.append(["DATE", "CPI"])
    for month, value in ((1, 100.9), (2, 100.9), (3, 101.5)):
        monthly.append([datetime.datetime(2022, month, 1), value])
    book.save(path)


def test_xlsx_sheets_give_what_csv_gives(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir()
    _workbook(tmp_path / "data" / "tables.xlsx")
    (tmp_path / "data" / "long.csv").write_text(LONG, encoding="utf-8")
    (tmp_path / "data" / "monthly.csv").write_text(MONTHLY_LONG, encoding="utf-8")
    config = write_sources(
        tmp_path,
        textwrap.dedent("""
        sources:
          long: {type: csv, path: data/long.csv, scale: 1e8}
          book: {type: csv, path: data/tables.xlsx, sheet: 数据, layout: wide, scale: 1e8}
          monthly: {type: csv, path: data/monthly.csv}
          cpi: {type: csv, path: data/tables.xlsx, sheet: CPI}
          nosheet: {type: csv, path: data/tables.xlsx, sheet: 表1}
          first: {type: csv, path: data/tables.xlsx}
          notbook: {type: csv, path: data/long.csv, sheet: 数据}
        """),
    )
    long_refs, book_refs = _asks("long"), _asks("book")
    cpi = [ref("monthly", "CPI", "2022-03"), ref("cpi", "CPI", "2022-03")]
    broken = [ref("nosheet", "GDP", "2022"), ref("first", "GDP", "2022"), ref("notbook", "GDP", "2022")]
    out = resolve(long_refs + book_refs + cpi + broken, config, options(tmp_path))
    for long_ref, book_ref in zip(long_refs, book_refs, strict=True):
        assert _outcome(out[long_ref.key()]) == _outcome(out[book_ref.key()]), long_ref
    assert out[book_refs[0].key()].evidence["note"] == "sheet 数据 row 2"
    assert _outcome(out[cpi[0].key()]) == _outcome(out[cpi[1].key()])
    problems = [out[r.key()].problem for r in broken]
    assert "no sheet '表1' (sheets: 说明, 数据, CPI)" in problems[0]
    assert "no series column" in problems[1]  # the first sheet holds notes, not the table
    assert "not one" in problems[2]
    assert all(out[r.key()].verdict is Verdict.ERROR for r in broken)


def test_a_broken_workbook_is_an_error(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir()
    _workbook(tmp_path / "data" / "whole.xlsx")
    whole = (tmp_path / "data" / "whole.xlsx").read_bytes()
    damaged = bytearray(whole)
    damaged[len(whole) // 3 : len(whole) // 3 + 64] = b"\xff" * 64
    broken = {"zeros": b"PK\x03\x04" + b"\x00" * 200, "cut": whole[: len(whole) // 2], "damaged": bytes(damaged)}
    lines = ["sources:"]
    for name, body in broken.items():
        (tmp_path / "data" / f"{name}.xlsx").write_bytes(body)
        lines.append(f"  {name}: {{type: csv, path: data/{name}.xlsx, sheet: 数据, layout: wide}}")
    config = write_sources(tmp_path, "\n".join(lines) + "\n")
    refs = [ref(name, "GDP", "2022", where={"地区": "潍坊市"}) for name in broken]
    out = resolve(refs, config, options(tmp_path))
    for r in refs:
        assert out[r.key()].verdict is Verdict.ERROR and "workbook" in out[r.key()].problem, r.source


def test_claims_against_four_shapes_of_one_table(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    single = "date,潍坊市地区生产总值\n2021-01-01,7010.6\n2022-01-01,7306.45\n"  # one series, dated by a day
    _sources(
        tmp_path, {"long": LONG, "wide": WIDE, "single": single}, {"wide": ", layout: wide", "single": ", series: GDP"}
    )
    _workbook(tmp_path / "data" / "tables.xlsx")
    with (tmp_path / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  book: {type: csv, path: data/tables.xlsx, sheet: 数据, layout: wide, scale: 1e8}\n")
    stated = {"right": "7306.45亿", "wrong": "7400亿", "none": "7000亿"}
    for source in ("long", "wide", "book", "single"):
        where = "" if source == "single" else "where: {地区: 潍坊市}, "
        for name, value in stated.items():
            period = "2020" if name == "none" else "2022"
            path = tmp_path / "claims" / source / f"{name}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                f'claim: 潍坊市地区生产总值{value}元\nvalue: "{value}"\nunit: 元\nperiod: "{period}"\ncitation: {{}}\n'
                f"compare: {{source: {source}, series: GDP, {where}unit: 元}}\n",
                encoding="utf-8",
            )
    from factcheck.cli.app import app

    result = CliRunner().invoke(app, ["run", "claims", "--format", "json", "--no-baseline"])
    verdicts = {
        c["id"]: [f["verdict"] for f in c["findings"] if f["check"] == "compare"]
        for c in json.loads(result.stdout)["claims"]
    }
    for source in ("long", "wide", "book", "single"):
        assert verdicts[f"{source}/right"] == ["confirmed"]
        assert verdicts[f"{source}/wrong"] == ["contradicted"]
        assert verdicts[f"{source}/none"] == ["unverifiable"]


def test_a_sheet_too_large_is_refused(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from factcheck.sources import tables

    monkeypatch.setattr(tables, "MAX_CELLS", 10)
    (tmp_path / "data").mkdir()
    _workbook(tmp_path / "data" / "tables.xlsx")
    config = write_sources(
        tmp_path, "sources:\n  book: {type: csv, path: data/tables.xlsx, sheet: 数据, layout: wide}\n"
    )
    r = ref("book", "GDP", "2022", where={"地区": "潍坊市"})
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "more than 10 cells" in result.problem
