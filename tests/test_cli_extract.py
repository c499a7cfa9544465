"""``quoteminer extract``: exit status, stdin, JSON inputs, table outputs, resume, summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quoteminer.cli.extract as extract_module
from quoteminer.cli import _register, app
from quoteminer.io.tables import COLUMNS, TABLES

_register()

BLINKEN = "« Nous sommes prêts », a déclaré Antony Blinken vendredi à Washington."
MAIRE = "Selon le maire, plus de 90 personnes ont été évacuées dans la nuit de jeudi."


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    (path / "a.txt").write_text(BLINKEN, encoding="utf-8")
    (path / "b.txt").write_text(MAIRE, encoding="utf-8")
    return path


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("args,message", [
    (["--format", "xml"], "--format"),
    (["--format", "csv"], "-o"),
    (["--resume"], "--resume needs -o"),
    (["--engine", "spark"], "--engine"),
    (["--input-format", "pdf"], "--input-format"),
    (["--workers", "0"], ""),
    (["--max-bytes", "0"], "--max-bytes"),
])
def test_usage_errors_exit_2(cli, folder, args, message):
    result = cli(str(folder), *args)
    assert result.exit_code == 2
    assert message in result.output


def test_no_input_is_a_usage_error(cli):
    assert cli().exit_code == 2


def test_all_ok_exits_0_and_writes_stdout(cli, folder):
    result = cli(str(folder))
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    assert [r["id"] for r in out] == [str(folder / "a.txt"), str(folder / "b.txt")]
    assert out[0]["text"] == BLINKEN
    assert out[0]["metadata"]["source"] == {"path": str(folder / "a.txt"),
                                            "encoding": "utf-8", "format": "txt"}
    assert result.stderr.startswith("quoteminer: 2 files, 2 ok, 0 errors")


def test_some_failed_exits_1_after_processing_all(cli, folder, tmp_path):
    result = cli(str(folder), str(tmp_path / "missing.txt"), "-q")
    assert result.exit_code == 1
    out = records(result.stdout)
    assert len(out) == 3
    assert out[2]["error"]["kind"] == "missing"
    assert "missing.txt" in out[2]["error"]["message"]
    assert result.stderr == ""  # --quiet: no summary


def test_stdin_text_and_jsonl(cli):
    result = cli("-", "-q", input=BLINKEN)
    assert result.exit_code == 0
    [record] = records(result.stdout)
    assert record["id"] == "-" and record["text"] == BLINKEN
    lines = "\n".join(json.dumps({"uid": f"u{i}", "body": t})
                      for i, t in enumerate([BLINKEN, MAIRE]))
    result = cli("-", "-q", "--id-field", "uid", "--text-field", "body", input=lines)
    assert [r["id"] for r in records(result.stdout)] == ["u0", "u1"]


def test_jsonl_input_keeps_offsets_into_its_text(cli, tmp_path):
    path = tmp_path / "arts.jsonl"
    path.write_text(json.dumps({"id": "fr-1", "text": BLINKEN}) + "\n", encoding="utf-8")
    [record] = records(cli(str(path), "-q").stdout)
    assert record["id"] == "fr-1" and record["text"] == BLINKEN
    for quote in record["quotes"]:
        assert BLINKEN[quote["start"]:quote["end"]] == quote["text"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_outputs_with_article_id_on_every_row(cli, folder, tmp_path, fmt):
    import pandas as pd

    (folder / "c.txt").write_bytes(b"")
    out = str(tmp_path / "tables") + "/"
    result = cli(str(folder), "-o", out, "--format", fmt, "-q")
    assert result.exit_code == 1
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    journal = records((tmp_path / "tables" / "records.jsonl").read_text(encoding="utf-8"))
    ids = [r["id"] for r in journal]
    for table in TABLES:
        frame = read(tmp_path / "tables" / f"{table}.{fmt}")
        assert list(frame.columns) == list(COLUMNS[table])
        assert set(frame["article_id"]) <= set(ids)
    articles = read(tmp_path / "tables" / f"articles.{fmt}")
    assert list(articles["article_id"]) == ids
    assert list(articles["error_kind"].fillna("")) == ["", "", "empty"]
    quotes = read(tmp_path / "tables" / f"quotes.{fmt}")
    assert len(quotes) == sum(len(r.get("quotes", [])) for r in journal)


def test_table_prefix_and_resume_without_duplicates(cli, folder, tmp_path):
    import pandas as pd

    prefix = str(tmp_path / "run1")
    assert cli(str(folder / "a.txt"), "-o", prefix, "--format", "parquet", "-q").exit_code == 0
    result = cli(str(folder), "-o", prefix, "--format", "parquet", "--resume")
    assert result.exit_code == 0
    assert "1 files" in result.stderr and "1 already done" in result.stderr
    articles = pd.read_parquet(tmp_path / "run1_articles.parquet")
    assert sorted(articles["article_id"]) == [str(folder / "a.txt"), str(folder / "b.txt")]


def test_resume_twice_gives_no_duplicates(cli, folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli(str(folder / "b.txt"), "-o", str(out), "-q").exit_code == 0
    for _ in range(2):
        assert cli(str(folder), "-o", str(out), "--resume", "-q").exit_code == 0
    ids = [r["id"] for r in records(out.read_text(encoding="utf-8"))]
    assert sorted(ids) == [str(folder / "a.txt"), str(folder / "b.txt")]


def test_fast_option_asks_for_the_small_model(folder, monkeypatch, miner):
    asked = []
    monkeypatch.setattr(extract_module, "_load_miner",
                        lambda model, fast: asked.append((model, fast)) or miner)
    CliRunner().invoke(app, ["extract", str(folder), "--fast", "-q"])
    assert asked == [("fr_core_news_md", True)]


def test_output_inside_an_input_folder_is_not_read_back(cli, folder):
    out = folder / "out.jsonl"
    for _ in range(2):
        assert cli(str(folder), "-o", str(out), "-q").exit_code == 0
    ids = [r["id"] for r in records(out.read_text(encoding="utf-8"))]
    assert ids == [str(folder / "a.txt"), str(folder / "b.txt")]


@pytest.mark.slow
def test_a_mixed_folder_gives_one_record_per_file_with_the_html_quotes(cli, tmp_path,
                                                                        monkeypatch):
    path = tmp_path / "mixed"
    path.mkdir()
    (path / "a.txt").write_text(BLINKEN, encoding="utf-8")
    (path / "b.html").write_text(
        "<html><head><title>Séoul</title></head><body><article><p>« La paix sans "
        "dénucléarisation est une fausse paix », a déclaré le ministre Park Jin jeudi à "
        "Séoul, devant les journalistes réunis pour sa première conférence.</p><p>Le "
        "ministre a ajouté que 69 missiles balistiques avaient été tirés cette année par "
        "le Nord, un record depuis dix ans.</p></article></body></html>", encoding="utf-8")
    # a binary file saved under a text name (a folder walk reads .txt/.html/.json/.jsonl)
    (path / "c.txt").write_bytes(bytes(range(256)) * 8)
    (path / "d.txt").write_bytes(b"")
    result = cli(str(path), "-q")
    out = {Path(r["id"]).name: r for r in records(result.stdout)}
    assert sorted(out) == ["a.txt", "b.html", "c.txt", "d.txt"]
    assert result.exit_code == 1  # some inputs gave error records
    assert [q["text"] for q in out["b.html"]["quotes"]] == [
        "La paix sans dénucléarisation est une fausse paix"]
    assert out["b.html"]["quotes"][0]["speaker"]["name"] == "Park Jin"
    assert out["a.txt"]["quotes"][0]["speaker"]["name"] == "Antony Blinken"
    assert out["c.txt"]["error"]["kind"] == "binary"
    assert "c.txt" in out["c.txt"]["error"]["message"]
    assert out["d.txt"]["error"]["kind"] == "empty"


def test_a_reader_that_raises_on_one_file_costs_only_that_file(cli, folder, monkeypatch):
    # e.g. lxml 6 without lxml_html_clean: importing the HTML extractor raised, and the
    # batch once wrote no record at all
    from quoteminer.io import readers

    original = readers._read_data

    def fragile(data, name, fmt, options, skip):
        if name.endswith("a.txt"):
            raise ImportError("lxml.html.clean module is now a separate project")
        return original(data, name, fmt, options, skip)

    monkeypatch.setattr(readers, "_read_data", fragile)
    result = cli(str(folder), "-q")
    out = {Path(r["id"]).name: r for r in records(result.stdout)}
    assert result.exit_code == 1
    assert out["a.txt"]["error"]["kind"] == "read_failed"
    assert "a.txt" in out["a.txt"]["error"]["message"]
    assert "ImportError" in out["a.txt"]["error"]["message"]
    assert out["b.txt"]["figures"]
