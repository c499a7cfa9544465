"""Training examples for the speaker ranker: each quote's candidates, labelled from gold.

The articles are parsed once per process (spaCy plus quoteminer's components before
attribution, about 15 s for the 99 articles); attribution then runs on those Docs as often
as needed.  A candidate is right when its name shares a name token with the gold speaker
or an alias — the shared scorer's own definition — so the ranker learns what is scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from spacy.tokens import Doc

from ..attribution.candidates import QuoteCandidates, quote_candidates
from ..attribution.component import Attributor
from ..attribution.phrases import forget_quote_intervals
from ..explore.evaluation import GoldQuote, gold_quotes, name_tokens, overlap, trim_span
from .corpus import GoldArticle

from .parsed import ParsedArticle

QUOTE_COVER = 0.8


@dataclass(frozen=True)
class LabelledQuote:
    """One predicted quote's candidates and which of them are right.

    ``gold`` is None for a quote the gold does not have (a spurious quote: not trained on);
    ``right[i]`` says whether candidate i names the gold speaker ("no speaker" is right
    when the gold quote has none)."""

    article_id: str
    candidates: QuoteCandidates
    gold: GoldQuote | None
    right: tuple[bool, ...]


def article_candidates(doc: Doc, attributor: Attributor | None = None) -> list[QuoteCandidates]:
    """The rules' cascade on ``doc``, then the candidates of each kept quote."""
    attributor = attributor or Attributor()
    quotes, registry = attributor.cascade(doc)
    kept = [q for q in quotes if q.keep]
    try:
        return quote_candidates(doc, quotes, kept, registry)
    finally:
        forget_quote_intervals(doc)


def label(article: GoldArticle, tables: Iterable[QuoteCandidates]) -> list[LabelledQuote]:
    golds = gold_quotes(article.to_dict())
    out = []
    for qc in tables:
        span = trim_span(article.text, qc.start, qc.end)
        gold = _matching_gold(span, golds)
        right: tuple[bool, ...] = ()
        if gold is not None:
            right = tuple((c.entity_id is None and not gold.speaker)
                          or (c.entity_id is not None and bool(gold.speaker)
                              and bool(name_tokens(c.name) & gold.names))
                          for c in qc.candidates)
        out.append(LabelledQuote(article.id, qc, gold, right))
    return out


def _matching_gold(span: tuple[int, int], golds: list[GoldQuote]) -> GoldQuote | None:
    """The gold quote this predicted span finds (covers >= 80 % of it), else the gold
    quote that holds most of the span."""
    for g in golds:
        if overlap(g.span, span) >= QUOTE_COVER * max(1, g.span[1] - g.span[0]):
            return g
    length = max(1, span[1] - span[0])
    best = max(golds, key=lambda g: overlap(g.span, span), default=None)
    if best is not None and overlap(best.span, span) >= QUOTE_COVER * length:
        return best
    return None


def labelled_quotes(parsed: Sequence[ParsedArticle], decider=None) -> list[LabelledQuote]:
    """Every predicted quote of the articles (kept by ``decider``, default the shipped
    quote decision), with its labelled candidates."""
    attributor = Attributor(decider=decider)
    out: list[LabelledQuote] = []
    for p in parsed:
        out.extend(label(p.gold, article_candidates(p.doc, attributor)))
    return out
