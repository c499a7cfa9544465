"""The annotated articles the learned components are trained and cross-validated on.

The gold files live beside the checkout (``../shared/corpus``), as CI lays them out; they
are read, never copied into the package.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

GOLD_FILES = ("train.gold.jsonl", "dev.gold.jsonl")


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its text and the gold quotes and figures (plain dicts)."""

    id: str
    text: str
    quotes: tuple[dict[str, Any], ...]
    figures: tuple[dict[str, Any], ...]
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The gold file's form of the article, as the scorer (``explore.evaluation``) reads it."""
        return {"id": self.id, "text": self.text, "quotes": list(self.quotes),
                "figures": list(self.figures)}


def corpus_dir() -> Path:
    """``$QUOTEMINER_CORPUS`` or ``../shared/corpus`` beside the repository."""
    configured = os.environ.get("QUOTEMINER_CORPUS")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Articles of a ``.jsonl`` gold file, or of a ``.json`` file holding one article."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    rows: Iterable[dict] = ([json.loads(text)] if path.suffix == ".json"
                            else (json.loads(line) for line in text.splitlines() if line.strip()))
    return [GoldArticle(id=str(r["id"]), text=r["text"], quotes=tuple(r.get("quotes") or ()),
                        figures=tuple(r.get("figures") or ()), outlet=r.get("outlet"))
            for r in rows]


def training_articles(directory: str | Path | None = None) -> list[GoldArticle]:
    """train + dev, the articles the learned components are fitted and cross-validated on."""
    directory = Path(directory) if directory is not None else corpus_dir()
    articles: list[GoldArticle] = []
    for name in GOLD_FILES:
        articles.extend(read_gold(directory / name))
    return articles
