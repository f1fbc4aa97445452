"""How fast claim files load: N generated claim files, files per second.

    python bench/bench_load.py               # 10,000 files
    python bench/bench_load.py -n 2000 --pure-sample 500

Prints, for libyaml's event parser and for PyYAML's pure-Python one (on a sample, since it is
several times slower): the YAML reading alone (`yamlio.read_yaml`) and the whole loader
(`load.load_claims`: YAML, schema, values, periods, checks, compare).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import yaml  # noqa: E402

from factcheck.load.claims import load_claims  # noqa: E402
from factcheck.yamlio import reader as yamlio  # noqa: E402

TEMPLATE = """\
claim: {city}{subject}{value}{unit_word}
value: {value_yaml}
unit: {unit}
kind: {kind}
subject: {city} {subject}
period: "{year}"
citation:
  title: {city}{year}年国民经济和社会发展统计公报
  publisher: {city}统计局
  url: https://example.org/{city_id}/{year}/bulletin.html
  published: {year_next}-03-15
  quote: {city}{subject}{value}{unit_word}，比上年增长{growth}%
{checks}x-reviewer: bench
"""

CITIES = ["潍坊", "青岛", "济南", "烟台", "临沂", "淄博", "济宁", "菏泽"]
SUBJECTS = [
    ("科技创新平台", "家", "家"),
    ("地区生产总值", "亿元", "亿元"),
    ("城镇化率", "%", "%"),
    ("新能源装机容量", "万千瓦", "万千瓦"),
    ("常住人口", "万人", "万人"),
]


def claim_text(index: int, rng: random.Random) -> str:
    city = rng.choice(CITIES)
    subject, unit, unit_word = rng.choice(SUBJECTS)
    value = rng.choice([str(rng.randint(10, 9999)), f"{rng.uniform(1, 999):.1f}", f"{rng.uniform(10, 90):.2f}"])
    checks = ""
    if index % 3 == 0 and index >= 2:
        checks = f"checks:\n  - sum: [./c{index - 1:05d}, ./c{index - 2:05d}]\n"
    return TEMPLATE.format(
        city=city,
        city_id=CITIES.index(city),
        subject=subject,
        value=value,
        value_yaml=value,
        unit=f'"{unit}"' if unit == "%" else unit,
        unit_word=unit_word,
        kind=rng.choice(["fact", "fact", "estimate"]),
        year=rng.choice([2021, 2022, 2023]),
        year_next=2024,
        growth=f"{rng.uniform(0, 12):.1f}",
        checks=checks,
    )


def generate(folder: Path, count: int) -> None:
    rng = random.Random(20261126)
    for index in range(count):
        sub = folder / "claims" / f"batch-{index // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"c{index:05d}.yaml").write_text(claim_text(index, rng), encoding="utf-8")


def timed(label: str, count: int, action) -> float:
    """Wall time and this process's CPU time: on a shared machine the CPU figure is steadier."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(
        f"{label:<26} {count:>6} files  wall {wall:6.2f} s {count / wall:7.0f} files/s"
        f"  cpu {cpu:6.2f} s {count / cpu:7.0f} files/s"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="how many claim files (default 10000)")
    parser.add_argument("--pure-sample", type=int, default=2_000, help="files for the pure-Python parser")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, args.n)
        files = sorted((root / "claims").rglob("*.yaml"))
        print(f"{args.n} claim files, {sum(f.stat().st_size for f in files) / len(files):.0f} bytes on average")
        loaders = [("libyaml", getattr(yaml, "CSafeLoader", None)), ("pure", yaml.SafeLoader)]
        for name, loader in loaders:
            if loader is None:
                print("libyaml: not available in this PyYAML build")
                continue
            yamlio.LOADER = loader
            sample = files if name == "libyaml" else files[: args.pure_sample]
            timed(f"read_yaml ({name})", len(sample), lambda sample=sample: [yamlio.read_yaml(path) for path in sample])
            folders = sorted({path.parent for path in sample})
            loaded = timed(f"load_claims ({name})", len(sample), lambda folders=folders: load_claims(folders, root))
            assert not loaded.failed, loaded.failed[:3]


if __name__ == "__main__":
    main()
