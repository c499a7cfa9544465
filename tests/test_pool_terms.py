"""Spans in marks counted across the unannotated pool, and the quote decision's feature.

Sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from quoteminer.attribution.quote_decision import (QuoteDecider, _pool_bucket,
                                                   candidate_features, pool_key)
from quoteminer.learn.pool_terms import MODEL_FILE, count_articles, main, table
from quoteminer.resources import models_dir

from conftest import CORPUS

ARTICLES = [
    "Le «grand débat national» s'ouvre mardi. «Nous serons là», a dit la maire.",
    "Le « Grand débat national » divise. Les «gilets jaunes» manifestent.",
    "Les «gilets jaunes» défilent. «Le grand débat national ne changera rien, je vous "
    "le dis, rien du tout», lance un manifestant.",
]


# (normalised span, articles that hold it in marks)
COUNT_CASES = [
    ("grand débat national", 2),   # case and spaces inside the marks do not count
    ("gilets jaunes", 2),
    ("nous serons là", 1),
    # more than six words: a sentence, not counted
    ("le grand débat national ne changera rien, je vous le dis, rien du tout", 0),
]


@pytest.mark.parametrize("key, articles", COUNT_CASES)
def test_articles_are_counted_once_each(key, articles):
    counts, n = count_articles(ARTICLES)
    assert n == 3
    assert counts.get(key, 0) == articles


def test_the_table_keeps_only_what_recurs():
    counts, n = count_articles(ARTICLES)
    terms = table(counts, n)["terms"]
    assert terms == {"gilets jaunes": 2, "grand débat national": 2}


def test_the_key_reads_apostrophes_and_end_punctuation_alike():
    assert pool_key("  L’Acte  VIII ! ") == pool_key("l'acte viii") == "l'acte viii"


@pytest.mark.parametrize("articles, bucket", [(0, "pool<2"), (1, "pool<2"), (4, "pool<5"),
                                              (19, "pool<20"), (20, "pool>=20")])
def test_buckets(articles, bucket):
    assert _pool_bucket(articles) == bucket


def test_the_quote_decision_reads_the_count(miner):
    """«gilets jaunes» recurs in hundreds of pool articles; words made up for this test
    are in none."""
    text = ("Les «gilets jaunes» manifestent. Le préfet dénonce une «zorglubesque "
            "pantalonnade» devant la mairie.")
    recorded = {}

    class Recorder(QuoteDecider):
        def decide(self, doc, candidates):
            for c, f in zip(candidates, candidate_features(doc, candidates)):
                recorded[doc.text[c.start:c.end]] = f
            return super().decide(doc, candidates)

    component = miner.nlp.get_pipe("quoteminer_attribution")
    saved = component.decider
    component.decider = Recorder()
    try:
        miner.nlp(text)
    finally:
        component.decider = saved
    assert "pool>=20" in recorded["gilets jaunes"]
    assert "pool<2" in recorded["zorglubesque pantalonnade"]


def test_the_shipped_table_is_what_the_pool_gives(tmp_path):
    """``python -m quoteminer.train terms`` reproduces the shipped file byte for byte."""
    if not (CORPUS / "pool.jsonl").exists():
        pytest.fail(f"the pool is missing: {CORPUS / 'pool.jsonl'}")
    out = tmp_path / "pool_terms.json"
    assert main(["--corpus", str(CORPUS), "--out", str(out)]) == 0
    assert out.read_bytes() == (models_dir() / MODEL_FILE).read_bytes()
    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["articles"] == 3689
