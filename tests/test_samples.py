"""The CLI on samples/: one record per article, checked against the human annotation.

Each ``samples/<name>.txt`` has ``<name>.txt.expected`` beside it: the annotated quotes,
speakers and figures of that article in the gold format of GUIDELINES.md.  The reference
article must come out exactly; the other samples must reach the foundation's bar.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteminer.explore.evaluation import evaluate

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
REFERENCE = "seed-yonhap-blinken-park"


@pytest.fixture(scope="module")
def cli_records(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("cli") / "out.jsonl"
    result = subprocess.run([sys.executable, "-m", "quoteminer", "extract", str(SAMPLES),
                             "-o", str(out), "--quiet"], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {Path(r["id"]).stem: r for r in records}


def _expected(name: str) -> dict:
    data = json.loads((SAMPLES / f"{name}.txt.expected").read_text(encoding="utf-8"))
    data["text"] = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    return data


def test_one_record_per_sample(cli_records):
    names = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert sorted(cli_records) == names
    assert all("error" not in r for r in cli_records.values())


def test_offsets_index_the_sample_text(cli_records):
    for name, record in cli_records.items():
        text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
        for item in record["quotes"] + record["figures"]:
            assert text[item["start"]:item["end"]] == item["text"], (name, item)


def test_reference_article_exactly(cli_records):
    score = evaluate([_expected(REFERENCE)], {REFERENCE: cli_records[REFERENCE]})
    assert score.quote_f1 == 1.0, [m.text for m in score.quote_misses]
    assert score.speaker_accuracy == 1.0, score.speaker_errors
    assert score.figure_f1 >= 0.95 and score.figure_kind_accuracy >= 0.95, score.figure_misses


@pytest.mark.parametrize("name", ["fr-001", "fr-020", "fr-057"])
def test_other_samples_reach_the_bar(cli_records, name):
    score = evaluate([_expected(name)], {name: cli_records[name]})
    assert score.quote_f1 >= 0.93, [m.text for m in score.quote_misses]
    assert score.speaker_accuracy >= 0.75, score.speaker_errors
