"""From source references to Resolved values: pin, then cache, then the network.

Order for each distinct reference: the pin file (unless `refresh`), then the adapter's
batches, each document read from the cache (any age when `offline`) or fetched, decoded by
the adapter (an unreadable body is never cached), turned into rows, and the reference's row
selected. Everything the run used is kept in `entries` so that `sources pin` can write it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from factcheck.errors import ConfigError
from factcheck.files import inside
from factcheck.model import Resolved, SourceRef, Verdict
from factcheck.sources.base import (
    SHAPE_ERRORS,
    NoMatch,
    Refused,
    Request,
    Response,
    Row,
    SourceConfig,
    SourceError,
    SourcesConfig,
)
from factcheck.sources.cache import Cache
from factcheck.sources.fetch import Auth, Budget, Fetcher, FetchOptions, Limits, read_local, redact
from factcheck.sources.observation import failed, merge_by_key, resolved_from
from factcheck.sources.pin import PinEntry, entry_key, read_pin, ref_fields
from factcheck.sources.plan import by_source, ref_identity, unique_refs
from factcheck.sources.registry import ADAPTERS
from factcheck.sources.select import RowIndex, select, series_rows


class Resolver:
    def __init__(self, config: SourcesConfig, options: FetchOptions) -> None:
        self.config = config
        self.options = options
        self.cache = Cache(options.cache_dir or config.root / ".factcheck" / "cache", options.ttl)
        self.pin_path = options.pin_path or config.pin_path
        for given, path, what in (
            (options.cache_dir, self.cache.root, "cache folder"),
            (options.pin_path, self.pin_path, "pin file"),
        ):
            if given is None and not inside(path, config.root):
                # A cloned repository must not make the run read or write elsewhere through a link.
                raise ConfigError(f"the {what} {path} links out of the repository {config.root}: remove the link")
        self.observations = Cache(self.cache.root / "observations", options.ttl)  # see _cached_observation
        self.entries: dict[str, PinEntry] = {}
        self.requests_sent = 0
        self._inflight: dict[str, asyncio.Task[Response]] = {}
        self._budgets: dict[str, Budget] = {}  # per source: see fetch.Budget

    def resolve(self, refs: Sequence[SourceRef]) -> dict[tuple, Resolved]:
        results: dict[tuple, tuple[SourceRef, Resolved]] = {}
        pinned = {}
        if self.options.use_pin and not self.options.refresh and self.pin_path.exists():
            pinned = read_pin(self.pin_path)
        todo = []
        for ref in unique_refs(refs):
            source = self.config.sources.get(ref.source)
            entry = pinned.get(entry_key(ref))
            if source is None:
                known = ", ".join(sorted(self.config.sources))
                results[ref_identity(ref)] = (
                    ref,
                    Resolved(
                        ref.describe(),
                        verdict=Verdict.INVALID,
                        problem=f"unknown source {ref.source!r} (sources.yaml names: {known})",
                    ),
                )
            elif entry is not None:
                self.entries[entry_key(ref)] = entry
                results[ref_identity(ref)] = (ref, resolved_from(ref, source, entry, "pin"))
            elif (cached := self._cached_observation(ref, source)) is not None:
                self.entries[entry_key(ref)] = cached
                results[ref_identity(ref)] = (ref, resolved_from(ref, source, cached, "cache"))
            else:
                todo.append(ref)
        if todo:
            results.update(asyncio.run(self._fetch_all(todo)))
        secrets = self._secrets()
        return {key: _redacted(value, secrets) for key, value in merge_by_key(list(results.values())).items()}

    def _secrets(self) -> list[str]:
        """Every configured key that is set: none may show in a message, whatever carried it here
        (a pin or cache entry written before a key was rotated in, a server's echo)."""
        found = []
        for source in self.config.sources.values():
            if source.api_key_env:
                with contextlib.suppress(SourceError):
                    found.append(Auth(source.api_key_env).secret())
        return found

    def _cached_observation(self, ref: SourceRef, source: SourceConfig) -> PinEntry | None:
        """The observation a fetch picked for this reference before, from the cache.

        The request that holds a reference depends on the run's other references (the World
        Bank `date=` span, the countries and DBnomics series batched together), so a run of a
        subset of the claims asks other URLs. The picked observations are cached too, so that
        such a run offline still finds what an earlier run fetched. (Online, the subset's own
        request is simply sent.)
        """
        if not self.options.offline or self.options.refresh:
            return None
        request = _observation_request(ref, source)
        cached = self.observations.get(request, any_age=True)
        if cached is None:
            return None
        try:
            return PinEntry.from_json(json.loads(cached.body))
        except (ValueError, KeyError, TypeError, AttributeError):
            self.observations.discard(request)
            return None

    async def _fetch_all(self, refs: list[SourceRef]) -> dict[tuple, tuple[SourceRef, Resolved]]:
        out: dict[tuple, tuple[SourceRef, Resolved]] = {}
        jobs: list[tuple[SourceConfig, Any, Any]] = []
        for name, group in by_source(refs).items():
            source = self.config.sources[name]
            adapter = ADAPTERS[source.type]
            try:
                batches = adapter.requests(group, source)
            except SourceError:
                # One malformed reference (a DBnomics series without `/`) fails alone; the
                # source's other references are still batched and fetched.
                good = []
                for ref in group:
                    try:
                        adapter.requests([ref], source)
                    except SourceError as error:
                        out[ref_identity(ref)] = (ref, failed(ref, source, error))
                    else:
                        good.append(ref)
                batches = adapter.requests(good, source) if good else []
            jobs.extend((source, adapter, batch) for batch in batches)
        async with Fetcher(self.options) as fetcher:
            with progress_bar(len(jobs), self.options.progress) as advance:

                async def run(job: tuple[SourceConfig, Any, Any]) -> dict[tuple, tuple[SourceRef, Resolved]]:
                    try:
                        return await self._batch(fetcher, *job)
                    finally:
                        advance()

                for result in await asyncio.gather(*(run(job) for job in jobs)):
                    out.update(result)
            self.requests_sent = fetcher.sent
        return out

    async def _rows(
        self, fetcher: Fetcher, source: SourceConfig, adapter: Any, batch: Any
    ) -> dict[tuple, tuple[SourceRef, Resolved]]:
        """The batch's documents (cached, fetched, paged) → rows → each reference's value."""
        pages: list[tuple[Response, Any]] = []
        try:
            first = await self._document(fetcher, source, adapter, batch.requests[0])
            pages = [first]
            pages += await asyncio.gather(
                *(
                    self._document(fetcher, source, adapter, more, follow_up=True)
                    for more in adapter.follow(first[0].request, first[1])
                )
            )
            rows = RowIndex(row for response, doc in pages for row in adapter.rows(doc, response.request, source))
        except (SourceError, *SHAPE_ERRORS):
            for response, _ in pages:  # an answer that gave no rows is not kept, nor trusted again
                if response.origin == "cache":
                    self.cache.discard(response.request)
            raise
        else:
            for response, _ in pages:  # cached only now that every page turned into rows
                if response.origin == "network":
                    self.cache.put(response)
        return self._picked(source, batch, pages, rows)

    async def _batch(
        self, fetcher: Fetcher, source: SourceConfig, adapter: Any, batch: Any
    ) -> dict[tuple, tuple[SourceRef, Resolved]]:
        try:
            return await self._rows(fetcher, source, adapter, batch)
        except SHAPE_ERRORS as error:  # an adapter met a shape it does not expect: still `error`
            failure = SourceError(
                f"the {source.type} response could not be read ({type(error).__name__}: {error})",
                batch.requests[0].display(),
            )
            return {ref_identity(ref): (ref, failed(ref, source, failure)) for ref in batch.refs}
        except SourceError as error:
            groups = adapter.split(batch.refs) if isinstance(error, Refused) and hasattr(adapter, "split") else []
            if len(groups) > 1:  # one invalid code in a batch: ask each group apart
                out: dict[tuple, tuple[SourceRef, Resolved]] = {}
                for part in await asyncio.gather(
                    *(
                        self._batch(fetcher, source, adapter, single)
                        for group in groups
                        for single in adapter.requests(group, source)
                    )
                ):
                    out.update(part)
                return out
            error = _with_url(error, batch.requests[0])
            return {ref_identity(ref): (ref, failed(ref, source, error)) for ref in batch.refs}

    def _picked(
        self, source: SourceConfig, batch: Any, pages: list[tuple[Response, Any]], rows: RowIndex
    ) -> dict[tuple, tuple[SourceRef, Resolved]]:
        digest = _digest([response for response, _ in pages])
        return {ref_identity(ref): (ref, self._pick(ref, source, rows, pages[0][0], digest)) for ref in batch.refs}

    async def _document(
        self, fetcher: Fetcher, source: SourceConfig, adapter: Any, request: Request, follow_up: bool = False
    ) -> tuple[Response, Any]:
        if request.is_local:
            root = None if source.options.get("outside_repository") else source.root
            response = read_local(request, self.options.max_bytes, root)
            return response, _decode(adapter, response, source)
        if not self.options.refresh:
            for asked in (request, request.fallback):  # a refused GET's POST may be the one cached
                cached = self.cache.get(asked, any_age=self.options.offline) if asked is not None else None
                if cached is not None:
                    try:
                        return cached, _decode(adapter, cached, source)
                    except SourceError:
                        self.cache.discard(asked)  # an unreadable entry is refetched, never trusted
        if self.options.offline:
            raise SourceError(f"offline: no cached or pinned response for {request.method} {request.display()}")
        # A request the server refuses (an HTTP error, a page in place of data) is asked once
        # more in the adapter's other way, when it names one (NBS: GET, then a form POST).
        response: Response | None = None
        try:
            response = await self._transfer(fetcher, source, request, follow_up)
            doc = _decode(adapter, response, source)
        except SourceError as error:
            answered = response is not None and not isinstance(error, Refused)  # an in-band error stands
            if request.fallback is None or answered:
                raise
            response = await self._transfer(fetcher, source, request.fallback, follow_up)
            doc = _decode(adapter, response, source)
        return response, doc  # cached by _rows, once every page turned into rows

    async def _transfer(
        self, fetcher: Fetcher, source: SourceConfig, request: Request, follow_up: bool = False
    ) -> Response:
        auth = Auth(source.api_key_env, source.api_key_header, source.api_key_param) if source.api_key_env else None
        # Two sources (or batches) that ask the same URL share one transfer.
        task = self._inflight.get(request.key())
        if task is None:
            limits = Limits(source.name, source.max_connections, source.rate_limit)
            budget = self._budgets.setdefault(source.name, Budget(source.time_budget or self.options.budget))
            task = self._inflight[request.key()] = asyncio.ensure_future(
                fetcher.get(request, auth, budget, limits, follow_up)
            )
        return await task

    def _pick(self, ref: SourceRef, source: SourceConfig, rows: RowIndex, response: Response, digest: str) -> Resolved:
        entry = PinEntry(ref_fields(ref), url=response.request.display(), retrieved=response.retrieved, sha256=digest)
        history: list[Row] = []
        try:
            selection = select(ref, rows)
        except NoMatch as missing:
            entry.problem = str(missing)
        except SourceError as error:
            return failed(ref, source, SourceError(error.reason, response.request.display()))
        else:
            entry.row, entry.members, entry.missing = selection.row, selection.members, selection.missing
            if selection.row is not None and not selection.members:
                try:
                    history = series_rows(ref, rows, selection.row)
                except (SourceError, *SHAPE_ERRORS):  # only the chart is lost, never the verdict
                    history = []
        if response.origin != "file":  # local data files are committed already: not pinned
            self.entries[entry_key(ref)] = entry
        if response.origin == "network":
            body = json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True).encode()
            self.observations.put(
                Response(
                    _observation_request(ref, source),
                    body,
                    response.retrieved,
                    hashlib.sha256(body).hexdigest(),
                    "network",
                    "application/json",
                )
            )
        return resolved_from(ref, source, entry, response.origin, history)


