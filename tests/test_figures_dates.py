"""Dates the way French-language news writes them (issue 12, part B).

Rows are (sentence, surface, article date, kind, value, qualifier): the figure whose text is
exactly ``surface`` must have that kind, value and qualifier.  The article date is the
dateline the furniture component would set (None: an undated article).  Friday 21 October
2016 serves as the dateline of most rows.
"""

from __future__ import annotations

from datetime import date

import pytest

from quoteminer.calendar import english_month_number, month_number, resolve_weekday_day, year_near
from quoteminer.figures import date_clock, date_numeric, date_periods
from quoteminer.figures.candidates import FigureContext
from quoteminer.figures.finder import find_figures
from quoteminer.figures.lexicon import load_lexicon
from quoteminer.figures.needles import caseless_twin, fold

FRI = "2016-10-21"   # Friday 21 October 2016


@pytest.fixture(scope="module")
def nlp(miner):
    return miner.nlp


def figures_of(nlp, text, day=None):
    figs = find_figures(nlp(text), load_lexicon(), {"date": day})
    for f in figs:
        assert text[f.start:f.end] == f.text
    return figs


NUMERIC = [
    ("Le texte a été adopté le 21/04/2016 par les députés.", "21/04/2016", None, "date", "2016-04-21", None),
    ("Le texte a été adopté le 21-04-2016 par les députés.", "21-04-2016", None, "date", "2016-04-21", None),
    ("Le texte a été adopté le 21.04.2016 par les députés.", "21.04.2016", None, "date", "2016-04-21", None),
    ("Selon le décret publié au Journal officiel du 2013-03-01, la règle change.", "2013-03-01", None,
     "date", "2013-03-01", None),
    ("Le fichier horodaté 2013/03/01 a été transmis aux enquêteurs.", "2013/03/01", None, "date",
     "2013-03-01", None),
    ("Le relevé 2019-06-14T08:30 montre une coupure.", "2019-06-14T08:30", None, "datetime",
     "2019-06-14T08:30", None),
    ("Le bulletin 2016/11 de l'Insee confirme la tendance.", "2016/11", None, "date", "2016-11", None),
    ("Les chiffres de 11-2016 sont en nette baisse.", "11-2016", None, "date", "2016-11", None),
    ("La facture de 03/2018 n'a jamais été réglée.", "03/2018", None, "date", "2018-03", None),
    ("Il a été interpellé le 20 02 2014 à Toulouse.", "20 02 2014", None, "date", "2014-02-20", None),
    ("La lettre est datée du 24 12 2014, selon l'avocat.", "24 12 2014", None, "date", "2014-12-24", None),
    ("Le contrat signé le 15 fev 2013 prévoyait une clause de sortie.", "15 fev 2013", None, "date",
     "2013-02-15", None),
    ("La réunion du 3 févr 2017 a été annulée.", "3 févr 2017", None, "date", "2017-02-03", None),
    ("Le bail court depuis le 8 janv 2015.", "8 janv 2015", None, "date", "2015-01-08", None),
    ("Le chantier a débuté le 12 sept 2018 dans le quartier.", "12 sept 2018", None, "date", "2018-09-12", None),
    ("Le colis est parti le 5 déc 2019 de Lyon.", "5 déc 2019", None, "date", "2019-12-05", None),
    ("Le serveur a enregistré une connexion le 23/Sep/2020 depuis l'étranger.", "23/Sep/2020", None,
     "date", "2020-09-23", None),
    ("Connexion à 23/Sep/2020:10:15:32 selon les journaux du serveur.", "23/Sep/2020:10:15:32", None,
     "datetime", "2020-09-23T10:15:32", None),
    ("L'accès du 07-fév-2021 a été bloqué.", "07-fév-2021", None, "date", "2021-02-07", None),
    ("Édouard Philippe (@EPhilippePM) January 7, 2019", "January 7, 2019", None, "date", "2019-01-07", None),
    ("Le courrier daté du 21/04/16 est arrivé trop tard.", "21/04/16", None, "date", "2016-04-21", None),
    ("Selon le procès-verbal du 12.03.98, rien n'a été signé.", "12.03.98", None, "date", "1998-03-12", None),
    ("La prochaine réunion se tiendra le 15/2 à la mairie.", "15/2", FRI, "date", "2017-02-15", None),
    ("La prochaine réunion se tiendra le 15/2 à la mairie.", "15/2", None, "date", "--02-15", None),
    ("La manifestation du premier mai a rassemblé du monde en 2019.", "premier mai", None, "date",
     "--05-01", None),
    ("Marlène Schiappa (@MarleneSchiappa) September 25, 2018", "September 25, 2018", None, "date",
     "2018-09-25", None),
]

