"""How many articles of the unannotated pool put the same short words in quotation marks.

``python -m quoteminer.train terms`` reads ``../shared/corpus/pool.jsonl`` with the mark
finder alone (no parse: a few seconds) and counts, for every span of at most
``MAX_WORDS`` words in marks, the number of articles that hold it.  A term, a name or a
title recurs across articles: «gilets jaunes», «grand débat national», «backstop», «Je
suis Charlie»; the words someone said today are in one article, or in the few that cite
them.  The quote decision (``attribution.quote_decision``) reads the count as a feature,
so the weight of "recurs in many articles" is learned from the gold labels, not assumed:
a slogan («Macron démission») recurs too, and is a quote under the guidelines.

No label is read and the pool shares no article with the gold files, so cross-validation
stays honest.  The file is written with sorted keys; the same pool gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from ..attribution.quote_decision import POOL_MAX_WORDS as MAX_WORDS, pool_key
from ..quotes.marks import find_quote_spans
from ..resources import models_dir
from .corpus import corpus_dir

MODEL_FILE = "quotes/pool_terms.json"
VERSION = 1
MIN_ARTICLES = 2   # a span in one article only says nothing: it is left out of the file


def count_articles(texts: Iterable[str]) -> tuple[Counter, int]:
    """normalised span -> number of articles holding it in marks; and how many texts."""
    counts: Counter = Counter()
    n = 0
    for text in texts:
        n += 1
        keys = set()
        for span in find_quote_spans(text)[0]:
            key = pool_key(text[span.start:span.end])
            if key and len(key.split()) <= MAX_WORDS:
                keys.add(key)
        counts.update(keys)
    return counts, n


def table(counts: Counter, articles: int) -> dict:
    terms = {k: n for k, n in sorted(counts.items()) if n >= MIN_ARTICLES}
    return {"version": VERSION, "terms": terms,
            "meta": {"articles": articles, "terms": len(terms), "max_words": MAX_WORDS,
                     "min_articles": MIN_ARTICLES,
                     "what": "span in quotation marks (normalised, at most max_words "
                             "words) -> articles of the unannotated pool holding it"}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.train terms",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="folder of pool.jsonl (default: ../shared/corpus)")
    parser.add_argument("--out", help=f"where to write (default: models/{MODEL_FILE})")
    args, _ = parser.parse_known_args(None if argv is None else list(argv))
    from .speaking_heads import pool_texts

    folder = Path(args.corpus) if args.corpus else corpus_dir()
    counts, n = count_articles(pool_texts(folder / "pool.jsonl", None))
    data = table(counts, n)
    out = Path(args.out) if args.out else models_dir() / MODEL_FILE
    out.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"pool terms: {data['meta']['terms']} spans in marks recurring in "
          f"{MIN_ARTICLES}+ of {n} articles -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
