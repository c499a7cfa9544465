"""Shared fixtures: one Miner per test session (loading the model takes seconds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLES = REPO / "samples"


def load_gold(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(raw)
        return data if isinstance(data, list) else [data]
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def miner():
    import quoteminer
    return quoteminer.load()


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return load_gold(CORPUS / "seed.gold.json")[0]


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    return load_gold(CORPUS / "dev.gold.jsonl")


@pytest.fixture
def cli(miner, monkeypatch):
    """Run ``quoteminer extract`` in-process with the session's Miner (no model reload)."""
    from typer.testing import CliRunner

    from quoteminer.cli import _register, app
    from quoteminer.cli import extract as extract_module

    _register()
    monkeypatch.setattr(extract_module, "_load_miner", lambda model, fast: miner)
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, ["extract", *args], input=input)
    return run
