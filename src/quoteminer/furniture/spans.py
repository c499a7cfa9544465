"""Find page furniture on the characters: cookie banners, navigation, "(FIN)", "Lire aussi".

Works on the raw text before any tokenisation, so it is cheap (a few regexes) and its
offsets index the article exactly.  A span covers furniture only: the time stamp
"05.02.2023 à 14h24" and the dateline "WASHINGTON, 03 fév. --" are figures and stay out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import FurniturePattern, furniture_patterns


@dataclass(frozen=True)
class FurnitureSpan:
    """Characters ``start:end`` of the text, found by the pattern ``name``."""

    start: int
    end: int
    name: str

    def to_dict(self, text: str) -> dict:
        return {"text": text[self.start:self.end], "start": self.start, "end": self.end}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # Patterns anchor on whole lines, leading spaces and "\xa0" included; the span
    # keeps only the visible characters.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_furniture(text: str,
                   patterns: tuple[FurniturePattern, ...] | None = None
                   ) -> list[FurnitureSpan]:
    """Every pattern match, trimmed, sorted by position; overlaps are kept (see merge)."""
    found = []
    for pattern in patterns if patterns is not None else furniture_patterns():
        for match in pattern.finditer(text):
            group = "span" if "span" in pattern.regex.groupindex else 0
            if match.start(group) < 0:
                continue
            start, end = _trim(text, match.start(group), match.end(group))
            if end > start:
                found.append(FurnitureSpan(start, end, pattern.name))
    return sorted(found, key=lambda s: (s.start, -s.end))


def merge_spans(spans: list[FurnitureSpan], text: str) -> list[FurnitureSpan]:
    """Disjoint spans: overlapping matches ("Lire aussi" line and its inline form) join."""
    merged: list[FurnitureSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = FurnitureSpan(last.start, max(last.end, span.end), last.name)
        else:
            merged.append(span)
    return merged


def furniture_spans(text: str) -> list[FurnitureSpan]:
    """The furniture of ``text`` as disjoint, sorted spans."""
    return merge_spans(find_furniture(text), text)


def covered(text: str, start: int, end: int, spans: list[FurnitureSpan]) -> bool:
    """True when every visible character of ``text[start:end]`` lies in a span."""
    for i in range(start, end):
        if text[i].isspace():
            continue
        if not any(s.start <= i < s.end for s in spans):
            return False
    return True
