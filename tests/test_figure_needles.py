"""Scan shortcuts of the figure detectors: same matches as a plain finditer, less work."""

from __future__ import annotations

import re

import pytest

from quoteminer.figures import dates, ordinals, quantities
from quoteminer.figures.lexicon import load_lexicon
from quoteminer.figures.needles import (UNFOLDABLE, after_lookbehind, caseless_twin, fold,
                                        required_pieces, scan)

LEX = load_lexicon()

# (pattern, words, needles) exactly as the detectors pass them to FigureContext.finditer.
GATED = [
    ("fraction_time", LEX.fraction_time_re, LEX.fraction_time_words, ()),
    ("approximate", LEX.approximate_re, LEX.approximate_words, ()),
    ("fraction", ordinals._FRACTION, ordinals._DENOMINATORS, ()),
    ("half", ordinals._HALF, ("moitié",), ()),
    ("one_in", ordinals._ONE_IN, ("sur",), ()),
    ("one_only", ordinals._ONE_ONLY, ("seul",), ()),
    ("digit_ordinal", ordinals._DIGIT_ORDINAL, (), (ordinals._DIGIT_ORDINAL_NEEDLE,)),
    ("non_figures", quantities._NON_FIGURES, (), quantities._NON_FIGURE_NEEDLES),
    *((f"dates.{name}", dates._patterns()[name], dates._words().get(name, ()),
       dates._NEEDLES.get(name, ())) for name in dates._patterns()),
]
CASELESS = [LEX.number_words_re, ordinals._WORD_ORDINAL, ordinals._ONE_DURATION,
            *(p for _, p, _, _ in GATED)]

# Sentences where each gated pattern matches (press style, capitals included).
SENTENCES = [
    "Il a attendu une Demi-heure, puis un quart d’heure de plus.",
    "Une dizaine de lycées et une QUINZAINE de jours.",
    "Les deux tiers des électeurs, trois quarts des sondés, 2 cinquièmes.",
    "La moitié des Français, un Français sur deux, un seul point.",
    "Le 70e anniversaire, la 17ème journée, le 1er mai, le XXe siècle.",
    "Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89 : score 1-1, ouvert 24/7.",
    "Publié le 05.02.2023 à 14h24. Mardi 27 avril 2021, en septembre 2017, hier, "
    "Avant-hier et la semaine dernière, vers 18h, à 00H40.",
    "Depuis une semaine, pendant un an, Vingt-Trois mille personnes, la septième fois.",
]


def corpus(seed_gold, dev_gold) -> list[str]:
    texts = [seed_gold["text"], *(g["text"] for g in dev_gold), *SENTENCES]
    return texts + [p for t in texts for p in t.split("\n")]


@pytest.mark.parametrize("name,pattern,words,needles", GATED, ids=[g[0] for g in GATED])
def test_gate_holds_inside_every_match(name, pattern, words, needles, seed_gold, dev_gold):
    for text in corpus(seed_gold, dev_gold):
        for m in pattern.finditer(text):
            if words:
                assert any(w in m.group().lower() for w in words), (name, m)
            if needles:
                assert any(n.search(text, m.start(), m.end()) for n in needles), (name, m)


@pytest.mark.parametrize("name,pattern,words,needles", GATED, ids=[g[0] for g in GATED])
def test_gated_pattern_matches_a_sentence(name, pattern, words, needles):
    assert any(pattern.search(s) for s in SENTENCES), name


def test_caseless_twins_find_the_same_spans(seed_gold, dev_gold):
    for pattern in CASELESS:
        twin = caseless_twin(pattern)
        if twin is None:
            continue
        for text in corpus(seed_gold, dev_gold):
            folded = fold(text)
            assert [m.span() for m in twin.finditer(folded)] == [
                m.span() for m in pattern.finditer(text)], pattern.pattern[:60]


def test_the_costly_patterns_have_twins():
    for pattern in (LEX.number_words_re, ordinals._WORD_ORDINAL, dates._patterns()["day_month"]):
        assert caseless_twin(pattern) is not None


