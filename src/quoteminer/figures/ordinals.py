"""Ranks, fractions and approximate numerals.

"septième essai nucléaire" → ordinal 7 ranking "essai nucléaire"; "70e anniversaire",
"XXe siècle"; "premier/première" only where it ranks ("leur première rencontre"), not in
titles or idioms ("Premier ministre", "au premier plan"); "deux tiers" → 0.666…;
"un Français sur deux" → 0.5; "une dizaine de lycées" → 10, about; "demi-heure" → 0.5 h;
"David, la trentaine" → age 30, about; "quadruple vainqueur" → count 4; "tome 2" → rank 2;
"cent vingt-cinquième" → 125; ordinals in names are left out ("la Ve République").
"""

from __future__ import annotations

import re
from typing import Iterator

from ..resources import read_json
from .candidates import Candidate, FigureContext
from .numbers import clean_number, ordinal_word_value, parse_words, roman_value
from .units import noun_phrase

# "1er", "1ère", "1ere", "1re", "2e", "2ème", "2eme", "2ième", "2nd", "2nde", "3è"
_ORDINAL_SUFFIX = (r"\s?(e|ème|eme|ième|ieme|è|er|ère|ere|re|ers|ères|eres|res|es|èmes|emes|ièmes|"
                   r"nd|nde|nds|ndes)(?![\w])")
_DIGIT_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})" + _ORDINAL_SUFFIX)
# What a digit ordinal holds: "70e", "1er"; re searches it fast, as it starts with a digit.
_DIGIT_ORDINAL_NEEDLE = re.compile(r"\d" + _ORDINAL_SUFFIX)
# "XXe", not "aXXe": the look-behind comes after the first numeral, so that re, seeing a
# pattern that starts with [IVXLC], jumps from capital to capital instead of trying every
# character (the same matches as "(?<![\w.,])([IVXLC]{1,6})", five times faster).
_ROMAN_ORDINAL = re.compile(r"([IVXLC](?<![\w.,][IVXLC])[IVXLC]{0,5})(e|ème|er|ère)(?![\w])")
# "septième", "vingt et unième", "vingt-cinquième": words joined by a hyphen or "et",
# ending in -ième
_NUMBER_WORDS = "|".join(sorted((w for w in read_json("figures/numerals.json")["number_words"]
                                 if w not in ("un", "une")), key=len, reverse=True))
_IEME_WORDS = r"(?:[a-zé]+(?:-et-|-|\s+et\s+))*[a-zé]+i[èe]mes?"
_PREMIER_SECOND = r"premi(?:er|ère)s?|secondes?|seconds?"
_WORD_ORDINAL = re.compile(rf"(?<![\w-])({_IEME_WORDS}|{_PREMIER_SECOND})(?![\w-])", re.IGNORECASE)
# The same where the text has no "ième" (two articles in three): "premier", "seconde",
# which re finds by their first letters, where the words before an -ième are tried at
# every word start.
_PREMIER_OR_SECOND = re.compile(rf"(?<![\w-])({_PREMIER_SECOND})(?![\w-])", re.IGNORECASE)
_IEME = ("ième", "ieme")  # what every match of _IEME_WORDS holds, in lower case
# number words before an ordinal, joined by spaces: the "cent" of "cent vingt-cinquième"
# (looked for only before an ordinal, not over the whole text)
_NUMBER_LEAD = re.compile(rf"(?<![\w-])(?:(?:{_NUMBER_WORDS})\s+)+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_LAST = re.compile(r"\s+et\s+(?:dernier|dernière|ultime)s?(?![\w])", re.IGNORECASE)
_DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "leurs",
                "du", "au", "aux", "ce", "cette", "cet", "notre", "votre", "mon", "ma", "des"}
_DENOMINATORS = ("tiers", "quart", "cinquième", "dixième", "centième")
_FRACTION = re.compile(
    r"(?<![\w-])(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|\d+)\s+"
    r"(tiers|quarts?|cinquièmes?|dixièmes?|centièmes?)(?![\w-])", re.IGNORECASE)
# "la moitié des électeurs", "réduire de moitié", "moitié moins de personnes"
_HALF = re.compile(r"(?<![\w-])(?:(?:la|une|sa|leur)\s+moitié|(?<=de\s)moitié"
                   r"|moitié(?=\s+(?:moins|plus)\b))(?![\w])", re.IGNORECASE)
# "un Français sur deux", "une espèce d'abeilles sur six", "un étudiant international sur
# quatre": one in N of the noun phrase, up to four words long
_ONE_IN = re.compile(
    r"(?<![\w-])(un|une)\s+((?:[^\W\d_][\w-]*(?:\s+|\s*['’]\s*)){0,3}?[^\W\d_][\w’'-]*)\s+sur\s+"
    r"(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|\d+)(?![\w])",
    re.IGNORECASE)
