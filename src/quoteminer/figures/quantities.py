"""Numbers and what they measure: counts, percents, money, quantities, durations, ages, years.

A regex pass over the text finds numbers in digits ("1 234,5", "100.000", "2,3 milliards")
and in words ("soixante-neuf", via text2num); the words after the number decide the kind
("%" percent, "euros" money, "km" quantity, "ans" duration or age, a noun: a count whose
unit is that noun phrase), the words before it the qualifier ("plus de", "jusqu'à").
"""

from __future__ import annotations

import re
from typing import Iterator

from .candidates import Candidate, FigureContext
from .numbers import clean_number, parse_digits, parse_words
from .units import noun_phrase, partitive_noun

_DIGITS = re.compile(
    r"(?<![\w.,/:°])(?<![^\W\d_]-)"
    r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![^\W\d_])(?![.,]\d)")
_MULTIPLIER_WORD = re.compile(r"\s+(millions?|milliards?)(?![\w])")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-zé]+)(?![\w])")
_MULTIPLIER_SIGN = re.compile(r"\s?(k|M|G|Mds?|Md|Mrd)(?=\s?[$€])")
# Cues before a four-digit number that make it a year: "en 1953", "depuis 2011",
# "l'année 2022", "l'été 2018", "des années 2010".
_YEAR_CUE = re.compile(
    r"(?:\ben|depuis|dès|avant|après|jusqu['’]en|fin|début|mi-|année|années|an|été|hiver|"
    r"printemps|automne|saison|exercice|pour|de|du|et|à|vers|l['’]année)\s*$",
    re.IGNORECASE)
# Not figures: scores "(1-1)", phone numbers "01 23 45 67 89", ratios "24/7".
_NON_FIGURES = re.compile(
    r"(?<![\w])(?:\+\d{2,3}[\s.]?)?(?:\(0\)\s?)?0\d(?:[\s.-]\d{2}){4}(?![\w])"
    r"|(?<![\w-])\d{1,2}-\d{1,2}(?![\w-])"
    r"|(?<![\w/])\d+/\d+(?![\w/])")
# What each kind holds: "01 23", and a digit, hyphen or slash, digit ("1-1", "24/7");
# re searches these fast, as they start with a digit.
_NON_FIGURE_NEEDLES = (re.compile(r"0\d[\s.-]\d\d"), re.compile(r"\d[-/]\d"))
_AGE_BEFORE = re.compile(r"(?:âgée?s?|agée?s?)\s+(?:de\s+|d['’])?(?:seulement\s+|à\s+peine\s+)?$",
                         re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"[\w*»)][,(]\s*$")
_APPOSITION_AFTER = re.compile(r"\s*[,;.)–—]")
_NOT_AGE_BEFORE = re.compile(r"(?:\by\s+a(?:vait|ura)?|fait|depuis|pendant|durant|en|sur|dans)\s*$",
                             re.IGNORECASE)
_DE_BEFORE = re.compile(r"\b(?:de|d['’])\s*$", re.IGNORECASE)


def non_figures(ctx: FigureContext) -> Iterator[tuple[int, int]]:
    """Spans to rule out before numbers are read: phone numbers, scores, ratios."""
    for m in ctx.finditer(_NON_FIGURES, needles=_NON_FIGURE_NEEDLES):
        yield m.start(), m.end()


def qualifier_before(ctx: FigureContext, start: int) -> tuple[str | None, int]:
    """("more_than", start of "plus de") when a qualifier ends right before ``start``."""
    window = ctx.text[max(0, start - 30):start]
    m = ctx.lexicon.qualifier_re.search(window)
    if not m:
        return None, start
    return ctx.lexicon.qualifier_of(m.group(1)), start - len(window) + m.start(1)


def _is_code(ctx: FigureContext, start: int) -> bool:
    """A number that belongs to a name: "route 132", "Ligue 1", "Airbus A380" (no space)."""
    prev = ctx.token_before(start)
    gap = ctx.text[prev.idx + len(prev.text):start] if prev is not None else ""
    if prev is None or len(gap) != 1 or not gap.isspace():
        return False
    if prev.text in ctx.lexicon.code_prefixes or prev.lower_ in ctx.lexicon.code_prefixes:
        return True
    sentence_start = prev.i == 0 or prev.is_sent_start or ctx.doc[prev.i - 1].is_punct
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not sentence_start


def _is_age(ctx: FigureContext, core_start: int, qual_start: int, unit_end: int, unit: str) -> bool:
    """ "âgé de 45 ans", "Chantal, 63 ans,", "n'a que 17 ans", "un homme de 52 ans" are ages;
    "depuis 10 ans", "Cela fait 10 ans", "un mandat de cinq ans" are durations."""
    if unit.lower() not in ("ans", "an"):
        return False
    before = ctx.text[max(0, qual_start - 40):qual_start]
    if _AGE_BEFORE.search(before):
        return True
    if _NOT_AGE_BEFORE.search(before):
        return False
    if _APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(ctx.text, unit_end):
        return True
    prev = ctx.token_before(qual_start)
    lex = ctx.lexicon
    if prev is not None:
        verb = prev
        if verb.lower_ in ("que", "qu'", "qu’", "déjà", "presque", "bientôt", "tout", "juste"):
            verb = ctx.doc[verb.i - 1] if verb.i > 0 else verb
            if verb.lower_ in ("que", "qu'", "qu’"):
                verb = ctx.doc[verb.i - 1] if verb.i > 0 else verb
        if verb.lemma_ in lex.age_verbs and verb.pos_ in ("VERB", "AUX"):
            return True
    if _DE_BEFORE.search(before):
        unit_tok = ctx.token_at(unit_end - 1)
        heads = [unit_tok.head, unit_tok.head.head] if unit_tok is not None else []
        for h in heads:
            if h.lemma_.lower() in lex.durative_nouns or h.lower_ in lex.durative_nouns:
                return False
            if h.lemma_.lower() in lex.person_nouns or h.lower_ in lex.person_nouns:
                return True
            if h.pos_ == "PROPN":
                return True
        # nearest noun before "de" in the same sentence
        if prev is not None:
            for t in reversed(ctx.doc[max(prev.sent.start, prev.i - 8):prev.i]):
                if t.pos_ in ("NOUN", "PROPN"):
                    return t.lemma_.lower() in lex.person_nouns or t.lower_ in lex.person_nouns
    return False


