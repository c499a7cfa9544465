"""Reading inputs: paths and folders to (id, text) items, or an error that says why.

A file that cannot be read gives an ``InputError`` item instead of an exception, so a
batch over 10 000 files writes one record per file and goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class InputText:
    """An article read from an input: its id (the path), text and what the reader learnt."""

    id: str
    text: str
    source: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InputError:
    """An input that gave no text; ``kind`` is stable ("decode", "io", "missing", ...)."""

    id: str
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": {"kind": self.kind, "message": self.message}}


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and the article files below folders (recursive, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "missing", f"{path}: no such file or folder")


def read_text_file(path: Path) -> InputText | InputError:
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(str(path), "io", f"{path}: cannot read: {error.strerror or error}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return InputError(str(path), "decode",
                          f"{path}: not valid UTF-8 at byte {error.start}: {error.reason}")
    return InputText(str(path), text, {"path": str(path), "encoding": "utf-8"})


def read_inputs(paths: Iterable[str | Path]) -> Iterator[InputText | InputError]:
    for item in expand_paths(paths):
        yield item if isinstance(item, InputError) else read_text_file(item)
