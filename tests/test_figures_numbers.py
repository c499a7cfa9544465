"""Numbers the way French-language news writes them (issue 12, part A).

Each table is one family of written forms: digit grouping and signs (French, Swiss,
Belgian and Québec usage), approximate amounts, compound values, money, units glued to the
number, number words and ordinals, and numbers that belong to names. A row is a sentence
written for this test, the figure's surface and the record GUIDELINES.md asks for.
"""

from __future__ import annotations

import pytest

from quoteminer.figures.finder import find_figures
from quoteminer.figures.lexicon import load_lexicon
from quoteminer.figures.numbers import default_grammar, parse_digits, parse_words


@pytest.fixture(scope="module")
def nlp(miner):
    return miner.nlp


def figures_of(nlp, text):
    figs = find_figures(nlp(text), load_lexicon(), {"date": None, "published": None})
    for f in figs:
        assert text[f.start:f.end] == f.text
    return figs


def check(nlp, sentence, surface, kind, value, unit, qualifier):
    figs = figures_of(nlp, sentence)
    start = sentence.find(surface)
    assert start >= 0, surface
    hits = [f for f in figs if f.start == start and f.end == start + len(surface)]
    assert hits, [(f.text, f.kind, f.value) for f in figs]
    f = hits[0]
    assert f.kind == kind
    if isinstance(value, str):
        assert f.value == value
    else:
        assert f.value == pytest.approx(value)
    if unit is not None:
        assert f.unit == unit
    assert f.qualifier == qualifier


# --- digit grouping and signs -------------------------------------------------------

GROUPING = [
    ("Samedi, près de 50'000 personnes ont défilé à Genève.", "près de 50'000 personnes", "count", 50000, "personnes", "about"),
    ("Le canton compte 84’000 frontaliers.", "84’000 frontaliers", "count", 84000, "frontaliers", None),
    ("La commune a versé 1'250'000 francs suisses à la fondation.", "1'250'000 francs suisses", "money", 1250000, "CHF", None),
    ("Il touche 8\u2009000 euros par mois.", "8\u2009000 euros", "money", 8000, "EUR", None),
    ("La ville compte 12\u202f500 habitants.", "12\u202f500 habitants", "count", 12500, "habitants", None),
    ("Quelque 3\u00a0200 policiers seront mobilisés.", "Quelque 3\u00a0200 policiers", "count", 3200, "policiers", "about"),
    ("Le club a vendu 100.000 billets en une semaine.", "100.000 billets", "count", 100000, "billets", None),
    ("L'Etat a dépensé 1.234.567 euros pour ce chantier.", "1.234.567 euros", "money", 1234567, "EUR", None),
    ("Le projet a coûté 2 345 678,50 euros.", "2 345 678,50 euros", "money", 2345678.5, "EUR", None),
    ("Le tunnel mesure 4.5 kilomètres.", "4.5 kilomètres", "quantity", 4.5, "kilomètres", None),
    ("Le taux est de 4,5 % cette année.", "4,5 %", "percent", 4.5, None, None),
    ("Le PIB a reculé de − 5,7 % au deuxième trimestre.", "− 5,7 %", "percent", -5.7, None, None),
    ("Les soldes affichent -30 % sur les manteaux.", "-30 %", "percent", -30, None, None),
    ("La température est descendue à −12 degrés.", "−12 degrés", "quantity", -12, "degrés", None),
    ("Sa cote tombe à 23 % (- 2 points) selon l'institut.", "- 2 points", "quantity", -2, "points", None),
    ("Le candidat gagne du terrain (+ 3 points) en un mois.", "+ 3 points", "quantity", 3, "points", None),
    ("Les ventes ont progressé de +12 % en décembre.", "+12 %", "percent", 12, None, None),
    ("La facture atteint 1\u00a0234,56 euros.", "1\u00a0234,56 euros", "money", 1234.56, "EUR", None),
    ("Le stade peut accueillir 45 000 spectateurs.", "45 000 spectateurs", "count", 45000, "spectateurs", None),
    ("A Nice 2 500 lycéens ont manifesté.", "2 500 lycéens", "count", 2500, "lycéens", None),
    ("La Belgique a recensé 2.500 cas en une journée.", "2.500 cas", "count", 2500, "cas", None),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", GROUPING)
def test_grouping_and_signs(nlp, sentence, surface, kind, value, unit, qualifier):
    check(nlp, sentence, surface, kind, value, unit, qualifier)


# A group after the first has exactly three digits, the first one to three: these are
# dates or lists, never one grouped number.
NOT_GLUED = [
    ("Le contrat a été signé le 20 02 2014 à Genève.", ("2002", "20022014", "2201")),
    ("Le jugement est tombé le 24 12 2014.", ("12201", "2412")),
    ("Les numéros 12 34 et 56 ont été tirés.", ("1234",)),
    ("Il a marqué en 2019 100 points.", ("2019100",)),
]


@pytest.mark.parametrize("sentence,bad_values", NOT_GLUED)
def test_groups_are_three_digits(nlp, sentence, bad_values):
    values = {str(f.value) for f in figures_of(nlp, sentence)}
    assert not values & set(bad_values)


@pytest.mark.parametrize("text,value", [
    ("50'000", 50000), ("50’000", 50000), ("8\u2009000", 8000), ("1\u202f234,5", 1234.5),
    ("100.000", 100000), ("1.234,50", 1234.5), ("4.5", 4.5), ("4,5", 4.5), ("12 34", None),
    ("1 2345", None), ("1 234 56", None), ("1'234.5", 1234.5)])
def test_parse_digits_grammar(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text,signed", [
    ("soldes à -30 %", "-30"), ("recul de \u2212 5,7 %", "\u2212 5,7"), ("(- 2 points)", "- 2"),
    ("(+ 3 points)", "+ 3"), ("Mirage 2000-5", "5"), ("Paris - 3 morts", "3"), ("1950-60", "60")])
