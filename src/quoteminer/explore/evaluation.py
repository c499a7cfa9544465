"""Scoring quoteminer against annotated articles (the gold format of GUIDELINES.md).

The definitions are those of the project's shared scorer, so the numbers agree with it
exactly; they are re-stated here as small typed functions so that a user can annotate
her own articles and measure quoteminer on them without the shared folder:

* Spans are compared after trimming spaces, quotation marks and punctuation at both ends
  (a gold quote « Nous sommes prêts. » and a predicted "Nous sommes prêts" are the same).
* A gold quote is *found* when the first predicted quote (in prediction order) covers at
  least 80 % of its characters; a predicted quote is *correct* when at least 80 % of its
  characters lie inside gold quotes.
* A speaker is *right* when the predicted name shares a name token with the gold speaker
  or one of its aliases, accents and case ignored, titles and function words left out:
  "Blinken" and "Antony Blinken" agree, "le ministre" and "le ministre sud-coréen" do not.
  Speaker accuracy is over gold quotes that have a speaker (a missed quote counts as
  wrong); speaker precision over correct predicted quotes that name a speaker.
* A figure is *found* when an unused predicted figure has an equal value and an
  overlapping span.  Predicted figures whose value is null, of kind ``time``, or a date
  without its year ("--05-12") are not scored: the gold leaves those out.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Mapping

Span = tuple[int, int]

# Characters that do not count at either end of a span: spaces (with the narrow no-break
# space of French typography), quotation marks and punctuation.
TRIM_CHARS = " \u00a0\u202f\t\n«»“”\"'‹›,.;:!?"

# Tokens that say nothing about who a speaker is: articles, titles, roles, nationalities
# and pronouns.  "le ministre sud-coréen" must not match "le ministre japonais" through
# "ministre".  Part of the metric's definition: changing it changes every speaker score.
NAME_STOP_TOKENS = frozenset({
    "le", "la", "les", "l", "de", "du", "des", "d", "et", "m", "mme", "m.",
    "president", "presidente", "ministre", "secretaire", "premier", "premiere",
    "porte-parole", "chef", "general", "directeur", "directrice", "maire",
    "senateur", "depute", "deputee", "juge", "docteur", "dr", "professeur",
    "etat", "americain", "americaine", "francais", "francaise", "sud-coreen",
    "nord-coreen", "haut", "diplomate", "ancien", "ancienne", "il", "elle",
    "ils", "elles", "selon", "un", "une", "son", "sa", "ses",
})

QUOTE_COVER = 0.8        # share of a quote's characters that must be covered
SPEAKER_OVERLAP = 0.5    # share of a predicted quote that must lie in the gold quote


class GoldError(ValueError):
    """A gold record whose text is not in its article (the annotation needs fixing)."""


# --- small pure helpers ----------------------------------------------------------------

def fold(text: str | None) -> str:
    """Lower case without accents: "Séoul" → "seoul"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_tokens(name: str | None) -> frozenset[str]:
    """The tokens of a name that identify someone: "M. Jean-Yves Le Drian" → {jean-yves, drian}."""
    words = fold(name).replace("’", " ").replace("'", " ").split()
    stripped = (w.strip(TRIM_CHARS) for w in words)
    return frozenset(w for w in stripped if len(w) > 1 and w not in NAME_STOP_TOKENS)


