"""The Python API: check claims from a program or a notebook, with the gate the CLI applies.

    import factcheck

    result = factcheck.check("claims", offline=True)
    result.exit_code          # 0 or 1, as `factcheck run --offline` would exit
    result.verdicts["weifang-2022/tech-platforms-total"]   # "pass"
    result.to_json()          # the JSON report of `--format json`

`check()` is `factcheck run`: the same pipeline, the same policy (`[tool.factcheck]` or
`factcheck.yaml`, then the arguments), the same baseline and `accept:` entries, the same
report record. It also runs inside a running event loop (Jupyter), where the fetching of
sources happens in a worker thread.

`check_document(docs)` is `factcheck check DOC...`: a document's numbers and the relations its
words state, checked without claim files, with the same `Result`.
"""

from factcheck.api.check import Finding, Result, check
from factcheck.api.document import check_document

__all__ = ["Finding", "Result", "check", "check_document"]
