"""Run the detectors in order over one Doc and turn their candidates into figures.

Order matters: hours and minutes that measure a length first ("a duré 6 h 30", not a time
of day), dates (the "2017" of "septembre 2017" belongs to the date), then
what is ruled out (phone numbers, scores), fractions and approximate numerals, digit
ordinals, numbers, and word ordinals last (so "onze premiers mois" stays one duration).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Iterable, Iterator

from ..records import Figure
from . import date_clock, date_numeric, date_periods, dates, ordinals, quantities, tallies, units
from .candidates import Candidate, Claims, FigureContext
from .lexicon import FigureLexicon
from .needles import after_lookbehind, caseless_twin, openings
from .numbers import default_grammar

_ORDER = (quantities.clock_durations, *dates.DETECTORS, tallies.ones, ordinals.fractions,
          ordinals.approximates, ordinals.multiplicatives, ordinals.digit_ordinals,
          quantities.numbers, ordinals.word_ordinals)
_NUMERIC = ("count", "money", "percent", "quantity", "duration", "age")
_RANGE_LINK = re.compile(r"\s*(?:à|et|ou|ou\s+à|-|–)\s*$")
_LIST_LINK = re.compile(r"\s*,\s*")
_PARTITIVE_LINK = re.compile(r"\s*des\s*")
_SUR_LINK = re.compile(r"^\s*sur\s*$")
_TRIM = " \u00a0\u202f\t\n,;:«»\"'’"


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None


def reference_date(metadata: dict | None) -> date | None:
    """The article's date: its dateline, else the day of its time stamp (never today)."""
    metadata = metadata or {}
    return _parse_date(metadata.get("date")) or _parse_date(metadata.get("published"))


def warm_up(lexicon: FigureLexicon) -> None:
    """Build, when the model loads, what the first document would otherwise pay for.

    The detectors' patterns are compiled on first use, ``caseless_twin`` and
    ``after_lookbehind`` recompile each pattern once and ``openings`` parses it:
    about 40 ms on the first article, which a batch of 300 articles spreads as 0.13 ms
    over each.  The same caches, filled up front; no result changes (they are pure
    functions of the pattern).
    """
    default_grammar()
    dates._words()
    date_periods._words()
    patterns = [dates._month_before_pattern()]
    for module in (date_clock, date_numeric, date_periods, dates):
        patterns.extend(module._patterns().values())
    for holder in (vars(lexicon), *(vars(m) for m in (
            date_clock, date_numeric, date_periods, dates, ordinals, quantities, tallies, units))):
        patterns.extend(_patterns_in(holder))
    for pattern in patterns:
        twin = caseless_twin(pattern)
        after_lookbehind(pattern)
        openings(pattern)
        if twin is not None:
            after_lookbehind(twin)
            openings(twin)


def _patterns_in(namespace: dict[str, Any]) -> Iterator[re.Pattern]:
    """The patterns a module or the lexicon holds, alone or in a tuple or a dict of them
    (the dates' ``_NEEDLES``)."""
    for name, value in namespace.items():
        if name.startswith("__"):
            continue
        for item in value.values() if isinstance(value, dict) else (value,):
            for pattern in item if isinstance(item, tuple) else (item,):
                if isinstance(pattern, re.Pattern):
                    yield pattern


