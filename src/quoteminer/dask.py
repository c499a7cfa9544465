"""quoteminer on Dask: mine an archive across the processes or machines of a cluster.

>>> import dask.bag as db
>>> import quoteminer.dask as qmd
>>> records = qmd.records_bag(["archive/2023/", "extra.jsonl"])  # a dask Bag of dicts
>>> records.filter(lambda r: "error" not in r).pluck("id").take(2)

Each element of the resulting Bag is the same record as the local engine writes (an
``Article.to_dict()`` or an error record), in input order.  The paths are read *on the
workers*, so on a real cluster they must be on a file system every worker sees.

The Miner (the spaCy model, ~3 s and ~500 MB to load) is loaded once per worker process
and kept in a module-level cache, never once per task: a partition of 32 files costs a
few seconds of mining, so reloading the model per task would double the run time.  One
thread per worker is the right setting (``threads_per_worker=1``): mining is CPU-bound
Python, so parallelism comes from processes; a lock keeps a worker's Miner to one task
at a time if threads are used anyway.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Collection, Iterable, Iterator

from .io.batch import mine_records
from .io.readers import (InputError, InputText, ReaderOptions, _article_from_object,
                         expand_paths, normalise, read_path)
from .pipeline import DEFAULT_MODEL, FAST_MODEL, Miner, load

DEFAULT_PARTITION_SIZE = 32

_MINERS: dict[str, Miner] = {}
_LOCKS: dict[str, threading.Lock] = {}
_CACHE_LOCK = threading.Lock()
LOADS: dict[str, int] = {}  # how many times this process loaded each model (tests, logs)


def worker_miner(model: str = DEFAULT_MODEL) -> tuple[Miner, threading.Lock]:
    """The Miner of this process for ``model``, loaded on first use and kept."""
    with _CACHE_LOCK:
        if model not in _MINERS:
            _MINERS[model] = load(model)
            LOADS[model] = LOADS.get(model, 0) + 1
            _LOCKS[model] = threading.Lock()
        return _MINERS[model], _LOCKS[model]


def _as_item(element: Any, position: int, options: ReaderOptions,
             skip: Collection[str]) -> Iterator[InputText | InputError]:
    """A Bag element as reader items: a path (str / Path), a JSON-like article dict, a
    ``(text, id)`` pair, or an ``InputError`` already found by the client."""
    if isinstance(element, (InputError, InputText)):
        if element.id not in skip:
            yield element
    elif isinstance(element, (str, Path)):
        yield from read_path(element, options, skip)
    elif isinstance(element, dict):
        item = _article_from_object(element, "<bag>", position, "bag", "", options, skip)
        if item is not None:
            yield item
    elif isinstance(element, tuple) and len(element) == 2:
        text, id_ = element
        if str(id_) not in skip:
            yield InputText(str(id_), normalise(text), {"format": "bag"})
    else:
        yield InputError(f"<bag>#{position}", "field",
                         f"<bag>#{position}: expected a path, a dict or a (text, id) "
                         f"pair, got {type(element).__name__}")


def mine_partition(elements: Iterable[Any], *, model: str = DEFAULT_MODEL,
                   options: ReaderOptions = ReaderOptions(), skip: Collection[str] = (),
                   batch_size: int = 16) -> list[dict[str, Any]]:
    """Read and mine one partition on a worker, with the worker's cached Miner."""
    items = [item for position, element in enumerate(elements, start=1)
             for item in _as_item(element, position, options, skip)]
    miner, lock = worker_miner(model)
    with lock:
        return list(mine_records(miner, items, n_process=1, batch_size=batch_size))


def _elements(inputs: Any, skip: Collection[str],
              exclude: Collection[str | Path] = ()) -> list[Any]:
    """Expand paths, folders and globs on the client (sorted, as the local engine does)."""
    out: list[Any] = []
    for element in inputs:
        if isinstance(element, (str, Path)):
            for found in expand_paths([element], exclude):
                if isinstance(found, InputError) or str(found) not in skip:
                    out.append(found if isinstance(found, InputError) else str(found))
        else:
            out.append(element)
    return out


def records_bag(inputs: Any, *, model: str = DEFAULT_MODEL, fast: bool = False,
                options: ReaderOptions = ReaderOptions(), skip: Collection[str] = (),
                partition_size: int = DEFAULT_PARTITION_SIZE, batch_size: int = 16,
                exclude: Collection[str | Path] = ()) -> Any:
    """A dask Bag of records from a list of paths (files, folders, globs), of article dicts
    or ``(text, id)`` pairs, or from a dask Bag of those."""
    import dask.bag as db

    model = FAST_MODEL if fast else model
    skip = frozenset(skip)
    if isinstance(inputs, db.Bag):
        bag = inputs
    else:
        elements = _elements(inputs, skip, exclude)
        bag = db.from_sequence(elements, partition_size=max(1, partition_size)) \
            if elements else db.from_sequence([], npartitions=1)
    return bag.map_partitions(_mine_partition_task, model=model, options=options,
                              skip=skip, batch_size=batch_size)


def _mine_partition_task(elements: Iterable[Any], **kwargs: Any) -> list[dict[str, Any]]:
    return mine_partition(list(elements), **kwargs)


def iter_records(client: Any, inputs: Any, *, model: str = DEFAULT_MODEL,
                 fast: bool = False, options: ReaderOptions = ReaderOptions(),
                 skip: Collection[str] = (), partition_size: int = DEFAULT_PARTITION_SIZE,
                 batch_size: int = 16,
                 exclude: Collection[str | Path] = ()) -> Iterator[dict[str, Any]]:
    """Records in input order from a running cluster, partition by partition, so the
    caller can write (and flush) them while the cluster works on the next ones."""
    bag = records_bag(inputs, model=model, fast=fast, options=options, skip=skip,
                      partition_size=partition_size, batch_size=batch_size,
                      exclude=exclude)
    futures = client.compute(bag.to_delayed())
    try:
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        for future in futures:
            future.cancel()
