"""French calendar words (months, weekdays, hier / demain) from ``models/calendar.json``.

Shared by the metadata reader (the dateline "WASHINGTON, 03 fév. --") and the figure
finder ("septembre 2017", "vendredi"), so both read one lexicon.
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


def month_words() -> tuple[str, ...]:
    """Every month name and abbreviation the lexicon knows ("septembre", "fév.")."""
    return tuple(_calendar()["months"])


def weekday_words() -> tuple[str, ...]:
    return tuple(_calendar()["weekdays"])


def relative_day_words() -> tuple[str, ...]:
    return tuple(_calendar()["relative_days"])