def _redacted(resolved: Resolved, secrets: list[str]) -> Resolved:
    """`resolved` with every secret replaced in its text (problem, written value, evidence)."""
    if not secrets:
        return resolved
    shown = json.dumps([resolved.written, resolved.problem, resolved.evidence], ensure_ascii=False, default=str)
    if redact(shown, secrets) == shown:
        return resolved
    evidence = json.loads(redact(json.dumps(resolved.evidence, ensure_ascii=False, default=str), secrets))
    problem = redact(resolved.problem, secrets) if resolved.problem is not None else None
    return dataclasses.replace(resolved, written=redact(resolved.written, secrets), problem=problem, evidence=evidence)


def _observation_request(ref: SourceRef, source: SourceConfig) -> Request:
    """The cache key of a reference's picked observation: the source's settings and the reference."""
    settings = json.dumps(
        [source.type, source.url, dict(source.options)], ensure_ascii=False, sort_keys=True, default=str
    )
    return Request(f"observation:{ref.source}", (("source", settings), ("ref", entry_key(ref))))


def _digest(responses: list[Response]) -> str:
    """The body's sha256; for a paged answer, the sha256 of its pages' hashes in page order."""
    if len(responses) == 1:
        return responses[0].sha256

    return hashlib.sha256("".join(r.sha256 for r in responses).encode()).hexdigest()


