"""Property tests: whatever the text, mining does not raise and every offset is valid.

Archives hold anything: stray « and ", control characters from bad conversions, emoji,
texts of one character or of a megabyte.  For every one, ``text[start:end]`` must equal
the record's text (``records.check_offsets``), and the reader must turn any bytes into
an article or an error record, never an exception.
"""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteminer.io.readers import InputError, InputText, read_path
from quoteminer import pipeline
from quoteminer.records import Article, check_offsets

FRAGMENTS = [
    "« Nous sommes prêts », a déclaré Antony Blinken.", "« ", " »", "“", "”", '"', "'",
    "‹", "›", "«", "»", " a-t-il ajouté.", "Selon le maire, ", "plus de 90 personnes",
    "3,5 millions d'euros", "le 3 février 2023", "M. Dupont", " : ", "\n\n", "(AFP) — ",
    "75 %", "1er", "Mme Sonia Durand, 42 ans, ", "\u00a0", "\u202f", "\t", "\x00", "\x0b",
    "\u200b", "🙂", "👍🏽", "🇫🇷", "e\u0301", "ﬁ", "İ", "ß", "\r\n", "—", "…",
]

french_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
                       max_size=40).map("".join)
any_text = st.text(max_size=300)

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def assert_valid(article: Article, text: str) -> None:
    assert article.text == text
    assert check_offsets(article) == []
    for speaker in article.speakers:
        for mention in speaker.mentions:
            assert text[mention.start:mention.end] == mention.text
    for quote in article.quotes:
        if quote.cue is not None and quote.cue.start is not None:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
    assert Article.from_dict(article.to_dict()) == article


@SETTINGS
@given(text=french_like)
@example(text="")
@example(text="« « « »")
@example(text="» a déclaré « Il")
@example(text="\x00\x01\x02")
def test_french_like_text_gives_valid_offsets(miner, text):
    assert_valid(miner(text, id="p"), text)


@SETTINGS
@given(text=any_text)
def test_any_unicode_text_gives_valid_offsets(miner, text):
    assert_valid(miner(text), text)


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_an_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "x.txt"
    path.write_bytes(data)
    items = list(read_path(path))
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, (InputText, InputError))
    if isinstance(item, InputError):
        assert str(path) in item.message


PARAGRAPH = ("« Nous sommes prêts », a déclaré Antony Blinken vendredi. Selon le maire, "
             "plus de 90 personnes ont été évacuées le 3 février 2023. ")


def long_text(size: int) -> str:
    return "\n".join(PARAGRAPH * 3 for _ in range(size // (len(PARAGRAPH) * 3) + 1))


@pytest.mark.slow
def test_long_text_is_mined_in_segments_with_valid_offsets(miner, monkeypatch):
    # The segmentation of a 1 MB text, at a smaller scale: 120 000 characters cut every
    # 20 000, so offsets shifted back from 6 segments are checked in seconds.
    monkeypatch.setattr(pipeline, "split_segments",
                        partial(pipeline.split_segments, limit=20_000))
    text = long_text(120_000)
    article = miner(text, id="long")
    assert_valid(article, text)
    segmented = [w for w in article.warnings if w.code == "segmented"]
    assert len(segmented) == 1 and "7 segments" in segmented[0].message
    ids = [q.id for q in article.quotes]
    assert len(ids) == len(set(ids))


@pytest.mark.slow
def test_one_megabyte_text_is_segmented_with_valid_offsets(miner):
    # Speed is the benchmark's business (benchmarks/throughput.py); this checks that a
    # 1 MB article goes through in segments with every offset valid.
    text = long_text(1_000_000)
    assert len(text) >= 1_000_000
    article = miner(text, id="big")
    assert_valid(article, text)
    assert any(w.code == "segmented" for w in article.warnings)
