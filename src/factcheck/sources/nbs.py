"""nbs: the data portal of China's National Bureau of Statistics (data.stats.gov.cn, easyquery.htm).

`series` is the portal's indicator code (`A020101`; a parent code such as `A0D01` returns its
children, picked with `where: {zb: A0D0101}` by code or name). `where: {db: ...}` names the
database: `hgnd`/`hgjd`/`hgyd` national annual/quarterly/monthly, `fsnd`/`fsjd`/`fsyd`
provincial, `csnd`/`csyd` city; without `db` a national one follows from the period. Regional
databases need `where: {reg: 110000}` (a region code), or `across: reg` to rank among every
region of the answer. One request per indicator, database and region covers every period asked
for. Each value's unit (亿元, %, 万人, ...) is the indicator's own, read as a `scale` (亿 = 1e8)
and a `unit` (元) that a reference's own `scale` or `unit` replaces.

```yaml
sources:
  nbs: {type: nbs}                      # url: defaults to https://data.stats.gov.cn/easyquery.htm
compare: {source: nbs, series: A020101, where: {db: hgyd}, period: "2024-12"}
```

Pass: A020101 2024-12 is published as 6.2 (unit %) and the claim says 6.2% → confirmed.
Fail: 2024-01 has `hasdata: false` → unverifiable (never 0); an unknown code answers
returncode 501 → error naming the query; the portal's HTML bot-challenge page → error.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.errors import ClaimError
from factcheck.grammar.units import parse_unit
from factcheck.model import SourceRef
from factcheck.sources.base import (
    Batch,
    Dim,
    Refused,
    Request,
    Row,
    SourceConfig,
    SourceError,
    _snippet,
    load_json,
    number_text,
)
from factcheck.sources.select import period_key

TYPE = "nbs"
DEFAULT_URL = "https://data.stats.gov.cn/easyquery.htm"
OPTIONS: dict[str, Any] = {}
NATIONAL = {"year": "hgnd", "quarter": "hgjd", "month": "hgyd"}
FREQUENCY = {"nd": "year", "jd": "quarter", "yd": "month"}  # the last two letters of a database code
QUARTER_LETTERS = "ABCD"  # the portal writes 2024-Q1 as 2024A ... 2024-Q4 as 2024D
HEADERS = (
    ("Accept", "application/json, text/javascript, */*; q=0.01"),
    ("X-Requested-With", "XMLHttpRequest"),
)


def check_options(options: dict[str, Any], raw: Any) -> None:
    """No options of its own: the database and region are the reference's `where`."""


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    """One request per indicator, database and region (or all regions), for every period asked."""
    groups: dict[tuple[str, str, str | None, bool, bool], list[SourceRef]] = {}
    for ref in refs:
        db, reg, every_region = _target(ref)
        groups.setdefault((ref.series.strip(), db, reg, every_region, ref.period is None), []).append(ref)
    batches = []
    for (indicator, db, reg, every_region, latest), group in sorted(groups.items(), key=repr):
        sj = "LAST1" if latest else _time_codes(ref.period for ref in group)
        batches.append(Batch((_request(source, indicator, db, reg, every_region, sj),), tuple(group)))
    return batches


def _where(ref: SourceRef, key: str) -> str | None:
    return next((value.strip() for name, value in ref.where if name.casefold() == key), None)


