"""The JSONL journal: records flushed one by one; resume cuts a partial last line."""

from __future__ import annotations

import json

from quoteminer.io.writers import JsonlWriter, scan_journal


def test_records_are_on_disk_before_close(tmp_path):
    path = tmp_path / "out.jsonl"
    writer = JsonlWriter(path)
    writer.write({"id": "a", "text": "Élu « ici »"})
    # Another reader sees the line while the writer is still open (flushed, not buffered).
    assert json.loads(path.read_text(encoding="utf-8")) == {"id": "a", "text": "Élu « ici »"}
    writer.close()


def test_partial_last_line_is_cut_and_ids_reported(tmp_path):
    path = tmp_path / "out.jsonl"
    good = [json.dumps({"id": str(i), "text": "x"}) + "\n" for i in range(3)]
    path.write_text("".join(good) + '{"id": "3", "te', encoding="utf-8")
    assert scan_journal(path) == {"0", "1", "2"}
    assert path.read_text(encoding="utf-8") == "".join(good)


def test_resume_appends_after_the_repaired_journal(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "a"}\n{"id": "b", "error": {"kind": "io", "message": "b"}}\n{"id"',
                    encoding="utf-8")
    with JsonlWriter(path, resume=True) as writer:
        assert writer.done == {"a", "b"}
        writer.write({"id": "c"})
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["a", "b",
                                                                                 "c"]


def test_without_resume_the_output_is_replaced(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "old"}\n', encoding="utf-8")
    with JsonlWriter(path) as writer:
        assert writer.done == set()
        writer.write({"id": "new"})
    assert path.read_text() == '{"id": "new"}\n'


def test_scan_of_a_missing_journal_is_empty(tmp_path):
    assert scan_journal(tmp_path / "none.jsonl") == set()
