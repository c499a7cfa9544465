"""Dates, datetimes, times of day and weekdays.

"05.02.2023 à 14h24" → datetime "2023-02-05T14:24"; "03 fév." → "2023-02-03" (year from
the article's date); "septembre 2017" → "2017-09"; "vendredi" → the Friday of the
article's week, looking back ("a déclaré vendredi") or forward when the governing verb
is future ("il rentrera samedi"); "jeudi 20 octobre" → the year in which 20 October was
a Thursday, nearest the article's date; "hier" → the day before.  Without an article
date the relative ones get value None: never today's date.

The other written forms have their own modules: digits only ("21-04-2016", "24 12 2014",
"23/Sep/2020") in ``date_numeric``, decades and "début février" in ``date_periods``,
"à 18 heures" in ``date_clock``.  ``DETECTORS`` runs them all, before any number is read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterator

from ..calendar import (month_number, month_words, relative_day_offset, relative_day_words,
                        resolve_weekday, resolve_weekday_day, weekday_number, weekday_words,
                        year_near)
from .candidates import Candidate, FigureContext
from .date_clock import hours, says_how_long
from .date_numeric import numeric_forms
from .date_periods import decades, named_from_dateline, qualified_periods, year_ranges
from .date_tense import governing_tense
from .needles import required_pieces
from .numbers import clean_number
from .quantities import qualifier_before

# 14h24, 07:33:07, 18 heures, 18 heures 30
_TIME = r"(?P<hh>\d{1,2})\s?(?:[hH:]|heures?(?![\w]))\s?(?P<mm>\d{2})?(?::(?P<ss>\d{2}))?"


def _relative_words() -> tuple[str, ...]:
    # "aujourd'hui" is left out: see relative_days
    return tuple(w for w in relative_day_words() if not w.startswith("aujourd"))


def _full_month_names() -> list[str]:
    # full names only: an abbreviation is a strict prefix of another name ("sept", "janv")
    months = sorted(month_words(), key=len, reverse=True)
    return [m for m in months if not m.endswith(".")
            and not any(o != m and o.startswith(m) for o in months)]


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """For a pattern of ``_patterns()``: words of which each match holds one (needles.py).

    Months and weekdays are left out: most articles name one, and testing thirty
    spellings costs more than the scans it would save.
    """
    return {
        "relative": required_pieces(_relative_words()),
        "week": ("semaine",),
    }


# What a date in digits and a time of day hold ("05.02.2023", "14h24"): re searches these
# fast, as they start with a digit.
_NEEDLES = {
    "numeric": (re.compile(r"\d[./]\d{1,2}[./]\d{4}"),),
    "time": (re.compile(r"\d\s?[hH]"),),
}


def _finditer(ctx: FigureContext, name: str) -> Iterator[re.Match]:
    return ctx.finditer(_patterns()[name], words=_words().get(name, ()),
                        needles=_NEEDLES.get(name, ()))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months = sorted(month_words(), key=len, reverse=True)
    month_alt = "|".join(re.escape(m) for m in months)
    full_months = "|".join(re.escape(m) for m in _full_month_names())
    weekdays = "|".join(weekday_words())
    relative = "|".join(re.sub("['’]", "['’]", re.escape(w))
                        for w in sorted(_relative_words(), key=len, reverse=True))
    end = r"(?![\w])"
    return {
        # 05.02.2023 à 14h24 ; 16/01/2019 07:33:07 ; 23/04/2014
        "numeric": re.compile(
            r"(?<![\w./])(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?![\w.]\d)"
            rf"(?:\s*(?:à|(?:,|-)?(?!\s*\d{{1,2}}\s?heure))\s*{_TIME}(?![\w]))?"),
        # (lundi) (le) 1er mai (2018) (à 18h)
        "day_month": re.compile(
            rf"(?<![\w])(?:(?P<wd>{weekdays})\s+)?(?P<d>1er|premier|\d{{1,2}})"
            rf"\s+(?P<mo>{month_alt})"
            rf"(?:(?<=\.)|{end})(?:\s+(?P<y>\d{{4}}){end})?"
            rf"(?:\s*(?:à|vers|,(?!\s*\d{{1,2}}\s?heure))\s*{_TIME}{end})?"
            rf"(?:\s+(?P<rel>dernier|prochain){end})?", re.IGNORECASE),
        "month_year": re.compile(rf"(?<![\w])(?P<mo>{full_months})\s+(?P<y>\d{{4}}){end}",
                                 re.IGNORECASE),
        # en novembre, depuis mars, au mois d'août, en mars dernier
        "en_month": re.compile(
            rf"(?<![\w])(?:en|courant|depuis|mois\s+de|mois\s+d['’])\s*(?P<mo>{full_months}){end}"
            rf"(?:\s+(?P<rel>dernier|prochain){end})?"),
        "weekday": re.compile(
            # "lundi 20 h" is an hour, not the 20th; "samedi 18 heures" needs its "à"
            rf"(?<![\w-])(?P<wd>{weekdays}){end}"
            rf"(?:\s+(?P<day>1er|\d{{1,2}})(?![\d,.]\d|\d|\s?[hH:]|\s+heure))?"
            rf"(?P<t>(?:\s+(?:matin|soir|après-midi))?\s*\(?\s*"
            rf"(?:à\s+|vers\s+|(?!\d{{1,2}}\s?heure)){_TIME}"
            rf"(?:\s+et\s+\d{{1,2}}\s+secondes?)?\s*\)?(?![\w]))?",
            re.IGNORECASE),
        "relative": re.compile(rf"(?<![\w-])({relative}){end}", re.IGNORECASE),
        "week": re.compile(r"(?<![\w])la\s+semaine\s+(dernière|passée|prochaine)(?![\w])",
                           re.IGNORECASE),
        # 18h, 14h24, 19H52 et 59 secondes
        "time": re.compile(r"(?<![\w:,.])(?P<hh>\d{1,2})\s?[hH]\s?(?P<mm>\d{2})?(?![\w])"
                           r"(?:\s+et\s+(?P<ss>\d{1,2})\s+secondes?(?![\w]))?"),
    }


# The first days of "du 19 au 20 mars 2013", "les 11 et 18 juin", "les 4, 5 et 6 mai",
# searched for in the few characters before a day-month date.
_DAY_BEFORE = re.compile(r"(?<![\w,.])(?P<d>1er|\d{1,2})\s*(?:,|et|au|à|-|–)\s*(?:le\s+)?$",
                         re.IGNORECASE)


def _time(match: re.Match) -> str | None:
    groups = match.groupdict()
    hh, mm, ss = groups.get("hh"), groups.get("mm") or "00", groups.get("ss")
    if hh is None:
        return None
    if int(hh) > 24 or int(mm) > 59:
        return None
    out = f"{int(hh):02d}:{mm}"
    return out + f":{ss}" if ss else out


def _iso(year: int | None, month: int, day: int | None = None) -> str | None:
    try:
        if year is not None:
            return date(year, month, day or 1).isoformat()[: 10 if day else 7]
        date(2000, month, day or 1)
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"


def numeric_dates(ctx: FigureContext) -> Iterator[Candidate]:
    for m in _finditer(ctx, "numeric"):
        value = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if value is None:
            continue
        time = _time(m)
        if time:
            yield Candidate(m.start(), m.end(), "datetime", f"{value}T{time}")
        else:
            yield Candidate(m.start(), m.end(), "date", value)


def day_month_dates(ctx: FigureContext) -> Iterator[Candidate]:
    """ "23 avril 2014", "le 1er mai", "03 fév." (the dateline), "lundi 27 avril", and the
    first days of "du 19 au 20 mars 2013"."""
    matches = list(_finditer(ctx, "day_month"))
    # "les violences du 1er mai" takes its year from "1er mai 2018" earlier in the article
    known_years = {(month_number(m.group("mo")), m.group("d").lower()): int(m.group("y"))
                   for m in matches if m.group("y")}
    for m in matches:
        month = month_number(m.group("mo"))
        day = 1 if m.group("d").lower() in ("1er", "premier") else int(m.group("d"))
        year = int(m.group("y")) if m.group("y") else known_years.get(
            (month, m.group("d").lower())) or _year_of(ctx, m, month, day)
        value = _iso(year, month, day) if month else None
        if value is None:
            continue
        end = m.end()
        if ctx.text[end - 1].isspace():
            end -= 1
        time = _time(m)
        if time and not value.startswith("--"):
            yield Candidate(m.start(), end, "datetime", f"{value}T{time}")
        else:
            yield Candidate(m.start(), end, "date", value)
        if not m.group("wd"):
            yield from _days_before(ctx, m.start(), year, month, day)


def _year_of(ctx: FigureContext, match: re.Match, month: int, day: int) -> int | None:
    """The year of a day and month written without one.

    "jeudi 20 octobre": the year, nearest the article's date, in which 20 October is a
    Thursday; "le 12 mars dernier", "il sera jugé le 5 février": ``calendar.year_near``;
    no article date: the year of the time stamp, or None."""
    if match.group("wd") and ctx.reference is not None:
        found = resolve_weekday_day(weekday_number(match.group("wd")), day, ctx.reference, month)
        if found is not None:
            return found.year
    if ctx.reference is not None and month:
        return year_near(ctx.reference, month, day, _direction(ctx, match))
    return ctx.year


def _direction(ctx: FigureContext, match: re.Match) -> str | None:
    """ "le 12 mars dernier" looks back, "le 3 mai prochain" forward; else the tense of the
    verb ("il a été interpellé le 12 mars", "il sera jugé le 5 février")."""
    rel = (match.group("rel") or "").lower()
    return ({"dernier": "past", "prochain": "future"}.get(rel)
            or governing_tense(ctx, match.start()))


def _days_before(ctx: FigureContext, start: int, year: int | None, month: int,
                 day: int) -> Iterator[Candidate]:
    """ "du 19 au 20 mars 2013" → 19 March 2013 too; "les 4, 5 et 6 mai" → 4 and 5 May.

    Only days smaller than the one after them: a list or a range runs forwards."""
    for _ in range(6):
        m = _DAY_BEFORE.search(ctx.text, max(0, start - 16), start)
        if m is None:
            return
        first = 1 if m.group("d").lower() == "1er" else int(m.group("d"))
        value = _iso(year, month, first)
        if value is None or first >= day:
            return
        yield Candidate(m.start("d"), m.end("d"), "date", value)
        start, day = m.start("d"), first


def month_dates(ctx: FigureContext) -> Iterator[Candidate]:
    """ "septembre 2017" → "2017-09", and the first month of "mars-avril 2019" or "de
    décembre à février 2019"; "en novembre" → the year near the article's date, else "--11"."""
    for m in _finditer(ctx, "month_year"):
        year, month = int(m.group("y")), month_number(m.group("mo"))
        value = _iso(year, month)
        if value:
            yield Candidate(m.start(), m.end(), "date", value)
            yield from _month_before(ctx, m.start(), year, month)
    for m in _finditer(ctx, "en_month"):
        month = month_number(m.group("mo"))
        year = (year_near(ctx.reference, month, None, _direction(ctx, m))
                if ctx.reference is not None else ctx.year)
        value = _iso(year, month)
        if value:
            yield Candidate(m.start("mo"), m.end("mo"), "date", value)


