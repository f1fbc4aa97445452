"""Claim files loaded by two processes: a forked worker loads the second half of them.

Loading is most of a cold run's CPU, and a machine has a second core. After the imports, the
process forks once; the worker loads its files as the parent would (the same code on the same
bytes) and writes what it loaded to temporary files: with the loaded-claims cache, its entries
in the cache file's own format (the parent reads them back and adds their bytes to the cache
unchanged: each claim is pickled once), with `--no-cache` the results themselves. Unpickling a
claim costs a tenth of building it.

The worker can also judge the claims it loaded by themselves (`judge`: the run's citation and unit
checks, which need no other claim), so that the parent has only its own share to judge afterwards.
It reports the files it opened (claim files, cited documents), and the parent raises the same
audit events, so that a stored run (`cli.replay`) lists every input as if one process had read them all.

One process does it all when it is safer or cheaper: no `os.fork`, another thread running (a
fork copies locks held by threads that do not exist in the child), few files, a cache to update
(most of its files are not read again), or no idle core (measured at a load average of 8 on 2
cores: the worker saved no wall time and cost ~0.2-0.5 s of CPU in pickling and page copies).
A worker that fails in any way costs only time: the parent loads the files it did not get back.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
import tempfile
import threading
from typing import Any, BinaryIO, Callable, Sequence

from factcheck.load.cache import LoadCache, Result, dumps

#: Below this many files the fork and the hand-over cost more than the half they save.
MIN_FILES = 1_000
#: How much of a core must be idle (by the load average of the last minute) for the worker to run
#: beside this process: on a machine busy with other work it would only add its hand-over's CPU.
IDLE = 0.5
#: The worker's share of the files when it also judges its claims: the parent has the hand-over
#: and the checks of its own claims still to do after loading, so the worker takes a little more.
WORKER_SHARE = 0.55

Job = tuple[str, str, str]  # path, claim id, shown path: the cache's key of a file
Judge = Callable[[Result], Any]  # a result's own findings (None: nothing asked of it)
#: What a worker tells the parent it did besides loading: files opened, folders listed.
_WATCHED = ("open", "os.scandir", "os.listdir")


def load_all(
    jobs: Sequence[Job], load: Callable[[Job], Result], store: LoadCache, judge: Judge | None = None
) -> tuple[list[Result], dict[int, Any]]:
    """`load` of each job, in order; the last half or so loaded by a worker process when it pays.

    `judge`: what the run will ask of each result on its own (its per-claim checks); the worker
    answers it for its half, and those answers come back by job index (the rest are the caller's).
    """
    if not _worth_forking(len(jobs), store):
        return [load(job) for job in jobs], {}
    split = len(jobs) - int(len(jobs) * (WORKER_SHARE if judge is not None else 0.5))
    mine, theirs = jobs[:split], jobs[split:]
    shard = store.open_shard()
    try:
        out = tempfile.TemporaryFile(dir=store.folder) if shard is not None else tempfile.TemporaryFile()
    except OSError:
        out = None
    if out is None:
        return [load(job) for job in jobs], {}
    with out, shard if shard is not None else contextlib.nullcontext():
        pid = _fork()
        if pid == 0:
            _work(theirs, load, store, shard, out, judge)  # never returns
        results = [load(job) for job in mine]
        theirs_loaded, judged = _collect(pid, theirs, load, store, shard, out)
        results.extend(theirs_loaded)
    return results, {split + i: answer for i, answer in judged.items()}


def _worth_forking(count: int, store: LoadCache) -> bool:
    cores = os.cpu_count() or 1
    if count < MIN_FILES or not hasattr(os, "fork") or cores < 2 or threading.active_count() > 1:
        return False
    if store.folder is not None and store.old:
        return False
    try:
        busy = os.getloadavg()[0]
    except OSError:
        return False
    return busy <= cores - IDLE  # a core to spare: else the worker only waits for one, and costs CPU


def _fork() -> int:
    try:
        return os.fork()
    except OSError:
        return -1


def _work(
    jobs: Sequence[Job],
    load: Callable[[Job], Result],
    store: LoadCache,
    shard: BinaryIO | None,
    out: BinaryIO,
    judge: Judge | None = None,
) -> None:
    """In the worker: load `jobs` (and judge them), write what the parent needs, and exit without
    cleaning up (the parent's buffers, temporary files and exit handlers are the parent's)."""
    status = 1
    try:
        paths = {job[0] for job in jobs}
        seen: list[tuple[str, tuple[Any, ...]]] = []
        judging = [False]

        def watch(event: str, args: tuple[Any, ...]) -> None:
            if event == "open" and args and args[0] in paths:
                seen.append((event, args))
            elif judging[0] and event in _WATCHED and "importlib" not in sys._getframe(1).f_code.co_filename:
                seen.append((event, args))  # a cited document: an input of the run as much as a claim file

        sys.addaudithook(watch)
        written: set[Job] = set()
        with store.shard(shard) if shard is not None else contextlib.nullcontext(written) as written:
            results = [load(job) for job in jobs]
        judged: dict[int, Any] = {}
        if judge is not None:
            judging[0] = True
            judged = {i: answer for i, result in enumerate(results) if (answer := judge(result)) is not None}
            judging[0] = False
        extras = [(i, result) for i, (job, result) in enumerate(zip(jobs, results)) if job not in written]
        gc.disable()  # tens of thousands of objects pickled, none of them garbage
        out.write(dumps((extras, seen, judged)))
        out.flush()
        if shard is not None:
            shard.flush()
        status = 0
    finally:
        os._exit(status)


def _collect(
    pid: int,
    jobs: Sequence[Job],
    load: Callable[[Job], Result],
    store: LoadCache,
    shard: BinaryIO | None,
    out: BinaryIO,
) -> tuple[list[Result], dict[int, Any]]:
    """In the parent: the worker's results, in order, and its judgements; any result it did not
    give back is loaded here (and left to the caller to judge)."""
    got: dict[int, Result] = {}
    judged: dict[int, Any] = {}
    if pid > 0 and _succeeded(pid):
        try:
            out.seek(0)
            gc_was = gc.isenabled()
            gc.disable()
            try:
                extras, seen, judged = pickle.load(out)
            finally:
                if gc_was:
                    gc.enable()
            cached = store.adopt(shard) if shard is not None else {}
        except Exception:  # a worker cut short: its files are loaded again here
            extras, seen, judged, cached = [], [], {}, {}
        got = dict(extras)
        for event, args in seen:
            sys.audit(event, *args)  # as if this process had opened them (see the module's docstring)
        for i, job in enumerate(jobs):
            if i not in got and job in cached:
                got[i] = cached[job]
    results = [got[i] if i in got else load(job) for i, job in enumerate(jobs)]
    return results, {i: answer for i, answer in judged.items() if i in got}


def _succeeded(pid: int) -> bool:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.waitstatus_to_exitcode(status) == 0
