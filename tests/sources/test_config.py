"""sources.yaml validation: every problem is a ConfigError naming file:line:col."""

from __future__ import annotations

import textwrap
from fractions import Fraction

import pytest

from factcheck.errors import ConfigError
from factcheck.sources.config import load_sources


def load(tmp_path, text):  # type: ignore[no-untyped-def]
    path = tmp_path / "sources.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_sources(path)


def test_a_valid_file(tmp_path):  # type: ignore[no-untyped-def]
    config = load(
        tmp_path,
        """
        sources:
          worldbank: {type: worldbank}
          oecd:
            type: sdmx
            url: https://sdmx.oecd.org/public/rest
            params: {format: jsondata}
            citation: {title: OECD Data Explorer, url: "https://data-explorer.oecd.org"}
          bulletin:
            type: csv
            path: data/b.csv
            columns: {series: 指标, period: 年份, value: 数值}
            scale: 1e8
            api_key_env: NOT_USED
        x-note: kept and ignored
        """,
    )
    assert set(config.sources) == {"worldbank", "oecd", "bulletin"}
    assert config.sources["oecd"].options["params"] == {"format": "jsondata"}
    assert config.sources["oecd"].citation.title == "OECD Data Explorer"
    assert config.sources["bulletin"].scale == Fraction(10**8)
    assert config.pin_path == tmp_path.resolve() / "sources.lock.json"


@pytest.mark.parametrize(
    "text, where, reason",
    [
        ("sources:\n  wb: {type: worldbank, per_pag: 10}\n", "2:25", "unknown option 'per_pag' for a worldbank source"),
        (
            "sources:\n  wb: {type: eurostatx}\n",
            "2:14",
            "needs `type`: one of csv, datacommons, dbnomics, jsonstat, nbs",
        ),
        ("sources:\n  o:\n    type: sdmx\n", "3:5", "an sdmx source needs `url`"),
        ("sources:\n  c: {type: csv, path: a.csv, url: 'https://x/a.csv'}\n", "2:6", "exactly one of `path`"),
        ("sources:\n  wb: {type: worldbank, url: ftp://x}\n", "2:30", "`url` must be an http(s) URL"),
        ("sources:\n  wb: {type: worldbank, url: 'http://[::1'}\n", "2:30", "`url` must be an http(s) URL"),
        ("sources:\n  wb: {type: worldbank, url: 'http://host:99999/x'}\n", "2:30", "`url` must be an http(s) URL"),
        ("sources:\n  wb: {type: worldbank, url: 'http:///x'}\n", "2:30", "`url` must be an http(s) URL"),
        ("sources:\n  wb: {type: worldbank, per_page: -1}\n", "2:35", "`per_page` must be a positive whole number"),
        ("sources:\n  wb: {type: worldbank, citation: {titel: x}}\n", "2:36", "unknown citation key 'titel'"),
        ("sources:\n  c: {type: csv, path: a.csv, columns: {valeur: v}}\n", "2:40", "renames 'valeur'"),
        ("sources:\n  c: {type: csv, path: a.csv, scale: lots}\n", "2:38", "neither a number nor a scale word"),
        ("source:\n  wb: {type: worldbank}\n", "1:1", "unknown top-level key 'source'"),
        ("sources: {}\n", "1:10", "`sources` must be a non-empty mapping"),
        ("sources:\n  wb: {type: worldbank}\n  wb: {type: worldbank}\n", "3:3", "duplicate key `wb`"),
        ("base: &b {type: worldbank}\nsources:\n  wb: *b\n", "1:7", "anchor `&b` is not allowed"),
        (
            "sources:\n  wb: !!python/object {type: worldbank}\n",
            "2:7",
            "explicit tag `!!python/object` is not allowed: sources.yaml is plain data",
        ),
        ("sources:\n  <<: {wb: {type: worldbank}}\n", "2:3", "merge key `<<` is not allowed"),
        ("sources:\n  wb: {type: worldbank\n", "3:1", "did not find expected ',' or '}'"),
    ],
)
def test_problems_name_line_and_column(tmp_path, text, where, reason):  # type: ignore[no-untyped-def]
    (tmp_path / "sources.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_sources(tmp_path / "sources.yaml")
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'sources.yaml'}:{where}: "), message
    assert reason in message, message


def test_missing_and_empty_file(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="cannot read"):
        load_sources(tmp_path / "sources.yaml")
    (tmp_path / "sources.yaml").write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources.yaml:1:1: the file is empty"):
        load_sources(tmp_path / "sources.yaml")
