"""Stand-ins shared by the batch and the parallel tests."""

from __future__ import annotations

from quoteminer import Article


class CrashingMiner:
    """Stands in for a Miner whose component raises on one article (a text holding "BOUM").

    Worker processes inherit it by fork; ``model`` is what a spawned worker would load.
    """

    model = "fake"

    def pipe(self, items, n_process=1, batch_size=16):
        for text, id_, source in items:
            yield self(text, id_, source)

    def __call__(self, text, id=None, source=None):
        if "BOUM" in text:
            raise ValueError("component failed")
        return Article(id=id, text=text)
