"""Batch runs at archive scale: bad files among good ones, a crash in one article, a run
killed with SIGKILL and resumed, and 1 vs 2 worker processes.

Tests run as root in CI, where chmod 000 does not stop reading: an unreadable input is
simulated with a dangling symbolic link and a FIFO (which would block a naive reader).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from quoteminer.cli import _register
from quoteminer.io.batch import mine_records
from quoteminer.io.readers import InputError, InputText
from quoteminer.records import Article, check_offsets

from fakes import CrashingMiner

_register()

# Real sentences of French news style; each good file is one of them plus its number, so
# every text differs.
SENTENCES = [
    "« Nous sommes prêts », a déclaré Antony Blinken vendredi à Washington.",
    "Selon la préfecture, plus de 90 personnes ont été évacuées dans la nuit.",
    "Le maire a indiqué que les travaux coûteraient 3,5 millions d'euros.",
    "« C'est une catastrophe », a réagi Sonia, une habitante du quartier.",
    "Le taux de chômage a reculé de 0,2 point au deuxième trimestre, selon l'Insee.",
]


def good_text(i: int) -> str:
    return f"{SENTENCES[i % len(SENTENCES)]} Article numéro {i}."


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def make_archive(folder: Path) -> dict[str, str | None]:
    """200 inputs, 10 of them unusual; returns name -> expected error kind (None = ok)."""
    folder.mkdir()
    expected: dict[str, str | None] = {}
    for i in range(190):
        name = f"good/{i // 50}/a{i:03d}.txt"
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(good_text(i), encoding="utf-8")
        expected[name] = None
    bad = folder / "bad"
    bad.mkdir()
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    expected["bad/image.txt"] = "binary"
    (bad / "nul.txt").write_bytes("Le maire a dit".encode() + b"\x00\x00\x00 oui")
    expected["bad/nul.txt"] = "binary"
    (bad / "empty.txt").write_bytes(b"")
    expected["bad/empty.txt"] = "empty"
    (bad / "latin1.txt").write_bytes("Le préfet a déclaré : « Ça coûte cher ».".encode("cp1252"))
    expected["bad/latin1.txt"] = None
    (bad / "truncated.html").write_text(
        "<html><head><title>Évacuation</title></head><body><article><p>« Nous sommes prêts "
        "», a déclaré le maire de Besançon lors d'une conférence de presse vendredi soir "
        "devant une trentaine de journalistes.</p><p>Selon la préfecture, plus de 90 pers",
        encoding="utf-8")
    expected["bad/truncated.html"] = None  # trafilatura still finds the paragraphs
    (bad / "big.txt").write_text(good_text(0) * 400, encoding="utf-8")
    expected["bad/big.txt"] = "too_large"
    (bad / "gone.txt").symlink_to(folder / "deleted.txt")
    expected["bad/gone.txt"] = "io"
    os.mkfifo(bad / "pipe.txt")
    expected["bad/pipe.txt"] = "io"
    (bad / "broken.jsonl").write_text('{"id": "x", "text": "Le mai\n', encoding="utf-8")
    expected["bad/broken.jsonl#1"] = "parse"
    (bad / "script.html").write_text("<html><head><title>Chargement</title></head><body>"
                                     "<script>var page = 1;</script></body></html>",
                                     encoding="utf-8")
    expected["bad/script.html"] = "no_text"
    assert len(expected) == 200
    return expected


@pytest.mark.slow
def test_archive_with_bad_files(cli, tmp_path):
    expected = make_archive(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = cli(str(tmp_path / "in"), "-o", str(out), "--max-bytes", "20000",
                 "--workers", "1")
    assert result.exit_code == 1, result.output
    records = read_jsonl(out)
    assert len(records) == 200
    prefix = str(tmp_path / "in") + "/"
    by_name = {r["id"].removeprefix(prefix): r for r in records}
    assert set(by_name) == set(expected)
    for name, kind in expected.items():
        record = by_name[name]
        if kind is None:
            assert "error" not in record, record
            assert check_offsets(Article.from_dict(record)) == []
        else:
            assert record["error"]["kind"] == kind
            assert name.split("#")[0] in record["error"]["message"]
    errors = sum(1 for r in records if "error" in r)
    assert errors == 8
    latin = by_name["bad/latin1.txt"]
    assert latin["metadata"]["source"]["encoding"] == "cp1252"
    assert "Ça coûte cher" in latin["text"]
    assert by_name["bad/truncated.html"]["metadata"]["source"]["html"]["title"] == "Évacuation"
    assert "200 files, 192 ok, 8 errors" in result.stderr
    # Deterministic order: sorted paths, a second run writes the same ids in the same order.
    again = tmp_path / "again.jsonl"
    cli(str(tmp_path / "in"), "-o", str(again), "--max-bytes", "20000", "-q")
    assert [r["id"] for r in read_jsonl(again)] == [r["id"] for r in records]


def test_one_crashing_article_gets_an_error_record_and_the_batch_goes_on():
    items = [InputText(f"a{i}", "BOUM" if i == 3 else f"Texte {i}", {"path": f"a{i}.txt"})
             for i in range(6)]
    items.insert(2, InputError("bad", "binary", "bad: binary"))
    records = list(mine_records(CrashingMiner(), items, chunk=4))
    assert [r["id"] for r in records] == ["a0", "a1", "bad", "a2", "a3", "a4", "a5"]
    assert [r["error"]["kind"] for r in records if "error" in r] == ["binary", "processing"]
    crashed = records[4]["error"]
    assert "a3.txt" in crashed["message"] and "component failed" in crashed["message"]


@pytest.mark.slow
def test_one_and_two_workers_give_equal_records(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(24):
        (folder / f"a{i:02d}.txt").write_text(good_text(i), encoding="utf-8")
    (folder / "z.txt").write_bytes(b"")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli(str(folder), "-o", str(one), "-q").exit_code == 1
    assert cli(str(folder), "-o", str(two), "-q", "--workers", "2",
               "--batch-size", "4").exit_code == 1
    assert read_jsonl(one) == read_jsonl(two)
    assert len(read_jsonl(one)) == 25


@pytest.mark.slow
def test_killed_run_resumes_with_every_input_exactly_once(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = [f"a{i:03d}.txt" for i in range(150)]
    for i, name in enumerate(names):
        (folder / name).write_text(" ".join(good_text(i + k) for k in range(6)),
                                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-c", "from quoteminer.cli import main; main()", "extract",
               str(folder), "-o", str(out), "-q"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 5:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    written = out.read_bytes()
    lines_before = written.count(b"\n")
    assert 5 <= lines_before < len(names)
    if written.endswith(b"\n"):
        # The kill fell between two lines: add the partial line it could have left.
        out.write_bytes(written + written.splitlines(keepends=True)[-1][:40])

    result = cli(str(folder), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert sorted(r["id"] for r in records) == sorted(str(folder / n) for n in names)
    assert f"{lines_before} already done" in result.stderr

    result = cli(str(folder), "-o", str(out), "--resume")
    assert result.exit_code == 0
    assert read_jsonl(out) == records
