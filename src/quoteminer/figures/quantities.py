"""Numbers and what they measure: counts, percents, money, quantities, durations, ages, years.

A regex pass over the text finds numbers in digits ("1 234,5", "100.000", "2,3 milliards")
and in words ("soixante-neuf", via text2num); the words after the number decide the kind
("%" percent, "euros" money, "km" quantity, "ans" duration or age, a noun: a count whose
unit is that noun phrase), the words before it the qualifier ("plus de", "jusqu'à").
The digits follow one grammar for French, Swiss, Belgian and Québec usage
(``numbers.DigitGrammar``: "50'000", "8\u2009000", "\u2212 5,7 %"); a sign or ISO code may
stand before an amount ("EUR29,99", "$10k"), cents may follow it ("15 dollars et 15
cents"); a number before a street word is an address ("12 rue de la Paix").
"""

from __future__ import annotations

import re
from typing import Iterator

from ..extensions import morph_values
from .candidates import Candidate, FigureContext
from .numbers import clean_number, parse_words
from .units import noun_phrase, partitive_noun

_MULTIPLIER_WORD = re.compile(r"\s+(millions?|milliards?)(?![\w])")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-zé]+)(?![\w])")
_MULTIPLIER_SIGN = re.compile(r"\s?(k|K|M|G|Mds?|Md|Mrd)(?=\s?[$€£])")
# "10k abonnés", "$10k": a glued thousands sign with no currency after it.
_THOUSANDS_SIGN = re.compile(r"[kK](?![^\W\d_])")
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
# The other numbers of a list sharing the unit: "âgés de 32, 34 et 78 ans", "Pascal Fauret, 59 et 58 ans,"
_LIST_BEFORE = r"(?:\d{1,3}\s*(?:,|et|à|ou)\s*)*"
_AGE_BEFORE = re.compile(r"(?:âgée?s?|agée?s?)\s+(?:de\s+|d['’])?(?:seulement\s+|à\s+peine\s+)?"
                         + _LIST_BEFORE + "$", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"[\w*»)][,(]\s*" + _LIST_BEFORE + "$")
_APPOSITION_AFTER = re.compile(r"\s*[,;:.)–—]")
_AGE_NOUN_BEFORE = re.compile(r"(?<![\w-])âge\s+(?:de\s+|d['’])$", re.IGNORECASE)
_NOT_AGE_BEFORE = re.compile(r"(?:\by\s+a(?:vait|ura)?|fait|depuis|pendant|durant|en|sur|dans)\s*$",
                             re.IGNORECASE)
# "15 dollars et 15 cents", "1 USD 23 cents", "13 euros et quarante-cinq centimes", "2 euros 50."
_CENTS = re.compile(
    r"(?:\s+et)?\s+(?P<n>\d{1,2}|[a-zé]+(?:-[a-zé]+)*)"
    r"(?:\s+(?P<cents>[a-zé]+)(?![\w])|(?=\s*[.,;:!?)»]))",
    re.IGNORECASE)
_HALF_AFTER = re.compile(r"\s+et\s+(demie?|quart)(?![\w-])", re.IGNORECASE)
# "deux fois plus élevée", "cinq fois moins": a factor, not a tally of occasions
_MULTIPLICATIVE = re.compile(r"\s+(?:plus|moins|supérieure?s?|inférieure?s?|mieux|pire)(?![\w])",
                             re.IGNORECASE)
