"""Hours: a time of day ("à 18 heures") or a duration ("pendant 18 heures").

French writes both with the same words.  What decides is the word before and what
follows: "la police est intervenue vers 21 heures" says when (kind time, "21:00", not
scored), "une garde à vue de 48 heures" and "pendant 18 heures" say how long (a duration,
read by the number reader).  This reader claims the times of day only; everything else
is left to ``quantities.numbers``, which makes it a duration.

The compact "18h30" is a time of day unless a duration word comes first ("l'échange a
duré 6 h 30" is 6.5 hours).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..calendar import clock_words
from .candidates import Candidate, FigureContext

_S = "[\\s\u00a0\u202f]"


def _alternation(phrases) -> str:
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        p = re.sub("['’]", "\x00", re.escape(phrase)).replace("\x00", "['’]")
        parts.append(p.replace(r"\ ", r"\s+"))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    words = clock_words()
    hour_words = _alternation(words["hour_words"])
    parts = _alternation(words["day_parts"])
    return {
        # 18 heures, 18 heures 30, huit heures du soir, 3 heures du matin
        "hours": re.compile(
            rf"(?<![\w,.:-])(?:(?P<hh>[01]?\d|2[0-4])|(?P<hw>{hour_words})){_S}*heures?(?![\w-])"
            rf"(?:{_S}*(?P<mm>[0-5]\d)(?![\w,.])(?!{_S}*min))?(?:{_S}+(?P<part>{parts})(?![\w]))?",
            re.IGNORECASE),
        # the word before the hour that says when: "vers", "à", "jusqu'à", "peu après"
        "time_cue": re.compile(rf"(?<![\w-])(?:{_alternation(words['time_cues'])}){_S}*$",
                               re.IGNORECASE),
        # words that make what follows a length of time: "pendant", "a duré", "condamné à"
        "duration_word": re.compile(
            rf"(?<![\w-])(?:{_alternation(words['duration_words'])}){_S}*$", re.IGNORECASE),
        # "de 21 heures à 6 heures", "entre 18 heures et 20 heures": both ends are times
        "range_after": re.compile(
            rf"{_S}*(?:à|et|-|–){_S}*(?:(?:\d{{1,2}}|{hour_words}){_S}*h|midi|minuit)", re.IGNORECASE),
        # "le 20 heures de France 2", "au 13 heures": the TV news, named by its hour
        "news_slot": re.compile(
            rf"(?<![\w-])(?:{_alternation(words['news_slots']['articles'])}){_S}+$", re.IGNORECASE),
        "range_before": re.compile(
            rf"(?<![\w-])(?:de|entre){_S}+(?:\d{{1,2}}|{hour_words}){_S}*(?:heures?|h\d*){_S}*"
            rf"(?:à|et|-|–){_S}*$", re.IGNORECASE),
        # the 18 of "à 18 et 21h", "entre 9 et 17 heures": an hour whose unit comes after its pair
        "pair_first": re.compile(
            rf"(?<![\w,.:-])(?P<hh>[01]?\d|2[0-4])(?={_S}*(?:et|à|-|–|ou){_S}*(?:[01]?\d|2[0-4]){_S}?"
            rf"(?:h(?![^\W\d_])|heures?(?![\w])|h\d\d))", re.IGNORECASE),
        "pair_end": re.compile(rf"{_S}*(?:et|à|-|–|ou){_S}*\d+{_S}?(?:heures?|h)", re.IGNORECASE),
        "range_open": re.compile(rf"(?<![\w-])(?:de|entre){_S}*$", re.IGNORECASE),
        # "18 heures de garde à vue", "à 24 heures du scrutin": the hours of something
        "of_something": re.compile(
            rf"{_S}+(?:de(?![\w])|du(?![\w])|des(?![\w])|d['’])"
            rf"(?!{_S}*(?:l['’]après|la{_S}+nuit|la{_S}+soirée|la{_S}+matinée))",
            re.IGNORECASE),
    }


def _hour(match: re.Match) -> int | None:
    if match.group("hh") is not None:
        return int(match.group("hh"))
    key = " ".join(match.group("hw").lower().replace("’", "'").split())
    return clock_words()["hour_words"].get(key)


def says_how_long(ctx: FigureContext, start: int, window: int = 30) -> bool:
    """True when a duration word comes right before ``start``: "a duré 6 h 30", "pendant
    2h", "condamné à 80 heures" (the cue "à" is looked past by the caller)."""
    before = ctx.text[max(0, start - window):start]
    return bool(_patterns()["duration_word"].search(before))


def _is_time_of_day(ctx: FigureContext, match: re.Match, hour: int) -> bool:
    pats = _patterns()
    text, start = ctx.text, match.start()
    if hour >= 24 and not match.group("mm"):
        return False                      # "à 24 heures du scrutin" is a day before it
    if match.group("mm") or match.group("part"):
        return True                       # "18 heures 30", "3 heures du matin"
    before = text[max(0, start - 40):start]
    if pats["range_before"].search(before):
        return True                       # the 6 of "de 21 heures à 6 heures"
    if pats["range_open"].search(before) and pats["range_after"].match(text, match.end()):
        return True                       # the 21 of "de 21 heures à 6 heures"
    if hour in clock_words()["news_slots"]["hours"] and pats["news_slot"].search(before):
        return True                       # "il est apparu au 20 heures de France 2"
    if pats["of_something"].match(text, match.end()):
        return False                      # "48 heures de garde à vue"
    cue = pats["time_cue"].search(before)
    if not cue:
        return False
    return not says_how_long(ctx, start - len(before) + cue.start())


def hours(ctx: FigureContext) -> Iterator[Candidate]:
    """ "vers 21 heures" → time "21:00"; "8 heures du soir" → "20:00"; durations are skipped."""
    for m in ctx.finditer(_patterns()["hours"], words=("heure",)):
        hour = _hour(m)
        if hour is None or not _is_time_of_day(ctx, m, hour):
            continue
        if m.group("part"):
            key = " ".join(m.group("part").lower().replace("’", "'").split())
            shift = clock_words()["day_parts"].get(key, 0)
            if hour < 12:
                hour += shift
        minutes = m.group("mm") or "00"
        yield Candidate(m.start(), m.end(), "time", f"{hour % 24:02d}:{minutes}")
    yield from _pair_firsts(ctx)


def _pair_firsts(ctx: FigureContext) -> Iterator[Candidate]:
    """ "à 18 et 21h" → 18:00 too, when a time cue comes first and the pair's second hour
    is not a length of something ("de 5 à 8 heures de route" stays two durations)."""
    pats = _patterns()
    for m in ctx.finditer(pats["pair_first"], needles=(re.compile(r"\d\s?[hH]"),)):
        before = ctx.text[max(0, m.start() - 40):m.start()]
        cue = pats["time_cue"].search(before) or pats["range_open"].search(before)
        if not cue or says_how_long(ctx, m.start() - len(before) + cue.start()):
            continue
        end = pats["pair_end"].match(ctx.text, m.end())
        if end is None or pats["of_something"].match(ctx.text, end.end()):
            continue
        yield Candidate(m.start(), m.end(), "time", f"{int(m.group('hh')) % 24:02d}:00")
