"""Small pure pieces: cache keys, period spellings, row and pin round trips, atomic cache writes."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from factcheck.sources.base import Dim, Request, Response, Row
from factcheck.sources.cache import Cache
from factcheck.sources.pin import PinEntry
from factcheck.sources.select import period_key

TEXT = st.text(min_size=1, max_size=12)


def test_cache_key_ignores_parameter_order_but_not_values() -> None:
    a = Request("https://x/api", (("a", "1"), ("b", "2")))
    assert a.key() == Request("https://x/api", (("b", "2"), ("a", "1"))).key()
    assert a.key() != Request("https://x/api", (("a", "1"), ("b", "3"))).key()
    assert a.key() != Request("https://x/api2", (("a", "1"), ("b", "2"))).key()
    assert len(a.key()) == 64


def test_period_spellings() -> None:
    assert period_key("2019M06") == period_key("2019-06") == period_key("2019-M6") == "2019-06"
    assert period_key("2019Q1") == period_key("2019-Q1") == "2019-Q1"
    assert period_key("2019S2") == period_key("2019-H2") == "2019-H2"
    assert period_key("2013-01-18T00:00:00.000Z") == "2013-01-18"
    assert period_key("2022-01/2022-11") == "2022-01/2022-11"
    assert period_key("2016 - 4") != period_key("2016-Q4")  # never guessed


@given(
    series=TEXT,
    period=st.none() | TEXT,
    value=st.none() | TEXT,
    codes=st.lists(TEXT, max_size=3),
    unit=st.none() | TEXT,
    exact=st.booleans(),
)
def test_row_and_pin_entry_round_trip(series, period, value, codes, unit, exact) -> None:  # type: ignore[no-untyped-def]
    row = Row(series, period, value, (Dim("geo", "Geo", tuple(codes), "name"),), unit=unit, exact=exact)
    assert Row.from_json(row.to_json()) == row
    entry = PinEntry(
        {"source": "s", "series": series, "where": {}, "period": period},
        row=row,
        url="https://x",
        retrieved="2026-01-01T00:00:00Z",
        sha256="0" * 64,
    )
    again = PinEntry.from_json(entry.to_json())
    assert (again.row, again.ref, again.sha256) == (row, entry.ref, entry.sha256)


def test_concurrent_writes_leave_a_whole_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    cache = Cache(tmp_path, ttl=60)
    request = Request("https://x/data")
    bodies = [bytes([n]) * 200_000 for n in range(8)]
    threads = [
        threading.Thread(
            target=cache.put,
            args=(Response(request, body, "2026-01-01T00:00:00Z", hashlib.sha256(body).hexdigest(), "network"),),
        )
        for body in bodies
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cached = cache.get(request)
    assert cached is not None and cached.body in bodies  # one writer won, whole
    assert list(tmp_path.rglob(".tmp-*")) == []