_CLOCK_BEFORE = re.compile(
    r"(?<![\w-])(?:à|vers|dès|passé|passées|jusqu['’]à|avant)\s*$",
    re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s+(?:à\s+\d|du\s+matin|du\s+soir|de\s+l['’]après-midi|pile|précises?|GMT|"
                          r"heure\s+locale|heure\s+de\s+Paris)(?![\w])", re.IGNORECASE)
_ORDINAL_GOES_ON = re.compile(r"(?:-et-|-|\s+et\s+|\s+)[\w-]*?i[èe]mes?(?![\w-])", re.IGNORECASE)
# what makes a number after a name an amount all the same: "Matignon 10,3 milliards"
_MEASURED = re.compile(r"\s*(?:%|€|\$|£|millions?\b|milliards?\b)")
_CLOCK_DURATION = re.compile(r"(?<![\w:,.])(\d{1,3})\s?[hH]\s?(\d{2})(?![\w])")
_CLOCK_DURATION_NEEDLE = re.compile(r"\d\s?[hH]\s?\d\d")
_LENGTH_BEFORE = re.compile(r"(?:\bdur(?:é|ée|ait|era|e)|\bpendant|\bdurant|\bau\s+bout\s+de|\ben)"
                            r"(?:\s+(?:seulement|à\s+peine|plus\s+de|moins\s+de|près\s+de))?\s*$",
                            re.IGNORECASE)
_METRES_CM = re.compile(r"m(\d{2})(?![\w])")
# "un homme de 45 ans", "les hommes de 15 à 29 ans"
_DE_BEFORE = re.compile(r"\b(?:de|d['’])\s*" + _LIST_BEFORE + "$", re.IGNORECASE)


def clock_durations(ctx: FigureContext) -> Iterator[Candidate]:
    """ "L'échange a duré 6 h 30", "pendant 2h15", "en 2 h 05": hours and minutes that
    measure a length of time, not a time of day. Runs before the dates' time-of-day
    reading, and only after a word that asks for a length."""
    for m in ctx.finditer(_CLOCK_DURATION, needles=(_CLOCK_DURATION_NEEDLE,)):
        if not _LENGTH_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start()):
            continue
        hours, minutes = int(m.group(1)), int(m.group(2))
        if minutes < 60:
            yield Candidate(m.start(), m.end(), "duration", clean_number(hours + minutes / 60), "h",
                            core_start=m.start(), core_end=m.end())


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
    # "un Falcon 50", "Covid 19": a capitalised name, whatever tag the parser gave it
    return prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper() and not sentence_start


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
        if _AGE_NOUN_BEFORE.search(before):
            return True  # "à l'âge de 13 ans"
        unit_tok = ctx.token_at(unit_end - 1)
        heads = [unit_tok.head, unit_tok.head.head] if unit_tok is not None else []
        for h in heads:
            if _is_durative(lex, h):
                return False
            if is_person(lex, h):
                return True
        # nearest noun before "de" in the same sentence
        if prev is not None:
            for t in reversed(ctx.doc[max(prev.sent.start, prev.i - 8):prev.i]):
                if t.pos_ in ("NOUN", "PROPN") or t.lower_ in lex.person_nouns:  # "un jeune"
                    return not _is_durative(lex, t) and is_person(lex, t)
    return False


def _is_durative(lex, tok) -> bool:
    return tok.lemma_.lower() in lex.durative_nouns or tok.lower_ in lex.durative_nouns


def is_person(lex, tok) -> bool:
    """A noun that names a person: in the lexicon ("homme"), a name ("Meng"), a
    nationality ("un Français de 25 ans", "ce Franco-marocain de 28 ans"), or built with a
    suffix French uses for people ("informaticien", "humoriste", "délinquant", "religieuse")."""
    if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start):
        return True
    words = {tok.lemma_.lower(), tok.lower_, tok.lower_.rsplit("-", 1)[-1]}
    if words & lex.person_nouns:
        return True
    return tok.pos_ == "NOUN" and tok.lower_.endswith(lex.person_suffixes)


def _money_code(ctx: FigureContext, phrase: str) -> str | None:
    p = " ".join(phrase.split())
    if p.startswith("$"):
        if len(p) > 1:
            return ctx.lexicon.currency_of(p) or ctx.lexicon.dollar_sign["default"]
        return ctx.lexicon.dollar_sign["canadian" if ctx.canadian else "default"]
    return ctx.lexicon.currency_of(p)


def _number_cores(ctx: FigureContext) -> Iterator[tuple[int, int, float, bool]]:
    """(start, end, value, in_words) for every number in digits or in words."""
    grammar = ctx.lexicon.digits
    text = ctx.text
    for m in ctx.finditer(ctx.lexicon.digits_re):  # tried at the text's digits only
        start = grammar.sign_before(text, m.start())
        value = grammar.value(text[start:m.start()], m.group("num"))
        if value is not None:
            yield start, m.end(), value, False
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
        if _ORDINAL_GOES_ON.match(ctx.text, end):
            continue  # "vingt et unième", "cent vingt-cinquième": word_ordinals reads it whole
        if words[:1].isupper() and start > 0 and not _sentence_start(ctx, start):
            continue  # "les Vingt-Huit", "les Quinze": the member states, a name
        tok = ctx.token_at(start)
        # "un bâtiment neuf": neuf the adjective, after its noun
        if (words.lower() == "neuf" and tok is not None and tok.pos_ == "ADJ"
                and tok.head.i < tok.i):
            continue
        yield start, end, float(value), True