def test_sign_before(text, signed):
    digits = signed.lstrip("-+\u2212 ")
    start = text.rindex(digits)
    assert text[default_grammar().sign_before(text, start):start + len(digits)] == signed


@pytest.mark.parametrize("sign,num,value", [
    ("-", "30", -30), ("\u2212 ", "5,7", -5.7), ("+", "3", 3), (None, "8 000", 8000)])
def test_signed_value(sign, num, value):
    assert default_grammar().value(sign, num) == pytest.approx(value)


# --- approximate amounts ------------------------------------------------------------

APPROXIMATE = [
    ("Une quinzaine de manifestants bloquaient le rond-point.", "Une quinzaine de manifestants", "count", 15, "manifestants", "about"),
    ("Il a suivi une demi-douzaine de séances de kiné.", "une demi-douzaine de séances", "count", 6, None, "about"),
    ("Une douzaine de policiers étaient sur place.", "Une douzaine de policiers", "count", 12, "policiers", "about"),
    ("Ils étaient une bonne dizaine à attendre devant la mairie.", "une bonne dizaine", "count", 10, None, "about"),
    ("La juge a énuméré la dizaine de délits reprochés au prévenu.", "dizaine de délits", "count", 10, "délits", "about"),
    ("« On n'en peut plus », soupire Karim, la trentaine, chauffeur de bus.", "trentaine", "age", 30, "ans", "about"),
    ("Un quinquagénaire a été interpellé à son domicile.", "quinquagénaire", "age", 50, "ans", "about"),
    ("Le septuagénaire comparaissait libre.", "septuagénaire", "age", 70, "ans", "about"),
    ("Une octogénaire a été retrouvée saine et sauve.", "octogénaire", "age", 80, "ans", "about"),
    ("Le village est à une trentaine de kilomètres de Lyon.", "une trentaine de kilomètres", "quantity", 30, "kilomètres", "about"),
    ("Les pluies les plus fortes depuis une dizaine d'années.", "une dizaine d'années", "duration", 10, "années", "about"),
    ("Il est resté en garde à vue une vingtaine d'heures.", "une vingtaine d'heures", "duration", 20, "heures", "about"),
    ("La victime, âgée d'une quarantaine d'années, est décédée.", "une quarantaine d'années", "age", 40, "années", "about"),
    ("Une centaine de milliers d'étudiants sont concernés.", "Une centaine de milliers d'étudiants", "count", 100000, None, "about"),
    ("Les réparations coûteront une centaine de milliers d'euros.", "une centaine de milliers d'euros", "money", 100000, "EUR", "about"),
    ("Un millier de personnes ont signé la pétition.", "Un millier de personnes", "count", 1000, "personnes", "about"),
    ("Le chantier durera une quinzaine de jours.", "une quinzaine de jours", "duration", 15, "jours", "about"),
    ("Une cinquantaine de mètres séparent les deux maisons.", "Une cinquantaine de mètres", "quantity", 50, "mètres", "about"),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", APPROXIMATE)
def test_approximate_amounts(nlp, sentence, surface, kind, value, unit, qualifier):
    check(nlp, sentence, surface, kind, value, unit, qualifier)


# --- compound values -----------------------------------------------------------------

COMPOUND = [
    ("La fissure mesure un centimètre et demi.", "un centimètre et demi", "quantity", 1.5, "centimètre", None),
    ("Les négociations ont duré un an et demi.", "un an et demi", "duration", 1.5, "an", None),
    ("Il vit au RSA depuis deux ans et demi.", "deux ans et demi", "duration", 2.5, "ans", None),
    ("Le concert a duré deux heures et demie.", "deux heures et demie", "duration", 2.5, "heures", None),
    ("Au bout d'une heure et quart, il est sorti.", "une heure et quart", "duration", 1.25, "heure", None),
    ("Après une heure vingt de débat, la séance a été levée.", "une heure vingt", "duration", 4 / 3, "heure", None),
    ("Le colis pèse trois kilos et demi.", "trois kilos et demi", "quantity", 3.5, "kilos", None),
    ("Le vote a eu lieu un an après la catastrophe.", "un an", "duration", 1, "an", None),
    ("Les résultats sont tombés une heure plus tôt.", "une heure", "duration", 1, "heure", None),
    ("Le navire dérive depuis plus d'une semaine.", "plus d'une semaine", "duration", 1, "semaine", "more_than"),
    ("Il a purgé un mois de prison ferme.", "un mois", "duration", 1, "mois", None),
    ("Deux hommes et une femme ont été placés en garde à vue.", "une femme", "count", 1, "femme", None),
    ("L'explosion a fait un mort et trois blessés.", "un mort", "count", 1, "mort", None),
    ("Un autre suspect a été arrêté dimanche.", "Un autre suspect", "count", 1, "suspect", None),
    ("Une espèce de papillons sur cinq est menacée.", "Une espèce de papillons sur cinq", "fraction", 0.2, None, None),
    ("Un salarié sur trois se dit épuisé.", "Un salarié sur trois", "fraction", 1 / 3, None, None),
    ("Un sur trois a renoncé à partir.", "Un sur trois", "fraction", 1 / 3, None, None),
    ("Les insectes disparaissent deux fois plus vite que les oiseaux.", "deux fois", "quantity", 2, "fois", None),
    ("L'audience a duré 6 h 30 sans interruption.", "6 h 30", "duration", 6.5, "h", None),
    ("Il a bouclé le marathon en 2h15.", "2h15", "duration", 2.25, "h", None),
    ("La permanence est ouverte de 10 à 12 heures.", "10", "time", "10:00", None, None),
    ("Le rendez-vous est fixé à 20 heures devant la gare.", "20 heures", "time", "20:00", None, None),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", COMPOUND)
def test_compound_values(nlp, sentence, surface, kind, value, unit, qualifier):
    check(nlp, sentence, surface, kind, value, unit, qualifier)


# --- money ---------------------------------------------------------------------------

MONEY = [
    ("Le ticket coûte 15 dollars et 15 cents.", "15 dollars et 15 cents", "money", 15.15, "USD", None),
    ("Le gobelet est vendu 1 USD 23 cents.", "1 USD 23 cents", "money", 1.23, "USD", None),
    ("Le menu revient à treize euros et quarante-cinq centimes.", "treize euros et quarante-cinq centimes", "money", 13.45, "EUR", None),
    ("Le café est passé à 2 euros 50.", "2 euros 50", "money", 2.5, "EUR", None),
    ("Il a récolté $10k en deux jours.", "$10k", "money", 10000, "USD", None),
    ("La start-up a levé 10K$ auprès de ses proches.", "10K$", "money", 10000, "USD", None),
    ("Le jeu est affiché à EUR29,99 sur le site.", "EUR29,99", "money", 29.99, "EUR", None),
    ("Le titre a clôturé à USD1,23 vendredi.", "USD1,23", "money", 1.23, "USD", None),
    ("Le budget atteint 1,5M€ cette année.", "1,5M€", "money", 1500000, "EUR", None),
    ("Le loyer est de 950 CHF par mois.", "950 CHF", "money", 950, "CHF", None),
    ("La rénovation coûtera 2,3 milliards de dollars.", "2,3 milliards de dollars", "money", 2300000000, "USD", None),
    ("Le billet coûte 8 000 wons à Séoul.", "8 000 wons", "money", 8000, "KRW", None),
    ("Elle gagne moins de 1\u2009200 euros par mois.", "moins de 1\u2009200 euros", "money", 1200, "EUR", "less_than"),
    ("Le prix grimpe à £ 45 le billet.", "£ 45", "money", 45, "GBP", None),
    ("La hausse atteint 100 euros (151 CAN$) par mois.", "151 CAN$", "money", 151, "CAD", None),
    ("Selon Bercy 10,3 milliards d'euros seront dégagés.", "10,3 milliards d'euros", "money", 10300000000, "EUR", None),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", MONEY)
def test_money(nlp, sentence, surface, kind, value, unit, qualifier):
    check(nlp, sentence, surface, kind, value, unit, qualifier)


# --- units glued to the number -------------------------------------------------------

GLUED = [
    ("Versez 250ml de lait dans la casserole.", "250ml", "quantity", 250, "ml", None),
    ("Il a couru 3km avant de s'effondrer.", "3km", "quantity", 3, "km", None),
    ("Les balles de 7,62mm ont été retrouvées.", "7,62mm", "quantity", 7.62, "mm", None),
    ("Le verre de 25cl coûte trois euros.", "25cl", "quantity", 25, "cl", None),
    ("La bête pesait 450kg.", "450kg", "quantity", 450, "kg", None),
    ("Un camion trois-tonnes s'est renversé.", "trois-tonnes", "quantity", 3, "tonnes", None),
    ("Le compte a dépassé 10k abonnés.", "10k abonnés", "count", 10000, "abonnés", None),
    ("Le suspect mesure 1m75 selon la police.", "1m75", "quantity", 1.75, "m", None),
    ("Il roulait à 130km/h sur l'autoroute.", "130km/h", "quantity", 130, "km/h", None),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", GLUED)
def test_glued_units(nlp, sentence, surface, kind, value, unit, qualifier):
    check(nlp, sentence, surface, kind, value, unit, qualifier)


# --- number words and ordinals -------------------------------------------------------

WORDS = [
    ("C'est le vingt et unième jour de grève.", "vingt et unième jour de grève", "ordinal", 21, None, None),
    ("La cent vingt-cinquième édition s'ouvre lundi.", "cent vingt-cinquième édition", "ordinal", 125, None, None),
    ("Elle fête sa trente-deuxième victoire.", "trente-deuxième victoire", "ordinal", 32, None, None),
    ("Le bâtiment date de mil neuf cent vingt.", "mil neuf cent vingt", "year", 1920, None, None),
    ("C'est sa 1ere victoire en Coupe du monde.", "1ere victoire", "ordinal", 1, None, None),
    ("Il prend la 2nde place du classement.", "2nde place", "ordinal", 2, None, None),
    ("Il termine 3ème de la course.", "3ème", "ordinal", 3, None, None),
    ("Le quadruple vainqueur du Tour a pris le départ.", "quadruple vainqueur", "count", 4, None, None),
    ("La double championne olympique a annoncé sa retraite.", "double championne olympique", "count", 2, None, None),
    ("Le tome 2 paraîtra en mars.", "tome 2", "ordinal", 2, "tome", None),
    ("La saison 3 sera diffusée à l'automne.", "saison 3", "ordinal", 3, "saison", None),
    ("Soixante-neuf missiles ont été tirés.", "Soixante-neuf missiles", "count", 69, "missiles", None),
    ("Quatre-vingt-dix élèves ont été évacués.", "Quatre-vingt-dix élèves", "count", 90, "élèves", None),
    ("Septante-cinq communes ont voté pour.", "Septante-cinq communes", "count", 75, "communes", None),
    ("La marche a réuni deux mille personnes.", "deux mille personnes", "count", 2000, "personnes", None),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", WORDS)
def test_number_words_and_ordinals(nlp, sentence, surface, kind, value, unit, qualifier):
    check(nlp, sentence, surface, kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", [
    ("mil neuf cent vingt", 1920), ("septante-cinq", 75), ("nonante", 90), ("huitante", 80),
    ("cent vingt-cinq", 125)])
def test_parse_words_regional(text, value):
    assert parse_words(text) == value


# --- names, addresses and idioms are no figures ----------------------------------------

NOT_FIGURES = [
    ("Il a été entendu au 36 Quai des Orfèvres.", "36"),
    ("Le magasin est situé au 12 rue de la République.", "12"),
    ("Les immeubles des 63 et 65 rue de la Gare se sont effondrés.", "65"),
    ("Les immeubles des 63 et 65 rue de la Gare se sont effondrés.", "63"),
    ("Elle habite au 4 bis avenue Foch.", "4"),
    ("Le sommet des Vingt-Huit s'ouvre jeudi à Bruxelles.", "Vingt-Huit"),
    ("Les Vingt-Sept ont trouvé un accord.", "Vingt-Sept"),
    ("L'avion, un Falcon 50, s'est posé à Nice.", "50"),
    ("Les institutions de la Ve République sont en cause.", "Ve"),
    ("Il a grandi dans le XIXe arrondissement de Paris.", "XIXe"),
    ("Les dirigeants du Troisième Reich ont été jugés.", "Troisième"),
    ("Le premier accueil des réfugiés s'est bien passé.", "premier"),
    ("La première arrivée des migrants a eu lieu à l'aube.", "première"),
    ("Ils ont observé une minute de silence.", "une minute"),
    ("Il est rentré à une heure du matin.", "une heure"),
    ("C'est un autre monde, dit-il.", "un autre"),
    ("Il a agi d'une autre manière.", "une autre"),
    ("Les gilets jaunes préparent leur Acte 10 pour samedi.", "10"),
    ("La réforme est tombée entre deux chaises.", "deux"),
    ("Le magasin est à deux pas de la gare.", "deux"),
    ("Il refuse une école à deux vitesses.", "deux"),
    ("Le Mouvement 5 étoiles a remporté les élections.", "5"),
    ("Il réclame la retraite à 60 ans et une confrontation avec Berlin.", "une confrontation"),
]


@pytest.mark.parametrize("sentence,words", NOT_FIGURES)
def test_names_are_not_figures(nlp, sentence, words):
    start = sentence.find(words)
    assert start >= 0
    end = start + len(words)
    figs = figures_of(nlp, sentence)
    assert not [f for f in figs if f.start < end and start < f.end and f.kind != "date"]


def test_lexicon_number_tables():
    lex = load_lexicon()
    assert lex.approximate["demi-douzaine"] == 6 and lex.age_nouns["quinquagénaire"] == 50
    assert lex.multiplicatives["quadruple"] == 4 and "cents" in lex.cents
    assert lex.currency_prefixes["EUR"] == "EUR" and "'" in lex.digits.group_separators
    assert "\u2212" in lex.digits.minus_signs and "points" in lex.signed_measures
    assert lex.street_after_re.match(" rue") and lex.street_after_re.match(" Quai")
    assert all(any(w in noun for w in lex.age_noun_words) for noun in lex.age_nouns)


# --- the prefilters the new detectors promise (needles.py) ------------------------------

def _promises():
    from quoteminer.figures import ordinals, tallies
    lex = load_lexicon()
    return [
        (lex.age_noun_re, lex.age_noun_words, ()),
        (lex.rank_noun_re, lex.rank_noun_words, ()),
        (lex.multiplicative_re, tuple(lex.multiplicatives), ()),
        (lex.hyphen_unit_re, lex.hyphen_unit_words, ()),
        (lex.approximate_re, lex.approximate_words, ()),
        (ordinals._ONE_ON_ITS_OWN, ("sur",), ()),
        (ordinals._HALF, ("moitié",), ()),
        (tallies._ONE, (), tallies._NEEDLES),
    ]


SENTENCES = [row[0] for table in (GROUPING, APPROXIMATE, COMPOUND, MONEY, GLUED, WORDS)
             for row in table] + [row[0] for row in NOT_FIGURES] + [
    "UN QUINQUAGÉNAIRE ET UNE DEMI-DOUZAINE DE TÉMOINS", "Le Tome 3 et la SAISON 2",
    "Un Camion Trois-Tonnes", "Réduire De Moitié", "UNE HEURE ET QUART"]


@pytest.mark.parametrize("index", range(8))
def test_prefilter_promises(index):
    import re
    pattern, words, needles = _promises()[index]
    for text in SENTENCES:
        for m in pattern.finditer(text):
            piece = m.group(0)
            if words:
                assert any(w in piece.lower() for w in words), (pattern.pattern[:40], piece)
            if needles:
                assert any(n.search(text) for n in needles), piece
        if pattern.flags & re.IGNORECASE:
            from quoteminer.figures.needles import caseless_twin
            twin = caseless_twin(pattern)
            if twin is not None:
                assert [m.span() for m in twin.finditer(text.lower())] == [
                    m.span() for m in pattern.finditer(text)]
