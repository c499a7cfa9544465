"""Robustness sweep over the unannotated real articles of ../shared/corpus/pool.jsonl.

    python benchmarks/sweep.py                    # all 3,689 articles
    python benchmarks/sweep.py --limit 300 --seed 7
    python benchmarks/sweep.py --json sweep.json  # the figures as JSON too

Reports articles/s, time per article (p50, p95, max) and the 5 slowest articles, articles
lost and component failures by exception kind, warnings by code, and peak RSS, as the
Markdown tables the README shows (``quoteminer.sweep``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent.parent / "shared" / "corpus" / "pool.jsonl"


def pool_items(path: Path, limit: int | None = None, seed: int = 0) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    items = [(str(r["id"]), r["text"]) for r in rows]
    if limit is not None and limit < len(items):
        items = sorted(random.Random(seed).sample(items, limit))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", type=Path, default=POOL)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--batch-size", type=int, default=1)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    import quoteminer
    from quoteminer.sweep import sweep

    items = pool_items(args.pool, args.limit, args.seed)
    miner = quoteminer.load(args.model)
    report = sweep(miner, items, batch_size=args.batch_size)
    print(f"sweep of {len(items):,} articles from {args.pool.name}, {args.model}, "
          f"batch size {args.batch_size}\n")
    print(report.to_markdown())
    if args.json:
        args.json.write_text(json.dumps({
            "articles": report.articles, "lost": report.lost,
            "component_failures": report.component_failures, "warnings": report.warnings,
            "articles_per_second": report.articles_per_second,
            "p50": report.percentile(0.5), "p95": report.percentile(0.95),
            "slowest": [t.__dict__ for t in report.slowest()],
            "wall_seconds": report.wall_seconds, "cpu_seconds": report.cpu_seconds,
            "peak_rss_mb": report.peak_rss_mb}, indent=1, ensure_ascii=False))
    return 1 if report.lost or report.component_failures else 0


if __name__ == "__main__":
    sys.exit(main())
