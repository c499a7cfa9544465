"""The figure finder's words, read once from ``models/figures/*.json`` and compiled.

Everything a linguist may want to extend (units, currencies, qualifiers, approximate
numerals, words that make a number a name) lives in those files; this module only turns
them into regular expressions and lookup tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_json
from .needles import required_pieces
from .numbers import DigitGrammar


def _alternation(phrases, *, flexible_space: bool = True) -> str:
    """A regex alternation of ``phrases``, longest first, with ' matching ' and ’."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        p = re.sub("['’]", "\x00", re.escape(phrase)).replace("\x00", "['’]")
        if flexible_space:
            p = p.replace(r"\ ", r"\s+")
        parts.append(p)
    return "|".join(parts)


@dataclass(frozen=True)
class FigureLexicon:
    number_words: frozenset[str]
    multipliers: dict[str, int]
    approximate: dict[str, int]
    age_nouns: dict[str, int]           # "un quinquagénaire": age 50, about
    approximate_ages: frozenset[str]    # "David, la trentaine,": age 30, about
    fractions: dict[str, int]
    half_nouns: dict[str, float]
    ordinal_irregular: dict[str, int]
    anniversaries: dict[str, int]
    currencies: dict[str, str]
    dollar_sign: dict[str, str]
    canada_cues: tuple[str, ...]
    time_units: frozenset[str]
    one_duration_units: frozenset[str]  # "un an", "une semaine": a duration of 1
    one_duration_idioms: tuple[str, ...]
    fraction_time: dict[str, tuple[float, str]]
    qualifiers: dict[str, str]          # lower-cased phrase → qualifier
    person_nouns: frozenset[str]
    person_suffixes: tuple[str, ...]
    durative_nouns: frozenset[str]
    age_verbs: frozenset[str]
    code_prefixes: frozenset[str]
    ordinal_name_nouns: frozenset[str]  # "le XIXe arrondissement": a place's name
    multiplicatives: dict[str, int]     # "quadruple vainqueur" → 4
    premier_titles: frozenset[str]
    ordinal_noun_idioms: frozenset[str]
    habitual_weekday: tuple[str, ...]
    digits: DigitGrammar
    currency_prefixes: dict[str, str]   # "EUR29,99", "$10k": sign or code before the amount
    cents: frozenset[str]
    signed_measures: frozenset[str]     # "(- 2 points)": a change, kind quantity
    # compiled patterns
    digits_re: re.Pattern               # a number in digits, group "num" (sign: digits.sign_before)
    currency_prefix_re: re.Pattern      # searched on the few characters before a number
    number_words_re: re.Pattern
    percent_re: re.Pattern
    currency_re: re.Pattern
    measure_re: re.Pattern
    time_unit_re: re.Pattern
    qualifier_re: re.Pattern
    fraction_time_re: re.Pattern
    approximate_re: re.Pattern
    age_noun_re: re.Pattern
    street_after_re: re.Pattern         # "12 rue", "63 et 65 rue", "36 Quai": an address
    rank_noun_re: re.Pattern            # "tome 2", "saison III": groups noun, number
    multiplicative_re: re.Pattern       # "quadruple vainqueur": groups word, noun
    count_idiom_re: re.Pattern          # "entre deux chaises": no figure
    hyphen_unit_re: re.Pattern          # "un camion trois-tonnes": groups number, unit
    hyphen_unit_words: tuple[str, ...]
    # a word every match of the pattern holds, to skip texts without one (needles.py)
    fraction_time_words: tuple[str, ...]
    approximate_words: tuple[str, ...]
    age_noun_words: tuple[str, ...]
    rank_noun_words: tuple[str, ...]

    def qualifier_of(self, phrase: str) -> str | None:
        key = " ".join(phrase.lower().replace("’", "'").split())
        return self.qualifiers.get(key)

    def currency_of(self, phrase: str) -> str | None:
        key = " ".join(phrase.replace("’", "'").split())
        return (self.currencies.get(key) or self.currencies.get(key.lower())
                or self.currencies.get(key.replace(" ", "")))


