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
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Iterable, Self
from urllib.parse import quote, quote_plus, urlencode

from factcheck.files import inside
from factcheck.sources.base import Request, Response, SourceError
from factcheck.sources.cache import now_iso
from factcheck.sources.schedule import Limits, Schedule


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
    budget: float = 120.0  # seconds for everything one source costs (attempts, pages, waits); `time_budget:`
    use_pin: bool = True


@dataclass(frozen=True)
class Auth:
    """Where a source's API key goes; the key is read from the environment when sending.

    The key goes only to the host the source names: a redirect to another host is followed
    without it (see `_guard_redirect`). It is never part of a message: every error and body
    that leaves the Fetcher has it replaced by `[redacted]` (see `redact`).
    """

    env: str
    header: str | None = None
    param: str | None = None

    def secret(self) -> str:
        """The key, without the line break a `.env` file or `echo` leaves at its end."""
        secret = os.environ.get(self.env, "").strip()
        if not secret:
            raise SourceError(f"the environment variable {self.env} (api_key_env) is not set")
        if not secret.isascii() or not secret.isprintable():
            # httpx would refuse it with the value in its message; say what is wrong, not the key
            raise SourceError(
                f"the environment variable {self.env} (api_key_env) holds characters an API key cannot have "
                "(a line break, a control or non-ASCII character)"
            )
        return secret

    def apply(self, secret: str, params: list[tuple[str, str]], headers: dict[str, str]) -> str | None:
        """Add the key; the name of the header that carries it, None when it is a parameter."""
        if self.param:
            params.append((self.param, secret))
            return None
        header = self.header or "Authorization"
        headers[header] = secret
        return header


REDACTED = "[redacted]"


def _forms(secrets: Iterable[str]) -> set[str]:
    """Each secret as written and as a URL (query or form body) would encode it."""
    return {form for secret in secrets if secret for form in (secret, quote(secret, safe=""), quote_plus(secret))}


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret replaced by `[redacted]`."""
    for form in _forms(secrets):
        text = text.replace(form, REDACTED)
    return text


def _redact_error(error: SourceError, secrets: Iterable[str]) -> SourceError:
    secrets = [secret for secret in secrets if secret]
    if not secrets:
        return error
    url = redact(error.url, secrets) if error.url is not None else None
    return type(error)(redact(error.reason, secrets), url)


def _redact_body(body: bytes, secrets: Iterable[str]) -> bytes:
    for form in _forms(secrets):
        body = body.replace(form.encode(), REDACTED.encode())
    return body


class Budget:
    """The time one source may cost in a run: every attempt, page and wait of all its requests.

    A trickling server or `Retry-After: 100000` must not hold the run for minutes: once the
    budget is spent the source's references are `error`, and a wait the budget cannot cover is
    not begun. The clock starts when the source's first request gets a connection slot.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started: float | None = None

    def start(self) -> None:
        if self.started is None:
            self.started = time.monotonic()

    def left_now(self) -> float:
        return self.seconds if self.started is None else self.seconds - (time.monotonic() - self.started)

    def left(self, shown: str) -> float:
        left = self.left_now()
        if left <= 0:
            raise self.spent(shown, "")
        return left

    def spent(self, shown: str, why: str) -> SourceError:
        detail = f" ({why})" if why else ""
        return SourceError(f"gave up: the source's time budget of {self.seconds:g} s is spent{detail}", shown)

    async def sleep(self, seconds: float, shown: str) -> None:
        if seconds >= self.left_now():
            raise self.spent(shown, f"a retry would wait {seconds:.0f} s more")
        await asyncio.sleep(seconds)


