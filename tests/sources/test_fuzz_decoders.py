"""Fuzzing each adapter's decoder through the resolver: no exception escapes, no input hangs, and
an answer whose value cannot be read gives `error`.

Each input is served from the response cache (CSV: the data file) and resolved offline, so it
takes the real path: cache → decode → rows → select → exact value, without a server per input.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounded import bounded
from factcheck.model import SourceRef, Verdict
from factcheck.sources.base import Response
from factcheck.sources.cache import Cache, now_iso
from factcheck.sources.registry import ADAPTERS

from .conftest import fixture_bytes, options, ref, resolve, write_sources


@dataclass(frozen=True)
class Case:
    kind: str
    body: bytes  # an answer that reads
    value: bytes  # the text of the selected value in it
    ref: SourceRef


CASES = {
    "worldbank": Case(
        "worldbank",
        fixture_bytes("worldbank_gdp_p1.json").replace(b'"pages":2', b'"pages":1'),
        b"17881782683707.3",
        ref("s", "NY.GDP.MKTP.CD", "2022", where={"country": "CHN"}),
    ),
    "dbnomics": Case(
        "dbnomics", fixture_bytes("dbnomics_one_series.json"), b"101.8", ref("s", "NBS/M_A01/A01010101", "2022-12")
    ),
    "sdmx": Case(
        "sdmx",
        fixture_bytes("sdmx10_flat.json"),
        b"3.5",
        ref("s", "ILO,DF_UNE/Q", "2022-Q2", where={"REF_AREA": "USA"}),
    ),
    "jsonstat": Case(
        "jsonstat", fixture_bytes("jsonstat_sparse.json"), b"3.0", ref("s", "une", "2023-10", where={"geo": "DE"})
    ),
    "nbs": Case("nbs", fixture_bytes("nbs_hgjd_gdp.json"), b"296299.1", ref("s", "A010101", "2024-Q1")),
    "datacommons": Case(
        "datacommons",
        fixture_bytes("datacommons_two_countries.json"),
        b"1412175000",
        ref("s", "Count_Person", "2022", where={"entity": "country/CHN"}),
    ),
    "csv": Case(
        "csv",
        fixture_bytes("bulletin_utf8_bom.csv"),
        b"7306.45",
        ref("s", "地区生产总值", "2022", where={"region": "潍坊市"}),
    ),
}
assert set(CASES) == set(ADAPTERS), "every adapter is fuzzed"

HOSTILE_NUMBERS = [b"3e999999999", b"-1e-999999999", b"NaN", b"Infinity", b"-Infinity", b"true", b"9" * 400]
HOSTILE_JSON = [
    b'"abc"',
    b"{}",
    b"[]",
    b'"\x1b[2J"',
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
]
FRAGMENTS = [*HOSTILE_NUMBERS, *HOSTILE_JSON, b"", b"null", b",", b"}", b"]", b'"', b"\xff", b"\n", b"<html>", b"0"]
# More examples for a deeper run: FACTCHECK_FUZZ_EXAMPLES=500 python -m pytest tests -k fuzz
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "20"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
ALLOWED = {Verdict.ERROR, Verdict.UNVERIFIABLE}


def _resolve(case: Case, body: bytes):  # type: ignore[no-untyped-def]
    """The reference's Resolved with `body` as the source's answer, offline, within the bound."""
    with tempfile.TemporaryDirectory() as name, bounded():
        folder = Path(name)
        if case.kind == "csv":
            (folder / "t.csv").write_bytes(body)
            config = write_sources(folder, "sources:\n  s: {type: csv, path: t.csv}\n")
        else:
            config = write_sources(folder, f"sources:\n  s: {{type: {case.kind}, url: 'http://127.0.0.1:9/api'}}\n")
            request = ADAPTERS[case.kind].requests([case.ref], config.sources["s"])[0].requests[0]
            Cache(folder / "cache", 3600).put(Response(request, body, now_iso(), _sha(body), "network"))
        return resolve([case.ref], config, options(folder, offline=True))[case.ref.key()]


def _sha(body: bytes) -> str:
    import hashlib  # only to fill the cache entry

    return hashlib.sha256(body).hexdigest()


@pytest.mark.parametrize("kind", sorted(CASES))
def test_the_fixture_reads(kind: str) -> None:
    """The base of every mutation reads, so the properties below test the mutations."""
    assert _resolve(CASES[kind], CASES[kind].body).quantity is not None


@pytest.mark.parametrize("kind", sorted(CASES))
@SETTINGS
@given(bad=st.sampled_from([*HOSTILE_NUMBERS, b"abc", b"--5"]))
def test_an_unreadable_value_is_an_error(kind: str, bad: bytes) -> None:
    case = CASES[kind]
    body = case.body.replace(case.value, bad, 1)
    result = _resolve(case, body)
    assert result.verdict is Verdict.ERROR and result.quantity is None, (bad, result.problem)


@pytest.mark.parametrize("kind", sorted(CASES))
@SETTINGS
@given(data=st.data())
def test_a_mutated_answer_never_escapes_or_hangs(kind: str, data: st.DataObject) -> None:
    case = CASES[kind]
    body = bytearray(case.body)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(body)))
        cut = data.draw(st.integers(0, 12))
        body[at : at + cut] = data.draw(st.sampled_from(FRAGMENTS))
    result = _resolve(case, bytes(body))
    assert result.quantity is not None or result.verdict in ALLOWED, result


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@pytest.mark.parametrize("kind", sorted(set(CASES) - {"csv"}))
@SETTINGS
@given(value=JSON)
def test_any_json_is_read_or_an_error(kind: str, value: object) -> None:
    result = _resolve(CASES[kind], json.dumps(value).encode())
    assert result.quantity is not None or result.verdict in ALLOWED, result


@pytest.mark.parametrize("kind", sorted(CASES))
@SETTINGS
@given(raw=st.binary(max_size=300))
def test_bytes_that_are_no_answer_are_an_error(kind: str, raw: bytes) -> None:
    result = _resolve(CASES[kind], raw)
    assert result.quantity is None and result.verdict in ALLOWED, result
    if kind != "csv" and not _is_json(raw):
        assert result.verdict is Verdict.ERROR  # unreadable, not "no value"


def _is_json(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return False
    return True
