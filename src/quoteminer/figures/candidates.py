"""What the detectors hand to the component: typed candidates and the claimed-span ledger.

Detectors run in a fixed order (dates before bare numbers, so the "2017" of "septembre
2017" is not also a year); the first detector to claim characters owns them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc, Token

from ..extensions import doc_text
from .lexicon import FigureLexicon
from .needles import (OnText, Openings, after_lookbehind, caseless_twin, fold, openings, scan,
                      scan_at, word_starts)

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Candidate:
    """One figure before it becomes a ``records.Figure``.

    ``bare`` marks a number with no unit of its own that may take its partner's in a
    range ("5 à 8 personnes": the 5 counts "personnes" too); ``core_start`` /
    ``core_end`` delimit the number itself inside the surface (after "plus de").
    """

    start: int
    end: int
    kind: str
    value: Any
    unit: str | None = None
    qualifier: str | None = None
    bare: bool = False
    core_start: int = -1
    core_end: int = -1
    multiplier: int = 1

    def with_(self, **changes: Any) -> Candidate:
        return replace(self, **changes)


@dataclass(frozen=True)
class FigureContext:
    """The document and what every detector needs to know about it."""

    doc: Doc
    text: str
    lexicon: FigureLexicon
    reference: date | None       # the article's date: dateline, else time stamp
    year: int | None             # year for a yearless date ("03 fév.")
    canadian: bool               # "$" means CAD
    token_starts: tuple[int, ...]
    folded: str | None = None    # lower-cased text for word tests (needles.fold)
    # needle -> found in the text: "\d\s?[hH]" guards both the times and the clock hours,
    # "\d[-/]\d" two date detectors; each whole-text search is made once
    needles_found: dict = field(default_factory=dict, compare=False, repr=False)
    # where the text's digits stand, found once: a pattern or needle that opens with a digit
    # ("\d-\d", "(?<![\w.,])(\d{1,4})\s?(e|ème…)") is tried there only (needles.openings);
    # None in a page of results, where digits are too many for that to pay
    digits: tuple[int, ...] | None = None

    @classmethod
    def build(cls, doc: Doc, lexicon: FigureLexicon, reference: date | None,
              year: int | None, text: str | None = None) -> FigureContext:
        text = doc_text(doc) if text is None else text
        canadian = any(cue in text for cue in lexicon.canada_cues)
        return cls(doc=doc, text=text, lexicon=lexicon, reference=reference, year=year,
                   canadian=canadian,
                   token_starts=tuple(doc.to_array("IDX").tolist()) if len(doc) else (),
                   folded=fold(text), digits=_digit_positions(text))

    def finditer(self, pattern: re.Pattern, *, words: Iterable[str] = (),
                 needles: Iterable[re.Pattern] = ()) -> Iterator[re.Match]:
        """``pattern.finditer(text)``, or nothing when the text cannot hold a match.

        ``words``: lower-case words of which every match holds one, in any case
        ("moitié" for "la Moitié des électeurs"); ``needles``: cheap regexes of which one
        is found inside every match.  Either is a promise the caller makes about
        ``pattern`` (tests/test_figure_needles.py checks them).  A case-insensitive
        pattern runs on the lower-cased text; its matches read the original characters.
        """
        if words and self.folded is not None and not any(w in self.folded for w in words):
            return iter(())
        if needles and not any(self._holds(n) for n in needles):
            return iter(())
        twin = caseless_twin(pattern) if self.folded is not None else None
        if twin is not None:
            return (OnText(m, self.text) for m in self._finditer(twin, self.folded))
        return self._finditer(pattern, self.text)

    def finditer_between(self, pattern: re.Pattern, start: int, end: int) -> Iterator[re.Match]:
        """``pattern.finditer(text, start, end)``; like ``finditer``, a case-insensitive
        pattern runs on the lower-cased text, three times faster over a few words."""
        twin = caseless_twin(pattern) if self.folded is not None else None
        if twin is not None:
            return (OnText(m, self.text) for m in twin.finditer(self.folded, start, end))
        return pattern.finditer(self.text, start, end)

    def _finditer(self, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
        """``pattern.finditer(text)``, tried only where a match can start: at the digits
        for "\\d-\\d"; after the lookbehind, where re jumps to the first letters, for
        "(?<![\\w-])(?:cent|mille)"; at the digits and words a match opens with for
        "(?:(lundi|…)\\s+)?(1er|premier|\\d{1,2})\\s+(janvier|…)", which re would try at
        every character.  ``text`` is the text or its lower-cased twin: the digits, and the
        words of a pattern without IGNORECASE, stand at the same places."""
        opening = openings(pattern) if self.digits is not None else None
        if opening is not None and not opening.words:
            return scan_at(pattern, text, self.digits)
        rest = after_lookbehind(pattern)
        if rest is not None:
            return scan(pattern, rest, text)
        if opening is not None:
            return scan_at(pattern, text, self._starts(text, opening))
        return pattern.finditer(text)

    def _starts(self, text: str, opening: Openings) -> list[int]:
        starts = word_starts(text, opening.words)
        if opening.digit:
            starts.update(self.digits)
        return sorted(starts)

    def _holds(self, needle: re.Pattern) -> bool:
        found = self.needles_found.get(needle)
        if found is None:
            opening = openings(needle) if self.digits is not None else None
            if opening is not None and not opening.words:  # "\d-\d": tried at the digits
                found = any(needle.match(self.text, i) for i in self.digits)
            else:
                found = needle.search(self.text) is not None
            self.needles_found[needle] = found
        return found

    def token_at(self, char: int) -> Token | None:
        """The token covering character ``char`` (or the next one after spaces)."""
        if not len(self.doc):
            return None
        i = bisect.bisect_right(self.token_starts, char) - 1
        if i < 0:
            return self.doc[0]
        tok = self.doc[i]
        if char >= tok.idx + len(tok.text) and i + 1 < len(self.doc):
            return self.doc[i + 1]
        return tok

    def token_after(self, char: int) -> Token | None:
        """The first token starting at or after ``char``."""
        i = bisect.bisect_left(self.token_starts, char)
        while i < len(self.doc) and self.doc[i].is_space:  # "5 500\xa0morts"
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def token_before(self, char: int) -> Token | None:
        """The last token ending at or before ``char``."""
        i = bisect.bisect_left(self.token_starts, char) - 1
        while i >= 0 and (self.doc[i].idx + len(self.doc[i].text) > char or self.doc[i].is_space):
            i -= 1
        return self.doc[i] if i >= 0 else None


def _digit_positions(text: str) -> tuple[int, ...] | None:
    """Where each digit of ``text`` stands, or None when digits are more than one
    character in twenty (a page of results: re's own scan is then the faster)."""
    digits = tuple(m.start() for m in _DIGIT.finditer(text))
    return digits if len(digits) * 20 <= len(text) else None


class Claims:
    """Character spans already owned by a figure or ruled out (furniture, codes)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self._spans)

    def add(self, start: int, end: int) -> None:
        self._spans.append((start, end))
