"""Do a DOCX, an HTML page and a PDF of each labelled release give the drafts its text gives?

    python bench/formats_equivalence.py                  # every release, every format
    python bench/formats_equivalence.py --only zh-nbs --formats html,docx
    python bench/formats_equivalence.py --quiet          # the summary only

For every labelled release under tests/extract/data/ (a .txt with its .yaml labels), the text is
written as DOCX, as an HTML page (site chrome around <p> paragraphs, <table>s and <pre>) and,
where reportlab is installed and its fonts can print the text, as a PDF
(tests/documents/writers.py), each into a temporary folder under the same file name. Each file
is read and drafted as `factcheck check` does (the drafts `factcheck extract` writes), and its
drafts are checked, citations read from that file. Per document and format it prints whether
the drafts equal the text's (by name; the citation's document, locator and title and
`x-extract` left out, as they name the file) and, if not, which drafts are missing, extra or
changed and how; then the verdict counts, misquoted and invalid
first. The summary counts documents equal, differing and with misquoted or invalid findings.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.documents.writers: the writers the tests use

from tests.documents import writers  # noqa: E402

from factcheck.extract import checkdoc  # noqa: E402 - after the path above
from factcheck.run.pipeline import RunOptions  # noqa: E402

DATA = ROOT / "tests" / "extract" / "data"
FORMATS = ("docx", "html", "pdf")
BAD = ("misquoted", "invalid")


def releases(only: str) -> list[Path]:
    return [p for p in sorted(DATA.glob("*.txt")) if p.with_suffix(".yaml").exists() and only in p.name]


def comparable(draft) -> dict:
    claim = dict(draft.data)
    claim["citation"] = {k: v for k, v in claim["citation"].items() if k not in ("document", "locator", "title")}
    claim.pop("x-extract", None)
    return claim


def drafts_and_verdicts(path: Path) -> tuple[dict[str, dict], Counter]:
    prepared = checkdoc.prepare([str(path)])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True, cwd=path.parent))
    verdicts = Counter(f.verdict.value for c in result.claims for f in c.findings)
    return {d.name: comparable(d) for d in prepared[0].drafts}, verdicts


def differences(expected: dict[str, dict], got: dict[str, dict], limit: int = 4) -> list[str]:
    lines = []
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    if missing:
        lines.append(f"missing {len(missing)}: {', '.join(missing[:limit])}")
    if extra:
        lines.append(f"extra {len(extra)}: {', '.join(extra[:limit])}")
    changed = [name for name in expected if name in got and expected[name] != got[name]]
    for name in changed[:limit]:
        keys = sorted(k for k in set(expected[name]) | set(got[name]) if expected[name].get(k) != got[name].get(k))
        for key in keys[:2]:
            lines.append(f"{name}.{key}: {_short(expected[name].get(key))} -> {_short(got[name].get(key))}")
    if len(changed) > limit:
        lines.append(f"... {len(changed) - limit} more changed")
    return lines


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."


def write(fmt: str, source: Path, folder: Path) -> Path | str:
    """The file of format `fmt`, or why there is none."""
    target = folder / f"{source.stem}.{fmt}"
    if fmt == "docx":
        return writers.write_docx(source, target)
    if fmt == "html":
        return writers.write_html(source, target)
    if importlib.util.find_spec("reportlab") is None:
        return "reportlab is not installed (pip install reportlab)"
    why = writers.pdf_unprintable(source)
    return why or writers.write_pdf(source, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="only releases whose file name contains this")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    formats = [f for f in args.formats.split(",") if f]
    summary = {fmt: Counter() for fmt in formats}
    with tempfile.TemporaryDirectory() as tmp:
        for source in releases(args.only):
            folder = Path(tmp) / source.stem
            (folder / "txt").mkdir(parents=True)
            expected, base = drafts_and_verdicts(Path(shutil.copy(source, folder / "txt")))
            if not args.quiet:
                print(f"{source.stem}: {len(expected)} drafts; txt verdicts {dict(base)}")
            for fmt in formats:
                (folder / fmt).mkdir()
                made = write(fmt, source, folder / fmt)
                if isinstance(made, str):
                    summary[fmt]["skipped"] += 1
                    if not args.quiet:
                        print(f"  {fmt}: skipped ({made})")
                    continue
                try:
                    got, verdicts = drafts_and_verdicts(made)
                except Exception as error:  # noqa: BLE001 - a bench reports every failure and goes on
                    summary[fmt]["error"] += 1
                    print(f"  {fmt}: ERROR {type(error).__name__}: {error}")
                    continue
                diff = differences(expected, got)
                bad = {v: verdicts[v] for v in BAD if verdicts[v]}
                summary[fmt]["documents"] += 1
                summary[fmt]["equal" if not diff else "differ"] += 1
                summary[fmt]["drafts"] += len(expected)
                summary[fmt]["drafts differing"] += len(set(expected) ^ set(got)) + sum(
                    1 for n in expected if n in got and expected[n] != got[n]
                )
                if bad:
                    summary[fmt]["with misquoted/invalid"] += 1
                    for verdict, count in bad.items():
                        summary[fmt][verdict] += count
                if not args.quiet or diff or bad:
                    if args.quiet:
                        print(source.stem)
                    state = "equal" if not diff else "DIFFER"
                    print(f"  {fmt}: {state}; verdicts {dict(verdicts)}{'  BAD ' + str(bad) if bad else ''}")
                    for line in diff:
                        print(f"      {line}")
    print("\nsummary")
    for fmt, counts in summary.items():
        keys = ["documents", "equal", "differ", "skipped", "error", "drafts", "drafts differing"]
        keys += ["with misquoted/invalid", *BAD]
        print(f"  {fmt}: " + ", ".join(f"{k} {counts[k]}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
