"""Inputs no article should hold, and real articles that once crashed: each gives an
Article (or, in a batch, an error record), never an exception, in bounded memory.
"""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest

from quoteminer.io.batch import mine_records
from quoteminer.io.readers import ReaderOptions, read_inputs
from quoteminer.quotes.marks import MAX_NESTING

from conftest import CORPUS

SENTENCE = ("Le maire a indiqué que les travaux coûteraient 3,5 millions d'euros, « selon nos "
            "calculs », a-t-il dit. ")


def _failures(article) -> list[str]:
    return [w.message for w in article.warnings if w.code in ("component_failed",
                                                               "article_failed")]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.slow
def test_two_megabytes_without_a_newline_are_mined_segment_by_segment(miner):
    text = (SENTENCE * (2_000_000 // len(SENTENCE) + 1))[:2_000_000]
    assert "\n" not in text
    article = miner(text, id="one-line")
    assert not _failures(article)
    assert any(w.code == "segmented" for w in article.warnings)
    assert all(text[q.start:q.end] == q.text for q in article.quotes)
    # every « selon nos calculs » of every segment, but one cut by a segment's end
    whole = sum(q.text == "selon nos calculs" for q in article.quotes)
    assert whole >= 2_000_000 // len(SENTENCE) - 20
    # one 100,000-character segment parsed at a time, not 16 of them in one batch (6.6 GB)
    assert _peak_rss_mb() < 3_000


@pytest.mark.parametrize("name, text, quotes", [
    ("20,000 quote marks in pairs", "« a » " * 10_000, 10_000),
    ("20,000 opening marks", "«" * 20_000, 0),
    ("500 nested «", "«" * 500 + " Nous sommes prêts " + "»" * 500 + ", a dit Paul.", 1),
    ("a 30,000-token sentence with no punctuation",
     " ".join(["le", "grand", "maire", "Paul", "dit"] * 6_000), 0),
])
def test_pathological_quote_marks_and_sentences(miner, name, text, quotes):
    article = miner(text, id=name)
    assert not _failures(article)
    assert len(article.quotes) == quotes
    assert all(text[q.start:q.end] == q.text for q in article.quotes)
    # stray marks are reported, but not one warning each: 50 and a count of the rest
    assert sum(w.code == "unpaired_quote_mark" for w in article.warnings) <= 51


def test_marks_nested_deeper_than_the_limit_are_strays(miner):
    text = "«" * (MAX_NESTING + 3) + "Nous sommes prêts" + "»" * (MAX_NESTING + 3)
    article = miner(text)
    # the outermost mark pairs with the 8th closing one: inside are the 7 inner quotes'
    # openers and the 3 strays, then the 7 inner closers
    assert [q.text for q in article.quotes] == ["«" * (MAX_NESTING + 2) + "Nous sommes prêts"
                                                + "»" * (MAX_NESTING - 1)]
    assert any("nested too deep" in w.message for w in article.warnings)


@pytest.mark.parametrize("name, text, quote, figure", [
    ("NUL and control characters",
     "Le maire\x00 a dit\x01\x02\x1b[31m : « C'est fini\x7f » \x0b\x0c Douze morts.\x1f",
     "C'est fini\x7f", 12),
    ("emoji, Arabic and CJK",
     "Le ministre 🇫🇷 a déclaré : « مرحبا 你好, c'est fini 😀 ». Trois personnes 三 sont mortes.",
     "مرحبا 你好, c'est fini 😀", 3),
])
def test_foreign_characters_keep_exact_offsets(miner, name, text, quote, figure):
    article = miner(text, id=name)
    assert not _failures(article)
    assert [q.text for q in article.quotes] == [quote]
    assert all(text[q.start:q.end] == q.text for q in article.quotes)
    assert figure in [f.value for f in article.figures]


def test_a_text_of_digits_only_is_no_figure(miner):
    # 10,000 digits once made an infinite float that rounding turned into OverflowError
    article = miner("1234567890" * 1_000, id="digits")
    assert not _failures(article)
    assert article.figures == ()


def test_lone_surrogates_in_json_input_give_a_record_that_writes(miner, tmp_path):
    source = tmp_path / "surrogates.jsonl"
    source.write_text(json.dumps({"id": "s1", "text": "« Bonjour \ud800 », a dit Paul."}) + "\n"
                      + json.dumps({"id": "s2", "text": "Trois soldats sont morts."}) + "\n",
                      encoding="utf-8")
    records = list(mine_records(miner, read_inputs([source], ReaderOptions())))
    assert [r["id"] for r in records] == ["s1", "s2"]
    for record in records:
        json.dumps(record, ensure_ascii=False).encode("utf-8")  # must not raise
    assert records[1]["figures"][0]["value"] == 3


# Real articles on which the subject search once recursed without end (RecursionError):
# the pool id and the start of the sentence where the search went round in a cycle.
RECURSION_CRASHES = [
    ('pool-00240', 'Le chef de file de La France insoumise, Jean-Luc Mélenchon, a de'),
    ('pool-00338', 'La Ligue de football professionnel (LFP) a annoncé jeudi le report du'),
    ('pool-00588', "Nicolas Hénin et Didier François ont aussi répété avec force qu'ils"),
    ('pool-01013', 'Plus d\'un millier de "gilets jaunes" ont manifesté brièvement samedi'),
    ('pool-01047', 'Le Fonds monétaire international (FMI) a annoncé lundi, à Davos,'),
    ('pool-01075', "Le gouvernement a appelé deux jours après l'attaque de Strasbourg les"),
    ('pool-01077', '"Je ne crois pas que les policiers soient +gilets jaunes+", avait'),
    ('pool-01089', 'La présidente du Rassemblement national (RN), Marine Le Pen, a'),
    ('pool-01134', 'Édouard Philippe, qui en était resté à la possibilité, au moins'),
    ('pool-01409', 'Change.org souligne que certaines pétitions internationales dépassent'),
    ('pool-01439', "À Paris, alors que le défilé parisien s'était déroulé dans le calme"),
    ('pool-02156', "Laurent Nunez, secrétaire d'État auprès du ministre de l'Intérieur, a"),
    ('pool-02199', 'Maxime Nicolle, alias Fly Rider, suivi par 110.000 personnes sur'),
    ('pool-02206', "Castaner : «Paraît-il qu'il y a un acte 5 des «gilets jaunes»"),
    ('pool-02226', 'Le journaliste de 20 Minutes Thibaut Chevillard a rapporté sur'),
    ('pool-02237', "Le ministre de l'Intérieur a salué le message de vœux prononcé en"),
    ('pool-02330', "«J'ai ressenti une haine absolue, et malheureusement, ce n'est pas la"),
    ('pool-02361', "Le président de la Chambre de commerce et d'industrie (CCI) de"),
    ('pool-02457', '» Suivez toutes les infos du Figaro culture sur\xa0Facebook et'),
    ('pool-02556', 'Stanislas Guerini, qui a été élu délégué général de LaREM samedi'),
    ('pool-02612', "Le président de l'Assemblée nationale Richard Ferrand (LREM) a"),
    ('pool-02701', "L'Élysée a indiqué mercredi que cette missive serait diffusée dans la"),
    ('pool-02875', "À la fin de l'année 2018, quand la crise des «gilets jaunes» a"),
    ('pool-02939', "Renaud Muselier a réagi aux propos de M. Morvan disant qu'il s'en"),
    ('pool-03036', 'Concernant la place de l’automobile en France, Yannick Jadot a'),
    ('pool-03312', 'Les communistes, qui se sont également abstenus, ont, pour leur part,'),
    ('pool-03336', 'Le maire invitant, Jean-Michel Sanfourche (Les Républicains) avait'),
    ('pool-03475', '«Pour la première fois, les gilets jaunes se joignent à un appel à la'),
    ('pool-03583', 'Sébastien, jeune plombier d’Argenteuil, a eu la main arrachée samedi'),
]


def _pool() -> dict[str, str]:
    path = CORPUS / "pool.jsonl"
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {r["id"]: r["text"] for r in rows}


@pytest.mark.slow
def test_articles_that_recursed_without_end_are_mined_whole(miner):
    pool = _pool()
    texts = [(pool[pool_id], pool_id) for pool_id, _ in RECURSION_CRASHES]
    for (pool_id, sentence), (text, _) in zip(RECURSION_CRASHES, texts):
        assert sentence is None or sentence in text, pool_id
    # errors="raise": a RecursionError would end the test, not become a warning
    articles = list(miner.pipe(texts, errors="raise"))
    assert [a.id for a in articles] == [pool_id for pool_id, _ in RECURSION_CRASHES]
    assert all(not _failures(a) for a in articles)
    assert sum(len(a.quotes) for a in articles) > len(articles)
