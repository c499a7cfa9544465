"""Cheap tests that let a detector skip a full-text regex scan.

Most detector patterns match in few articles ("la moitié des électeurs", "une
demi-heure", "le centenaire de l'armistice"), yet ``finditer`` tries each of them at
every character.  A pattern that must contain a word ("moitié") cannot match a text
without it, and ``word in text`` costs a hundredth of the scan.  Case-insensitive
patterns are tested, and run, on the lower-cased text (``caseless_twin``).
"""

from __future__ import annotations

import re
from functools import lru_cache
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


def _drop_paired_capitals(char_set: re.Match) -> str:
    # "[hH]" matches the same characters with or without the capital, on lower-cased text
    body = char_set.group(0)
    return "".join(c for c in body if c == c.lower() or c.lower() not in body)


@lru_cache(maxsize=None)
def caseless_twin(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without IGNORECASE, for the lower-cased text; None if not equivalent.

    re checks a case-insensitive alternation branch by branch (the twenty-odd number
    words of "vingt et un" are each tried at every word start); on lower-cased text the
    same pattern without the flag skips a branch on its first letter, in a third of the
    time.  It finds the same spans when the pattern has no upper-case letter of its own
    and no inline flag, the text no ``UNFOLDABLE`` character, and ``\\w``, ``\\s``, ``\\d``
    keep their meaning on lower-cased characters (tests/test_figure_needles.py).
    """
    if not pattern.flags & re.IGNORECASE:
        return None
    source = re.sub(r"\\.", "", pattern.pattern)                 # escapes: \s, \W ...
    source = re.sub(r"\(\?P(?:<\w+>|=\w+\))", "(", source)      # group names: (?P<hh>
    source = re.sub(r"\[[^\]]*\]", _drop_paired_capitals, source)  # [hH] is [h] here
    if source != source.lower() or re.search(r"\(\?[aiLmsux-]", source):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


class OnText:
    """A match found on the lower-cased text whose groups read the original characters."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match, text: str) -> None:
        self._match, self._text = match, text

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def group(self, group: int | str = 0) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self._match.re.groupindex}
