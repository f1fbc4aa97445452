"""Cache (TTL, corruption, refresh), offline runs, and the pin file round trip."""

from __future__ import annotations

import json
from fractions import Fraction

from factcheck.model import Verdict
from factcheck.sources.pin import read_pin, write_pin
from factcheck.sources.resolve import Resolver

from .conftest import fixture_bytes, options, ref, resolve, write_sources

SPARSE = fixture_bytes("jsonstat_sparse.json")
DE = ref("stat", "une", "2023-10", where={"geo": "DE"})
MISSING = ref("stat", "une", "2023-12", where={"geo": "FR"})


def _serve(httpserver):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(SPARSE, content_type="application/json")


def _config(tmp_path, base_url, extra=""):  # type: ignore[no-untyped-def]
    return write_sources(tmp_path, f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data'{extra}}}\n")


def test_second_run_reads_the_cache(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    first = resolve([DE], config, options(tmp_path))[DE.key()]
    second = resolve([DE], config, options(tmp_path))[DE.key()]
    assert len(httpserver.log) == 1
    assert first.quantity == second.quantity and second.evidence["origin"] == "cache"
    assert second.evidence["sha256"] == first.evidence["sha256"]


def test_expired_entry_and_refresh_refetch(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    resolve([DE], config, options(tmp_path))
    resolve([DE], config, options(tmp_path, ttl=0.0))
    resolve([DE], config, options(tmp_path, refresh=True))
    assert len(httpserver.log) == 3


def test_corrupt_entry_is_discarded_and_refetched(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    resolve([DE], config, options(tmp_path))
    (entry,) = (tmp_path / "cache").glob("*/*.bin")
    entry.write_bytes(entry.read_bytes()[:-5] + b"9.9}}")  # same length, different body
    again = resolve([DE], config, options(tmp_path))[DE.key()]
    assert len(httpserver.log) == 2 and again.quantity.interval.lo == Fraction(3)
    entry.write_bytes(b"not even a header")
    resolve([DE], config, options(tmp_path))
    assert len(httpserver.log) == 3
    entry.write_bytes(b"[" * 100_000 + b"]" * 100_000 + b"\n{}")  # a header nested too deeply to read
    resolve([DE], config, options(tmp_path))
    assert len(httpserver.log) == 4


def test_offline_names_what_is_missing(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _config(tmp_path, base_url)
    result = resolve([DE], config, options(tmp_path, offline=True))[DE.key()]
    assert result.verdict is Verdict.ERROR  # never a pass, and not silently unverifiable
    assert result.problem.startswith("offline: no cached or pinned response for GET ")
    assert f"{base_url}/data/une" in result.problem
    assert len(httpserver.log) == 0


def test_offline_uses_stale_cache_and_gives_the_same_values(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    online = resolve([DE, MISSING], config, options(tmp_path))
    httpserver.clear()
    offline = resolve([DE, MISSING], config, options(tmp_path, offline=True, ttl=0.0))
    assert len(httpserver.log) == 0
    for key in online:
        assert (offline[key].quantity, offline[key].verdict) == (online[key].quantity, online[key].verdict)


def test_pin_round_trip(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    resolver = Resolver(config, options(tmp_path, use_pin=False))
    fetched = resolver.resolve([DE, MISSING])
    pin_path = tmp_path / "sources.lock.json"
    write_pin(pin_path, resolver.entries)
    doc = json.loads(pin_path.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and list(doc["observations"]) == sorted(doc["observations"])
    entry = doc["observations"]["stat:une[geo=DE]@2023-10"]
    assert entry["row"]["value"] == "3.0" and len(entry["sha256"]) == 64 and entry["retrieved"].endswith("Z")
    assert "problem" in doc["observations"]["stat:une[geo=FR]@2023-12"]  # unverifiable is pinned too
    # A fresh machine: no cache, no server; the pin alone gives the same verdicts.
    httpserver.clear()
    pinned = resolve([DE, MISSING], config, options(tmp_path, cache_dir=tmp_path / "empty", offline=True))
    assert len(httpserver.log) == 0
    assert pinned[DE.key()].quantity == fetched[DE.key()].quantity
    assert pinned[DE.key()].evidence["origin"] == "pin"
    assert pinned[MISSING.key()].verdict is Verdict.UNVERIFIABLE
    assert read_pin(pin_path).keys() == resolver.entries.keys()


def test_refresh_ignores_the_pin(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    resolver = Resolver(config, options(tmp_path))
    resolver.resolve([DE])
    write_pin(tmp_path / "sources.lock.json", resolver.entries)
    resolve([DE], config, options(tmp_path, cache_dir=tmp_path / "other"))
    assert len(httpserver.log) == 1  # the pin answered
    resolve([DE], config, options(tmp_path, cache_dir=tmp_path / "other", refresh=True))
    assert len(httpserver.log) == 2


def test_api_key_is_sent_but_never_stored(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STAT_KEY", "s3cret-value")
    httpserver.expect_request("/data/une", headers={"X-Api-Key": "s3cret-value"}).respond_with_data(
        SPARSE, content_type="application/json"
    )
    config = _config(tmp_path, base_url, ", api_key_env: STAT_KEY, api_key_header: X-Api-Key")
    resolver = Resolver(config, options(tmp_path))
    result = resolver.resolve([DE])[DE.key()]
    assert result.quantity is not None
    write_pin(tmp_path / "sources.lock.json", resolver.entries)
    stored = [p.read_bytes() for p in (tmp_path / "cache").glob("*/*.bin")]
    stored.append((tmp_path / "sources.lock.json").read_bytes())
    assert stored and not any(b"s3cret" in data for data in stored)
    assert "s3cret" not in json.dumps(result.evidence)
    monkeypatch.delenv("STAT_KEY")
    missing = resolve([DE], config, options(tmp_path, refresh=True))[DE.key()]
    assert missing.verdict is Verdict.ERROR and "STAT_KEY" in missing.problem


def test_unknown_source_is_invalid_and_no_config_is_unverifiable(tmp_path):  # type: ignore[no-untyped-def]
    config = _config(tmp_path, "http://127.0.0.1:9")
    r = ref("nbs", "x", "2022")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.INVALID and "unknown source 'nbs'" in result.problem
    unconfigured = resolve([r], None, options(tmp_path))[r.key()]
    assert unconfigured.verdict is Verdict.UNVERIFIABLE and unconfigured.problem == "sources not configured"


def test_progress_bar_on_request(httpserver, base_url, tmp_path, capsys):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    result = resolve([DE], config, options(tmp_path, progress=True))[DE.key()]
    assert result.quantity is not None
    assert capsys.readouterr().out == ""  # the bar goes to stderr, never into a report on stdout


def test_a_pin_file_that_cannot_be_written_is_a_config_error(tmp_path):  # type: ignore[no-untyped-def]
    import pytest

    from factcheck.errors import ConfigError

    (tmp_path / "sources.lock.json").mkdir()  # a folder where the file should go
    with pytest.raises(ConfigError, match="cannot write the pin file"):
        write_pin(tmp_path / "sources.lock.json", {})
    assert [p.name for p in tmp_path.iterdir()] == ["sources.lock.json"]  # no temporary file left over
    (tmp_path / "file").write_text("x")
    with pytest.raises(ConfigError, match="cannot write the pin file"):
        write_pin(tmp_path / "file" / "sources.lock.json", {})  # its folder is a file


def test_a_pin_file_nested_too_deeply_is_a_config_error(tmp_path):  # type: ignore[no-untyped-def]
    import pytest

    from factcheck.errors import ConfigError

    (tmp_path / "sources.lock.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ConfigError, match="nested too deeply"):
        read_pin(tmp_path / "sources.lock.json")


def test_a_cache_folder_that_cannot_be_written_only_costs_a_refetch(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver)
    config = _config(tmp_path, base_url)
    (tmp_path / "not-a-folder").write_text("x")  # --cache-dir names a file: nothing can be stored under it
    opts = options(tmp_path, cache_dir=tmp_path / "not-a-folder")
    first = resolve([DE], config, opts)[DE.key()]
    second = resolve([DE], config, opts)[DE.key()]
    assert first.quantity.interval.lo == Fraction(3) and second.quantity == first.quantity
    assert len(httpserver.log) == 2 and second.evidence["origin"] == "network"
