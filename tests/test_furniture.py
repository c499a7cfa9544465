"""Page furniture: patterns as data, real furniture lines, and the spans kept off quotes/figures."""

from __future__ import annotations

import re

import pytest

from quoteminer.furniture.patterns import compile_pattern, furniture_patterns, read_tsv
from quoteminer.furniture.spans import covered, furniture_spans

BODY = "Le ministre a déclaré vendredi que les alliés restaient unis."


def spans_text(text: str) -> list[str]:
    return [text[s.start:s.end] for s in furniture_spans(text)]


# (text, the furniture span expected in it); lines from the corpus pages and variants.
FURNITURE = [
    ("Go to Contents Go to Navigation\n\n" + BODY, "Go to Contents Go to Navigation"),
    ("Aller au contenu\n" + BODY, "Aller au contenu"),
    ("Notre site utilise des cookies et d'autres techniques pour offrir une meilleure "
     "qualité de service. En continuant à visiter le site, vous acceptez l'usage de ces "
     "techniques et notre politique. Voir en détail\n\n" + BODY,
     "Notre site utilise des cookies et d'autres techniques pour offrir une meilleure "
     "qualité de service. En continuant à visiter le site, vous acceptez l'usage de ces "
     "techniques et notre politique. Voir en détail"),
    ("This website uses cookies to improve your experience.\n" + BODY,
     "This website uses cookies to improve your experience."),
    ("Vidéos\n\n" + BODY, "Vidéos"),
    ("Regarder la prochaine\n\n" + BODY, "Regarder la prochaine"),
    (BODY + "\n\nLes vidéos les plus vues\nAccueil Haut de page", "Les vidéos les plus vues"),
    (BODY + "\n\nLes vidéos les plus vues\nAccueil Haut de page", "Accueil Haut de page"),
    (BODY + "\nPublicité\n" + BODY, "Publicité"),
    (BODY + "\nPartager | Tweeter | Imprimer\n", "Partager | Tweeter | Imprimer"),
    ("05.02.2023 à 14h24 replay time00:41\n", "replay time00:41"),
    (BODY + "\n\n(FIN)\n", "(FIN)"),
    (BODY + "\n\n(Yonhap)\n\n(FIN)", "(Yonhap)"),
    (BODY + "\n» LIRE AUSSI - «Gilets jaunes»: notre live de dimanche \n" + BODY,
     "» LIRE AUSSI - «Gilets jaunes»: notre live de dimanche"),
    (BODY + "\nLire aussi : Les «gilets jaunes» bloquent Paris\n" + BODY,
     "Lire aussi : Les «gilets jaunes» bloquent Paris"),
    (BODY + "\nLire aussi\n" + BODY, "Lire aussi"),
    ("«On demande aux gens de klaxonner», explique Sergio. Lire également: Des «gilets "
     "jaunes» résolus à continuer Il est barman à Thonon.",
     "Lire également: Des «gilets jaunes» résolus à continuer"),
    ("nous sommes des gens respectueux de l’environnement.» Lire également: Les «gilets "
     "jaunes», routes bloquées et parole libérée * Prénoms d’emprunt",
     "Lire également: Les «gilets jaunes», routes bloquées et parole libérée"),
    ("{width=\"648\"} Les parents d'élèves du collège ont bloqué l'établissement.",
     "{width=\"648\"}"),
    (BODY + "\n{width=\"199\" height=\"300\"}\n", "{width=\"199\" height=\"300\"}"),
    ("[Photo Yonhap] " + BODY, "[Photo Yonhap]"),
    (BODY + "\n![Le ministre](photo.jpg)\n", "![Le ministre](photo.jpg)"),
    (BODY + "\n\xa0\xa0\xa0\xa0©\xa02019\xa0AFP", "©\xa02019\xa0AFP"),
    (BODY + "\nPartager sur Facebook\n", "Partager sur Facebook"),
    (BODY + "\nAbonnez-vous à notre newsletter\n", "Abonnez-vous à notre newsletter"),
    (BODY + "\n«Gilets jaunes»: une manifestante tuée en Savoie après avoir été renversée "
     "par une voiture - Regarder sur Figaro Live\n" + BODY, "- Regarder sur Figaro Live"),
    ("mais aussi pour la paix, dans l'enquête sur cette affaire. (ats/nxp)", "(ats/nxp)"),
    ("Le Figaro avec AFP\n" + BODY, "Le Figaro avec AFP"),
    ("Par Les Echos\n" + BODY, "Par Les Echos"),
    (BODY + "\nJulia Pascual", "Julia Pascual"),
    (BODY + "\n\xa0\xa0 RABAH KARECHE", "RABAH KARECHE"),
    ("SOCIETE Face à la multiplication d'incidents, parents et enseignants entament une "
     "nouvelle journée de grève ce lundi...", "SOCIETE"),
    ("Politique Mardi, Donald Trump a publié une série de tweets virulents.", "Politique"),
    ("La police antiémeute procède à des arrestations à Bujumbura. REUTERS/THOMAS MUKOYA\n"
     + BODY, "REUTERS/THOMAS MUKOYA"),
    ("Services tarifés ----------------\n" + BODY, "----------------"),
]


