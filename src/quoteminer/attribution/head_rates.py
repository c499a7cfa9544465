"""How often a noun speaks: the rate counted on unannotated articles, as a feature.

``models/attribution/speaking_heads.json`` (built by ``quoteminer.learn.speaking_heads``)
holds, for each noun lemma, the clauses of the pool where it heads the subject of a
reporting verb or the source after "selon", out of those where it is a subject at all:
"porte-parole" 321 of 376, "préfet" 77 of 151, "gain" 1 of 12, "assaillant" 1 of 23.
A description whose head seldom speaks ("le gain de 100 euros net passera «par une
hausse massive…»") is then a weak speaker even where it is the clause's subject.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from ..resources import read_json

MODEL_FILE = "attribution/speaking_heads.json"
# pseudo-clauses at the overall rate added to each count: a lemma met 3 times moves
# half-way from the prior, one met 300 times says what it says
SMOOTHING = 4.0
# log2 of the smoothed rate over the overall rate
EDGES = (-3.0, -1.5, -0.5, 0.5)


@dataclass(frozen=True)
class HeadRates:
    prior: float
    heads: Mapping[str, tuple[int, int]]

    def log_ratio(self, lemma: str) -> float | None:
        """log2(smoothed speaking rate / overall rate); None for a lemma never counted."""
        counts = self.heads.get(lemma)
        if counts is None or self.prior <= 0:
            return None
        speaks, clauses = counts
        rate = (speaks + SMOOTHING * self.prior) / (clauses + SMOOTHING)
        return math.log2(rate / self.prior)

    def feature(self, lemma: str) -> str:
        """"speaks<-3" … "speaks>=0.5", or "speaks=unseen"."""
        value = self.log_ratio(lemma)
        if value is None:
            return "speaks=unseen"
        for edge in EDGES:
            if value < edge:
                return f"speaks<{edge:g}"
        return f"speaks>={EDGES[-1]:g}"


def name_key(word: str) -> str:
    """The table's key of a proper noun: "=" and the word in lower case, its elided
    article dropped ("L'Élysée" → "=élysée"), apart from the common nouns."""
    word = word.lower().replace("’", "'")
    if word[:2] in ("l'", "d'"):
        word = word[2:]
    return "=" + word


@lru_cache(maxsize=1)
def head_rates() -> HeadRates:
    data = read_json(MODEL_FILE)
    return HeadRates(float(data["prior"]),
                     {k: (int(v[0]), int(v[1])) for k, v in data["heads"].items()})
