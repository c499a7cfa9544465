"""The learned speaker choice: candidates and their features, the JSON weights, training.

Sentences are written for these tests; each row names the signal it pins.
"""

from __future__ import annotations

import json

import pytest

from quoteminer.attribution.candidates import Candidate, QuoteCandidates
from quoteminer.attribution.ranker import MODEL_FILE, SpeakerRanker
from quoteminer.learn.corpus import GoldArticle
from quoteminer.learn.parsed import ParsedArticle, parse_articles
from quoteminer.learn.speaker_examples import article_candidates, label
from quoteminer.resources import models_dir


@pytest.fixture(scope="module")
def parse(miner):
    """A text parsed up to attribution (no ranker, no figures)."""
    def run(text: str):
        with miner.nlp.select_pipes(disable=["quoteminer_attribution", "quoteminer_figures"]):
            return miner.nlp(text)
    return run


def candidates_of(parse, text: str) -> list[dict[str | None, set[str]]]:
    """For each quote: candidate name -> its feature names."""
    return [{c.name: set(c.feature_dict()) for c in qc.candidates}
            for qc in article_candidates(parse(text))]


# the quote hangs on "portent"; only "raconte", later in the sentence, reports speech
TWO_VERBS = ("Les deux hommes portent «des cagoules noires», sont équipés de «fusils "
             "d'assaut» et de disqueuses, raconte à l'AFP le syndicaliste Paul Martin.")

