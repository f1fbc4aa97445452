"""Planted errors, on every labelled release: is a changed figure caught by the checks it took part in?

    python bench/plant_errors.py tests/extract/data              # up to 10 figures a release
    python bench/plant_errors.py tests/extract/data --per 3 -v   # fewer, and list what was missed
    python bench/plant_errors.py DIR --digit last                # the last digit instead of the first

For each labelled release (a .txt with its .yaml) whose own figures agree (`factcheck check` finds no
failure), figures that took part in a passing check are picked at random (a fixed seed), and one at a
time a copy of the release is written with one digit of that figure changed by 3 (the first significant
digit by default: a change far beyond any rounding; `--digit last`: the last digit, which rounding may
absorb). The copy is checked again; the plant is caught when the copy's report has a failure. Counts
are printed per set of check kinds the figure took part in. A miss is not always a defect: a figure
checked only by a rank may stay in its rank, and a last digit may stay within the rounding of the
other figures.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import factcheck


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--per", type=int, default=10, help="figures planted per release")
    parser.add_argument("--digit", choices=("first", "last"), default="first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every plant that was not caught")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    missed: list[str] = []
    skipped = 0
    with tempfile.TemporaryDirectory() as scratch:
        for release in sorted(path for path in options.folder.glob("*.txt") if path.with_suffix(".yaml").exists()):
            text = release.read_text(encoding="utf-8")
            report = factcheck.check_document(str(release)).report
            if report["summary"]["by_verdict"].get("fail"):
                skipped += 1  # the release's own figures disagree: a plant would not be told apart
                continue
            checked = [m for m in report["mentions"] if any(c["verdict"] == "pass" for c in m["checks"])]
            for mention in rng.sample(checked, min(options.per, len(checked))):
                start = _offset(text, mention["line"], mention["column"])
                changed = _plant(text, start, start + mention["end"] - mention["start"], options.digit)
                if changed is None:
                    continue
                copy = Path(scratch) / release.name
                copy.write_text(changed[0], encoding="utf-8")
                kinds = "+".join(sorted({c["check"] for c in mention["checks"] if c["verdict"] == "pass"}))
                planted[kinds] += 1
                if factcheck.check_document(str(copy)).report["summary"]["by_verdict"].get("fail"):
                    caught[kinds] += 1
                else:
                    missed.append(f"{release.name}:{mention['line']}: {changed[1]} ({kinds})")
    total, found = sum(planted.values()), sum(caught.values())
    share = 100 * found / max(total, 1)
    print(f"planted {total}, caught {found} ({share:.1f} %); {skipped} releases with failures of their own skipped")
    for kinds, count in planted.most_common():
        print(f"  {kinds:36} {caught[kinds]:4} / {count}")
    if options.verbose:
        print("\n".join(f"missed: {line}" for line in missed))


def _offset(text: str, line: int, column: int) -> int:
    """The file's offset of a line and column: a mention's `start` counts in the text as read, which
    differs from the file's where the reader drops something (pinyin glosses "發(fā)展", markup)."""
    lines = text.split("\n")
    return sum(len(earlier) + 1 for earlier in lines[: line - 1]) + column - 1


def _plant(text: str, start: int, end: int, which: str) -> tuple[str, str] | None:
    """The text with one digit of the figure at text[start:end] changed by 3, and "old → new"."""
    figure = text[start:end]
    digits = list(re.finditer(r"\d", figure)) if which == "last" else list(re.finditer(r"[1-9]", figure))[:1]
    if not digits:
        return None
    digit = digits[-1]
    old = int(digit.group())
    new = old + 3 if old <= 6 else old - 3
    planted = figure[: digit.start()] + str(new) + figure[digit.end() :]
    return text[:start] + planted + text[end:], f"{figure} → {planted}"


if __name__ == "__main__":
    sys.exit(main())
