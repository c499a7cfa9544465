"""Tables: rows built from hand-made records, and the CSV / Parquet files written from them.

The article below is written by hand from a real sentence, so the expected rows do not
depend on what the pipeline's components find today.
"""

from __future__ import annotations

import csv

import pytest

from quoteminer.io.tables import COLUMNS, TABLES, table_rows, value_number, value_string
from quoteminer.io.writers import table_paths, write_tables
from quoteminer.records import Article, Cue, Figure, Mention, Metadata, Quote, Speaker

TEXT = ("« Nous sommes prêts », a déclaré Antony Blinken. Plus de 90 essais de missiles "
        "ont eu lieu depuis le 3 février 2023.")


def blinken() -> Article:
    start = TEXT.index("Nous")
    return Article(
        id="fr-1", text=TEXT,
        quotes=(Quote("q1", "Nous sommes prêts", start, start + 17, speaker_id="s1",
                      cue=Cue("verb", "a déclaré", 23, 32, "déclarer"),
                      attribution="name", confidence=0.9),
                Quote("q2", "prêts", 14, 19, kind="partial")),
        speakers=(Speaker("s1", "Antony Blinken", aliases=("Blinken", "M. Blinken"),
                          role="secrétaire d'Etat", gender="m",
                          mentions=(Mention("Antony Blinken", 33, 47),)),),
        figures=(Figure("Plus de 90", 49, 59, "count", 90, qualifier="more_than"),
                 Figure("3 février 2023", TEXT.index("3 f"), TEXT.index("3 f") + 14,
                        "date", "2023-02-03")),
        metadata=Metadata(title="Blinken prêt", date="2023-02-03",
                          source={"path": "a/fr-1.txt", "encoding": "cp1252",
                                  "format": "txt"}))


def test_quote_rows_carry_the_speaker_and_cue():
    rows = table_rows(blinken(), "quotes")
    assert [r["id"] for r in rows] == ["q1", "q2"]
    first = rows[0]
    assert first["article_id"] == "fr-1"
    assert (first["speaker_name"], first["speaker_role"], first["speaker_gender"]) == (
        "Antony Blinken", "secrétaire d'Etat", "m")
    assert (first["cue_kind"], first["cue_lemma"], first["cue_text"]) == (
        "verb", "déclarer", "a déclaré")
    assert rows[1]["speaker_id"] is None and rows[1]["kind"] == "partial"


def test_rows_from_an_article_equal_rows_from_its_dict():
    article = blinken()
    for table in TABLES:
        assert table_rows(article, table) == table_rows(article.to_dict(), table)


def test_speaker_rows_count_mentions_and_quotes():
    [row] = table_rows(blinken(), "speakers")
    assert row["aliases"] == "Blinken | M. Blinken"
    assert (row["n_mentions"], row["n_quotes"]) == (1, 1)


def test_figure_values_as_string_and_number():
    rows = table_rows(blinken(), "figures")
    assert [(r["value"], r["value_number"]) for r in rows] == [("90", 90.0),
                                                               ("2023-02-03", None)]


@pytest.mark.parametrize("value,text,number", [
    (90, "90", 90.0), (4.5, "4.5", 4.5), (1500000.0, "1500000", 1500000.0),
    ("--05-12", "--05-12", None), (None, None, None), (True, "True", None),
])
def test_value_columns(value, text, number):
    assert (value_string(value), value_number(value)) == (text, number)


def test_article_row_and_error_row():
    [row] = table_rows(blinken(), "articles")
    assert (row["n_quotes"], row["n_speakers"], row["n_figures"]) == (2, 1, 2)
    assert (row["encoding"], row["path"], row["error_kind"]) == ("cp1252", "a/fr-1.txt",
                                                                 None)
    error = {"id": "x.txt", "error": {"kind": "binary", "message": "x.txt: binary"}}
    assert [r for t in ("quotes", "speakers", "figures") for r in table_rows(error, t)] == []
    [row] = table_rows(error, "articles")
    assert (row["article_id"], row["error_kind"], row["n_quotes"]) == ("x.txt", "binary", 0)


def test_every_row_has_exactly_the_columns():
    for table in TABLES:
        for row in table_rows(blinken(), table):
            assert list(row) == list(COLUMNS[table])
    with pytest.raises(ValueError):
        table_rows(blinken(), "people")


def test_table_paths_folder_or_prefix(tmp_path):
    folder = table_paths(str(tmp_path / "out") + "/", "csv")
    assert folder["quotes"] == tmp_path / "out" / "quotes.csv"
    assert folder["records"] == tmp_path / "out" / "records.jsonl"
    prefix = table_paths(tmp_path / "run1", "parquet")
    assert prefix["articles"] == tmp_path / "run1_articles.parquet"
    (tmp_path / "existing").mkdir()
    assert table_paths(tmp_path / "existing", "csv")["figures"].parent == tmp_path / "existing"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_written_tables_read_back(tmp_path, fmt):
    import pandas as pd

    records = [blinken().to_dict(),
               {"id": "bad.txt", "error": {"kind": "empty", "message": "bad.txt: empty"}}]
    paths = table_paths(str(tmp_path) + "/", fmt)
    counts = write_tables(records, paths, fmt, chunk=1)
    assert counts == {"quotes": 2, "speakers": 1, "figures": 2, "articles": 2}
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    for table in TABLES:
        frame = read(paths[table])
        assert list(frame.columns) == list(COLUMNS[table])
        assert len(frame) == counts[table]
    articles = read(paths["articles"])
    assert list(articles["article_id"]) == ["fr-1", "bad.txt"]


def test_empty_tables_keep_their_columns(tmp_path):
    import pandas as pd

    paths = table_paths(str(tmp_path) + "/", "parquet")
    write_tables([], paths, "parquet")
    frame = pd.read_parquet(paths["figures"])
    assert len(frame) == 0 and list(frame.columns) == list(COLUMNS["figures"])
    assert str(frame["value_number"].dtype) == "float64"
    paths = table_paths(str(tmp_path / "c") + "/", "csv")
    write_tables([], paths, "csv")
    with open(paths["quotes"], encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == list(COLUMNS["quotes"])
