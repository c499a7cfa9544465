"""Cheap tests that let a detector skip a full-text regex scan.

Most detector patterns match in few articles ("la moitié des électeurs", "une
demi-heure", "le centenaire de l'armistice"), yet ``finditer`` tries each of them at
every character.  A pattern that must contain a word ("moitié") cannot match a text
without it, and ``word in text`` costs a hundredth of the scan.  Case-insensitive
patterns are tested on the lower-cased text.
"""

from __future__ import annotations

import re
from typing import Iterable

# Characters that ``re.IGNORECASE`` matches to a Latin letter although ``str.lower()``
# does not give that letter: "İ" (lowered to two characters), dotless "ı" (matches "i")
# and long "ſ" (matches "s").  A text holding one is never filtered.
UNFOLDABLE = "İıſ"


def fold(text: str) -> str | None:
    """``text`` lower-cased for word tests, or None when lowering would miss a match."""
    if any(char in text for char in UNFOLDABLE):
        return None
    return text.lower()


def required_pieces(phrases: Iterable[str]) -> tuple[str, ...]:
    """A piece that every match of each phrase holds, lower-cased.

    ``lexicon._alternation`` lets a space match any run of spaces and ' match ’, so
    "quart d'heure" only promises its pieces "quart", "d" and "heure"; the longest is kept.
    """
    return tuple(sorted({max(re.split(r"[\s'’]+", p.lower()), key=len) for p in phrases}))