def _month_before(ctx: FigureContext, start: int, year: int, month: int) -> Iterator[Candidate]:
    """ "mars-avril 2019" → March 2019; "décembre-janvier 2019" → December 2018 (a range runs
    forwards, so a later month before the year's is the year before's)."""
    m = _month_before_pattern().search(ctx.text, max(0, start - 24), start)
    if m is None:
        return
    first = month_number(m.group("mo"))
    value = _iso(year if first < month else year - 1, first) if first and first != month else None
    if value:
        yield Candidate(m.start("mo"), m.end("mo"), "date", value)


@lru_cache(maxsize=1)
def _month_before_pattern() -> re.Pattern:
    full_months = "|".join(re.escape(m) for m in _full_month_names())
    return re.compile(rf"(?<![\w])(?P<mo>{full_months})\s*(?:-|–|/|à|au|et|ou)\s*$", re.IGNORECASE)


def _is_future(ctx: FigureContext, start: int) -> bool | None:
    """True when the verb governing the word at ``start`` is in the future tense.

    "Il rentrera samedi" (rentrer, Tense=Fut) → True; "va se rendre lundi" (aller + infinitive,
    the near future), a verb in the conditional → True (``date_tense``); "prochain" after
    the weekday → True, "dernier" → False.
    """
    after = ctx.text[start:start + 30].lower()
    if re.match(r"\w+\s+(prochain|prochaine)\b", after):
        return True
    if re.match(r"\w+\s+(dernier|dernière|passé)\b", after):
        return False
    return governing_tense(ctx, start) == "future"


