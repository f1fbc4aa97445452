"""The pin file (`sources.lock.json` beside sources.yaml): the observations a run used.

Committed with the claims, it makes CI give the same verdict every time until someone
refreshes the data on purpose (`factcheck sources update`, or `run --refresh`). It is sorted,
indented JSON so that a data revision shows as a one-line diff in review:

```json
{
  "version": 1,
  "observations": {
    "worldbank:NY.GDP.MKTP.CD[country=JPN]@2019": {
      "source": "worldbank", "series": "NY.GDP.MKTP.CD", "where": {"country": "JPN"}, "period": "2019",
      "row": {"series": "NY.GDP.MKTP.CD", "period": "2019", "value": "5081769542379.77", ...},
      "url": "https://api.worldbank.org/v2/country/JPN/indicator/NY.GDP.MKTP.CD?...",
      "retrieved": "2026-11-26T21:00:00Z", "sha256": "<sha256 of the response body>"
    }
  }
}
```

An entry holds the published row (value as published, period, dimensions, unit, scale), or
`members` for a rank `across` a dimension, or `problem` when the source had no value
(`unverifiable` is pinned too; errors never are), with the URL, the retrieval time and the
sha256 of the response body (of the pages' hashes, in order, when the answer was paged).
Entries are keyed by source, series, `where` and period; a reference's own `unit` and `scale`
are applied when the pin is read, so editing them needs no refresh, but changing a source's
URL or options does not invalidate the pin: run `factcheck sources update`. Local CSV files
are not pinned: they are committed already. No secret is ever written here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.files import atomic_write, read_json_config
from factcheck.model import SourceRef
from factcheck.sources.base import Row

VERSION = 1


def entry_key(ref: SourceRef) -> str:
    key = ref.describe()
    if ref.across:
        key += f" across {ref.across}"
        if ref.self_member:
            key += f" self {ref.self_member}"
    return key


@dataclass
class PinEntry:
    ref: dict[str, Any]
    row: Row | None = None
    members: dict[str, Row] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    problem: str | None = None
    url: str | None = None
    retrieved: str | None = None
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.ref)
        if self.row is not None:
            data["row"] = self.row.to_json()
        if self.members:
            data["members"] = {name: row.to_json() for name, row in self.members.items()}
            data["missing"] = list(self.missing)
        for name in ("problem", "url", "retrieved", "sha256"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PinEntry:
        ref = {k: data[k] for k in ("source", "series", "where", "period", "across", "self") if k in data}
        return cls(
            ref=ref,
            row=Row.from_json(data["row"]) if data.get("row") else None,
            members={str(k): Row.from_json(v) for k, v in (data.get("members") or {}).items()},
            missing=list(data.get("missing") or []),
            problem=data.get("problem"),
            url=data.get("url"),
            retrieved=data.get("retrieved"),
            sha256=data.get("sha256"),
        )

    def value_text(self) -> str:
        """One line for `sources update`: the value and period, or the members, or the problem."""
        if self.row is not None:
            return f"{self.row.value} ({self.row.period})" if self.row.period else str(self.row.value)
        if self.members:
            return ", ".join(f"{name}={row.value}" for name, row in sorted(self.members.items()))
        return f"no value: {self.problem}"


def ref_fields(ref: SourceRef) -> dict[str, Any]:
    data: dict[str, Any] = {"source": ref.source, "series": ref.series, "where": dict(ref.where), "period": ref.period}
    if ref.across:
        data["across"] = ref.across
    if ref.self_member:
        data["self"] = ref.self_member
    return data


def read_pin(path: Path) -> dict[str, PinEntry]:
    """The pinned observations; an unreadable pin file stops the run (exit 2), it is never ignored."""
    hint = "; fix it or rewrite it with `factcheck sources pin`"
    try:
        doc = read_json_config(path, "pin file", hint)
    except FileNotFoundError:
        return {}
    try:
        if doc.get("version") != VERSION:
            raise ValueError(f"version {doc.get('version')!r}, expected {VERSION}")
        return {str(key): PinEntry.from_json(entry) for key, entry in doc["observations"].items()}
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise ConfigError(f"{path}: unreadable pin file ({error}){hint}") from None


def write_pin(path: Path, entries: Mapping[str, PinEntry]) -> None:
    doc = {"version": VERSION, "observations": {key: entries[key].to_json() for key in sorted(entries)}}
    try:
        atomic_write(path, json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n", parents=True)
    except OSError as error:  # a folder in the way, a full disk: exit 2 with one line
        raise ConfigError(f"cannot write the pin file {path}: {error.strerror or error}") from None
