"""French numbers to values: digits in French formats and number words.

Pure functions, no spaCy: "1 234,5" → 1234.5, "100.000" → 100000, "2,3" with "milliards"
→ 2300000000, "soixante-neuf" → 69 (via text2num), "septième" → 7, "XXe" → 20.
"""

from __future__ import annotations

import re

from text_to_num import text2num

# Thousands separators French text uses between groups of three digits: plain space,
# no-break space, narrow no-break space, and the dot ("100.000 habitants").
_GROUP_SEPARATORS = " \u00a0\u202f."
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def clean_number(value: float) -> int | float:
    """An int when the value is whole (69, not 69.0), so JSON output reads naturally."""
    rounded = round(value)
    if abs(value - rounded) < 1e-9:
        return int(rounded)
    return round(value, 10)


def parse_digits(text: str) -> float | None:
    """The value of a number written in digits, French style.

    "1 234,5" → 1234.5 (comma decimal); "100.000" → 100000 and "1.234.567" → 1234567
    (dot between groups of three digits is a thousands separator); "4.5" → 4.5 (a lone
    dot followed by other than three digits is an English decimal point).
    """
    s = text.strip()
    if not s or not s[0].isdigit():
        return None
    if "," in s:
        whole, _, decimals = s.partition(",")
    else:
        whole, decimals = s, ""
    parts = re.split(r"[ \u00a0\u202f.]", whole)
    if len(parts) > 1:
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            whole = "".join(parts)
        elif len(parts) == 2 and "." in whole and not decimals:
            whole, decimals = parts
        else:
            return None
    if not whole.isdigit() or (decimals and not decimals.isdigit()):
        return None
    return float(f"{whole}.{decimals}" if decimals else whole)


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
