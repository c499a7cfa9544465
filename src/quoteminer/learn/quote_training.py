"""Train the quote-or-not decision: ``python -m quoteminer.train quote``.

Candidates are every span the mark finder yields on the gold articles (train + dev); a
candidate is a quote (label 1) when at least 80 % of its characters lie in gold quotes,
the scorer's own test for a correct prediction.  Features are those of
``attribution.quote_decision.candidate_features``, computed after attribution has looked
for each span's cue and speaker.  A logistic regression (scikit-learn, needed for training
only) turns them into named weights written to ``models/quotes/quote_decision.json``;
the run is seeded and the file is written with sorted keys and rounded floats, so a rerun
on the same corpus reproduces it byte for byte.

The interface shared by quoteminer's learned models:

* ``fit(examples_source, seed=0) -> dict``: ``examples_source`` is a list of
  ``ParsedArticle`` (a ``GoldArticle`` and its Doc parsed up to, not including, the
  attribution component; ``parse_articles`` makes them) or a list of ``Example`` already
  extracted from them (``extract_examples``); returns the JSON-able weights.
* ``install(miner, weights)``: puts the weights into a loaded Miner's attribution.
* ``main(argv)``: fits on all of train + dev and writes the shipped JSON.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from spacy.tokens import Doc

from ..attribution.component import Attributor
from ..attribution.quote_decision import (MODEL_FILE, QuoteCandidate, QuoteDecider,
                                          QuoteDecisionModel, candidate_features)
from ..explore.evaluation import QUOTE_COVER, gold_quotes, overlap, trim_span
from ..extensions import forget_text
from ..resources import models_dir
from .parsed import ParsedArticle, parse_articles  # noqa: F401 - re-exported
from .corpus import training_articles

VERSION = 1
# Regularisation and threshold chosen by article-level cross-validation
# (``python -m quoteminer.learn.quote_crossval``), not on the training fit.
C = 1.0
THRESHOLD = 0.5
DIGITS = 6


@dataclass(frozen=True)
class Example:
    """One candidate span of one article: its named features and its gold label."""

    article_id: str
    start: int
    end: int
    features: Mapping[str, float]
    label: int


class _Recorder(QuoteDecider):
    """A decider that notes each candidate and its features, and keeps everything."""

    def __init__(self) -> None:
        super().__init__(QuoteDecisionModel({}, 0.0))
        self.seen: list[tuple[QuoteCandidate, dict[str, float]]] = []

    def decide(self, doc: Doc, candidates: Sequence[QuoteCandidate]) -> list[bool]:
        self.seen.extend(zip(candidates, candidate_features(doc, candidates)))
        return [True] * len(candidates)


def extract_examples(parsed: Iterable[ParsedArticle]) -> list[Example]:
    """Every candidate of every article, labelled against the article's gold quotes."""
    examples: list[Example] = []
    for item in parsed:
        recorder = _Recorder()
        doc = item.doc.copy()
        Attributor(decider=recorder).cascade(doc)
        forget_text(doc)
        a = item.gold
        golds = [g.span for g in gold_quotes(a.to_dict())]
        for cand, features in recorder.seen:
            span = trim_span(a.text, cand.start, cand.end)  # as the scorer reads it
            inside = sum(overlap(span, g) for g in golds)
            label = int(span[1] > span[0] and inside >= QUOTE_COVER * (span[1] - span[0]))
            examples.append(Example(a.id, cand.start, cand.end, features, label))
    return examples


def fit(examples_source: Sequence[ParsedArticle] | Sequence[Example], seed: int = 0,
        c: float = C, threshold: float = THRESHOLD) -> dict:
    """Fit the logistic regression; the JSON-able weights (see ``QuoteDecisionModel``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = _as_examples(examples_source)
    if not examples:
        raise ValueError("quote training: no candidate spans to learn from")
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([dict(e.features) for e in examples]).toarray()
    y = [e.label for e in examples]
    model = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=1000)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), DIGITS) for n, w in zip(names, model.coef_[0])
               if round(float(w), DIGITS) != 0.0}
    return {"version": VERSION, "intercept": round(float(model.intercept_[0]), DIGITS),
            "threshold": threshold, "weights": weights,
            "meta": {"C": c, "candidates": len(examples), "positives": int(sum(y)),
                     "articles": len({e.article_id for e in examples}), "seed": seed,
                     "label": "candidate with >= 80% of its characters in gold quotes"}}


def _as_examples(source: Sequence[ParsedArticle] | Sequence[Example]) -> list[Example]:
    items = list(source)
    if items and isinstance(items[0], ParsedArticle):
        return extract_examples(items)  # type: ignore[arg-type]
    return items  # type: ignore[return-value]


def install(miner: Any, weights: Mapping[str, Any]) -> None:
    """Score quotes with ``weights`` in a loaded Miner (no file written)."""
    component = miner.nlp.get_pipe("quoteminer_attribution")
    component.decider = QuoteDecider(QuoteDecisionModel.from_dict(weights))


def dumps(weights: Mapping[str, Any]) -> str:
    """The shipped file's text: sorted keys, one entry a line, so reruns diff cleanly."""
    return json.dumps(weights, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.train quote",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="folder of the gold files (default: ../shared/corpus)")
    parser.add_argument("--out", help=f"where to write the weights (default: models/{MODEL_FILE})")
    parser.add_argument("--seed", type=int, default=0)
    args, _ = parser.parse_known_args(list(argv or []))  # options of other models pass by
    import quoteminer

    articles = training_articles(args.corpus)
    parsed = parse_articles(quoteminer.load(), articles)
    weights = fit(parsed, seed=args.seed)
    out = Path(args.out) if args.out else models_dir() / MODEL_FILE
    out.write_text(dumps(weights), encoding="utf-8")
    print(f"quote decision: {len(weights['weights'])} weights from "
          f"{weights['meta']['candidates']} candidates in {len(articles)} articles -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
