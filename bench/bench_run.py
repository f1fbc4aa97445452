"""Benchmark a whole `factcheck run` on a generated repository of claims with relations.

Usage: python bench/bench_run.py [--claims 10000] [--repeat 3]

Prints, for N claims (a quarter of them totals with a `sum` check over three parts, some
percentages with a `difference` check): the time to validate, the time of a full offline
run, claims per second, and the start-up time of `factcheck --help` and `factcheck --version`
as a subprocess. Nothing here asserts a target: the figures go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

GROUP = """\
claim: 全市共建设科技创新平台{total}家,其中国家级{a}家、省级{b}家、市级{c}家
value: {total}
unit: 家
period: "2022"
citation:
  title: 第{n}号公报
  quote: 全市共建设科技创新平台{total}家
checks:
  - sum: [./part-{n}-a, ./part-{n}-b, ./part-{n}-c]
"""
PART = """\
claim: 其中{label}{value}家
value: {value}
unit: 家
period: "2022"
citation:
  title: 第{n}号公报
  quote: 其中{label}{value}家
"""


def make_repository(root: Path, claims: int) -> None:
    folder = root / "claims"
    groups = max(1, claims // 4)
    for n in range(groups):
        sub = folder / f"region-{n // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        a, b, c = 10 + n % 37, 100 + n % 211, 1000 + n % 977
        (sub / f"total-{n}.yaml").write_text(GROUP.format(total=a + b + c, a=a, b=b, c=c, n=n), encoding="utf-8")
        for suffix, label, value in (("a", "国家级", a), ("b", "省级", b), ("c", "市级", c)):
            (sub / f"part-{n}-{suffix}.yaml").write_text(PART.format(label=label, value=value, n=n), encoding="utf-8")


def timed(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def command_time(args: list[str], cwd: Path, repeat: int) -> float:
    return timed(
        lambda: subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, check=False),
        repeat,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from factcheck.run import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_repository(root, args.claims)
        count = sum(1 for _ in (root / "claims").rglob("*.yaml"))
        options = pipeline.RunOptions(paths=[root / "claims"], cwd=root, today=date(2026, 11, 26), offline=True)
        validate_s = timed(lambda: pipeline.validate(options), args.repeat)
        run_s = timed(lambda: pipeline.run(options), args.repeat)
        result = pipeline.run(options)
        verdicts = result.by_verdict()
        cli_s = command_time(["run", "--offline", "--format", "json"], root, 1)
        help_s = command_time(["--help"], root, max(3, args.repeat))
        version_s = command_time(["--version"], root, max(3, args.repeat))

    print(f"claims: {count} ({verdicts})")
    print(f"validate, in process: {validate_s:.2f} s  ({count / validate_s:,.0f} claims/s)")
    print(f"run --offline, in process: {run_s:.2f} s  ({count / run_s:,.0f} claims/s)")
    print(f"factcheck run --offline --format json, subprocess: {cli_s:.2f} s")
    print(f"factcheck --help start-up: {help_s * 1000:.0f} ms; --version: {version_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