def trim_span(text: str, start: int, end: int) -> Span:
    """Move both ends inward past spaces, quotation marks and punctuation."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def find_unclaimed(text: str, piece: str | None, claimed: set[Span] | None = None) -> Span | None:
    """The first occurrence of ``piece`` (trimmed) whose span is not in ``claimed``.

    A repeated quote (« Nous sommes prêts » twice) must map to its two occurrences, so
    each found span is added to ``claimed``.  None when the piece is not in the text.
    """
    piece = (piece or "").strip(TRIM_CHARS)
    if not piece:
        return None
    claimed = set() if claimed is None else claimed
    at = text.find(piece)
    while at >= 0:
        span = (at, at + len(piece))
        if span not in claimed:
            claimed.add(span)
            return span
        at = text.find(piece, at + 1)
    return None


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_length(span: Span) -> int:
    """Length for ratios: at least 1, so an empty span can never be covered."""
    return max(1, span[1] - span[0])


def values_equal(gold: Any, predicted: Any) -> bool:
    """Figure values agree: ISO strings by folded text, numbers within a relative 1e-6."""
    if isinstance(gold, str) or isinstance(predicted, str):
        return fold(str(gold)).strip() == fold(str(predicted)).strip()
    try:
        a, b = float(gold), float(predicted)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def speaker_name(speaker: Any) -> str | None:
    """The name of a predicted speaker given as {"name": ...}, a bare string, or null."""
    if isinstance(speaker, str):
        return speaker or None
    if isinstance(speaker, dict):
        return speaker.get("name") or speaker.get("text") or None
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int)


def is_scored_figure(figure: Mapping[str, Any]) -> bool:
    """False for figures the gold leaves out: null value, time of day, date without year."""
    value = figure.get("value")
    if value is None or figure.get("kind") == "time":
        return False
    return not (isinstance(value, str) and value.startswith("--"))


# --- records ---------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldQuote:
    span: Span
    speaker: str | None
    names: frozenset[str]


@dataclass(frozen=True)
class PredictedQuote:
    span: Span | None          # None: the text was not found in the article
    speaker: str | None


@dataclass(frozen=True)
class GoldFigure:
    span: Span
    value: Any
    kind: str | None


@dataclass(frozen=True)
class PredictedFigure:
    span: Span | None
    value: Any
    kind: str | None


@dataclass(frozen=True)
class SpeakerError:
    """A gold quote whose speaker was not found; ``predicted`` None when the quote was missed."""

    article_id: str
    quote: str
    gold: str
    predicted: str | None
    quote_found: bool


@dataclass(frozen=True)
class Miss:
    """A gold quote or figure that no prediction matched."""

    article_id: str
    text: str


@dataclass(frozen=True)
class Counts:
    gold_quotes: int = 0
    pred_quotes: int = 0
    found: int = 0
    correct: int = 0
    gold_attr: int = 0
    attr_right: int = 0
    pred_attr: int = 0
    pred_attr_right: int = 0
    gold_figures: int = 0
    pred_figures: int = 0
    fig_found: int = 0
    fig_kind_right: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                         for f in fields(self)})


@dataclass(frozen=True)
class ArticleScore:
    id: str
    counts: Counts
    has_prediction: bool = True
    quote_misses: tuple[Miss, ...] = ()
    speaker_errors: tuple[SpeakerError, ...] = ()
    figure_misses: tuple[Miss, ...] = ()


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Evaluation:
    """Scores summed over a gold file; ``summary()`` has the shared scorer's keys."""

    articles: tuple[ArticleScore, ...] = ()
    counts: Counts = field(default_factory=Counts)

    @property
    def quote_precision(self) -> float:
        return _ratio(self.counts.correct, self.counts.pred_quotes)

    @property
    def quote_recall(self) -> float:
        return _ratio(self.counts.found, self.counts.gold_quotes)

    @property
    def quote_f1(self) -> float:
        return _f1(self.quote_precision, self.quote_recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.counts.attr_right, self.counts.gold_attr)

    @property
    def speaker_precision(self) -> float:
        return _ratio(self.counts.pred_attr_right, self.counts.pred_attr)

    @property
    def figure_precision(self) -> float:
        return _ratio(self.counts.fig_found, self.counts.pred_figures)

    @property
    def figure_recall(self) -> float:
        return _ratio(self.counts.fig_found, self.counts.gold_figures)

    @property
    def figure_f1(self) -> float:
        return _f1(self.figure_precision, self.figure_recall)

    @property
    def figure_kind_accuracy(self) -> float:
        return _ratio(self.counts.fig_kind_right, self.counts.fig_found)

    @property
    def quote_misses(self) -> list[Miss]:
        return [m for a in self.articles for m in a.quote_misses]

    @property
    def speaker_errors(self) -> list[SpeakerError]:
        return [e for a in self.articles for e in a.speaker_errors]

    @property
    def figure_misses(self) -> list[Miss]:
        return [m for a in self.articles for m in a.figure_misses]

    def summary(self) -> dict[str, Any]:
        """The shared scorer's summary: ratios rounded to 4 digits, and the main counts."""
        metrics = ("quote_precision", "quote_recall", "quote_f1", "speaker_accuracy",
                   "speaker_precision", "figure_precision", "figure_recall", "figure_f1",
                   "figure_kind_accuracy")
        counts = self.counts
        return {
            "articles": len(self.articles),
            "articles_without_prediction": sum(not a.has_prediction for a in self.articles),
            **{name: round(getattr(self, name), 4) for name in metrics},
            "counts": {name: getattr(counts, name) for name in (
                "gold_quotes", "pred_quotes", "found", "correct", "gold_attr", "attr_right",
                "gold_figures", "pred_figures", "fig_found")},
        }

    def to_dict(self) -> dict[str, Any]:
        """``summary()`` plus, per article, what was missed and which speakers were wrong."""
        return {**self.summary(), "by_article": [{
            "id": a.id,
            "misses": [m.text for m in a.quote_misses],
            "wrong_speakers": [{"quote": e.quote, "gold": e.gold, "pred": e.predicted,
                                "quote_found": e.quote_found} for e in a.speaker_errors],
            "figure_misses": [m.text for m in a.figure_misses],
        } for a in self.articles]}


