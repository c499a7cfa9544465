"""Mining a stream of read inputs into records, in input order, one bad article at a time.

``mine_records(miner, items)`` takes what ``readers.read_inputs`` yields (``InputText`` /
``InputError``) and yields one record dict per item, in the same order: the Article's
``to_dict()``, or ``{"id", "error": {"kind", "message"}}``.  The CLI's local engine and
``quoteminer.dask`` both use it, so the two engines give equal records.

Texts go through ``miner.pipe`` (spaCy's ``nlp.pipe``, ``n_process`` processes) in chunks.
If anything in a chunk raises, which with ``nlp.pipe`` kills the whole stream, the chunk
is mined again article by article so only the article at fault gets a ``processing``
error record and the batch goes on.
"""

from __future__ import annotations

from itertools import islice
from typing import Any, Iterable, Iterator

from .readers import InputError, InputText


def chunk_size(n_process: int, batch_size: int) -> int:
    """Articles per ``miner.pipe`` call: with several processes, spaCy starts them anew at
    each call and the last batch of a call leaves the other processes idle, so a call
    holds many batches per process."""
    return 256 if n_process <= 1 else max(256, batch_size * n_process * 32)


def mine_records(miner: Any, items: Iterable[InputText | InputError], *,
                 n_process: int = 1, batch_size: int = 16,
                 chunk: int | None = None) -> Iterator[dict[str, Any]]:
    """One record per item, in input order (see the module docstring)."""
    chunk = chunk or chunk_size(n_process, batch_size)
    iterator = iter(items)
    while True:
        block = list(islice(iterator, chunk))
        if not block:
            return
        yield from _mine_block(miner, block, n_process, batch_size)


def _mine_block(miner: Any, block: list[InputText | InputError], n_process: int,
                batch_size: int) -> Iterator[dict[str, Any]]:
    # Records are yielded as soon as each article is ready (the writer flushes them one
    # by one); an error item is yielded when the text before it is done.
    texts = [item.as_task() for item in block if isinstance(item, InputText)]
    articles = miner.pipe(texts, n_process=n_process if len(texts) > 1 else 1,
                          batch_size=batch_size)
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


def _mine_one(miner: Any, item: InputText) -> Any:
    try:
        return miner(item.text, id=item.id, source=item.source).to_dict()
    except Exception as error:
        where = item.source.get("path", item.id)
        return InputError(item.id, "processing", f"{where}: quoteminer failed on this "
                                                 f"article: {type(error).__name__}: "
                                                 f"{error}", where).to_dict()


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record
