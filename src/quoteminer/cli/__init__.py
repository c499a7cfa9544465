"""The ``quoteminer`` command: one typer app, one module per sub-command."""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Quotes, speakers and figures from French news articles.")


def _register() -> None:
    """Import every sub-command module of this package (each adds itself to ``app``)."""
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def main() -> None:
    _register()
    app()
