"""The HTML report: self-contained, escaped, with charts and a working filter.

Parsed with html.parser always; opened in headless Chromium when it is installed
(`apt-get install chromium`), where the filter script must have run and the SVG charts must be
in the rendered DOM.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from factcheck.report import html
from factcheck.report._chart import chart, labels, points_of

from .conftest import finding, make_doc


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(text: str) -> Collector:
    collector = Collector()
    collector.feed(text)
    return collector


def test_structure_charts_and_filter(sample_doc: dict[str, Any]) -> None:
    page = parse(html.render(sample_doc))
    svgs = page.all("svg")
    assert len(svgs) == 2  # power-capacity (a series) and gdp (one value); the pending target has none
    assert all(svg.get("role") == "img" and svg.get("aria-label") for svg in svgs)
    assert len(page.all("polyline")) == 1 and len(page.all("circle")) == 6
    assert len(page.all("rect")) == 2  # a claimed band in each chart
    rows = [attrs for attrs in page.all("tr") if "data-verdict" in attrs]
    problems = [c["verdict"] for c in sample_doc["claims"] if c["verdict"] in html.PROBLEMS]
    others = sorted(
        (c for c in sample_doc["claims"] if c["verdict"] not in html.PROBLEMS), key=lambda c: c["id"].rsplit("/", 1)[0]
    )
    assert [row["data-verdict"] for row in rows] == problems + [c["verdict"] for c in others]  # problems first
    assert {attrs.get("id") for attrs in page.all("input")} >= {"filter-text", "filter-problems"}
    assert page.all("select")[0]["id"] == "filter-verdict"
    assert any("addEventListener" in script for script in page.scripts)


def test_self_contained(sample_doc: dict[str, Any]) -> None:
    text = html.render(sample_doc)
    page = parse(text)
    assert not page.all("link") and not page.all("img") and not page.all("iframe")
    assert all("src" not in attrs for attrs in page.all("script"))
    assert page.all("meta")[1]["content"].startswith("default-src 'none'")


def test_everything_is_escaped() -> None:
    evil = '<script>alert("x")</script>'
    doc = make_doc(
        [
            finding(
                message=evil,
                explanation=[evil],
                check="compare",
                evidence={"source": evil, "period": evil, "series_values": [[evil, 1], ["2", 2]]},
            )
        ]
    )
    doc["claims"][0].update(claim=evil, id=evil, file=evil, value=evil, unit=evil)
    doc["notes"] = [evil]
    text = html.render(doc)
    assert evil not in text
    page = parse(text)
    assert len(page.all("script")) == 1  # only the report's own


def test_chart_points_band_and_open_ends() -> None:
    series = finding(
        "contradicted",
        check="compare",
        stated=[10, None],
        evidence={"period": "2021", "series_values": [["2020", 5], ["2021", 8], ["bad"]]},
    )
    assert points_of(series) == [("2020", 5.0), ("2021", 8.0)]
    svg = chart(series, "label")
    assert svg.count("<circle") == 2 and 'class="point focus"' in svg and "<rect" in svg
    single = finding("confirmed", check="compare", expected=[7, 7], stated=[6.5, 7.5], evidence={"period": "2022"})
    assert points_of(single) == [("2022", 7.0)] and 'class="point focus agrees"' in chart(single, "x")
    assert chart(finding("unverifiable", expected=None, evidence={}), "x") == ""


def test_a_value_past_the_float_range_draws_no_chart() -> None:
    huge = 31 * 10**309  # value: 31e309 is a valid claim value; float() of it overflows
    assert (
        chart(
            finding("contradicted", check="compare", expected=[7, 7], stated=[huge, huge], evidence={"period": "2022"}),
            "x",
        )
        == ""
    )
    assert (
        chart(
            finding("contradicted", check="compare", expected=[huge, huge], stated=[1, 2], evidence={"period": "2022"}),
            "x",
        )
        == ""
    )
    assert "<html" in html.render(
        make_doc([finding("contradicted", check="compare", stated=[huge, huge], evidence={"period": "2022"})])
    )


def test_axis_labels_tell_close_values_apart() -> None:
    assert labels([730645000000, 730650000000, 730655000000]) == ["730.645B", "730.65B", "730.655B"]
    assert labels([1, 2, 3]) == ["1", "2", "3"]


CHROMIUM = next(
    (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None
)


def dump_dom(page: Path, fragment: str = "") -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium installed (apt-get install chromium)")
def test_in_a_real_browser(tmp_path: Path, sample_doc: dict[str, Any]) -> None:
    page = tmp_path / "report.html"
    page.write_text(html.render(sample_doc), encoding="utf-8")
    dom = dump_dom(page, "#verdict=fail")
    rendered = parse(dom)
    assert len(rendered.all("svg")) == 2 and len(rendered.all("circle")) == 6
    assert 'id="filter-count" class="meta">1 of 7 claims<' in dom  # the script ran and filtered
    rows = [attrs for attrs in rendered.all("tr") if "data-verdict" in attrs]
    assert [row["data-verdict"] for row in rows if "hidden" not in row] == ["fail"]


def test_passing_claims_are_folded_by_folder(sample_doc: dict[str, Any]) -> None:
    text = html.render(sample_doc)
    page = parse(text)
    folders = [attrs for attrs in page.all("details") if attrs.get("class") == "folder"]
    assert len(folders) == 2  # weifang-2022 and weifang-2026 have claims without a problem
    assert all("open" not in attrs for attrs in folders)  # collapsed
    assert text.index('id="claims-table"') < text.index('class="folder"')
    assert "weifang-2022/ · 2 claims: 1 confirmed, 1 pass" in text
