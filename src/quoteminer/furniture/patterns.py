"""Furniture and header patterns read from ``models/furniture/`` (regexes as data).

The TSV files hold one regex a row with a name and a comment; the macros in them
(``<<NAV>>``, ``<<AGENCY>>``, ``<<MONTH>>`` ...) are filled from the lexicons, so a
linguist adds "Les plus lus" to ``nav_lines.txt`` or "Belga" to ``agencies.tsv``
without touching a regex.

Most patterns match rarely, yet a plain ``finditer`` tries each of them at every
character of every article.  Two shortcuts keep the same matches for less work: a
pattern that starts with ``^`` is only tried at line starts, and a pattern listed in
``prefilters.tsv`` only runs on a text where its cheap prefilter finds something.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from ..calendar import _calendar
from ..resources import read_lines, read_tsv

FOLDER = "furniture"

# Horizontal white space: a furniture line never runs over a line break by accident.
HSPACE = r"[^\S\n]"


@dataclass(frozen=True)
class FurniturePattern:
    """One named regex; its ``span`` group (if any) is the furniture, else the match."""

    name: str
    regex: regex.Pattern
    comment: str = ""
    prefilter: regex.Pattern | None = None  # from prefilters.tsv

    def finditer(self, text: str) -> Iterator[regex.Match]:
        """The matches of ``regex.finditer(text)``, found with less work (see ``scan``)."""
        return scan(self.regex, text, self.prefilter)


@dataclass(frozen=True)
class HeaderPattern:
    """A time stamp or dateline regex whose named groups carry the values."""

    kind: str  # "timestamp" | "dateline"
    name: str
    regex: regex.Pattern
    comment: str = ""
    prefilter: regex.Pattern | None = None  # from prefilters.tsv

    def finditer(self, text: str) -> Iterator[regex.Match]:
        return scan(self.regex, text, self.prefilter)


@dataclass(frozen=True)
class Agency:
    name: str
    spellings: tuple[str, ...]


def _alternation(words) -> str:
    # Longest first, so "Haut de page" is tried before "Haut"; whole words only.
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", HSPACE + "+") for w in ordered) \
        + r")(?!\w)"


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    """News agencies from ``agencies.tsv``, in file order (longer names listed first)."""
    rows = read_tsv(f"{FOLDER}/agencies.tsv")
    return tuple(Agency(row[0], tuple(s.strip() for s in row[1].split("|") if s.strip()))
                 for row in rows if len(row) >= 2)


def agency_name(spelling: str) -> str | None:
    """Canonical agency for a spelling found in a credit: "ats" → "ATS"."""
    s = spelling.strip().casefold()
    for agency in agencies():
        if any(s == sp.casefold() for sp in agency.spellings):
            return agency.name
    return None


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    cal = _calendar()
    months = {m.rstrip(".") for m in cal["months"]}
    rubrics = read_lines(f"{FOLDER}/rubrics.txt")
    return {
        "H": HSPACE,
        "NAV": _alternation(read_lines(f"{FOLDER}/nav_lines.txt")),
        "AGENCY": _alternation(sp for a in agencies() for sp in a.spellings),
        "RUBRIC": _alternation(rubrics),
        "RUBRIC_UPPER": _alternation(r.upper() for r in rubrics),
        "WEEKDAY": _alternation(cal["weekdays"]),
        "MONTH": _alternation(months) + r"\.?",
    }


def expand(pattern: str) -> str:
    """Replace every ``<<NAME>>`` macro; an unknown macro is an error in the data file."""
    table = macros()

    def fill(match: regex.Match) -> str:
        name = match.group(1)
        if name not in table:
            raise ValueError(f"unknown macro <<{name}>> in a furniture pattern")
        return table[name]

    return regex.sub(r"<<(\w+)>>", fill, pattern)


def compile_pattern(pattern: str, ignore_case: bool = False) -> regex.Pattern:
    flags = regex.MULTILINE | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(expand(pattern), flags)


def line_starts(text: str) -> list[int]:
    """Offsets of every line's first character, 0 included."""
    # str.find runs in C; a loop over every character was a tenth of the component.
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _has_top_level_bar(source: str) -> bool:
    """True when ``source`` is an alternation at its top level ("^a|b" may match mid-line)."""
    depth, i, in_set = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # "[]...]" and "[^]...]": the first ] is a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


@lru_cache(maxsize=None)
def line_anchored(pattern: regex.Pattern) -> bool:
    """True when every match starts at a line start ("^<<H>>*(?:\\(FIN\\)|-30-)<<H>>*$").

    Searching such a pattern with ``finditer`` still tries it at each character (the
    regex module does not skip ahead to the next line); trying it at the ten-odd line
    starts of an article gives the same matches at a twentieth of the cost.
    """
    return (bool(pattern.flags & regex.MULTILINE) and pattern.pattern.startswith("^")
            and not _has_top_level_bar(pattern.pattern))


def scan(pattern: regex.Pattern, text: str,
         prefilter: regex.Pattern | None = None) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, skipped when ``prefilter`` finds nothing in ``text``.

    A line-anchored pattern is matched at each line start instead; a match runs on
    past line starts it covers, as ``finditer`` resumes at a match's end.
    """
    if prefilter is not None and prefilter.search(text) is None:
        return iter(())
    if not line_anchored(pattern):
        return pattern.finditer(text)
    found, end = [], 0
    for start in line_starts(text):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if match.end() == start:  # an empty match: let finditer apply its own rules
            return pattern.finditer(text)
        found.append(match)
        end = match.end()
    return iter(found)


@lru_cache(maxsize=1)
def prefilters() -> dict[str, regex.Pattern]:
    """Pattern name → prefilter, from ``prefilters.tsv``; every name must be a pattern."""
    out = {}
    for row in read_tsv(f"{FOLDER}/prefilters.tsv"):
        if len(row) < 2:
            raise ValueError(f"prefilter row needs a pattern name and a regex: {row!r}")
        out[row[0]] = compile_pattern(row[1])
    # A prefilter left behind by a renamed pattern would silently stop filtering.
    names = {row[0] for row in read_tsv(f"{FOLDER}/patterns.tsv")}
    names |= {row[1] for row in read_tsv(f"{FOLDER}/metadata_patterns.tsv")}
    unknown = sorted(set(out) - names)
    if unknown:
        raise ValueError(f"prefilters.tsv names no such pattern: {', '.join(unknown)}")
    return out


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[FurniturePattern, ...]:
    """The patterns of ``patterns.tsv``: name, flags, regex, comment."""
    out = []
    for row in read_tsv(f"{FOLDER}/patterns.tsv"):
        if len(row) < 3:
            raise ValueError(f"furniture pattern row needs name, flags, pattern: {row!r}")
        name, flags, pattern = row[:3]
        out.append(FurniturePattern(name, compile_pattern(pattern, "i" in flags),
                                    row[3] if len(row) > 3 else "", prefilters().get(name)))
    return tuple(out)


@lru_cache(maxsize=1)
def header_patterns() -> tuple[HeaderPattern, ...]:
    """Time stamp and dateline patterns of ``metadata_patterns.tsv``, in file order."""
    out = []
    for row in read_tsv(f"{FOLDER}/metadata_patterns.tsv"):
        kind, name, pattern = row[:3]
        out.append(HeaderPattern(kind, name, compile_pattern(pattern),
                                 row[3] if len(row) > 3 else "", prefilters().get(name)))
    return tuple(out)
