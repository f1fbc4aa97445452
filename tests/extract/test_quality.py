"""Measured quality of the mention finder over hand-annotated documents (issue 7).

Run `python -m pytest tests/extract/test_quality.py -q -s` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .annotated import DATA, load, score

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "weifang-2022-reform.txt"

CASES = [
    pytest.param(
        "weifang-2022-reform.yaml",
        SEED,
        id="seed-zh",
        marks=pytest.mark.skipif(not SEED.is_file(), reason="seed article not beside the repository"),
    ),
    pytest.param("press-release-en.yaml", DATA / "press-release-en.txt", id="press-release-en"),
    pytest.param("bulletin-zh.yaml", DATA / "bulletin-zh.txt", id="bulletin-zh"),
    pytest.param("news-en.yaml", DATA / "news-en.txt", id="news-en"),
]


@pytest.mark.parametrize(("annotations", "document"), CASES)
def test_recall_accuracy_and_labels(annotations: str, document: Path) -> None:
    result = score(*load(annotations, document))
    print(f"\n{annotations}: {result.summary()}")
    assert result.recall >= 0.95, result.missed
    assert result.accuracy >= 0.90, result.wrong
    assert not result.labels_as_statistics
    assert not result.ignored_as_statistics
    assert result.dates_right == result.dates
    assert result.kind_right >= 0.9 * result.statistics
