"""The lemma memo gives spaCy's own lemmas (quoteminer.lemmas): compared token by token
with the same pipeline without the memo (spaCy's lemmatizer alone), over real articles
and hard cases."""

from __future__ import annotations

import pytest

from conftest import CORPUS, load_gold
from quoteminer.lemmas import NAME
from quoteminer.pipeline import build_nlp

# words whose lemma depends on the tag, elisions, capitals, numbers, a no-break space
SENTENCES = [
    "L'été a été chaud, a déclaré le ministre.",
    "«Nous sommes déterminés», ont affirmé les porte-parole des grévistes.",
    "Les Gilets jaunes étaient 3\u00a0000 à Paris, selon la préfecture de police.",
    "Park Jin a dit qu'il avait parlé avec Blinken ; ils se sont vus vendredi.",
    "Elle s'est rendue aux Champs-Elysées où les CRS l'attendaient.",
    # forms no index lists, lemmatized by the suffix rules and the exceptions
    "Les dégagistes macronisés re-bloquaient les giratoires, ont twitté les chroniqueuses.",
    "Vous fûtes aperçus ; ils eussent voulu que nous dussions partir.",
]


@pytest.fixture(scope="module")
def spacy_nlp():
    """quoteminer's pipeline (its tokenizer and sentence bounds, hence the same tags) with
    spaCy's lemmatizer doing all the work."""
    nlp = build_nlp()
    nlp.remove_pipe(NAME)
    return nlp


def lemma_table(doc):
    return [(t.text, t.pos_, t.lemma_) for t in doc]


def test_the_memo_sits_before_spacys_lemmatizer(miner):
    names = miner.nlp.pipe_names
    assert names.index(NAME) + 1 == names.index("lemmatizer")


@pytest.mark.parametrize("text", SENTENCES)
def test_same_lemmas_as_spacy(miner, spacy_nlp, text):
    assert lemma_table(miner.nlp(text)) == lemma_table(spacy_nlp(text))


def test_same_lemmas_over_articles(miner, spacy_nlp):
    """Twelve dev articles, twice: the second pass reads every lemma from the memo."""
    texts = [a["text"] for a in load_gold(CORPUS / "dev.gold.jsonl")[:12]]
    expected = [lemma_table(d) for d in spacy_nlp.pipe(texts)]
    for _ in range(2):
        assert [lemma_table(d) for d in miner.nlp.pipe(texts)] == expected
    assert len(miner.nlp.get_pipe(NAME).memo) > 1000


def test_the_word_index_is_asked_of_sets(miner, spacy_nlp):
    """The memo's pipeline asks spaCy's word index in constant time (sets); the pipeline
    it is compared with keeps spaCy's lists, so the tables above compare to spaCy's own."""
    miner.nlp("Les manifestants ont bloqué les ronds-points.")
    ours = miner.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    theirs = spacy_nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(ours.keys()) == set(theirs.keys()) and len(ours) >= 4  # adj, adv, noun, verb
    for key, words in theirs.items():
        assert isinstance(words, list) and isinstance(ours[key], frozenset)
        assert ours[key] == frozenset(words)


def test_a_lemma_set_earlier_is_kept(miner):
    """Like spaCy's lemmatizer (overwrite=False), the memo fills only empty lemmas."""
    memo = miner.nlp.get_pipe(NAME)
    doc = miner.nlp.make_doc("Les ministres parlent.")
    for name, proc in miner.nlp.pipeline:
        if name == NAME:
            break
        doc = proc(doc)
    doc[1].lemma_ = "ministre-gardé"
    memo(doc)
    assert doc[1].lemma_ == "ministre-gardé"
    assert doc[2].lemma_ == "parler"


def test_a_failure_leaves_the_work_to_spacy(miner, monkeypatch, spacy_nlp):
    """If the memo cannot ask spaCy's lemmatizer, the lemmatizer itself still runs next."""
    memo = miner.nlp.get_pipe(NAME)
    monkeypatch.setattr(memo, "_lemmatizer", lambda: (_ for _ in ()).throw(RuntimeError("x")))
    text = "Les manifestants ont bloqué les ronds-points samedi."
    assert lemma_table(miner.nlp(text)) == lemma_table(spacy_nlp(text))


def test_empty_text(miner):
    assert len(miner.nlp("")) == 0
