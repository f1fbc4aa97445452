"""`--format json`: the version-1 report of docs/report.md, as one JSON object.

Keys are those of the spec plus the documented extensions (see docs/report.md); CJK text is
written as is (`ensure_ascii=False`), numbers are exact where they are whole.

The text is made one claim at a time (`chunks`), byte for byte what `json.dumps(doc,
ensure_ascii=False, indent=2)` gives, so that a report of 100,000 claims is written as it is
encoded instead of being held whole in memory as a string and a list of its pieces.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

NAME = "json"


def render(doc: dict[str, Any]) -> str:
    return "".join(chunks(doc))


def chunks(doc: dict[str, Any]) -> Iterator[str]:
    """The report's text in pieces of about one claim each."""
    if not doc:
        yield "{}\n"
        return
    yield "{"
    for number, (key, value) in enumerate(doc.items()):
        yield ("\n  " if number == 0 else ",\n  ") + _dumps(key) + ": "
        if key == "claims" and isinstance(value, list) and value:
            for index, record in enumerate(value):
                yield ("[\n    " if index == 0 else ",\n    ") + _indented(record, "    ")
            yield "\n  ]"
        else:
            yield _indented(value, "  ")
    yield "\n}\n"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _indented(value: Any, margin: str) -> str:
    """`value` as it reads nested at `margin`: JSON text holds no raw line break but the encoder's."""
    return _dumps(value).replace("\n", "\n" + margin)
