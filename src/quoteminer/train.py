"""Rebuild the learned models shipped in ``models/``: ``python -m quoteminer.train [NAME ...]``.

Each model has a training module in ``quoteminer.learn`` with a ``main(argv)`` entry
point; training is seeded, so a run on the same corpus writes the same JSON weights.
With no name, the models learned from the gold articles are rebuilt (``quote``, then
``speaker``).  ``heads`` (how often each noun speaks), ``holders`` (who holds a role:
"le chef de l'État" → Emmanuel Macron) and ``terms`` (how many articles put the same
words in marks: «grand débat national») are counted on the unannotated pool
(``../shared/corpus/pool.jsonl``; the first two take several minutes a core each) and are
rebuilt only when named:
``python -m quoteminer.train heads holders terms quote speaker --processes=2``.
"""

from __future__ import annotations

import importlib
import sys

# in dependency order: the speaker ranker learns from the quotes the quote decision keeps
MODELS = {
    "heads": "quoteminer.learn.speaking_heads",
    "holders": "quoteminer.learn.role_holders",
    "terms": "quoteminer.learn.pool_terms",
    "quote": "quoteminer.learn.quote_training",
    "speaker": "quoteminer.learn.speaker_training",
}
DEFAULT = ("quote", "speaker")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = [a for a in argv if a.startswith("-")]  # "--processes=2", "--seed=0"
    names = [a for a in argv if not a.startswith("-")]
    unknown = [n for n in names if n not in MODELS]
    if unknown:
        print(f"quoteminer.train: unknown model(s) {unknown}; known: {sorted(MODELS)}",
              file=sys.stderr)
        return 2
    names = [n for n in MODELS if n in names] or list(DEFAULT)  # in dependency order
    for name in names:
        status = importlib.import_module(MODELS[name]).main(options)
        if status:
            return status
        _forget_loaded_models()
    return 0


def _forget_loaded_models() -> None:
    """The next model learns from the files just written, not from copies cached when the
    pipeline was first loaded: the speaker ranker's training quotes are the ones the new
    quote decision keeps, so one run, not two, reaches the shipped files."""
    from .attribution.entities import role_holders
    from .attribution.head_rates import head_rates
    from .attribution.quote_decision import pool_terms, shipped_model
    from .resources import read_json

    read_json.cache_clear()
    shipped_model.cache_clear()
    head_rates.cache_clear()
    role_holders.cache_clear()
    pool_terms.cache_clear()


if __name__ == "__main__":
    raise SystemExit(main())
