"""How requests are scheduled: follow-up pages first, a source's connections and its pace.

A real threaded HTTP server on 127.0.0.1 records when each request arrives and how many of a
source's requests are in flight at once; the Fetcher talks real HTTP to it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.errors import ConfigError
from factcheck.sources.base import Request
from factcheck.sources.fetch import Fetcher, FetchOptions, Limits

from .conftest import write_sources


class _Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.order: list[str] = []
        self.arrivals: dict[str, list[float]] = {}
        self.active: dict[str, int] = {}
        self.most: dict[str, int] = {}


@pytest.fixture
def server():
    recorder = _Recorder()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            source = self.path.strip("/").split("/")[0]
            with recorder.lock:
                recorder.order.append(self.path.strip("/"))
                recorder.arrivals.setdefault(source, []).append(time.monotonic())
                recorder.active[source] = recorder.active.get(source, 0) + 1
                recorder.most[source] = max(recorder.most.get(source, 0), recorder.active[source])
            time.sleep(0.05)  # long enough for requests to overlap
            with recorder.lock:
                recorder.active[source] -= 1
            body = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", recorder
    httpd.shutdown()
    httpd.server_close()


def _options(concurrency: int) -> FetchOptions:
    return FetchOptions(timeout=5.0, retries=0, progress=False, concurrency=concurrency)


def test_a_follow_up_page_goes_before_queued_first_pages(server) -> None:
    base, recorder = server

    async def batch(fetcher: Fetcher, name: str) -> None:
        await fetcher.get(Request(f"{base}/{name}/1"))
        await fetcher.get(Request(f"{base}/{name}/2"), follow_up=True)

    async def main() -> None:
        async with Fetcher(_options(concurrency=1)) as fetcher:
            await asyncio.gather(*(batch(fetcher, name) for name in ("a", "b", "c")))

    asyncio.run(main())
    # First come first served would give a/1 b/1 c/1 a/2 b/2 c/2: every page 2 behind every page 1.
    assert recorder.order == ["a/1", "b/1", "a/2", "b/2", "c/1", "c/2"]


def test_max_connections_bounds_one_source(server) -> None:
    base, recorder = server
    limited = Limits("slow", max_connections=2)

    async def main() -> None:
        async with Fetcher(_options(concurrency=8)) as fetcher:
            await asyncio.gather(
                *(fetcher.get(Request(f"{base}/slow/{n}"), limits=limited) for n in range(6)),
                *(fetcher.get(Request(f"{base}/free/{n}")) for n in range(2)),
            )

    asyncio.run(main())
    assert len(recorder.arrivals["slow"]) == 6 and len(recorder.arrivals["free"]) == 2
    assert recorder.most["slow"] <= 2


def test_rate_limit_spaces_the_requests_of_a_source(server) -> None:
    base, recorder = server
    paced = Limits("paced", rate_limit=10.0)  # one request per 0.1 s

    async def main() -> None:
        async with Fetcher(_options(concurrency=8)) as fetcher:
            await asyncio.gather(*(fetcher.get(Request(f"{base}/paced/{n}"), limits=paced) for n in range(4)))

    started = time.monotonic()  # the server thread reads the same clock
    asyncio.run(main())
    arrivals = sorted(recorder.arrivals["paced"])
    # The k-th request cannot be sent before k × 0.1 s: a bound that load can only make later.
    assert len(arrivals) == 4
    assert all(arrival - started >= 0.1 * k for k, arrival in enumerate(arrivals)), [a - started for a in arrivals]


def test_limits_in_sources_yaml(tmp_path: Path) -> None:
    config = write_sources(
        tmp_path,
        """\
        sources:
          wb: {type: worldbank, max_connections: 2, rate_limit: 0.5}
          free: {type: worldbank}
        """,
    )
    assert (config.sources["wb"].max_connections, config.sources["wb"].rate_limit) == (2, 0.5)
    assert (config.sources["free"].max_connections, config.sources["free"].rate_limit) == (None, None)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("max_connections: 0", "`max_connections` must be a whole number of connections, 1 or more, not 0"),
        ("max_connections: 1.5", "`max_connections` must be a whole number"),
        ("rate_limit: fast", "`rate_limit` must be requests per second, a number above 0, not 'fast'"),
        ("rate_limit: -1", "`rate_limit` must be requests per second"),
        ("rate_limit: .inf", "`rate_limit` must be requests per second"),
    ],
)
def test_bad_limits_name_their_line(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        write_sources(tmp_path, f"sources:\n  wb:\n    type: worldbank\n    {entry}\n")
    assert "sources.yaml:4:" in str(raised.value) and message in str(raised.value)
