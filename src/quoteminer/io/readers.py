"""Reading inputs: paths, folders, globs and stdin to (id, text, source) items, or errors.

A file that cannot be read gives an ``InputError`` item instead of an exception, so a
batch over 10 000 files writes one record per file and goes on.  What the reader learnt
(path, encoding, format, HTML metadata) travels as the ``source`` dict the Miner copies
into ``Metadata.source``.

Formats, chosen by suffix (``--input-format`` overrides it, and decides for stdin):

* ``.txt``: the whole file is one article; its id is the path.
* ``.html`` / ``.htm``: trafilatura extracts the main text and the page's title, date,
  site name; the article text is the *extracted* text, so offsets index it.
* ``.jsonl``: one JSON object per line; ``.json``: one object or a list of objects.  The
  text is under ``text_field`` ("text"), the id under ``id_field`` ("id"); an object
  without an id gets ``PATH#N`` (N = line or position, from 1).

Encodings: UTF-8 with or without BOM first; otherwise French archives are mostly cp1252 /
latin-1 pages, which charset-normalizer alone often misreads on short texts ("coûte"
read as cp1250 "coűte", « oui » as cp932 "ｫ oui ｻ"), so cp1252 is preferred when every
non-ASCII character it gives belongs to French typography; any other text gets
charset-normalizer's best guess.  The text is NFC-normalised *before* it is returned, so
offsets index exactly the text of the record (a Mac file's "e" + combining accent
becomes "é").

Errors (``InputError.kind``): ``missing`` (no such file, or a glob matching nothing),
``io`` (cannot read: permissions, a dangling symbolic link, not a regular file such as a
FIFO, which would otherwise block), ``too_large`` (over ``max_bytes``), ``binary`` (NUL
bytes or undecodable), ``empty`` (a 0-byte file, usually a failed download), ``no_text``
(an HTML page without main text), ``parse`` (invalid JSON), ``field`` (a JSON object
without a string text field).  A file of only spaces is not an error: it gives an
Article with an ``empty_text`` warning.
"""

from __future__ import annotations

import glob
import io
import json
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Collection, Iterable, Iterator

TEXT_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json",
                 ".jsonl": "jsonl"}
FORMATS = ("auto", "txt", "html", "json", "jsonl")
DEFAULT_MAX_BYTES = 5_000_000
STDIN = "-"

# Characters cp1252 gives for a French page: Latin-1 letters used in French, typographic
# quotes and dashes, the euro, degrees, ordinals.  A cp1252 reading that yields anything
# else (Ð, Ñ, ű, box-drawing...) is probably another encoding.
_FRENCH_NON_ASCII = set(
    "àâäáãåçéèêëíìîïñóòôöõúùûüÿýæœÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŸÝÆŒß"
    "«»‹›‘’‚“”„–—…€°ºª•·§¶©®™²³¹½¼¾×÷±µ£¥¢¤¦¨¯´¸¬\u00a0\u00ad‰†‡ˆ˜¡¿"
)
_CONTROL_OK = set("\t\n\r\f\v")
_SNIFF_BYTES = 8192
_HTML_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


@dataclass(frozen=True)
class InputText:
    """An article read from an input: its id, text and what the reader learnt."""

    id: str
    text: str
    source: dict[str, Any] = field(default_factory=dict)

    def as_task(self) -> tuple[str, str, dict[str, Any]]:
        """The ``(text, id, source)`` item ``Miner.pipe`` takes."""
        return self.text, self.id, self.source


@dataclass(frozen=True)
class InputError:
    """An input that gave no text; ``kind`` is stable, ``message`` names the file."""

    id: str
    kind: str
    message: str
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"kind": self.kind, "message": self.message}
        if self.path is not None and self.path != self.id:
            error["path"] = self.path
        return {"id": self.id, "error": error}


@dataclass(frozen=True)
class ReaderOptions:
    """How to read inputs; the CLI options ``--text-field``, ``--id-field``, ``--max-bytes``."""

    text_field: str = "text"
    id_field: str = "id"
    max_bytes: int = DEFAULT_MAX_BYTES
    input_format: str = "auto"


