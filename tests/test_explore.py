"""Exploring results: to_dataframe, the HTML view (Jupyter) and ``quoteminer show``.

The views are tested on hand-built Articles (the public records), so they do not depend on
how well the pipeline does today; one test runs the whole path on a real sentence.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

import quoteminer
from quoteminer import Article, Cue, Figure, Mention, Metadata, Quote, Speaker, to_dataframe
from quoteminer.cli import _register, app
from quoteminer.explore.colours import UNATTRIBUTED, speaker_colours
from quoteminer.explore.html import render_article

_register()

TEXT = ("SEOUL, 03 fév. (Yonhap) -- « Nous avons effectué plus de 90 essais de missiles », "
        "a déclaré Antony Blinken. Selon Park Jin, l'alliance est « le pivot de la paix ». "
        "« C'est <b>faux</b> & \"absurde\" », répond un anonyme.\n(FIN)")


def _at(piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(piece, start + 1)
    return start, start + len(piece)


def _quote(qid, piece, speaker_id, kind="direct", cue=None):
    s, e = _at(piece)
    return Quote(qid, piece, s, e, kind, speaker_id, cue)


def _figure(piece, kind, value, unit=None, qualifier=None):
    s, e = _at(piece)
    return Figure(piece, s, e, kind, value, unit, qualifier)


@pytest.fixture()
def article() -> Article:
    s, e = _at("(FIN)")
    return Article(
        id="yonhap-1", text=TEXT,
        quotes=(
            _quote("q1", "Nous avons effectué plus de 90 essais de missiles", "s1",
                   cue=Cue("verb", "a déclaré", *_at("a déclaré"), lemma="déclarer")),
            _quote("q2", "le pivot de la paix", "s2", "partial", Cue("selon", "Selon")),
            _quote("q3", "C'est <b>faux</b> & \"absurde\"", None),
        ),
        speakers=(Speaker("s1", "Antony Blinken", role="secrétaire d'Etat américain",
                          gender="m", aliases=("Blinken",)),
                  Speaker("s2", "Park Jin", gender="m")),
        figures=(_figure("plus de 90 essais de missiles", "count", 90, "essais de missiles",
                         "more_than"),
                 _figure("03 fév.", "date", "2023-02-03")),
        metadata=Metadata(place="SEOUL", date="2023-02-03", furniture=(Mention("(FIN)", s, e),)),
    )


# --- to_dataframe ----------------------------------------------------------------------

def test_quotes_frame_has_one_row_per_quote(article):
    df = to_dataframe([article, article.to_dict()], "quotes")
    assert len(df) == 6
    assert set(df["article_id"]) == {"yonhap-1"}
    first = df.iloc[0]
    assert (first["text"], first["speaker_name"], first["speaker_gender"], first["cue_lemma"]) == (
        "Nous avons effectué plus de 90 essais de missiles", "Antony Blinken", "m", "déclarer")
    assert df.iloc[2]["speaker_name"] is pd_na()


def pd_na():
    import pandas as pd
    return pd.NA


@pytest.mark.parametrize("table,column,values", [
    ("speakers", "name", ["Antony Blinken", "Park Jin"]),
    ("figures", "value", ["90", "2023-02-03"]),
    ("figures", "qualifier", ["more_than", None]),
    ("articles", "place", ["SEOUL"]),
])
def test_tables(article, table, column, values):
    df = to_dataframe(article, table)
    got = [None if v is pd_na() else v for v in df[column]]
    assert got == values
    assert (df["article_id"] == "yonhap-1").all()


@pytest.mark.parametrize("table", ["quotes", "speakers", "figures", "articles"])
def test_empty_frames_keep_their_columns(table):
    empty = to_dataframe([], table)
    full = to_dataframe(Article("x", "« Oui », dit-il.", quotes=(Quote("q1", "Oui", 2, 5),)),
                        table)
    assert list(empty.columns) == list(full.columns)
    assert "article_id" in empty.columns
    assert list(empty.dtypes) == list(full.dtypes)


def test_unknown_table():
    with pytest.raises(ValueError, match="unknown table"):
        to_dataframe([], "people")


def test_figure_numbers_sum(article):
    df = to_dataframe(article, "figures")
    assert df["value_number"].sum() == 90.0


# --- HTML ------------------------------------------------------------------------------

class _Elements(HTMLParser):
    """Collects (tag, attrs, text inside) for each element, and checks the nesting."""

    def __init__(self):
        super().__init__()
        self.stack, self.done, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs), len("".join(self.text))))

    def handle_endtag(self, tag):
        open_tag, attrs, start = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        self.done.append((tag, attrs, "".join(self.text)[start:]))

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Elements:
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser


def _by_class(parsed, name):
    return [(attrs, text) for _, attrs, text in parsed.done if attrs.get("class") == name]


def test_html_escapes_the_article(article):
    markup = article._repr_html_()
    assert "<b>faux</b>" not in markup and "<script" not in markup
    assert "&lt;b&gt;faux&lt;/b&gt; &amp; &quot;absurde&quot;" in markup
    parsed = parse(markup)
    text = "".join(t for _, attrs, t in parsed.done if attrs.get("class") == "qm-text")
    assert text == TEXT                     # the reader sees exactly the article


def test_script_in_names_and_values_is_escaped():
    text = "« <script>alert(1)</script> », a dit Bob."
    a = Article("x", text, quotes=(Quote("q1", "<script>alert(1)</script>", 2, 27, speaker_id="s"),),
                speakers=(Speaker("s", '<img src=x onerror="alert(1)">'),),
                figures=(Figure("1", 15, 16, "count", '"><script>', unit="<i>"),))
    markup = render_article(a)
    assert "<script" not in markup and "<img" not in markup and "<i>" not in markup
    parse(markup)


def test_quotes_coloured_by_speaker_with_legend(article):
    parsed = parse(render_article(article))
    quotes = _by_class(parsed, "qm-quote")
    assert [t for _, t in quotes] == [q.text for q in article.quotes]
    colours = speaker_colours(article)
    for (attrs, _), quote in zip(quotes, article.quotes):
        assert colours[quote.speaker_id] in attrs["style"]
    assert colours["s1"] != colours["s2"] and colours[None] == UNATTRIBUTED
    assert quotes[0][0]["title"] == "Antony Blinken — verb: a déclaré"
    assert quotes[2][0]["title"] == "speaker not given"
    legend = [t for _, t in _by_class(parsed, "qm-legend-speaker")]
    assert legend == ["Antony Blinken, secrétaire d'Etat américain (1)", "Park Jin (1)",
                      "speaker not given (1)"]


def test_figures_inside_quotes_nest(article):
    parsed = parse(render_article(article))
    figures = _by_class(parsed, "qm-figure")
    assert [(a["title"], t) for a, t in figures] == [
        ("date: 2023-02-03", "03 fév."),
        ("count: 90 essais de missiles (more_than)", "plus de 90 essais de missiles")]
    furniture = _by_class(parsed, "qm-furniture")
    assert [t for _, t in furniture] == ["(FIN)"]


def test_crossing_spans_stay_well_formed():
    # A figure that starts inside a quote and ends after it: "2022 » et 2023".
    text = "« jusqu'en 2022 » et 2023"
    a = Article("x", text, quotes=(Quote("q1", "jusqu'en 2022", 2, 15),),
                figures=(Figure("2022 » et 2023", 11, 25, "year", 2022),))
    parsed = parse(render_article(a))
    pieces = [t for _, attrs, t in parsed.done if attrs.get("class") == "qm-figure"]
    assert "".join(pieces) == "2022 » et 2023"
    assert [t for _, t in _by_class(parsed, "qm-quote")] == ["jusqu'en 2022"]


def test_bad_offsets_are_left_out():
    a = Article("x", "court", figures=(Figure("zz", 3, 99, "count", 2),))
    assert "qm-figure" not in render_article(a)


# --- quoteminer show -------------------------------------------------------------------

def test_show_reads_extract_records(tmp_path, article):
    path = tmp_path / "out.jsonl"
    other = Article("other", "Rien.")
    path.write_text("\n".join(json.dumps(a.to_dict(), ensure_ascii=False)
                              for a in (other, article)) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path), "--id", "yonhap-1"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Nous avons effectué" in out and "(FIN)" in out
    assert "Speakers" in out and "Antony Blinken" in out and "Park Jin" in out
    assert "more_than" in out and "2023-02-03" in out
    assert "verb: a déclaré" in out and "(not said)" in out   # the quotes table
    assert "<b>faux</b>" in out       # the terminal shows the text as it is


def test_show_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["show", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
    assert "absent.txt" in result.output


@pytest.mark.slow
def test_show_mines_a_text_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("« Nous sommes prêts », a déclaré Antony Blinken à Séoul, où il "
                    "restera trois jours.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path)])
    assert result.exit_code == 0, result.output
    assert "Nous sommes prêts" in result.stdout
    assert "Speakers" in result.stdout and "Figures" in result.stdout


@pytest.mark.slow
def test_dataframe_of_mined_articles(miner):
    texts = [("« Nous sommes prêts », a déclaré Antony Blinken.", "a"),
             ("Il pleut sur Paris.", "b")]
    df = quoteminer.to_dataframe(miner.pipe(texts), "quotes")
    assert list(df["article_id"]) == ["a"]
    assert df.iloc[0]["text"] == "Nous sommes prêts"
    articles = quoteminer.to_dataframe(miner.pipe(texts), "articles")
    assert list(articles["article_id"]) == ["a", "b"]
