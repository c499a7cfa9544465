"""French numbers to values: digits in French formats and number words.

Pure functions, no spaCy: "1 234,5" → 1234.5, "100.000" → 100000, "50'000" → 50000,
"2,3" with "milliards" → 2300000000, "soixante-neuf" → 69 and "mil neuf cent vingt" → 1920
(via text2num), "septième" → 7, "XXe" → 20. The digit grammar's separators and signs are
data (``models/figures/numerals.json``, "digits").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import math

from text_to_num import text2num

from ..resources import read_json

# More whole digits than any amount in the news (15: a thousand trillion) make an
# identifier, a phone or account number, or a page of digits; a float of 400 digits is
# infinite, and rounding it raised OverflowError.
MAX_WHOLE_DIGITS = 15

_SIGN_SPACES = " \u00a0\u202f\u2009"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def clean_number(value: float) -> int | float:
    """An int when the value is whole (69, not 69.0), so JSON output reads naturally."""
    if not math.isfinite(value):
        return value
    rounded = round(value)
    if abs(value - rounded) < 1e-9:
        return int(rounded)
    return round(value, 10)


@dataclass(frozen=True)
class DigitGrammar:
    """How French-language texts write a number in digits (``numerals.json``, "digits").

    Groups of three digits after the first are set off by a space of any width ("8 000",
    "8\u202f000", "8\u2009000"), by an apostrophe in Switzerland ("50'000") or by a point
    ("100.000"); every separator of one number is the same, and a group after the first has
    exactly three digits, so "le 20 02 2014" never glues into 20 022 014. The decimal mark is
    a comma ("4,5") or an English point ("4.5"). A sign kept on a change ("-30 %",
    "\u2212 5,7 %", "(- 2 points)") makes the value negative.
    """

    group_separators: str
    decimal_marks: str
    minus_signs: str
    plus_signs: str

    @classmethod
    def from_data(cls, data: dict) -> DigitGrammar:
        return cls(*("".join(data[k]) for k in ("group_separators", "decimal_marks",
                                               "minus_signs", "plus_signs")))

    def pattern(self, glued_suffix: str = "", glued_prefixes: tuple[str, ...] = ()) -> str:
        """The regex of an unsigned number, its group ``num`` (``sign_before`` reads the sign).

        ``glued_suffix`` is an alternation of what may follow the digits with no space
        ("250ml", "10k$"); any other letter there makes the digits part of a word or code
        ("A380", "3E"). ``glued_prefixes``: codes of three capitals that may stand right
        before the digits ("EUR29,99"). The pattern starts with a digit test, so that re
        skips the other characters of the text at once.
        """
        seps = re.escape(self.group_separators)
        marks = re.escape(self.decimal_marks)  # after one digit run: "4,5", "4.5"
        num = (rf"(?P<num>\d{{1,3}}(?P<sep>[{seps}])\d{{3}}(?!\d)(?:(?P=sep)\d{{3}}(?!\d))*"
               r"(?:,\d+|\.\d+)?"
               rf"|\d+(?:[{marks}]\d+)?)")
        letter = r"[^\W\d_]"
        after = rf"(?!(?!(?:{glued_suffix})(?!{letter})){letter})" if glued_suffix else rf"(?!{letter})"
        start = r"(?<![\w.,/:°])"
        codes = [c for c in glued_prefixes if re.fullmatch("[A-Z]{3}", c)]
        if codes:
            start = rf"(?:{start}|(?<=\b(?:{'|'.join(codes)})))"
        return rf"(?=\d){start}(?<![^\W\d_]-){num}{after}(?![.,]\d)"

    def sign_before(self, text: str, start: int) -> int:
        """Where the sign of the number at ``start`` begins, or ``start`` when it has none.

        A sign counts when it cannot be a hyphen inside a word ("Mirage 2000-5", "1950-60"):
        glued to the digits at a word start ("-30 %", "+12 %"), the mathematical minus with
        or without a space ("\u2212 5,7 %"), or a sign and a space right after a bracket
        ("(- 2 points)", "(+ 3 points)").
        """
        signs = self.minus_signs + self.plus_signs
        before = text[max(0, start - 3):start]
        if before and before[-1] in signs:  # glued: "-30 %", not "2000-5"
            prev = before[-2:-1]
            if not prev or not (prev.isalnum() or prev in ".,/:°)]%_" or prev in signs):
                return start - 1
        if len(before) >= 2 and before[-1] in _SIGN_SPACES and before[-2] in signs:
            # spaced: "(- 2 points)", "\u2212 5,7 %"; not a dash between words ("Paris - 3 morts")
            prev = before[-3:-2]
            if prev == "(" or (before[-2] not in "-+" and not (prev.isalnum() or prev in signs)):
                return start - 2
        return start

    def value(self, sign: str | None, num: str) -> float | None:
        """The value of a number the pattern matched: "1 234,5" → 1234.5, "-30" → -30."""
        value = self.parse(num)
        if value is None:
            return None
        return -value if sign and sign.strip() in self.minus_signs else value

    def parse(self, text: str) -> float | None:
        """The value of unsigned digits, French style.

        "1 234,5" → 1234.5 (comma decimal); "100.000" → 100000 and "1.234.567" → 1234567
        (a point between groups of three digits separates thousands); "4.5" → 4.5 (a lone
        point followed by other than three digits is an English decimal point); "50'000"
        → 50000; "12 34" → None (a group of two digits is no thousands group).
        """
        s = text.strip()
        if not s or not s[0].isdigit():
            return None
        m = re.fullmatch(rf"(\d{{1,3}})([{re.escape(self.group_separators)}])(\d{{3}}(?:\2\d{{3}})*)"
                         rf"(?:,(\d+)|\.(\d+))?", s)
        if m and not (m.group(2) == "." and m.group(5)):
            whole = m.group(1) + m.group(3).replace(m.group(2), "")
            decimals = m.group(4) or m.group(5) or ""
        else:
            m = re.fullmatch(r"(\d+)(?:[,.](\d+))?", s)
            if not m:
                return None
            whole, decimals = m.group(1), m.group(2) or ""
        if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
            return None  # "1234567890" ten thousand times: an identifier, not a figure
        return float(f"{whole}.{decimals}" if decimals else whole)


@lru_cache(maxsize=1)
def default_grammar() -> DigitGrammar:
    return DigitGrammar.from_data(read_json("figures/numerals.json")["digits"])


def parse_digits(text: str) -> float | None:
    """The value of a number written in digits, French style (see ``DigitGrammar.parse``)."""
    return default_grammar().parse(text)


def parse_words(text: str) -> int | None:
    """The value of a cardinal spelt in French words, or None if it is not one.

    text2num validates the sequence ("vingt et un" → 21, "deux cents" → 200, "trois
    mille" → 3000) and rejects a run of unrelated numbers ("deux trois" → None).
    """
    words = " ".join(text.replace("\u2019", "'").split())
    try:
        return int(text2num(words.lower(), "fr"))
    except (ValueError, AssertionError, KeyError, IndexError):
        return None


def ordinal_word_value(word: str, irregular: dict[str, int]) -> int | None:
    """"septième" → 7, "vingt-quatrième" → 24, "vingt et unième" → 21, "première" → 1.

    French builds ordinals as cardinal + "ième", dropping a final e (quatre → quatrième)
    and respelling cinq → cinquième, neuf → neuvième; the stem is turned back into its
    cardinal and valued by text2num.
    """
    w = word.lower().replace("\u2019", "'")
    if w in irregular:
        return irregular[w]
    m = re.fullmatch(r"(.+?)i[èe]mes?", w)
    if not m:
        return None
    stem = m.group(1)
    if stem.endswith("un"):  # vingt et unième
        candidates = [stem]
    elif stem.endswith("cinqu"):
        candidates = [stem[:-1]]
    elif stem.endswith("neuv"):
        candidates = [stem[:-1] + "f"]
    else:
        candidates = [stem + "e", stem]
    for candidate in candidates:
        value = parse_words(candidate)
        if value is not None:
            return value
    return None


def roman_value(numeral: str) -> int | None:
    """"XXI" → 21; None when the letters are not a well-formed roman numeral."""
    total, previous = 0, 0
    for letter in reversed(numeral.upper()):
        value = _ROMAN.get(letter)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total if total > 0 and to_roman(total) == numeral.upper() else None


def to_roman(number: int) -> str:
    pairs = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in pairs:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