WEEKDAYS = [
    ("La réunion se tiendra jeudi 20 octobre à la préfecture.", "jeudi 20 octobre", FRI, "date",
     "2016-10-20", None),
    ("Le procès s'ouvrira lundi 24 octobre devant les assises.", "lundi 24 octobre", FRI, "date",
     "2016-10-24", None),
    # 20 October was a Thursday in 2022, the year nearest an article of February 2023
    ("La réunion s'est tenue jeudi 20 octobre à la préfecture.", "jeudi 20 octobre", "2023-02-03",
     "date", "2022-10-20", None),
    ("Les syndicats appellent à la grève mardi 18 et mercredi 19.", "mardi 18", FRI, "date",
     "2016-10-18", None),
    ("Les syndicats appellent à la grève mardi 18 et mercredi 19.", "mercredi 19", FRI, "date",
     "2016-10-19", None),
    # a Tuesday 20th: September 2016 is nearer than December 2016
    ("Les agents ont manifesté mardi 20 devant la mairie.", "mardi 20", FRI, "date", "2016-09-20", None),
    ("Le spectacle est donné le lundi 31 au théâtre municipal.", "lundi 31", FRI, "date", "2016-10-31", None),
    ("Le ministre a répondu vendredi aux questions des élus.", "vendredi", FRI, "date", "2016-10-21", None),
    ("Le ministre a répondu jeudi aux questions des élus.", "jeudi", FRI, "date", "2016-10-20", None),
    ("Rendez-vous samedi 22 octobre à 14h30 devant la gare.", "samedi 22 octobre à 14h30", FRI,
     "datetime", "2016-10-22T14:30", None),
    ("Le flou est total depuis ce lundi 20 h pour les autorités.", "lundi 20 h", FRI, "datetime",
     "2016-10-17T20:00", None),
]

PERIODS = [
    ("L'économie devrait rebondir mi-2019, selon la banque centrale.", "mi-2019", None, "year", 2019, "mid"),
    ("Les négociations ont repris début février à Bruxelles.", "début février", FRI, "date", "2016-02",
     "early"),
    ("Le chantier sera livré fin 2018, assure la mairie.", "fin 2018", None, "year", 2018, "late"),
    ("Le mouvement est né à la mi-novembre sur les réseaux sociaux.", "mi-novembre", "2016-12-10",
     "date", "2016-11", "mid"),
    ("Il avait été arrêté fin décembre 2015 à Bruxelles.", "fin décembre 2015", None, "date", "2015-12",
     "late"),
    ("Le texte sera examiné courant janvier au Sénat.", "courant janvier", FRI, "date", "2017-01", None),
    ("Le budget sera présenté début 2020 aux élus.", "début 2020", None, "year", 2020, "early"),
    ("Pour marquer le début de 2019, la ville a tiré un feu d'artifice.", "début de 2019", None, "year",
     2019, "early"),
    ("Une consultation doit s'achever fin mars.", "fin mars", None, "date", "--03", "late"),
    ("Les décisions sont attendues fin mars-mi avril.", "mi avril", None, "date", "--04", "mid"),
    ("Les ventes ont reculé l'an dernier dans la région.", "l'an dernier", FRI, "year", 2015, None),
    ("Les ventes reprendront l’année prochaine, selon la fédération.", "l’année prochaine", FRI, "year",
     2017, None),
    ("Les ventes ont reculé l'an dernier dans la région.", "l'an dernier", None, "year", None, None),
    ("Le plan va débuter le mois prochain dans trois prisons.", "le mois prochain", "2018-12-10", "date",
     "2019-01", None),
    ("Le groupe était actif dans les années 70 en Corse.", "années 70", None, "year", 1970, None),
    ("Depuis les années 1980, la ville perd des habitants.", "années 1980", None, "year", 1980, None),
    ("Le déclin s'est accéléré dans les années 1950-60 dans la région.", "années 1950", None, "year",
     1950, None),
    ("Le déclin s'est accéléré dans les années 1950-60 dans la région.", "60", None, "year", 1960, None),
    ("La violence a culminé dans les années 70 et 80 au Pays basque.", "80", None, "year", 1980, None),
    ("Au début des années 2000, la commune a rasé la cité.", "début des années 2000", None, "year", 2000,
     "early"),
    ("Les pavillons datent de la fin des années 1960.", "fin des années 1960", None, "year", 1960, "late"),
    ("Le président a fixé pour son second mandat (2018-2024) un objectif de croissance.", "2018", None,
     "year", 2018, None),
    ("Le président a fixé pour son second mandat (2018-2024) un objectif de croissance.", "2024", None,
     "year", 2024, None),
    ("Les deux clubs se sont affrontés lors de la saison 2009/2010.", "2009", None, "year", 2009, None),
]

