"""``python -m quoteminer`` runs the command line."""

from .cli import main

main()
