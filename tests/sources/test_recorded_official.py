"""NBS and Data Commons against their REAL recorded answers (../shared/fixtures/sources) on loopback.

Runs only where that folder exists. The verdicts are the ones the recorded values imply:
A020101 2024-12 = 6.2 %, 2024-01 no data; M2 2022-01 = 2431022.72 亿元; Beijing A010101 2023
no data; California Count_Person 2025 = 39355309 (preferred facet), 2020 census 39538223.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.model import Verdict

from .conftest import options, ref, resolve, write_sources
from .replay import SHARED, nbs_cassettes, nbs_handler

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="no recorded responses in ../shared/fixtures/sources")


def _nbs(httpserver, base_url, tmp_path, **handler):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_handler(nbs_handler(nbs_cassettes(), **handler))
    return write_sources(tmp_path, f"sources:\n  nbs: {{type: nbs, url: '{base_url}/easyquery.htm'}}\n")


def test_industry_growth_by_month(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _nbs(httpserver, base_url, tmp_path)
    december = ref("nbs", "A020101", "2024-12", where={"db": "hgyd"})
    april = ref("nbs", "A020101", "2024-04", where={"db": "hgyd"})
    january = ref("nbs", "A020101", "2024-01")  # db from the period: hgyd
    out = resolve([december, april, january], config, options(tmp_path))
    assert len(httpserver.log) == 1  # one request covers the three months
    assert out[december.key()].quantity.interval.lo == Fraction("6.2")
    assert out[december.key()].quantity.unit.symbol == "%"
    assert out[april.key()].quantity.interval.lo == Fraction("6.7")
    assert out[january.key()].verdict is Verdict.UNVERIFIABLE  # hasdata: false, data 0.0: not 0
    assert out[january.key()].quantity is None