_ONE_ON_ITS_OWN = re.compile(
    r"(?<![\w'’-])(un|une)\s+sur\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|\d+)"
    r"(?![\w])", re.IGNORECASE)
_ONE_ONLY = re.compile(r"(?<![\w-])(?:un|une)\s+seule?(?![\w])", re.IGNORECASE)
# "depuis une semaine", "pendant un an": un/une that measures a duration.
_ONE_DURATION = re.compile(
    r"(?<![\w-])(?:depuis|pendant|durant|il\s+y\s+a|en\s+plus\s+d['’]|dans)\s+(une?)\s+"
    r"(an|année|mois|semaine|jour|journée|nuit|heure|minute|décennie|siècle)(?![\w-])",
    re.IGNORECASE)
_SCALE = re.compile(r"(milliers|millions|milliards)(?![\w])(?:\s+(?:de\s+|d['’]))?",
                    re.IGNORECASE)
_AGED = re.compile(r"âgée?s?\s+(?:de\s+|d['’])$", re.IGNORECASE)
_ANNIVERSARY_DET = re.compile(r"(?:le|du|au|son|ce)\s+$", re.IGNORECASE)


def _with_unit(ctx: FigureContext, start: int, end: int, kind: str, value, **extra) -> Candidate:
    after = end
    m = _LAST.match(ctx.text, end)
    if m:  # "sixième et dernier essai nucléaire"
        after = m.end()
    phrase = noun_phrase(ctx, after, allow_nominal=False)
    if phrase is None:
        return Candidate(start, end, kind, value, core_start=start, core_end=end, **extra)
    return Candidate(start, phrase.end, kind, value, phrase.text, core_start=start,
                     core_end=end, **extra)


def digit_ordinals(ctx: FigureContext) -> Iterator[Candidate]:
    """ "70e anniversaire", "1er", "17e journée", "XXe siècle"."""
    for m in ctx.finditer(_DIGIT_ORDINAL, needles=(_DIGIT_ORDINAL_NEEDLE,)):
        yield _with_unit(ctx, m.start(), m.end(), "ordinal", int(m.group(1)))
    for m in _ROMAN_ORDINAL.finditer(ctx.text):
        value = roman_value(m.group(1))
        if m.group(1) in ("L", "C", "D", "M"):
            continue  # "Le", "Ce": words, not roman numerals
        prev = ctx.text[max(0, m.start() - 2):m.start()]
        if value is None or (prev.endswith(" ") and prev[:1].isalpha() and
                             ctx.text[:m.start()].rstrip().split()[-1][:1].isupper()
                             and noun_phrase(ctx, m.end()) is None):
            continue  # "François Ier": a name
        if _names_a_place(ctx, m.end()):
            continue  # "la Ve République", "le XIXe arrondissement"
        yield _with_unit(ctx, m.start(), m.end(), "ordinal", value)
    for m in ctx.finditer(ctx.lexicon.rank_noun_re, words=ctx.lexicon.rank_noun_words):
        number = m.group(2)
        value = int(number) if number.isdigit() else roman_value(number)
        if value:  # "l'acte V des gilets jaunes", "tome 2"
            yield Candidate(m.start(), m.end(), "ordinal", value, m.group(1).lower(),
                            core_start=m.start(), core_end=m.end())


