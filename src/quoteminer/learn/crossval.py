"""Article-level cross-validation of the learned models: ``python -m quoteminer.learn.crossval``.

The 99 annotated articles (train + dev) are parsed once (about 15 s).  For each of the 5
folds (``folds.fold_of``), every model module in ``--models`` is fitted on the other four
folds (``module.fit``) and installed into the Miner (``module.install``); attribution then
runs on the held-out articles' Docs, and their records are collected.  No article is ever
scored by a model fitted on it.  The collected predictions are scored with the shared
scorer's definitions (``explore.evaluation``), next to the rules alone and the in-sample
figures (models fitted on all articles, scored on all).

Printed as Markdown tables and written as JSON (``--json``), with the held-out
predictions as JSONL (``--predictions``, which ``../shared/eval/score.py`` reads).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from dataclasses import dataclass
from typing import Any, Sequence

from .. import extensions as ext
from ..explore.evaluation import (gold_quotes, name_tokens, overlap, predicted_quotes,
                                  score_article)
from .folds import N_FOLDS, fold_of
from .parsed import ATTRIBUTION, ParsedArticle, parse_articles

# in dependency order, as quoteminer.train fits them: the speaker ranker learns from the
# quotes the fold's own quote decision keeps
MODEL_MODULES = {
    "quote": "quoteminer.learn.quote_training",
    "speaker": "quoteminer.learn.speaker_training",
}
DEFAULT_MODELS = ("speaker",)
CONFIDENCE_BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001)
ERROR_KINDS = ("missed quote", "spurious quote", "null speaker",
               "wrong: non-speaking noun", "wrong: previous speaker carried",
               "wrong: institution vs head", "wrong: other")


@dataclass(frozen=True)
class Prediction:
    """One article's predicted quotes, with what the error table needs of each speaker."""

    article_id: str
    record: dict[str, Any]       # the scorer's prediction format
    speakers: dict[str, dict]    # speaker id -> speaker record


def predict(miner, parsed: ParsedArticle) -> Prediction:
    """Run attribution (with whatever models are installed) on a parsed article."""
    doc = miner.nlp.get_pipe(ATTRIBUTION)(parsed.doc)
    speakers = {s["id"]: s for s in doc._.get(ext.SPEAKERS) or []}
    quotes = []
    for q in doc._.get(ext.QUOTES) or []:
        sp = speakers.get(q["speaker_id"])
        quotes.append({"text": q["text"], "start": q["start"], "end": q["end"],
                       "speaker": sp["name"] if sp else None,
                       "speaker_kind": sp["kind"] if sp else None,
                       "attribution": q["attribution"], "confidence": q["confidence"]})
    return Prediction(parsed.gold.id, {"id": parsed.gold.id, "quotes": quotes}, speakers)


def install_rules_only(miner) -> None:
    """The rules alone: no speaker ranker, and the quote decision by the rules' verdict
    (the shipped quote model was fitted on these very articles)."""
    from ..attribution.quote_decision import RuleQuoteDecider

    component = miner.nlp.get_pipe(ATTRIBUTION)
    component.ranker = None
    component.decider = RuleQuoteDecider()


def fit_and_install(miner, modules: Sequence[Any], train: Sequence[ParsedArticle],
                    seed: int) -> None:
    """Fit each model on the fold's training articles and put it into the Miner.  A model
    that learns from the quotes kept (``KEPT_QUOTES``: the speaker ranker) is handed the
    fold's own quote decision, never the shipped one, which saw the held-out articles."""
    for module in modules:
        kwargs = {}
        if getattr(module, "KEPT_QUOTES", False):
            kwargs["decider"] = miner.nlp.get_pipe(ATTRIBUTION).decider
        module.install(miner, module.fit(list(train), seed=seed, **kwargs))


