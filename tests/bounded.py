"""A bound on the time one fuzz input may take: a hang fails the test instead of stalling the suite.

Not a timed assertion: nothing is measured, a generous limit is only enforced. SIGALRM raises
`Hang` inside Python code; for a hang inside one C call (a billion-digit power, which no
signal interrupts) faulthandler's watchdog thread ends the process with every thread's
traceback, so the run fails loudly and says where.
"""

from __future__ import annotations

import faulthandler
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

PER_INPUT = 20.0  # seconds; an input takes milliseconds, a slow shared CI machine far less than this


class Hang(Exception):
    """An input took longer than the bound."""


@contextmanager
def bounded(seconds: float = PER_INPUT) -> Iterator[None]:
    if not hasattr(signal, "setitimer"):  # no SIGALRM (Windows): the watchdog alone bounds the input
        faulthandler.dump_traceback_later(seconds * 3, exit=True)
        try:
            yield
        finally:
            faulthandler.cancel_dump_traceback_later()
        return

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"an input ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(seconds * 3, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()
