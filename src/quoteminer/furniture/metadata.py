"""Read what an article says about itself: headline, dateline, time stamp, agency.

    Les Etats-Unis déterminés à utiliser toutes leurs capacités ..., selon Blinken   → title
    05.02.2023 à 14h24 replay time00:41                                           → published
    WASHINGTON, 03 fév. -- Les Etats-Unis restent déterminés ...                 → place, date
    (Yonhap)                                                                      → agency

``date`` is the article's reference date, against which the figure finder resolves
"vendredi" or "hier": the dateline date when there is one (its year from the time stamp),
else the date part of the time stamp, else None (never today's date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

from ..calendar import month_number, weekday_number
from .patterns import agency_name, header_patterns, line_starts, macros
from .spans import FurnitureSpan, covered, find_furniture, merge_spans

# A dateline in capitals alone ("STRASBOURG | ") is a weak signal: it is only read in
# the article's first lines, after the headline and the time stamp.
DATELINE_HEADER_LINES = 6

# A headline is one short line: "Les Etats-Unis déterminés à utiliser toutes leurs
# capacités pour défendre la Corée du Sud, selon Blinken" (105 characters).
TITLE_MAX_CHARS = 160
TITLE_MIN_WORDS = 3

# Where the agency comes from, strongest first; the dateline "(AFP)" beats them all.
CREDIT_PATTERNS = ("agency_credit_line", "agency_credit_end", "avec_agency", "source_agency",
                   "copyright_line")

# Labels that name the first publication; "Mis à jour" is a later edit.
FIRST_PUBLICATION = {"publié", "publiée", "posted"}


@dataclass(frozen=True)
class TimeStamp:
    start: int
    end: int
    iso: str          # "2023-02-05T14:24", or "2023-02-05" without a time
    day: str          # "2023-02-05"
    label: str | None  # "Publié", "Mis à jour" ... or None


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    place: str
    day: int | None
    month: int | None
    year: int | None
    agency: str | None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    return 1 if value == "1er" else int(value)


def _month(match: regex.Match) -> int | None:
    groups = match.groupdict()
    if groups.get("month"):
        return int(groups["month"])
    if groups.get("monthname"):
        return month_number(groups["monthname"])
    return None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        date(year or 2000, month or 1, day or 1)
    except (TypeError, ValueError):
        return False
    return True


def find_timestamps(text: str, spans: list[FurnitureSpan] = ()) -> list[TimeStamp]:
    """Page time stamps ("05.02.2023 à 14h24", "Publié le 3 février 2023 à 14h05").

    A bare date without a time and without a label ("03/02/2023" on its own) is not
    taken: a stamp carries a time or says "Publié le".
    """
    stamps = []
    for pattern in header_patterns():
        if pattern.kind != "timestamp":
            continue
        for m in pattern.finditer(text):
            if any(s.start <= m.start() < s.end for s in spans):
                continue
            label = m.group("label")
            year, month, day = _int(m.group("year")), _month(m), _int(m.group("day"))
            if not _valid(year, month, day) or (m.group("hour") is None and not label):
                continue
            iso_day = f"{year:04d}-{month:02d}-{day:02d}"
            iso = iso_day
            if m.group("hour") is not None:
                iso += f"T{int(m.group('hour')):02d}:{int(m.group('minute') or 0):02d}"
                if m.group("second"):
                    iso += f":{m.group('second')}"
            start = m.start("day") if not label else m.start("label")
            stamps.append(TimeStamp(start, m.end(), iso, iso_day, label))
    return sorted(stamps, key=lambda s: s.start)


def published_stamp(stamps: list[TimeStamp]) -> TimeStamp | None:
    """The first publication: a "Publié le" stamp, else the first unlabelled one, else any."""
    for wanted in (lambda s: (s.label or "").casefold() in FIRST_PUBLICATION,
                   lambda s: s.label is None, lambda s: True):
        for stamp in stamps:
            if wanted(stamp):
                return stamp
    return None


def header_line_starts(text: str, spans: list[FurnitureSpan], limit: int) -> set[int]:
    """Starts of the first ``limit`` lines that are not blank and not furniture."""
    starts, starts_all = set(), line_starts(text)
    for i, start in enumerate(starts_all):
        end = starts_all[i + 1] - 1 if i + 1 < len(starts_all) else len(text)
        if not text[start:end].strip() or covered(text, start, end, spans):
            continue
        starts.add(start)
        if len(starts) >= limit:
            break
    return starts


def find_dateline(text: str, spans: list[FurnitureSpan] = ()) -> Dateline | None:
    """The first dateline: "WASHINGTON, 03 fév. --", "PARIS (AFP) -", "MONTRÉAL | ".

    One with an agency or a date is read anywhere (AFP feeds print "Marseille (AFP) -"
    after the text); a place alone in capitals only in the first lines.
    """
    header = header_line_starts(text, spans, DATELINE_HEADER_LINES)
    found = []
    for pattern in header_patterns():
        if pattern.kind != "dateline":
            continue
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start() + 1) + 1
            if any(s.start <= m.start("place") < s.end for s in spans):
                continue
            place = regex.sub(r"\s+", " ", m.group("place")).strip()
            if weekday_number(place) is not None:  # "Samedi, le 3 février ..." 
                continue
            groups = m.groupdict()
            strong = bool(groups.get("agency") or groups.get("day"))
            if not strong and line_start not in header:
                continue
            day, month = _int(groups.get("day")), _month(m)
            if day is not None and not _valid(None, month, day):
                continue
            found.append(Dateline(m.start("place"), m.end("sep"), place, day, month,
                                  _int(groups.get("year")),
                                  agency_name(groups["agency"]) if groups.get("agency")
                                  else None))
    if not found:
        return None
    # Prefer a dateline in the header over one read further down the text.
    found.sort(key=lambda d: (text.rfind("\n", 0, d.start + 1) + 1 not in header, d.start))
    return found[0]


def dateline_date(dateline: Dateline, stamp: TimeStamp | None) -> str | None:
    """ISO date of the dateline; a missing year comes from the time stamp.

    "03 fév." on a page stamped 05.02.2023 is 2023-02-03; "28 déc." stamped 02.01.2023
    was written the year before (a month after the stamp's month is last year's).
    """
    if dateline.day is None or dateline.month is None:
        return None
    year = dateline.year
    if year is None:
        if stamp is None:
            return None
        stamp_year, stamp_month = int(stamp.day[:4]), int(stamp.day[5:7])
        year = stamp_year - 1 if dateline.month > stamp_month else stamp_year
    if not _valid(year, dateline.month, dateline.day):
        return None
    return f"{year:04d}-{dateline.month:02d}-{dateline.day:02d}"


def find_agency(text: str, spans: list[FurnitureSpan], dateline: Dateline | None,
                credits: list[FurnitureSpan]) -> str | None:
    """The agency: dateline "(AFP)", else a credit line ("(Yonhap)", "avec AFP", "© AFP")."""
    if dateline is not None and dateline.agency:
        return dateline.agency
    agency_re = regex.compile(macros()["AGENCY"], regex.IGNORECASE)
    for name in CREDIT_PATTERNS:
        for span in credits:
            if span.name != name:
                continue
            for m in agency_re.finditer(text, span.start, span.end):
                found = agency_name(m.group())
                if found:
                    return found
    return None


def _looks_like_headline(line: str) -> bool:
    # One short sentence without a final period: "Pour Emmanuel Macron, le 80 km/h
    # n'est pas un dogme".  A caption ("... REUTERS/THOMAS MUKOYA") or a lead ends
    # with a period or holds two sentences.
    line = line.strip()
    if not line or len(line) > TITLE_MAX_CHARS or len(line.split()) < TITLE_MIN_WORDS:
        return False
    if line[-1] in ".:;,-–—|" or line.endswith("..."):
        return False
    if regex.search(r"[.!?]\s+\p{Lu}", line):
        return False
    return True


def find_title(text: str, spans: list[FurnitureSpan], stamps: list[TimeStamp],
               dateline: Dateline | None) -> str | None:
    """The headline: the first line that is not furniture, if it looks like one.

    It must come before the dateline and be followed by more text; a text that is one
    long paragraph has no headline (None).
    """
    starts = line_starts(text)
    # A stamp line ("05.02.2023 à 14h24 replay time00:41") above the headline is skipped.
    skip = [*spans, *(FurnitureSpan(s.start, s.end, "timestamp") for s in stamps)]
    lines = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        if text[start:end].strip() and not covered(text, start, end, skip):
            lines.append((start, end))
            if len(lines) == 2:
                break
    if len(lines) < 2:
        return None
    start, end = lines[0]
    if dateline is not None and dateline.start < end:
        return None
    line = text[start:end]
    return line.strip() if _looks_like_headline(line) else None


def read_metadata(text: str) -> dict:
    """``Metadata.to_dict()`` of what ``text`` says about itself (language left None)."""
    raw = find_furniture(text)
    found = merge_spans(raw, text)
    stamps = find_timestamps(text, found)
    stamp = published_stamp(stamps)
    dateline = find_dateline(text, found)
    day = dateline_date(dateline, stamp) if dateline else None
    if day is None and stamp is not None:
        day = stamp.day
    return {
        "title": find_title(text, found, stamps, dateline),
        "place": dateline.place if dateline else None,
        "date": day,
        "published": stamp.iso if stamp else None,
        "agency": find_agency(text, found, dateline, raw),
        "language": None,
        "furniture": [s.to_dict(text) for s in found],
        "source": {},
    }