@pytest.mark.parametrize("text,expected", FURNITURE)
def test_furniture_line_is_found(text, expected):
    assert expected in spans_text(text)


# Body text that looks a little like furniture and must stay body.
NOT_FURNITURE = [
    # A report about cookies, not a consent banner (fr-003).
    "À l’époque, la FTC avait estimé que Google indiquait à tort aux utilisateurs du "
    "navigateur internet Safari d’Apple qu’il n’utiliserait pas de «cookies» pour suivre "
    "leur usage d’internet.",
    "Par ailleurs, le ministre a annoncé une hausse de 3% du budget.",
    "Par la force des choses, le gouvernement a reculé.",
    "Société Générale a annoncé mardi la suppression de 1 600 postes.",
    "WASHINGTON, 03 fév. -- Les Etats-Unis restent déterminés à défendre la Corée du Sud.",
    "05.02.2023 à 14h24",
    "«\xa0Nullité du témoignage\xa0»",
    "Vidéos et photos ont été saisies par les enquêteurs.",
    "Le militant a été interpellé, a constaté un journaliste de Reuters.",
    "Il faut lire aussi les rapports de la Cour des comptes, a-t-il ajouté.",
    "16/01/2019 07:33:07\xa0-\xa0\n\xa0\xa0\xa0\xa0Marseille (AFP)\xa0-\xa0",
]


@pytest.mark.parametrize("text", NOT_FURNITURE)
def test_body_is_not_furniture(text):
    assert furniture_spans(text + "\n" + BODY) == []


def test_video_title_stays_body():
    """The title of an embedded video often quotes someone ("Emmanuel Rivière : « Il faut
    une reconnaissance … » - Regarder sur Figaro Live"): only the player's link is furniture."""
    text = (BODY + "\nMarc Lenoir : « Nous tiendrons jusqu'au bout » - Regarder sur Figaro "
            "Live \n" + BODY)
    [span] = furniture_spans(text)
    assert text[span.start:span.end] == "- Regarder sur Figaro Live"
    assert text[:span.start].endswith("« Nous tiendrons jusqu'au bout » ")


def test_inline_read_also_stops_before_the_next_sentence():
    text = ("explique Sergio. Lire également: Des «gilets jaunes» résolus à continuer Il est "
            "barman à Thonon.")
    [span] = furniture_spans(text)
    assert text[span.end:].startswith(" Il est barman")


