"""A component that fails on an article costs it only that component's records; an
article that cannot be mined at all never ends the stream.

Failures are provoked by swapping one wrapped component for one that raises, so the
rest of the real pipeline runs as in production.
"""

from __future__ import annotations

import logging

import pytest

import quoteminer
from quoteminer import pipeline
from quoteminer.guard import GuardedComponent
from quoteminer.lemmas import NAME as LEMMA_MEMO

ARTICLE = ("« Nous sommes prêts », a déclaré le secrétaire d'Etat américain Antony Blinken. "
           "Pyongyang a tiré 69 missiles balistiques depuis janvier.")


class Exploding:
    """Stands in for a component whose rules recurse without end on this article."""

    def __call__(self, doc):
        raise RecursionError("maximum recursion depth exceeded")


@pytest.fixture
def break_component(miner):
    """Swap the named component for ``Exploding`` for one test, then put it back."""
    swapped = []

    def swap(name: str) -> None:
        guard = miner.nlp.get_pipe(name)
        assert isinstance(guard, GuardedComponent)
        swapped.append((guard, guard.component))
        guard.component = Exploding()

    yield swap
    for guard, original in swapped:
        guard.component = original
    miner.errors = "warn"


def _failures(article):
    return [w for w in article.warnings if w.code == "component_failed"]


def test_every_quoteminer_component_runs_guarded(miner):
    """Every component that owns records is guarded.  The lemma memo owns none: when it
    fails, spaCy's lemmatizer right after it gives the same lemmas
    (``test_lemmas.test_a_failure_leaves_the_work_to_spacy``), so nothing is lost and
    there is nothing to warn about."""
    guarded = {name for name, c in miner.nlp.pipeline if isinstance(c, GuardedComponent)}
    assert guarded == {name for name, _ in pipeline.PIPELINE} - {LEMMA_MEMO}
    assert LEMMA_MEMO in miner.nlp.pipe_names


def test_attribution_failure_keeps_quotes_without_speakers_and_the_figures(
        miner, break_component, caplog):
    break_component("quoteminer_attribution")
    with caplog.at_level(logging.WARNING, logger="quoteminer"):
        article = miner(ARTICLE)
    assert [q.text for q in article.quotes] == ["Nous sommes prêts"]
    assert article.quotes[0].speaker_id is None and article.speakers == ()
    assert [(f.value, f.kind) for f in article.figures][:1] == [(69, "count")]
    [failure] = _failures(article)
    assert "quoteminer_attribution" in failure.message and "RecursionError" in failure.message
    assert "quoteminer_attribution" in caplog.text


def test_figure_failure_keeps_quotes_and_speakers(miner, break_component):
    break_component("quoteminer_figures")
    article = miner(ARTICLE)
    assert article.figures == ()
    assert article.speaker(article.quotes[0]).name == "Antony Blinken"
    assert "quoteminer_figures" in _failures(article)[0].message


@pytest.mark.parametrize("name", ["quoteminer_furniture", "quoteminer_quote_boundaries"])
def test_an_early_failure_leaves_the_later_components_running(miner, break_component, name):
    break_component(name)
    article = miner(ARTICLE)
    assert any(f.value == 69 for f in article.figures)
    assert name in _failures(article)[0].message


def test_errors_raise_lets_the_exception_through(miner, break_component):
    break_component("quoteminer_attribution")
    with pytest.raises(RecursionError):
        list(miner.pipe([ARTICLE], errors="raise"))
    # the next call in the default mode is guarded again
    assert _failures(next(miner.pipe([ARTICLE])))


def test_an_article_that_cannot_be_mined_does_not_end_the_stream(miner, monkeypatch):
    original = pipeline.article_from_docs

    def fragile(text, id_, source, parts):
        if id_ == "b":
            raise MemoryError("no room for the records")
        return original(text, id_, source, parts)

    monkeypatch.setattr(pipeline, "article_from_docs", fragile)
    texts = [(ARTICLE, "a"), (ARTICLE, "b"), ("Trois soldats sont morts.", "c")]
    articles = list(miner.pipe(texts))
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert [w.code for w in articles[1].warnings] == ["article_failed"]
    assert "MemoryError" in articles[1].warnings[0].message and articles[1].quotes == ()
    assert articles[0].quotes and articles[2].figures
    with pytest.raises(MemoryError):
        list(miner.pipe(texts, errors="raise"))


def test_an_unknown_errors_mode_is_refused(miner):
    with pytest.raises(ValueError, match="errors must be one of"):
        list(miner.pipe([ARTICLE], errors="ignore"))
    with pytest.raises(ValueError, match="errors must be one of"):
        quoteminer.load(errors="silent")
