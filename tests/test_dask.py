"""quoteminer.dask: a LocalCluster of 2 worker processes gives the local run's records.

Cost is bounded: 2 short articles (plus an error input), 2 workers with one thread each;
each worker loads the model once (~5 s, in parallel).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quoteminer.cli import _register, app

from quoteminer.io.batch import mine_records
from quoteminer.io.readers import read_inputs

distributed = pytest.importorskip("distributed")
_register()

ARTICLES = {
    "a.txt": "« Nous sommes prêts », a déclaré Antony Blinken vendredi à Washington.",
    "b.txt": "Selon le maire, plus de 90 personnes ont été évacuées dans la nuit de jeudi.",
}


@pytest.mark.slow
def test_local_cluster_records_equal_the_local_run(miner, tmp_path):
    import quoteminer.dask as qmd

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    inputs = [str(tmp_path), str(tmp_path / "missing.txt")]
    local = list(mine_records(miner, read_inputs(inputs)))
    assert len(local) == 4

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = list(qmd.iter_records(client, inputs, partition_size=1))
        assert remote == local
        # The bag API gives the same records, and each worker loaded its Miner once.
        assert qmd.records_bag(inputs, partition_size=1).compute() == local
        # 4 partitions x 2 runs on 2 workers: each worker loaded its Miner at most once.
        loads = client.run(lambda: dict(qmd.LOADS))
        assert len(loads) == 2
        assert all(counts.get("fr_core_news_md", 0) <= 1 for counts in loads.values())
        assert sum(c.get("fr_core_news_md", 0) for c in loads.values()) >= 1

        # The CLI on the running cluster writes the same records.
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(app, ["extract", *inputs, "-o", str(out), "-q",
                                          "--engine", "dask", "--scheduler",
                                          cluster.scheduler_address])
        assert result.exit_code == 1, result.output
        written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert written == local


def test_bag_elements_may_be_article_dicts_or_pairs(miner, monkeypatch):
    import quoteminer.dask as qmd

    monkeypatch.setitem(qmd._MINERS, "fr_core_news_md", miner)
    monkeypatch.setitem(qmd._LOCKS, "fr_core_news_md", qmd.threading.Lock())
    records = qmd.mine_partition([{"id": "d1", "text": ARTICLES["a.txt"]},
                                  (ARTICLES["b.txt"], "p2"), 42, {"id": "d4"}],
                                 skip={"p2"})
    assert [r["id"] for r in records] == ["d1", "<bag>#3", "d4"]
    assert [r["error"]["kind"] for r in records if "error" in r] == ["field", "field"]
    assert records[0]["text"] == ARTICLES["a.txt"]