# -- scoring -------------------------------------------------------------------------------
def score(parsed: Sequence[ParsedArticle], predictions: Sequence[Prediction]) -> dict:
    by_id = {p.article_id: p for p in predictions}
    totals: dict[str, int] = {}
    for p in parsed:
        counts = score_article(p.gold.to_dict(), by_id[p.gold.id].record).counts
        for name in ("gold_quotes", "pred_quotes", "found", "correct", "gold_attr",
                     "attr_right", "pred_attr", "pred_attr_right"):
            totals[name] = totals.get(name, 0) + getattr(counts, name)
    precision = _ratio(totals["correct"], totals["pred_quotes"])
    recall = _ratio(totals["found"], totals["gold_quotes"])
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"quote_precision": round(precision, 4), "quote_recall": round(recall, 4),
            "quote_f1": round(f1, 4),
            "speaker_accuracy": round(_ratio(totals["attr_right"], totals["gold_attr"]), 4),
            "speaker_precision": round(_ratio(totals["pred_attr_right"], totals["pred_attr"]), 4),
            "counts": totals}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _right(name: str | None, gold) -> bool:
    return bool(name) and bool(name_tokens(name) & gold.names)


def _matching(span, preds: list[dict]) -> dict | None:
    length = max(1, span[1] - span[0])
    return next((p for p in preds if overlap(span, (p["start"], p["end"])) >= 0.8 * length), None)


def error_table(parsed: Sequence[ParsedArticle], predictions: Sequence[Prediction]) -> dict[str, int]:
    """Each gold quote with a speaker that is not right, and each spurious quote, by kind."""
    from ..attribution.lexicon import lexicon

    lex = lexicon()
    by_id = {p.article_id: p for p in predictions}
    table = {k: 0 for k in ERROR_KINDS}
    for p in parsed:
        pred = by_id[p.gold.id]
        text = p.gold.text
        golds = gold_quotes(p.gold.to_dict())
        quotes = pred.record["quotes"]
        spans = predicted_quotes(text, pred.record)
        for pq, ps in zip(quotes, spans):
            if ps.span and sum(overlap(ps.span, g.span) for g in golds) < 0.8 * max(1, ps.span[1] - ps.span[0]):
                table["spurious quote"] += 1
        for g in golds:
            if not g.speaker:
                continue
            hit = _matching(g.span, quotes)
            if hit is None:
                table["missed quote"] += 1
                continue
            name = hit["speaker"]
            if _right(name, g):
                continue
            if not name:
                table["null speaker"] += 1
                continue
            index = quotes.index(hit)
            previous = quotes[index - 1]["speaker"] if index else None
            gold_kind = next((s["kind"] for s in pred.speakers.values()
                              if _right(s["name"], g)), None)
            if not _can_speak(name, lex):
                table["wrong: non-speaking noun"] += 1
            elif previous == name and (hit["attribution"] == "continuation"
                                       or hit["attribution"] is None):
                table["wrong: previous speaker carried"] += 1
            elif gold_kind and gold_kind != hit["speaker_kind"] and "ORG" in (gold_kind, hit["speaker_kind"]):
                table["wrong: institution vs head"] += 1
            else:
                table["wrong: other"] += 1
    return table


def _can_speak(name: str, lex) -> bool:
    """A name (a capital after the first word, or a first word in capitals) or a phrase
    with a person or body noun: "Vendredi" is a name by its capital but a day."""
    words = name.replace("’", "'").split()
    if not words:
        return False
    from ..attribution.candidates import speaker_heads
    heads = speaker_heads()
    if len(words) == 1 and words[0].lower() in heads["time"] | heads["non_speaking"]:
        return False
    if any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and len(words) == 1):
        return True
    return any(lex.role(w.split("'")[-1]) is not None for w in words)


def calibration_table(parsed: Sequence[ParsedArticle], predictions: Sequence[Prediction]) -> list[dict]:
    """Predicted quotes that the gold has, binned by confidence: how often the speaker
    (or the absence of one) is right."""
    by_id = {p.article_id: p for p in predictions}
    bins = [{"from": CONFIDENCE_BINS[i], "to": min(1.0, CONFIDENCE_BINS[i + 1]), "quotes": 0,
             "right": 0, "named": 0, "named_right": 0} for i in range(len(CONFIDENCE_BINS) - 1)]
    for p in parsed:
        golds = gold_quotes(p.gold.to_dict())
        for q in by_id[p.gold.id].record["quotes"]:
            span = (q["start"], q["end"])
            length = max(1, span[1] - span[0])
            g = max(golds, key=lambda g: overlap(g.span, span), default=None)
            if g is None or overlap(g.span, span) < 0.5 * length:
                continue
            right = _right(q["speaker"], g) or (not q["speaker"] and not g.speaker)
            b = next(b for b in bins if b["from"] <= q["confidence"] < b["to"] or (
                b["to"] == 1.0 and q["confidence"] >= 1.0))
            b["quotes"] += 1
            b["right"] += right
            if q["speaker"]:
                b["named"] += 1
                b["named_right"] += right
    for b in bins:
        b["accuracy"] = round(_ratio(b["right"], b["quotes"]), 4)
    return bins


