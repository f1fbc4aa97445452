"""`factcheck sources list | check | pin | update` through typer's CliRunner."""

from __future__ import annotations

import json
import socket
import textwrap

from typer.testing import CliRunner

from factcheck.cli.sources import changes, sources_app

from .conftest import fixture_json


def _repo(tmp_path, base_url, port_closed=None):  # type: ignore[no-untyped-def]
    dead = f"\n  dead: {{type: jsonstat, url: 'http://127.0.0.1:{port_closed}/x'}}" if port_closed else ""
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  stat: {{type: jsonstat, url: '{base_url}/data'}}{dead}\n", encoding="utf-8"
    )
    (tmp_path / "claims").mkdir()
    for geo, value in (("DE", "3.0%"), ("FR", "7.4%")):
        (tmp_path / "claims" / f"{geo.lower()}.yaml").write_text(
            textwrap.dedent(f"""
            claim: unemployment {value}
            value: "{value}"
            period: "2023-10"
            citation: {{}}
            compare: {{source: stat, series: une, where: {{geo: {geo}}}}}
            """),
            encoding="utf-8",
        )


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(sources_app, list(args), catch_exceptions=False)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_list_and_check(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, base_url, _closed_port())
    httpserver.expect_request("/data").respond_with_data("index", content_type="text/plain")
    listed = _invoke("list")
    assert listed.exit_code == 0
    assert f"stat\tjsonstat\t{base_url}/data\tcache: 0 responses\tpin: 0 observations" in listed.output
    checked = _invoke("check", "--timeout", "2")
    assert checked.exit_code == 1  # one source cannot be reached
    assert "stat\tok\t" in checked.output and "HTTP 200 in" in checked.output
    assert "dead\terror\t" in checked.output and "ConnectError" in checked.output


def test_bad_sources_file_exits_2(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources.yaml").write_text("sources:\n  wb: {type: worldbank, colour: red}\n", encoding="utf-8")
    result = CliRunner().invoke(sources_app, ["list"])
    assert result.exit_code == 2
    assert "sources.yaml:2:25: unknown option 'colour'" in result.output


def test_pin_then_update_prints_revisions(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, base_url)
    data = fixture_json("jsonstat_sparse.json")
    httpserver.expect_request("/data/une").respond_with_json(data)
    pinned = _invoke("pin", "claims")
    assert pinned.exit_code == 0 and "pinned 2 observations" in pinned.output
    assert _invoke("list").output.count("pin: 2 observations") == 1
    httpserver.clear()
    data["value"]["0"] = 3.2  # Germany, 2023-10: revised from 3.0
    httpserver.expect_request("/data/une").respond_with_json(data)
    updated = _invoke("update", "claims")
    assert updated.exit_code == 0, updated.output
    assert "changed  stat:une[geo=DE]@2023-10: 3.0 (2023-10) → 3.2 (2023-10)" in updated.output
    assert "geo=FR" not in updated.output  # unchanged values are not listed
    doc = json.loads((tmp_path / "sources.lock.json").read_text(encoding="utf-8"))
    assert doc["observations"]["stat:une[geo=DE]@2023-10"]["row"]["value"] == "3.2"


def test_update_keeps_pinned_values_it_cannot_refetch(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, base_url)
    httpserver.expect_request("/data/une").respond_with_json(fixture_json("jsonstat_sparse.json"))
    assert _invoke("pin", "claims").exit_code == 0
    before = (tmp_path / "sources.lock.json").read_text(encoding="utf-8")
    httpserver.clear()
    httpserver.expect_request("/data/une").respond_with_data("gone", status=404)
    updated = _invoke("update", "claims")
    assert updated.exit_code == 1 and "not refreshed" in updated.output and "HTTP 404" in updated.output
    assert (tmp_path / "sources.lock.json").read_text(encoding="utf-8") == before


def test_changes_lists_new_and_changed_only() -> None:
    from factcheck.sources.base import Row
    from factcheck.sources.pin import PinEntry

    old = {"a": PinEntry({}, row=Row("s", "2022", "1")), "b": PinEntry({}, row=Row("s", "2022", "2"))}
    new = {
        "a": PinEntry({}, row=Row("s", "2022", "1")),
        "b": PinEntry({}, row=Row("s", "2022", "2.5")),
        "c": PinEntry({}, problem="no row"),
    }
    assert changes(old, new) == ["changed  b: 2 (2022) → 2.5 (2022)", "new      c: no value: no row"]


def test_list_counts_a_source_s_own_responses_only(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    # `stat` at .../data must not count the responses of `stat2` at .../data2.
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, base_url)
    with (tmp_path / "sources.yaml").open("a", encoding="utf-8") as out:
        out.write(f"  stat2: {{type: jsonstat, url: '{base_url}/data2'}}\n")
    (tmp_path / "claims" / "x.yaml").write_text(
        'claim: x\nvalue: "3.0%"\nperiod: "2023-10"\ncitation: {}\ncompare: {source: stat2, series: une, where: {geo: DE}}\n',  # noqa: E501
        encoding="utf-8",
    )
    data = fixture_json("jsonstat_sparse.json")
    httpserver.expect_request("/data/une").respond_with_json(data)
    httpserver.expect_request("/data2/une").respond_with_json(data)
    assert _invoke("pin", "claims").exit_code == 0
    listed = _invoke("list").output
    assert f"stat\tjsonstat\t{base_url}/data\tcache: 1 responses" in listed
    assert f"stat2\tjsonstat\t{base_url}/data2\tcache: 1 responses" in listed


def test_pin_of_some_claims_keeps_the_others(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, base_url)
    httpserver.expect_request("/data/une").respond_with_json(fixture_json("jsonstat_sparse.json"))
    assert _invoke("pin").exit_code == 0
    pinned = _invoke("pin", "claims/de.yaml")
    assert pinned.exit_code == 0 and "1 of other claims kept" in pinned.output
    doc = json.loads((tmp_path / "sources.lock.json").read_text(encoding="utf-8"))
    assert set(doc["observations"]) == {"stat:une[geo=DE]@2023-10", "stat:une[geo=FR]@2023-10"}
    (tmp_path / "claims" / "fr.yaml").unlink()
    assert _invoke("pin").exit_code == 0  # over the whole folder, what nothing uses goes
    doc = json.loads((tmp_path / "sources.lock.json").read_text(encoding="utf-8"))
    assert set(doc["observations"]) == {"stat:une[geo=DE]@2023-10"}
