"""Quote or not (attribution.quote_decision): a table of sentences, the model file, training.

The sentences are written for these tests, in the style of the French press: each row is
a span in marks and whether it is someone's words (kept) or a name, title, offence or
term (dropped).
"""

from __future__ import annotations

import json

import pytest

from quoteminer.attribution.quote_decision import (MODEL_FILE, QuoteDecisionModel,
                                                   candidate_features, joined_to_previous,
                                                   list_verdicts, shipped_model)
from quoteminer.quotes.marks import find_quote_spans
from quoteminer.learn.corpus import GoldArticle
from quoteminer.resources import models_dir

QUOTES = [
    # a one-word judgement ascribed to the subject of the sentence
    ("La ministre de la Santé a jugé la situation «préoccupante» lors d'un déplacement à "
     "Rennes.", ["préoccupante"]),
    ("Le maire de Nantes s'est dit «très inquiet» après les inondations de la nuit.",
     ["très inquiet"]),
    ("Le procureur a dénoncé des faits d'une «extrême gravité» lors d'une conférence de "
     "presse.", ["extrême gravité"]),
    ("L'entreprise a qualifié ces accusations de «totalement infondées» dans un communiqué.",
     ["totalement infondées"]),
    # a fragment whose source is given by "selon"
    ("La direction juge la grève «illégitime», selon un courriel interne consulté par l'AFP.",
     ["illégitime"]),
    # a whole sentence with its cue
    ("«Nous ne céderons pas», a déclaré mardi le Premier ministre devant l'Assemblée.",
     ["Nous ne céderons pas"]),
    # slogans, signs and insults: words someone shouted or wrote
    ("Les grévistes scandaient «On ne lâchera rien» devant le siège de la direction.",
     ["On ne lâchera rien"]),
    ("Des centaines de manifestants ont défilé samedi à Lyon aux cris de «Macron démission» "
     "et «Justice fiscale».", ["Macron démission", "Justice fiscale"]),
    ("Sur les pancartes brandies devant la préfecture, on pouvait lire « Non à la "
     "fermeture ».", ["Non à la fermeture"]),
    ("Il a été traité de «sale flic» par un groupe de jeunes, selon la police.", ["sale flic"]),
    # straight and curly marks count as well as guillemets
    ('Le gouvernement veut une école "plus juste", a expliqué le ministre de l\'Education.',
     ["plus juste"]),
    ("Le préfet évoque une situation “sous contrôle” après la nuit de violences.",
     ["sous contrôle"]),
    # a fragment that hangs, over a noun, on a verb of judging whose subject names someone
    ("La maire de Brest a dénoncé jeudi une «dérive autoritaire» de la préfecture.",
     ["dérive autoritaire"]),
    ("Le syndicat pointe la responsabilité «entière» de la direction dans l'accident.",
     ["entière"]),
    # a list of marks takes one verdict: the first item alone scores as a term
    ("Pour le président, la France connaît une série de «fractures», «sociale», «économique» "
     "et «démocratique».", ["fractures", "sociale", "économique", "démocratique"]),
]

NOT_QUOTES = [
    # titles of works
    "L'auteur publie en mars un roman intitulé «Les Heures sombres» chez Gallimard.",
    "Le chanteur a sorti l'an dernier son troisième album «Lumières».",
    "La chaîne a diffusé samedi soir le documentaire «Les Oubliés de la République».",
    # newspapers, operations, laws, groups
    "Le quotidien «Ouest-France» a révélé l'affaire dimanche.",
    "Il a lu «Le Monde» dans le train avant de rejoindre le ministère.",
    "L'opération «Sentinelle» mobilise encore 7000 militaires sur le territoire.",
    "Le projet de loi dit « sécurité globale » sera examiné au Sénat en janvier.",
    "Le collectif «Nos quartiers ont du talent» organise une journée portes ouvertes.",
    # offences, and the offences listed after the first
    "Le suspect a été placé en garde à vue pour «violences volontaires aggravées» et "
    "«outrage».",
    "Une information judiciaire a été ouverte pour «homicide involontaire» après l'accident.",
    # a term that recurs, no one said it
    "Les «gilets jaunes» ont bloqué un rond-point près de Rouen. Plusieurs «gilets jaunes» "
    "ont été interpellés.",
    # the guidelines' own term, even once in an article
    "Une centaine de «gilets jaunes» se sont réunis samedi matin devant la mairie de Laval.",
    # another name, in parentheses, for what the article just named
    "Londres veut revoir le filet de sécurité (ou «backstop») prévu pour l'Irlande.",
]


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quotes_are_kept(miner, text, expected):
    assert [q.text for q in miner(text).quotes] == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_names_titles_offences_and_terms_are_dropped(miner, text):
    assert [q.text for q in miner(text).quotes] == []


