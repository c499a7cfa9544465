"""Readers: formats, encodings, limits and unreadable files give items or error items.

No model is loaded here: these tests only read.
"""

from __future__ import annotations

import io
import json
import os
import threading
import unicodedata
from pathlib import Path

import pytest

from quoteminer.io import readers
from quoteminer.io.readers import (InputError, InputText, ReaderOptions, _read_stdin,
                                   decode_bytes, expand_paths, read_inputs, read_path)

SENTENCE = "Le président a déclaré : « Nous sommes prêts », à Besançon, où l'œuvre coûte 3 €."


def one(path: Path, **options) -> InputText | InputError:
    items = list(read_path(path, ReaderOptions(**options)))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("cp1252", "cp1252"),
    ("utf-16", "utf-16"),
])
def test_encodings_decode_to_the_same_text(tmp_path, encoding, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(SENTENCE.encode(encoding))
    item = one(path)
    assert isinstance(item, InputText)
    assert item.text == SENTENCE
    assert item.source["encoding"] == expected
    assert item.source["path"] == str(path)
    assert item.source["format"] == "txt"


@pytest.mark.parametrize("text", [
    "Le maire a dit « oui ».",  # charset-normalizer alone reads this as cp932
    "Ça coûte 3 €, a déclaré l’élu.",  # and this as cp1250 ("coűte")
    "Élève, où, çà, déjà.",
])
def test_short_latin1_french_is_read_as_cp1252(tmp_path, text):
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    item = one(path)
    assert isinstance(item, InputText)
    assert item.text == text
    assert item.source["encoding"] == "cp1252"


def test_cyrillic_in_a_legacy_encoding_is_not_forced_to_cp1252():
    text = "Президент заявил, что переговоры продолжатся на следующей неделе в Москве."
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert encoding != "cp1252"


def test_decomposed_accents_are_normalised_before_offsets_exist(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Élisabeth a déclaré « été ».")
    path = tmp_path / "mac.txt"
    path.write_text(decomposed, encoding="utf-8")
    item = one(path)
    assert item.text == "Élisabeth a déclaré « été »."
    assert len(item.text) < len(decomposed)


@pytest.mark.parametrize("content,kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (bytes(range(1, 32)) * 50, "binary"),  # control characters, no NUL
    (b"", "empty"),
])
def test_bad_content_is_an_error_naming_the_file(tmp_path, content, kind):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    item = one(path)
    assert isinstance(item, InputError)
    assert item.kind == kind
    assert str(path) in item.message and item.id == str(path)


def test_whitespace_only_is_an_article_not_an_error(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    assert isinstance(one(path), InputText)


def test_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Le maire a parlé. " * 100, encoding="utf-8")
    item = one(path, max_bytes=1000)
    assert isinstance(item, InputError) and item.kind == "too_large"
    assert "1000" in item.message and str(path) in item.message
    assert isinstance(one(path, max_bytes=10_000), InputText)


def test_dangling_symlink_and_folder_named_like_a_file(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    item = one(link)
    assert isinstance(item, InputError) and item.kind == "io"
    assert "dangling" in item.message and str(link) in item.message


def test_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(read_path(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(result[0], InputError) and result[0].kind == "io"


def test_unreadable_permissions(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Le maire a parlé.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            # Root (as in CI) reads a chmod 000 file anyway: make open() refuse as the
            # kernel would for another user, to test the same error path.
            def refuse(*args, **kwargs):
                raise PermissionError(13, "Permission denied")
            monkeypatch.setattr(readers, "open", refuse, raising=False)
        item = one(path)
        assert isinstance(item, InputError) and item.kind == "io"
        assert str(path) in item.message and "Permission denied" in item.message
    finally:
        path.chmod(0o644)


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ["b.txt", "a/z.html", "a/c.txt", "A.TXT", "notes.md", "c.jsonl", "a/b/d.htm"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [str(p.relative_to(tmp_path)) for p in expand_paths([tmp_path])]
    assert found == ["A.TXT", "a/b/d.htm", "a/c.txt", "a/z.html", "b.txt", "c.jsonl"]
    assert found == [str(p.relative_to(tmp_path)) for p in expand_paths([tmp_path])]


def test_globs_and_missing_inputs(tmp_path):
    for name in ["x1.txt", "x2.txt", "y.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = list(expand_paths([str(tmp_path / "x*.txt"), str(tmp_path / "nope.txt"),
                               str(tmp_path / "q*.txt")]))
    assert [p.name for p in found[:2]] == ["x1.txt", "x2.txt"]
    assert [(e.kind, "nope.txt" in e.message or "q*" in e.message)
            for e in found[2:]] == [("missing", True), ("missing", True)]


def test_jsonl_fields_ids_and_bad_lines(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": "fr-1", "text": "« Oui », a dit le maire."}),
             json.dumps({"body": "Sans identifiant ni champ text."}),
             "{not json",
             "",
             json.dumps({"uid": 7, "body": "Le ministre a parlé."}),
             json.dumps(["a", "list"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("InputText", "fr-1"), ("InputError", f"{path}#2"), ("InputError", f"{path}#3"),
        ("InputError", f"{path}#5"), ("InputError", f"{path}#6")]
    assert [i.kind for i in items[1:]] == ["field", "parse", "field", "field"]
    assert items[0].source == {"path": str(path), "encoding": "utf-8", "format": "jsonl",
                               "line": 1}
    custom = list(read_path(path, ReaderOptions(text_field="body", id_field="uid")))
    assert [i.id for i in custom if isinstance(i, InputText)] == [f"{path}#2", "7"]


def test_jsonl_limit_applies_per_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "short", "text": "Court."}) + "\n"
                    + json.dumps({"id": "long", "text": "Long. " * 500}) + "\n",
                    encoding="utf-8")
    items = list(read_path(path, ReaderOptions(max_bytes=1000)))
    assert isinstance(items[0], InputText)
    assert isinstance(items[1], InputError) and items[1].kind == "too_large"


def test_json_document_list_and_skip(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"id": "a", "text": "Un."}, {"id": "b", "text": "Deux."}]),
                    encoding="utf-8")
    assert [i.id for i in read_path(path)] == ["a", "b"]
    assert [i.id for i in read_path(path, skip={"a"})] == ["b"]
    assert list(read_inputs([tmp_path / "t.txt"], skip={str(tmp_path / "t.txt")})) == []


HTML = """<html><head><meta charset="windows-1252"><title>Crise : le maire parle</title>
<meta property="og:site_name" content="Le Journal"><meta name="date" content="2023-02-03">
</head><body><nav>Accueil | Politique | Sport</nav><article><h1>Crise : le maire parle</h1>
<p>« Nous sommes prêts », a déclaré le maire de Besançon lors d'une conférence de presse
vendredi soir devant une trentaine de journalistes réunis à l'hôtel de ville.</p>
<p>Selon la préfecture, plus de 90 personnes ont été évacuées dans la nuit de jeudi.</p>
</article><footer>© Le Journal 2023 - Mentions légales</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("cp1252"))
    item = one(path)
    assert isinstance(item, InputText)
    assert "« Nous sommes prêts »" in item.text
    assert "Accueil | Politique" not in item.text
    assert item.source["format"] == "html"
    assert item.source["encoding"] == "windows-1252"
    assert item.source["html"]["title"] == "Crise : le maire parle"
    assert item.source["html"]["date"] == "2023-02-03"


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Rien</title></head><body></body></html>",
                    encoding="utf-8")
    item = one(path)
    assert isinstance(item, InputError) and item.kind == "no_text"
    assert str(path) in item.message


@pytest.mark.parametrize("data,expected", [
    (b"Le maire a dit \xc2\xab oui \xc2\xbb.", [("txt", "-")]),
    (b'{"id": "a", "text": "Un."}\n{"id": "b", "text": "Deux."}\n',
     [("jsonl", "a"), ("jsonl", "b")]),
    (b'[{"id": "c", "text": "Trois."}]', [("json", "c")]),
])
def test_stdin_format_is_sniffed(data, expected):
    stream = io.BufferedReader(io.BytesIO(data))
    items = list(_read_stdin(ReaderOptions(), (), stream))
    assert [(i.source["format"], i.id) for i in items] == expected
