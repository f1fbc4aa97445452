"""API keys: stripped, never printed, never cached, never sent to another host (real loopback HTTP)."""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug.wrappers import Response

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources

KEY = "sk-test-5f2a9c0e77"
SPARSE = fixture_bytes("jsonstat_sparse.json")


def _config(tmp_path: Path, base_url: str, how: str = "api_key_header: X-API-Key"):  # type: ignore[no-untyped-def]
    return write_sources(
        tmp_path,
        f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data', api_key_env: STAT_KEY, {how}}}\n",
    )


def _one(tmp_path: Path, config, **opts):  # type: ignore[no-untyped-def]
    r = ref("stat", "une", "2023-10", where={"geo": "DE"})
    return resolve([r], config, options(tmp_path, **opts))[r.key()]


def _everything_written(tmp_path: Path) -> str:
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*") if p.is_file())


def test_a_key_with_a_trailing_newline_is_stripped_and_sent(httpserver, base_url, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", KEY + "\n")
    httpserver.expect_request("/data/une", headers={"X-API-Key": KEY}).respond_with_data(
        SPARSE, content_type="application/json"
    )
    result = _one(tmp_path, _config(tmp_path, base_url))
    assert result.quantity is not None, result.problem


@pytest.mark.parametrize("bad", ["sk-a\nb", "sk-\x1b]0;x\x07", "sk-ключ"])
def test_a_key_a_header_cannot_carry_is_refused_without_echo(base_url, tmp_path, monkeypatch, bad) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", bad)
    result = _one(tmp_path, _config(tmp_path, base_url))
    assert result.verdict is Verdict.ERROR and "STAT_KEY" in result.problem
    assert bad not in result.problem and repr(bad)[1:-1] not in result.problem


@pytest.mark.parametrize("how", ["api_key_header: X-API-Key", "api_key_param: apikey"])
def test_a_key_the_server_echoes_is_redacted(httpserver, base_url, tmp_path, monkeypatch, how) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", KEY)
    httpserver.expect_request("/data/une").respond_with_data(
        f"invalid key {KEY} for /data/une?apikey={KEY}", status=403
    )
    result = _one(tmp_path, _config(tmp_path, base_url, how))
    assert result.verdict is Verdict.ERROR and "HTTP 403" in result.problem
    assert KEY not in str(result.problem) + str(result.evidence) and "[redacted]" in result.problem


def test_a_key_echoed_in_a_good_answer_is_not_cached(httpserver, base_url, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", KEY)
    echoing = SPARSE.replace(b'"source":"Demo"', f'"source":"Demo (key {KEY})"'.encode())
    assert echoing != SPARSE
    httpserver.expect_request("/data/une").respond_with_data(echoing, content_type="application/json")
    result = _one(tmp_path, _config(tmp_path, base_url))
    assert result.quantity is not None
    assert KEY not in _everything_written(tmp_path)
    offline = _one(tmp_path, _config(tmp_path, base_url), offline=True)  # the redacted entry still reads
    assert offline.quantity is not None and offline.evidence["origin"] == "cache"


def test_a_redirect_to_another_host_does_not_carry_the_key(httpserver, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """localhost and 127.0.0.1 are two hosts (two origins) on one loopback server."""
    monkeypatch.setenv("STAT_KEY", KEY)
    other = httpserver.url_for("/elsewhere/une").replace("localhost", "127.0.0.1")
    httpserver.expect_request("/data/une").respond_with_response(Response(status=302, headers={"Location": other}))
    httpserver.expect_request("/elsewhere/une").respond_with_data(SPARSE, content_type="application/json")
    base_url = httpserver.url_for("").rstrip("/").replace("127.0.0.1", "localhost")
    result = _one(tmp_path, _config(tmp_path, base_url))
    assert result.quantity is not None, result.problem
    (first, _), (second, _) = httpserver.log
    assert first.headers.get("X-API-Key") == KEY and first.host.startswith("localhost")
    assert "X-API-Key" not in second.headers and second.host.startswith("127.0.0.1")


def test_a_redirect_to_the_same_host_keeps_the_key(httpserver, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", KEY)
    httpserver.expect_request("/data/une").respond_with_response(
        Response(status=301, headers={"Location": "/v2/data/une"})
    )
    httpserver.expect_request("/v2/data/une", headers={"X-API-Key": KEY}).respond_with_data(
        SPARSE, content_type="application/json"
    )
    result = _one(tmp_path, _config(tmp_path, httpserver.url_for("").rstrip("/")))
    assert result.quantity is not None, result.problem


def test_a_redirect_that_puts_the_key_in_another_hosts_address_is_refused(httpserver, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", KEY)
    other = httpserver.url_for("/steal").replace("localhost", "127.0.0.1") + f"?k={KEY}"
    httpserver.expect_request("/data/une").respond_with_response(Response(status=302, headers={"Location": other}))
    base_url = httpserver.url_for("").rstrip("/").replace("127.0.0.1", "localhost")
    result = _one(tmp_path, _config(tmp_path, base_url, "api_key_param: apikey"))
    assert result.verdict is Verdict.ERROR and "not followed" in result.problem
    assert KEY not in result.problem
    assert [entry[0].path for entry in httpserver.log] == ["/data/une"]


def test_a_key_already_in_a_pin_never_reaches_a_report(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from factcheck.sources.base import Row
    from factcheck.sources.pin import PinEntry, entry_key, ref_fields, write_pin

    monkeypatch.setenv("STAT_KEY", KEY)
    config = _config(tmp_path, "http://127.0.0.1:9")
    r = ref("stat", "une", "2023-10", where={"geo": "DE"})
    row = Row("une", "2023-10", "3.0", note=f"fetched with {KEY}")
    entry = PinEntry(ref_fields(r), row=row, url=f"http://127.0.0.1:9/data/une?apikey={KEY}")
    write_pin(tmp_path / "sources.lock.json", {entry_key(r): entry})
    result = _one(tmp_path, config, offline=True)
    assert result.quantity is not None
    assert KEY not in str(result.evidence) and "[redacted]" in str(result.evidence)
