"""``quoteminer extract INPUT... [-o OUT]``: one record per input article, success or error.

Inputs: files, folders (recursive, sorted), globs, ``-`` for stdin; ``.txt``, ``.html`` /
``.htm``, ``.json`` / ``.jsonl`` (see ``quoteminer.io.readers``).  Output: JSONL (stdout
by default) or, with ``--format csv|parquet``, the tables ``quotes``, ``speakers``,
``figures``, ``articles`` (``-o`` is then a folder or a file-name prefix, see
``quoteminer.io.writers.table_paths``).

Exit status: 0 when every input gave an article, 1 when some failed (all were processed),
2 on usage errors.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, Iterator, Optional

import typer

from . import app
from ..io.readers import DEFAULT_MAX_BYTES, FORMATS, STDIN, ReaderOptions


def _usage(message: str) -> None:
    typer.echo(f"quoteminer extract: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(
        ..., metavar="INPUT...",
        help="Files, folders (recursive), globs ('*.html'), or - for stdin."),
    output: Optional[str] = typer.Option(
        None, "-o", "--output",
        help="JSONL file (default: stdout); with --format csv|parquet, a folder (existing, "
             "or ending with /) or a file-name prefix for the tables."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    text_field: str = typer.Option("text", help="JSON inputs: the field with the text."),
    id_field: str = typer.Option("id", help="JSON inputs: the field with the article id."),
    input_format: str = typer.Option(
        "auto", help="auto (by suffix; sniffed for stdin), txt, html, json or jsonl."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Larger inputs get an error "
                                                          "record (too_large)."),
    resume: bool = typer.Option(False, "--resume",
                                help="Skip inputs whose id is already in the output."),
    workers: int = typer.Option(1, "--workers", "-w", min=1,
                                help="Processes (workers that each load the model; dask workers)."),
    batch_size: int = typer.Option(16, help="Texts per spaCy batch."),
    model: str = typer.Option("fr_core_news_md", help="spaCy model to build on."),
    fast: bool = typer.Option(False, "--fast", help="The small model fr_core_news_sm: "
                                                    "faster, a little less accurate."),
    engine: str = typer.Option("local", help="local, or dask (a cluster: --scheduler)."),
    scheduler: Optional[str] = typer.Option(
        None, help="Dask scheduler address (tcp://host:8786); without it --engine dask "
                   "starts a local cluster of --workers processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="No progress bar and no summary line."),
) -> None:
    """Mine articles: quotes, speakers and figures, one record per input article."""
    fmt = fmt.lower()
    if fmt not in ("jsonl", "csv", "parquet"):
        _usage(f"--format must be jsonl, csv or parquet, not {fmt!r}")
    if input_format not in FORMATS:
        _usage(f"--input-format must be one of {', '.join(FORMATS)}")
    if engine not in ("local", "dask"):
        _usage(f"--engine must be local or dask, not {engine!r}")
    if scheduler and engine != "dask":
        engine = "dask"
    if fmt != "jsonl" and output is None:
        _usage(f"--format {fmt} writes several tables: give -o FOLDER/ or -o PREFIX")
    if resume and output is None:
        _usage("--resume needs -o (the output to resume)")
    if max_bytes < 1:
        _usage("--max-bytes must be positive")
    if inputs.count(STDIN) > 1:
        _usage("stdin (-) can be read only once")

    from ..io import writers

    options = ReaderOptions(text_field=text_field, id_field=id_field, max_bytes=max_bytes,
                            input_format=input_format)
    paths = writers.table_paths(output, fmt) if fmt != "jsonl" and output else None
    journal = paths["records"] if paths else (Path(output) if output else None)
    started = time.perf_counter()
    stats = {"files": 0, "ok": 0, "errors": 0, "quotes": 0, "figures": 0, "skipped": 0}
    with writers.JsonlWriter(journal, resume=resume) as sink:
        done = sink.done
        # The run's own files are never inputs, even when -o lies in an input folder.
        own = [journal, *paths.values()] if paths else ([journal] if journal else [])
        if engine == "dask":
            records = _dask_records(inputs, options, done, model, fast, workers, scheduler,
                                    batch_size, own)
        else:
            records = _local_records(inputs, options, done, model, fast, workers, batch_size,
                                     own)
        progress = _progress(quiet)
        try:
            for record in records:
                sink.write(record)
                _count(stats, record)
                if progress is not None:
                    progress.update(1)
        finally:
            if progress is not None:
                progress.close()
        stats["skipped"] = len(done)
    if paths is not None:
        writers.write_tables(writers.iter_journal(journal), paths, fmt)
    if not quiet:
        _summary(stats, time.perf_counter() - started, paths or output)
    raise typer.Exit(1 if stats["errors"] else 0)


def _load_miner(model: str, fast: bool) -> Any:
    from ..pipeline import load

    return load(model, fast=fast)


def _local_records(inputs: list[str], options: ReaderOptions, done: set[str], model: str,
                   fast: bool, workers: int, batch_size: int,
                   own: list[Path]) -> Iterator[dict[str, Any]]:
    from ..io.batch import mine_records
    from ..io.readers import read_inputs

    miner = _load_miner(model, fast)
    yield from mine_records(miner, read_inputs(inputs, options, skip=done, exclude=own),
                            n_process=workers, batch_size=batch_size)


def _dask_records(inputs: list[str], options: ReaderOptions, done: set[str], model: str,
                  fast: bool, workers: int, scheduler: str | None,
                  batch_size: int, own: list[Path]) -> Iterator[dict[str, Any]]:
    try:
        from .. import dask as qm_dask
        from distributed import Client, LocalCluster
    except ImportError:
        _usage("--engine dask needs dask: pip install 'quoteminer[dask]'")
    if STDIN in inputs:
        _usage("--engine dask reads files on the workers; stdin (-) cannot be shared")
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        yield from qm_dask.iter_records(client, inputs, options=options, skip=done,
                                        model=model, fast=fast, batch_size=batch_size,
                                        exclude=own)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _count(stats: dict[str, int], record: dict[str, Any]) -> None:
    stats["files"] += 1
    if "error" in record:
        stats["errors"] += 1
    else:
        stats["ok"] += 1
        stats["quotes"] += len(record.get("quotes") or ())
        stats["figures"] += len(record.get("figures") or ())


def _progress(quiet: bool) -> Any:
    """A tqdm bar on a terminal (files/s); nothing when piped, logged or --quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit="file", desc="quoteminer", file=sys.stderr, dynamic_ncols=True)


def _summary(stats: dict[str, int], elapsed: float, where: Any) -> None:
    skipped = f", {stats['skipped']} already done" if stats["skipped"] else ""
    rate = stats["files"] / elapsed if elapsed > 0 else 0.0
    typer.echo(f"quoteminer: {stats['files']} files, {stats['ok']} ok, "
               f"{stats['errors']} errors, {stats['quotes']} quotes, "
               f"{stats['figures']} figures, {elapsed:.1f} s ({rate:.1f} files/s)"
               f"{skipped}", err=True)
