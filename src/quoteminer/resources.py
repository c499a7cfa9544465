"""Access to the pipeline's versioned resources in ``models/`` (lexicons and patterns).

In a wheel they sit inside the package (``quoteminer/models``); in a source checkout
(editable install, or tests run from the repository) they are read from the top-level
``models/`` folder, so there is a single copy to edit.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def models_dir() -> Path:
    packaged = resources.files("quoteminer") / "models"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "models"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("quoteminer resources not found: neither quoteminer/models "
                            "in the installed package nor models/ in the checkout")


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Entries of a one-entry-a-line lexicon; ``#`` starts a comment, blanks are skipped."""
    path = models_dir() / name
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon, header line (starting with ``#``) skipped."""
    rows = []
    for line in (models_dir() / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def read_json(name: str) -> Any:
    return json.loads((models_dir() / name).read_text(encoding="utf-8"))
