"""The public API: load, extract, Miner.__call__ / pipe, bad input, packaging."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import quoteminer
from quoteminer import Article
from quoteminer.records import check_offsets

REPO = Path(__file__).resolve().parents[1]
BLINKEN = "«Nous sommes prêts», a déclaré Antony Blinken vendredi à Washington."


def test_extract_returns_an_article_with_exact_offsets():
    article = quoteminer.extract(BLINKEN, id="a1")
    assert isinstance(article, Article) and article.id == "a1"
    assert [q.text for q in article.quotes] == ["Nous sommes prêts"]
    assert article.speaker(article.quotes[0]).name == "Antony Blinken"
    assert check_offsets(article) == []


def test_components_are_registered_factories(miner):
    names = miner.nlp.pipe_names
    for component in ("quoteminer_furniture", "quoteminer_quote_boundaries",
                      "quoteminer_attribution", "quoteminer_figures"):
        assert component in names
    assert names.index("quoteminer_quote_boundaries") < names.index("parser")


# scraped pages drop the space after a sentence's end; the tokenizer splits the mark off
# so the parser sees two sentences (text, tokens that must appear, a glued form that must not)
GLUED_SENTENCE_CASES = [
    ("Le déficit atteindra 3,2 % (contre 2,8 % prévus).Élections européennes Richard "
     "Ferrand a encouragé les manifestants.", ["prévus", ")", ".", "Élections"],
     "prévus).Élections"),
    ("Il a été élu en 2017.L'ancien candidat a parlé.", ["2017", ".", "L'"], "2017.L'"),
    ("Il a répondu «non».Le maire a ri.", ["non", "»", ".", "Le"], "non»"),
    # the closing mark goes off first, then the point opens the next token
    ("Il joue la montre «\u00a0dans une tentative désespérée\u00a0».Dans les rangs, le "
     "député s'est dit choqué.", ["désespérée", "»", ".", "Dans"], ".Dans"),
    ("Le .NET reste un cadre.", [".NET"], "NET"),
    # one letter before the point is an initial, not a sentence's end
    ("M.Philippe a parlé au site lemonde.fr de 3.5 tonnes.", ["M.Philippe", "lemonde.fr", "3.5"],
     "M."),
]


@pytest.mark.parametrize("text, tokens, glued", GLUED_SENTENCE_CASES)
def test_a_sentence_end_glued_to_the_next_word_is_split(miner, text, tokens, glued):
    words = [t.text for t in miner.nlp.make_doc(text)]
    position = 0
    for token in tokens:  # in this order
        position = words.index(token, position) + 1
    assert glued not in words


@pytest.mark.parametrize("bad", [123, None, b"bytes", ["a list"]])
def test_non_text_raises_type_error_naming_the_type(miner, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        miner(bad)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_empty_article(miner, text):
    article = miner(text, id="empty")
    assert article.quotes == () and article.figures == () and article.speakers == ()
    assert [w.code for w in article.warnings] == ["empty_text"]


def test_text_that_is_not_french_gets_a_warning(miner):
    english = ("The president said on Friday that the talks with the allies would go on, and "
               "that the United States were ready to defend their friends in the region.")
    article = miner(english)
    assert "not_french" in [w.code for w in article.warnings]
    assert "not_french" not in [w.code for w in miner(BLINKEN * 3).warnings]


def test_unclosed_quote_gives_a_warning(miner):
    article = miner("Il a déclaré « nous verrons bien.\nLe reste de l'article suit ici.")
    assert "unclosed_quote" in [w.code for w in article.warnings]


def test_pipe_streams_in_input_order_with_ids(miner):
    texts = [("«Premier.», a dit Jean Dupont.", "one"), ("", "two"), (BLINKEN, "three")]
    articles = list(miner.pipe(texts, batch_size=2))
    assert [a.id for a in articles] == ["one", "two", "three"]
    assert [len(a.quotes) for a in articles] == [1, 0, 1]


def test_pipe_with_two_processes_gives_the_same_records(miner, seed_gold):
    texts = [(seed_gold["text"], "seed"), (BLINKEN, "short")]
    one = [a.to_dict() for a in miner.pipe(texts)]
    two = [a.to_dict() for a in miner.pipe(texts, n_process=2)]
    assert one == two


def test_long_text_is_mined_in_segments_with_valid_offsets(miner):
    paragraph = "«Nous sommes prêts», a déclaré Antony Blinken. " * 40 + "\n"
    text = paragraph * 60  # about 110 000 characters: over one segment
    article = miner(text)
    assert len(text) > 100_000
    assert "segmented" in [w.code for w in article.warnings]
    assert check_offsets(article) == []
    assert len(article.quotes) == 40 * 60


def test_record_round_trip_through_json(seed_gold):
    article = quoteminer.extract(seed_gold["text"], id="seed")
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    assert data["schema_version"] == quoteminer.SCHEMA_VERSION
    assert Article.from_dict(data) == article
    # the prediction format of the shared scorer is a subset
    quote = data["quotes"][0]
    assert {"text", "start", "end"} <= quote.keys() and "name" in quote["speaker"]
    assert {"text", "start", "end", "kind", "value"} <= data["figures"][0].keys()


def test_unknown_schema_version_is_refused():
    with pytest.raises(ValueError, match="schema version"):
        Article.from_dict({"schema_version": "99.0", "text": ""})


@pytest.mark.slow
def test_wheel_ships_the_models_and_works_from_another_directory(tmp_path):
    """`pip install .` (not -e) must carry models/ inside the package."""
    wheel_dir = tmp_path / "wheel"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(wheel_dir), str(REPO)], capture_output=True, text=True,
                           timeout=600)
    assert build.returncode == 0, build.stderr
    wheel = next(wheel_dir.glob("quoteminer-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "quoteminer/models/attribution/reporting_verbs.txt" in names
    assert any(n.startswith("quoteminer/models/figures/") for n in names)
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                              "--target", str(target), str(wheel)], capture_output=True,
                             text=True, timeout=600)
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import quoteminer, sys; a = quoteminer.extract('«Oui», a dit Jean Dupont.'); "
            "print(quoteminer.__file__); print(a.speaker(a.quotes[0]).name)")
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    where, name = run.stdout.strip().splitlines()[-2:]
    assert where.startswith(str(target)) and name == "Jean Dupont"
