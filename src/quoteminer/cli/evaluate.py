"""``quoteminer evaluate GOLD [--pred PRED.jsonl] [--json]``: scores against annotated articles.

GOLD is a file in the format of GUIDELINES.md (``.jsonl``, one article a line, or a
``.json`` article or list).  Without ``--pred`` the pipeline runs on the gold texts.

Exit status: 0 when scored, 2 when the gold or prediction file cannot be used.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import app


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Annotated articles (.jsonl, or .json)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions (JSONL of "
                                        "`quoteminer extract`); default: run the pipeline."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout."),
    errors: int = typer.Option(30, "--errors", help="Rows of misses / wrong speakers to "
                               "show per table (0: none, -1: all)."),
    model: str = typer.Option("fr_core_news_md", help="spaCy model to build on."),
) -> None:
    """Quote precision / recall / F1, speaker accuracy and precision, figure scores."""
    from ..explore.evaluation import GoldError, evaluate as score, load_gold, load_predictions

    try:
        articles = load_gold(gold)
        if pred is not None:
            predictions = load_predictions(pred)
        else:
            from ..explore.evaluation import predict
            from ..pipeline import load
            predictions = predict(load(model), articles)
        result = score(articles, predictions)
    except (OSError, ValueError, KeyError, TypeError) as error:
        # GoldError is a ValueError; json.JSONDecodeError too.
        kind = "gold" if isinstance(error, GoldError) else "input"
        typer.echo(f"quoteminer evaluate: {kind} error: {error}", err=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    from ..explore.terminal import print_evaluation
    print_evaluation(result, limit=None if errors < 0 else errors)
