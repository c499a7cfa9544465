"""Robustness on real scraped articles: a fixed sample of 300 of the 3,689 unannotated pool
articles is mined, and not one is lost nor has a component fail on it.

``benchmarks/sweep.py`` runs the same sweep over the whole pool for the README's table.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from quoteminer.sweep import sweep

from conftest import CORPUS, REPO

SAMPLE = 300
SEED = 20261201


def pool_sample() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in
            (CORPUS / "pool.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [(r["id"], r["text"]) for r in rows]
    return sorted(random.Random(SEED).sample(items, SAMPLE))


@pytest.mark.slow
def test_a_sample_of_300_pool_articles_loses_nothing(miner):
    report = sweep(miner, pool_sample(), batch_size=16)
    assert report.articles == SAMPLE == len(report.times)
    assert report.lost == ()
    assert report.component_failures == ()
    assert report.percentile(0.5) <= report.percentile(0.95)
    markdown = report.to_markdown()
    assert "| articles lost | 0 |" in markdown and "| component failures | 0 |" in markdown


def test_the_report_counts_lost_articles_and_failed_components():
    class HalfBroken:
        """Stands in for a Miner: article b has a component fail, c cannot be mined."""

        def pipe(self, items, batch_size=1):
            from quoteminer.pipeline import failed_article
            from quoteminer.records import Article, Notice
            for text, id_ in items:
                if id_ == "c":
                    yield failed_article((text, id_, {}), RecursionError("deep"))
                    continue
                warnings = (Notice("component_failed", "component quoteminer_figures failed "
                                   "on this article: OverflowError: inf"),) if id_ == "b" else ()
                yield Article(id=id_, text=text, warnings=warnings)

    report = sweep(HalfBroken(), [("a", "Texte."), ("b", "Texte."), ("c", "Texte.")])
    assert [id_ for id_, _ in report.lost] == ["c"]
    assert report.component_failures == (("quoteminer_figures: OverflowError", 1),)
    assert dict(report.warnings) == {"component_failed": 1, "article_failed": 1}


def test_the_benchmark_script_reads_the_pool():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from sweep import pool_items
    finally:
        sys.path.pop(0)
    items = pool_items(CORPUS / "pool.jsonl", limit=5, seed=1)
    assert len(items) == 5 and all(isinstance(t, str) and t for _, t in items)
    assert items == pool_items(Path(CORPUS / "pool.jsonl"), limit=5, seed=1)
