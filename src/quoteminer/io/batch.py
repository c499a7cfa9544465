"""Mining a stream of read inputs into records, in input order, one bad article at a time.

``mine_records(miner, items)`` takes what ``readers.read_inputs`` yields (``InputText`` /
``InputError``) and yields one record dict per item, in the same order: the Article's
``to_dict()``, or ``{"id", "error": {"kind", "message"}}``.  The CLI's local engine and
``quoteminer.dask`` both use it, so the two engines give equal records.

With one process, texts go through ``miner.pipe`` in chunks; ``Miner.pipe`` isolates a
failing component or article itself, and an article it could not mine at all becomes a
``processing`` error record here, so the batch goes on.  With several, one pool of workers
(``quoteminer.parallel``) mines the whole stream and retries a failed chunk article by
article inside the worker, so the workers live as long as the batch and keep what spaCy
learnt (token and lemma caches) from one chunk to the next.
"""

from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Any, Iterable, Iterator

from ..parallel import ArticleFailure, mine_in_processes
from ..pipeline import load
from .readers import InputError, InputText

# Articles per ``miner.pipe`` call with one process.
CHUNK = 256

# The warning of an Article the Miner could not mine at all (``pipeline.failed_article``):
# in a batch it becomes an error record, so the output says plainly the file was lost.
ARTICLE_FAILED = "article_failed"


def mine_records(miner: Any, items: Iterable[InputText | InputError], *,
                 n_process: int = 1, batch_size: int = 16,
                 chunk: int | None = None) -> Iterator[dict[str, Any]]:
    """One record per item, in input order (see the module docstring)."""
    if n_process > 1:
        yield from _mine_in_pool(miner, items, n_process, batch_size)
        return
    chunk = chunk or CHUNK
    iterator = iter(items)
    while True:
        block = list(islice(iterator, chunk))
        if not block:
            return
        yield from _mine_block(miner, block, batch_size)


def _mine_block(miner: Any, block: list[InputText | InputError],
                batch_size: int) -> Iterator[dict[str, Any]]:
    # Records are yielded as soon as each article is ready (the writer flushes them one
    # by one); an error item is yielded when the text before it is done.  ``miner.pipe``
    # yields one Article per text whatever happens (``Miner.pipe``, errors="warn").
    texts = [item.as_task() for item in block if isinstance(item, InputText)]
    articles = miner.pipe(texts, batch_size=batch_size)
    for item in block:
        if isinstance(item, InputError):
            yield item.to_dict()
            continue
        yield _record(item, next(articles))


def _mine_in_pool(miner: Any, items: Iterable[InputText | InputError], n_process: int,
                  batch_size: int) -> Iterator[dict[str, Any]]:
    # ``waiting`` holds the items read but not yet answered, in input order; the pool
    # reads ahead a few chunks, so it stays short.  An error item is answered when the
    # text before it is.
    waiting: deque[InputText | InputError] = deque()

    def tasks() -> Iterator[tuple[str, Any, dict]]:
        for item in items:
            waiting.append(item)
            if isinstance(item, InputText):
                yield item.as_task()

    for result in mine_in_processes(miner, tasks(), n_process=n_process,
                                    batch_size=batch_size, load=load, isolate_errors=True):
        while isinstance(waiting[0], InputError):
            yield waiting.popleft().to_dict()
        item = waiting.popleft()
        if isinstance(result, ArticleFailure):
            yield _processing_error(item, f"{result.error_type}: {result.message}")
        else:
            yield _record(item, result)
    while waiting:
        yield waiting.popleft().to_dict()


def _record(item: InputText, article: Any) -> dict[str, Any]:
    """The Article's record, or an error record when the Miner could not mine it at all."""
    failure = next((w for w in article.warnings if w.code == ARTICLE_FAILED), None)
    return article.to_dict() if failure is None else _processing_error(item, failure.message)


def _processing_error(item: InputText, reason: str) -> dict[str, Any]:
    where = item.source.get("path", item.id)
    return InputError(item.id, "processing",
                      f"{where}: quoteminer failed on this article: {reason}", where).to_dict()


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record