# A date without its year, in a dated article: the verb's tense, "dernier" / "prochain", else
# the occurrence nearest the dateline.
YEARLESS = [
    ("Il est arrivé en novembre à Paris.", "novembre", FRI, "date", "2015-11", None),
    ("Il arrivera en mars à Paris.", "mars", FRI, "date", "2017-03", None),
    ("Il a été interpellé le 12 décembre à Marseille.", "12 décembre", FRI, "date", "2015-12-12", None),
    ("Il sera jugé le 5 février par le tribunal correctionnel.", "5 février", FRI, "date", "2017-02-05",
     None),
    ("Le procès, prévu le 5 novembre, a été reporté.", "5 novembre", FRI, "date", "2016-11-05", None),
    ("L'usine a fermé le 12 mars dernier.", "12 mars dernier", "2017-01-09", "date", "2016-03-12", None),
    ("Le scrutin aura lieu le 3 mai prochain.", "3 mai prochain", "2017-01-09", "date", "2017-05-03", None),
    # nearest: December 2016 is 40 days before an article of 9 January 2017
    ("La réunion du 1er décembre reste dans les mémoires.", "1er décembre", "2017-01-09", "date",
     "2016-12-01", None),
    ("Le chantier avance depuis le mois d'août selon la mairie.", "août", FRI, "date", "2016-08", None),
    ("Le 15 mars 2018 à 14 heures, la séance a repris.", "15 mars 2018 à 14 heures", None, "datetime",
     "2018-03-15T14:00", None),
    ("Ce lundi soir à 20 heures, le président s'adressera aux Français.", "lundi soir à 20 heures", FRI,
     "datetime", "2016-10-24T20:00", None),
]

RANGES = [
    ("Ils ont été interpellés dans la nuit du 19 au 20 mars 2013 à l'aéroport.", "19", None, "date",
     "2013-03-19", None),
    ("Ils ont été interpellés dans la nuit du 19 au 20 mars 2013 à l'aéroport.", "20 mars 2013", None,
     "date", "2013-03-20", None),
    ("Les législatives auront lieu les 11 et 18 juin 2017.", "11", None, "date", "2017-06-11", None),
    ("Les magasins ouvriront les 6, 13 et 20 janvier 2019.", "6", None, "date", "2019-01-06", None),
    ("Les magasins ouvriront les 6, 13 et 20 janvier 2019.", "13", None, "date", "2019-01-13", None),
    ("Le congrès se tient du 1er au 3 février 2018 à Paris.", "1er", None, "date", "2018-02-01", None),
    ("Le festival se tiendra du 19-22 juillet 2018 au bord du lac.", "19", None, "date", "2018-07-19", None),
    ("Les soldes ont déçu en mars-avril 2019 selon les commerçants.", "mars", None, "date", "2019-03", None),
    ("La récolte de décembre à février 2019 a été mauvaise.", "décembre", None, "date", "2018-12", None),
    ("La récolte de décembre à février 2019 a été mauvaise.", "février 2019", None, "date", "2019-02",
     None),
    ("Il a été arrêté le 15 mars 2019 vers 10 heures à son domicile.", "15 mars 2019 vers 10 heures", None,
     "datetime", "2019-03-15T10:00", None),
]

