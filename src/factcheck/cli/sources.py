"""`factcheck sources ...`: list, check, pin and update the data sources of sources.yaml.

- `list`: each source's name, type, URL (or local path), cached responses and pinned observations.
- `check`: reach each source once and print the latency or the error (exit 1 if one fails).
- `pin [PATH ...]`: resolve every source reference of the claims and write the pin file
  (`sources.lock.json` beside sources.yaml) that `run` then uses.
- `update [PATH ...]`: fetch everything again, print every value that changed (data
  revisions), and rewrite the pin file.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from factcheck.errors import ConfigError, FactcheckError
from factcheck.report.safe import printable

sources_app = typer.Typer(
    help="List, check, pin and update the data sources of sources.yaml.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

SourcesOpt = Annotated[
    Path | None,
    typer.Option("--sources", help="sources.yaml to use (default: found from the claims or the working directory)."),
]
PathsArg = Annotated[
    list[Path] | None, typer.Argument(help="Claim files or folders (default: claims/).", show_default=False)
]
CacheOpt = Annotated[Path | None, typer.Option("--cache-dir", help="Response cache (default: .factcheck/cache).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds per network phase.")]


def _fail(error: FactcheckError) -> typer.Exit:
    typer.echo(f"factcheck: error: {printable(str(error))}", err=True)
    return typer.Exit(2)


def find_sources(explicit: Path | None, start: Path) -> Path:
    if explicit is not None:
        return explicit
    for folder in [start, *start.parents]:
        if (folder / "sources.yaml").is_file():
            return folder / "sources.yaml"
    raise ConfigError(f"no sources.yaml in {start} or above; name one with --sources")


@sources_app.command("list")
def list_sources(sources: SourcesOpt = None, cache_dir: CacheOpt = None) -> None:
    """Each source: name, type, URL, cached responses, pinned observations."""
    from factcheck.sources.cache import Cache  # not at start-up: --help loads every command module
    from factcheck.sources.config import load_sources  # not at start-up: --help loads every command module
    from factcheck.sources.pin import read_pin  # not at start-up: --help loads every command module
    from factcheck.sources.registry import ADAPTERS  # not at start-up: --help loads every command module

    try:
        config = load_sources(find_sources(sources, Path.cwd()))
        pinned = read_pin(config.pin_path)
    except FactcheckError as error:
        raise _fail(error) from None
    cache = Cache(cache_dir or config.root / ".factcheck" / "cache", 0)
    cached = _cached_urls(cache.root)
    for name, source in sorted(config.sources.items()):
        url = _location(source, ADAPTERS[source.type])
        in_cache = sum(1 for u in cached if url and (u == url or u.startswith(url.rstrip("/") + "/")))
        in_pin = sum(1 for entry in pinned.values() if entry.ref.get("source") == name)
        typer.echo(printable(f"{name}\t{source.type}\t{url}\tcache: {in_cache} responses\tpin: {in_pin} observations"))


def _location(source, adapter) -> str:  # type: ignore[no-untyped-def]
    if source.type == "csv":
        return adapter.location(source)
    return source.base_url(adapter.DEFAULT_URL)


def _cached_urls(root: Path) -> list[str]:
    urls = []
    for path in root.glob("*/*.bin") if root.exists() else []:
        try:
            with path.open("rb") as handle:
                urls.append(str(json.loads(handle.readline()).get("url", "")))
        except (OSError, ValueError, AttributeError):
            continue
    return urls


@sources_app.command("check")
def check_sources(sources: SourcesOpt = None, timeout: TimeoutOpt = 10.0) -> None:
    """Reach each source once; print its latency or the error (any HTTP answer counts)."""
    from factcheck.sources.config import load_sources  # not at start-up: --help loads every command module
    from factcheck.sources.registry import ADAPTERS  # not at start-up: --help loads every command module

    try:
        config = load_sources(find_sources(sources, Path.cwd()))
    except FactcheckError as error:
        raise _fail(error) from None
    targets = {name: _location(source, ADAPTERS[source.type]) for name, source in sorted(config.sources.items())}
    import asyncio  # here, not at the top: the CLI imports this module for every command

    results = asyncio.run(_reach_all(targets, timeout))
    failed = False
    for name, (ok, text) in results.items():
        failed |= not ok
        typer.echo(printable(f"{name}\t{'ok' if ok else 'error'}\t{text}"))
    if failed:
        raise typer.Exit(1)


async def _reach_all(targets: dict[str, str], timeout: float) -> dict[str, tuple[bool, str]]:
    import asyncio  # not at start-up: --help loads every command module

    import httpx  # not at start-up: --help loads every command module

    async with httpx.AsyncClient(timeout=timeout, follow_redirects=True) as client:

        async def reach(url: str) -> tuple[bool, str]:
            if url.startswith("file:"):
                path = Path(url[5:])
                return (True, f"{path} readable") if path.is_file() else (False, f"{path} does not exist")
            start = time.perf_counter()
            try:
                response = await client.get(url)
            except httpx.HTTPError as error:
                return False, f"{url}: {type(error).__name__} {error}".strip()
            ms = (time.perf_counter() - start) * 1000
            return response.status_code < 500, f"{url}: HTTP {response.status_code} in {ms:.0f} ms"

        answers = await asyncio.gather(*(reach(url) for url in targets.values()))
    return dict(zip(targets, answers))


def _resolve(
    paths: list[Path] | None, sources: Path | None, refresh: bool, offline: bool, cache_dir: Path | None, timeout: float
):  # type: ignore[no-untyped-def]
    """Load the claims, collect their source references, resolve them ignoring the old pin."""
    from factcheck.load.claims import load_claims  # not at start-up: --help loads every command module
    from factcheck.sources.config import load_sources  # not at start-up: --help loads every command module
    from factcheck.sources.fetch import FetchOptions  # not at start-up: --help loads every command module
    from factcheck.sources.plan import refs_of_claims  # not at start-up: --help loads every command module
    from factcheck.sources.resolve import Resolver  # not at start-up: --help loads every command module

    loaded = load_claims(paths or [], Path.cwd())
    config = load_sources(sources or find_sources(None, loaded.root))
    options = FetchOptions(
        offline=offline,
        refresh=refresh,
        use_pin=False,
        timeout=timeout,
        cache_dir=cache_dir or config.root / ".factcheck" / "cache",
    )
    resolver = Resolver(config, options)
    resolved = resolver.resolve(refs_of_claims(loaded.claims.values()))
    return config, resolver, resolved


def _errors(resolved) -> list[str]:  # type: ignore[no-untyped-def]
    from factcheck.model import Verdict  # not at start-up: --help loads every command module

    return [
        printable(f"{r.written}: {r.problem}")
        for r in resolved.values()
        if r.quantity is None and r.verdict in (Verdict.ERROR, Verdict.INVALID)
    ]


@sources_app.command("pin")
def pin_sources(
    paths: PathsArg = None,
    sources: SourcesOpt = None,
    cache_dir: CacheOpt = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch again, not from the cache.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Only the cache.")] = False,
    timeout: TimeoutOpt = 30.0,
) -> None:
    """Write the observations the claims use to sources.lock.json beside sources.yaml.

    Over the whole claims folder the pin holds exactly what the claims use (entries nothing uses
    any more are dropped); over some PATHS the other claims' entries are kept.
    """
    from factcheck.sources.pin import read_pin, write_pin  # not at start-up: --help loads every command module

    try:
        config, resolver, resolved = _resolve(paths, sources, refresh, offline, cache_dir, timeout)
        entries = dict(resolver.entries)
        if paths:
            kept = {key: entry for key, entry in read_pin(config.pin_path).items() if key not in entries}
            entries = {**kept, **entries}
        write_pin(config.pin_path, entries)
    except FactcheckError as error:
        raise _fail(error) from None
    typer.echo(
        f"pinned {len(resolver.entries)} observations to {config.pin_path}"
        + (f" ({len(entries) - len(resolver.entries)} of other claims kept)" if paths else "")
    )
    problems = _errors(resolved)
    for line in problems:
        typer.echo(f"not pinned: {line}", err=True)
    if problems:
        raise typer.Exit(1)


@sources_app.command("update")
def update_sources(
    paths: PathsArg = None, sources: SourcesOpt = None, cache_dir: CacheOpt = None, timeout: TimeoutOpt = 30.0
) -> None:
    """Fetch what the claims use again, print every value that changed, rewrite the pin."""
    from factcheck.sources.pin import read_pin, write_pin  # not at start-up: --help loads every command module

    try:
        config, resolver, resolved = _resolve(paths, sources, True, False, cache_dir, timeout)
        old = read_pin(config.pin_path)
        entries = dict(resolver.entries)
        for line in changes(old, entries):
            typer.echo(line)
        problems = _errors(resolved)
        # What could not be fetched keeps its pinned value: an outage must not erase data.
        for key, entry in old.items():
            if key not in entries and (paths or _failed_now(entry, resolved)):
                entries[key] = entry  # and over some PATHS, the other claims' entries stay
        write_pin(config.pin_path, entries)
    except FactcheckError as error:
        raise _fail(error) from None
    for line in problems:
        typer.echo(f"not refreshed: {line}", err=True)
    typer.echo(f"{len(entries)} observations pinned in {config.pin_path}")
    if problems:
        raise typer.Exit(1)


def _failed_now(entry, resolved) -> bool:  # type: ignore[no-untyped-def]
    from factcheck.model import Verdict  # not at start-up: --help loads every command module

    ref = entry.ref
    for result in resolved.values():
        evidence = result.evidence or {}
        if (
            result.verdict is Verdict.ERROR
            and result.quantity is None
            and evidence.get("source") == ref.get("source")
            and evidence.get("series") == ref.get("series")
            and evidence.get("period") == ref.get("period")
            and evidence.get("where") == ref.get("where")
        ):
            return True
    return False


def changes(old: dict, new: dict) -> list[str]:  # type: ignore[type-arg]
    """One line per observation whose value differs between two pins (data revisions)."""
    lines = []
    for key in sorted(set(old) | set(new)):
        before = old[key].value_text() if key in old else None
        after = new[key].value_text() if key in new else None
        if key not in old:
            lines.append(printable(f"new      {key}: {after}"))
        elif key in new and before != after:
            lines.append(printable(f"changed  {key}: {before} → {after}"))
    return lines
