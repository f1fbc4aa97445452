"""What every source adapter shares: requests, rows, errors and the one way to pick a row.

An adapter is a module with `TYPE`, `DEFAULT_URL`, `OPTIONS`, `check_options()` and four pure
functions: `requests(refs, source)` groups references into batches of requests,
`decode(body, request, source)` reads a body (SourceError when unreadable), `follow(request,
doc)` names further pages, and `rows(doc, request, source)` turns a document into `Row`s.
Selecting the row a reference asks for is done once, in `select.py`, so that "no match is
unverifiable, several matches are an error" holds for every source alike.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from factcheck.model import Citation, Position, SourceRef

#: What an adapter raises when an answer has a shape it does not expect: the source's verdict is `error`.
SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError)


class SourceError(Exception):
    """A source that could not be reached or answered something unreadable: verdict `error`."""

    def __init__(self, reason: str, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url

    def __str__(self) -> str:
        return f"{self.reason} ({self.url})" if self.url else self.reason


class Refused(SourceError):
    """The API refused the request in band (the World Bank's `message` for an invalid code).

    When a batch is refused, the resolver asks again per group of the adapter's `split()`, so
    that one misspelt country does not turn the others of its batch into errors.
    """


class BadReference(SourceError):
    """A reference a source cannot ask for as written (`..` or a `/` where a code goes in a URL
    path): verdict `invalid` at the reference's line, and nothing is sent."""


#: Characters left as they are in a path segment: the SDMX key (`D.USD+RUB.EUR`), the OECD flow
#: (`ILO,DF_UNE`), DBnomics' `IMF/WEO:2024-10`; everything else is percent-encoded.
_PATH_SAFE = ":,+;=@!*'()~$"


def path_part(text: str, what: str, parts: int = 1) -> str:
    """A code from a claim as a URL path (at most `parts` segments joined by `/`), each segment encoded.

    A claim must never steer a request to another path of the server (`series: ../../admin`):
    `.`, `..` and empty segments are refused, and so is a `/` beyond what the source's URL
    scheme has (one segment for a World Bank indicator or country).
    """
    segments = text.split("/")
    if len(segments) > parts:
        shape = "have no `/`" if parts == 1 else f"have at most {parts - 1} `/`"
        raise BadReference(f"the {what} {text!r} goes in the request's path and must {shape}")
    if not text.isprintable():
        raise BadReference(f"the {what} {text!r} has a control character")
    for segment in segments:
        if segment.strip() in ("", ".", ".."):
            raise BadReference(
                f"the {what} {text!r} has an empty, `.` or `..` part: it would change the request's path"
            )
    return "/".join(quote(segment, safe=_PATH_SAFE) for segment in segments)


class NoMatch(Exception):
    """The source has no value for the reference: verdict `unverifiable`."""


@dataclass(frozen=True)
class Request:
    """One HTTP GET (or local file read, `url` = `file:` path). Never holds a secret."""

    url: str
    params: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    method: str = "GET"  # "POST" sends `params` form-encoded in the body
    series: str = field(default="", compare=False)  # the reference series a document stands for
    fallback: Request | None = field(default=None, compare=False)  # asked when this one is refused
    accept_html: bool = field(default=False, compare=False)  # an HTML answer goes to the adapter's decode()

    def key(self) -> str:
        """Cache key: sha256 of method, URL and sorted parameters."""
        text = json.dumps([self.method, self.url, sorted(self.params)], ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()

    def display(self) -> str:
        if self.method != "GET":
            return f"{self.method} {Request(self.url, self.params).display()}"
        if not self.params:
            return self.url

        return f"{self.url}?{urlencode(self.params, safe=':;,/')}"

    @property
    def is_local(self) -> bool:
        return self.url.startswith("file:")


@dataclass(frozen=True)
class Response:
    """A body as received (or read back from the cache or a local file), with its provenance."""

    request: Request
    body: bytes
    retrieved: str  # ISO 8601 UTC
    sha256: str
    origin: str  # network, cache, file
    content_type: str = ""


@dataclass(frozen=True)
class Batch:
    """Requests whose documents together hold the rows of `refs` (pages follow later)."""

    requests: tuple[Request, ...]
    refs: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Dim:
    """A dimension value of a row: the dimension's id and label, the member's codes and name."""

    id: str
    label: str
    codes: tuple[str, ...]
    name: str = ""

    def member(self) -> str:
        return self.codes[0] if self.codes else self.name


@dataclass(frozen=True)
class Row:
    """One published observation. `value` is the text as published, None when missing.

    `exact` is True for JSON APIs (a published number is a point); a CSV value is parsed
    with the value grammar and keeps its rounding interval.
    """

    series: str
    period: str | None
    value: str | None
    dims: tuple[Dim, ...] = ()
    unit: str | None = None
    scale: str | None = None
    exact: bool = True
    note: str | None = None  # status flag, CSV line, ...
    time_dim: str | None = None  # the dimension that carries `period`, when it is one of `dims`

    def dim(self, key: str) -> Dim | None:
        folded = key.casefold()
        for dim in self.dims:
            if dim.id.casefold() == folded or dim.label.casefold() == folded:
                return dim
        return None

    def describe(self) -> str:
        dims = ", ".join(f"{d.id}={d.member()}" for d in self.dims)
        period = f" @{self.period}" if self.period else ""
        return f"{self.series}[{dims}]{period}" if dims else f"{self.series}{period}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "series": self.series,
            "period": self.period,
            "value": self.value,
            "exact": self.exact,
            "dims": [[d.id, d.label, list(d.codes), d.name] for d in self.dims],
        }
        for name in ("unit", "scale", "note", "time_dim"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Row:
        dims = tuple(
            Dim(str(i), str(label), tuple(map(str, codes)), str(name)) for i, label, codes, name in data.get("dims", [])
        )
        return cls(
            series=str(data["series"]),
            period=data.get("period"),
            value=data.get("value"),
            dims=dims,
            unit=data.get("unit"),
            scale=data.get("scale"),
            exact=bool(data.get("exact", True)),
            note=data.get("note"),
            time_dim=data.get("time_dim"),
        )


Option = Callable[[Any], Any]  # validates one option value; raises ValueError(reason)


def text_option(raw: Any) -> str:
    if not isinstance(raw, (str, int, float)) or isinstance(raw, bool) or raw == "":
        raise ValueError("must be text")
    return str(raw)


def bool_option(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise ValueError("must be true or false")  # noqa: TRY004 - validators raise ValueError
    return raw


def int_option(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw <= 0:
        raise ValueError("must be a positive whole number")
    return raw


def mapping_option(raw: Any) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ValueError("must be a mapping of name: text")  # noqa: TRY004
    out = {}
    for key, value in raw.items():
        if isinstance(value, (Mapping, list)) or value is None:
            raise ValueError(f"`{key}` must be text")
        out[str(key)] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


def load_json(body: bytes, what: str) -> Any:
    """Decode a JSON body exactly (numbers as Decimal); refuse HTML and broken JSON."""
    text = body.decode("utf-8-sig", errors="replace").lstrip()
    if text[:1] == "<":
        raise SourceError(f"{what} answered HTML or XML, not JSON: {_snippet(text)}")
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise SourceError(f"{what} answered unreadable JSON ({error.msg} at char {error.pos})") from None
    except RecursionError:
        raise SourceError(f"{what} answered JSON nested too deeply to read") from None


def _snippet(text: str) -> str:
    plain = re.sub(r"(?is)<(style|script)\b.*?(</\1\s*>|$)", " ", text)
    plain = re.sub(r"<[^>]*>", " ", plain)
    plain = " ".join(plain.split())
    return repr(plain[:80])


def number_text(value: Any) -> str | None:
    """A published number as exact text; None for null, "NA", "N/A", "NULL" and "".

    `true`, `NaN` and `Infinity` (which JSON does not even allow) are kept as written: they are
    not a missing value but an unreadable one, and the reference that selects such a row gets
    `error` when its value is read (see observation.to_quantity); the other rows still read.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return repr(value) if math.isfinite(value) else ("Infinity" if value > 0 else "-Infinity")
    text = str(value).strip()
    if text.upper() in ("", "NA", "NAN", "N/A", "NULL"):
        return None
    try:
        Decimal(text)
    except ArithmeticError:
        raise SourceError(f"a published value {text!r} is not a number") from None
    return text


PIN_NAME = "sources.lock.json"


@dataclass(frozen=True)
class SourceConfig:
    """One entry of sources.yaml. `api_key_env` names a variable; the key itself is never stored."""

    name: str
    type: str
    position: Position
    url: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    citation: Citation | None = None
    unit: str | None = None
    scale: Fraction | None = None
    api_key_env: str | None = None
    api_key_header: str | None = None
    api_key_param: str | None = None
    time_budget: float | None = None  # seconds this source may cost a run; None: the run's default
    root: Path = Path(".")
    max_connections: int | None = None  # requests to this source in flight at once
    rate_limit: float | None = None  # requests per second sent to this source

    def base_url(self, default: str) -> str:
        return (self.url or default).rstrip("/")


@dataclass
class SourcesConfig:
    path: Path
    sources: dict[str, SourceConfig]

    @property
    def root(self) -> Path:
        """The claims repository root: the folder that holds sources.yaml."""
        return self.path.resolve().parent

    @property
    def pin_path(self) -> Path:
        return self.root / PIN_NAME
