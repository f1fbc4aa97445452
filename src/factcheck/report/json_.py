"""`--format json`: the version-1 report of docs/report.md, as one JSON object.

Its keys are those of docs/report.md; CJK text is
written as is (`ensure_ascii=False`), numbers are exact where they are whole.
"""

from __future__ import annotations

import json
from typing import Any

NAME = "json"


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