def _currency_prefix(ctx: FigureContext, start: int) -> tuple[str | None, int]:
    """(ISO code, start of the sign) for "EUR29,99", "USD 1,23", "$10k"; (None, start)."""
    m = ctx.lexicon.currency_prefix_re.search(ctx.text, max(0, start - 5), start)
    if not m:
        return None, start
    code = ctx.lexicon.currency_prefixes[m.group(1)]
    return (_money_code(ctx, code) if code == "$" else code), m.start(1)


def _money_tail(ctx: FigureContext, end: int) -> tuple[float, int]:
    """(cents as a fraction of the unit, end) for an amount in two parts: "15 dollars et
    15 cents", "1 USD 23 cents", "treize euros et quarante-cinq centimes", "2 euros 50."."""
    m = _CENTS.match(ctx.text, end)
    if not m:
        return 0.0, end
    word = m.group("cents")
    if word is not None and word.lower() not in ctx.lexicon.cents:
        return 0.0, end
    amount = m.group("n")
    value = int(amount) if amount.isdigit() else parse_words(amount)
    if value is None or not 0 < value < 100 or (word is None and not (amount.isdigit() and len(amount) == 2)):
        return 0.0, end
    return value / 100, m.end()


def _and_a_half(text: str, end: int) -> tuple[float, int]:
    """(0.5, end) for "deux ans et demi", "un centimètre et demi", "deux heures et demie";
    "une heure et quart" adds 0.25."""
    m = _HALF_AFTER.match(text, end)
    if not m:
        return 0.0, end
    return (0.5 if m.group(1).lower().startswith("demi") else 0.25), m.end()


def _in_idiom(ctx: FigureContext, start: int, end: int) -> bool:
    """A number inside a set phrase that counts nothing ("une France à deux vitesses").
    Looked up around each number, not over the whole text: idioms are many, numbers few."""
    lo = max(0, start - 30)
    for m in ctx.finditer_between(ctx.lexicon.count_idiom_re, lo, end + 40):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _sentence_start(ctx: FigureContext, start: int) -> bool:
    tok = ctx.token_at(start)
    return tok is None or tok.is_sent_start or (tok.i > 0 and (ctx.doc[tok.i - 1].is_punct
                                                              or ctx.doc[tok.i - 1].is_space))


