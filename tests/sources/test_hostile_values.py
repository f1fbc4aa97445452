"""Every number from outside passes one bounded converter: no hang, no crash, `error` when unreadable."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck.checks.formula_syntax import FormulaSyntaxError, parse_formula
from factcheck.errors import ClaimError, ValueParseError
from factcheck.grammar.exact import exact_number, read_decimal
from factcheck.grammar.refs import parse_scale
from factcheck.grammar.values import parse_quantity
from factcheck.model import Verdict
from factcheck.sources.base import Row
from factcheck.sources.pin import PinEntry, write_pin

from .conftest import options, ref, resolve, write_sources

JSONSTAT = (
    '{"version":"2.0","class":"dataset","id":["geo","time"],"size":[2,1],'
    '"dimension":{"geo":{"category":{"index":{"DE":0,"FR":1}}},"time":{"category":{"index":{"2023":0}}}},'
    '"value":[%s,3.1]}'
)


@pytest.mark.parametrize("text", ["3e999999999", "1e-999999999", "9" * 5000, "1" + "0" * 300 + "e300"])
def test_the_converter_refuses_numbers_beyond_its_bounds(text: str) -> None:
    with pytest.raises(ValueParseError):
        exact_number(text)


@pytest.mark.parametrize("raw", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity"), True, None, "NaN"])
def test_the_converter_refuses_what_is_not_a_finite_number(raw: object) -> None:
    with pytest.raises(ValueParseError):
        exact_number(raw)


def test_the_converter_is_exact() -> None:
    assert exact_number("57.90") == Fraction(579, 10)
    assert exact_number(1.5e308) == Fraction(15) * 10**307
    assert exact_number(Decimal("3E+8")) == 300_000_000
    assert exact_number("-2e-3") == Fraction(-2, 1000)
    assert read_decimal("57.90").place == Fraction(1, 100)


@pytest.mark.parametrize("entry", ["value", "scale", "formula"])
def test_claim_side_numbers_are_bounded(entry: str) -> None:
    with pytest.raises((ClaimError, FormulaSyntaxError)):
        if entry == "value":
            parse_quantity("3e999999999")
        elif entry == "scale":
            parse_scale("1e999999999")
        else:
            parse_formula("{a} * 1" + "0" * 199 + "9")
    assert parse_scale("1/1000") == Fraction(1, 1000)


def _jsonstat(tmp_path: Path, base_url: str):  # type: ignore[no-untyped-def]
    return write_sources(tmp_path, f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data'}}\n")


@pytest.mark.parametrize("published", ["3e999999999", "NaN", "Infinity", "-Infinity", "true"])
def test_a_source_value_that_cannot_be_read_is_an_error_and_the_others_still_read(
    httpserver, base_url, tmp_path, published
) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(JSONSTAT % published, content_type="application/json")
    bad, good = ref("stat", "une", "2023", where={"geo": "DE"}), ref("stat", "une", "2023", where={"geo": "FR"})
    config = _jsonstat(tmp_path, base_url)
    out = resolve([bad, good], config, options(tmp_path))
    assert out[bad.key()].verdict is Verdict.ERROR and "unreadable" in out[bad.key()].problem
    assert out[good.key()].quantity.interval.lo == Fraction("3.1")
    # The same answer read back from the cache, offline: the same verdicts, still no hang.
    again = resolve([bad, good], config, options(tmp_path, offline=True))
    assert again[bad.key()].verdict is Verdict.ERROR and again[good.key()].quantity is not None


def test_a_pinned_huge_value_is_an_error(tmp_path: Path) -> None:
    config = write_sources(tmp_path, "sources:\n  stat: {type: jsonstat, url: 'http://127.0.0.1:9/data'}\n")
    bad = ref("stat", "une", "2023", where={"geo": "DE"})
    from factcheck.sources.pin import entry_key, ref_fields

    row = Row("une", "2023", "3e999999999")
    write_pin(tmp_path / "sources.lock.json", {entry_key(bad): PinEntry(ref_fields(bad), row=row)})
    out = resolve([bad], config, options(tmp_path, offline=True))
    assert out[bad.key()].verdict is Verdict.ERROR


def test_csv_cell_and_claim_value_do_not_hang_the_cli(tmp_path: Path) -> None:
    """The whole CLI in a child process, so that a regression shows as a failure, not a stuck suite."""
    (tmp_path / "data.csv").write_text("series,period,value\nx,2022,3e999999999\ny,2022,5\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("sources:\n  t: {type: csv, path: data.csv}\n", encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    for name, series in (("x", "x"), ("y", "y")):
        (claims / f"{name}.yaml").write_text(
            f"claim: 有5家\nvalue: 5\nunit: 家\ncitation: {{quote: 有5家}}\n"
            f"compare: {{source: t, series: {series}, period: '2022'}}\n",
            encoding="utf-8",
        )
    (claims / "z.yaml").write_text("claim: 有5家\nvalue: 3e999999999\ncitation: {quote: 有5家}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "run", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,  # a bound on the child, not a measurement: the fixed run takes about a second
    )
    verdicts = {claim["id"]: claim["verdict"] for claim in json.loads(done.stdout)["claims"]}
    assert verdicts == {"x": "error", "y": "confirmed", "z": "invalid"}, done.stderr


def test_a_pin_file_with_a_number_too_long_for_int_is_a_config_error(tmp_path: Path) -> None:
    from factcheck.errors import ConfigError
    from factcheck.sources.pin import read_pin

    path = tmp_path / "sources.lock.json"
    path.write_text('{"version": 1, "observations": {"x": {"value": 1' + "0" * 5000 + "}}}", encoding="utf-8")
    with pytest.raises(ConfigError, match="unreadable pin file"):
        read_pin(path)
