"""Periods: decades and dates placed inside their period.

"les années 70" is the year 1970 and "les années 1950-60" the years 1950 and 1960
(GUIDELINES.md: decades are years).  "début février", "mi-2019" and "fin 2018" keep
the ISO value of the whole month or year and say where in it with the qualifier
"early", "mid" or "late" (``models/calendar.json``, period_qualifiers): a researcher
counting what happened in 2018 wants "fin 2018" there, and one comparing dates can
still tell it from the year as a whole.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..calendar import month_number, month_words, period_qualifiers, relative_periods, year_near
from .candidates import Candidate, FigureContext
from .date_tense import governing_tense
from .needles import required_pieces

_END = r"(?![\w])"


def _full_month_names() -> list[str]:
    months = sorted(month_words(), key=len, reverse=True)
    return [m for m in months if not m.endswith(".")
            and not any(o != m and o.startswith(m) for o in months)]


def _phrases(phrases) -> str:
    """An alternation of ``phrases``, longest first, with ' matching ’ and any space run."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        p = re.sub("['’]", "\x00", re.escape(phrase)).replace("\x00", "['’]")
        parts.append(p.replace(r"\ ", r"\s+"))
    return "|".join(parts)


def _qualifier_alternation() -> str:
    # "mi-" is glued to what follows ("mi-2019"); the other words stand apart ("fin 2018")
    parts = []
    for word in sorted(period_qualifiers(), key=len, reverse=True):
        parts.append(re.escape(word) if word.endswith("-") else rf"{re.escape(word)}\s+")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    qualifier = _qualifier_alternation()
    months = "|".join(re.escape(m) for m in _full_month_names())
    decade = r"(?:1[89]|20)?\d0"
    return {
        # (au début des | à la fin des | mi-) années 1950(-60 | et 1970)
        "decade": re.compile(
            rf"(?<![\w-])(?:(?P<q>{qualifier})(?:des\s+|de\s+)?)?(?P<dec>années)\s+(?P<a>{decade})(?:'?s)?{_END}"
            rf"(?:\s*(?:-|–|/|et|à|ou)\s*(?:les\s+|aux\s+)?(?:années\s+)?(?P<b>{decade}){_END})?",
            re.IGNORECASE),
        # l'an dernier, l'année prochaine, le mois dernier
        "relative": re.compile(
            rf"(?<![\w-])(?:{_phrases(relative_periods())}){_END}", re.IGNORECASE),
        # (2018-2024), 1939-1945, la saison 2016/2017: two years
        "year_range": re.compile(
            r"(?<![\w./-])(?P<a>1[89]\d\d|20\d\d)\s?[-–/]\s?(?P<b>1[89]\d\d|20\d\d)(?![\w]|[-–/.,]\d)"),
        # début février, mi-novembre 2018, fin 2018, mi-2019, fin de l'année 2018
        "qualified": re.compile(
            rf"(?<![\w])(?P<q>{qualifier})(?:(?:de\s+l['’]année|d['’]année|de)\s+)?"
            rf"(?:(?P<mo>{months}){_END}(?:\s+(?P<y>1[89]\d\d|20\d\d){_END})?"
            rf"|(?P<yo>1[89]\d\d|20\d\d){_END})", re.IGNORECASE),
    }


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """Words of which every match holds one, to skip texts without any (needles.py)."""
    return {"decade": ("années",), "year_range": (),
            "relative": required_pieces(relative_periods()),
            "qualified": required_pieces(w.rstrip("-") for w in period_qualifiers())}


# Every year range holds a year, a dash or slash, and a year's first digit: "2018-2", "1939–1"
_NEEDLES = {"year_range": (re.compile(r"\d\d\s?[-–/]\s?[12]\d"),)}


def _finditer(ctx: FigureContext, name: str) -> Iterator[re.Match]:
    return ctx.finditer(_patterns()[name], words=_words()[name], needles=_NEEDLES.get(name, ()))


def _qualifier(match: re.Match) -> str | None:
    word = match.group("q")
    if not word:
        return None
    word = word.strip().lower()
    return period_qualifiers().get(word)


def _decade_year(digits: str, century: int = 1900) -> int:
    """ "70" → 1970, "1980" → 1980; "2000" stays 2000."""
    return int(digits) if len(digits) == 4 else century + int(digits)


def decades(ctx: FigureContext) -> Iterator[Candidate]:
    """ "les années 70" → year 1970; "années 1950-60" → 1950 and 1960 (two figures)."""
    for m in _finditer(ctx, "decade"):
        first = _decade_year(m.group("a"))
        qualifier = _qualifier(m)
        start = m.start("q") if m.group("q") else m.start("dec")
        yield Candidate(start, m.end("a"), "year", first, qualifier=qualifier)
        if m.group("b"):
            second = _decade_year(m.group("b"), first // 100 * 100)
            if second < first:  # "années 90-2000" is written in full; "90-00" turns the century
                second += 100
            yield Candidate(m.start("b"), m.end("b"), "year", second)


_NOUN_AFTER = re.compile(r"\s+[a-zàâçéèêëîïôûùüÿœ]{3,}")


def _counted(ctx: FigureContext, match: re.Match) -> bool:
    """ "la fin de 2000 contrats aidés": after "de", a number before a noun is a count."""
    between = ctx.text[match.end("q"):match.start("yo")].strip().lower()
    return between == "de" and bool(_NOUN_AFTER.match(ctx.text, match.end()))


def qualified_periods(ctx: FigureContext) -> Iterator[Candidate]:
    """ "début février" → "2019-02" early (the article's year); "fin 2018" → year 2018 late."""
    for m in _finditer(ctx, "qualified"):
        qualifier = _qualifier(m)
        if m.group("yo"):
            if _counted(ctx, m):
                continue
            yield Candidate(m.start(), m.end(), "year", int(m.group("yo")), qualifier=qualifier)
            continue
        month = month_number(m.group("mo"))
        if m.group("y"):
            year = int(m.group("y"))
        elif ctx.reference is not None:
            year = year_near(ctx.reference, month, None, governing_tense(ctx, m.start()))
        else:
            year = ctx.year
        value = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
        yield Candidate(m.start(), m.end(), "date", value, qualifier=qualifier)


def year_ranges(ctx: FigureContext) -> Iterator[Candidate]:
    """ "son quatrième mandat (2018-2024)" → the years 2018 and 2024; "la saison 2016/2017"
    too.  The second year must follow the first (a span of years, not a sum or a code)."""
    for m in _finditer(ctx, "year_range"):
        first, second = int(m.group("a")), int(m.group("b"))
        if not first < second <= first + 100:
            continue
        yield Candidate(m.start("a"), m.end("a"), "year", first)
        yield Candidate(m.start("b"), m.end("b"), "year", second)


def named_from_dateline(ctx: FigureContext) -> Iterator[Candidate]:
    """ "l'an dernier" in an article of 2019 → year 2018; "le mois prochain" in an article
    of December 2018 → "2019-01"; value None in an undated article."""
    table = relative_periods()
    for m in _finditer(ctx, "relative"):
        key = " ".join(m.group().lower().replace("’", "'").split())
        unit, shift = table[key]
        value = None
        if unit == "year":
            value = ctx.reference.year + shift if ctx.reference is not None else None
            yield Candidate(m.start(), m.end(), "year", value)
            continue
        if ctx.reference is not None:
            index = ctx.reference.year * 12 + ctx.reference.month - 1 + shift
            value = f"{index // 12:04d}-{index % 12 + 1:02d}"
        yield Candidate(m.start(), m.end(), "date", value)