# (signal, text, quote index, candidate, features it must have, features it must not have)
FEATURE_CASES = [
    ("cue_subject_after_quote",
     "«Nous sommes prêts à discuter», a déclaré la maire Sophie Lemaire.",
     0, "Sophie Lemaire", {"rule", "named", "in_sentence", "sent:subj_of_reporting:after",
                           "dist_after<40"}, {"prev", "cannot_speak"}),
    ("previous_speaker_interrupted_by_a_name",
     "«Le feu a pris vers minuit dans la cuisine», a expliqué le sergent Paul Martin. Le "
     "Premier ministre Jean Castex est arrivé sur place dans la matinée. «Nous allons tout "
     "reconstruire.»",
     1, "Paul Martin", {"prev", "prev|interrupted", "prev|interrupted_by_person"}, {"latest_person"}),
    ("most_recent_person",
     "«Le feu a pris vers minuit dans la cuisine», a expliqué le sergent Paul Martin. Le "
     "Premier ministre Jean Castex est arrivé sur place dans la matinée. «Nous allons tout "
     "reconstruire.»",
     # the NER's one MISC entity "Premier ministre Jean Castex" is split: the person is
     # named by his name, his role stays a fact of him
     1, "Jean Castex", {"latest_person", "rank_before=0", "head_role=PERSON", "has_role"},
     {"prev"}),
    ("we_of_a_group",
     "«Nous exigeons des réponses claires du gouvernement», ont déclaré les grévistes.",
     0, "les grévistes", {"kind=GROUP", "plural", "quote_we&kind=GROUP"}, {"named"}),
    ("quote_right_after_the_previous_one",
     "«Le feu a pris vers minuit», a expliqué le sergent Paul Martin. «Personne n'a été "
     "blessé.»",
     1, "Paul Martin", {"prev", "prev|gap<80"}, {"prev|gap>=250"}),
    ("quote_far_from_the_previous_one",
     "«Le feu a pris vers minuit», a expliqué le sergent Paul Martin. Les pompiers sont "
     "restés sur place toute la nuit pour surveiller les braises et protéger les maisons "
     "voisines. Une enquête a été ouverte par le parquet pour déterminer l'origine du "
     "sinistre, qui a détruit trois étages de l'immeuble. Les habitants ont été relogés "
     "dans un gymnase de la commune. «Personne n'a été blessé.»",
     1, "Paul Martin", {"prev", "prev|gap>=250"}, {"prev|gap<5"}),
    ("pronoun_agrees",
     "Vendredi, la ministre Claire Dupuis a visité l'usine. «Nous allons sauver ces "
     "emplois», a-t-elle promis.",
     0, "Claire Dupuis", {"rule", "pronoun_gender_agrees", "rule|how=pronoun"}, {"prev"}),
    ("description_without_shared_word_is_also_someone_new",
     "Pierre Lamy tient la buvette du club depuis dix ans. «Les bénévoles s'épuisent», "
     "confie-t-il. Un peu plus loin, un fourgon se gare devant le stade. «Nous livrons tous "
     "les jeudis», dit le chauffeur.",
     # the rules give "le chauffeur" to Pierre Lamy, in focus; the description is a
     # candidate of its own, its head a function noun
     1, "le chauffeur", {"fallback_alt", "fallback_alt&head=function"}, {"rule"}),
    ("narrator_turns_to_another_source",
     "«Ça va créer de la frustration», a estimé Laurent Berger, secrétaire général de la "
     "CFDT. Le Medef a quant à lui pris «acte» de la hausse.",
     1, "Laurent Berger", {"prev", "prev|switch_marker"}, set()),
    ("no_turn_without_a_marker",
     "«Ça va créer de la frustration», a estimé Laurent Berger, secrétaire général de la "
     "CFDT. «Nous resterons vigilants.»",
     1, "Laurent Berger", {"prev"}, {"prev|switch_marker"}),
    ("head_that_seldom_speaks",
     # "gain" heads the subject of a reporting verb in 1 of the pool's 12 clauses where it
     # is a subject or a source (models/attribution/speaking_heads.json)
     "Le premier ministre a parlé lundi. Le gain de 100 euros passera «par une hausse "
     "massive de la prime d'activité».",
     0, "Le gain de 100 euros", {"speaks<-0.5"}, {"speaks>=0.5", "speaks=unseen"}),
    ("inverted_subject_the_parser_hangs_elsewhere",
     # the parser tags "raconte" ADJ and makes the name an apposition to "AFP"; the
     # reporting verb before it, with no subject of its own, makes it the inverted subject
     "Les dégâts sont «beaucoup plus lourds» qu'en décembre, raconte à l'AFP Paul Martin.",
     0, "Paul Martin", {"sent:subj_of_reporting:after", "sent:inverted"}, {"sent:complement"}),
    ("name_after_a_preposition_is_no_inverted_subject",
     # (after "à" he would be the one spoken to, no candidate at all: test_attribution's
     # ADDRESSEES)
     "«Nous sommes prêts», a répondu Claire Dupuis devant Paul Martin.",
     0, "Paul Martin", set(), {"sent:inverted", "sent:subj_of_reporting"}),
    ("addressee_of_the_reporting_verb",
     # "à l'AFP" after the verb is the one spoken to: the parser calls it an object of a
     # verb without subject, which would otherwise make it an inverted subject
     "Paul Martin, un ancien policier présent dans le magasin où le tireur a fini sa "
     "course, a raconté à l'AFP avoir «vu un homme très agité».",
     0, "AFP", {"sent:addressee"}, {"sent:inverted", "sent:subj_of_reporting"}),
    ("sole_subject_of_a_reporting_verb",
     # the rules find him too since "raconte", tagged ADJ, is retagged a verb
     TWO_VERBS,
     0, "Paul Martin", {"sole_reporting_subj", "sent:subj_of_reporting:after", "rule"}, set()),
    ("subject_of_the_verb_the_quote_hangs_on",
     TWO_VERBS,
     0, "Les deux hommes", {"gov_subj"}, {"sole_reporting_subj", "sent:subj_of_reporting"}),
    ("fragment_of_the_previous_quote_sentence",
     "Les salariés réclamaient «l'arrêt des licenciements», a expliqué le délégué Paul "
     "Martin, mais aussi «une prime».",
     1, "Paul Martin", {"prev", "prev|follows"}, set()),
    ("new_sentence_is_no_fragment",
     "«Nous sommes prêts», a expliqué le délégué Paul Martin. Les salariés veulent «une "
     "prime».",
     1, "Paul Martin", {"prev"}, {"prev|follows"}),
    ("head_that_often_speaks",
     "«Le dispositif sera renforcé», a indiqué le porte-parole de la préfecture.",
     0, "le porte-parole de la préfecture", {"speaks>=0.5"}, {"speaks<-0.5"}),
]