# -- the run ---------------------------------------------------------------------------------
def run(models: Sequence[str], seed: int = 0, articles=None, miner=None) -> dict:
    import quoteminer
    from .corpus import training_articles

    started = time.time()
    modules = [importlib.import_module(MODEL_MODULES[m]) for m in MODEL_MODULES if m in models]
    miner = miner or quoteminer.load()
    articles = articles if articles is not None else training_articles()
    parsed = parse_articles(miner, articles)
    parse_seconds = time.time() - started

    install_rules_only(miner)
    rules = [predict(miner, p) for p in parsed]

    held_out: list[Prediction] = []
    for k in range(N_FOLDS):
        train = [p for p in parsed if fold_of(p.gold.id) != k]
        test = [p for p in parsed if fold_of(p.gold.id) == k]
        if not test:
            continue
        fit_and_install(miner, modules, train, seed)
        held_out.extend(predict(miner, p) for p in test)
    order = {p.gold.id: i for i, p in enumerate(parsed)}
    held_out.sort(key=lambda pr: order[pr.article_id])

    fit_and_install(miner, modules, parsed, seed)
    in_sample = [predict(miner, p) for p in parsed]
    install_rules_only(miner)  # leave the Miner as the shipped files would not: explicit

    return {
        "models": list(models), "seed": seed, "articles": len(parsed), "folds": N_FOLDS,
        "scores": {"rules only": score(parsed, rules),
                   "cross-validated": score(parsed, held_out),
                   "in-sample": score(parsed, in_sample)},
        "errors": {"rules only": error_table(parsed, rules),
                   "cross-validated": error_table(parsed, held_out)},
        "calibration": calibration_table(parsed, held_out),
        "seconds": {"parse": round(parse_seconds, 1),
                    "total": round(time.time() - started, 1)},
        "_held_out": held_out,
    }


def markdown(result: dict) -> str:
    lines = [f"Article-level {result['folds']}-fold cross-validation over "
             f"{result['articles']} articles (train + dev), models: "
             f"{', '.join(result['models'])}, seed {result['seed']}.", "",
             "| run | quote P | quote R | quote F1 | speaker accuracy | speaker precision |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, s in result["scores"].items():
        lines.append(f"| {name} | {s['quote_precision']:.3f} | {s['quote_recall']:.3f} | "
                     f"{s['quote_f1']:.3f} | {s['speaker_accuracy']:.3f} | "
                     f"{s['speaker_precision']:.3f} |")
    lines += ["", "| error kind | rules only | cross-validated |", "|---|---:|---:|"]
    for kind in ERROR_KINDS:
        lines.append(f"| {kind} | {result['errors']['rules only'][kind]} | "
                     f"{result['errors']['cross-validated'][kind]} |")
    lines += ["", "Calibration (held-out predictions of quotes the gold has):", "",
              "| confidence | quotes | speaker right | accuracy | with a speaker | of those right |",
              "|---|---:|---:|---:|---:|---:|"]
    for b in result["calibration"]:
        lines.append(f"| [{b['from']:.1f}, {b['to']:.1f}) | {b['quotes']} | {b['right']} | "
                     f"{b['accuracy']:.3f} | {b['named']} | {b['named_right']} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quoteminer.learn.crossval",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(DEFAULT_MODELS),
                        choices=sorted(MODEL_MODULES))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", default="crossval.json", help="where to write the tables")
    parser.add_argument("--predictions", default=None,
                        help="also write the held-out predictions (JSONL) here")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    result = run(args.models, seed=args.seed)
    held_out = result.pop("_held_out")
    text = markdown(result)
    print(text)
    result["markdown"] = text
    with open(args.json, "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False, indent=1, sort_keys=True)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as out:
            for p in held_out:
                out.write(json.dumps(p.record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