def _decode(adapter: Any, response: Response, source: SourceConfig) -> Any:
    """The adapter's reading of a body; any surprise in it is a SourceError, never a crash."""
    try:
        return adapter.decode(response.body, response.request, source)
    except SourceError as error:
        raise _with_url(error, response.request) from None
    except SHAPE_ERRORS as error:
        raise SourceError(
            f"the {source.type} response could not be read ({type(error).__name__}: {error})",
            response.request.display(),
        ) from None


def _with_url(error: SourceError, request: Request) -> SourceError:
    """The error naming the URL (or file) it came from, when its message does not already."""
    shown = request.display()
    if error.url is not None or shown in error.reason:
        return error
    return type(error)(error.reason, shown)


@contextmanager
def progress_bar(total: int, enabled: bool | None) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr, only on a terminal (or when asked for)."""
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show or total == 0:
        yield lambda: None
        return
    from rich.console import Console  # rich only for a progress bar
    from rich.progress import Progress  # rich only for a progress bar

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("fetching sources", total=total)
        yield lambda: bar.advance(task)


def resolve_refs(
    refs: Sequence[SourceRef], config: SourcesConfig | None, options: FetchOptions
) -> dict[tuple, Resolved]:
    """Every reference's value, keyed by `SourceRef.key()`; never an exception for a failed source.

    `config is None` (no sources.yaml): every reference is `unverifiable`, "sources not
    configured". Otherwise pin, cache and network as FetchOptions say.
    """
    if config is None:
        return {
            ref.key(): Resolved(ref.describe(), problem="sources not configured", verdict=Verdict.UNVERIFIABLE)
            for ref in refs
        }
    return Resolver(config, options).resolve(refs)
