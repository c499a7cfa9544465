"""Mining a stream of read inputs into records, in input order, one bad article at a time.

``mine_records(miner, items)`` takes what ``readers.read_inputs`` yields (``InputText`` /
``InputError``) and yields one record dict per item, in the same order: the Article's
``to_dict()``, or ``{"id", "error": {"kind", "message"}}``.  The CLI's local engine and
``quoteminer.dask`` both use it, so the two engines give equal records.

With one process, texts go through ``miner.pipe`` in chunks.  If anything in a chunk
raises, which with ``nlp.pipe`` kills the whole stream, the chunk is mined again article by
article so only the article at fault gets a ``processing`` error record and the batch
goes on.  With several, one pool of workers (``quoteminer.parallel``) mines the whole
stream and does the same retry inside the worker, so the workers live as long as the
batch and keep what spaCy learnt (token and lemma caches) from one chunk to the next.
"""

from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Any, Iterable, Iterator

from ..parallel import ArticleFailure, mine_in_processes
from ..pipeline import load
from .readers import InputError, InputText

# Articles per ``miner.pipe`` call with one process: what is redone article by article
# when one of them raises.
CHUNK = 256


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
    # by one); an error item is yielded when the text before it is done.
    texts = [item.as_task() for item in block if isinstance(item, InputText)]
    articles = miner.pipe(texts, batch_size=batch_size)
    position = 0
    while True:
        try:
            article = next(articles, None)
        except Exception:  # the stream is dead: redo what is left one article at a time
            break
        if article is None:
            break
        while isinstance(block[position], InputError):
            yield block[position].to_dict()
            position += 1
        yield article.to_dict()
        position += 1
    for item in block[position:]:
        yield item.to_dict() if isinstance(item, InputError) else _mine_one(miner, item)


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
            yield _processing_error(item, result.error_type, result.message)
        else:
            yield result.to_dict()
    while waiting:
        yield waiting.popleft().to_dict()


def _mine_one(miner: Any, item: InputText) -> Any:
    try:
        return miner(item.text, id=item.id, source=item.source).to_dict()
    except Exception as error:
        return _processing_error(item, type(error).__name__, str(error))


def _processing_error(item: InputText, error_type: str, message: str) -> dict[str, Any]:
    where = item.source.get("path", item.id)
    return InputError(item.id, "processing", f"{where}: quoteminer failed on this "
                                             f"article: {error_type}: {message}",
                      where).to_dict()


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record
