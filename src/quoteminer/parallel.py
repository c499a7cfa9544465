"""Mining in worker processes that each hold the whole Miner and send back finished Articles.

spaCy's ``nlp.pipe(n_process=N)`` ships every Doc back to the main process as bytes, and
the main process then spends a core unpacking them and building the records; on a 2-core
machine that leaves the workers short of a core.  Here each worker runs the Miner on a
chunk of ``batch_size`` articles and returns the Articles (small frozen dataclasses), so
the main process only hands out texts and collects records.

* Order: chunks are submitted in input order and their results taken in the same order.
* Memory: at most ``CHUNKS_IN_FLIGHT_PER_PROCESS * n_process`` chunks are read from the
  input and not yet yielded, so a stream of any length runs in bounded memory and the
  input is read lazily.
* The model: with the ``fork`` start method (Linux, macOS on request) a worker inherits the
  loaded Miner; elsewhere each worker loads ``miner.model`` once, in its initializer.
* Clean-up: closing the generator early, or an exception in a chunk (re-raised in the main
  process), shuts the pool down; a worker that dies (killed, out of memory) raises
  ``BrokenProcessPool`` instead of hanging.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

# Chunks read ahead per worker: enough that a worker never waits for the main process
# to hand it the next chunk, few enough that memory does not grow with the input.
CHUNKS_IN_FLIGHT_PER_PROCESS = 3


@dataclass(frozen=True)
class ArticleFailure:
    """An article the Miner raised on, when the pool isolates errors (batch mode)."""

    error_type: str
    message: str


Task = tuple[str, Any, dict]

# The worker's Miner: set once per worker process by the pool's initializer.
_worker_miner: Any = None


def _adopt_miner(miner: Any) -> None:
    # fork: the Miner object was inherited, not pickled.
    global _worker_miner
    _worker_miner = miner


def _load_miner(load: Callable[[str], Any], model: str) -> None:
    # spawn / forkserver: load the model once in this worker.
    global _worker_miner
    _worker_miner = load(model)


def _mine_chunk(chunk: list[Task], batch_size: int, isolate_errors: bool) -> list[Any]:
    try:
        return list(_worker_miner.pipe(chunk, batch_size=batch_size))
    except Exception:
        if not isolate_errors:
            raise
    # One article broke the chunk: mine it again article by article, so only that one
    # becomes an ArticleFailure and the others keep their records.
    out: list[Any] = []
    for text, id_, source in chunk:
        try:
            out.append(_worker_miner(text, id=id_, source=source))
        except Exception as error:
            out.append(ArticleFailure(type(error).__name__, str(error)))
    return out


def _executor(miner: Any, n_process: int, load: Callable[[str], Any]) -> ProcessPoolExecutor:
    if "fork" in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_adopt_miner, initargs=(miner,))
    return ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_load_miner, initargs=(load, miner.model))


def mine_in_processes(miner: Any, tasks: Iterable[Task], *, n_process: int,
                      batch_size: int, load: Callable[[str], Any],
                      isolate_errors: bool = False) -> Iterator[Any]:
    """The Articles of ``tasks`` mined by ``n_process`` workers, in input order.

    ``load(model)`` builds a Miner in a worker that cannot inherit ``miner`` (no fork).
    With ``isolate_errors`` an article that raises yields an ``ArticleFailure`` in its
    place; without, the exception is raised here and the stream ends.
    """
    size = max(1, batch_size)
    iterator = iter(tasks)
    chunks = iter(lambda: list(islice(iterator, size)), [])
    in_flight: deque[Future] = deque()
    executor = _executor(miner, n_process, load)
    try:
        for chunk in islice(chunks, CHUNKS_IN_FLIGHT_PER_PROCESS * n_process):
            in_flight.append(executor.submit(_mine_chunk, chunk, size, isolate_errors))
        while in_flight:
            done = in_flight.popleft().result()
            next_chunk = next(chunks, None)
            if next_chunk is not None:
                in_flight.append(executor.submit(_mine_chunk, next_chunk, size,
                                                 isolate_errors))
            yield from done
    finally:
        # Early close or an error: drop the chunks not started, wait for the running
        # ones (at most a chunk per worker), and reap the workers.
        executor.shutdown(wait=True, cancel_futures=True)