def test_spans_index_the_text_exactly_and_are_disjoint():
    text = ("\n\xa0Vidéos \n" + BODY + "\n» LIRE AUSSI - «Gilets jaunes»: notre live\n"
            "(Yonhap)\n(FIN)\n")
    spans = furniture_spans(text)
    assert [s.to_dict(text)["text"] for s in spans] == [
        "Vidéos", "» LIRE AUSSI - «Gilets jaunes»: notre live", "(Yonhap)", "(FIN)"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(text[s.start:s.end] == s.to_dict(text)["text"] for s in spans)


def test_seed_furniture(seed_gold):
    text = seed_gold["text"]
    found = spans_text(text)
    for expected in ["Go to Contents Go to Navigation", "Vidéos", "replay time00:41",
                     "Regarder la prochaine", "(FIN)", "Les vidéos les plus vues",
                     "Accueil Haut de page", "(Yonhap)"]:
        assert expected in found
    assert any(s.startswith("Notre site utilise des cookies") and s.endswith("Voir en détail")
               for s in found)
    spans = furniture_spans(text)
    for body in ["Les Etats-Unis déterminés à utiliser toutes leurs capacités",
                 "05.02.2023 à 14h24", "WASHINGTON, 03 fév. --"]:
        at = text.index(body)
        assert not any(s.start < at + len(body) and at < s.end for s in spans), body


def _occurrences(text: str, surface: str, item: dict) -> list[int]:
    if "start" in item:
        return [item["start"]]
    return [m.start() for m in re.finditer(re.escape(surface), text)]


def test_no_gold_quote_or_figure_in_furniture(seed_gold, dev_gold):
    """Every gold quote and figure of the corpus has an occurrence outside the furniture."""
    clashes = []
    for article in [seed_gold, *dev_gold]:
        text = article["text"]
        spans = furniture_spans(text)
        items = [(q["text"], q) for q in article["quotes"]]
        items += [(f["surface"], f) for f in article["figures"]]
        for surface, item in items:
            starts = _occurrences(text, surface, item)
            assert starts, (article["id"], surface)
            if all(any(s.start < o + len(surface) and o < s.end for s in spans)
                   for o in starts):
                clashes.append((article["id"], surface))
    assert clashes == []


def test_corpus_has_furniture(dev_gold):
    # The test above would pass with no furniture at all; the scraped pages have some.
    assert sum(1 for a in dev_gold if furniture_spans(a["text"])) >= 10


def test_covered_ignores_spaces():
    text = "  (FIN)  \nsuite"
    spans = furniture_spans(text)
    assert covered(text, 0, 9, spans)
    assert not covered(text, 0, len(text), spans)


# --- the data files ------------------------------------------------------------------

def test_every_pattern_row_has_name_flags_pattern_comment():
    rows = read_tsv("furniture/patterns.tsv")
    assert len(rows) == len(furniture_patterns())
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))
    for row in rows:
        assert len(row) == 4 and row[1] in {"i", "-"} and row[3], row[0]


def test_unknown_macro_is_an_error():
    with pytest.raises(ValueError, match="NOPE"):
        compile_pattern(r"^<<NOPE>>$")


# --- in the pipeline -------------------------------------------------------------------

def test_pipeline_keeps_link_titles_out_of_quotes(miner):
    text = ("Samedi, ils étaient plus de 287.000 à se mobiliser.\n"
            "» LIRE AUSSI - «Gilets jaunes»: notre live de dimanche \n"
            "«C'est injuste», a déclaré sa fille.")
    article = miner(text)
    assert [q.text for q in article.quotes if "Gilets" in q.text] == []
    assert [m.text for m in article.metadata.furniture] == [
        "» LIRE AUSSI - «Gilets jaunes»: notre live de dimanche"]


# --- any mix of lines --------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

LINES = [t for t, _ in FURNITURE] + NOT_FURNITURE + [BODY, "", "\xa0", "«Oui», a-t-il dit."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=8), st.sampled_from(["\n", "\n\n", " "]))
def test_spans_are_exact_disjoint_and_visible(lines, sep):
    text = sep.join(lines)
    spans = furniture_spans(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)
