"""Furniture and header patterns read from ``models/furniture/`` (regexes as data).

The TSV files hold one regex a row with a name and a comment; the macros in them
(``<<NAV>>``, ``<<AGENCY>>``, ``<<MONTH>>`` ...) are filled from the lexicons, so a
linguist adds "Les plus lus" to ``nav_lines.txt`` or "Belga" to ``agencies.tsv``
without touching a regex.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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


@dataclass(frozen=True)
class HeaderPattern:
    """A time stamp or dateline regex whose named groups carry the values."""

    kind: str  # "timestamp" | "dateline"
    name: str
    regex: regex.Pattern
    comment: str = ""


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


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[FurniturePattern, ...]:
    """The patterns of ``patterns.tsv``: name, flags, regex, comment."""
    out = []
    for row in read_tsv(f"{FOLDER}/patterns.tsv"):
        if len(row) < 3:
            raise ValueError(f"furniture pattern row needs name, flags, pattern: {row!r}")
        name, flags, pattern = row[:3]
        out.append(FurniturePattern(name, compile_pattern(pattern, "i" in flags),
                                    row[3] if len(row) > 3 else ""))
    return tuple(out)


@lru_cache(maxsize=1)
def header_patterns() -> tuple[HeaderPattern, ...]:
    """Time stamp and dateline patterns of ``metadata_patterns.tsv``, in file order."""
    out = []
    for row in read_tsv(f"{FOLDER}/metadata_patterns.tsv"):
        kind, name, pattern = row[:3]
        out.append(HeaderPattern(kind, name, compile_pattern(pattern),
                                 row[3] if len(row) > 3 else ""))
    return tuple(out)
