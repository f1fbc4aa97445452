"""Fetching: one httpx AsyncClient for the whole run, with limits, retries and a size cap.

Why not plain `httpx.get` in a loop: a run may ask dozens of documents, and public APIs
throttle (429), fail transiently (5xx) and sometimes answer forever. So requests run
concurrently under a limit, transient failures are retried a bounded number of times with
exponential backoff and jitter (honouring `Retry-After`), each attempt has a deadline, and a
body larger than `max_bytes` is refused while it streams in. Every failure is a SourceError
(verdict `error`), never a pass.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlencode

from factcheck.sources.base import Request, Response, SourceError
from factcheck.sources.cache import now_iso


@dataclass
class FetchOptions:
    offline: bool = False  # only cache and pin; a missing response is an `error`
    refresh: bool = False  # ignore cache and pin, fetch again
    cache_dir: Path | None = None  # None: .factcheck/cache beside sources.yaml
    pin_path: Path | None = None  # None: sources.lock.json beside sources.yaml
    timeout: float = 30.0  # seconds per connect/read phase
    max_bytes: int = 64 * 1024 * 1024
    concurrency: int = 8
    ttl: float = 24 * 3600.0
    progress: bool | None = None  # None: a progress bar only when stderr is a terminal
    retries: int = 3
    backoff: float = 0.5  # first retry waits about this long, then doubles
    max_retry_after: float = 60.0
    deadline: float | None = None  # a whole attempt, body included; None: 4 x timeout
    use_pin: bool = True


@dataclass(frozen=True)
class Auth:
    """Where a source's API key goes; the key is read from the environment when sending."""

    env: str
    header: str | None = None
    param: str | None = None

    def apply(self, params: list[tuple[str, str]], headers: dict[str, str]) -> None:
        secret = os.environ.get(self.env)
        if not secret:
            raise SourceError(f"the environment variable {self.env} (api_key_env) is not set")
        if self.param:
            params.append((self.param, secret))
        else:
            headers[self.header or "Authorization"] = secret


class Fetcher:
    """Sends requests through one client; use as `async with Fetcher(options) as fetcher`."""

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self.semaphore = asyncio.Semaphore(max(1, options.concurrency))
        self.client: Any = None
        self.sent = 0

    async def __aenter__(self) -> Self:
        import httpx  # httpx only when a source is fetched

        timeout = httpx.Timeout(self.options.timeout, connect=min(self.options.timeout, 10.0), pool=None)
        limits = httpx.Limits(max_connections=max(1, self.options.concurrency), max_keepalive_connections=8)
        self.client = httpx.AsyncClient(
            timeout=timeout,
            limits=limits,
            follow_redirects=True,
            headers={"User-Agent": "factcheck (numeric claim checker)"},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def get(self, request: Request, auth: Auth | None = None) -> Response:
        """The body of a 200 answer, retrying connect errors, timeouts, 429 and 5xx."""
        import httpx  # httpx only when a source is fetched

        options = self.options
        deadline = options.deadline or options.timeout * 4
        shown = request.display()
        for attempt in range(options.retries + 1):
            last = attempt == options.retries
            try:
                async with self.semaphore:
                    status, headers, body = await asyncio.wait_for(self._once(request, auth), deadline)
            except (TimeoutError, httpx.TransportError) as error:
                if last:
                    raise SourceError(
                        f"cannot reach the source: {_why(error)} after {attempt + 1} attempts", shown
                    ) from None
                await asyncio.sleep(self._backoff(attempt))
                continue
            except httpx.InvalidURL as error:  # a control character in a `where` value or `series`
                raise SourceError(f"cannot build the request: {_why(error)}", shown) from None
            except httpx.HTTPError as error:  # a body that cannot be decoded, a redirect loop: not transient
                raise SourceError(f"the answer could not be read: {_why(error)}", shown) from None
            if status == 429 or status >= 500:
                if last:
                    raise SourceError(f"HTTP {status} after {attempt + 1} attempts", shown)
                await asyncio.sleep(self._retry_after(headers.get("retry-after")) or self._backoff(attempt))
                continue
            if status != 200:
                raise SourceError(f"HTTP {status}: {_text_snippet(body)}", shown)
            content_type = headers.get("content-type", "")
            if "html" in content_type.lower() and not request.accept_html:
                raise SourceError(f"answered an HTML page ({content_type}), not data: {_text_snippet(body)}", shown)
            return Response(request, body, now_iso(), hashlib.sha256(body).hexdigest(), "network", content_type)
        raise AssertionError("unreachable: the loop returns or raises")

    async def _once(self, request: Request, auth: Auth | None) -> tuple[int, Mapping[str, str], bytes]:
        params = list(request.params)
        headers = dict(request.headers)
        if auth is not None:
            auth.apply(params, headers)
        self.sent += 1
        cap = self.options.max_bytes
        sent: dict[str, Any] = {"params": params}
        if request.method == "POST":  # a form POST: the same fields, form-encoded in the body
            sent = {"content": urlencode(params).encode()}
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        async with self.client.stream(request.method, request.url, headers=headers, **sent) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > cap:
                raise SourceError(f"response larger than {cap} bytes ({declared} declared)", request.display())
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise SourceError(f"response larger than {cap} bytes", request.display())
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)

    def _backoff(self, attempt: int) -> float:
        base = self.options.backoff * (2**attempt)
        return base + random.uniform(0, self.options.backoff)

    def _retry_after(self, value: str | None) -> float | None:
        """Seconds to wait as the server asked (seconds or an HTTP date), capped."""
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            seconds = (when - datetime.now(UTC)).total_seconds()
        return max(0.0, min(seconds, self.options.max_retry_after))


def read_local(request: Request, max_bytes: int) -> Response:
    """A `file:` request: a data file of the claims repository, read fresh every run."""
    path = Path(request.url[len("file:") :])
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO would block the run forever, /dev/zero never end
            raise SourceError("cannot read the data file: not a regular file", str(path))
        if status.st_size > max_bytes:
            raise SourceError(f"file larger than {max_bytes} bytes", str(path))
        body = path.read_bytes()
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        reason = getattr(error, "strerror", None) or error
        raise SourceError(f"cannot read the data file: {reason}", str(path)) from None
    return Response(request, body, now_iso(), hashlib.sha256(body).hexdigest(), "file")


def _why(error: BaseException) -> str:
    if isinstance(error, asyncio.TimeoutError):
        return "timed out"
    name = type(error).__name__
    text = str(error)
    return f"{name}: {text}" if text else name


def _text_snippet(body: bytes) -> str:
    text = body[:8000].decode("utf-8", errors="replace").lstrip("\ufeff")
    text = re.sub(r"(?is)<(style|script)\b.*?(</\1\s*>|$)", " ", text)  # an error page's CSS says nothing
    text = " ".join(re.sub(r"<[^>]*>", " ", text).split())
    return repr(text[:120]) if text else "(empty body)"