# --- reading gold and predictions into spans -------------------------------------------

def _gold_span(text: str, piece: str, start: Any, claimed: set[Span], what: str,
               article_id: str) -> Span:
    """Where a gold quote or figure lies: at its explicit ``start``, else its first free occurrence."""
    if _is_int(start):
        span = (start, start + len(piece))
        if text[span[0]:span[1]] != piece:
            span = None
    else:
        span = find_unclaimed(text, piece, claimed)
    if span is None:
        raise GoldError(f"gold {what} not in the text of {article_id}: {piece[:60]!r}")
    return span


def gold_quotes(article: Mapping[str, Any]) -> list[GoldQuote]:
    text, claimed = article["text"], set()
    out = []
    for quote in article.get("quotes", []):
        span = _gold_span(text, quote["text"], quote.get("start"), claimed, "quote",
                          str(article["id"]))
        speaker = quote.get("speaker")
        names: frozenset[str] = frozenset()
        if speaker:
            names = name_tokens(speaker).union(*(name_tokens(a)
                                                 for a in quote.get("aliases", [])))
        out.append(GoldQuote(trim_span(text, *span), speaker, names))
    return out


def gold_figures(article: Mapping[str, Any]) -> list[GoldFigure]:
    text, claimed = article["text"], set()
    return [GoldFigure(_gold_span(text, f["surface"], f.get("start"), claimed, "figure",
                                  str(article["id"])), f.get("value"), f.get("kind"))
            for f in article.get("figures", [])]


def predicted_quotes(text: str, prediction: Mapping[str, Any] | None) -> list[PredictedQuote]:
    """Predicted quotes at their offsets, or found by their text when offsets are unusable."""
    claimed: set[Span] = set()
    out = []
    for quote in (prediction or {}).get("quotes", []):
        start, end = quote.get("start"), quote.get("end")
        span: Span | None
        if _is_int(start) and _is_int(end) and 0 <= start < end <= len(text):
            span = (start, end)
        else:
            span = find_unclaimed(text, quote.get("text", ""), claimed)
        out.append(PredictedQuote(trim_span(text, *span) if span else None,
                                  speaker_name(quote.get("speaker"))))
    return out


def predicted_figures(text: str, prediction: Mapping[str, Any] | None) -> list[PredictedFigure]:
    out = []
    for figure in (prediction or {}).get("figures", []):
        if not is_scored_figure(figure):
            continue
        start, end = figure.get("start"), figure.get("end")
        span: Span | None
        if _is_int(start) and _is_int(end):
            span = (start, end) if start >= 0 else None
        else:
            span = find_unclaimed(text, figure.get("text", ""))
        out.append(PredictedFigure(span, figure.get("value"), figure.get("kind")))
    return out


# --- scoring ---------------------------------------------------------------------------

def _first_covering(gold: GoldQuote, predicted: list[PredictedQuote]) -> PredictedQuote | None:
    needed = QUOTE_COVER * span_length(gold.span)
    return next((p for p in predicted if p.span and overlap(gold.span, p.span) >= needed), None)