CLOCK = [
    ("La police est intervenue vers 21 heures pour disperser la foule.", "21 heures", None, "time",
     "21:00", None),
    ("Les manifestants se rassembleront à 14 heures devant la gare.", "14 heures", None, "time",
     "14:00", None),
    ("Les commerces resteront ouverts jusqu'à 20 heures samedi.", "20 heures", None, "time", "20:00", None),
    ("Dès 18 heures, la place était noire de monde.", "18 heures", None, "time", "18:00", None),
    ("Passé 16 heures, la circulation se densifie.", "16 heures", None, "time", "16:00", None),
    ("Le couvre-feu s'applique de 21 heures à 6 heures dans quatorze communes.", "21 heures", None,
     "time", "21:00", None),
    ("Le couvre-feu s'applique de 21 heures à 6 heures dans quatorze communes.", "6 heures", None,
     "time", "06:00", None),
    ("Il part chaque jour à 3 heures du matin pour son chantier.", "3 heures du matin", None, "time",
     "03:00", None),
    ("Le dernier train part à 8 heures du soir.", "8 heures du soir", None, "time", "20:00", None),
    ("La sonde a touché le sol à 20 heures 54 environ.", "20 heures 54", None, "time", "20:54", None),
    ("Des bus ont déposé les manifestants vers six heures sur le parking.", "six heures", None, "time",
     "06:00", None),
    ("La séance reprendra lundi à 16 heures à l'Assemblée.", "lundi à 16 heures", FRI, "datetime",
     "2016-10-24T16:00", None),
    ("Les concerts commencent à 18 et 21h chaque soir.", "18", None, "time", "18:00", None),
    ("Le ministre était l'invité du 20 heures de France 2.", "20 heures", None, "time", "20:00", None),
    ("Il l'a annoncé au journal de 13 heures.", "13 heures", None, "time", "13:00", None),
    ("La chaîne a attiré 5 % du public entre 7 heures et midi.", "7 heures", None, "time", "07:00", None),
    ("Le suspect a été placé pendant 18 heures en garde à vue.", "18 heures", None, "duration", 18, None),
    ("Il a passé 18 heures de garde à vue dans les locaux de la police.", "18 heures", None, "duration",
     18, None),
    ("Les secours ont travaillé plus de 18 heures sans interruption.", "plus de 18 heures", None,
     "duration", 18, "more_than"),
    ("Il a été condamné à 80 heures de travaux d'intérêt général.", "80 heures", None, "duration", 80, None),
    ("La garde à vue peut durer jusqu'à 48 heures.", "jusqu'à 48 heures", None, "duration", 48, "up_to"),
    ("Le débat a duré 6 h 30 sans pause.", "6 h 30", None, "duration", 6.5, None),
    ("Les passagers sont restés debout durant 1h30 dans le couloir.", "1h30", None, "duration", 1.5, None),
    ("La sonde s'est posée à 19H52 et 59 secondes en heure de Paris.", "19H52 et 59 secondes", None, "time",
     "19:52:59", None),
]

ROWS = NUMERIC + WEEKDAYS + PERIODS + YEARLESS + RANGES + CLOCK


@pytest.mark.parametrize("sentence,surface,day,kind,value,qualifier", ROWS)
def test_date_forms(nlp, sentence, surface, day, kind, value, qualifier):
    figs = figures_of(nlp, sentence, day)
    start = sentence.find(surface)
    hits = [f for f in figs if (f.start, f.end) == (start, start + len(surface))]
    assert hits, [(f.text, f.kind, f.value) for f in figs]
    fig = hits[0]
    assert (fig.kind, fig.qualifier) == (kind, qualifier)
    assert fig.value == (value if isinstance(value, str) or value is None else pytest.approx(value))


# Forms that look like dates or times and are not, or not that one.
# (sentence, words, the kinds any figure over them must not have)
NOT_DATES = [
    ("Les deux équipes se sont affrontées lors de la saison 2010/11.", "2010/11", ("date",)),
    ("Le taux est passé à 11.2016 points.", "11.2016", ("date",)),
    ("Il a été placé pendant 18 heures en garde à vue.", "18 heures", ("time",)),
    ("Une garde à vue de 48 heures a été décidée.", "48 heures", ("time",)),
    ("Il a été libéré après 20 heures de garde à vue.", "20 heures", ("time",)),
    ("Il a écopé à 80 heures de travaux d'intérêt général.", "80 heures", ("time",)),
    ("Les secouristes sont à 5 à 8 heures de route du village.", "5", ("time",)),
    ("Le scrutin a lieu dimanche, à 24 heures du vote de la loi.", "24 heures", ("time",)),
    ("Le débat a eu lieu à 2 heures du scrutin.", "2 heures", ("time",)),
    ("Il a travaillé pendant 18 heures 30 minutes sans pause.", "18 heures", ("time",)),
    ("Le match est diffusé à une heure de grande écoute.", "une heure", ("time",)),
    ("Les années passent et la ville change.", "années", ("year",)),
    ("Appelez le 01 23 45 67 89 pour tout renseignement.", "01 23 45", ("date",)),
    ("Le score était de 2-1 à la mi-temps.", "mi-temps", ("date", "year")),
    ("Il a installé la version 2.1.10 du logiciel.", "2.1.10", ("date",)),
    ("Le magasin est ouvert 24/7 et accueille 3/4 des clients.", "24/7", ("date",)),
    ("L'équipe a été éliminée dès le 1/4 de finale.", "1/4", ("date",)),
    ("Cette année, les ventes ont reculé.", "Cette année", ("year",)),
]


@pytest.mark.parametrize("sentence,words,kinds", NOT_DATES)
def test_not_that_date(nlp, sentence, words, kinds):
    figs = figures_of(nlp, sentence, FRI)
    start = sentence.find(words)
    over = [f for f in figs if f.start < start + len(words) and start < f.end]
    assert not [f for f in over if f.kind in kinds], [(f.text, f.kind, f.value) for f in over]


