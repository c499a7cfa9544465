"""Who holds a role, counted on unannotated articles: "le chef de l'État" → Emmanuel Macron.

``python -m quoteminer.train holders`` runs quoteminer's speaker rules over the pool of
unannotated articles (``../shared/corpus/pool.jsonl``) and counts, for every named person
met with a role beside the name ("le Premier ministre Édouard Philippe", "Christophe
Castaner, ministre de l'Intérieur"), the role's content words and the person's name.  A
role that names the same person in most of the articles that use it is shipped in
``models/attribution/role_holders.json``.

At run time (``entities.Registry``), a description that shares no word with the role of
anyone met in the article ("«…», a souligné le président de la République" in an article
that names Emmanuel Macron without his title) is given to the role's usual holder, when
that person is named in the article, before the rules fall back to whoever is in focus.
Only the unannotated pool is read, so cross-validation on the gold articles stays honest.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence

from ..attribution.entities import Entity, role_key
from ..attribution.lexicon import lexicon
from ..resources import models_dir
from .corpus import GoldArticle, corpus_dir

MODEL_FILE = "attribution/role_holders.json"
VERSION = 1
MIN_ARTICLES = 3     # articles where the role names the holder
MIN_SHARE = 0.6      # of the articles that name someone with that role
CHUNK = 100


def names_a_function(role: str) -> bool:
    """Whether a role holds a function noun of the lexicon ("ministre", "porte-parole",
    "préfète"), not only words the rules took along with a name ("eux", "l'affaire",
    "Christophe"): a table entry keyed on those would give a name to any "eux"."""
    roles = (lexicon().role(w) for w in re.split(r"[^\w-]+", role) if w)
    return any(r is not None and r.kind == "PERSON" for r in roles)


def count_holders(registries: Iterable[Sequence[Entity]]) -> dict[str, Counter]:
    """role key -> Counter of holder names, one count per article."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for entities in registries:
        seen: set[tuple[str, str]] = set()
        for e in entities:
            if e.kind != "PERSON" or not e.named or not e.role or len(e.name.split()) < 2:
                continue
            key = role_key(e.role)
            if key and names_a_function(e.role) and (key, e.name) not in seen:
                seen.add((key, e.name))
                counts[key][e.name] += 1
    return counts


def table(counts: dict[str, Counter], articles: int) -> dict:
    holders = {}
    for key, names in sorted(counts.items()):
        name, n = max(names.items(), key=lambda item: (item[1], item[0]))
        if n >= MIN_ARTICLES and n >= MIN_SHARE * sum(names.values()):
            holders[key] = [name, n, sum(names.values())]
    return {"version": VERSION, "holders": holders,
            "meta": {"articles": articles, "roles": len(holders),
                     "min_articles": MIN_ARTICLES, "min_share": MIN_SHARE,
                     "what": "role key (sorted content words) -> [holder, articles naming "
                             "them with it, articles naming anyone with it], counted on "
                             "the unannotated pool"}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.train holders",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="folder of pool.jsonl (default: ../shared/corpus)")
    parser.add_argument("--limit", type=int, help="read only the first N pool articles")
    parser.add_argument("--out", help=f"where to write (default: models/{MODEL_FILE})")
    args, _ = parser.parse_known_args(None if argv is None else list(argv))
    import quoteminer
    from ..attribution.component import Attributor
    from .parsed import parse_articles
    from .speaking_heads import pool_texts

    folder = Path(args.corpus) if args.corpus else corpus_dir()
    texts = pool_texts(folder / "pool.jsonl", args.limit)
    articles = [GoldArticle(f"pool-{i}", t, (), ()) for i, t in enumerate(texts)]
    attributor = Attributor()
    miner = quoteminer.load()

    def registries():
        for k in range(0, len(articles), CHUNK):  # a chunk of Docs in memory at a time
            for parsed in parse_articles(miner, articles[k:k + CHUNK]):
                yield attributor.cascade(parsed.doc)[1].entities

    data = table(count_holders(registries()), len(texts))
    out = Path(args.out) if args.out else models_dir() / MODEL_FILE
    out.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"role holders: {data['meta']['roles']} roles from {len(texts)} articles -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