def _target(ref: SourceRef) -> tuple[str, str | None, bool]:
    """The database, the region and whether every region is asked (`across: reg`)."""
    if not ref.series.strip():
        raise SourceError("an nbs reference needs `series`: the portal's indicator code (A020101)")
    if ref.period is not None and _kind(ref.period) is None:
        raise SourceError(f"the NBS portal publishes years, quarters and months; period {ref.period!r} is none of them")
    reg = _where(ref, "reg")
    every_region = (ref.across or "").casefold() == "reg"
    db = (_where(ref, "db") or "").lower()
    if not db:
        if reg or every_region:
            raise SourceError(
                "a reference to a region names its database: `where: {db: fsnd}` (provinces: fsnd, fsjd, "
                "fsyd; cities: csnd, csyd)"
            )
        kind = _kind(ref.period)
        if kind is None:
            raise SourceError("an nbs reference without `db` needs a period: a year, a quarter or a month")
        db = NATIONAL[kind]
    if db.startswith(("fs", "cs")) and not (reg or every_region):
        raise SourceError(f"database {db} holds regions: add `where: {{reg: 110000}}` (a region code) or `across: reg`")
    if reg and not db.startswith(("fs", "cs")):
        raise SourceError(f"database {db} is national: a region needs fsnd, fsjd, fsyd, csnd or csyd")
    expected = FREQUENCY.get(db[-2:])
    if ref.period and expected and _kind(ref.period) != expected:
        raise SourceError(
            f"database {db} publishes one value per {expected}; period {ref.period!r} is not a {expected}"
        )
    return db, reg, every_region


def _kind(period: str | None) -> str | None:
    key = period_key(period) or ""
    if re.fullmatch(r"\d{4}", key):
        return "year"
    if re.fullmatch(r"\d{4}-Q[1-4]", key):
        return "quarter"
    if re.fullmatch(r"\d{4}-\d{2}", key):
        return "month"
    return None


def _time_codes(periods: Iterable[str | None]) -> str:
    """The portal's time codes for the periods asked: 2024, 2024D (fourth quarter), 202412.

    A year with one period asked is asked by that period's code; a year with several is asked
    whole (a year's code on a monthly or quarterly database answers its months or quarters),
    so that one request covers every period. Without a period, the latest one (LAST1).
    """
    by_year: dict[str, set[str]] = {}
    for period in periods:
        key = period_key(period) or ""
        by_year.setdefault(key[:4], set()).add(key)
    codes = []
    for year, keys in sorted(by_year.items()):
        key = next(iter(keys))
        if len(keys) > 1 or _kind(key) == "year":
            codes.append(year)
        elif _kind(key) == "quarter":
            codes.append(year + QUARTER_LETTERS[int(key[-1]) - 1])
        else:
            codes.append(year + key[5:7])
    return ",".join(codes)


def _request(source: SourceConfig, indicator: str, db: str, reg: str | None, every_region: bool, sj: str) -> Request:
    if every_region:  # regions as rows, the indicator fixed: the portal answers every region
        rowcode, wds = "reg", [{"wdcode": "zb", "valuecode": indicator}]
        dfwds = [{"wdcode": "sj", "valuecode": sj}]
    else:
        rowcode, wds = "zb", ([{"wdcode": "reg", "valuecode": reg}] if reg else [])
        dfwds = [{"wdcode": "zb", "valuecode": indicator}, {"wdcode": "sj", "valuecode": sj}]
    fields = [
        ("m", "QueryData"),
        ("dbcode", db),
        ("rowcode", rowcode),
        ("colcode", "sj"),
        ("wds", _compact(wds)),
        ("dfwds", _compact(dfwds)),
    ]
    # k1 is the portal's cache-buster; derived from the query so that one question is one cache entry.
    k1 = str(int(hashlib.sha256(repr(fields).encode()).hexdigest()[:10], 16))
    params = (*fields, ("k1", k1))
    url = source.base_url(DEFAULT_URL)
    headers = (*HEADERS, ("Referer", url))
    post = Request(url, params, headers, "POST", series=indicator, accept_html=True)
    return Request(url, params, headers, series=indicator, fallback=post, accept_html=True)


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(body: bytes, request: Request, source: SourceConfig) -> Any:
    text = body.decode("utf-8-sig", errors="replace").lstrip()
    if text[:1] == "<":
        raise Refused(
            "the NBS portal answered an HTML page, not data: its bot check (a challenge page that only a "
            f"browser passes) or an error page: {_snippet(text)}. Try again later, or save the table "
            "from the portal as CSV and use a csv source",
            request.display(),
        )
    doc = load_json(body, "the NBS portal")
    if not isinstance(doc, dict) or "returncode" not in doc:
        raise SourceError("the NBS portal answered JSON without a returncode", request.display())
    if str(doc["returncode"]) != "200":
        said = doc.get("returndata")
        said = said if isinstance(said, str) else json.dumps(said, ensure_ascii=False)[:200]
        if str(doc["returncode"]) == "501":
            raise SourceError(f"the NBS portal found nothing for {_query(request)} (returncode 501: {said})")
        raise SourceError(f"the NBS portal refused {_query(request)} (returncode {doc['returncode']}: {said})")
    data = doc.get("returndata")
    if not isinstance(data, dict) or not isinstance(data.get("datanodes"), list):
        raise SourceError("the NBS portal answered returncode 200 without datanodes", request.display())
    return data