def test_a_count_after_fin_de_is_no_period(nlp):
    # "la fin de 2000 contrats" ends contracts; how the number reader reads 2000 is its call
    text = "Le gouvernement annonce la fin de 2000 contrats aidés."
    ctx = FigureContext.build(nlp(text), load_lexicon(), None, None)
    assert list(date_periods.qualified_periods(ctx)) == []


def test_a_date_claims_its_digits_first(nlp):
    # "24 12 2014" is one date: no count of 24, no year 2014 besides it
    text = "La lettre est datée du 24 12 2014, selon l'avocat."
    assert [(f.text, f.kind) for f in figures_of(nlp, text)] == [("24 12 2014", "date")]


def test_undated_weekday_and_day_has_no_value(nlp):
    figs = figures_of(nlp, "Les agents ont manifesté mardi 20 devant la mairie.")
    assert [(f.text, f.value) for f in figs] == [("mardi 20", None)]


@pytest.mark.parametrize("weekday,day,reference,month,expected", [
    (3, 20, date(2016, 10, 21), 10, date(2016, 10, 20)),
    (3, 20, date(2023, 2, 3), 10, date(2022, 10, 20)),
    (1, 20, date(2016, 10, 21), None, date(2016, 9, 20)),
    (0, 31, date(2016, 10, 21), None, date(2016, 10, 31)),
    (0, 30, date(2016, 10, 21), 2, None),            # no 30 February
])
def test_resolve_weekday_day(weekday, day, reference, month, expected):
    assert resolve_weekday_day(weekday, day, reference, month) == expected


@pytest.mark.parametrize("reference,month,day,direction,year", [
    (date(2019, 1, 5), 12, 12, None, 2018),       # 24 days back
    (date(2019, 1, 5), 2, 5, None, 2019),         # a month ahead
    (date(2018, 11, 20), 4, None, None, 2018),    # 7 months back beats 5 ahead
    (date(2018, 12, 10), 1, None, None, 2019),    # next month
    (date(2017, 1, 9), 3, 12, "past", 2016),      # "le 12 mars dernier"
    (date(2017, 1, 9), 1, 9, "past", 2017),       # the article's own day
    (date(2017, 1, 9), 5, 3, "future", 2017),     # "le 3 mai prochain"
    (date(2017, 1, 9), 2, 29, None, 2016),        # of the three years, only 2016 has a 29 February
])
def test_year_near(reference, month, day, direction, year):
    assert year_near(reference, month, day, direction) == year


@pytest.mark.parametrize("word,month", [("fev", 2), ("févr", 2), ("janv", 1), ("sept", 9), ("déc", 12),
                                        ("Déc.", 12)])
def test_abbreviated_french_months(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("word,month", [("Sep", 9), ("January", 1), ("dec", 12), ("May", 5)])
def test_english_months_are_apart(word, month):
    assert english_month_number(word) == month
    assert month_number(word) in (None, month)   # "May" is no French month


# Scan shortcuts of the new patterns (needles.py): each gate must hold inside every match.
GATED = [
    *((f"numeric.{n}", p, (), date_numeric._NEEDLES[n]) for n, p in date_numeric._patterns().items()),
    *((f"periods.{n}", p, date_periods._words()[n], date_periods._NEEDLES.get(n, ()))
      for n, p in date_periods._patterns().items()),
    ("clock.hours", date_clock._patterns()["hours"], ("heure",), ()),
]


def _texts(dev_gold):
    texts = [row[0] for row in ROWS] + [row[0] for row in NOT_DATES]
    return texts + [g["text"] for g in dev_gold]


@pytest.mark.parametrize("name,pattern,words,needles", GATED, ids=[g[0] for g in GATED])
def test_gates_hold(name, pattern, words, needles, dev_gold):
    matched = False
    for text in _texts(dev_gold):
        for m in pattern.finditer(text):
            matched = True
            if words:
                assert any(w in m.group().lower() for w in words), (name, m)
            for needle in needles:
                assert needle.search(text, m.start(), m.end()), (name, m)
    assert matched, name


@pytest.mark.parametrize("name,pattern", [(g[0], g[1]) for g in GATED])
def test_caseless_twins_agree(name, pattern, dev_gold):
    twin = caseless_twin(pattern)
    if twin is None:
        return
    for text in _texts(dev_gold):
        assert [m.span() for m in twin.finditer(fold(text))] == [m.span() for m in pattern.finditer(text)]
