"""Loopback replays of recorded NBS and Data Commons answers (../shared/fixtures/sources).

The NBS portal answers a query by its form fields, whether they come as GET parameters or as
a form POST; the replay does the same, matching the recorded fields (the JSON of `wds` and
`dfwds` compared as data, `k1` the cache-buster ignored). A query that was not recorded is a
404, so a test fails if the adapter asks anything else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import yaml
from werkzeug.wrappers import Request as WRequest
from werkzeug.wrappers import Response as WResponse

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "sources"
QUERY_FIELDS = ("m", "dbcode", "rowcode", "colcode", "wds", "dfwds")


def query_of(fields: dict[str, str]) -> tuple:
    """The question a set of portal fields asks: JSON fields as data, k1 left out."""
    out = []
    for name in QUERY_FIELDS:
        text = fields.get(name, "")
        try:
            value: Any = json.loads(text) if name in ("wds", "dfwds") else text
        except ValueError:
            value = text
        out.append((name, json.dumps(value, sort_keys=True, ensure_ascii=False)))
    return tuple(out)


def nbs_cassettes() -> dict[tuple, tuple[int, bytes]]:
    """Every recorded NBS interaction: its query → (status, body as recorded)."""
    recorded = {}
    for path in sorted((SHARED / "china_nbs").glob("*.yaml")):
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            fields = dict(parse_qsl(interaction["request"]["body"]))
            response = interaction["response"]
            recorded[query_of(fields)] = (response["status"]["code"], response["body"]["string"].encode("utf-8"))
    return recorded


def nbs_handler(
    recorded: dict[tuple, tuple[int, bytes]], *, refuse_get: bool = False, log: list | None = None
) -> Callable[[WRequest], WResponse]:
    """A handler that answers the recorded queries (GET or form POST), 404 for any other."""

    def handle(request: WRequest) -> WResponse:
        if log is not None:
            log.append(request.method)
        if request.method == "GET" and refuse_get:
            return WResponse("Method Not Allowed", status=405)
        fields = dict(request.args) if request.method == "GET" else dict(request.form)
        answer = recorded.get(query_of(fields))
        if answer is None:
            return WResponse(f"not recorded: {fields}", status=404)
        status, body = answer
        return WResponse(body, status=status)  # the portal sends no Content-Type with its JSON

    return handle


def datacommons_answer() -> dict:
    return json.loads((SHARED / "datacommons" / "v2_observation_Count_Person_geoId06_latest.json").read_bytes())


def narrowed(answer: dict, date: str, facet_ids: str | None) -> dict:
    """The recorded LATEST answer narrowed as the API narrows it: to one date, to named facets.

    Only observations the recording holds survive, so a value can only come from it.
    """
    out = json.loads(json.dumps(answer))
    for by_variable in out["byVariable"].values():
        for by_entity in by_variable["byEntity"].values():
            kept = []
            for facet in by_entity.get("orderedFacets", []):
                if facet_ids and facet["facetId"] not in facet_ids.split(","):
                    continue
                observations = [o for o in facet["observations"] if date == "LATEST" or o["date"] == date]
                if observations:
                    kept.append(dict(facet, observations=observations, obsCount=len(observations)))
            by_entity["orderedFacets"] = kept
    return out
