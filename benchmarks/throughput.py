"""Throughput of quoteminer against raw spaCy, 1 vs 2 processes, the batch CLI, streaming RSS.

    python benchmarks/throughput.py                      # 300 docs, all stages
    python benchmarks/throughput.py --copies 15 --streaming 10000
    python benchmarks/throughput.py --copies 2 --streaming 200 --quick   # smoke test

The documents are copies of the articles of ../shared/corpus (train.gold.jsonl,
dev.gold.jsonl and seed.gold.json; only their texts are used).  Each stage runs in a fresh Python process, so
its peak RSS (the process plus its workers) is its own.  Stages:

* ``spacy``: raw ``nlp.pipe`` of the same spaCy model with the same (spaCy) components,
  without quoteminer's: the baseline; quoteminer's ratio to it is its overhead.
* ``miner``: ``miner.pipe`` (the records included), with 1 and 2 processes.
* ``cli``: ``quoteminer extract FOLDER -o OUT.jsonl`` end to end (model load, reading,
  writing), 1 and 2 workers.
* ``fast``: ``miner.pipe`` on ``fr_core_news_sm`` (``quoteminer.load(fast=True)``).
* ``streaming``: ``miner.pipe`` over N generated documents, RSS sampled as it goes.
* ``interleaved``: raw spaCy and ``miner.pipe`` in one process, batch by batch in turns,
  CPU time summed per side: the steadiest ratio on a shared machine.

Prints a Markdown table: docs/s, tokens/s, the ratio to raw spaCy (same process count)
by wall time and by CPU time (this process and its children), peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
MD, SM = "fr_core_news_md", "fr_core_news_sm"


def corpus_texts(corpus: Path) -> list[str]:
    texts = []
    for path in sorted(corpus.glob("*.gold.json*")):
        raw = path.read_text(encoding="utf-8")
        items = ([json.loads(line) for line in raw.splitlines() if line.strip()]
                 if path.suffix == ".jsonl" else json.loads(raw))
        items = items if isinstance(items, list) else [items]
        texts.extend(item["text"] for item in items)
    return texts


def documents(corpus: Path, copies: int) -> list[str]:
    return corpus_texts(corpus) * copies


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its (waited-for) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its waited-for children: on a shared
    machine wall time swings with the neighbours' load, CPU time much less."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# --------------------------------------------------------------------------- stages
# Each runs in its own process (``--stage``) and prints one JSON line.


def stage_spacy(args: argparse.Namespace) -> dict:
    import spacy

    nlp = spacy.load(args.model)
    texts = documents(Path(args.corpus), args.copies)
    started, cpu = time.perf_counter(), cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=args.processes,
                                              batch_size=args.batch_size))
    return {"docs": len(texts), "tokens": tokens, "seconds": time.perf_counter() - started,
            "cpu": cpu_seconds() - cpu}


def stage_miner(args: argparse.Namespace) -> dict:
    import quoteminer

    miner = quoteminer.load(args.model)
    texts = documents(Path(args.corpus), args.copies)
    items = [(text, f"d{i}") for i, text in enumerate(texts)]
    started, cpu = time.perf_counter(), cpu_seconds()
    quotes = sum(len(a.to_dict()["quotes"]) for a in miner.pipe(
        items, n_process=args.processes, batch_size=args.batch_size))
    return {"docs": len(texts), "seconds": time.perf_counter() - started, "quotes": quotes,
            "cpu": cpu_seconds() - cpu}


def stage_interleaved(args: argparse.Namespace) -> dict:
    """Raw spaCy and quoteminer in one process, batch by batch in turns (who goes first
    alternates), each side's CPU time summed: a neighbour's load or a slower spell of the
    shared machine then falls on both sides alike, where separate stages minutes apart
    saw the ratio swing between 0.81 and 0.99."""
    import spacy

    import quoteminer

    raw = spacy.load(args.model)
    miner = quoteminer.load(args.model)
    texts = documents(Path(args.corpus), args.copies)
    spent = {"spacy": 0.0, "miner": 0.0}

    def run_raw(batch: list[str]) -> None:
        started = time.process_time()
        for _ in raw.pipe(batch, batch_size=args.batch_size):
            pass
        spent["spacy"] += time.process_time() - started

    def run_miner(batch: list[str]) -> None:
        started = time.process_time()
        for article in miner.pipe(batch, batch_size=args.batch_size):
            article.to_dict()
        spent["miner"] += time.process_time() - started

    for k, start in enumerate(range(0, len(texts), args.batch_size)):
        batch = texts[start:start + args.batch_size]
        for run in ((run_raw, run_miner) if k % 2 else (run_miner, run_raw)):
            run(batch)
    return {"docs": len(texts), "spacy_cpu": spent["spacy"], "miner_cpu": spent["miner"]}


def stage_cli(args: argparse.Namespace) -> dict:
    texts = documents(Path(args.corpus), args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-c", "from quoteminer.cli import main; main()",
                   "extract", str(folder), "-o", str(out), "-q", "--workers",
                   str(args.processes), "--model", args.model]
        started, cpu = time.perf_counter(), cpu_seconds()
        subprocess.run(command, check=False)
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        lines = out.read_text(encoding="utf-8").count("\n")
    return {"docs": lines, "seconds": seconds, "cpu": cpu}


def stage_streaming(args: argparse.Namespace) -> dict:
    import quoteminer

    miner = quoteminer.load(args.model)
    base = corpus_texts(Path(args.corpus))

    def stream():
        for i in range(args.streaming):
            # A different text each time (a number appended), as an archive would be.
            yield base[i % len(base)] + f"\nRéf. {i}.", f"d{i}"

    samples, started = [], time.perf_counter()
    step = max(1, args.streaming // 20)
    for n, _ in enumerate(miner.pipe(stream(), batch_size=args.batch_size), start=1):
        if n % step == 0 or n == args.streaming:
            samples.append((n, round(current_rss_mb())))
    early = samples[min(1, len(samples) - 1)][1]
    return {"docs": args.streaming, "seconds": time.perf_counter() - started,
            "rss_samples": samples, "rss_growth_mb": samples[-1][1] - early}


STAGES = {"spacy": stage_spacy, "miner": stage_miner, "cli": stage_cli,
          "streaming": stage_streaming, "interleaved": stage_interleaved}


def run_stage(args: argparse.Namespace, stage: str, processes: int, model: str) -> dict:
    command = [sys.executable, __file__, "--stage", stage, "--processes", str(processes),
               "--model", model, "--copies", str(args.copies), "--corpus", args.corpus,
               "--batch-size", str(args.batch_size), "--streaming", str(args.streaming)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=3,
                        help="copies of the 100 corpus articles (3 → 300 docs)")
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--streaming", type=int, default=0,
                        help="also stream N documents and sample the RSS")
    parser.add_argument("--quick", action="store_true",
                        help="1 process only, no fast model, no CLI with 2 workers")
    parser.add_argument("--stage", choices=list(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--model", default=MD, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.stage:
        result = STAGES[args.stage](args)
        result["peak_rss_mb"] = round(peak_rss_mb())
        print(json.dumps(result))
        return

    counts = [1] if args.quick else [1, 2]
    rows, baseline = [], {}
    for n in counts:
        raw = run_stage(args, "spacy", n, MD)
        baseline[n] = raw
        rows.append((f"raw spaCy nlp.pipe ({MD})", n, raw, raw))
        rows.append(("quoteminer miner.pipe", n, run_stage(args, "miner", n, MD), raw))
    for n in counts:
        rows.append(("quoteminer extract (CLI, end to end)", n,
                     run_stage(args, "cli", n, MD), baseline[n]))
    if not args.quick:
        raw_sm = run_stage(args, "spacy", 1, SM)
        rows.append((f"raw spaCy nlp.pipe ({SM})", 1, raw_sm, raw_sm))
        rows.append(("quoteminer fast (load(fast=True))", 1, run_stage(args, "miner", 1, SM),
                     raw_sm))

    tokens_per_doc = baseline[1]["tokens"] / baseline[1]["docs"]
    print(f"{baseline[1]['docs']} docs ({tokens_per_doc:.0f} tokens each on average), "
          f"batch size {args.batch_size}, {os.cpu_count()} CPUs\n")
    print("| run | processes | docs/s | tokens/s | ratio to raw spaCy (wall) | CPU ms/doc | "
          "ratio to raw spaCy (CPU) | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    one = {}
    for name, n, result, raw in rows:
        rate = result["docs"] / result["seconds"]
        raw_rate = raw["docs"] / raw["seconds"]
        one.setdefault(name, rate)
        cpu_per_doc = result["cpu"] / result["docs"]
        raw_cpu_per_doc = raw["cpu"] / raw["docs"]
        print(f"| {name} | {n} | {rate:.1f} | {rate * tokens_per_doc:,.0f} | "
              f"{rate / raw_rate:.2f} | {1000 * cpu_per_doc:.0f} | "
              f"{raw_cpu_per_doc / cpu_per_doc:.2f} | {result['peak_rss_mb']} |")
    for name, rate in one.items():
        two = [r for nm, n, r, _ in rows if nm == name and n == 2]
        if two:
            print(f"\n{name}: 2 processes = {two[0]['docs'] / two[0]['seconds'] / rate:.2f}x one",
                  end="")
    print()
    result = run_stage(args, "interleaved", 1, MD)
    docs = result["docs"]
    print(f"\ninterleaved in one process, batch by batch ({docs} docs): raw spaCy "
          f"{1000 * result['spacy_cpu'] / docs:.1f} CPU ms/doc, quoteminer "
          f"{1000 * result['miner_cpu'] / docs:.1f} CPU ms/doc, ratio to raw spaCy (CPU) "
          f"{result['spacy_cpu'] / result['miner_cpu']:.3f}")
    if args.streaming:
        result = run_stage(args, "streaming", 1, MD)
        print(f"\nstreaming {result['docs']} docs: {result['docs'] / result['seconds']:.1f} "
              f"docs/s, RSS growth after the first samples {result['rss_growth_mb']} MB, "
              f"peak {result['peak_rss_mb']} MB; samples (docs, MB): "
              f"{result['rss_samples']}")


if __name__ == "__main__":
    main()
