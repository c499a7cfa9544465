"""French calendar words (months, weekdays, hier / demain) from ``models/calendar.json``.

Shared by the metadata reader (the dateline "WASHINGTON, 03 fév. --") and the figure
finder ("septembre 2017", "vendredi"), so both read one lexicon; and the date arithmetic
the finder needs to place a weekday ("jeudi 20 octobre") against the article's date.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .resources import read_json


@lru_cache(maxsize=1)
def _calendar() -> dict:
    return read_json("calendar.json")


def month_number(word: str) -> int | None:
    """1-12 for a French month name or press abbreviation ("fév.", "Septembre"), else None."""
    months = _calendar()["months"]
    w = word.strip().lower()
    return months.get(w) or months.get(w.rstrip("."))


def weekday_number(word: str) -> int | None:
    """0 (lundi) … 6 (dimanche), else None."""
    return _calendar()["weekdays"].get(word.strip().lower())


def relative_day_offset(word: str) -> int | None:
    """Days from the article's date: "hier" → -1, "demain" → 1, else None."""
    return _calendar()["relative_days"].get(word.strip().lower())


def resolve_weekday(weekday: int, reference: date, future: bool = False) -> date:
    """The date a weekday names in an article dated ``reference``.

    News reports the past: "mercredi" in an article of Friday 3 February 2023 is
    Wednesday 1 February; the same weekday as the reference is the reference day itself.
    With ``future`` ("il rentrera samedi") it is the next such day: 4 February.
    """
    delta = (weekday - reference.weekday()) % 7
    if future:
        return reference + timedelta(days=delta or 7) if delta else reference
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def english_month_number(word: str) -> int | None:
    """1-12 for an English month name or abbreviation ("January", "Sep"), else None."""
    return _calendar()["english_months"].get(word.strip().lower().rstrip("."))


def english_month_words() -> tuple[str, ...]:
    return tuple(_calendar()["english_months"])


def period_qualifiers() -> dict[str, str | None]:
    """Words placing a date inside its period: "début" → "early", "mi-" → "mid"."""
    return dict(_calendar()["period_qualifiers"])


def clock_words() -> dict:
    """Time-of-day cues, duration words and day parts for "N heures" (calendar.json)."""
    return _calendar()["clock"]


def relative_periods() -> dict[str, tuple[str, int]]:
    """ "l'an dernier" → ("year", -1), "le mois prochain" → ("month", 1)."""
    return {k: (v[0], int(v[1])) for k, v in _calendar()["relative_periods"].items()}


def etre_verbs() -> frozenset[str]:
    """Lemmas whose passé composé takes être ("il est arrivé"): the past, not a passive."""
    return frozenset(_calendar()["etre_verbs"])


def resolve_weekday_day(weekday: int, day: int, reference: date, month: int | None = None,
                        reach: int = 7) -> date | None:
    """The date nearest ``reference`` that is both that weekday and that day of the month.

    "jeudi 20 octobre" in an article of 3 February 2023 is Thursday 20 October 2022 (the
    nearest October 20 that fell on a Thursday); "mardi 20" without a month is the nearest
    20th that was a Tuesday.  ``reach``: how many years (with a month) or months (without)
    to look on each side before giving up.
    """
    found: list[date] = []
    if month is not None:
        for year in range(reference.year - reach, reference.year + reach + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d.weekday() == weekday:
                found.append(d)
    else:
        for shift in range(-reach, reach + 1):
            index = reference.year * 12 + reference.month - 1 + shift
            try:
                d = date(index // 12, index % 12 + 1, day)
            except ValueError:
                continue
            if d.weekday() == weekday:
                found.append(d)
    if not found:
        return None
    return min(found, key=lambda d: (abs((d - reference).days), d > reference))


def year_near(reference: date, month: int, day: int | None = None,
              direction: str | None = None) -> int:
    """The year of a date written without one ("le 12 décembre", "en novembre").

    The occurrence nearest the article's date, a day ahead counting as two behind, as the
    news mostly reports the past: "le 12 décembre" in an article of 5 January 2019 is 12
    December 2018, "le 5 février" there is 5 February 2019, but "en avril" in an article of
    20 November 2018 is April 2018.  ``direction`` "past" ("le 12 mars dernier")
    takes the latest one not after the article's date, "future" ("le 3 mai prochain")
    the earliest one not before it.
    """
    def distance(year: int) -> int | None:
        if day is None:
            return (year * 12 + month) - (reference.year * 12 + reference.month)
        try:
            return (date(year, month, day) - reference).days
        except ValueError:                 # 29 February of a common year: not a candidate
            return None
    offsets = {y: d for y in (reference.year - 1, reference.year, reference.year + 1)
               if (d := distance(y)) is not None}
    if direction == "past":
        offsets = {y: d for y, d in offsets.items() if d <= 0}
    elif direction == "future":
        offsets = {y: d for y, d in offsets.items() if d >= 0}
    if not offsets:
        return reference.year
    return min(offsets, key=lambda y: (-offsets[y] if offsets[y] <= 0 else 2 * offsets[y],
                                       offsets[y] > 0))


def month_words() -> tuple[str, ...]:
    """Every month name and abbreviation the lexicon knows ("septembre", "fév.")."""
    return tuple(_calendar()["months"])


def weekday_words() -> tuple[str, ...]:
    return tuple(_calendar()["weekdays"])


def relative_day_words() -> tuple[str, ...]:
    return tuple(_calendar()["relative_days"])
