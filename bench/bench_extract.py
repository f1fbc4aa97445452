"""How `factcheck extract` scales: N copies of the bundled article, small and large, in one run.

    python bench/bench_extract.py                     # 50× and 200×, one repeat each
    python bench/bench_extract.py --small 10 --large 40 --repeat 3 --write

Prints, for each size: characters, drafts, CPU seconds of this process (median of the repeats,
sizes interleaved; CPU time rather than wall-clock time because the machine is shared: other
processes' load stretches the wall clock, not this process's CPU time), characters per second, and peak traced memory
with --memory (a separate pass: tracing slows the code). Then the ratio large/small of the
extraction time against the FLOOR, the same ratio for a pass that is linear by construction (read
the text, split it into paragraphs, fold every character, find every number with one regex),
measured in the same run: on an idle machine both are close to large/small; the target is a
ratio of at most 1.1 × large/small (4.4 for 200×/50×).

"Extraction" is what the command does between reading the file and printing: the mentions, the
drafts with their relations, and with --write the files and the manifest in a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from factcheck.extract.document import read_document
from factcheck.extract.drafts import build_drafts
from factcheck.extract.mentions import find_mentions
from factcheck.extract.output import write_drafts
from factcheck.grammar.textnorm import fold

ARTICLE = Path(__file__).resolve().parents[1] / "docs" / "sources" / "weifang-2022-reform.txt"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def make_copy(folder: Path, copies: int) -> Path:
    text = ARTICLE.read_text(encoding="utf-8").strip("\n")
    path = folder / f"article-{copies}x.txt"
    path.write_text("\n".join([text] * copies) + "\n", encoding="utf-8")
    return path


def extract(path: Path, write: bool) -> int:
    document = read_document(str(path))
    mentions = find_mentions(document, "auto", None)
    drafts = build_drafts(document, mentions, None, "auto")
    if write:
        with tempfile.TemporaryDirectory() as out:
            write_drafts(drafts, Path(out) / "claims", force=False)
    return len(drafts)


def floor(path: Path, _: bool) -> int:
    document = read_document(str(path))
    return sum(len(_NUMBER.findall(fold(p.text))) for p in document.paragraphs)


def timed(function, path: Path, write: bool) -> tuple[float, int]:
    gc.collect()
    start = time.process_time()
    count = function(path, write)
    return time.process_time() - start, count


def peak_memory(path: Path, write: bool) -> int:
    tracemalloc.start()
    extract(path, write)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--small", type=int, default=50)
    parser.add_argument("--large", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--write", action="store_true", help="also write the drafts to a temporary folder")
    parser.add_argument("--memory", action="store_true", help="also measure peak traced memory (slow)")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        paths = {n: make_copy(Path(folder), n) for n in (args.small, args.large)}
        times: dict[tuple[str, int], list[float]] = {}
        counts: dict[int, int] = {}
        for _ in range(args.repeat):
            for n, path in paths.items():  # interleaved: small, large, small, large …
                for name, function in (("floor", floor), ("extract", extract)):
                    seconds, count = timed(function, path, args.write)
                    times.setdefault((name, n), []).append(seconds)
                    if name == "extract":
                        counts[n] = count
        for n, path in paths.items():
            chars = len(path.read_text(encoding="utf-8"))
            seconds = statistics.median(times[("extract", n)])
            line = f"{n:>4}×: {chars:>9,} chars, {counts[n]:>6,} drafts, extract {seconds:7.2f} s"
            line += f" ({chars / seconds:>9,.0f} chars/s), floor {statistics.median(times[('floor', n)]):.3f} s"
            if args.memory:
                line += f", peak traced memory {peak_memory(path, args.write) / 2**20:.0f} MiB"
            print(line)
        ratio = statistics.median(times[("extract", args.large)]) / statistics.median(times[("extract", args.small)])
        base = statistics.median(times[("floor", args.large)]) / statistics.median(times[("floor", args.small)])
        size = args.large / args.small
        print(f"ratio {args.large}×/{args.small}×: extract {ratio:.2f}, floor {base:.2f}, sizes {size:.2f}")
        print(f"target: extract ratio ≤ {1.1 * size:.2f} → {'met' if ratio <= 1.1 * size else 'NOT met'}")


if __name__ == "__main__":
    main()