def _names_a_place(ctx: FigureContext, end: int) -> bool:
    """An ordinal before a capitalised noun or a place noun is part of a name: "la Ve
    République", "le Troisième Reich", "le XIXe arrondissement"."""
    nxt = _NEXT_WORD.match(ctx.text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    return word[:1].isupper() or word.lower() in ctx.lexicon.ordinal_name_nouns


def _premier_is_rank(ctx: FigureContext, m: re.Match) -> bool:
    word = m.group(1)
    lex = ctx.lexicon
    tok = ctx.token_at(m.start())
    at_sentence_start = tok is None or tok.is_sent_start or (
        tok.i > 0 and ctx.doc[tok.i - 1].is_punct)
    if word[:1].isupper() and not at_sentence_start:
        return False  # "la Première Guerre mondiale", "le Premier ministre"
    nxt = re.match(r"\s+([\w’'-]+)", ctx.text[m.end():])
    if nxt and nxt.group(1).lower() in lex.premier_titles:
        return False
    before = ctx.text[max(0, m.start() - 20):m.start()].lower().split()
    if before and before[-1] in lex.ordinal_noun_idioms:
        return False  # "matières premières"
    if before and before[-1] == "en":
        return False  # "en premier"
    prev = ctx.token_before(m.start())
    if prev is not None and prev.pos_ == "NOUN":
        return False  # "la fonction première": primary, not a rank
    if word.lower().endswith("s") and noun_phrase(ctx, m.end(), allow_nominal=False) is None:
        return False  # "l'une des premières à postuler": no ranked noun
    return True


def _word_ordinal_pattern(ctx: FigureContext) -> re.Pattern:
    """_WORD_ORDINAL, or its "premier"/"seconde" part alone when no word of the text can
    end in "-ième" (on the lower-cased text, which the case-insensitive pattern reads)."""
    if ctx.folded is not None and not any(piece in ctx.folded for piece in _IEME):
        return _PREMIER_OR_SECOND
    return _WORD_ORDINAL


def word_ordinals(ctx: FigureContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    for m in ctx.finditer(_word_ordinal_pattern(ctx)):
        word = m.group(1)
        low = word.lower()
        value = ordinal_word_value(word, lex.ordinal_irregular)
        if value is None:
            continue
        lead = _NUMBER_LEAD.search(ctx.text, max(0, m.start() - 40), m.start())
        if lead and not low.startswith(("premi", "second")):
            whole = ordinal_word_value(ctx.text[lead.start():m.end()], lex.ordinal_irregular)
            if whole is not None:  # "cent vingt-cinquième" is 125, not 100 and 25
                yield _with_unit(ctx, lead.start(), m.end(), "ordinal", whole)
                continue
        if low.startswith("premi") and not _premier_is_rank(ctx, m):
            continue
        if word[:1].isupper() and _names_a_place(ctx, m.end()) and not low.startswith("premi"):
            continue  # "le Troisième Reich", "la Seconde Guerre mondiale"
        if low.startswith("second"):
            before = ctx.text[max(0, m.start() - 8):m.start()].lower().split()
            if not before or before[-1] not in _DETERMINERS or word[:1].isupper():
                continue
            if before[-1] == "une" and noun_phrase(ctx, m.end()) is None:
                continue  # "une seconde": a second of time
        if low.endswith("ièmes") and low not in lex.ordinal_irregular:
            continue  # "deux tiers" is a fraction; plural -ièmes are denominators
        yield _with_unit(ctx, m.start(), m.end(), "ordinal", value)
    for word, value in lex.anniversaries.items():
        if word not in ctx.text:  # five scans for words most articles lack
            continue
        for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", ctx.text):
            if _ANNIVERSARY_DET.search(ctx.text[max(0, m.start() - 6):m.start()]):
                yield Candidate(m.start(), m.end(), "ordinal", value, "anniversaire",
                                core_start=m.start(), core_end=m.end())


def multiplicatives(ctx: FigureContext) -> Iterator[Candidate]:
    """ "quadruple vainqueur du Tour de France" → count 4, "double champion olympique" → 2."""
    lex = ctx.lexicon
    for m in ctx.finditer(lex.multiplicative_re, words=tuple(lex.multiplicatives)):
        phrase = noun_phrase(ctx, m.start(2), allow_nominal=True)
        end = phrase.end if phrase is not None else m.end()
        unit = phrase.text if phrase is not None else m.group(2)
        yield Candidate(m.start(), end, "count", lex.multiplicatives[m.group(1).lower()], unit,
                        core_start=m.start(), core_end=m.end(1))


def fractions(ctx: FigureContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    for m in ctx.finditer(lex.fraction_time_re, words=lex.fraction_time_words):
        key = " ".join(m.group(1).lower().split())
        value, unit = lex.fraction_time.get(key, (None, None))
        if value is not None:
            yield Candidate(m.start(), m.end(), "duration", clean_number(value), unit,
                            core_start=m.start(), core_end=m.end())
    for m in ctx.finditer(_FRACTION, words=_DENOMINATORS):
        num = m.group(1)
        numerator = int(num) if num.isdigit() else (1 if num.lower() in ("un", "une")
                                                    else parse_words(num))
        denominator = lex.fractions.get(m.group(2).lower())
        if numerator and denominator:
            yield _fraction(ctx, m.start(), m.end(), numerator / denominator)
    for m in ctx.finditer(_HALF, words=("moitié",)):
        yield _fraction(ctx, m.start(), m.end(), 0.5)
    for m in ctx.finditer(_ONE_IN, words=("sur",)):
        tok = ctx.token_after(m.start(2))
        d = m.group(3)
        denominator = int(d) if d.isdigit() else parse_words(d)
        # the parser reads "un étudiant international" as two adjectives after "un": a
        # determiner's word is the noun whatever its tag
        if tok is not None and (tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and tok.i > 0
                                and tok.doc[tok.i - 1].pos_ == "DET") and denominator:
            yield Candidate(m.start(), m.end(), "fraction", clean_number(1 / denominator),
                            m.group(2), core_start=m.start(), core_end=m.end())
    for m in ctx.finditer(_ONE_ON_ITS_OWN, words=("sur",)):
        d = m.group(2)
        denominator = int(d) if d.isdigit() else parse_words(d)
        if denominator and denominator > 1:  # "un sur trois a renoncé"
            yield Candidate(m.start(), m.end(), "fraction", clean_number(1 / denominator),
                            core_start=m.start(), core_end=m.end())
    for m in ctx.finditer(_ONE_ONLY, words=("seul",)):
        # "un seul point": "un" that counts (not "en une seule année", a duration idiom)
        if not ctx.lexicon.time_unit_re.match(ctx.text, m.end()):
            yield _with_unit(ctx, m.start(), m.end(), "count", 1)
    for m in ctx.finditer(_ONE_DURATION):
        unit = m.group(2)
        yield Candidate(m.start(1), m.end(), "duration", 1, unit, core_start=m.start(1),
                        core_end=m.end())


def _fraction(ctx: FigureContext, start: int, end: int, value: float) -> Candidate:
    """"la moitié des électeurs" → unit "électeurs"; "des deux tiers" → no unit."""
    unit = None
    m = re.match(r"\s+(?:de\s+|des\s+|du\s+|d['’]\s*)(?:la\s+|l['’]\s*|ses\s+|leurs?\s+)?",
                 ctx.text[end:])
    if m:
        phrase = noun_phrase(ctx, end + m.end(), allow_nominal=False)
        if phrase is not None:
            unit = phrase.head
    return Candidate(start, end, "fraction", clean_number(value), unit, core_start=start,
                     core_end=end)


def approximates(ctx: FigureContext) -> Iterator[Candidate]:
    """ "une dizaine de lycées" → count 10 about; "une quinzaine de jours" → duration; "une
    trentaine de kilomètres" → quantity; "une centaine de milliers" → 100 000; "une bonne
    dizaine", "la dizaine de délits"; "David, la trentaine," → age 30; "un quinquagénaire"
    → age 50."""
    lex = ctx.lexicon
    for m in ctx.finditer(lex.age_noun_re, words=lex.age_noun_words):
        yield Candidate(m.start(), m.end(), "age", lex.age_nouns[m.group(1).lower()], "ans",
                        "about", core_start=m.start(), core_end=m.end())
    for m in ctx.finditer(lex.approximate_re, words=lex.approximate_words):
        word = m.group(2).lower()
        value = lex.approximate[word]
        definite = m.group(1).split()[0].lower() not in ("un", "une")  # "la dizaine de délits"
        start = m.start(2) if definite else m.start()
        core_end = m.end(2)
        extra = dict(qualifier="about", core_start=start, core_end=core_end)
        if m.end() == core_end:  # no "de" after
            if definite and word in lex.approximate_ages:  # "David, la trentaine, travaille"
                yield Candidate(start, core_end, "age", value, "ans", **extra)
            else:
                yield Candidate(start, core_end, "count", value, **extra)
            continue
        after = m.end()
        scale = _SCALE.match(ctx.text, after)
        if scale:  # "une centaine de milliers d'étudiants"
            value *= lex.multipliers.get(scale.group(1).lower(), 1000)
            core_end, after = scale.end(1), scale.end()  # the "de" before is already read
            extra["core_end"] = core_end
            if after == core_end:
                yield Candidate(start, core_end, "count", value, **extra)
                continue
        unit_m = lex.time_unit_re.match(" " + ctx.text[after:after + 40])
        if unit_m:
            end = after + unit_m.end() - 1
            before = ctx.text[max(0, start - 12):start]
            kind = "age" if _AGED.search(before) else "duration"
            yield Candidate(start, end, kind, value, unit_m.group(2), **extra)
            continue
        unit_m = lex.measure_re.match(ctx.text, after)
        if unit_m:
            yield Candidate(start, unit_m.end(), "quantity", value, unit_m.group(1), **extra)
            continue
        unit_m = lex.currency_re.match(ctx.text, after)
        if unit_m and unit_m.group(1) and lex.currency_of(unit_m.group(1)):
            yield Candidate(start, unit_m.end(), "money", value, lex.currency_of(unit_m.group(1)),
                            **extra)
            continue
        phrase = noun_phrase(ctx, after, allow_nominal=True)
        if phrase is not None:
            yield Candidate(start, phrase.end, "count", value, phrase.text, **extra)
            continue
        yield Candidate(start, core_end, "count", value, **extra)
