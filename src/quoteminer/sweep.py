"""A robustness sweep: mine many real articles and count what was lost, what failed, how
long each article took and how much memory the run held.

``benchmarks/sweep.py`` runs it over the 3,689 unannotated articles of
``../shared/corpus/pool.jsonl`` and prints the README's table; the test suite runs it on
a fixed sample of 300 and asserts that nothing is lost.

An article is *lost* when the Miner gave no Article for it, or an Article with the
``article_failed`` warning (no records at all).  A *component failure* is a
``component_failed`` warning: the article kept the other components' records.
"""

from __future__ import annotations

import re
import resource
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

# "component quoteminer_attribution failed on this article: RecursionError: …"
_COMPONENT_FAILURE = re.compile(r"component (\S+) failed on this article: (\w+)")


@dataclass(frozen=True)
class ArticleTime:
    id: str
    seconds: float
    chars: int


@dataclass(frozen=True)
class SweepReport:
    articles: int
    lost: tuple[tuple[str, str], ...]              # (id, reason)
    component_failures: tuple[tuple[str, int], ...]  # ("component: ExceptionType", count)
    warnings: tuple[tuple[str, int], ...]          # (warning code, count), most common first
    times: tuple[ArticleTime, ...]
    wall_seconds: float
    cpu_seconds: float
    peak_rss_mb: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.wall_seconds if self.wall_seconds else 0.0

    def percentile(self, share: float) -> float:
        """Seconds per article at ``share`` (0.5: the median) of the sorted times."""
        ordered = sorted(t.seconds for t in self.times)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def slowest(self, n: int = 5) -> list[ArticleTime]:
        return sorted(self.times, key=lambda t: -t.seconds)[:n]

    def component_failure_count(self) -> int:
        return sum(count for _, count in self.component_failures)

    def to_markdown(self) -> str:
        rows = [
            ("articles", f"{self.articles:,}"),
            ("articles lost", f"{len(self.lost)}"),
            ("component failures", f"{self.component_failure_count()}"),
            ("articles/s (wall)", f"{self.articles_per_second:.1f}"),
            ("CPU seconds", f"{self.cpu_seconds:.0f} (wall {self.wall_seconds:.0f})"),
            ("time per article p50 / p95 / max (s)",
             f"{self.percentile(0.5):.3f} / {self.percentile(0.95):.3f} / "
             f"{max((t.seconds for t in self.times), default=0.0):.3f}"),
            ("mean time per article (s)",
             f"{statistics.fmean(t.seconds for t in self.times):.3f}" if self.times else "-"),
            ("peak RSS (MB)", f"{self.peak_rss_mb:,.0f}"),
        ]
        lines = ["| measure | value |", "|---|---:|", *(f"| {a} | {b} |" for a, b in rows)]
        lines += ["", "| slowest articles | seconds | characters |", "|---|---:|---:|"]
        lines += [f"| {t.id} | {t.seconds:.2f} | {t.chars:,} |" for t in self.slowest()]
        lines += ["", "| lost or failed, by kind | articles |", "|---|---:|"]
        kinds = Counter(reason.split(":", 1)[0] for _, reason in self.lost)
        lines += [f"| lost: {kind} | {count} |" for kind, count in kinds.most_common()]
        lines += [f"| component failed: {kind} | {count} |"
                  for kind, count in self.component_failures]
        if not kinds and not self.component_failures:
            lines.append("| (none) | 0 |")
        lines += ["", "| warning code | articles' warnings |", "|---|---:|"]
        lines += [f"| {code} | {count:,} |" for code, count in self.warnings]
        return "\n".join(lines)


def sweep(miner: Any, items: Iterable[tuple[str, str]], batch_size: int = 1) -> SweepReport:
    """Mine ``(id, text)`` items one stream; time each article from the previous one out.

    With ``batch_size=1`` (the default) each time is the article's own; a larger batch
    gives spaCy's batching but times that pile up on the last article of each batch.
    """
    items = list(items)
    lost: list[tuple[str, str]] = []
    failures: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    times: list[ArticleTime] = []
    lengths = {id_: len(text) for id_, text in items}
    seen: set[str] = set()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    last = wall0
    for article in miner.pipe(((text, id_) for id_, text in items), batch_size=batch_size):
        now = time.perf_counter()
        times.append(ArticleTime(article.id, now - last, lengths.get(article.id, 0)))
        last = now
        seen.add(article.id)
        for warning in article.warnings:
            warnings[warning.code] += 1
            if warning.code == "article_failed":
                lost.append((article.id, warning.message))
            elif warning.code == "component_failed":
                match = _COMPONENT_FAILURE.search(warning.message)
                failures[f"{match[1]}: {match[2]}" if match else warning.message[:80]] += 1
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    lost += [(id_, "missing: no Article came out") for id_, _ in items if id_ not in seen]
    return SweepReport(articles=len(items), lost=tuple(lost),
                       component_failures=tuple(failures.most_common()),
                       warnings=tuple(warnings.most_common()), times=tuple(times),
                       wall_seconds=wall, cpu_seconds=cpu, peak_rss_mb=peak_rss_mb())


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
