"""Write what `extract --dry-run --format json` and `check -f json` print for the speed work's inputs.

    python bench/extract_outputs.py OUT_DIR      # then: diff -r BEFORE_DIR AFTER_DIR

The inputs: the bundled article, its 20× copy and every tests/extract/data/*.txt. Run it with the
tree before a change and after it (PYTHONPATH=…/src): a speed-up must leave every file byte-identical.
Everything runs in one process, in the order given, so the caches one document fills are used by the next,
as a long-lived process would use them.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "docs" / "sources" / "weifang-2022-reform.txt"
DATA = ROOT / "tests" / "extract" / "data"


def _run(arguments: list[str]) -> str:
    from factcheck.cli.app import app  # noqa: PLC0415 (after PYTHONPATH is read)

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        app(arguments, standalone_mode=True)
    return out.getvalue()


def main() -> None:
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "article-20x.txt"
        text = ARTICLE.read_text(encoding="utf-8").strip("\n")
        copy.write_text("\n".join([text] * 20) + "\n", encoding="utf-8")
        for path in [ARTICLE, copy, *sorted(DATA.glob("*.txt"))]:
            extracted = _run(["extract", "--dry-run", "--format", "json", str(path)])
            checked = _run(["check", "-f", "json", "--today", "2026-12-08", str(path)])
            (target / f"{path.stem}.extract.json").write_text(extracted.replace(folder, "TMP"), encoding="utf-8")
            (target / f"{path.stem}.check.json").write_text(checked.replace(folder, "TMP"), encoding="utf-8")


if __name__ == "__main__":
    main()
