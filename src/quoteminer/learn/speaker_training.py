"""Train the speaker ranker: ``python -m quoteminer.train speaker``.

The candidates of every predicted quote that the gold has compete in a softmax over a
linear score of their named features (a conditional logit, the multinomial logistic
regression of a choice among candidates, fitted with scipy's L-BFGS; scipy and
scikit-learn are training-only dependencies).  At run time the same softmax picks the
speaker (``attribution.ranker``).  The softmax winner's probability is then calibrated: the
training articles are split by article into inner folds, each fold's quotes are scored by
a model fitted on the others, and an isotonic curve maps the winner's probability to the
share of those held-out quotes whose speaker was right.

Interface shared with the other learned models (``quote_training``):

* ``fit(examples_source, seed=0) -> dict``: ``examples_source`` is a list of
  ``speaker_examples.ParsedArticle`` (a ``GoldArticle`` and its Doc parsed up to
  attribution); returns the JSON-able weights.
* ``install(miner, weights)``: puts the weights into a loaded Miner's attribution.
* ``main(argv)``: fits on train+dev and writes ``models/attribution/speaker_ranker.json``
  (sorted keys, rounded floats: a rerun writes the same bytes).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

import numpy as np

from ..attribution.ranker import FORMAT_VERSION, MODEL_FILE, SpeakerRanker, calibration_features
from ..resources import models_dir
from .folds import fold_of
from .parsed import ATTRIBUTION, ParsedArticle, parse_articles
from .speaker_examples import LabelledQuote, labelled_quotes

C = 0.01                # inverse L2 strength, chosen on article-level CV (0.01–0.03 within 0.001)
NULL_THRESHOLD = 0.5    # a best guess more likely wrong than right (calibrated, held out) gives
# no speaker.  CV (speaker + quote models), accuracy / precision, 2026-12-03 (3fdbf4f):
# 0.3 0.894 / 0.904, 0.4 0.893 / 0.914, 0.45 0.892 / 0.919, 0.5 0.887 / 0.923,
# 0.55 0.879 / 0.927, 0.6 0.870 / 0.935 (two releases before: 0.3 0.845 / 0.867,
# 0.4 0.840 / 0.875, 0.5 0.828 / 0.882, so 0.3 was kept then; the calibrator has since
# sharpened)
INNER_FOLDS = 4
DIGITS = 5


def training_rows(quotes: Sequence[LabelledQuote]) -> tuple[list[dict], list[int]]:
    """One row per candidate of each quote that the gold has and whose right speaker is
    among the candidates (a quote no candidate can get right teaches nothing)."""
    rows, labels = [], []
    for q in quotes:
        if q.gold is None or not any(q.right):
            continue
        for cand, right in zip(q.candidates.candidates, q.right):
            rows.append(cand.feature_dict())
            labels.append(int(right))
    return rows, labels


def _fit_linear(quotes: Sequence[LabelledQuote], seed: int) -> tuple[dict[str, float], float]:
    """A conditional logit: the candidates of a quote compete in a softmax, and the loss
    is minus the log of the probability given to its right candidates, plus an L2 penalty
    (``1 / (2 C)``).  Fitted with L-BFGS from zero: the same data give the same weights."""
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    groups = [q for q in quotes if q.gold is not None and any(q.right)]
    if not groups:
        return {}, 0.0
    rows = [c.feature_dict() for q in groups for c in q.candidates.candidates]
    right = np.asarray([float(r) for q in groups for r in q.right])
    sizes = [len(q.candidates.candidates) for q in groups]
    owner = np.repeat(np.arange(len(groups)), sizes)
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows).tocsr()
    n_groups = len(groups)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        scores = x @ w
        top = np.full(n_groups, -np.inf)
        np.maximum.at(top, owner, scores)
        e = np.exp(scores - top[owner])
        total = np.bincount(owner, weights=e, minlength=n_groups)
        p = e / total[owner]
        good = np.bincount(owner, weights=p * right, minlength=n_groups)
        value = -np.sum(np.log(good + 1e-300)) + 0.5 / C * float(w @ w)
        target = p * right / good[owner]
        grad = x.T @ (p - target) + w / C
        return value, grad

    w0 = np.zeros(x.shape[1])
    result = minimize(loss, w0, jac=True, method="L-BFGS-B",
                      options={"maxiter": 500, "gtol": 1e-6})
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), DIGITS) for n, w in zip(names, result.x)
               if abs(w) >= 10 ** -DIGITS}
    return weights, 0.0


# inverse L2 strength of the calibrator over ``ranker.calibration_features``; with the
# quote's own facts ("q:...") among them, chosen on article-level CV (speaker + quote
# models, held-out confidence >= 0.8 right; accuracy / precision at null threshold 0.3):
# C 0.1: 93.5 %, 0.847 / 0.864; 0.3: 93.4 %, 0.845 / 0.867; 1.0: 93.6 %, 0.843 / 0.872
# (without the quote's facts, C 1.0: 92.7 %, 0.847 / 0.863)
CALIBRATOR_C = 0.3


def _calibrator(quotes: Sequence[LabelledQuote], seed: int) -> dict:
    """A logistic model of "the winner is right" over ``calibration_features``, fitted on
    inner-fold held-out predictions (each inner fold scored by a ranker that did not see it)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, rights = _held_out_winners(quotes, seed)
    if len(set(rights)) < 2:
        return {"weights": {}, "intercept": 0.0}
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=CALIBRATOR_C, solver="lbfgs", max_iter=2000)
    model.fit(x, rights)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), DIGITS) for n, w in zip(names, model.coef_[0])
               if abs(w) >= 10 ** -DIGITS}
    return {"weights": dict(sorted(weights.items())),
            "intercept": round(float(model.intercept_[0]), DIGITS)}


