"""Each source has a total time budget: a trickling server or a far Retry-After cannot hold the run."""

from __future__ import annotations

import time

import pytest
from werkzeug.wrappers import Response

from factcheck.errors import ConfigError
from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources

SPARSE = fixture_bytes("jsonstat_sparse.json")


def _config(tmp_path, base_url, extra=""):  # type: ignore[no-untyped-def]
    return write_sources(tmp_path, f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data'{extra}}}\n")


def test_a_retry_after_beyond_the_budget_gives_up_at_once(httpserver, base_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data("later", status=429, headers={"Retry-After": "100000"})
    r = ref("stat", "une", "2023-10", where={"geo": "DE"})
    result = resolve([r], _config(tmp_path, base_url), options(tmp_path, retries=3))[r.key()]
    assert result.verdict is Verdict.ERROR and "time budget" in result.problem and "100000 s" in result.problem
    assert len(httpserver.log) == 1  # no waiting, no second attempt


@pytest.fixture
def threaded_server():  # type: ignore[no-untyped-def]
    """A server that answers the quick document while it trickles the slow one."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def test_a_trickling_server_costs_at_most_the_sources_budget(threaded_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    httpserver, base_url = threaded_server, threaded_server.url_for("").rstrip("/")

    def trickle(request):  # type: ignore[no-untyped-def]
        def body():  # type: ignore[no-untyped-def]
            for byte in SPARSE:
                time.sleep(0.1)
                yield bytes([byte])

        return Response(body(), content_type="application/json")

    httpserver.expect_request("/data/une").respond_with_handler(trickle)
    httpserver.expect_request("/data/other").respond_with_data(SPARSE, content_type="application/json")
    config = _config(tmp_path, base_url, ", time_budget: 3")  # the trickle needs far longer; the quick one far less
    slow, other = (
        ref("stat", "une", "2023-10", where={"geo": "DE"}),
        ref("stat", "other", "2023-10", where={"geo": "DE"}),
    )
    out = resolve([slow, other], config, options(tmp_path, timeout=5.0, retries=3))
    assert out[slow.key()].verdict is Verdict.ERROR and "time budget of 3 s" in out[slow.key()].problem
    assert out[other.key()].quantity is not None  # the same source's quick document still read


@pytest.mark.parametrize("bad", ["0", "-1", "true", "'soon'", "100000"])
def test_a_bad_time_budget_is_a_config_error_at_its_line(tmp_path, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match=r"sources.yaml:2:\d+: `time_budget`"):
        _config(tmp_path, "http://127.0.0.1:9", f", time_budget: {bad}")
