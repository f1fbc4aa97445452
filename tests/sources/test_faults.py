"""Fault injection over real loopback HTTP: every fault is an `error`, never a value."""

from __future__ import annotations

import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from werkzeug.wrappers import Response

from factcheck.model import Verdict
from factcheck.sources.fetch import Fetcher, FetchOptions

from .conftest import fixture_bytes, options, ref, resolve, write_sources

SPARSE = fixture_bytes("jsonstat_sparse.json")


def _config(tmp_path, base_url):  # type: ignore[no-untyped-def]
    return write_sources(tmp_path, f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data'}}\n")


def _one(tmp_path, base_url, **opts):  # type: ignore[no-untyped-def]
    r = ref("stat", "une", "2023-10", where={"geo": "DE"})
    return resolve([r], _config(tmp_path, base_url), options(tmp_path, **opts))[r.key()]


def test_connection_refused(tmp_path):  # type: ignore[no-untyped-def]
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = _one(tmp_path, f"http://127.0.0.1:{port}", retries=1)
    assert result.verdict is Verdict.ERROR and result.quantity is None
    assert "cannot reach the source" in result.problem and "after 2 attempts" in result.problem


def test_timeout(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    def slow(request):  # type: ignore[no-untyped-def]
        time.sleep(0.6)
        return Response(SPARSE, content_type="application/json")

    httpserver.expect_request("/data/une").respond_with_handler(slow)
    result = _one(tmp_path, base_url, timeout=0.2, retries=0)
    assert result.verdict is Verdict.ERROR and "ReadTimeout" in result.problem


def test_slow_body_hits_the_deadline(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    finished = threading.Event()

    def trickle(request):  # type: ignore[no-untyped-def]
        def body():  # type: ignore[no-untyped-def]
            try:
                for byte in SPARSE[:6]:
                    time.sleep(0.15)
                    yield bytes([byte])
            finally:
                finished.set()

        return Response(body(), content_type="application/json")

    httpserver.expect_request("/data/une").respond_with_handler(trickle)
    result = _one(tmp_path, base_url, timeout=1.0, deadline=0.4, retries=0)
    assert result.verdict is Verdict.ERROR and "timed out" in result.problem
    finished.wait(5)  # the server's side of the abandoned answer ends here, not in the next test's log


def test_500_then_success(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_ordered_request("/data/une").respond_with_data("oops", status=500)
    httpserver.expect_ordered_request("/data/une").respond_with_data(SPARSE, content_type="application/json")
    result = _one(tmp_path, base_url)
    assert result.quantity is not None and len(httpserver.log) == 2


def test_503_every_time_gives_up(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data("busy", status=503)
    result = _one(tmp_path, base_url, retries=2)
    assert result.verdict is Verdict.ERROR and "HTTP 503 after 3 attempts" in result.problem
    assert len(httpserver.log) == 3  # bounded retries


def test_429_honours_retry_after(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_ordered_request("/data/une").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/data/une").respond_with_data(SPARSE, content_type="application/json")
    start = time.monotonic()
    result = _one(tmp_path, base_url)
    assert result.quantity is not None
    assert time.monotonic() - start >= 0.95  # waited as asked, not the 0.01 s backoff


def test_retry_after_http_date_is_read() -> None:
    fetcher = Fetcher(FetchOptions(max_retry_after=2.0))
    later = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    assert 3500 < fetcher._retry_after(later) <= 3600  # compared with the time budget, then capped
    assert fetcher._retry_after("0") == 0.0
    assert fetcher._retry_after("soon") is None


def test_404_is_not_retried(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data("no such dataset", status=404)
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and "HTTP 404" in result.problem and len(httpserver.log) == 1


def test_truncated_json_is_an_error_and_not_cached(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(
        SPARSE[: len(SPARSE) // 2], content_type="application/json"
    )
    first = _one(tmp_path, base_url)
    assert first.verdict is Verdict.ERROR and "unreadable JSON" in first.problem
    _one(tmp_path, base_url)
    assert len(httpserver.log) == 2  # the broken body was never cached


def test_json_nested_too_deeply_is_an_error_not_a_crash(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(
        "[" * 100_000 + "]" * 100_000, content_type="application/json"
    )
    answer = _one(tmp_path, base_url)
    assert answer.verdict is Verdict.ERROR and "nested too deeply" in answer.problem


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/json"])
def test_html_error_page_with_status_200(httpserver, base_url, tmp_path, content_type):  # type: ignore[no-untyped-def]
    page = b"<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>"
    httpserver.expect_request("/data/une").respond_with_data(page, content_type=content_type)
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and "HTML" in result.problem and "Service Unavailable" in result.problem


@pytest.mark.parametrize("streamed", [False, True])
def test_body_over_the_cap(httpserver, base_url, tmp_path, streamed):  # type: ignore[no-untyped-def]
    big = b'{"pad": "' + b"x" * 5000 + b'"}'
    if streamed:  # no Content-Length: the cap is enforced while reading
        httpserver.expect_request("/data/une").respond_with_handler(
            lambda request: Response(iter([big[:2500], big[2500:]]), content_type="application/json")
        )
    else:
        httpserver.expect_request("/data/une").respond_with_data(big, content_type="application/json")
    result = _one(tmp_path, base_url, max_bytes=1000)
    assert result.verdict is Verdict.ERROR and "response larger than 1000 bytes" in result.problem


def test_wrong_content(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(
        b"geo,time,value\nDE,2023-10,3.0\n", content_type="text/csv"
    )
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and "unreadable JSON" in result.problem


def test_json_of_the_wrong_shape(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_json({"hello": "world"})
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and "not a JSON-stat 2.0 dataset" in result.problem


@pytest.fixture
def threaded_server():  # type: ignore[no-untyped-def]
    from pytest_httpserver import HTTPServer

    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_requests_are_deduped_batched_and_limited(threaded_server, tmp_path):  # type: ignore[no-untyped-def]
    lock = threading.Lock()
    state = {"now": 0, "max": 0, "total": 0}

    def counted(request):  # type: ignore[no-untyped-def]
        with lock:
            state["now"] += 1
            state["total"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.15)
        with lock:
            state["now"] -= 1
        return Response(SPARSE, content_type="application/json")

    threaded_server.expect_request("/data/une").respond_with_handler(counted)
    for n in range(12):
        threaded_server.expect_request(f"/data/d{n}").respond_with_handler(counted)
    config = _config(tmp_path, threaded_server.url_for("").rstrip("/"))
    refs = [ref("stat", f"d{n}", "2023-10", where={"geo": "DE"}) for n in range(12)]
    refs += [ref("stat", f"d{n}", "2023-10", where={"geo": "DE"}, line=9) for n in range(12)]  # duplicates
    refs += [
        ref("stat", "une", period, where={"geo": geo}) for period in ("2023-10", "2023-11") for geo in ("DE", "FR")
    ]
    out = resolve(refs, config, options(tmp_path, concurrency=3))
    assert all(result.quantity is not None for result in out.values())
    assert state["total"] == 13  # 12 datasets + 1 document read by 4 references
    assert 1 < state["max"] <= 3  # concurrent, never above the limit


def test_undecodable_body_is_an_error_not_a_crash(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(
        b"this is not gzip", content_type="application/json", headers={"Content-Encoding": "gzip"}
    )
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and "DecodingError" in result.problem
    assert f"{base_url}/data/une" in result.problem
    assert len(httpserver.log) == 1  # deterministic: not retried


def test_redirect_loop_is_an_error_not_a_crash(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data("", status=302, headers={"Location": "/data/une"})
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and "TooManyRedirects" in result.problem


@pytest.mark.parametrize(
    "body",
    [b"", b'{"version": "2.0", "class": "dat', b"<!DOCTYPE html><p>maintenance</p>", b"<?xml version='1.0'?><error/>"],
)
def test_an_unreadable_200_names_the_url(httpserver, base_url, tmp_path, body):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(body, content_type="application/json")
    result = _one(tmp_path, base_url)
    assert result.verdict is Verdict.ERROR and result.problem.endswith(f"({base_url}/data/une)")


def test_a_control_character_in_a_reference_is_an_error_not_a_crash(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = write_sources(tmp_path, f"sources:\n  wb: {{type: worldbank, url: '{base_url}'}}\n")
    bad = ref("wb", "NY.GDP.MKTP.CD", "2019", where={"country": "J\nP"})
    result = resolve([bad], config, options(tmp_path))[bad.key()]
    assert result.verdict is Verdict.INVALID and "control character" in result.problem  # the claim's fault
    assert len(httpserver.log) == 0


def test_retry_after_within_the_budget_waits_at_most_the_cap(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_ordered_request("/data/une").respond_with_data("busy", status=503, headers={"Retry-After": "30"})
    httpserver.expect_ordered_request("/data/une").respond_with_data(SPARSE, content_type="application/json")
    result = _one(tmp_path, base_url, max_retry_after=0.05)
    assert result.quantity is not None and len(httpserver.log) == 2
