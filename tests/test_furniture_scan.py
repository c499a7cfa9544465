"""Furniture scanning shortcuts: line starts only, prefilters; same matches as finditer."""

from __future__ import annotations

import pytest

from quoteminer.furniture.patterns import (agencies, compile_pattern, furniture_patterns,
                                           header_patterns, line_anchored, prefilters, read_tsv,
                                           scan)

ALL_PATTERNS = furniture_patterns() + header_patterns()

# Real lines each prefiltered pattern must find (from the comments of the data files).
PREFILTERED = [
    ("photo_credit", "Des manifestants à Nairobi, le 3 février. REUTERS/THOMAS MUKOYA"),
    ("photo_credit", "Le président à l'Elysée, mardi. Francois Mori / AP\nLa suite."),
    ("heading_rule", "Services tarifés ----------------\nLe texte reprend."),
    ("agency_credit_end", "Il a rendu ses conclusions sur cette affaire. (ats/nxp)"),
    ("read_also_inline", "Lire également: Des «gilets jaunes» résolus à continuer Il est barman"),
    ("stamp_numeric", "05.02.2023 à 14h24 replay time00:41\nWASHINGTON, 03 fév. -- Les"),
    ("stamp_numeric", "Publié le 03/02/2023 à 10:15"),
    ("stamp_named", "Publié le 3 février 2023 à 14h05"),
    ("stamp_named", "Mis à jour le 5 févr. 2023 à 9h"),
    ("stamp_named", "1er mars 2019 à 10h30\nLe texte."),
]


def corpus_texts(seed_gold, dev_gold) -> list[str]:
    texts = [seed_gold["text"], *(g["text"] for g in dev_gold)]
    return texts + [p for t in texts for p in t.split("\n")] + [t for _, t in PREFILTERED]


@pytest.mark.parametrize("name,text", PREFILTERED)
def test_prefiltered_pattern_finds_the_example(name, text):
    pattern = next(p for p in ALL_PATTERNS if p.name == name)
    assert pattern.prefilter is not None
    assert list(pattern.regex.finditer(text))
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in pattern.regex.finditer(text)]


@pytest.mark.parametrize("spelling", [s for a in agencies() for s in a.spellings])
def test_photo_credit_prefilter_holds_for_every_agency(spelling):
    # The prefilter wants a capital after the slash: "Francois Mori / AP", any agency.
    pattern = next(p for p in furniture_patterns() if p.name == "photo_credit")
    text = f"Le président à l'Elysée, mardi. Francois Mori / {spelling}"
    matches = list(pattern.regex.finditer(text))
    assert matches
    assert all(pattern.prefilter.search(text, m.start(), m.end()) for m in matches)


def test_prefilters_hold_inside_every_match(seed_gold, dev_gold):
    for text in corpus_texts(seed_gold, dev_gold):
        for pattern in ALL_PATTERNS:
            if pattern.prefilter is None:
                continue
            for m in pattern.regex.finditer(text):
                assert pattern.prefilter.search(text, m.start(), m.end()), (pattern.name, m)


def test_scan_gives_the_matches_of_finditer(seed_gold, dev_gold):
    for text in corpus_texts(seed_gold, dev_gold):
        for pattern in ALL_PATTERNS:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in pattern.regex.finditer(text)], pattern.name


def test_line_patterns_are_tried_at_line_starts_only():
    anchored = {p.name for p in ALL_PATTERNS if line_anchored(p.regex)}
    assert {"nav_line", "read_also_line", "dateline_caps"} <= anchored
    # "stamp_numeric" starts with a group whose second branch may begin mid-line.
    assert not anchored & {"stamp_numeric", "photo_credit", "read_also_inline"}


@pytest.mark.parametrize("source,anchored", [
    (r"^<<H>>*\(FIN\)<<H>>*$", True),
    (r"^(?:Lire|Voir)<<H>>+aussi", True),
    (r"^[|/]<<H>>*Accueil", True),
    (r"^[]|]<<H>>*Accueil", True),
    (r"^\|<<H>>*Accueil", True),
    (r"^Accueil|Menu", False),
    (r"(?:^|<<H>>)Accueil", False),
    (r"<<H>>-{5,}<<H>>*$", False),
])
def test_line_anchored(source, anchored):
    assert line_anchored(compile_pattern(source)) is anchored


def test_a_mid_line_alternative_is_still_found():
    pattern = compile_pattern(r"^Accueil|Menu")
    text = "Le texte. Menu du jour\nAccueil"
    found = [m.group() for m in scan(pattern, text)]
    assert found == [m.group() for m in pattern.finditer(text)] and "Menu" in found


def test_every_prefilter_names_a_pattern():
    names = {p.name for p in ALL_PATTERNS}
    assert set(prefilters()) <= names
    assert len(read_tsv("furniture/prefilters.tsv")) == len(prefilters())
