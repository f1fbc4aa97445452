"""Score `factcheck extract` on a folder of labelled releases (NAME.txt beside NAME.yaml), as
tests/extract/test_quality.py scores the bundled ones: recall, precision and noise drafted per
document, then per language and over all.

    python bench/score_batch.py FOLDER        # one line a document, then the totals
    python bench/score_batch.py FOLDER -v     # and every miss, wrong draft, noise drafted and wrong period
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests package beside bench/

import tests.extract.annotated as annotated  # noqa: E402  (after the path it is found on)


def main(folder: str, verbose: bool) -> None:
    annotated.DATA = Path(folder)
    totals: dict[str, list[int]] = {}
    for name in sorted(p.name for p in annotated.DATA.glob("*.yaml")):
        document = yaml.safe_load((annotated.DATA / name).read_text(encoding="utf-8")).get("document", "")
        if not (annotated.DATA / document).is_file():  # the seed article's labels: its text lives in docs/sources
            print(f"{name}: skipped, its document {document} is not in {folder}")
            continue
        result = annotated.score_drafts(*annotated.draft_document(name))
        print(f"{name}: {result.summary()}")
        if verbose:
            for line in result.missed + result.wrong_drafts:
                print("   ", line)
            for line in result.noise_drafted:
                print("    NOISE", line)
            for line in result.wrong_periods:
                print("    PERIOD", line)
        for key in (name[:2], "all"):
            total = totals.setdefault(key, [0, 0, 0, 0, 0, 0])
            numbers = (
                result.found,
                result.statistics,
                result.drafts_right,
                result.drafts,
                len(result.noise_drafted),
                result.periods_right,
            )
            totals[key] = [a + b for a, b in zip(total, numbers, strict=True)]
    for key, (found, stated, right, drafts, noise, periods) in totals.items():
        print(
            f"{key}: recall {found}/{stated} = {100 * found / max(stated, 1):.1f} %; "
            f"precision {right}/{drafts} = {100 * right / max(drafts, 1):.1f} %; noise drafted {noise}; "
            f"period right {periods}/{stated} = {100 * periods / max(stated, 1):.1f} %"
        )


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv[2:])