def find_figures(doc, lexicon: FigureLexicon, metadata: dict | None) -> list[Figure]:
    reference = reference_date(metadata)
    year = reference.year if reference else None
    ctx = FigureContext.build(doc, lexicon, reference, year)
    if reference is None:
        # No article date: the header time stamp ("05.02.2023 à 14h24") still dates
        # yearless dates, but relative dates stay unresolved.
        stamp = next((c for c in dates.numeric_dates(ctx) if c.start < 1500), None)
        if stamp is not None:
            ctx = FigureContext.build(doc, lexicon, None, int(stamp.value[:4]), ctx.text)
    claims = Claims()
    accepted: list[Candidate] = []
    for detector in _ORDER:
        if detector is quantities.numbers:
            for start, end in quantities.non_figures(ctx):
                if claims.free(start, end):
                    claims.add(start, end)
        for cand in detector(ctx):
            cand = _trim(ctx.text, cand)
            if cand is None:
                continue
            if claims.free(cand.start, cand.end):
                claims.add(cand.start, cand.end)
                accepted.append(cand)
            elif cand.core_start >= 0 and claims.free(cand.core_start, cand.core_end):
                core = cand.with_(start=cand.core_start, end=cand.core_end)
                claims.add(core.start, core.end)
                accepted.append(core)
    accepted.sort(key=lambda c: c.start)
    accepted = _link_ranges(ctx.text, accepted)
    accepted = _elliptic_money(ctx, accepted)
    furniture = [(int(f["start"]), int(f["end"])) for f in (metadata or {}).get("furniture") or ()
                 if f.get("start") is not None and f.get("end") is not None]
    out = []
    for c in accepted:
        # Page furniture holds no figures, but the header's time stamp and dateline are
        # dates the article states ("05.02.2023 à 14h24"), kept even inside furniture.
        if c.kind not in ("date", "datetime") and any(c.start < e and s < c.end for s, e in furniture):
            continue
        out.append(Figure(text=ctx.text[c.start:c.end], start=c.start, end=c.end, kind=c.kind,
                          value=c.value, unit=c.unit, qualifier=c.qualifier))
    return out


def _trim(text: str, cand: Candidate) -> Candidate | None:
    start, end = cand.start, cand.end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if start >= end:
        return None
    return cand if (start, end) == (cand.start, cand.end) else cand.with_(start=start, end=end)


def _link_ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A range gives two figures, the first taking the second's kind and unit:
    "5 à 8 personnes" → 5 personnes; "entre 20 et 30 %"; and the other way round,
    "neuf appartements sur dix" → dix appartements."""
    out = list(cands)
    # right to left, so a list passes its unit along: "âgés de 32, 34 et 78 ans"
    for i in reversed(range(len(out) - 1)):
        a, b = out[i], out[i + 1]
        if (b.kind == "time" and a.bare and isinstance(a.value, int) and 0 <= a.value <= 24
                and _RANGE_LINK.fullmatch(text[a.end:b.start])):
            out[i] = a.with_(kind="time", value=f"{a.value:02d}:00", bare=False)
            continue  # "de 10 à 12 heures": two hours of the clock
        if a.kind not in _NUMERIC or b.kind not in _NUMERIC:
            continue
        between = text[a.end:b.core_start if b.core_start >= 0 else b.start]
        if a.bare and not a.unit and b.kind != "count" or a.bare and b.unit and b.kind == "count":
            linked = _RANGE_LINK.fullmatch(between) or (
                b.kind in ("age", "duration") and _LIST_LINK.fullmatch(between))
            if linked and not b.bare:
                value = a.value
                if b.multiplier > 1 and a.multiplier == 1 and a.value < b.multiplier:
                    value = a.value * b.multiplier
                out[i] = a.with_(kind=b.kind, unit=b.unit, value=value, bare=False)
                continue
        if (a.bare and b.kind == "count" and b.multiplier > 1 and a.value < b.multiplier
                and _PARTITIVE_LINK.fullmatch(between)):
            # "huit des 28 millions d'habitants" → 8 000 000 habitants
            out[i] = a.with_(value=a.value * b.multiplier, unit=b.unit, bare=False)
            continue
        if b.bare and a.kind == "count" and a.unit and _SUR_LINK.fullmatch(between):
            out[i + 1] = b.with_(unit=a.unit, bare=False)
    return out


def _elliptic_money(ctx: FigureContext, cands: list[Candidate]) -> list[Candidate]:
    """ "110,9 milliards de dollars, et un bénéfice net de 12,7 milliards": the second
    amount, with no currency of its own, is in the currency of the first."""
    out = []
    last_money: Candidate | None = None
    for c in cands:
        if c.kind == "money":
            last_money = c
        elif (c.kind == "count" and c.bare and c.multiplier > 1 and last_money is not None
              and _same_sentence(ctx, last_money.start, c.start)):
            c = c.with_(kind="money", unit=last_money.unit, bare=False)
        out.append(c)
    return out


def _same_sentence(ctx: FigureContext, a: int, b: int) -> bool:
    ta, tb = ctx.token_at(a), ctx.token_at(b)
    return ta is not None and tb is not None and ta.sent.start == tb.sent.start


def figures_as_dicts(figures: Iterable[Figure]) -> list[dict]:
    return [f.to_dict() for f in figures]