# --- the lexicon ---------------------------------------------------------------------------

@pytest.mark.parametrize("family, group, word", [
    ("before", "shout", "cris"),        # aux cris de «…»
    ("before", "sign", "pancarte"),     # une pancarte «…»
    ("before", "insult", "traité"),     # traité de «…»
    ("before", "work", "album"),        # son album «…»
    ("before", "name", "opération"),    # l'opération «…»
    ("sentence", "shout", "scander"),   # les manifestants scandaient «…»
    ("sentence", "survey", "sondage"),  # 23 % de «satisfaits», selon un sondage
])
def test_context_word_families(family, group, word):
    from quoteminer.resources import read_json

    data = read_json("quotes/context_words.json")
    assert word in data[family][group]
    assert "je" in data["speech_words"] and "nous" in data["speech_words"]
    assert "condamnation" in data["legal_extra"]


@pytest.mark.parametrize("group, word", [
    ("speech_verb", "dénoncer"),   # le syndicat dénonce une «dérive»
    ("speech_verb", "invoquer"),   # invoquant «une erreur»
    ("speech_verb", "pointer"),    # a pointé la responsabilité «totale»
    ("speech_noun", "appel"),      # l'appel à «la grève»
    ("speech_noun", "slogan"),     # le slogan «…»
])
def test_governor_words(group, word):
    from quoteminer.resources import read_json

    data = read_json("quotes/context_words.json")
    assert word in data["governor"][group]
    # "dire" would take "une loi dite «…»" for speech
    assert "dire" not in data["governor"]["speech_verb"]
    assert "gilets jaunes" in data["known_terms"]
    assert "lire aussi" in data["link_lines"]


# --- the model file -----------------------------------------------------------------------

def test_shipped_model_is_plain_json_with_named_weights():
    raw = (models_dir() / MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)  # JSON, nothing that runs code when it loads
    model = QuoteDecisionModel.from_dict(data)
    assert model == shipped_model()
    assert 0.0 < model.threshold < 1.0
    # the rules it replaced are among its features, with the sign a reader expects
    assert model.weights["rule=offence"] < 0 < model.weights["rule=keep"]
    assert model.weights["rule=named"] < 0


@pytest.mark.parametrize("bad", [
    {"intercept": 0.0},                                   # no weights
    {"intercept": 0.0, "weights": {"words=1": "high"}},   # a weight that is no number
    {"intercept": 0.0, "weights": [["words=1", 1.0]]},    # not a mapping
])
def test_malformed_model_is_refused(bad):
    with pytest.raises(ValueError):
        QuoteDecisionModel.from_dict(bad)


# (item scores, whether each item follows the one before in a list, verdicts at 0.5)
LIST_CASES = [
    # «fractures», «sociale», «économique» et «démocratique»: the list's mean decides
    ([0.3, 0.7, 0.8, 0.4], [False, True, True, True], [True, True, True, True]),
    # «gilets jaunes» et «foulards rouges»: a list of terms stays terms
    ([0.6, 0.1, 0.2], [False, True, True], [False, False, False]),
    # two lists and a lone quote between them: each list alone
    ([0.2, 0.3, 0.9, 0.6, 0.8], [False, True, False, False, True], [False, False, True, True, True]),
    # no list: each its own verdict
    ([0.4, 0.6], [False, False], [False, True]),
]


# (text, whether each span in marks follows the one before it in one list)
JOIN_CASES = [
    ("Pour le président, la France connaît une série de «fractures», «sociale», «économique» "
     "et «démocratique».", [False, True, True, True]),
    ("Le député a pris sa défense, parlant d'«abus de pouvoir» et de «police politique».",
     [False, True]),
    ("Le syndicat patronal a pris «acte», mais «reste vigilant» sur le coût du travail.",
     [False, True]),
    # a sentence between two marks: two decisions
    ("Le maire a dénoncé un «scandale». Le préfet a parlé d'un «malentendu».", [False, False]),
]


