"""Score relation inference on a folder of labelled releases kept outside the repository.

    python bench/score_relations.py FOLDER [-v]

FOLDER holds NAME.txt and NAME.yaml pairs written like those of tests/extract/data (the yaml's
`statistics` and `relations`). Each release is scored as tests/extract/test_relations_eval.py
scores the bundled ones: relations stated, drafted right, wrong drafts, false alarms (a drafted
check failing on the release as published), and the totals by kind of relation; -v also lists
the wrong and missed ones. A new batch can so be scored on any branch before its files join the
test data.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tests.extract.relations_eval as evaluation  # noqa: E402  (the repository's root is put on the path first)


def _kinds_stated(labels: Path) -> Counter[str]:
    """How many relations of each kind a release's labels state."""
    return Counter(r["check"] for r in yaml.safe_load(labels.read_text(encoding="utf-8")).get("relations") or [])


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_dir():
        print("usage: python bench/score_relations.py FOLDER [-v]", file=sys.stderr)
        return 2
    evaluation.DATA = Path(argv[0])
    names = sorted(p.stem for p in evaluation.DATA.glob("*.yaml") if (evaluation.DATA / f"{p.stem}.txt").exists())
    stated = right = wrong = alarms = 0
    by_kind: Counter[str] = Counter()
    missed_by_kind: Counter[str] = Counter()
    for name in names:
        result = evaluation.score(name)
        by_kind.update(_kinds_stated(evaluation.DATA / f"{name}.yaml"))
        missed_by_kind.update(line.split(" on ", 1)[0] for line in result.missed)
        stated, right = stated + result.stated, right + result.right
        wrong, alarms = wrong + len(result.wrong), alarms + len(result.false_alarms)
        print(
            f"{name:34} stated {result.stated:4} right {result.right:4} wrong {len(result.wrong):3} "
            f"false alarms {len(result.false_alarms):3}"
        )
        for line in (result.wrong + result.missed) if "-v" in argv else []:
            print("    wrong:" if line in result.wrong else "    missed:", line)
        for line in result.false_alarms:
            print("    false alarm:", line)
    share = f"{100 * right / stated:.1f} %" if stated else "-"
    print(f"{'all':34} stated {stated:4} right {right:4} ({share}) wrong {wrong:3} false alarms {alarms:3}")
    for kind, count in sorted(by_kind.items(), key=lambda item: -item[1]):
        print(f"  {kind:32} stated {count:4} right {count - missed_by_kind[kind]:4}")
    return 1 if alarms else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