@pytest.mark.parametrize("signal, text, index, name, present, absent", FEATURE_CASES,
                         ids=[c[0] for c in FEATURE_CASES])
def test_candidate_features(parse, signal, text, index, name, present, absent):
    quotes = candidates_of(parse, text)
    assert name in quotes[index], (signal, list(quotes[index]))
    features = quotes[index][name]
    assert present <= features, (signal, sorted(present - features))
    assert not absent & features, (signal, sorted(absent & features))


# a person's name after the name in a complement of the role is the speaker, not part of
# the complement: (text, the speaker's name)
NAME_AFTER_COMPLEMENT = [
    ("«Ces violences sont intolérables», a dénoncé la ministre des Outre-Mer Annick Girardin.",
     "Annick Girardin"),
    ("«Nous tiendrons nos engagements», a assuré le maire de Lyon Grégory Doucet.",
     "Grégory Doucet"),
    ("«Le dossier est clos», a déclaré le président de la Commission européenne Jean-Claude "
     "Juncker.", "Jean-Claude Juncker"),
]


@pytest.mark.parametrize("text, name", NAME_AFTER_COMPLEMENT)
def test_name_after_a_complement_is_the_speaker(miner, text, name):
    article = miner(text)
    (quote,) = article.quotes
    assert article.speaker(quote) is not None and article.speaker(quote).name == name


# (the rules' choice, which candidates are subjects of a reporting verb) -> features set
COMPARISON_CASES = [
    # the rules took the subject of "portent"; the subject of "raconte" stands against it
    ((0, {1}), {0: {"rule&rival_reporting_subj"}, 1: {"reporting_subj_over_rule",
                                                      "sole_reporting_subj"}}),
    # the rules' choice is itself the one reporting subject: nothing stands against it
    ((1, {1}), {0: set(), 1: {"sole_reporting_subj"}}),
    # two reporting subjects: neither is the sole one
    ((None, {0, 1}), {0: set(), 1: set()}),
]


@pytest.mark.parametrize("case, expected", COMPARISON_CASES)
def test_reporting_subjects_are_compared(case, expected):
    from quoteminer.attribution.candidates import _compare_reporting_subjects

    rule, speaking = case
    pending = [(f"s{i}", f"name {i}", "context",
                {"sent:subj_of_reporting": 1.0} if i in speaking else {"sent:subj": 1.0},
                i == rule) for i in range(2)]
    _compare_reporting_subjects(pending)
    for i, names in expected.items():
        added = set(pending[i][3]) - {"sent:subj_of_reporting", "sent:subj"}
        assert added == names, (case, i)


def test_name_after_a_preposition_stays_a_complement(miner):
    # "l'avocate d'Alexandre Benalla" is his lawyer, not Alexandre Benalla
    article = miner("«Mon client conteste ces faits», a affirmé l'avocate d'Alexandre Benalla.")
    (quote,) = article.quotes
    assert article.speaker(quote).name != "Alexandre Benalla"


@pytest.mark.parametrize("text", [
    # the only person named is a man; "a-t-elle ajouté" cannot be him
    "Le ministre Pierre Durand a quitté la salle. «Je ne reviendrai pas sur cette "
    "décision», a-t-elle ajouté.",
    # an abstract noun is no one: no candidate but "no speaker"
    "Le déclin des insectes est «une catastrophe annoncée pour toute la planète», a-t-il "
    "estimé.",
])
def test_no_candidate_but_null(parse, text):
    quotes = candidates_of(parse, text)
    assert len(quotes) == 1 and list(quotes[0]) == [None]


def test_null_candidate_comes_first_and_carries_the_quote_facts(parse):
    quotes = article_candidates(parse("«Nous sommes prêts», a déclaré Antony Blinken."))
    first = quotes[0].candidates[0]
    assert first.entity_id is None
    assert {"null", "null|cue=verb", "null|kind=direct"} <= set(first.feature_dict())