@lru_cache(maxsize=1)
def load_lexicon() -> FigureLexicon:
    numerals = read_json("figures/numerals.json")
    money = read_json("figures/currencies.json")
    units = read_json("figures/units.json")
    quals = read_json("figures/qualifiers.json")
    context = read_json("figures/context.json")

    words = [w for w in numerals["number_words"]]
    word_alt = _alternation(words, flexible_space=False)
    # A cardinal in words: number words joined by hyphens, spaces or " et "
    # ("vingt et un", "quatre-vingt-dix", "deux cents", "trois mille").
    number_words_re = re.compile(
        rf"(?<![\w-])(?:{word_alt})(?:(?:-et-|-|\s+et\s+|\s+)(?:{word_alt}))*(?![\w-])",
        re.IGNORECASE)
    qualifiers = {}
    for kind, phrases in quals.items():
        if isinstance(phrases, list):
            for p in phrases:
                qualifiers[" ".join(p.lower().replace("’", "'").split())] = kind
    qualifier_re = re.compile(rf"(?<![\w-])({_alternation(qualifiers)})\s*$", re.IGNORECASE)
    currencies = dict(money["words"])
    currency_words = [c for c in currencies if c[0].isalpha()]
    currency_re = re.compile(
        rf"(?:\s*(?:de\s+|d['’]))?\s*({_alternation(currency_words)})(?![\w])"
        rf"|\s?(\$\s?(?:US|CAN|CA)(?![\w])|\$|€|£)")
    percent_re = re.compile(rf"\s?({_alternation(units['percent'])})(?![\w])")
    measure_re = re.compile(rf"(?:\s*(?:de\s+|d['’]))?\s?({_alternation(units['measures'])})(?![\w/²³])")
    time_unit_re = re.compile(
        rf"\s+(?:({_alternation(units['time_adjectives'])})\s+)?({_alternation(units['time'])})(?![\w-])")
    digits = DigitGrammar.from_data(numerals["digits"])
    # What may be glued to digits: a unit ("250ml", "7,62mm"), a thousands "k" ("10k"), a
    # million or billion sign only before a currency ("1,5M€"; "3M" alone is a name).
    glued = "|".join([_alternation(units["measures"]), _alternation(units["glued_multipliers"]),
                      rf"(?:{_alternation(units['glued_multipliers_before_currency'])})(?=\s?[$€£])"])
    prefixes = dict(money["prefixes"])
    digits_re = re.compile(digits.pattern(glued, tuple(prefixes)))
    currency_prefix_re = re.compile(
        rf"(?<![\w$€£])({_alternation(prefixes, flexible_space=False)})[ \u00a0\u202f]?$")
    fraction_time = {k: (float(v[0]), v[1]) for k, v in units["fraction_time"].items()}
    fraction_time_re = re.compile(rf"(?<![\w-])({_alternation(fraction_time)})(?![\w-])",
                                  re.IGNORECASE)
    approximate_re = re.compile(
        rf"(?<![\w-])({_alternation(numerals['approximate_determiners'])})\s+"
        rf"({_alternation(numerals['approximate'])})(?![\w])"
        rf"(?:\s+(?:de\s+|d['’]))?", re.IGNORECASE)
    return FigureLexicon(
        number_words=frozenset(w.lower() for w in words),
        multipliers=dict(numerals["multipliers"]),
        approximate=dict(numerals["approximate"]),
        age_nouns=dict(numerals["age_nouns"]),
        approximate_ages=frozenset(numerals["approximate_ages"]),
        fractions=dict(numerals["fractions"]),
        half_nouns=dict(numerals["half_nouns"]),
        ordinal_irregular=dict(numerals["ordinal_irregular"]),
        anniversaries=dict(numerals["anniversaries"]),
        currencies=currencies,
        dollar_sign=dict(money["dollar_sign"]),
        canada_cues=tuple(money["canada_cues"]),
        time_units=frozenset(units["time"]),
        one_duration_units=frozenset(units["one_duration_units"]),
        one_duration_idioms=tuple(units["one_duration_idioms"]),
        fraction_time=fraction_time,
        qualifiers=qualifiers,
        person_nouns=frozenset(context["person_nouns"]),
        person_suffixes=tuple(context["person_suffixes"]),
        durative_nouns=frozenset(context["durative_nouns"]),
        age_verbs=frozenset(context["age_verbs"]),
        code_prefixes=frozenset(context["code_prefixes"]),
        ordinal_name_nouns=frozenset(context["ordinal_name_nouns"]),
        multiplicatives=dict(numerals["multiplicatives"]),
        premier_titles=frozenset(context["premier_titles"]),
        ordinal_noun_idioms=frozenset(context["ordinal_noun_idioms"]),
        habitual_weekday=tuple(context["habitual_weekday"]),
        digits=digits,
        currency_prefixes=prefixes,
        cents=frozenset(money["cents"]),
        signed_measures=frozenset(units["signed_measures"]),
        digits_re=digits_re,
        currency_prefix_re=currency_prefix_re,
        number_words_re=number_words_re,
        percent_re=percent_re,
        currency_re=currency_re,
        measure_re=measure_re,
        time_unit_re=time_unit_re,
        qualifier_re=qualifier_re,
        fraction_time_re=fraction_time_re,
        approximate_re=approximate_re,
        street_after_re=re.compile(
            r"(?:\s*(?:bis|ter))?(?:\s*(?:,|et|à|-)\s*\d{1,4}(?:\s*(?:bis|ter))?)*\s+"
            rf"(?:{_alternation(context['street_words'])})(?![\w])", re.IGNORECASE),
        rank_noun_re=re.compile(
            rf"(?<![\w-])((?i:{_alternation(context['rank_nouns'])}))\s+([IVXLC]+|\d{{1,3}})(?![\w])"),
        # lower-cased ("les deux France"), which IGNORECASE matches alike, so that it has a
        # caseless twin (needles.caseless_twin) for the lower-cased text
        count_idiom_re=re.compile(
            rf"(?<![\w-])(?:{_alternation(p.lower() for p in context['count_idioms'])})(?![\w-])",
            re.IGNORECASE),
        hyphen_unit_re=re.compile(
            rf"(?<![\w-])((?:{word_alt})(?:-(?:{word_alt}))*)-"
            rf"({_alternation(units['hyphen_units'])})(?![\w-])",
            re.IGNORECASE),
        hyphen_unit_words=tuple(sorted({"-" + u.lower() for u in units["hyphen_units"]})),
        multiplicative_re=re.compile(
            rf"(?<![\w-])({_alternation(numerals['multiplicatives'])})\s+"
            rf"({_alternation(numerals['multiplicative_nouns'])})(?![\w])", re.IGNORECASE),
        age_noun_re=re.compile(rf"(?<![\w-])({_alternation(numerals['age_nouns'])})s?(?![\w-])",
                               re.IGNORECASE),
        fraction_time_words=required_pieces(fraction_time),
        approximate_words=required_pieces(numerals["approximate"]),
        age_noun_words=("génaire", "tenaire"),  # "quinquagénaire", "trentenaire"
        rank_noun_words=required_pieces(context["rank_nouns"]),
    )
