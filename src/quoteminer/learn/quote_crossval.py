"""Judge the quote-or-not decision on articles it was not fitted to.

``python -m quoteminer.learn.quote_crossval`` parses train + dev once (about 20 s), takes
every candidate span with its features, then for each of the 5 article-level folds
(``learn.folds``) fits on the other four and decides the held-out fold's candidates.
Quote precision, recall and F1 are the shared scorer's (``explore.evaluation``) on the
kept spans, summed over the folds; the same figures are printed for the hand-written
rules the model replaced and for the model scored on its own training articles.

``--grid`` also prints the cross-validated figures for a few regularisation strengths and
thresholds, which is how ``quote_training.C`` and ``THRESHOLD`` were chosen.
``--through-miner`` re-scores the cross-validated folds by installing each fold's weights
in the Miner and running attribution on the held-out Docs, to check that the runtime
path keeps the same spans as the offline decision.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from ..attribution.quote_decision import QuoteDecisionModel
from ..explore.evaluation import Counts, score_article
from .corpus import GOLD_FILES, GoldArticle, corpus_dir, read_gold, training_articles
from .folds import N_FOLDS, fold_of
from .quote_training import (C, THRESHOLD, Example, ParsedArticle, extract_examples, fit,
                             install, parse_articles)

# The verdicts of the hand-written rules (quote_decision._rule_verdict) as a model: the
# baseline the learned weights are compared with.
RULES = QuoteDecisionModel({"rule=keep": 1.0}, intercept=-0.5, threshold=0.5)


@dataclass(frozen=True)
class QuoteScores:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    found: int
    correct: int

    def line(self, name: str) -> str:
        return (f"{name:<28} P {self.precision:.4f}  R {self.recall:.4f}  F1 {self.f1:.4f}  "
                f"(gold {self.gold}, predicted {self.predicted}, found {self.found}, "
                f"correct {self.correct})")


def score_kept(articles: Sequence[GoldArticle], kept: Mapping[str, list[tuple[int, int]]]) -> QuoteScores:
    """Quote P/R/F1 of the kept spans of every article, by the shared scorer's rules."""
    total = Counts()
    for a in articles:
        prediction = {"quotes": [{"text": a.text[s:e], "start": s, "end": e}
                                 for s, e in kept.get(a.id, [])]}
        total = total + score_article({"id": a.id, "text": a.text, "quotes": list(a.quotes)},
                                      prediction).counts
    p = total.correct / total.pred_quotes if total.pred_quotes else 0.0
    r = total.found / total.gold_quotes if total.gold_quotes else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return QuoteScores(p, r, f, total.gold_quotes, total.pred_quotes, total.found, total.correct)


def decide_all(examples: Sequence[Example],
               model_for: Callable[[Example], QuoteDecisionModel]) -> dict[str, list[tuple[int, int]]]:
    kept: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e in examples:
        if model_for(e).keep(e.features):
            kept[e.article_id].append((e.start, e.end))
    return kept


def cross_validated(examples: Sequence[Example], c: float = C, threshold: float = THRESHOLD,
                    seed: int = 0) -> dict[int, QuoteDecisionModel]:
    """One model per fold, each fitted on the other folds' articles only."""
    models = {}
    for fold in range(N_FOLDS):
        train = [e for e in examples if fold_of(e.article_id) != fold]
        models[fold] = QuoteDecisionModel.from_dict(fit(train, seed=seed, c=c, threshold=threshold))
    return models


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.learn.quote_crossval")
    parser.add_argument("--grid", action="store_true", help="also try other C and thresholds")
    parser.add_argument("--through-miner", action="store_true",
                        help="re-score the folds through the Miner's attribution component")
    parser.add_argument("--errors", action="store_true", help="list the held-out mistakes")
    args = parser.parse_args(list(argv) if argv is not None else None)
    import quoteminer

    miner = quoteminer.load()
    articles = training_articles()
    parsed = parse_articles(miner, articles)
    examples = extract_examples(parsed)
    print(f"{len(articles)} articles, {len(examples)} candidate spans, "
          f"{sum(e.label for e in examples)} of them quotes")
    print(score_kept(articles, decide_all(examples, lambda e: RULES)).line("rules (before)"))
    models = cross_validated(examples)
    held_out = decide_all(examples, lambda e: models[fold_of(e.article_id)])
    print(score_kept(articles, held_out).line(f"learned, {N_FOLDS}-fold CV"))
    # the same held-out decisions, on each gold file alone (the rules were tuned on dev)
    for name in GOLD_FILES:
        ids = {a.id for a in read_gold(corpus_dir() / name)}
        part = [a for a in articles if a.id in ids]
        print(score_kept(part, decide_all([e for e in examples if e.article_id in ids],
                                          lambda e: RULES)).line(f"  {name}, rules"))
        print(score_kept(part, held_out).line(f"  {name}, CV"))
    full = QuoteDecisionModel.from_dict(fit(examples))
    print(score_kept(articles, decide_all(examples, lambda e: full)).line("learned, in-sample"))
    if args.grid:
        for c in (0.03, 0.1, 0.3, 1.0, 3.0):
            fold_models = cross_validated(examples, c=c)
            for threshold in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
                ms = {k: QuoteDecisionModel(m.weights, m.intercept, threshold)
                      for k, m in fold_models.items()}
                print(score_kept(articles, decide_all(
                    examples, lambda e: ms[fold_of(e.article_id)])).line(
                    f"  CV C={c} t={threshold}"))
    if args.errors:
        for e in examples:
            m = models[fold_of(e.article_id)]
            if m.keep(e.features) != bool(e.label):
                text = next(a.text for a in articles if a.id == e.article_id)
                print(f"{'FN' if e.label else 'FP'} {e.article_id} {m.score(e.features):.2f} "
                      f"{text[e.start:e.end][:70]!r}  <<{text[max(0, e.start - 60):e.start]!r}")
    if args.through_miner:
        print(score_kept(articles, _through_miner(miner, parsed, models)).line(
            "learned, CV through Miner"))
    return 0


def _through_miner(miner, parsed: Sequence[ParsedArticle],
                   models: Mapping[int, QuoteDecisionModel]) -> dict[str, list[tuple[int, int]]]:
    from .. import extensions as ext

    component = miner.nlp.get_pipe("quoteminer_attribution")
    kept: dict[str, list[tuple[int, int]]] = {}
    for item in parsed:
        install(miner, models[fold_of(item.gold.id)].to_dict())
        doc = component(item.doc.copy())
        kept[item.gold.id] = [(q["start"], q["end"]) for q in doc._.get(ext.QUOTES) or []]
        ext.forget_text(doc)
    return kept


if __name__ == "__main__":
    raise SystemExit(main())
