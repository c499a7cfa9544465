"""Article-level folds, so no article is ever scored by a model fitted on it.

A fold is chosen from a hash of the article id, not from its position in a file: adding
an article to the corpus moves no other article to another fold.
"""

from __future__ import annotations

import hashlib
from typing import Sequence, TypeVar

T = TypeVar("T")

N_FOLDS = 5


def fold_of(article_id: str, n_folds: int = N_FOLDS) -> int:
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n_folds


def split(items: Sequence[T], ids: Sequence[str], fold: int,
          n_folds: int = N_FOLDS) -> tuple[list[T], list[T]]:
    """(train, held_out) for one fold: the held-out part is every item whose article
    falls in ``fold``."""
    train, held_out = [], []
    for item, article_id in zip(items, ids):
        (held_out if fold_of(article_id, n_folds) == fold else train).append(item)
    return train, held_out