class Fetcher:
    """Sends requests through one client; use as `async with Fetcher(options) as fetcher`.

    At most `options.concurrency` requests are in flight; a source's `max_connections` limits
    its own share, and its `rate_limit` spaces the requests sent to it (retries included).
    """

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self.schedule = Schedule(options.concurrency)
        self.client: Any = None
        self.sent = 0
        self.secrets: set[str] = set()  # every key sent in this run: redacted from all it returns

    async def __aenter__(self) -> Self:
        return self

    def _client(self) -> Any:
        """The shared client, made when the first request is sent (an offline run makes none)."""
        if self.client is not None:
            return self.client
        import httpx  # httpx only when a source is fetched

        timeout = httpx.Timeout(self.options.timeout, connect=min(self.options.timeout, 10.0), pool=None)
        limits = httpx.Limits(max_connections=max(1, self.options.concurrency), max_keepalive_connections=8)
        self.client = httpx.AsyncClient(
            timeout=timeout,
            limits=limits,
            follow_redirects=True,
            headers={"User-Agent": "factcheck (numeric claim checker)"},
            event_hooks={"request": [_guard_redirect]},
        )
        return self.client

    async def __aexit__(self, *exc: object) -> None:
        if self.client is not None:
            await self.client.aclose()

    async def get(
        self,
        request: Request,
        auth: Auth | None = None,
        budget: Budget | None = None,
        limits: Limits | None = None,
        follow_up: bool = False,
    ) -> Response:
        """The body of a 200 answer, retrying connect errors, timeouts, 429 and 5xx.

        `limits`: the source's connection and rate limits; `follow_up`: a page after the first.

        With `auth`, the key is redacted from the body and from every error, whatever the server
        (or httpx) echoed of it.
        """
        secret = auth.secret() if auth is not None else None
        if secret is not None:
            self.secrets.add(secret)
        try:
            response = await self._get(request, auth, secret, budget or Budget(self.options.budget), limits, follow_up)
        except SourceError as error:
            raise _redact_error(error, self.secrets) from None
        if not self.secrets:
            return response
        body = _redact_body(response.body, self.secrets)
        if body == response.body:
            return response
        return Response(
            request, body, response.retrieved, hashlib.sha256(body).hexdigest(), "network", response.content_type
        )

    async def _get(
        self,
        request: Request,
        auth: Auth | None,
        secret: str | None,
        budget: Budget,
        limits: Limits | None,
        follow_up: bool,
    ) -> Response:
        import httpx  # httpx only when a source is fetched

        options = self.options
        deadline = options.deadline or options.timeout * 4
        shown = request.display()
        for attempt in range(options.retries + 1):
            last = attempt == options.retries
            try:
                async with self.schedule.turn(limits, follow_up):
                    budget.start()
                    limit = min(deadline, budget.left(shown))
                    status, headers, body = await asyncio.wait_for(self._once(request, auth, secret), limit)
            except (TimeoutError, httpx.TransportError) as error:
                if budget.left_now() <= 0:
                    raise budget.spent(shown, f"{_why(error)} after {attempt + 1} attempts") from None
                if last:
                    raise SourceError(
                        f"cannot reach the source: {_why(error)} after {attempt + 1} attempts", shown
                    ) from None
                await budget.sleep(self._backoff(attempt), shown)
                continue
            except httpx.InvalidURL as error:  # a control character in a `where` value or `series`
                raise SourceError(f"cannot build the request: {_why(error)}", shown) from None
            except httpx.HTTPError as error:  # a body that cannot be decoded, a redirect loop: not transient
                raise SourceError(f"the answer could not be read: {_why(error)}", shown) from None
            if status == 429 or status >= 500:
                if last:
                    raise SourceError(f"HTTP {status} after {attempt + 1} attempts", shown)
                asked = self._retry_after(headers.get("retry-after"))
                if asked is not None and asked > budget.left_now():  # waiting could not help: say so now
                    raise budget.spent(shown, f"HTTP {status}, and the server asks to wait {asked:.0f} s")
                wait = min(asked, options.max_retry_after) if asked is not None else self._backoff(attempt)
                await budget.sleep(wait, shown)
                continue
            if status != 200:
                raise SourceError(f"HTTP {status}: {_text_snippet(body)}", shown)
            content_type = headers.get("content-type", "")
            if "html" in content_type.lower() and not request.accept_html:
                raise SourceError(f"answered an HTML page ({content_type}), not data: {_text_snippet(body)}", shown)
            return Response(request, body, now_iso(), hashlib.sha256(body).hexdigest(), "network", content_type)
        raise AssertionError("unreachable: the loop returns or raises")

    async def _once(
        self, request: Request, auth: Auth | None, secret: str | None
    ) -> tuple[int, Mapping[str, str], bytes]:
        params = list(request.params)
        headers = dict(request.headers)
        extensions = {}
        if auth is not None and secret is not None:
            header = auth.apply(secret, params, headers)
            extensions[_CREDENTIALS] = (request.url, header, secret)
        self.sent += 1
        cap = self.options.max_bytes
        sent: dict[str, Any] = {"params": params}
        if request.method == "POST":  # a form POST: the same fields, form-encoded in the body
            sent = {"content": urlencode(params).encode()}
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        async with self._client().stream(
            request.method, request.url, headers=headers, extensions=extensions, **sent
        ) as response:
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
        return max(0.0, seconds)  # the caller compares it with the time budget, then caps it


_CREDENTIALS = "factcheck.credentials"  # request extension: (source URL, key header or None, key)


async def _guard_redirect(request: Any) -> None:
    """Every request httpx sends, redirects included: the key stays with the source's host.

    httpx drops only `Authorization` on a cross-origin redirect; a custom header (`X-API-Key`)
    would follow to any host. Here the key's header is removed unless the redirect stays on the
    source's host (http → https allowed, never the reverse), and a redirect that carries the key
    in its address to another host is refused.
    """
    guard = request.extensions.get(_CREDENTIALS)
    if guard is None:
        return
    import httpx  # httpx only when a source is fetched

    first, header, secret = guard
    origin = httpx.URL(first)
    url = request.url
    if url.host == origin.host and (url.scheme, url.port) in ((origin.scheme, origin.port), ("https", None)):
        return  # the same origin, or the same host upgraded to https
    if header is not None:
        request.headers.pop(header, None)
    if redact(str(url), [secret]) != str(url):
        raise SourceError(f"redirected to another host ({url.host}) with the API key in the address: not followed")


def read_local(request: Request, max_bytes: int, root: Path | None = None) -> Response:
    """A `file:` request: a data file of the claims repository, read fresh every run.

    With `root`, the file (links followed) must lie inside it: `path: /etc/shadow`, `../x` or a
    link out of the repository is refused before anything is opened.
    """
    path = Path(request.url[len("file:") :])
    if root is not None and not inside(path, root):
        raise SourceError(
            "the data file is outside the repository (an absolute path, `..` or a link out); "
            "set `outside_repository: true` on the source to read it anyway",
            str(path),
        )
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
