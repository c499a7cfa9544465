"""Dates written with digits only, or digits around an abbreviated month.

French news writes the day first ("21/04/2016", "21-04-2016", "le 20 02 2014"), copies
ISO dates from documents ("2013-03-01"), gives a month by its number ("11-2016",
"2016/11"), and quotes logs and tweets in English ("23/Sep/2020", "January 19, 2019").
Each form is one pattern; all run before the number reader, so the digits of a date are
never also read as a count ("24 12 2014" is no 12201) or a year.

The full day-month-year with dots or slashes ("05.02.2023 à 14h24") is read by
``dates.numeric_dates``; the forms here are the rarer ones.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Iterator

from ..calendar import (english_month_number, english_month_words, month_number, month_words,
                        year_near)
from .candidates import Candidate, FigureContext
from .date_tense import governing_tense

_SPACE = "[ \u00a0\u202f]"
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)"
_CLOCK = r"(?P<hh>[01]?\d|2[0-4])[:hH](?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?"

# Every match of the digit forms holds two digit groups joined by one of these marks.
_NEEDLES = {
    "iso": (re.compile(r"\d[-/.]\d"),),
    "day_month_year_dash": (re.compile(r"\d-\d"),),
    "spaced": (re.compile(r"\d[ \u00a0\u202f]\d\d?[ \u00a0\u202f][12]"),),
    "month_year": (re.compile(r"\d[-/]\d"),),
    "abbreviated": (re.compile(r"\d[-/.][A-Za-zéû]"),),
    "english": (re.compile(r"\d,?[ \u00a0\u202f][12]\d\d\d"),),
    "short_year": (re.compile(r"\d[/.]\d\d?[/.]\d"),),
    "day_slash_month": (re.compile(r"\d/\d"),),
}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    abbreviations = sorted({w.rstrip(".") for w in (*month_words(), *english_month_words())
                            if len(w.rstrip(".")) <= 5}, key=len, reverse=True)
    abbr_alt = "|".join(re.escape(w) for w in abbreviations)
    english = "|".join(w.capitalize() for w in sorted(english_month_words(), key=len, reverse=True))
    return {
        # 2013-03-01, 2013/03/01 (a time may follow: "2013-03-01T14:24", "2013-03-01 14:24")
        "iso": re.compile(
            rf"(?<![\w./-]){_YEAR}(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>\d{{1,2}})"
            rf"(?:(?:T|{_SPACE}){_CLOCK}(?![\w:])|(?![\w]|[-/.]\d))"),
        # 21-04-2016 (slashes and dots are dates.numeric_dates')
        "day_month_year_dash": re.compile(
            rf"(?<![\w./-])(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-{_YEAR}(?![\w]|[-/.]\d)"),
        # le 20 02 2014, 24 12 2014: day and month of two digits, then a year
        "spaced": re.compile(
            rf"(?<![\w,.])(?<!\d{_SPACE})(?P<d>[0-3]?\d){_SPACE}(?P<m>0[1-9]|1[0-2]){_SPACE}{_YEAR}"
            rf"(?![\w]|[.,]\d|{_SPACE}\d)"),
        # 11-2016, 11/2016, 2016/11 (a month and its year; "11.2016" is a decimal number)
        "month_year": re.compile(
            rf"(?<![\w./-])(?:(?P<m>0[1-9]|1[0-2])[-/]{_YEAR}|(?P<y2>1[89]\d\d|20\d\d)/(?P<m2>0[1-9]|1[0-2]))"
            rf"(?![\w]|[-/.]\d)"),
        # 23/Sep/2020, 15-fév-2013, 23/Sep/2020:10:15:32 (a web log)
        "abbreviated": re.compile(
            rf"(?<![\w./-])(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<mo>{abbr_alt})\.?(?P=sep){_YEAR}"
            rf"(?![\w]|[-/.]\d)(?::{_CLOCK}(?![\w]))?", re.IGNORECASE),
        # 21/04/16, 21.04.16 (a two-digit year; dots only between two-digit parts, as "2.1.10"
        # is a version number)
        "short_year": re.compile(
            r"(?<![\w./-])(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/|(?P<d2>[0-3]\d)\.(?P<m2>[01]\d)\.)(?P<yy>\d\d)"
            r"(?![\w]|[-/.]\d)"),
        # le 15/2, du 15/02 au 3/03: a day and month in digits, after the article or "du"
        # ("le 1/4 de finale", "le 3/4 des salariés" are fractions)
        "day_slash_month": re.compile(
            r"(?<![\w])(?:le|du|au|dès\s+le|depuis\s+le|jusqu['’]au)\s+(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
            r"(?![\w/]|[.,]\d|\s*(?:de|des|du|d['’])(?![\w]))", re.IGNORECASE),
        # January 19, 2019; Sep 5, 2020 (an English tweet embedded in the article)
        "english": re.compile(
            rf"(?<![\w])(?P<mo>{english})\.?{_SPACE}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{_SPACE}{_YEAR}(?![\w])"),
    }


def _finditer(ctx: FigureContext, name: str) -> Iterator[re.Match]:
    return ctx.finditer(_patterns()[name], needles=_NEEDLES[name])


def _iso(year: int, month: int | None, day: int | None = None) -> str | None:
    if month is None:
        return None
    try:
        return date(year, month, day or 1).isoformat()[: 10 if day else 7]
    except ValueError:
        return None


def _yearless(month: int, day: int) -> str | None:
    try:
        date(2000, month, day)
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def _candidate(match: re.Match, value: str | None) -> Candidate | None:
    if value is None:
        return None
    groups = match.groupdict()
    if groups.get("hh") is not None and len(value) == 10:
        clock = f"{int(groups['hh']):02d}:{groups['mm']}"
        if groups.get("ss"):
            clock += f":{groups['ss']}"
        return Candidate(match.start(), match.end(), "datetime", f"{value}T{clock}")
    end = match.start("hh") if groups.get("hh") is not None else match.end()
    return Candidate(match.start(), end, "date", value)


def _season(year: int, month_digits: str) -> bool:
    """ "2010/11" is the season 2010-2011 (its second part is the next year), not November."""
    return len(month_digits) == 2 and int(month_digits) == (year + 1) % 100


def numeric_forms(ctx: FigureContext) -> Iterator[Candidate]:
    """Every digit-only or abbreviated-month date the other date readers leave out."""
    for m in _finditer(ctx, "iso"):
        cand = _candidate(m, _iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        if cand:
            yield cand
    for name in ("day_month_year_dash", "spaced"):
        for m in _finditer(ctx, name):
            cand = _candidate(m, _iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
            if cand:
                yield cand
    for m in _finditer(ctx, "abbreviated"):
        word = m.group("mo")
        month = month_number(word) or english_month_number(word)
        cand = _candidate(m, _iso(int(m.group("y")), month, int(m.group("d"))))
        if cand:
            yield cand
    for m in _finditer(ctx, "english"):
        cand = _candidate(m, _iso(int(m.group("y")), english_month_number(m.group("mo")),
                                  int(m.group("d"))))
        if cand:
            yield cand
    for m in _finditer(ctx, "short_year"):
        day, month = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
        yy = int(m.group("yy"))
        # "21/04/16" is 2016; a two-digit year beyond the article's is last century's ("12/03/98")
        limit = (ctx.year or 2030) % 100 + 1
        cand = _candidate(m, _iso((2000 if yy <= limit else 1900) + yy, int(month), int(day)))
        if cand:
            yield cand
    for m in _finditer(ctx, "day_slash_month"):
        day, month = int(m.group("d")), int(m.group("m"))
        if not 1 <= month <= 12:
            continue
        if ctx.reference is not None:
            year = year_near(ctx.reference, month, day, governing_tense(ctx, m.start("d")))
        else:
            year = ctx.year
        value = _iso(year, month, day) if year is not None else _yearless(month, day)
        if value:
            yield Candidate(m.start("d"), m.end(), "date", value)
    for m in _finditer(ctx, "month_year"):
        if m.group("y2"):
            year, digits = int(m.group("y2")), m.group("m2")
            if _season(year, digits):
                continue
        else:
            year, digits = int(m.group("y")), m.group("m")
        cand = _candidate(m, _iso(year, int(digits)))
        if cand:
            yield cand