class _DecodeFailure(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


# --------------------------------------------------------------------------- paths


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def expand_paths(paths: Iterable[str | Path],
                 exclude: Collection[str | Path] = ()) -> Iterator[Path | str | InputError]:
    """The inputs named: files, the article files below folders (recursive, sorted), the
    matches of a glob (sorted), or ``"-"`` for stdin; an ``InputError`` for a missing one.

    Below a folder, any non-folder entry with an article suffix is kept, even one that
    cannot be read (a dangling symbolic link, a FIFO), so it gets an error record rather
    than silently vanishing from the output.  Paths in ``exclude`` (the run's own output,
    when it lies inside an input folder) are left out.
    """
    excluded = {os.path.abspath(p) for p in exclude}
    for item in _expand(paths):
        if isinstance(item, Path) and os.path.abspath(item) in excluded:
            continue
        yield item


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | str | InputError]:
    for raw in paths:
        text = str(raw)
        if text == STDIN:
            yield STDIN
            continue
        path = Path(text)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        elif _is_glob(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield InputError(text, "missing", f"{text}: the pattern matches no file")
            for match in matches:
                match_path = Path(match)
                if match_path.is_dir():
                    yield from _walk(match_path)
                else:
                    yield match_path
        else:
            yield InputError(text, "missing", f"{text}: no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            if Path(name).suffix.lower() in TEXT_SUFFIXES:
                found.append(Path(root) / name)
    # os.walk lists symlinks to folders among dirs without entering them; sorted by the
    # path's parts so "a/b.txt" < "a-c.txt" is decided folder by folder, deterministically.
    yield from sorted(set(found), key=lambda p: p.parts)


def input_format(path: Path | str, options: ReaderOptions) -> str:
    """The format of an input: the forced one, or the one its suffix says (txt otherwise)."""
    if options.input_format != "auto":
        return options.input_format
    return TEXT_SUFFIXES.get(Path(str(path)).suffix.lower(), "txt")


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of an article, or raise ``_DecodeFailure``.

    Order: a BOM (UTF-8 / UTF-16), UTF-8, a charset the HTML declares, cp1252 when it
    reads as French, charset-normalizer's guess.  NUL bytes (without a UTF-16 BOM) or too
    many control characters mean a binary file.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(_strict(data, "utf-16"), "utf-16"), "utf-16"
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise _DecodeFailure("binary", "binary content (NUL bytes), not a text article")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(declared), declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and all(ch in _FRENCH_NON_ASCII for ch in text if ord(ch) > 127):
        return _checked(text, "cp1252"), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _DecodeFailure("binary", "not text in any known encoding")
    return _checked(str(best), best.encoding), best.encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _DecodeFailure("binary", f"not valid {encoding} at byte {error.start}: "
                                       f"{error.reason}") from error


def _checked(text: str, encoding: str) -> str:
    """Reject a decoding full of control characters: a binary file that happens to decode."""
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for ch in sample
                   if unicodedata.category(ch) == "Cc" and ch not in _CONTROL_OK)
    if sample and controls / len(sample) > 0.01:
        raise _DecodeFailure("binary", f"binary content ({controls} control characters "
                                       f"in the first {len(sample)} read as {encoding})")
    return text


def normalise(text: str) -> str:
    """NFC, so the offsets of the records index the text returned (never the raw file)."""
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- reading


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing early what is too large or not a file."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        if path.is_symlink():
            raise _DecodeFailure("io", "cannot read: dangling symbolic link "
                                       f"(to {os.readlink(path)})") from error
        raise _DecodeFailure("missing", "no such file") from error
    except OSError as error:
        raise _DecodeFailure("io", f"cannot read: {error.strerror or error}") from error
    if stat.S_ISDIR(info.st_mode):
        raise _DecodeFailure("io", "cannot read: it is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise _DecodeFailure("io", "cannot read: not a regular file (FIFO, socket or "
                                   "device)")
    if info.st_size > max_bytes:
        raise _DecodeFailure("too_large", f"{info.st_size} bytes, over the limit of "
                                          f"{max_bytes} (--max-bytes)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise _DecodeFailure("io", f"cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:  # the file grew after stat
        raise _DecodeFailure("too_large", f"over the limit of {max_bytes} bytes "
                                          "(--max-bytes)")
    return data


def read_path(path: Path | str, options: ReaderOptions = ReaderOptions(),
              skip: Collection[str] = ()) -> Iterator[InputText | InputError]:
    """The articles of one input (a JSON file may hold many); ids in ``skip`` are passed
    over without reading when the id is the path (txt, html)."""
    if str(path) == STDIN:
        yield from _read_stdin(options, skip)
        return
    path = Path(path)
    name = str(path)
    fmt = input_format(path, options)
    if fmt in ("txt", "html") and name in skip:
        return
    if fmt == "jsonl":
        yield from _read_jsonl_file(path, options, skip)
        return
    try:
        data = _read_bounded(path, options.max_bytes)
    except _DecodeFailure as failure:
        yield InputError(name, failure.kind, f"{name}: {failure.reason}", name)
        return
    yield from _read_data(data, name, fmt, options, skip)


def _read_data(data: bytes, name: str, fmt: str, options: ReaderOptions,
               skip: Collection[str]) -> Iterator[InputText | InputError]:
    if not data:
        yield InputError(name, "empty", f"{name}: empty file (0 bytes)", name)
        return
    if fmt == "jsonl":
        for number, line in enumerate(data.splitlines(), start=1):
            yield from _json_line(line, name, number, options, skip)
        return
    declared = None
    if fmt == "html":
        match = _HTML_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    try:
        text, encoding = decode_bytes(data, declared)
    except _DecodeFailure as failure:
        yield InputError(name, failure.kind, f"{name}: {failure.reason}", name)
        return
    source: dict[str, Any] = {"path": name, "encoding": encoding, "format": fmt}
    if fmt == "html":
        yield _from_html(text, name, source)
    elif fmt == "json":
        yield from _from_json_document(text, name, source, options, skip)
    else:
        yield InputText(name, normalise(text), source)


def _from_html(html: str, name: str, source: dict[str, Any]) -> InputText | InputError:
    try:
        import trafilatura
    except ImportError as error:
        return InputError(name, "html_unavailable", f"{name}: the HTML extractor cannot be "
                          f"imported ({error}); reinstall quoteminer from its lock", name)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # trafilatura on broken markup: an error record, no crash
        return InputError(name, "no_text", f"{name}: HTML extraction failed: {error}", name)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return InputError(name, "no_text", f"{name}: no article text found in the HTML "
                                           "(trafilatura extracted nothing)", name)
    meta = {key: getattr(doc, key, None) for key in (
        "title", "date", "sitename", "hostname", "author", "url", "description",
        "language")}
    source = {**source, "html": {k: v for k, v in meta.items() if v}}
    return InputText(name, normalise(text), source)


def _article_from_object(obj: Any, name: str, position: int, fmt: str, encoding: str,
                         options: ReaderOptions, skip: Collection[str],
                         ) -> InputText | InputError | None:
    fallback = f"{name}#{position}"
    if not isinstance(obj, dict):
        return InputError(fallback, "field", f"{fallback}: expected a JSON object, got "
                                             f"{type(obj).__name__}", name)
    raw_id = obj.get(options.id_field)
    id_ = fallback if raw_id is None or raw_id == "" else str(raw_id)
    if id_ in skip:
        return None
    text = obj.get(options.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return InputError(id_, "field", f"{name} ({'line' if fmt == 'jsonl' else 'item'} "
                                        f"{position}): text field {options.text_field!r} "
                                        f"is {what}", name)
    key = "line" if fmt == "jsonl" else "item"
    return InputText(id_, normalise(text), {"path": name, "encoding": encoding,
                                            "format": fmt, key: position})


def _json_line(line: bytes, name: str, number: int, options: ReaderOptions,
               skip: Collection[str]) -> Iterator[InputText | InputError]:
    if not line.strip():
        return
    fallback = f"{name}#{number}"
    if len(line) > options.max_bytes:
        yield InputError(fallback, "too_large", f"{name} (line {number}): {len(line)} "
                                                f"bytes, over the limit of "
                                                f"{options.max_bytes} (--max-bytes)", name)
        return
    try:
        text, encoding = decode_bytes(line.removeprefix(b"\xef\xbb\xbf")
                                      if number == 1 else line)
        obj = json.loads(text)
    except _DecodeFailure as failure:
        yield InputError(fallback, failure.kind, f"{name} (line {number}): "
                                                 f"{failure.reason}", name)
        return
    except ValueError as error:
        yield InputError(fallback, "parse", f"{name} (line {number}): invalid JSON: "
                                            f"{error}", name)
        return
    item = _article_from_object(obj, name, number, "jsonl", encoding, options, skip)
    if item is not None:
        yield item


def _read_jsonl_file(path: Path, options: ReaderOptions,
                     skip: Collection[str]) -> Iterator[InputText | InputError]:
    """A JSONL archive can be gigabytes: stream it line by line; the size limit applies
    to each line (one article), not to the file."""
    name = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _DecodeFailure("io", "cannot read: not a regular file")
        handle = open(path, "rb")
    except _DecodeFailure as failure:
        yield InputError(name, failure.kind, f"{name}: {failure.reason}", name)
        return
    except OSError as error:
        kind = "io" if path.is_symlink() or path.exists() else "missing"
        reason = error.strerror or str(error)
        if path.is_symlink() and not path.exists():
            reason = "dangling symbolic link"
        yield InputError(name, kind, f"{name}: cannot read: {reason}", name)
        return
    with handle:
        if info.st_size == 0:
            yield InputError(name, "empty", f"{name}: empty file (0 bytes)", name)
            return
        for number, line in enumerate(handle, start=1):
            yield from _json_line(line, name, number, options, skip)


def _from_json_document(text: str, name: str, source: dict[str, Any],
                        options: ReaderOptions,
                        skip: Collection[str]) -> Iterator[InputText | InputError]:
    try:
        data = json.loads(text)
    except ValueError as error:
        yield InputError(name, "parse", f"{name}: invalid JSON: {error}", name)
        return
    objects = data if isinstance(data, list) else [data]
    for position, obj in enumerate(objects, start=1):
        item = _article_from_object(obj, name, position, "json", source["encoding"],
                                    options, skip)
        if item is not None:
            yield item


def _read_stdin(options: ReaderOptions, skip: Collection[str],
                stream: IO[bytes] | None = None) -> Iterator[InputText | InputError]:
    stream = stream if stream is not None else sys.stdin.buffer
    if not hasattr(stream, "peek"):  # a plain BytesIO (test runners) cannot peek
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    fmt = options.input_format
    if fmt == "auto":
        head = stream.peek(64)[:64]
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        fmt = {b"{": "jsonl", b"[": "json", b"<": "html"}.get(first, "txt")
    if fmt == "jsonl":
        for number, line in enumerate(stream, start=1):
            yield from _json_line(line, "<stdin>", number, options, skip)
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(STDIN, "too_large", f"<stdin>: over the limit of "
                                             f"{options.max_bytes} bytes (--max-bytes)")
        return
    for item in _read_data(data, STDIN, fmt, options, skip):
        if isinstance(item, InputText):
            item = InputText(item.id, item.text, {**item.source, "path": "<stdin>"})
        yield item


def read_inputs(paths: Iterable[str | Path], options: ReaderOptions = ReaderOptions(),
                skip: Collection[str] = (),
                exclude: Collection[str | Path] = ()) -> Iterator[InputText | InputError]:
    """Every article of every input, in a deterministic order; ids in ``skip`` left out,
    files in ``exclude`` not read."""
    for item in expand_paths(paths, exclude):
        if isinstance(item, InputError):
            if item.id not in skip:
                yield item
        else:
            yield from _read_path_guarded(item, options, skip)


def _read_path_guarded(path: Path | str, options: ReaderOptions,
                       skip: Collection[str]) -> Iterator[InputText | InputError]:
    """``read_path``, with any unexpected exception turned into an error record for that
    file: a broken install of the HTML extractor (lxml 6 without ``lxml_html_clean``) once
    made a folder of one ``.txt`` and one ``.html`` file write no record at all."""
    name = str(path)
    produced = 0
    try:
        for item in read_path(path, options, skip):
            produced += 1
            yield item
    except Exception as error:  # noqa: BLE001 - one file's failure never ends the batch
        suffix = f" (after {produced} article(s) of it)" if produced else ""
        yield InputError(name if not produced else f"{name}#error", "read_failed",
                         f"{name}: reading failed{suffix}: {type(error).__name__}: {error}",
                         name)
