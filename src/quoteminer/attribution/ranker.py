"""The learned speaker choice: score each candidate, keep the best, say how sure.

The weights are plain JSON (``models/attribution/speaker_ranker.json``, written by
``python -m quoteminer.train speaker``): a named feature → weight table, a calibration
curve and a threshold.  Loading reads numbers, runs no code, and needs no scikit-learn.

A quote's candidates compete in a softmax over their scores; the winner's probability is
mapped through the calibration curve (fitted on held-out articles at training time) to the
share of quotes with that score whose speaker was right.  When the best real speaker is a
weak guess (calibrated confidence under ``null_threshold``), the quote gets no speaker:
"«…», a-t-on appris vendredi" is better left unattributed than given to "vendredi".
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..resources import models_dir
from .candidates import QuoteCandidates

MODEL_FILE = "attribution/speaker_ranker.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class SpeakerChoice:
    """The speaker chosen for one quote (``entity_id`` None: no speaker)."""

    entity_id: str | None
    how: str | None
    confidence: float


class SpeakerRanker:
    """Scores candidates with a linear model over named features."""

    def __init__(self, weights: Mapping[str, float], intercept: float = 0.0,
                 calibration: Mapping[str, list[float]] | None = None,
                 null_threshold: float = 0.0) -> None:
        self.weights = dict(weights)
        self.intercept = float(intercept)
        cal = calibration or {}
        self.cal_x = [float(x) for x in cal.get("x", [])]
        self.cal_y = [float(y) for y in cal.get("y", [])]
        self.null_threshold = float(null_threshold)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "SpeakerRanker":
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"speaker ranker weights of format {data.get('format')!r}; "
                             f"this quoteminer reads format {FORMAT_VERSION}")
        return cls(data["weights"], data.get("intercept", 0.0), data.get("calibration"),
                   data.get("null_threshold", 0.0))

    @classmethod
    def from_file(cls, path: str | Path) -> "SpeakerRanker":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def shipped(cls) -> "SpeakerRanker | None":
        """The ranker in ``models/``, or None (the rules decide) when none is shipped."""
        path = models_dir() / MODEL_FILE
        return cls.from_file(path) if path.is_file() else None

    def score(self, features: Iterable[tuple[str, float]]) -> float:
        w = self.weights
        return self.intercept + sum(w.get(name, 0.0) * value for name, value in features)

    def calibrate(self, p: float) -> float:
        """The calibration curve at p (piecewise linear; identity when there is none)."""
        xs, ys = self.cal_x, self.cal_y
        if not xs:
            return p
        if p <= xs[0]:
            return ys[0]
        if p >= xs[-1]:
            return ys[-1]
        i = bisect.bisect_right(xs, p)
        x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)

    def probabilities(self, quote: QuoteCandidates) -> list[float]:
        scores = [self.score(c.features) for c in quote.candidates]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose_one(self, quote: QuoteCandidates) -> SpeakerChoice:
        probs = self.probabilities(quote)
        # the same person can be two candidates only once; the best real speaker competes
        # with "no speaker" (the first candidate)
        best = max(range(len(probs)), key=lambda i: (probs[i], -i))
        cand = quote.candidates[best]
        confidence = self.calibrate(probs[best])
        if cand.entity_id is not None and confidence < self.null_threshold:
            return SpeakerChoice(None, None, round(1.0 - confidence, 3))
        return SpeakerChoice(cand.entity_id, cand.how, round(confidence, 3))

    def choose(self, quotes: Iterable[QuoteCandidates]) -> list[SpeakerChoice]:
        """The choice for each quote of an article, in order; a fragment that follows the
        quote before it in the same sentence, with no cue of its own, takes its speaker."""
        out: list[SpeakerChoice] = []
        for q in quotes:
            if q.follows_previous and out and out[-1].entity_id is not None:
                out.append(SpeakerChoice(out[-1].entity_id, "continuation", out[-1].confidence))
            else:
                out.append(self.choose_one(q))
        return out
