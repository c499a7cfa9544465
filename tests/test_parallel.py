"""Worker processes (quoteminer.parallel): order, equal records, clean-up, errors."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from quoteminer import Article
from quoteminer.io.batch import mine_records
from quoteminer.io.readers import InputError, InputText
from quoteminer.parallel import ArticleFailure, mine_in_processes

from fakes import CrashingMiner

SENTENCES = [
    "«Nous sommes prêts», a déclaré Antony Blinken vendredi à Washington.",
    "Le chômage a baissé de 3 % en 2022, selon l'Insee.",
    "",
    "« C'est une honte », a lancé la maire de Paris, Anne Hidalgo, mardi soir.",
    "   ",
    "Plus de 2 000 personnes ont manifesté samedi à Lyon.",
]


def _no_fake_load(model):
    raise AssertionError("the workers inherit the Miner (fork); nothing to load")


def run_with_deadline(function, seconds=60.0):
    """``function()`` in a thread; fails the test instead of hanging it."""
    outcome = {}

    def target():
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"no answer after {seconds} s"
    return outcome


@pytest.mark.slow
def test_two_processes_keep_the_order_and_the_records_of_one(miner, dev_gold):
    items = [(text, f"s{i}") for i, text in enumerate(SENTENCES)]
    items += [(g["text"], g["id"]) for g in dev_gold[:5]]
    one = [a.to_dict() for a in miner.pipe(items, batch_size=2)]
    two = [a.to_dict() for a in miner.pipe(items, n_process=2, batch_size=2)]
    assert [a["id"] for a in two] == [id_ for _, id_ in items]
    assert two == one
    assert multiprocessing.active_children() == []


@pytest.mark.slow
def test_closing_the_stream_early_leaves_no_worker_alive(miner):
    items = [(text, f"s{i}") for i, text in enumerate(SENTENCES * 10)]
    stream = miner.pipe(items, n_process=2, batch_size=1)
    first = next(stream)
    assert first.id == "s0"
    assert multiprocessing.active_children() != []
    stream.close()
    assert multiprocessing.active_children() == []


def test_input_is_read_lazily_a_few_chunks_ahead():
    read = []

    def texts():
        for i in range(1000):
            read.append(i)
            yield f"Texte {i}", f"t{i}", {}

    stream = mine_in_processes(CrashingMiner(), texts(), n_process=2, batch_size=4,
                               load=_no_fake_load)
    assert next(stream).id == "t0"
    assert len(read) <= 4 * 2 * 4 + 4  # chunks in flight, not the whole input
    stream.close()
    assert multiprocessing.active_children() == []


def test_an_error_in_a_text_is_raised_not_hung():
    tasks = [(f"Texte {i}" if i != 5 else "BOUM", f"t{i}", {}) for i in range(12)]
    outcome = run_with_deadline(lambda: list(mine_in_processes(
        CrashingMiner(errors="raise"), tasks, n_process=2, batch_size=2,
        load=_no_fake_load)))
    assert isinstance(outcome.get("error"), ValueError)
    assert multiprocessing.active_children() == []


def test_isolated_errors_take_the_failing_article_place_only():
    tasks = [(f"Texte {i}" if i != 5 else "BOUM", f"t{i}", {}) for i in range(12)]
    # a Miner in errors="raise" mode: the worker retries the chunk article by article
    results = list(mine_in_processes(CrashingMiner(errors="raise"), tasks, n_process=2,
                                     batch_size=4,
                                     load=_no_fake_load, isolate_errors=True))
    assert [r.id for r in results if isinstance(r, Article)] == [
        f"t{i}" for i in range(12) if i != 5]
    assert results[5] == ArticleFailure("ValueError", "component failed")


def test_batch_records_with_two_workers_keep_input_errors_in_place():
    items = [InputText(f"a{i}", "BOUM" if i == 3 else f"Texte {i}", {"path": f"a{i}.txt"})
             for i in range(9)]
    items.insert(2, InputError("bad", "binary", "bad: binary"))
    items.append(InputError("last", "binary", "last: binary"))
    records = list(mine_records(CrashingMiner(), items, n_process=2, batch_size=2))
    assert records == list(mine_records(CrashingMiner(), items, n_process=1, chunk=4))
    assert [r["id"] for r in records] == [
        "a0", "a1", "bad", *(f"a{i}" for i in range(2, 9)), "last"]
    crashed = records[4]["error"]
    assert crashed["kind"] == "processing" and "a3.txt" in crashed["message"]
