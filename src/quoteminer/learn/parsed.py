"""The annotated articles parsed once, up to (not including) attribution.

Training and cross-validating a learned decision runs only the attribution component
again on copies of these Docs, so the 99 articles are parsed once per process (about 15
s), not once per fold and model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from spacy.tokens import Doc

from .corpus import GoldArticle

ATTRIBUTION = "quoteminer_attribution"
# the components that run on what attribution leaves: left out of the shared parse
LATE_COMPONENTS = (ATTRIBUTION, "quoteminer_figures")


@dataclass(frozen=True)
class ParsedArticle:
    """A gold article and its Doc, parsed by every component before attribution."""

    gold: GoldArticle
    doc: Doc


def parse_articles(miner: Any, articles: Sequence[GoldArticle],
                   batch_size: int = 16) -> list[ParsedArticle]:
    """Parse each article once, stopping before attribution and figures."""
    nlp = miner.nlp
    late = [name for name in LATE_COMPONENTS if name in nlp.pipe_names]
    with nlp.select_pipes(disable=late):
        docs = list(nlp.pipe((a.text for a in articles), batch_size=batch_size))
    return [ParsedArticle(a, d) for a, d in zip(articles, docs)]
