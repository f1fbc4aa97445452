"""When a request may be sent: the run's connections, each source's share and pace, page order.

The Fetcher asks `Schedule.turn(limits, follow_up)` before every attempt. At most `concurrency`
requests are in flight; a source's `max_connections` (sources.yaml) bounds its own share and its
`rate_limit` spaces the requests sent to it, retries included. Follow-up pages of a paged answer
wait ahead of first requests (see `Slots`).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """A source's share of the run's connections and its pace (sources.yaml: `max_connections`,
    `rate_limit` in requests per second); None: no limit of its own."""

    name: str
    max_connections: int | None = None
    rate_limit: float | None = None


class Slots:
    """A semaphore that serves its waiters by priority (lower first), then in arrival order.

    Follow-up pages of a paged answer wait with priority 0, first requests with 1: a page 2
    is sent as soon as a connection is free after its page 1 answered, ahead of the first
    pages of batches still queued (otherwise it waited behind every one of them).
    """

    def __init__(self, size: int) -> None:
        self.free = max(1, size)
        self.waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self.arrivals = itertools.count()

    async def acquire(self, priority: int) -> None:
        if self.free > 0 and not self.waiting:
            self.free -= 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self.waiting, (priority, next(self.arrivals), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():  # handed the slot, then cancelled: pass it on
                self.release()
            raise

    def release(self) -> None:
        while self.waiting:
            _, _, future = heapq.heappop(self.waiting)
            if not future.done():
                future.set_result(None)
                return
        self.free += 1


class Schedule:
    """The run's connection slots, each source's own slots and the time its next request may go."""

    def __init__(self, concurrency: int) -> None:
        self.slots = Slots(concurrency)
        self.source_slots: dict[str, Slots] = {}
        self.next_send: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def turn(self, limits: Limits | None, follow_up: bool) -> AsyncIterator[None]:
        """Wait for the source's own slot and pace, then for one of the run's connections."""
        priority = 0 if follow_up else 1
        own = None
        if limits is not None and limits.max_connections:
            own = self.source_slots.setdefault(limits.name, Slots(limits.max_connections))
            await own.acquire(priority)
        try:
            if limits is not None and limits.rate_limit:
                loop = asyncio.get_running_loop()
                now = loop.time()
                start = max(now, self.next_send.get(limits.name, now))
                self.next_send[limits.name] = start + 1.0 / limits.rate_limit
                if start > now:
                    await asyncio.sleep(start - now)
            await self.slots.acquire(priority)
            try:
                yield
            finally:
                self.slots.release()
        finally:
            if own is not None:
                own.release()
