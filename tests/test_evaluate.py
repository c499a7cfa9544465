"""Evaluation: quoteminer's scorer agrees with the shared scorer, and its rules hold.

The agreement tests craft predictions by perturbing the gold (drop quotes, shift spans,
change speakers and figure values, add noise), so they test the metric, not the pipeline.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteminer.cli import _register, app
from quoteminer.explore.evaluation import (GoldError, evaluate, load_predictions, name_tokens,
                                           score_article, trim_span, values_equal)

from conftest import CORPUS, SHARED

SCORER = SHARED / "eval" / "score.py"
DEV = CORPUS / "dev.gold.jsonl"
SEED = CORPUS / "seed.gold.json"
needs_shared = pytest.mark.skipif(not SCORER.exists() or not DEV.exists(),
                                  reason="../shared (gold corpus and score.py) is absent")

_register()


def _spans(text: str, records: list[dict], key: str) -> list[tuple[int, int]]:
    """Where each gold record lies (its ``start``, else its next free occurrence)."""
    out, taken = [], set()
    for record in records:
        piece = record[key]
        if isinstance(record.get("start"), int):
            out.append((record["start"], record["start"] + len(piece)))
            continue
        at = text.find(piece)
        while (at, at + len(piece)) in taken:
            at = text.find(piece, at + 1)
        taken.add((at, at + len(piece)))
        out.append((at, at + len(piece)))
    return out


def perfect(gold: dict) -> dict:
    text = gold["text"]
    quotes = [{"text": q["text"], "start": s, "end": e, "speaker": {"name": q["speaker"]}}
              for q, (s, e) in zip(gold["quotes"], _spans(text, gold["quotes"], "text"))]
    figures = [{"text": f["surface"], "start": s, "end": e, "kind": f["kind"], "value": f["value"]}
               for f, (s, e) in zip(gold["figures"], _spans(text, gold["figures"], "surface"))]
    return {"id": gold["id"], "quotes": quotes, "figures": figures}


def perturbed(gold: dict, seed: int) -> dict | None:
    """A prediction with every kind of error the scorer must count."""
    rng = random.Random(f"{gold['id']}-{seed}")
    if rng.random() < 0.1:
        return None                                   # no prediction for the article
    pred = perfect(gold)
    text = gold["text"]
    quotes = []
    for q in pred["quotes"]:
        roll = rng.random()
        if roll < 0.15:
            continue                                  # dropped
        q = dict(q)
        if roll < 0.3:                                # shifted (some still within 80 %)
            delta = rng.choice([-40, -8, -3, 3, 8, 40])
            q["start"] = max(0, q["start"] + delta)
            q["end"] = min(len(text), q["end"] + rng.choice([-30, -5, 0, 5, 30]))
        elif roll < 0.4:                              # offsets unusable: looked up by text
            q.pop("start")
            q["end"] = None
        name = q["speaker"]["name"]
        roll = rng.random()
        if roll < 0.15:
            q["speaker"] = None
        elif roll < 0.3:
            q["speaker"] = "Jean Dupont"              # wrong, as a bare string
        elif roll < 0.45 and name:
            q["speaker"] = {"name": "M. " + name.split()[-1]}   # surname with a title
        elif roll < 0.55 and name:
            q["speaker"] = {"name": name.upper()}
        quotes.append(q)
    if rng.random() < 0.7:                            # a spurious quote
        start = rng.randrange(0, max(1, len(text) - 60))
        quotes.append({"text": text[start:start + 50], "start": start, "end": start + 50,
                       "speaker": {"name": "Personne"}})
    rng.shuffle(quotes)
    figures = []
    for f in pred["figures"]:
        roll = rng.random()
        if roll < 0.1:
            continue
        f = dict(f)
        if roll < 0.2 and isinstance(f["value"], (int, float)):
            f["value"] = f["value"] + 1
        elif roll < 0.3:
            f["kind"] = "count" if f["kind"] != "count" else "quantity"
        elif roll < 0.35:
            f["value"] = None                         # unresolved: not scored
        elif roll < 0.4:
            f["kind"] = "time"                        # not scored
        elif roll < 0.45:
            f.pop("start"), f.pop("end")              # looked up by text
        elif roll < 0.5 and isinstance(f["value"], str):
            f["value"] = f["value"].upper() + " "
        elif roll < 0.55 and isinstance(f["value"], int):
            f["value"] = float(f["value"]) + 1e-9
        figures.append(f)
    figures.append({"text": "x", "start": 0, "end": 5, "kind": "date", "value": "--05-12"})
    figures.append({"text": "y", "start": 3, "end": 9, "kind": "count", "value": 7})
    rng.shuffle(figures)
    return {"id": gold["id"], "quotes": quotes, "figures": figures}


def shared_summary(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_jsonl(path: Path, records: list[dict | None]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records if r),
                    encoding="utf-8")
    return path


@needs_shared
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_agrees_with_shared_scorer_on_perturbed_dev(tmp_path, dev_gold, seed):
    preds = [perturbed(g, seed) for g in dev_gold]
    path = write_jsonl(tmp_path / "pred.jsonl", preds)
    ours = evaluate(dev_gold, load_predictions(path)).summary()
    assert ours == shared_summary(DEV, path)
    assert 0 < ours["quote_recall"] < 1 and 0 < ours["figure_precision"] < 1


@needs_shared
def test_perfect_predictions_score_one(tmp_path, dev_gold):
    path = write_jsonl(tmp_path / "pred.jsonl", [perfect(g) for g in dev_gold])
    ours = evaluate(dev_gold, load_predictions(path)).summary()
    assert ours == shared_summary(DEV, path)
    scores = [v for k, v in ours.items() if k.startswith(("quote_", "figure_"))]
    assert scores == [1.0] * len(scores)
    assert ours["speaker_accuracy"] == 1.0


@needs_shared
def test_cli_json_agrees_on_the_seed_article(tmp_path, seed_gold):
    path = write_jsonl(tmp_path / "pred.jsonl", [perturbed(seed_gold, 7)])
    result = CliRunner().invoke(app, ["evaluate", str(SEED), "--pred", str(path), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    by_article = ours.pop("by_article")
    assert ours == shared_summary(SEED, path)
    assert by_article[0]["id"] == seed_gold["id"]


@needs_shared
def test_cli_table_lists_misses(tmp_path, dev_gold):
    preds = [perfect(g) for g in dev_gold]
    dropped = preds[0]["quotes"].pop(0)
    path = write_jsonl(tmp_path / "pred.jsonl", preds)
    result = CliRunner().invoke(app, ["evaluate", str(DEV), "--pred", str(path),
                                      "--errors", "-1"])
    assert result.exit_code == 0, result.output
    assert "Missed quotes (1)" in result.stdout
    assert dropped["text"].split()[0] in result.stdout
    assert "quote recall" in result.stdout


@needs_shared
@pytest.mark.slow
def test_pipeline_run_agrees_with_shared_scorer(tmp_path, miner, dev_gold):
    """What `quoteminer evaluate dev.gold.jsonl` prints is what score.py says of the same run."""
    from quoteminer.explore.evaluation import predict
    subset = dev_gold[:4]
    predictions = predict(miner, subset)
    gold_path = write_jsonl(tmp_path / "gold.jsonl", subset)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", list(predictions.values()))
    assert evaluate(subset, predictions).summary() == shared_summary(gold_path, pred_path)


# --- the rules, on small hand-made cases -----------------------------------------------

TEXT = "« Nous sommes prêts », a déclaré Antony Blinken, en visite pour trois jours."


def gold_article(speaker="Antony Blinken", aliases=()):
    return {"id": "a", "text": TEXT,
            "quotes": [{"text": "Nous sommes prêts", "speaker": speaker,
                        "aliases": list(aliases), "kind": "direct"}],
            "figures": [{"surface": "trois jours", "value": 3, "kind": "duration",
                         "unit": "jours"}]}


@pytest.mark.parametrize("predicted,right", [
    ("Blinken", True),
    ("M. Blinken", True),
    ("ANTONY BLINKEN", True),
    ("le secrétaire d'Etat", False),       # a title alone names no one
    ("Antony", True),
    (None, False),
    ("Jean Dupont", False),
])
def test_speaker_name_token_match(predicted, right):
    pred = {"quotes": [{"text": "Nous sommes prêts", "start": 2, "end": 19,
                        "speaker": predicted}]}
    counts = score_article(gold_article(), pred).counts
    assert (counts.found, counts.attr_right) == (1, int(right))


@pytest.mark.parametrize("start,end,found", [
    (2, 19, True),        # exact
    (0, 21, True),        # with the marks and spaces: trimmed
    (2, 16, True),        # 14 of 17 characters: 82 %
    (2, 14, False),       # 12 of 17: 70 %
])
def test_quote_needs_80_percent_cover(start, end, found):
    counts = score_article(gold_article(), {"quotes": [{"start": start, "end": end}]}).counts
    assert counts.found == int(found)


@pytest.mark.parametrize("figure,found", [
    ({"start": 64, "end": 75, "value": 3, "kind": "duration"}, True),
    ({"start": 64, "end": 69, "value": 3.0, "kind": "count"}, True),   # overlap suffices
    ({"start": 64, "end": 75, "value": 4, "kind": "duration"}, False),
    ({"start": 0, "end": 10, "value": 3, "kind": "duration"}, False),  # elsewhere
    ({"text": "trois jours", "value": 3, "kind": "duration"}, True),   # found by its text
])
def test_figure_value_and_overlap(figure, found):
    assert TEXT[64:75] == "trois jours"
    result = score_article(gold_article(), {"figures": [figure]})
    assert result.counts.fig_found == int(found)
    assert result.counts.pred_figures == 1


@pytest.mark.parametrize("figure", [
    {"start": 64, "end": 75, "value": None, "kind": "duration"},
    {"start": 64, "end": 75, "value": "18:00", "kind": "time"},
    {"start": 64, "end": 75, "value": "--05-12", "kind": "date"},
])
def test_unscored_figures_are_ignored(figure):
    assert score_article(gold_article(), {"figures": [figure]}).counts.pred_figures == 0


def test_helpers():
    assert name_tokens("M. Jean-Yves Le Drian") == {"jean-yves", "drian"}
    assert name_tokens("le ministre sud-coréen") == frozenset()
    assert trim_span("« Oui. »", 0, 8) == (2, 5)
    assert values_equal("2023-02-03", "2023-02-03 ") and not values_equal(3, "3.0")
    assert values_equal(2300000000, 2.3e9) and not values_equal(None, 0)


def test_gold_not_in_text_is_an_error():
    gold = gold_article()
    gold["quotes"][0]["text"] = "Nous ne sommes pas prêts"
    with pytest.raises(GoldError, match="not in the text"):
        score_article(gold, None)


def test_predictions_by_path_stem(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", [{"id": "in/a.txt", "quotes": []},
                                              {"id": "b", "quotes": []}])
    assert set(load_predictions(path)) == {"in/a.txt", "a", "b"}
    result = evaluate([gold_article()], load_predictions(path))
    assert result.summary()["articles_without_prediction"] == 0


def test_cli_bad_gold_exits_2(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "quotes": [{"text": "zzz"}]}\n')
    pred = write_jsonl(tmp_path / "p.jsonl", [])
    result = CliRunner().invoke(app, ["evaluate", str(bad), "--pred", str(pred)])
    assert result.exit_code == 2
    assert "not in the text" in result.output


@needs_shared
def test_error_lists_agree_with_shared_scorer(tmp_path, dev_gold):
    """The misses and wrong speakers per article are the shared scorer's (which clips texts)."""
    path = write_jsonl(tmp_path / "pred.jsonl", [perturbed(g, 5) for g in dev_gold])
    out = subprocess.run([sys.executable, str(SCORER), str(DEV), str(path), "--by-article",
                          "--json"], capture_output=True, text=True, check=True).stdout
    theirs = [json.loads(line) for line in out.splitlines() if line.startswith('{"id"')]
    ours = evaluate(dev_gold, load_predictions(path)).articles
    assert [a.id for a in ours] == [t["id"] for t in theirs]
    for mine, their in zip(ours, theirs):
        assert [m.text[:80] for m in mine.quote_misses] == their["misses"]
        assert [m.text for m in mine.figure_misses] == their["figure_misses"]
        assert [{"quote": e.quote[:60], "gold": e.gold,
                 "pred": e.predicted if e.quote_found else "(quote missed)"}
                for e in mine.speaker_errors] == their["wrong_speakers"]
    assert any(t["wrong_speakers"] for t in theirs) and any(t["misses"] for t in theirs)
