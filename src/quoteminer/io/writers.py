"""Writing records: a durable JSONL journal, and CSV / Parquet tables built from it.

Durability: each record is one line, written and flushed as soon as it is ready, so a run
killed with SIGKILL leaves every finished record on disk and at most one partial last
line.  ``JsonlWriter(path, resume=True)`` cuts such a line off, and reports the ids
already written so the run skips them: running twice with ``--resume`` never duplicates.

Tables: ``--format csv|parquet`` writes ``quotes``, ``speakers``, ``figures`` and
``articles`` tables (columns in ``tables.COLUMNS``).  The records still go first to the
JSONL journal ``records.jsonl`` beside the tables, which is what makes resume work for
tables too; the tables are rebuilt from the whole journal at the end of each run, in
chunks, so memory stays flat.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .tables import COLUMNS, TABLES, all_table_rows

TABLE_FORMATS = ("csv", "parquet")


def scan_journal(path: Path, repair: bool = True) -> set[str]:
    """Ids of the complete records in a JSONL file; a partial last line is cut off.

    A line counts when it ends with a newline and parses as JSON; anything after the last
    such line is the remains of a killed run.  A damaged line in the middle (which a
    killed run cannot leave) is kept and ignored.
    """
    done: set[str] = set()
    if not path.exists():
        return done
    good_end = 0
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break  # the partial last line of a killed run
            good_end += len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("id") is not None:
                done.add(str(record["id"]))
    size = path.stat().st_size
    if repair and good_end < size:
        with open(path, "r+b") as handle:
            handle.truncate(good_end)
    return done


class JsonlWriter:
    """One JSON record per line, flushed line by line (stdout when ``path`` is None)."""

    def __init__(self, path: Path | None, *, resume: bool = False) -> None:
        self.path = path
        self.done: set[str] = set()
        if path is None:
            self._handle: IO[str] = sys.stdout
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume:
            self.done = scan_journal(path)
        self._handle = open(path, "a" if resume else "w", encoding="utf-8")

    def write(self, record: dict[str, Any]) -> None:
        # One write call for the whole line: a kill can only cut the last line.
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        if self.path is not None:
            self._handle.close()
        else:
            self._handle.flush()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def table_paths(output: str | Path, fmt: str) -> dict[str, Path]:
    """Where the tables (and the ``records`` journal) go for ``-o OUTPUT``.

    ``OUTPUT`` is a folder when it exists as one or ends with "/" (``out/`` →
    ``out/quotes.parquet``); otherwise it is a prefix (``out/run1`` →
    ``out/run1_quotes.parquet``, ``out/run1_records.jsonl``).
    """
    text = str(output)  # a str keeps the trailing "/" that Path drops
    output = Path(text)
    is_folder = output.is_dir() or text.endswith(("/", os.sep))
    suffix = {"csv": ".csv", "parquet": ".parquet"}[fmt]
    names = {table: table + suffix for table in TABLES}
    names["records"] = "records.jsonl"
    if is_folder:
        return {key: output / name for key, name in names.items()}
    return {key: output.parent / f"{output.name}_{name}" for key, name in names.items()}


def iter_journal(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.endswith("\n") and line.strip():
                try:
                    yield json.loads(line)
                except ValueError:
                    continue


def write_tables(records: Iterable[dict[str, Any]], paths: dict[str, Path], fmt: str,
                 chunk: int = 500) -> dict[str, int]:
    """Write the four tables from records, ``chunk`` articles at a time; rows per table."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}; expected csv or parquet")
    sinks = {table: (_ParquetSink if fmt == "parquet" else _CsvSink)(paths[table], table)
             for table in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    buffers: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    try:
        pending = 0
        for record in records:
            for table, rows in all_table_rows(record).items():
                buffers[table].extend(rows)
            pending += 1
            if pending >= chunk:
                _flush(buffers, sinks, counts)
                pending = 0
        _flush(buffers, sinks, counts)
    finally:
        for sink in sinks.values():
            sink.close()
    return counts


def _flush(buffers: dict[str, list[dict[str, Any]]], sinks: dict[str, Any],
           counts: dict[str, int]) -> None:
    for table, rows in buffers.items():
        sinks[table].write(rows)
        counts[table] += len(rows)
        rows.clear()


class _CsvSink:
    def __init__(self, path: Path, table: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(path, "w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._handle, fieldnames=list(COLUMNS[table]))
        self._writer.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._writer.writerows(rows)

    def close(self) -> None:
        self._handle.close()


_ARROW_TYPES = {"str": "string", "int": "int64", "float": "float64", "bool": "bool_"}


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a table: typed columns even when every value is None."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW_TYPES[kind])())
                      for name, kind in COLUMNS[table].items()])


class _ParquetSink:
    def __init__(self, path: Path, table: str) -> None:
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        self._schema = arrow_schema(table)
        self._columns = list(COLUMNS[table])
        self._writer = pq.ParquetWriter(str(path), self._schema)

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if rows:
            self._writer.write_table(pa.Table.from_pylist(rows, schema=self._schema))

    def close(self) -> None:
        if self._writer is not None:
            # An empty table still gets a valid file with the columns.
            self._writer.close()


def read_records(text: str | io.TextIOBase) -> list[dict[str, Any]]:
    """Parse JSONL text (for tests and notebooks)."""
    raw = text if isinstance(text, str) else text.read()
    return [json.loads(line) for line in raw.splitlines() if line.strip()]