def numbers(ctx: FigureContext) -> Iterator[Candidate]:
    text, lex = ctx.text, ctx.lexicon
    for m in ctx.finditer(lex.hyphen_unit_re, words=lex.hyphen_unit_words):
        value = parse_words(m.group(1).replace("-", " "))
        if value is not None:  # "un camion trois-tonnes": a unit glued by a hyphen
            yield Candidate(m.start(), m.end(), "quantity", value, m.group(2),
                            core_start=m.start(), core_end=m.end(1))
    for start, end, value, in_words in sorted(_number_cores(ctx)):
        if _in_idiom(ctx, start, end):
            continue  # "tombé entre deux chaises", "à deux pas de la gare"
        if lex.street_after_re.match(text, end):
            continue  # an address: "12 rue de la Paix", "le 36 Quai des Orfèvres"
        if _is_code(ctx, start) and not _MEASURED.match(text, end) and (
                in_words or text[start:end].isdigit()):  # "A Nice 2 500 lycéens": no code
            continue  # "route 132", "un Falcon 50"; not "selon Matignon 10,3 milliards d'euros"
        if _NAME_AFTER.match(text, end) and _NAME_AFTER.match(text, end).group(1).lower() in (
                lex.time_units | set(lex.multipliers)):
            continue  # "40 Millions d'automobilistes", "20 Minutes": names
        multiplier = 1
        m = _MULTIPLIER_WORD.match(text, end) or _MULTIPLIER_SIGN.match(text, end)
        if m and not in_words:
            multiplier = lex.multipliers.get(m.group(1)) or lex.multipliers[m.group(1).lower()]
            end = m.end()
        elif not in_words and (m := _THOUSANDS_SIGN.match(text, end)):
            multiplier, end = 1000, m.end()  # "10k abonnés", "$10k"
        prefix_code, prefix_start = (None, start) if in_words else _currency_prefix(ctx, start)
        qualifier, qual_start = qualifier_before(ctx, prefix_start)
        total = clean_number(value * multiplier)
        base = dict(core_start=start, core_end=end, qualifier=qualifier, multiplier=multiplier)
        signed = text[start] in lex.digits.minus_signs + lex.digits.plus_signs

        if (m := lex.percent_re.match(text, end)):
            yield Candidate(qual_start, m.end(), "percent", total, **base)
            continue
        if prefix_code is not None:
            m = lex.currency_re.match(text, end)  # "$10 US": a code after the sign wins
            code = (_money_code(ctx, m.group(1) or m.group(2)) if m else None) or prefix_code
            stop = m.end() if m and code else end
            cents, stop = _money_tail(ctx, stop)
            yield Candidate(qual_start, stop, "money", clean_number(total + cents), code, **base)
            continue
        if (m := lex.currency_re.match(text, end)):
            code = _money_code(ctx, m.group(1) or m.group(2))
            if code:
                half, stop = _and_a_half(text, m.end())
                cents, stop = _money_tail(ctx, stop) if not half else (half, stop)
                yield Candidate(qual_start, stop, "money", clean_number(total + cents), code, **base)
                continue
        if (m := lex.time_unit_re.match(text, end)):
            unit = m.group(2)
            half, stop = _and_a_half(text, m.end())
            kind = "age" if _is_age(ctx, start, qual_start, m.end(), unit) else "duration"
            if kind == "duration" and _is_time_of_day(ctx, qual_start, start, value, unit, m.end()):
                yield Candidate(qual_start, m.end(), "time", f"{int(value):02d}:00", **base)
                continue
            yield Candidate(qual_start, stop, kind, clean_number(total + half), unit, **base)
            continue
        if not in_words and (m := _METRES_CM.match(text, end)):
            # "mesurant 1m75": metres and centimetres in one
            yield Candidate(qual_start, m.end(), "quantity", clean_number(total + int(m.group(1)) / 100),
                            "m", **base)
            continue
        if (m := lex.measure_re.match(text, end)):
            has_de = bool(re.match(r"\s*(?:de\s|d['’])", text[end:]))
            if not has_de or multiplier > 1:
                half, stop = _and_a_half(text, m.end())
                yield Candidate(qual_start, stop, "quantity", clean_number(total + half),
                                m.group(1), **base)
                continue
        # "en 1953", "en mil neuf cent vingt"
        is_year = (multiplier == 1 and (in_words or re.fullmatch(r"\d{4}", text[start:end]))
                   and 1800 <= value <= 2100 and qualifier is None)
        after = end
        if multiplier > 1 or (in_words and total >= 1000000):
            dm = re.match(r"\s*(?:de\s+|d['’])", text[end:])
            if dm:
                after = end + dm.end()
        phrase = noun_phrase(ctx, after)
        if is_year and _YEAR_CUE.search(text[max(0, start - 20):start]) and not _counts_plural(ctx, phrase):
            yield Candidate(start, end, "year", total)
            continue
        if phrase is not None and not (is_year and phrase.head[:1].isupper()):
            if signed and phrase.head.lower() in lex.signed_measures:
                # "(- 2 points)": a signed change of a score or a rate is a quantity
                yield Candidate(qual_start, phrase.end, "quantity", total, phrase.head, **base)
                continue
            factor = phrase.head.lower() == "fois" and _MULTIPLICATIVE.match(text, phrase.end)
            kind = "quantity" if factor else "count"
            yield Candidate(qual_start, phrase.end, kind, total, phrase.text, **base)
            continue
        if is_year:
            yield Candidate(start, end, "year", total)
            continue
        yield Candidate(qual_start, end, "count", total, partitive_noun(ctx, end), bare=True,
                        **base)


def _counts_plural(ctx: FigureContext, phrase) -> bool:
    """ "pour 2034 opérations de blocage": a four-digit number before a plural common noun
    counts it, whatever the cue before ("pour", "de") suggests."""
    if phrase is None or not phrase.head[:1].islower():
        return False
    tok = ctx.token_after(phrase.start)
    return tok is not None and tok.pos_ == "NOUN" and "Plur" in morph_values(tok, "Number")


def _is_time_of_day(ctx: FigureContext, qual_start: int, start: int, value: float, unit: str,
                    end: int) -> bool:
    """ "à 20 heures", "vers 21 heures", "passé 16 heures", "de 21 heures à 6 heures": an hour
    of the clock, not a length of time ("pendant 20 heures", "20 heures de garde à vue")."""
    if unit.lower() not in ("heures", "heure", "h") or not 0 <= value <= 24 or value != int(value):
        return False
    if re.match(r"\s*(?:de\s|d['’]|du\s|des\s)(?!matin|soir)", ctx.text[end:]):
        return False  # "à 24 heures du vote": how long before it; "8 heures du soir" is a time
    before = ctx.text[max(0, start - 20):start]
    if _CLOCK_BEFORE.search(before):
        return True
    return bool(_CLOCK_AFTER.match(ctx.text, end))