def _held_out_winners(quotes: Sequence[LabelledQuote], seed: int) -> tuple[list[dict], list[int]]:
    articles = sorted({q.article_id for q in quotes})
    inner = {a: fold_of(a + "/inner", INNER_FOLDS) for a in articles}
    rows, rights = [], []
    for k in range(INNER_FOLDS):
        train = [q for q in quotes if inner[q.article_id] != k]
        test = [q for q in quotes if inner[q.article_id] == k and q.gold is not None]
        weights, intercept = _fit_linear(train, seed)
        ranker = SpeakerRanker(weights, intercept)
        for q in test:
            p = ranker.probabilities(q.candidates)
            best = max(range(len(p)), key=lambda i: (p[i], -i))
            rows.append(calibration_features(q.candidates, p, best))
            rights.append(int(q.right[best]))
    return rows, rights


def fit_labelled(quotes: Sequence[LabelledQuote], seed: int = 0) -> dict:
    """The weights from labelled quotes (the part of ``fit`` after the cascade ran)."""
    weights, intercept = _fit_linear(quotes, seed)
    return {"format": FORMAT_VERSION, "model": "speaker_ranker", "seed": seed, "C": C,
            "weights": dict(sorted(weights.items())), "intercept": intercept,
            "calibrator": _calibrator(quotes, seed), "null_threshold": NULL_THRESHOLD,
            "articles": len({q.article_id for q in quotes})}


# the ranker learns from the quotes a quote decision keeps: cross-validation hands ``fit``
# the fold's decision (``crossval.fit_and_install``)
KEPT_QUOTES = True


def fit(examples_source: Sequence[ParsedArticle], seed: int = 0, decider=None) -> dict:
    """Fit the ranker on parsed gold articles; JSON-able weights.  ``decider``: the quote
    decision whose kept quotes it learns from (default: the shipped one)."""
    return fit_labelled(labelled_quotes(examples_source, decider), seed)


def install(miner, weights: dict) -> None:
    """Make a loaded Miner's attribution use these weights (no file written)."""
    miner.nlp.get_pipe(ATTRIBUTION).ranker = SpeakerRanker.from_dict(weights)


def dumps(weights: dict) -> str:
    return json.dumps(weights, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.train speaker",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", default=None,
                        help=f"where to write the weights (default: models/{MODEL_FILE})")
    args, _ = parser.parse_known_args(list(argv or []))  # options of other models pass by
    import quoteminer
    from .corpus import training_articles

    articles = training_articles()
    miner = quoteminer.load()
    weights = fit(parse_articles(miner, articles), seed=args.seed)
    path = args.output or str(models_dir() / MODEL_FILE)
    with open(path, "w", encoding="utf-8") as out:
        out.write(dumps(weights))
    print(f"speaker ranker: {len(weights['weights'])} weights from {weights['articles']} "
          f"articles -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
