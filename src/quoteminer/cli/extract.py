"""``quoteminer extract PATH... [-o OUT.jsonl]``: one JSON line per input file.

Exit status: 0 when every input gave an article, 1 when some failed (all processed),
2 on usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from . import app
from ..io.readers import InputError, read_inputs


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files and folders of .txt articles."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSONL file (default: stdout)."),
    model: str = typer.Option("fr_core_news_md", help="spaCy model to build on."),
) -> None:
    """Mine articles; one JSON record per input file, success or error."""
    from ..pipeline import load

    miner = load(model)
    sink = open(output, "w", encoding="utf-8") if output else sys.stdout
    failed = 0
    try:
        for item in read_inputs(paths):
            if isinstance(item, InputError):
                record = item.to_dict()
                failed += 1
            else:
                try:
                    record = miner(item.text, id=item.id, source=item.source).to_dict()
                except Exception as error:  # one bad article must not stop the batch
                    record = InputError(item.id, "processing", f"{item.id}: {error}").to_dict()
                    failed += 1
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            sink.flush()
    finally:
        if output:
            sink.close()
    raise typer.Exit(1 if failed else 0)