@pytest.mark.parametrize("text, expected", JOIN_CASES)
def test_marks_joined_in_one_list(text, expected):
    spans, _ = find_quote_spans(text)
    assert joined_to_previous(text, spans) == expected


@pytest.mark.parametrize("scores, listed, expected", LIST_CASES)
def test_a_list_of_marks_takes_one_verdict(scores, listed, expected):
    assert list_verdicts(scores, listed, 0.5) == expected


def test_score_is_a_logistic_dot_product():
    model = QuoteDecisionModel({"speaker": 2.0, "rule=named": -3.0}, intercept=0.5)
    assert model.score({}) == pytest.approx(1 / (1 + 2.718281828 ** -0.5), rel=1e-6)
    assert model.keep({"speaker": 1.0}) and not model.keep({"rule=named": 1.0})
    assert model.score({"unknown feature": 1.0}) == model.score({})


def test_features_name_the_signals(miner):
    from quoteminer.attribution import quote_decision

    seen = []
    original = quote_decision.QuoteDecider.decide

    def spy(self, doc, candidates):
        seen.extend(candidate_features(doc, candidates))
        return original(self, doc, candidates)

    quote_decision.QuoteDecider.decide = spy
    try:
        miner("L'auteur publie en mars un roman intitulé «Les Heures sombres» chez Gallimard.")
        miner("Les grévistes ont défilé aux cris de «Macron démission».")
        miner("La ministre a dénoncé une «dérive» inacceptable.")
        miner("Des «gilets jaunes» bloquent la rocade (ou «périphérique»).")
        miner("Lire aussi Climat : «Nous avons perdu dix ans»")
        miner("Le maire a salué un «geste fort». Ce «geste fort» reste discuté.")
    finally:
        quote_decision.QuoteDecider.decide = original
    assert "rule=named" in seen[0] and "before_title_word" in seen[0]
    assert "before_shout" in seen[1] and "words=2" in seen[1]
    assert "gov_speech_verb" in seen[2] and "gov_subject=role" in seen[2]
    assert "gov_speech_verb_by_someone" in seen[2]
    assert seen[3].get("rule=known_term") and "repeated" not in seen[3]
    assert "in_parentheses" in seen[4] and "in_parentheses" not in seen[3]
    assert "link_line" in seen[5]
    # the second «geste fort» is not ascribed in its own sentence, but the first is
    assert "repeat_ascribed" in seen[7] and "gov_speech_verb_by_someone" in seen[6]


def test_attribution_asks_the_decider(miner):
    from quoteminer.learn.quote_training import install

    component = miner.nlp.get_pipe("quoteminer_attribution")
    kept_before = component.decider
    try:
        install(miner, {"intercept": -20.0, "weights": {}})  # a model that keeps nothing
        assert miner("«Nous ne céderons pas», a déclaré le ministre.").quotes == ()
    finally:
        component.decider = kept_before
    assert len(miner("«Nous ne céderons pas», a déclaré le ministre.").quotes) == 1


# --- training ------------------------------------------------------------------------------

def _gold(i: int, text: str, quotes: list[str]) -> GoldArticle:
    return GoldArticle(id=f"t{i}", text=text, figures=(),
                       quotes=tuple({"text": q, "speaker": None, "kind": "partial"} for q in quotes))


def test_training_on_a_small_subset_is_deterministic(miner):
    pytest.importorskip("sklearn")  # a training-only dependency (the "train" extra)
    from quoteminer.learn.quote_training import dumps, extract_examples, fit, parse_articles

    articles = [_gold(i, text, quotes) for i, (text, quotes) in enumerate(QUOTES)]
    articles += [_gold(100 + i, text, []) for i, text in enumerate(NOT_QUOTES)]
    examples = extract_examples(parse_articles(miner, articles))
    assert sum(e.label for e in examples) == sum(len(q) for _, q in QUOTES)
    assert len(examples) - sum(e.label for e in examples) >= len(NOT_QUOTES)
    first, second = fit(examples, seed=0), fit(examples, seed=0)
    assert dumps(first) == dumps(second)
    model = QuoteDecisionModel.from_dict(json.loads(dumps(first)))
    # fitted on these rows, it separates them
    assert all(model.keep(e.features) == bool(e.label) for e in examples)
