"""sources.yaml: the data sources that claims compare with, validated like a claim file.

```yaml
sources:
  worldbank:
    type: worldbank
  oecd:
    type: sdmx
    url: https://sdmx.oecd.org/public/rest
    params: {format: jsondata}
    citation: {title: OECD Data Explorer, url: https://data-explorer.oecd.org}
  private-api:
    type: jsonstat
    url: https://stats.example.org/api
    api_key_env: STATS_API_KEY     # the key is read from the environment at request time
```

Every problem is a ConfigError "sources.yaml:LINE:COL: reason" (exit status 2). A source's
options are the common ones (`type`, `url`, `citation`, `unit`, `scale`, `api_key_env`,
`api_key_header`, `api_key_param`) plus its type's own (see each adapter); anything else is an
error, because a misspelt option would silently change what is compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from factcheck.errors import ClaimError
from factcheck.grammar.refs import parse_scale
from factcheck.model import Citation
from factcheck.sources.base import SourceConfig, SourcesConfig
from factcheck.sources.registry import ADAPTERS
from factcheck.yamlio.nodes import YamlTree, read_tree

COMMON = (
    "type",
    "url",
    "citation",
    "unit",
    "scale",
    "api_key_env",
    "api_key_header",
    "api_key_param",
    "max_connections",
    "rate_limit",
    "time_budget",
)
CITATION_KEYS = tuple(Citation.__dataclass_fields__)


def load_sources(path: Path) -> SourcesConfig:
    """Read and validate sources.yaml; every problem is a ConfigError naming file:line:col."""
    tree = read_tree(path)
    data = tree.data
    if not isinstance(data, Mapping):
        raise tree.error((), "the top level must be a mapping with a `sources` key")
    for key in data:
        if key != "sources" and key != "version" and not str(key).startswith("x-"):
            raise tree.error((key,), f"unknown top-level key {key!r} (known: sources, version)", at_key=True)
    if data.get("version", 1) != 1:
        raise tree.error(("version",), "only version 1 is supported")
    sources = data.get("sources")
    if not isinstance(sources, Mapping) or not sources:
        raise tree.error(("sources",) if "sources" in data else (), "`sources` must be a non-empty mapping")
    root = path.resolve().parent
    parsed = {str(name): _source(tree, str(name), raw, root) for name, raw in sources.items()}
    return SourcesConfig(path=path, sources=parsed)


def _source(tree: YamlTree, name: str, raw: Any, root: Path) -> SourceConfig:
    at = ("sources", name)
    if not isinstance(raw, Mapping):
        raise tree.error(at, f"source {name!r} must be a mapping with a `type`")
    kind = str(raw.get("type"))
    if kind not in ADAPTERS:
        where = at + ("type",) if "type" in raw else at
        raise tree.error(where, f"source {name!r} needs `type`: one of {', '.join(sorted(ADAPTERS))}")
    adapter = ADAPTERS[kind]
    options: dict[str, Any] = {}
    for key, value in raw.items():
        key = str(key)
        if key in COMMON:
            continue
        if key not in adapter.OPTIONS:
            known = ", ".join(sorted(set(COMMON) | set(adapter.OPTIONS)))
            raise tree.error(at + (key,), f"unknown option {key!r} for a {kind} source (known: {known})", at_key=True)
        try:
            options[key] = adapter.OPTIONS[key](value)
        except ValueError as error:
            raise tree.error(at + (key,), f"`{key}` {error}") from None
    try:
        adapter.check_options(options, raw)
    except ValueError as error:
        raise tree.error(at, f"source {name!r}: {error}") from None
    return SourceConfig(
        name=name,
        type=kind,
        position=tree.position(at),
        options=options,
        root=root,
        url=_url(tree, at, raw.get("url")),
        citation=_citation(tree, at, raw.get("citation")),
        unit=_text(tree, at, raw, "unit"),
        scale=_scale(tree, at, raw.get("scale")),
        api_key_env=_text(tree, at, raw, "api_key_env"),
        api_key_header=_text(tree, at, raw, "api_key_header") or getattr(adapter, "API_KEY_HEADER", None),
        api_key_param=_text(tree, at, raw, "api_key_param"),
        max_connections=_positive(tree, at, raw, "max_connections", whole=True),
        rate_limit=_positive(tree, at, raw, "rate_limit", whole=False),
        time_budget=_seconds(tree, at, raw.get("time_budget")),
    )


def _positive(tree: YamlTree, at: tuple, raw: Mapping[str, Any], key: str, whole: bool) -> Any:
    """`max_connections` (a whole number ≥ 1) or `rate_limit` (requests per second, > 0)."""
    if key not in raw:
        return None
    value = raw[key]
    what = "a whole number of connections, 1 or more" if whole else "requests per second, a number above 0"
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
        raise tree.error(at + (key,), f"`{key}` must be {what}, not {value!r}")
    if not value > 0 or value != value or value == float("inf"):
        raise tree.error(at + (key,), f"`{key}` must be {what}, not {value}")
    return int(value) if whole else float(value)


def _seconds(tree: YamlTree, at: tuple, raw: Any) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not 0 < raw <= 86400:
        raise tree.error(
            at + ("time_budget",), "`time_budget` must be a number of seconds (more than 0, at most 86400)"
        )
    return float(raw)


def _text(tree: YamlTree, at: tuple, raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, (Mapping, list, bool)) or value == "":
        raise tree.error(at + (key,), f"`{key}` must be text")
    return str(value)


def _url(tree: YamlTree, at: tuple, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith(("http://", "https://")) or not _well_formed(value):
        raise tree.error(at + ("url",), "`url` must be an http(s) URL")
    return value


def _well_formed(url: str) -> bool:
    """A host, a valid port if any, no space or control character (`http://[::1` is not a URL)."""

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        return False
    return bool(parts.hostname) and not any(ord(char) <= 32 or ord(char) == 127 for char in url)


def _scale(tree: YamlTree, at: tuple, value: Any) -> Fraction | None:
    if value is None:
        return None

    try:
        return parse_scale(value)
    except ClaimError as error:
        raise tree.error(at + ("scale",), error.reason) from None


def _citation(tree: YamlTree, at: tuple, value: Any) -> Citation | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise tree.error(at + ("citation",), "`citation` must be a mapping (title, publisher, url, ...)")
    for key, item in value.items():
        if key not in CITATION_KEYS:
            raise tree.error(
                at + ("citation", key), f"unknown citation key {key!r} (known: {', '.join(CITATION_KEYS)})", at_key=True
            )
        if isinstance(item, (Mapping, list)):
            raise tree.error(at + ("citation", key), f"`citation.{key}` must be text")
    return Citation(**{str(k): str(v) for k, v in value.items() if v is not None})