# -- the JSON model -------------------------------------------------------------------------
def test_shipped_model_is_plain_json_and_loads():
    path = models_dir() / MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["weights"]
    assert all(isinstance(w, float) for w in data["weights"].values())
    # confidence comes from a logistic calibrator over the winner's probability and clues
    calibrator = data["calibrator"]
    assert calibrator["weights"] and isinstance(calibrator["intercept"], float)
    assert all(isinstance(w, float) for w in calibrator["weights"].values())
    ranker = SpeakerRanker.shipped()
    assert ranker is not None and ranker.weights == data["weights"]


def test_ranker_scores_a_dot_product_and_calibrates():
    ranker = SpeakerRanker.from_dict({"format": 1, "weights": {"rule": 2.0, "null": -1.0},
                                      "intercept": 0.5,
                                      "calibration": {"x": [0.2, 0.8], "y": [0.1, 0.9]},
                                      "null_threshold": 0.4})
    assert ranker.score((("rule", 1.0), ("unknown", 3.0))) == pytest.approx(2.5)
    assert ranker.calibrate(0.5) == pytest.approx(0.5)
    assert ranker.calibrate(0.0) == pytest.approx(0.1) and ranker.calibrate(1.0) == pytest.approx(0.9)
    quote = QuoteCandidates(0, 10, (Candidate(None, None, None, (("null", 1.0),)),
                                    Candidate("s1", "Park Jin", "name", (("rule", 1.0),))))
    choice = ranker.choose_one(quote)
    assert choice.entity_id == "s1" and choice.how == "name" and choice.confidence > 0.8


def test_weak_guess_gives_no_speaker():
    ranker = SpeakerRanker({"near": 0.1}, null_threshold=0.6)
    quote = QuoteCandidates(0, 10, (Candidate(None, None, None, (("null", 1.0),)),
                                    Candidate("s1", "Park", "context", (("near", 1.0),)),
                                    Candidate("s2", "Kim", "context", (("near", 1.0),))))
    choice = ranker.choose_one(quote)
    assert choice.entity_id is None


def _quote(*facts: str) -> QuoteCandidates:
    """A quote whose "no speaker" candidate carries the quote's facts (``null|...``)."""
    features = {"null": 1.0, **{f"null|{f}": 1.0 for f in facts}}
    null = Candidate(None, None, None, tuple(sorted(features.items())))
    return QuoteCandidates(0, 10, (null, Candidate("s1", "Park Jin", "context", (("near", 1.0),))))


def test_calibration_reads_the_quote_facts_from_the_null_candidate():
    from quoteminer.attribution.ranker import calibration_features

    features = calibration_features(_quote("no_cue", "par_gap=2"), [0.2, 0.8], 1)
    assert features["q:no_cue"] == 1.0 and features["q:par_gap=2"] == 1.0
    assert features["how=context"] == 1.0 and "q:null" not in features
    assert not any(k.startswith("q:") for k in calibration_features(_quote(), [0.2, 0.8], 1))


def test_a_winner_that_cannot_speak_is_less_sure_in_the_shipped_calibrator():
    """"La décision est prise : «…»" won by "La décision": the calibrator reads that the
    winner cannot speak, and the shipped model learned to trust such a winner less."""
    from quoteminer.attribution.ranker import calibration_features

    mute = Candidate("s1", "La décision", "description", (("cannot_speak", 3.0), ("rule", 1.0)))
    null = Candidate(None, None, None, (("null", 1.0),))
    quote = QuoteCandidates(0, 10, (null, mute))
    assert calibration_features(quote, [0.2, 0.8], 1)["has=cannot_speak"] == 1.0
    shipped = SpeakerRanker.shipped()
    assert shipped is not None and shipped.calibrator.get("has=cannot_speak", 0.0) < 0.0
    speaking = QuoteCandidates(0, 10, (null, Candidate("s1", "Park Jin", "description",
                                                       (("rule", 1.0),))))
    assert shipped.confidence(quote, [0.2, 0.8], 1) < shipped.confidence(speaking, [0.2, 0.8], 1)


