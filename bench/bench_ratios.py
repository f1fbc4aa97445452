"""Every figure of the performance goals, as ratios measured side by side in one run.

    python bench/bench_ratios.py                     # 10,000 claims, 100,000 for memory, 3 rounds
    python bench/bench_ratios.py --claims 2000 --big 0 --rounds 1     # a quick look

Each figure is a whole `factcheck` process, as a user runs it, timed against a reference
measured in the same rounds (interleaved: one of each per round, medians over the rounds), so
that the load of a shared machine weighs on both sides alike:

- floor: a process reading the same claim files with `yaml.load(CSafeLoader)` and nothing else;
- cold: `run --offline --format json` with no loaded-claims cache (it writes one);
- no-cache: the same with `--no-cache`;
- warm: the same again, no file changed since the cold run (the stored run is printed);
- warm, loaded claims only: the same with the stored run removed (a whole run from the
  loaded-claims cache: what a run costs after an edit of one file);
- rich ÷ json: the default terminal report against `--format json`, both to a pipe, both whole
  runs from the loaded-claims cache;
- start-up: `--help` and `--version` against `python -c pass`;
- extract: `extract --dry-run --format json` of a 200× copy of the bundled article against a 50× copy;
- memory: peak RSS of a cold run at N and at the big N (one run each);
- collector: the share of a cold run's wall time spent in the garbage collector;
- CPU: floor, cold and no-cache again as CPU seconds (user + system, the least of the rounds),
  which a loaded machine disturbs less than wall time.

Nothing here asserts a target: the figures go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_run import make_repository  # noqa: E402

PYTHON = sys.executable
ARTICLE = HERE.parent / "docs" / "sources" / "weifang-2022-reform.txt"  # as bench_extract.py
ENV = {**os.environ, "FACTCHECK_TODAY": "2026-11-26", "NO_COLOR": "1", "COLUMNS": "120"}

FLOOR = """
import os, sys, yaml
for folder, _, names in os.walk(sys.argv[1]):
    for name in names:
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name), "rb") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
"""

GC_SHARE = """
import atexit, gc, sys, time
spent, started, begin = [0.0], [0.0], time.perf_counter()
def watch(phase, info):
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        spent[0] += time.perf_counter() - started[0]
gc.callbacks.append(watch)
atexit.register(lambda: sys.stderr.write(f"gc-share {spent[0] / (time.perf_counter() - begin):.4f}\\n"))
sys.argv = ["factcheck", *sys.argv[1:]]
from factcheck.cli import main
main()
"""


CPU: dict[str, list[float]] = {}  # CPU seconds (user + system) of the processes measured, by figure


def measure(command: list[str], cwd: Path, cpu: str = "") -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB, and stderr of one process (stdout to a pipe, discarded).

    `cpu`: also keep the process's CPU seconds under that name. On a machine that others load,
    wall time waits for a core while CPU time does not, so CPU ratios vary less between runs.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if cpu:
        CPU.setdefault(cpu, []).append(usage.ru_utime + usage.ru_stime)
    err = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss // 1024, err


def factcheck(*args: str) -> list[str]:
    return [PYTHON, "-m", "factcheck", *args]


def clean_cache(root: Path) -> None:
    shutil.rmtree(root / ".factcheck", ignore_errors=True)


def forget_runs(root: Path) -> None:
    """Only the stored runs: the next run is a whole one, from the loaded-claims cache."""
    shutil.rmtree(root / ".factcheck" / "runs", ignore_errors=True)


def settle() -> None:
    """A run is stored only when its files are older than two seconds (a later edit in the same
    clock tick could keep their stat): wait that long after writing a repository, as any
    repository whose files were not written this very moment."""
    time.sleep(2.1)


def article_copy(folder: Path, times: int) -> Path:
    path = folder / f"article-{times}x.txt"
    text = ARTICLE.read_text(encoding="utf-8")
    path.write_text("\n\n".join([text] * times), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000, help="claims for the second memory figure (0: skip)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    samples: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        samples.setdefault(name, []).append(value)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        make_repository(root, args.claims)
        settle()
        files = str(root / "claims")
        small, large = article_copy(Path(tmp), 50), article_copy(Path(tmp), 200)
        json_run = factcheck("run", "--offline", "--format", "json")
        memory: dict[str, int] = {}
        for _ in range(args.rounds):
            add("floor", measure([PYTHON, "-c", FLOOR, files], root, cpu="floor")[0])
            clean_cache(root)
            wall, rss, _ = measure(json_run, root, cpu="cold")
            add("cold", wall)
            memory[f"cold {args.claims}"] = max(memory.get(f"cold {args.claims}", 0), rss)
            add("warm", measure(json_run, root)[0])
            forget_runs(root)
            add("warm, loaded claims only", measure(json_run, root)[0])
            add("no-cache", measure([*json_run, "--no-cache"], root, cpu="no-cache")[0])
            forget_runs(root)  # rich and json both run whole, from the loaded-claims cache
            add("rich", measure(factcheck("run", "--offline"), root)[0])
            forget_runs(root)
            add("json", measure(json_run, root)[0])
            for _ in range(3):
                add("pass", measure([PYTHON, "-c", "pass"], root)[0])
                add("--help", measure(factcheck("--help"), root)[0])
                add("--version", measure(factcheck("--version"), root)[0])
            add("extract 50x", measure(factcheck("extract", str(small), "--dry-run", "--format", "json"), root)[0])
            add("extract 200x", measure(factcheck("extract", str(large), "--dry-run", "--format", "json"), root)[0])
        clean_cache(root)
        _, _, err = measure([PYTHON, "-c", GC_SHARE, "run", "--offline", "--format", "json"], root)
        gc_share = next((float(line.split()[1]) for line in err.splitlines() if line.startswith("gc-share")), -1.0)
        if args.big:
            big = Path(tmp) / "big"
            make_repository(big, args.big)
            settle()
            memory[f"floor {args.big}"] = measure([PYTHON, "-c", FLOOR, str(big / "claims")], big)[1]
            wall, memory[f"cold {args.big}"], _ = measure(json_run, big)
            memory[f"warm {args.big}"] = measure(json_run, big)[1]
            memory["pass"] = measure([PYTHON, "-c", "pass"], big)[1]
            add(f"cold {args.big} (one run)", wall)

    median = {name: statistics.median(values) for name, values in samples.items()}
    load = os.getloadavg()
    print(f"claims: {args.claims}, rounds: {args.rounds}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"python {sys.version.split()[0]}, nproc {os.cpu_count()}")
    print()
    print(f"{'figure':<44} {'median s':>9}")
    for name, value in median.items():
        print(f"{name:<44} {value:9.3f}")
    print()
    ratios = [
        ("cold ÷ floor", median["cold"] / median["floor"], "≤ 2"),
        ("no-cache ÷ floor", median["no-cache"] / median["floor"], ""),
        ("warm ÷ floor", median["warm"] / median["floor"], "≤ 0.3"),
        ("warm, loaded claims only ÷ floor", median["warm, loaded claims only"] / median["floor"], ""),
        ("rich ÷ json", median["rich"] / median["json"], "≤ 1.15"),
        ("--help ÷ python -c pass", median["--help"] / median["pass"], "≤ 5"),
        ("--version ÷ python -c pass", median["--version"] / median["pass"], "≤ 5"),
        ("extract 200× ÷ 50×", median["extract 200x"] / median["extract 50x"], "≤ 4.4"),
    ]
    print(f"{'ratio':<44} {'value':>9}  goal")
    for name, value, goal in ratios:
        print(f"{name:<44} {value:9.2f}  {goal}")
    print(f"{'collector share of a cold run':<44} {gc_share:9.1%}  ≤ 5 %")
    cpu = {name: min(values) for name, values in CPU.items()}  # the least disturbed of the rounds
    print()
    print(f"{'CPU seconds (user + system), least of rounds':<44} {'s':>9}")
    for name, value in cpu.items():
        print(f"{name:<44} {value:9.3f}")
    print(f"{'cold ÷ floor, CPU':<44} {cpu['cold'] / cpu['floor']:9.2f}")
    print(f"{'no-cache ÷ floor, CPU':<44} {cpu['no-cache'] / cpu['floor']:9.2f}")
    print()
    print(f"{'peak RSS':<44} {'MB':>9}")
    for name, value in memory.items():
        print(f"{name:<44} {value:9d}")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
