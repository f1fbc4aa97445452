"""Would loading claim files in a process pool win on this machine? Serial against N processes.

    python bench/bench_parallel.py --claims 10000 --workers 2 --rounds 3

Serial: `load_claims` over the whole claims folder in this process. Pool: the folder's region
subfolders split among N worker processes (forked), each running `load_claims` over its share
and sending its claims back pickled, as a pool inside `factcheck run` would have to; the parent
merges them. Both without the loaded-claims cache. Wall seconds, medians of the rounds
(interleaved). Nothing is asserted: the figures go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_run import make_repository  # noqa: E402
from factcheck.load.claims import load_claims  # noqa: E402


def _load_share(folders: list[str]) -> dict:
    claims: dict = {}
    for folder in folders:
        claims.update(load_claims([Path(folder)], Path(folder).parent.parent).claims)
    return claims


def serial(root: Path) -> int:
    return len(load_claims([root / "claims"], root).claims)


def pooled(root: Path, workers: int) -> int:
    folders = sorted(str(path) for path in (root / "claims").iterdir() if path.is_dir())
    shares = [folders[i::workers] for i in range(workers)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        claims: dict = {}
        for part in pool.map(_load_share, shares):
            claims.update(part)
    return len(claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    samples: dict[str, list[float]] = {"serial": [], "pool": []}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        make_repository(root, args.claims)
        for _ in range(args.rounds):
            start = time.perf_counter()
            count = serial(root)
            samples["serial"].append(time.perf_counter() - start)
            start = time.perf_counter()
            assert pooled(root, args.workers) == count
            samples["pool"].append(time.perf_counter() - start)
    load = os.getloadavg()
    print(f"claims: {args.claims}, workers: {args.workers}, nproc {os.cpu_count()}, rounds: {args.rounds}")
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    serial_s, pool_s = statistics.median(samples["serial"]), statistics.median(samples["pool"])
    print(f"serial load_claims: {serial_s:.2f} s")
    print(f"{args.workers}-process pool:   {pool_s:.2f} s  (pool ÷ serial {pool_s / serial_s:.2f})")


if __name__ == "__main__":
    main()
