"""Stand-ins shared by the batch and the parallel tests."""

from __future__ import annotations

from quoteminer import Article
from quoteminer.pipeline import failed_article


class CrashingMiner:
    """Stands in for a Miner whose component raises on one article (a text holding "BOUM").

    Worker processes inherit it by fork; ``model`` is what a spawned worker would load.
    """

    model = "fake"

    def __init__(self, errors: str = "warn") -> None:
        self.errors = errors

    def pipe(self, items, n_process=1, batch_size=16):
        # As ``Miner.pipe`` does: with errors="warn" one Article per text, a failed one in
        # place of a crash; with errors="raise" the exception ends the stream.
        for text, id_, source in items:
            try:
                yield self(text, id_, source)
            except ValueError as error:
                if self.errors == "raise":
                    raise
                yield failed_article((text, id_, source), error)

    def __call__(self, text, id=None, source=None):
        if "BOUM" in text:
            raise ValueError("component failed")
        return Article(id=id, text=text)
