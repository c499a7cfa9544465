"""Which nouns name someone who speaks, counted on unannotated articles.

``python -m quoteminer.train heads`` parses the pool of unannotated articles
(``../shared/corpus/pool.jsonl``) and counts, for each noun lemma, how often it heads the
subject of a clause and how often that clause is someone speaking: the subject of a
reporting verb ("le porte-parole a déclaré", "a indiqué le préfet"), or the source after
"selon" / "d'après".  "porte-parole", "préfet", "syndicat" speak in most of their
clauses; "gain", "déclin", "décision", "chiffre" almost never do, though no lexicon lists
them.  The speaker ranker reads the rate as a feature of a description's head
(``attribution.candidates``), so "le gain de 100 euros net passera «par une hausse
massive…»" no longer makes "le gain" a speaker because it is the clause's subject.

No label is read: the counts come from the parser and the reporting-verb lexicon alone,
so the gold articles take no part and cross-validation stays honest.  The file is written
with sorted keys, and the same pool gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from spacy.tokens import Doc, Token

from ..attribution.head_rates import name_key
from ..attribution.phrases import is_reporting_verb
from ..resources import models_dir
from .corpus import corpus_dir

MODEL_FILE = "attribution/speaking_heads.json"
VERSION = 1
MIN_CLAUSES = 3        # a lemma met fewer times as a subject or source says too little
SOURCE_WORDS = frozenset(("selon", "d'après", "d’après"))
SUBJECTS = ("nsubj", "nsubj:pass")


def speaking_role(token: Token) -> str | None:
    """How a noun sits in its clause: "speaks" (subject of a reporting verb, inverted
    subject of an incise, source after "selon"), "subject" (of any other verb), or None.

    "«…», a déclaré le préfet": the parser often reads the inverted subject of an incise
    as an object of the verb; with no other subject there, it is the speaker."""
    dep = token.dep_
    head = token.head
    if dep in SUBJECTS:
        return "speaks" if is_reporting_verb(head) else "subject"
    if dep == "obj" and token.i > head.i and is_reporting_verb(head) \
            and not any(c.dep_ in SUBJECTS for c in head.children):
        return "speaks"
    if any(c.dep_ == "case" and c.lower_ in SOURCE_WORDS for c in token.children):
        return "speaks"
    return None


def count_heads(docs: Iterable[Doc]) -> tuple[Counter, Counter]:
    """(clauses where the lemma speaks, clauses where it is a subject or a source).

    Common nouns count under their lemma ("préfet"), proper nouns under
    ``name_key`` ("=afp", "=élysée"): "selon l'Élysée" speaks, "a indiqué à l'AFP" is
    only a subject where the parser misreads it."""
    speaks: Counter = Counter()
    clauses: Counter = Counter()
    for doc in docs:
        for token in doc:
            if token.pos_ == "NOUN":
                key = token.lemma_.lower()
            elif token.pos_ == "PROPN":
                key = name_key(token.text)
            else:
                continue
            role = speaking_role(token)
            if role is None:
                continue
            clauses[key] += 1
            if role == "speaks":
                speaks[key] += 1
    return speaks, clauses


def table(speaks: Counter, clauses: Counter, articles: int) -> dict:
    """The shipped JSON: each lemma met at least ``MIN_CLAUSES`` times, and the overall
    rate the feature compares against."""
    heads = {lemma: [speaks[lemma], n] for lemma, n in sorted(clauses.items())
             if n >= MIN_CLAUSES}
    total = sum(clauses.values())
    return {"version": VERSION,
            "prior": round(sum(speaks.values()) / total, 5) if total else 0.0,
            "heads": heads,
            "meta": {"articles": articles, "lemmas": len(heads), "clauses": total,
                     "min_clauses": MIN_CLAUSES,
                     "what": "noun lemma, or '=' and a proper noun, -> [clauses where it "
                             "speaks, clauses where it is a subject or a source], counted "
                             "on the unannotated pool"}}


def pool_texts(path: Path, limit: int | None = None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
    return texts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.train heads",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="folder of pool.jsonl (default: ../shared/corpus)")
    parser.add_argument("--limit", type=int, help="read only the first N pool articles")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--out", help=f"where to write (default: models/{MODEL_FILE})")
    args, _ = parser.parse_known_args(None if argv is None else list(argv))
    from ..pipeline import DEFAULT_MODEL, _split_glued_quote_marks
    import spacy

    folder = Path(args.corpus) if args.corpus else corpus_dir()
    texts = pool_texts(folder / "pool.jsonl", args.limit)
    # the parse quoteminer's attribution reads, without NER (no use here) or its components
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    _split_glued_quote_marks(nlp)
    docs = nlp.pipe(texts, batch_size=32, n_process=args.processes)
    speaks, clauses = count_heads(docs)
    data = table(speaks, clauses, len(texts))
    out = Path(args.out) if args.out else models_dir() / MODEL_FILE
    out.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"speaking heads: {data['meta']['lemmas']} lemmas from {len(texts)} articles -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