# (quote facts, expected speaker) under a calibrator that distrusts a quote without a cue
QUOTE_FACT_CASES = [
    (("cue=verb",), "s1"),
    (("no_cue",), None),
    (("no_cue", "cue=verb"), "s1"),  # the cue's weight outweighs
]


@pytest.mark.parametrize("facts, expected", QUOTE_FACT_CASES)
def test_the_quote_facts_move_the_confidence(facts, expected):
    weights = {"format": 1, "weights": {"near": 2.0}, "intercept": 0.0, "null_threshold": 0.5,
               "calibrator": {"weights": {"logit": 1.0, "q:no_cue": -3.0, "q:cue=verb": 2.5},
                              "intercept": 0.0}}
    ranker = SpeakerRanker.from_dict(weights)
    # a JSON round trip reads the same numbers
    again = SpeakerRanker.from_dict(json.loads(json.dumps(weights)))
    quote = _quote(*facts)
    assert ranker.choose_one(quote).entity_id == expected
    assert again.choose_one(quote) == ranker.choose_one(quote)


def test_wrong_format_is_refused():
    with pytest.raises(ValueError):
        SpeakerRanker.from_dict({"format": 99, "weights": {}})


def test_miner_uses_the_ranker_and_reports_confidence(miner):
    article = miner("«Nous sommes prêts», a déclaré Antony Blinken.")
    (quote,) = article.quotes
    assert article.speaker(quote).name == "Antony Blinken"
    assert 0.8 <= quote.confidence <= 1.0


# -- training ---------------------------------------------------------------------------------
ARTICLES = [
    GoldArticle("t1", "«Nous sommes prêts à discuter», a déclaré la maire Sophie Lemaire. "
                "Le préfet Marc Olivier a répondu le soir même. «Rien n'est décidé.»",
                ({"text": "Nous sommes prêts à discuter", "speaker": "Sophie Lemaire"},
                 {"text": "Rien n'est décidé.", "speaker": "Marc Olivier"}), ()),
    GoldArticle("t2", "Le syndicat a appelé à la grève. «Nous ne céderons pas», ont "
                "déclaré les grévistes. «La direction doit nous entendre», a ajouté leur "
                "délégué Karim Benali.",
                ({"text": "Nous ne céderons pas", "speaker": "les grévistes"},
                 {"text": "La direction doit nous entendre", "speaker": "Karim Benali"}), ()),
    GoldArticle("t3", "«Le feu a pris vers minuit», a expliqué le sergent Paul Martin. "
                "«Personne n'a été blessé», a-t-il précisé.",
                ({"text": "Le feu a pris vers minuit", "speaker": "Paul Martin"},
                 {"text": "Personne n'a été blessé", "speaker": "Paul Martin"}), ()),
]


def test_labels_follow_the_scorer(miner):
    (parsed,) = parse_articles(miner, ARTICLES[:1])
    labelled = label(parsed.gold, article_candidates(parsed.doc))
    assert [q.gold.speaker for q in labelled] == ["Sophie Lemaire", "Marc Olivier"]
    first = dict(zip((c.name for c in labelled[0].candidates.candidates), labelled[0].right))
    assert first["Sophie Lemaire"] is True and first[None] is False


def test_training_on_a_fixed_subset_is_deterministic(miner):
    from quoteminer.learn import speaker_training

    parsed = parse_articles(miner, ARTICLES)
    one = speaker_training.fit(parsed, seed=0)
    two = speaker_training.fit([ParsedArticle(p.gold, p.doc) for p in parsed], seed=0)
    assert speaker_training.dumps(one) == speaker_training.dumps(two)
    assert one["weights"] and one["format"] == 1
    speaker_training.install(miner, one)
    try:
        assert miner.nlp.get_pipe("quoteminer_attribution").ranker.weights == one["weights"]
    finally:
        miner.nlp.get_pipe("quoteminer_attribution").ranker = SpeakerRanker.shipped()
