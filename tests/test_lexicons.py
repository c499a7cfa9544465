"""The lexicons in models/ are data a linguist edits: each family is pinned here."""

from __future__ import annotations

import pytest

from quoteminer.attribution.lexicon import guess_infinitives, lexicon
from quoteminer.calendar import month_number, relative_day_offset, weekday_number
from quoteminer.resources import read_json, read_lines, read_tsv


def test_reporting_verbs_are_at_least_80_infinitives():
    verbs = read_lines("attribution/reporting_verbs.txt")
    assert len(set(verbs)) >= 80
    for verb in verbs:
        assert verb.split()[-1].endswith(("er", "ir", "re", "oir")), verb


@pytest.mark.parametrize("lemma", ["déclarer", "dire", "ajouter", "affirmer", "estimer",
                                   "souligner", "préciser", "expliquer", "indiquer", "dénoncer"])
def test_core_reporting_verbs_are_there(lemma):
    assert lexicon().is_reporting_lemma(lemma)


@pytest.mark.parametrize("form, lemma", [("fustige", "fustiger"), ("relate", "relater"),
                                         ("martelé", "marteler"), ("dit", "dire"),
                                         ("conclut", "conclure")])
def test_infinitive_guessed_from_a_form(form, lemma):
    assert lemma in guess_infinitives(form)


def test_pronominal_reporting_verbs_report_only_when_reflexive(miner):
    # "s'insurge X" reports speech; "X défend un client" does not
    quoted = miner("«C'est inacceptable», s'insurge Jean Dupont.")
    assert quoted.speaker(quoted.quotes[0]).name == "Jean Dupont"
    lex = lexicon()
    assert "insurger" in lex.pronominal_reporting_verbs - lex.reporting_verbs
    assert "dire" in lex.pronominal_reporting_verbs & lex.reporting_verbs


def test_roles_table_is_well_formed():
    rows = read_tsv("attribution/roles.tsv")
    assert len(rows) >= 100
    nouns = [r[0] for r in rows]
    assert len(nouns) == len(set(nouns)), "a noun is listed twice"
    for noun, gender, kind in rows:
        assert gender in ("m", "f", "-") and kind in ("PERSON", "ORG", "GROUP"), noun


@pytest.mark.parametrize("noun, gender, kind", [("ministre", None, "PERSON"),
                                                ("avocate", "f", "PERSON"),
                                                ("procureur", "m", "PERSON"),
                                                ("parquet", "m", "ORG"),
                                                ("marins-pompiers", "m", "PERSON")])
def test_role_lookup(noun, gender, kind):
    role = lexicon().role(noun)
    assert role is not None and role.gender == gender and role.kind == kind


def test_speaker_words():
    words = read_json("attribution/speaker_words.json")
    assert words["titles"]["Mme"] == "f" and words["titles"]["M."] == "m"
    assert {"il", "elle", "ils", "elles"} <= words["subject_pronouns"].keys()
    assert lexicon().clitic_pronoun.match("-t-il") and lexicon().clitic_pronoun.match("-elle")


def test_quote_mark_families():
    families = {f["name"]: f for f in read_json("quote_marks.json")["families"]}
    assert families["guillemets"]["open"] == ["«"] and families["guillemets"]["close"] == ["»"]
    assert families["straight"]["symmetric"] == ['"']


@pytest.mark.parametrize("word, month", [("fév.", 2), ("février", 2), ("sept.", 9), ("Août", 8)])
def test_months(word, month):
    assert month_number(word) == month


def test_weekdays_and_relative_days():
    assert weekday_number("vendredi") == 4 and relative_day_offset("hier") == -1


def test_offence_context_words():
    words = read_lines("attribution/offence_context.txt")
    assert {"plainte", "enquête", "condamné"} <= set(words)
