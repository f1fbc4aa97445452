"""A claim's series or dimension code never steers a request to another path of the server."""

from __future__ import annotations

import pytest

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources

CASES = [
    ("worldbank", "../../admin/secret", {"country": "CHN"}),
    ("worldbank", "NY.GDP.MKTP.CD", {"country": "../../admin"}),
    ("worldbank", "a/b", {"country": "CHN"}),
    ("jsonstat", "../../admin/secret", {}),
    ("sdmx", "EXR/../../admin", {}),
    ("sdmx", "a/b/c/d", {}),
    ("dbnomics", "NBS/../admin", {}),
    ("dbnomics", "NBS/M_A01/A01/../..", {}),
]


@pytest.mark.parametrize(("kind", "series", "where"), CASES)
def test_a_path_changing_code_is_refused_at_its_line_and_nothing_is_sent(
    httpserver, base_url, tmp_path, kind, series, where
) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/admin/secret").respond_with_data("secret", status=200)
    config = write_sources(tmp_path, f"sources:\n  s: {{type: {kind}, url: '{base_url}'}}\n")
    bad = ref("s", series, "2022", where=where, line=7)
    out = resolve([bad], config, options(tmp_path))
    assert out[bad.key()].verdict is Verdict.INVALID, out[bad.key()].problem
    assert "path" in out[bad.key()].problem
    assert not httpserver.log


def test_other_codes_are_encoded_and_the_good_references_still_fetched(httpserver, base_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/une?x=1#y").respond_with_data(
        fixture_bytes("jsonstat_sparse.json"), content_type="application/json"
    )
    httpserver.expect_request("/une").respond_with_data(
        fixture_bytes("jsonstat_sparse.json"), content_type="application/json"
    )
    config = write_sources(tmp_path, f"sources:\n  s: {{type: jsonstat, url: '{base_url}'}}\n")
    odd, bad, good = (
        ref("s", "une?x=1#y", "2023-10", where={"geo": "DE"}),
        ref("s", "..", "2023-10", where={"geo": "DE"}),
        ref("s", "une", "2023-10", where={"geo": "DE"}),
    )
    out = resolve([odd, bad, good], config, options(tmp_path))
    assert out[good.key()].quantity is not None and out[bad.key()].verdict is Verdict.INVALID
    assert sorted(entry[0].path for entry in httpserver.log) == ["/une", "/une?x=1#y"]  # one segment, decoded
    assert all(not entry[0].args for entry in httpserver.log)  # `?` and `#` were not a query