def _query(request: Request) -> str:
    """The question in words: indicator, database, region and periods."""
    params = dict(request.params)
    asked: dict[str, str] = {}
    for name in ("wds", "dfwds"):
        try:
            asked.update({str(item["wdcode"]): str(item["valuecode"]) for item in json.loads(params.get(name, "[]"))})
        except (ValueError, TypeError, KeyError):
            continue
    parts = [f"indicator {asked.get('zb', '?')}", f"database {params.get('dbcode', '?')}"]
    if "reg" in asked:
        parts.append(f"region {asked['reg']}")
    parts.append(f"period {asked.get('sj', '?')}")
    return ", ".join(parts)


def follow(request: Request, doc: Any) -> list[Request]:
    """One answer holds every period asked for: no pages."""
    return []


def rows(doc: Any, request: Request, source: SourceConfig) -> list[Row]:
    nodes = {
        str(group["wdcode"]): {str(node["code"]): node for node in group.get("nodes") or []}
        for group in doc.get("wdnodes") or []
    }
    db = dict(request.params).get("dbcode", "")
    out = []
    for cell in doc["datanodes"]:
        codes = {str(item["wdcode"]): str(item["valuecode"]) for item in cell["wds"]}
        indicator, time = codes["zb"], codes["sj"]
        about = nodes.get("zb", {}).get(indicator, {})
        dims = [Dim("zb", "指标", (indicator,), str(about.get("cname") or "")), Dim("db", "database", (db,))]
        if "reg" in codes:
            region = nodes.get("reg", {}).get(codes["reg"], {})
            dims.append(Dim("reg", "地区", (codes["reg"],), str(region.get("cname") or "")))
        data = cell["data"]
        value = number_text(data.get("data")) if data.get("hasdata") is True else None
        scale, unit = _scale_and_unit(str(about.get("unit") or "").strip())
        out.append(
            Row(
                series=request.series,
                period=_period(time),
                value=value,
                dims=tuple(dims),
                unit=unit,
                scale=scale,
                note=str(about.get("cname") or "") or None,
            )
        )
    return out


def _scale_and_unit(text: str) -> tuple[str | None, str | None]:
    """The indicator's unit as a scale and a unit: 亿元 is scale 1e8 of 元, 万人 scale 1e4 of 人.

    Split so that a reference's `unit: 元` keeps the 亿, and its `scale` replaces it, as for any source.
    """
    if not text:
        return None, None
    try:
        factor, unit = parse_unit(text)
    except (ClaimError, ValueError):
        return None, text
    return (str(factor), unit.written) if factor != 1 else (None, text)


def _period(code: str) -> str:
    """The portal's time code in the common spelling: 202412 → 2024-12, 2024D → 2024-Q4."""
    if re.fullmatch(r"\d{6}", code):
        return f"{code[:4]}-{code[4:]}"
    if re.fullmatch(r"\d{4}[A-D]", code):
        return f"{code[:4]}-Q{QUARTER_LETTERS.index(code[4]) + 1}"
    return code