def weekdays(ctx: FigureContext) -> Iterator[Candidate]:
    """ "vendredi" → the article's Friday (surface: the weekday alone, "mardi" of "mardi
    soir"); "mercredi (21h00)" → a datetime; "le lundi, on était…" (a habit) is skipped."""
    lex = ctx.lexicon
    for m in _finditer(ctx, "weekday"):
        before = ctx.text[max(0, m.start() - 12):m.start()].lower().split()
        # "le lundi 31" names a day: only a bare "le lundi" is a habit
        if before and not m.group("day") and (before[-1] in lex.habitual_weekday
                       or " ".join(before[-2:]) in lex.habitual_weekday):
            continue
        wd = weekday_number(m.group("wd"))
        value = None
        if ctx.reference is not None and m.group("day"):
            # "mardi 20": the nearest 20th that was a Tuesday
            day = 1 if m.group("day").lower() == "1er" else int(m.group("day"))
            found = resolve_weekday_day(wd, day, ctx.reference)
            value = found.isoformat() if found else None
        elif ctx.reference is not None:
            value = resolve_weekday(wd, ctx.reference, _is_future(ctx, m.start())).isoformat()
        time = _time(m) if m.group("t") else None
        if time:
            end = m.end()
            if ctx.text[end - 1].isspace():
                end -= 1
            yield Candidate(m.start(), end, "datetime", f"{value}T{time}" if value else None)
        else:
            yield Candidate(m.start(), m.end("day") if m.group("day") else m.end("wd"), "date", value)