def _money_code(ctx: FigureContext, phrase: str) -> str | None:
    p = " ".join(phrase.split())
    if p.startswith("$"):
        if len(p) > 1:
            return ctx.lexicon.currency_of(p) or ctx.lexicon.dollar_sign["default"]
        return ctx.lexicon.dollar_sign["canadian" if ctx.canadian else "default"]
    return ctx.lexicon.currency_of(p)


def _number_cores(ctx: FigureContext) -> Iterator[tuple[int, int, float, bool]]:
    """(start, end, value, in_words) for every number in digits or in words."""
    for m in _DIGITS.finditer(ctx.text):
        value = parse_digits(m.group(1))
        if value is not None:
            yield m.start(1), m.end(1), value, False
    for m in ctx.finditer(ctx.lexicon.number_words_re):
        words = m.group(0)
        if words.lower() in ("un", "une", "million", "millions", "milliard", "milliards"):
            continue  # the article ("un nouveau record"); a multiplier with no number
        start = m.start()
        first = words.split()[0].split("-")[0].lower()
        if first in ("un", "une") and not re.match(r"une?\s+(?:million|milliard)", words, re.I):
            skip = len(words.split(None, 1)[0]) if " " in words else len(words)
            rest = words[skip:].lstrip()
            start = m.end() - len(rest)
            words = rest
            if not words:
                continue
        value = parse_words(words)
        end = m.end()
        while value is None and " " in words:  # "neuf deux" → keep the first valid part
            words = words.rsplit(None, 1)[0]
            end = start + len(words)
            value = parse_words(words)
        if value is None or words.lower() in ("un", "une"):
            continue
        tok = ctx.token_at(start)
        # "un bâtiment neuf": neuf the adjective, after its noun
        if (words.lower() == "neuf" and tok is not None and tok.pos_ == "ADJ"
                and tok.head.i < tok.i):
            continue
        yield start, end, float(value), True


def numbers(ctx: FigureContext) -> Iterator[Candidate]:
    text, lex = ctx.text, ctx.lexicon
    for start, end, value, in_words in sorted(_number_cores(ctx)):
        if _is_code(ctx, start):
            continue
        if _NAME_AFTER.match(text, end) and _NAME_AFTER.match(text, end).group(1).lower() in (
                lex.time_units | set(lex.multipliers)):
            continue  # "40 Millions d'automobilistes", "20 Minutes": names
        multiplier = 1
        m = _MULTIPLIER_WORD.match(text, end) or _MULTIPLIER_SIGN.match(text, end)
        if m and not in_words:
            multiplier = lex.multipliers.get(m.group(1)) or lex.multipliers[m.group(1).lower()]
            end = m.end()
        qualifier, qual_start = qualifier_before(ctx, start)
        total = clean_number(value * multiplier)
        base = dict(core_start=start, core_end=end, qualifier=qualifier, multiplier=multiplier)

        if (m := lex.percent_re.match(text, end)):
            yield Candidate(qual_start, m.end(), "percent", total, **base)
            continue
        if (m := lex.currency_re.match(text, end)):
            code = _money_code(ctx, m.group(1) or m.group(2))
            if code:
                yield Candidate(qual_start, m.end(), "money", total, code, **base)
                continue
        if (m := lex.time_unit_re.match(text, end)):
            unit = m.group(2)
            kind = "age" if _is_age(ctx, start, qual_start, m.end(), unit) else "duration"
            yield Candidate(qual_start, m.end(), kind, total, unit, **base)
            continue
        if (m := lex.measure_re.match(text, end)):
            has_de = bool(re.match(r"\s*(?:de\s|d['’])", text[end:]))
            if not has_de or multiplier > 1:
                yield Candidate(qual_start, m.end(), "quantity", total, m.group(1), **base)
                continue
        is_year = (not in_words and multiplier == 1 and re.fullmatch(r"\d{4}", text[start:end])
                   and 1800 <= value <= 2100 and qualifier is None)
        if is_year and _YEAR_CUE.search(text[max(0, start - 20):start]):
            yield Candidate(start, end, "year", total)
            continue
        after = end
        if multiplier > 1 or (in_words and total >= 1000000):
            dm = re.match(r"\s*(?:de\s+|d['’])", text[end:])
            if dm:
                after = end + dm.end()
        phrase = noun_phrase(ctx, after)
        if phrase is not None and not (is_year and phrase.head[:1].isupper()):
            yield Candidate(qual_start, phrase.end, "count", total, phrase.text, **base)
            continue
        if is_year:
            yield Candidate(start, end, "year", total)
            continue
        yield Candidate(qual_start, end, "count", total, partitive_noun(ctx, end), bare=True,
                        **base)
