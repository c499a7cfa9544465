"""Cheap tests that let a detector skip a full-text regex scan.

Most detector patterns match in few articles ("la moitié des électeurs", "une
demi-heure", "le centenaire de l'armistice"), yet ``finditer`` tries each of them at
every character.  A pattern that must contain a word ("moitié") cannot match a text
without it, and ``word in text`` costs a hundredth of the scan.  Case-insensitive
patterns are tested, and run, on the lower-cased text (``caseless_twin``).  A pattern
that must start on a digit or one of a few words ("1er mai", "lundi 27 avril") is tried
only where the text holds one (``openings``, ``scan_at``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from re import _constants as _c, _parser  # the stdlib's own reading of a pattern
from typing import Any, Iterable, Iterator

_parse = _parser.parse
_SUBPATTERN, _LITERAL, _IN, _BRANCH = _c.SUBPATTERN, _c.LITERAL, _c.IN, _c.BRANCH
_ASSERT, _ZERO_WIDTH = _c.ASSERT, (_c.ASSERT_NOT, _c.AT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

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


def _lookbehind_end(source: str) -> int:
    """Where the lookbehind that opens ``source`` ends (0: it opens with none)."""
    if not source.startswith(("(?<!", "(?<=")):
        return 0
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[i + 1:i + 2] == "]":  # "[]...]": the first ] is a member
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return 0


def _skips_ahead(tree: Any) -> bool:
    """True when re can jump to a match's first character: the pattern opens (inside its
    groups) with a literal, a character set, or a branch of literals, case-sensitive
    (re does not jump on a case-insensitive letter)."""
    items = list(tree)
    while items and items[0][0] is _SUBPATTERN:
        if items[0][1][1] & re.IGNORECASE:  # "(?i:manche|volet)": cased letters, no jump
            return False
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    if op in (_LITERAL, _IN):
        return True
    return op is _BRANCH and all(branch and branch[0][0] is _LITERAL for branch in av[1])


@lru_cache(maxsize=None)
def after_lookbehind(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without the lookbehind it opens with, when that is what keeps re from
    skipping ahead; None otherwise.

    re jumps straight to the places where a match can start when a pattern opens with a
    literal or a set of first letters ("cent", "mille", "vingt" …), but a leading
    ``(?<![\\w-])`` hides them, so the lookbehind and the whole alternation are tried at
    every character of "Trois cents manifestants ont défilé dans le centre-ville."
    ``scan`` finds the places with the rest of the pattern and checks the lookbehind
    there with the full pattern: the same matches (tests/test_figure_needles.py).
    """
    end = _lookbehind_end(pattern.pattern)
    if not end:
        return None
    rest = pattern.pattern[end:]
    try:
        tree = _parse(rest, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern the stdlib parser reads otherwise
        return None
    if (pattern.flags & re.IGNORECASE or tree.getwidth()[0] == 0
            or not _skips_ahead(tree.data)):
        return None  # an empty match would need finditer's own stepping
    try:
        return re.compile(rest, pattern.flags)
    except re.error:  # a group reference into the lookbehind
        return None


def scan(pattern: re.Pattern, rest: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that opens with a lookbehind and never
    matches empty, found with ``rest`` = ``after_lookbehind(pattern)``.

    A match of ``pattern`` at ``s`` is a match of ``rest`` at ``s`` whose lookbehind holds
    (``match`` at ``s`` still sees the characters before ``s``), so trying ``pattern``
    only where ``rest`` matches, leftmost first, finds the same non-overlapping matches.
    """
    pos, size = 0, len(text)
    search, match = rest.search, pattern.match
    while pos <= size:
        candidate = search(text, pos)
        if candidate is None:
            return
        start = candidate.start()
        found = match(text, start)
        if found is None:
            pos = start + 1
            continue
        yield found
        pos = found.end()


@dataclass(frozen=True)
class Openings:
    """What every match of a pattern starts with: one of ``words``, or a digit if ``digit``.

    "(?:(lundi|mardi|…)\\s+)?(1er|premier|\\d{1,2})\\s+(janvier|…)" (a day and month) opens
    with a weekday, "1er", "premier" or a digit.
    """

    words: frozenset[str]
    digit: bool


def _is_digit_set(op: Any, av: Any) -> bool:
    """A literal digit (the "2" of "2[0-4]"), "\\d", or a set of digits ("[0-3]")."""
    if op is _LITERAL:
        return chr(av).isdecimal()
    if op is not _IN:
        return False
    return all(kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT
               or kind is _LITERAL and chr(value).isdecimal()
               or kind is _c.RANGE and all(chr(c).isdecimal() for c in range(value[0], value[1] + 1))
               for kind, value in av)


def _opening(items: Any) -> tuple[frozenset[str], bool, bool] | None:
    """(words, digit, may be empty) of a sequence of parsed items: every match of it that
    is not empty starts with one of ``words`` or a digit; None for what it cannot tell."""
    items = list(items)
    words: frozenset[str] = frozenset()
    digit = False
    for i, (op, av) in enumerate(items):
        if _is_digit_set(op, av):
            return words, True, False
        if op is _LITERAL:  # the run of letters: "moitié" of "(?:la|une)\s+moitié|moitié"
            run = takewhile(lambda item: item[0] is _LITERAL, items[i:])
            return words | {"".join(chr(code) for _, code in run)}, digit, False
        if op is _ASSERT or op in _ZERO_WIDTH:  # a lookbehind or lookahead, "\b"
            continue
        if op is _SUBPATTERN and not av[1] & re.IGNORECASE:
            found = _opening(av[-1])
        elif op in _REPEATS:  # "(?:lundi\s+)?", "\d{1,2}"
            found = _opening(av[2])
            if found is not None and av[0] == 0:
                found = (found[0], found[1], True)
        elif op is _BRANCH:
            branches = [_opening(branch) for branch in av[1]]
            if None in branches:
                return None
            found = (frozenset().union(*(b[0] for b in branches)), any(b[1] for b in branches),
                     any(b[2] for b in branches))
        else:
            return None
        if found is None:
            return None
        words, digit = words | found[0], digit or found[1]
        if not found[2]:
            return words, digit, False
    return words, digit, True


@lru_cache(maxsize=None)
def openings(pattern: re.Pattern) -> Openings | None:
    """What every match of ``pattern`` starts with; None when the pattern may match empty,
    is case-insensitive (letters of either case) or holds what ``_opening`` cannot read.

    A news article has a few dozen digits in thousands of characters, yet re tries
    "\\d-\\d" (a date's needle) at every character, and "(?:(lundi|…)\\s+)?(1er|premier|
    \\d{1,2})\\s+(janvier|…)", which opens with no fixed letter, at every word.  Tried only
    where the text holds a digit or one of the words (``scan_at``), the same matches cost a
    fraction.  Read from the stdlib's parse of the pattern.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern the stdlib parser reads otherwise
        return None
    found = _opening(tree.data) if tree.getwidth()[0] > 0 else None
    if found is None or found[2]:
        return None
    return Openings(words=found[0], digit=found[1])


def word_starts(text: str, words: Iterable[str]) -> set[int]:
    """Where each of ``words`` stands in ``text`` (str.find: far faster than a regex)."""
    starts = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            starts.add(i)
            i = text.find(word, i + 1)
    return starts


def scan_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match is non-empty and starts
    at one of ``starts`` (in increasing order): ``pattern.match`` at each start past the
    last match, leftmost first, finds the same non-overlapping matches."""
    end, match = 0, pattern.match
    for start in starts:
        if start < end:
            continue
        found = match(text, start)
        if found is not None:
            yield found
            end = found.end()
