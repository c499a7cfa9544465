"""Flat rows for analysis: the four tables ``quotes``, ``speakers``, ``figures``, ``articles``.

One function, ``table_rows(article, table)``, turns one Article (or its ``to_dict()`` form,
or an error record ``{"id", "error": {"kind", "message"}}``) into plain dict rows, each with
the ``article_id`` so tables join back to the article.  The CSV / Parquet writers of
``quoteminer extract --format`` and ``quoteminer.to_dataframe`` both build on it, so a
notebook and a batch run see the same columns.

Why flat and denormalised: an analyst asking "how many women are quoted per outlet" wants
``speaker_gender`` on the quote row, not a join through nested JSON.  For « Nous sommes
prêts », a déclaré Antony Blinken, the quote row carries ``speaker_name`` "Antony Blinken",
``cue_kind`` "verb" and ``cue_lemma`` "déclarer".

A figure's ``value`` is a number or an ISO date string ("2023-02-03"); a column must have
one type, so ``value`` is always the string form and ``value_number`` the float (None for
dates), ready for sums.
"""

from __future__ import annotations

from typing import Any

from ..records import Article

TABLES = ("quotes", "speakers", "figures", "articles")

# Column name -> type ("str", "int", "float", "bool"): the same schema for every writer,
# so an empty table still has its columns and Parquet files of two runs concatenate.
COLUMNS: dict[str, dict[str, str]] = {
    "quotes": {
        "article_id": "str", "id": "str", "text": "str", "start": "int", "end": "int",
        "kind": "str", "speaker_id": "str", "speaker_name": "str", "speaker_kind": "str",
        "speaker_role": "str", "speaker_gender": "str", "cue_kind": "str",
        "cue_lemma": "str", "cue_text": "str", "attribution": "str", "confidence": "float",
    },
    "speakers": {
        "article_id": "str", "id": "str", "name": "str", "kind": "str", "role": "str",
        "gender": "str", "aliases": "str", "n_mentions": "int", "n_quotes": "int",
    },
    "figures": {
        "article_id": "str", "text": "str", "start": "int", "end": "int", "kind": "str",
        "value": "str", "value_number": "float", "unit": "str", "qualifier": "str",
    },
    "articles": {
        "article_id": "str", "title": "str", "place": "str", "date": "str",
        "published": "str", "agency": "str", "language": "str", "n_quotes": "int",
        "n_speakers": "int", "n_figures": "int", "n_warnings": "int", "error_kind": "str",
        "error_message": "str", "encoding": "str", "path": "str", "format": "str",
    },
}

# Aliases of a speaker are joined with this separator: "Blinken | le secrétaire d'Etat".
ALIAS_SEPARATOR = " | "


def table_rows(article: Article | dict[str, Any], table: str) -> list[dict[str, Any]]:
    """The rows ``article`` contributes to ``table`` (one of ``TABLES``).

    An error record gives one ``articles`` row (with ``error_kind`` / ``error_message``)
    and no other rows, so an analysis can count what failed next to what succeeded.
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    data = article.to_dict() if isinstance(article, Article) else article
    if not isinstance(data, dict):
        raise TypeError(f"expected an Article or a record dict, got {type(data).__name__}")
    rows = _ROWS[table](data)
    columns = COLUMNS[table]
    return [{name: row.get(name) for name in columns} for row in rows]


def all_table_rows(article: Article | dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one article (the record is converted once)."""
    data = article.to_dict() if isinstance(article, Article) else article
    return {table: table_rows(data, table) for table in TABLES}


def _quote_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    if "error" in data:
        return []
    speakers = {s.get("id"): s for s in data.get("speakers") or []}
    rows = []
    for q in data.get("quotes") or []:
        speaker = q.get("speaker") or {}
        speaker_id = speaker.get("id") if isinstance(speaker, dict) else None
        speaker_id = speaker_id if speaker_id is not None else q.get("speaker_id")
        full = speakers.get(speaker_id, {}) if speaker_id is not None else {}
        cue = q.get("cue") or {}
        rows.append({
            "article_id": data.get("id"), "id": q.get("id"), "text": q.get("text"),
            "start": q.get("start"), "end": q.get("end"), "kind": q.get("kind"),
            "speaker_id": speaker_id,
            "speaker_name": (speaker.get("name") if isinstance(speaker, dict) else None)
            or full.get("name"),
            "speaker_kind": (speaker.get("kind") if isinstance(speaker, dict) else None)
            or full.get("kind"),
            "speaker_role": full.get("role"), "speaker_gender": full.get("gender"),
            "cue_kind": cue.get("kind"), "cue_lemma": cue.get("lemma"),
            "cue_text": cue.get("text"), "attribution": q.get("attribution"),
            "confidence": _float(q.get("confidence")),
        })
    return rows


def _speaker_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    if "error" in data:
        return []
    quoted: dict[Any, int] = {}
    for q in data.get("quotes") or []:
        speaker = q.get("speaker")
        sid = speaker.get("id") if isinstance(speaker, dict) else q.get("speaker_id")
        if sid is not None:
            quoted[sid] = quoted.get(sid, 0) + 1
    return [{
        "article_id": data.get("id"), "id": s.get("id"), "name": s.get("name"),
        "kind": s.get("kind"), "role": s.get("role"), "gender": s.get("gender"),
        "aliases": ALIAS_SEPARATOR.join(s.get("aliases") or ()),
        "n_mentions": len(s.get("mentions") or ()), "n_quotes": quoted.get(s.get("id"), 0),
    } for s in data.get("speakers") or []]


def _figure_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    if "error" in data:
        return []
    rows = []
    for f in data.get("figures") or []:
        value = f.get("value")
        rows.append({
            "article_id": data.get("id"), "text": f.get("text"), "start": f.get("start"),
            "end": f.get("end"), "kind": f.get("kind"), "value": value_string(value),
            "value_number": value_number(value), "unit": f.get("unit"),
            "qualifier": f.get("qualifier"),
        })
    return rows


def _article_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    error = data.get("error")
    if error is not None:
        return [{"article_id": data.get("id"), "error_kind": error.get("kind"),
                 "error_message": error.get("message"), "path": error.get("path"),
                 "n_quotes": 0, "n_speakers": 0, "n_figures": 0, "n_warnings": 0}]
    meta = data.get("metadata") or {}
    source = meta.get("source") or {}
    return [{
        "article_id": data.get("id"), "title": meta.get("title"), "place": meta.get("place"),
        "date": meta.get("date"), "published": meta.get("published"),
        "agency": meta.get("agency"), "language": meta.get("language"),
        "n_quotes": len(data.get("quotes") or ()), "n_speakers": len(data.get("speakers") or ()),
        "n_figures": len(data.get("figures") or ()),
        "n_warnings": len(data.get("warnings") or ()),
        "error_kind": None, "error_message": None,
        "encoding": source.get("encoding"), "path": source.get("path"),
        "format": source.get("format"),
    }]


_ROWS = {"quotes": _quote_rows, "speakers": _speaker_rows, "figures": _figure_rows,
         "articles": _article_rows}


def value_string(value: Any) -> str | None:
    """A figure value as text: 90 → "90", 4.5 → "4.5", "2017-09" stays, None stays None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def value_number(value: Any) -> float | None:
    """A figure value as a float, or None for dates and unresolved values."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