@pytest.mark.parametrize("source,flags,eligible", [
    (r"(?<![\w-])moitié(?![\w])", re.I, True),
    (r"(?P<hh>\d{1,2})\s?[hH]", re.I, True),
    (r"Moitié", re.I, False),            # a capital of its own: no match on lowered text
    (r"(?i:moitié) des", 0, False),      # not case-insensitive as a whole
    (r"moitié(?-i:X)", re.I, False),
])
def test_caseless_twin_eligibility(source, flags, eligible):
    assert (caseless_twin(re.compile(source, flags)) is not None) is eligible


@pytest.mark.parametrize("char", list(UNFOLDABLE))
def test_unfoldable_text_is_not_folded(char):
    assert fold(f"Le pr{char}x") is None


def test_lowering_agrees_with_ignorecase_for_the_pattern_letters():
    # re.IGNORECASE matches a character to a letter of the twins iff its lower case is
    # that letter, and \w, \s, \d (isalnum or _, isspace, isdecimal) do not change on it.
    letters = sorted({c.lower() for p in CASELESS if caseless_twin(p) is not None
                      for c in re.sub(r"\\.|\(\?P<\w+>", "", p.pattern) if c.isalpha()})
    any_letter = re.compile("[" + re.escape("".join(letters)) + "]", re.I)
    for cp in range(0x110000):
        char = chr(cp)
        if char in UNFOLDABLE:
            continue
        lowered = char.lower()
        assert (char.isalnum() or char == "_") == (lowered.isalnum() or lowered == "_"), cp
        assert char.isspace() == lowered.isspace() and char.isdecimal() == lowered.isdecimal()
        if any_letter.fullmatch(char):
            assert [x for x in letters if re.fullmatch(re.escape(x), char, re.I)] == [lowered]


def test_required_pieces_are_in_every_spelling():
    phrases = ["quart d'heure", "trois quarts d’heure", "demi-heure"]
    pieces = required_pieces(phrases)
    for phrase in phrases:
        assert any(piece in phrase for piece in pieces)


# Patterns that open with a lookbehind, as the detectors hand them to FigureContext.finditer
# (on the lower-cased text for a caseless one).
LOOKBEHIND_LED = [twin if (twin := caseless_twin(p)) is not None else p
                  for p in (*CASELESS, *dates._patterns().values())]


def test_after_lookbehind_is_taken_where_re_can_skip_ahead():
    rest = after_lookbehind(re.compile(r"(?<![\w-])(?:cent|mille)\s+ans"))
    assert rest is not None and rest.pattern == r"(?:cent|mille)\s+ans"
    assert after_lookbehind(re.compile(r"(?<![\w-])[a-z]*ans")) is None       # may start anywhere
    assert after_lookbehind(re.compile(r"(?<!\d)(?:x)?")) is None              # may match empty
    assert after_lookbehind(re.compile(r"(?<![\w-])(?i:cent|mille)")) is None  # caseless letters
    assert after_lookbehind(re.compile(r"cent(?<![\w-]cent)")) is None         # no leading one
    assert any(after_lookbehind(p) is not None for p in LOOKBEHIND_LED)


@pytest.mark.parametrize("text", [
    "Deux cents personnes, pourcentage en hausse, cent-cinquante ans, mille et une nuits.",
    "Le pourcent-cent cent",
    "cent",
])
def test_scan_finds_what_finditer_finds_on_sentences(text):
    pattern = re.compile(r"(?<![\w-])(?:cent|mille)(?:s)?(?![\w])")
    rest = after_lookbehind(pattern)
    assert [m.span() for m in scan(pattern, rest, text)] == \
        [m.span() for m in pattern.finditer(text)] != []


def test_scan_finds_what_finditer_finds_for_every_detector(seed_gold, dev_gold):
    texts = corpus(seed_gold, dev_gold)
    for pattern in LOOKBEHIND_LED:
        rest = after_lookbehind(pattern)
        if rest is None:
            continue
        for text in texts:
            folded = text.lower()
            assert [(m.span(), m.groups()) for m in scan(pattern, rest, folded)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(folded)], pattern.pattern
