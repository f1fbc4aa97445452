"""How fast `factcheck extract` is and how it scales: N copies of the bundled article, small and large.

    python bench/bench_extract.py                     # 50× and 200×, one repeat each
    python bench/bench_extract.py --repeat 3 --distinct
    python bench/bench_extract.py --small 10 --large 40 --repeat 3 --write --memory
    python bench/bench_extract.py --only-documents --repeat 3    # the commands on unrepeated text

Every measurement runs in a fresh Python process, with the collector set as `factcheck`'s own
entry point sets it, so that no cache of an earlier measurement helps a later one. For each size
it prints characters, drafts, CPU seconds of that process (median of the repeats, sizes
interleaved; CPU time rather than wall-clock time because the machine is shared: other
processes' load stretches the wall clock, not this process's CPU time), characters per CPU
second, and peak traced memory with --memory (a separate pass: tracing slows the code). The
first extraction in a process also pays one-time costs (the grammar's tables, the romanisation
dictionary: about 0.2 s), so it then prints the marginal rate between the two sizes,
(large − small characters) ÷ (large − small seconds), which leaves them out.

Then the ratio large/small of the extraction time against the FLOOR, the same ratio for a pass
that is linear by construction (read the text, split it into paragraphs, fold every character,
find every number with one regex), measured in the same run: on an idle machine both are close
to large/small; the target is a ratio of at most 1.1 × large/small (4.4 for 200×/50×).

A copied article repeats its clauses, and the extractor caches some answers per distinct text
(values, subjects, sentences), so --distinct also measures text that does not repeat: the Chinese
releases under tests/extract/data/ and the bundled article, joined once, after a warm-up on an
unrelated sentence (the one-time costs excluded, the caches cold for this text).

--documents measures the commands themselves on text that does not repeat: every Chinese
document under tests/extract/data/ joined into one file (and, separately, every English one), then
`factcheck extract --dry-run --format json` and `factcheck check --format json` of each file, each
in a fresh process, CPU seconds of that process (user + system) less those of the same command on
a one-line document (start-up, imports and one-time tables), and characters per second from that;
beside it the floor (read, split, fold, one number regex) over the same file, and how many times
the floor each command takes. No cache of one measurement reaches another.

"Extraction" is what the command does between reading the file and printing: the mentions, the
drafts with their relations, and with --write the files and the manifest in a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "docs" / "sources" / "weifang-2022-reform.txt"
DISTINCT = [ARTICLE, *sorted((ROOT / "tests" / "extract" / "data").glob("zh-*.txt"))]
DISTINCT.append(ROOT / "tests" / "extract" / "data" / "bulletin-zh.txt")
DATA = ROOT / "tests" / "extract" / "data"
#: The labelled documents by language: zh-*.txt and *-zh.txt, en-*.txt and *-en.txt.
LANGUAGES = {lang: sorted({*DATA.glob(f"{lang}-*.txt"), *DATA.glob(f"*-{lang}.txt")}) for lang in ("zh", "en")}
WARM_UP = "2023年全市地区生产总值增长5.2%，达到1234.5亿元；液晶显示屏产量800多万台。In 2023, output rose 3.1%."
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def make_copy(folder: Path, copies: int) -> Path:
    text = ARTICLE.read_text(encoding="utf-8").strip("\n")
    path = folder / f"article-{copies}x.txt"
    path.write_text("\n".join([text] * copies) + "\n", encoding="utf-8")
    return path


def make_distinct(folder: Path) -> Path:
    path = folder / "distinct-zh.txt"
    path.write_text("\n".join(p.read_text(encoding="utf-8").strip("\n") for p in DISTINCT) + "\n", encoding="utf-8")
    return path


def make_joined(folder: Path, lang: str) -> Path:
    """Every labelled document of one language, joined: text that does not repeat."""
    path = folder / f"documents-{lang}.txt"
    texts = (p.read_text(encoding="utf-8").strip("\n") for p in LANGUAGES[lang])
    path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    return path


def command_seconds(arguments: list[str]) -> float:
    """CPU seconds (user + system) of one `factcheck` command in a fresh process; its output is dropped."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-m", "factcheck", *arguments], capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):  # 1: the gate failed, a finding, not a crash
        raise SystemExit(f"factcheck {' '.join(arguments)}: exit {result.returncode}\n{result.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def documents(folder: Path, repeat: int) -> None:
    """`extract --dry-run --format json` and `check --format json` on the joined documents."""
    sample = folder / "one-line.txt"
    sample.write_text(WARM_UP + "\n", encoding="utf-8")
    commands = {
        "extract": ["extract", "--dry-run", "--format", "json"],
        "check": ["check", "--format", "json", "--today", "2026-01-01"],
    }
    for lang in LANGUAGES:
        path = make_joined(folder, lang)
        size = len(path.read_text(encoding="utf-8"))
        floor = statistics.median(
            measure("floor", path, argparse.Namespace(write=False))["seconds"] for _ in range(repeat)
        )
        print(f"{lang}: {len(LANGUAGES[lang])} documents joined, {size:,} chars; floor {floor:.4f} CPU s")
        for name, arguments in commands.items():
            runs = [
                (command_seconds([*arguments, str(path)]), command_seconds([*arguments, str(sample)]))
                for _ in range(repeat)
            ]
            whole = statistics.median(full for full, _ in runs)
            start = statistics.median(empty for _, empty in runs)
            net = max(whole - start, 1e-9)
            print(
                f"  {name:<7} {whole:6.2f} CPU s, one-line document {start:5.2f} s, net {net:6.2f} s: "
                f"{size / net:>9,.0f} chars/s, {net / floor:6.0f}× the floor"
            )


def child(kind: str, path: Path, write: bool, memory: bool, warm: bool) -> None:
    """One measurement in this (fresh) process; prints it as JSON on stdout."""
    gc.freeze()  # as factcheck.cli.app.main does for every command
    gc.set_threshold(70_000, 10, 100)
    from factcheck.extract.document import read_document  # noqa: PLC0415 (the child only)
    from factcheck.extract.drafts import build_drafts  # noqa: PLC0415
    from factcheck.extract.mentions import find_mentions  # noqa: PLC0415
    from factcheck.extract.output import write_drafts  # noqa: PLC0415
    from factcheck.grammar.textnorm import fold  # noqa: PLC0415

    def extract(source: Path) -> int:
        document = read_document(str(source))
        mentions = find_mentions(document, "auto", None)
        drafts = build_drafts(document, mentions, None, "auto")
        if write:
            with tempfile.TemporaryDirectory() as out:
                write_drafts(drafts, Path(out) / "claims", force=False)
        return len(drafts)

    def floor(source: Path) -> int:
        document = read_document(str(source))
        return sum(len(_NUMBER.findall(fold(p.text))) for p in document.paragraphs)

    function = extract if kind == "extract" else floor
    warm_up = 0.0
    if warm:
        with tempfile.TemporaryDirectory() as folder:
            sample = Path(folder) / "warm-up.txt"
            sample.write_text(WARM_UP + "\n", encoding="utf-8")
            start = time.process_time()
            function(sample)
            warm_up = time.process_time() - start
    if memory:
        tracemalloc.start()
    gc.collect()
    start = time.process_time()
    count = function(path)
    seconds = time.process_time() - start
    peak = tracemalloc.get_traced_memory()[1] if memory else 0
    print(json.dumps({"seconds": seconds, "count": count, "peak": peak, "warm_up": warm_up}))


def measure(kind: str, path: Path, args: argparse.Namespace, memory: bool = False, warm: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", kind, str(path)]
    command += ["--write"] * args.write + ["--memory"] * memory + ["--warm"] * warm
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--small", type=int, default=50)
    parser.add_argument("--large", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--write", action="store_true", help="also write the drafts to a temporary folder")
    parser.add_argument("--memory", action="store_true", help="also measure peak traced memory (slow)")
    parser.add_argument("--distinct", action="store_true", help="also measure text that does not repeat")
    parser.add_argument(
        "--documents", action="store_true", help="also time the commands on the joined labelled documents"
    )
    parser.add_argument("--only-documents", action="store_true", help="--documents and nothing else")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.documents = args.documents or args.only_documents
    if args.child:
        child(args.child[0], Path(args.child[1]), args.write, args.memory, args.warm)
        return
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; python {sys.version.split()[0]}")
    if args.documents:
        with tempfile.TemporaryDirectory() as folder:
            documents(Path(folder), args.repeat)
        if args.only_documents:
            print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            return
    with tempfile.TemporaryDirectory() as folder:
        paths = {n: make_copy(Path(folder), n) for n in (args.small, args.large)}
        times: dict[tuple[str, int], list[float]] = {}
        counts: dict[int, int] = {}
        for _ in range(args.repeat):
            for n, path in paths.items():  # interleaved: small, large, small, large …
                for kind in ("floor", "extract"):
                    result = measure(kind, path, args)
                    times.setdefault((kind, n), []).append(result["seconds"])
                    if kind == "extract":
                        counts[n] = result["count"]
        chars = {n: len(path.read_text(encoding="utf-8")) for n, path in paths.items()}
        seconds = {n: statistics.median(times[("extract", n)]) for n in paths}
        for n, path in paths.items():
            line = f"{n:>4}×: {chars[n]:>9,} chars, {counts[n]:>6,} drafts, extract {seconds[n]:7.2f} CPU s"
            line += f" ({chars[n] / seconds[n]:>9,.0f} chars/s), floor {statistics.median(times[('floor', n)]):.3f} s"
            if args.memory:
                line += f", peak traced memory {measure('extract', path, args, memory=True)['peak'] / 2**20:.0f} MiB"
            print(line)
        extra = seconds[args.large] - seconds[args.small]
        if extra > 0:
            print(f"marginal: {(chars[args.large] - chars[args.small]) / extra:,.0f} chars/s (one-time costs left out)")
        if args.distinct:
            path = make_distinct(Path(folder))
            runs = [measure("extract", path, args, warm=True) for _ in range(args.repeat)]
            cpu = statistics.median(run["seconds"] for run in runs)
            size = len(path.read_text(encoding="utf-8"))
            print(
                f"distinct: {size:,} chars, {runs[0]['count']:,} drafts, extract {cpu:.3f} CPU s "
                f"({size / cpu:,.0f} chars/s, {runs[0]['count'] / cpu:,.0f} drafts/s; after a warm-up)"
            )
        ratio = seconds[args.large] / seconds[args.small]
        base = statistics.median(times[("floor", args.large)]) / statistics.median(times[("floor", args.small)])
        size = args.large / args.small
        print(f"ratio {args.large}×/{args.small}×: extract {ratio:.2f}, floor {base:.2f}, sizes {size:.2f}")
        print(f"target: extract ratio ≤ {1.1 * size:.2f} → {'met' if ratio <= 1.1 * size else 'NOT met'}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
