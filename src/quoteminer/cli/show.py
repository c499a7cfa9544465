"""``quoteminer show FILE``: one article in the terminal, quotes and figures highlighted.

A quick look without Jupyter: the text with each quote on its speaker's colour and the
figures underlined, then the speakers and figures tables.  FILE is a .txt article, or a
JSONL file of ``quoteminer extract`` records (``--id`` picks one; default the first), so
a batch's results can be read back without mining again.

Exit status: 0 when shown, 1 when the file gave no article, 2 on usage errors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import app


def _from_records(path: Path, wanted: Optional[str]):
    from ..records import Article

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if wanted is not None and str(record.get("id")) != wanted:
            continue
        if "error" in record:
            raise ValueError(record["error"].get("message") or "the record is an error")
        return Article.from_dict(record)
    raise ValueError(f"{path}: no record" + (f" with id {wanted!r}" if wanted else ""))


@app.command()
def show(
    path: Path = typer.Argument(..., help="A .txt article, or a JSONL file of extract records."),
    record_id: Optional[str] = typer.Option(None, "--id", help="Which record of a JSONL file."),
    model: str = typer.Option("fr_core_news_md", help="spaCy model to build on."),
) -> None:
    """Print one article with its quotes and figures highlighted, and a speakers table."""
    from ..explore.terminal import print_article
    from ..io.readers import InputError, read_inputs

    try:
        if path.suffix.lower() in (".jsonl", ".json"):
            article = _from_records(path, record_id)
        else:
            item = next(iter(read_inputs([path])))
            if isinstance(item, InputError):
                raise ValueError(item.message)
            from ..pipeline import load
            article = load(model)(item.text, id=item.id, source=item.source)
    except (OSError, ValueError) as error:
        typer.echo(f"quoteminer show: {error}", err=True)
        raise typer.Exit(1)
    print_article(article)
