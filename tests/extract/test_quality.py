"""Measured quality of the extractor over hand-annotated documents.

Run `python -m pytest tests/extract/test_quality.py -q -s` to see the figures: per bundled
article, recall and accuracy of the mention finder; per labelled real release (tests/extract/data/
*-20*.yaml: national, city, BLS, Statistics Canada, ONS and Eurostat releases), recall (labelled
statistics with a draft of the right signed value and unit) and precision (non-label drafts that
are a labelled statistic or date), then the same over all releases together.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .annotated import DATA, DraftScore, draft_document, load, score, score_drafts

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


RELEASES = sorted(p.name for p in DATA.glob("*.yaml") if p.name[:3] in ("zh-", "en-"))


@pytest.mark.parametrize("annotations", RELEASES)
def test_labelled_release(annotations: str) -> None:
    result = score_drafts(*draft_document(annotations))
    print(f"\n{annotations}: {result.summary()}")
    assert not result.noise_drafted
    assert not result.labels_drafted
    assert result.precision >= 0.95, result.wrong_drafts
    assert result.recall >= 0.95, result.missed


def test_all_labelled_releases_together() -> None:
    total = DraftScore()
    for name in RELEASES:
        result = score_drafts(*draft_document(name))
        total.statistics += result.statistics
        total.found += result.found
        total.drafts += result.drafts
        total.drafts_right += result.drafts_right
        total.periods_right += result.periods_right
    print(f"\nall {len(RELEASES)} releases: {total.summary()}")
    assert total.recall >= 0.98
    assert total.precision >= 0.95