def relative_days(ctx: FigureContext) -> Iterator[Candidate]:
    """ "hier" → the day before the article's date; "la semaine dernière" → its ISO week.

    "aujourd'hui" is left out: in the press it mostly means "nowadays" («Aujourd'hui,
    nous avons réaffirmé notre engagement»), not a date.
    """
    for m in _finditer(ctx, "relative"):
        offset = relative_day_offset(m.group(1).replace("’", "'"))
        value = None
        if ctx.reference is not None and offset is not None:
            value = (ctx.reference + timedelta(days=offset)).isoformat()
        yield Candidate(m.start(), m.end(), "date", value)
    for m in _finditer(ctx, "week"):
        value = None
        if ctx.reference is not None:
            shift = 7 if m.group(1).lower() == "prochaine" else -7
            year, week, _ = (ctx.reference + timedelta(days=shift)).isocalendar()
            value = f"{year}-W{week:02d}"
        yield Candidate(m.start(), m.end(), "date", value)


def times(ctx: FigureContext) -> Iterator[Candidate]:
    """ "vers 18h", "00H40", "14h24": a time of day, reported as kind time (not scored);
    after a duration word ("l'échange a duré 6 h 30") a duration of 6.5 hours."""
    for m in _finditer(ctx, "time"):
        value = _time(m)
        if not value:
            continue
        if says_how_long(ctx, m.start()) and not m.group("ss"):
            length = int(m.group("hh")) + int(m.group("mm") or 0) / 60
            qualifier, start = qualifier_before(ctx, m.start())
            yield Candidate(start, m.end(), "duration", clean_number(length), "h", qualifier,
                            core_start=m.start(), core_end=m.end())
            continue
        yield Candidate(m.start(), m.end(), "time", value)


# Digits first ("24 12 2014" before "12"), then the qualified and named forms ("fin décembre
# 2018" before "décembre 2018"), hours ("à 18 heures") before the compact "18h".
DETECTORS = (numeric_dates, numeric_forms, decades, year_ranges, qualified_periods,
             day_month_dates, month_dates, weekdays, relative_days, named_from_dateline, hours,
             times)
