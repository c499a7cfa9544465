"""How often a noun speaks, counted on unannotated articles (learn.speaking_heads), and the
feature the speaker ranker reads from it (attribution.head_rates)."""

from __future__ import annotations

import json

import pytest

from quoteminer.attribution.head_rates import HeadRates, head_rates, name_key
from quoteminer.learn.speaking_heads import count_heads, speaking_role, table
from quoteminer.resources import models_dir

RATES = HeadRates(prior=0.28, heads={"porte-parole": (30, 35), "gain": (0, 40),
                                     "décision": (14, 127), "habitant": (10, 36),
                                     "assaillant": (1, 23)})


@pytest.mark.parametrize("lemma, feature", [
    ("porte-parole", "speaks>=0.5"),   # 30 of 35 clauses: far above the 28 % overall
    ("gain", "speaks<-3"),             # never in 40
    ("décision", "speaks<-0.5"),       # 14 of 127: under half the overall rate
    ("assaillant", "speaks<-1.5"),     # 1 of 23: about a quarter of it, after smoothing
    ("habitant", "speaks<0.5"),        # 10 of 36: about the overall rate
    ("inconnu", "speaks=unseen"),
])
def test_rate_buckets(lemma, feature):
    assert RATES.feature(lemma) == feature


def test_few_clauses_stay_near_the_prior():
    """Three clauses out of three is a weaker sign than thirty out of thirty."""
    rates = HeadRates(prior=0.28, heads={"rare": (3, 3), "often": (30, 30)})
    assert 0 < rates.log_ratio("rare") < rates.log_ratio("often")


def test_shipped_table_is_plain_json_and_ranks_speakers_first():
    data = json.loads((models_dir() / "attribution/speaking_heads.json").read_text("utf-8"))
    assert data["version"] == 1 and 0 < data["prior"] < 1
    assert data["meta"]["articles"] > 1000
    rates = head_rates()
    assert rates.log_ratio("porte-parole") > rates.log_ratio("ministre") > rates.log_ratio("gain")


# (sentence, noun lemma, its role) — what the counter reads from the parse
ROLES = [
    ("«Nous restons mobilisés», a déclaré le préfet.", "préfet", "speaks"),
    ("Le porte-parole a annoncé une réunion pour lundi.", "porte-parole", "speaks"),
    ("Selon le syndicat, la grève sera suivie.", "syndicat", "speaks"),
    ("Le gain passera par une hausse de la prime.", "gain", "subject"),
    ("Le ministre a visité l'usine de Lyon.", "ministre", "subject"),
    ("Les pompiers ont éteint le feu du hangar.", "pompier", "subject"),
]


@pytest.mark.parametrize("text, lemma, role", ROLES)
def test_speaking_role(miner, text, lemma, role):
    doc = miner.nlp(text)
    token = next(t for t in doc if t.lemma_.lower() == lemma)
    assert speaking_role(token) == role


def test_counts_and_table(miner):
    docs = [miner.nlp(text) for text, _, _ in ROLES] * 3
    speaks, clauses = count_heads(docs)
    assert speaks["préfet"] == clauses["préfet"] == 3
    assert speaks["gain"] == 0 and clauses["gain"] == 3
    data = table(speaks, clauses, articles=len(docs))
    assert data["heads"]["gain"] == [0, 3]
    assert data["meta"]["articles"] == 18
    # a lemma met fewer than MIN_CLAUSES times is left out
    assert "gain" not in table(speaks, {**clauses, "gain": 1}, 18)["heads"]


@pytest.mark.parametrize("word, key", [("AFP", "=afp"), ("L'Élysée", "=élysée"),
                                       ("l’Élysée", "=élysée"), ("Matignon", "=matignon")])
def test_name_keys_stand_apart_from_nouns(word, key):
    assert name_key(word) == key


def test_proper_nouns_are_counted_under_their_name_key(miner):
    docs = [miner.nlp("Selon Matignon, la réforme sera votée."),
            miner.nlp("Matignon a reçu les syndicats lundi.")]
    speaks, clauses = count_heads(docs)
    assert clauses["=matignon"] == 2 and speaks["=matignon"] == 1
    assert "matignon" not in clauses


def test_train_runs_models_in_dependency_order(monkeypatch):
    """``python -m quoteminer.train`` rebuilds the gold-trained models by default; the
    pool-counted table only when named, and before the ranker that reads it."""
    import types

    from quoteminer import train

    ran = []
    for name, module in train.MODELS.items():
        fake = types.SimpleNamespace(main=lambda options, name=name: ran.append((name, options)) or 0)
        monkeypatch.setitem(__import__("sys").modules, module, fake)
    monkeypatch.setattr(train, "_forget_loaded_models", lambda: None)
    assert train.main([]) == 0
    assert [n for n, _ in ran] == ["quote", "speaker"]
    ran.clear()
    assert train.main(["speaker", "heads", "--processes=2"]) == 0
    assert ran == [("heads", ["--processes=2"]), ("speaker", ["--processes=2"])]
    ran.clear()
    assert train.main(["speaker", "holders", "quote", "terms", "heads"]) == 0
    assert [n for n, _ in ran] == ["heads", "holders", "terms", "quote", "speaker"]
    assert train.main(["figures"]) == 2
