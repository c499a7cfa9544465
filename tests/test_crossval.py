"""Cross-validation hands each fold's own quote decision to the speaker ranker's training.

The ranker learns from the quotes a quote decision keeps.  Fitted inside a fold, it must
learn from the quotes the fold's decision keeps: the shipped decision was fitted on every
article, the held-out ones included, and reading it made the cross-validated figures move
whenever the shipped models were retrained."""

from types import SimpleNamespace

from quoteminer.learn import speaker_training
from quoteminer.learn.crossval import fit_and_install


class _Pipe:
    decider = "shipped decision"


class _Miner:
    def __init__(self):
        self.pipe = _Pipe()
        self.nlp = SimpleNamespace(get_pipe=lambda name: self.pipe)


def test_the_speaker_model_learns_from_the_folds_quote_decision():
    seen = []
    quote = SimpleNamespace(
        fit=lambda train, seed: "fold decision",
        install=lambda miner, weights: setattr(miner.pipe, "decider", weights))
    speaker = SimpleNamespace(
        KEPT_QUOTES=True,
        fit=lambda train, seed, decider: seen.append(decider) or "ranker",
        install=lambda miner, weights: None)
    fit_and_install(_Miner(), [quote, speaker], ["article"], seed=0)
    assert seen == ["fold decision"]


def test_the_shipped_speaker_module_asks_for_the_decision():
    assert speaker_training.KEPT_QUOTES is True
    assert "decider" in speaker_training.fit.__code__.co_varnames
