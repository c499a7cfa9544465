"""The ``quoteminer`` command: one typer app, one module per sub-command."""

from __future__ import annotations

import sys

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Quotes, speakers and figures from French news articles.")


def _register() -> None:
    from . import extract  # noqa: F401


def main() -> None:
    _register()
    try:
        app()
    except SystemExit as exit_:
        # click uses 2 for usage errors already; keep it and every other status as is
        raise exit_
    sys.exit(0)
