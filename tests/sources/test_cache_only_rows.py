"""Only an answer that turned into rows is cached: a broken one is asked again, never served."""

from __future__ import annotations

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources

# Valid JSON-stat on its face (id, size, dimension, value), but its size does not fit its dimensions.
BROKEN = (
    b'{"version":"2.0","class":"dataset","id":["geo","time"],"size":[5,9],'
    b'"dimension":{"geo":{"category":{"index":{"DE":0}}},"time":{"category":{"index":{"2023":0}}}},'
    b'"value":{"x":1}}'
)


def test_an_answer_that_gives_no_rows_is_not_cached(httpserver, base_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = write_sources(tmp_path, f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data'}}\n")
    r = ref("stat", "une", "2023-10", where={"geo": "DE"})
    httpserver.expect_ordered_request("/data/une").respond_with_data(BROKEN, content_type="application/json")
    httpserver.expect_ordered_request("/data/une").respond_with_data(
        fixture_bytes("jsonstat_sparse.json"), content_type="application/json"
    )
    first = resolve([r], config, options(tmp_path))[r.key()]
    assert first.verdict is Verdict.ERROR
    offline = resolve([r], config, options(tmp_path, offline=True))[r.key()]
    assert offline.verdict is Verdict.ERROR and "offline" in offline.problem  # nothing was kept
    again = resolve([r], config, options(tmp_path))[r.key()]
    assert again.quantity is not None and len(httpserver.log) == 2  # asked again, then cached
    assert resolve([r], config, options(tmp_path, offline=True))[r.key()].quantity is not None