def _speaker_right(predicted: str | None, gold: GoldQuote) -> bool:
    return bool(predicted) and bool(name_tokens(predicted) & gold.names)


def score_article(gold: Mapping[str, Any], prediction: Mapping[str, Any] | None) -> ArticleScore:
    """Compare one gold article with its prediction (None: nothing was predicted)."""
    text, article_id = gold["text"], str(gold["id"])
    golds, preds = gold_quotes(gold), predicted_quotes(text, prediction)
    found = attr_right = gold_attr = 0
    misses, errors = [], []
    for g in golds:
        hit = _first_covering(g, preds)
        surface = text[g.span[0]:g.span[1]]
        if hit:
            found += 1
        else:
            misses.append(Miss(article_id, surface))
        if g.speaker:
            gold_attr += 1
            if hit and _speaker_right(hit.speaker, g):
                attr_right += 1
            else:
                errors.append(SpeakerError(article_id, surface, g.speaker,
                                           hit.speaker if hit else None, hit is not None))
    correct = pred_attr = pred_attr_right = 0
    for p in preds:
        if not p.span:
            continue
        length = span_length(p.span)
        if sum(overlap(p.span, g.span) for g in golds) < QUOTE_COVER * length:
            continue
        correct += 1
        if p.speaker:
            pred_attr += 1
            pred_attr_right += any(overlap(p.span, g.span) >= SPEAKER_OVERLAP * length
                                   and _speaker_right(p.speaker, g) for g in golds)

    gold_figs, pred_figs = gold_figures(gold), predicted_figures(text, prediction)
    used: set[int] = set()
    kind_right = 0
    figure_misses = []
    for g in gold_figs:
        hit = next((i for i, p in enumerate(pred_figs)
                    if i not in used and p.span and values_equal(g.value, p.value)
                    and overlap(g.span, p.span) > 0), None)
        if hit is None:
            figure_misses.append(Miss(article_id, text[g.span[0]:g.span[1]]))
            continue
        used.add(hit)
        kind_right += str(pred_figs[hit].kind).lower() == str(g.kind).lower()

    counts = Counts(gold_quotes=len(golds), pred_quotes=len(preds), found=found,
                    correct=correct, gold_attr=gold_attr, attr_right=attr_right,
                    pred_attr=pred_attr, pred_attr_right=pred_attr_right,
                    gold_figures=len(gold_figs), pred_figures=len(pred_figs),
                    fig_found=len(used), fig_kind_right=kind_right)
    return ArticleScore(article_id, counts, prediction is not None, tuple(misses),
                        tuple(errors), tuple(figure_misses))


def evaluate(gold: Iterable[Mapping[str, Any]],
             predictions: Mapping[str, Mapping[str, Any]]) -> Evaluation:
    """Score every gold article against the prediction with the same id."""
    scores = tuple(score_article(g, predictions.get(str(g["id"]))) for g in gold)
    total = Counts()
    for score in scores:
        total = total + score.counts
    return Evaluation(scores, total)


# --- files and the pipeline ------------------------------------------------------------

def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """A ``.json`` file holds one article or a list; any other file one article a line."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(raw)
        return data if isinstance(data, list) else [data]
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Predictions by id, from a JSONL file of ``quoteminer extract`` records (or the scorer's format).

    ``quoteminer extract`` uses the file path as id ("in/fr-001.txt"); a record is also
    reachable by the file's stem ("fr-001"), so that the ids of a gold file match.
    """
    by_id: dict[str, dict[str, Any]] = {}
    stems: dict[str, dict[str, Any] | None] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        key = str(record.get("id"))
        by_id[key] = record
        stem = Path(key).stem
        if stem != key:
            stems[stem] = None if stem in stems else record  # ambiguous stems match nothing
    for stem, record in stems.items():
        if record is not None and stem not in by_id:
            by_id[stem] = record
    return by_id


def predict(miner: Any, gold: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Run a Miner on the gold articles' texts; predictions keyed by the gold ids."""
    articles = list(gold)
    items = ((a["text"], str(a["id"])) for a in articles)
    return {article.id: article.to_dict() for article in miner.pipe(items)}
