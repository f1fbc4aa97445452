"""factcheck: a command-line fact checker for numeric claims.

Claims live as one YAML file each; `factcheck run` checks them against each other and
against public statistical data, and gates CI on the result. From Python,
`factcheck.check(paths, ...)` does what `factcheck run` does and returns a `Result`, and
`factcheck.check_document(docs, ...)` does what `factcheck check DOC` does (see docs/api.md).
"""

import importlib
from typing import Any

__version__ = "0.1.0"
__all__ = ["Result", "check", "check_document", "__version__"]


def __getattr__(name: str) -> Any:
    """`factcheck.check` and `factcheck.Result`, imported on first use: `import factcheck` stays light."""
    if name in ("check", "check_document", "Result", "Finding"):
        # On first use, by name: importing the package must not load the pipeline, and every
        # stage imports `__version__` from here, so a static import would close a cycle.
        return getattr(importlib.import_module("factcheck.api"), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
