"""The on-disk response cache (`.factcheck/cache/` by default).

One file per request, named by sha256(method + URL + sorted parameters): a JSON header line
(URL, retrieval time, sha256 of the body) and then the body as received. Writes go to a
temporary file and `os.replace` it, so a reader never sees half an entry even when two runs
share the folder. An entry whose header does not parse or whose body does not hash to the
recorded sha256 is deleted and refetched, never trusted. Secrets are never part of the key
or the entry: they are added to the request only when it is sent.
"""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, datetime
from pathlib import Path

from factcheck.files import atomic_write
from factcheck.sources.base import Request, Response


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Cache:
    def __init__(self, root: Path, ttl: float) -> None:
        self.root = root
        self.ttl = ttl

    def path(self, request: Request) -> Path:
        key = request.key()
        return self.root / key[:2] / f"{key}.bin"

    def get(self, request: Request, *, any_age: bool = False) -> Response | None:
        """The cached response, or None when absent, expired (unless `any_age`) or corrupt."""
        path = self.path(request)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        entry = _parse(raw, request)
        if entry is None:
            self.discard(request)
            return None
        header, body = entry
        if not any_age and time.time() - float(header["stored"]) > self.ttl:
            return None
        return Response(
            request, body, str(header["retrieved"]), str(header["sha256"]), "cache", str(header.get("content_type", ""))
        )

    def put(self, response: Response) -> None:
        request = response.request
        header = {
            "method": request.method,
            "url": request.url,
            "params": sorted(request.params),
            "retrieved": response.retrieved,
            "stored": time.time(),
            "sha256": response.sha256,
            "content_type": response.content_type,
            "size": len(response.body),
        }
        data = json.dumps(header, ensure_ascii=False).encode() + b"\n" + response.body
        try:
            atomic_write(self.path(request), data, parents=True)
        except OSError:  # a cache that cannot be written (a file in the way, read-only) only costs a refetch
            return

    def discard(self, request: Request) -> None:
        self.path(request).unlink(missing_ok=True)


def _parse(raw: bytes, request: Request) -> tuple[dict, bytes] | None:
    head, sep, body = raw.partition(b"\n")
    if not sep:
        return None
    try:
        header = json.loads(head)
        float(header["stored"])
    except (ValueError, KeyError, TypeError, RecursionError):  # a corrupt entry is refetched
        return None
    if not isinstance(header, dict) or header.get("url") != request.url:
        return None
    if hashlib.sha256(body).hexdigest() != header.get("sha256") or len(body) != header.get("size"):
        return None
    return header, body
