"""``quoteminer.to_dataframe``: the records of many articles as one pandas table.

The rows are those of ``io.tables`` (the CSV / Parquet output of ``quoteminer extract``),
so a notebook and a batch run see the same columns.  The column types are fixed by the
table, not guessed from the data: a table of zero quotes still has ``speaker_name``, and
two DataFrames always concatenate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from ..io.tables import COLUMNS, TABLES, table_rows
from ..records import Article

if TYPE_CHECKING:
    import pandas as pd

# Nullable pandas types, so a missing speaker is <NA> and an int column stays int.
PANDAS_TYPES = {"str": "string", "int": "Int64", "float": "float64", "bool": "boolean"}


def _as_records(articles: Any) -> Iterable[Article | dict[str, Any]]:
    if isinstance(articles, (Article, dict)):
        return [articles]
    return articles


def to_dataframe(articles: Article | dict[str, Any] | Iterable[Article | dict[str, Any]],
                 table: str = "quotes") -> pd.DataFrame:
    """One row per quote, speaker, figure or article, with ``article_id`` on every row.

    ``articles`` is an Article, its ``to_dict()`` form, or an iterable of either (a list,
    or the generator of ``miner.pipe``).  ``table`` is one of "quotes", "speakers",
    "figures", "articles".

    For example ``to_dataframe(miner.pipe(texts), "quotes").groupby("speaker_name").size()``
    counts the quotes of each speaker.
    """
    import pandas as pd

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    rows = [row for article in _as_records(articles) for row in table_rows(article, table)]
    columns = COLUMNS[table]
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    return frame.astype({name: PANDAS_TYPES[kind] for name, kind in columns.items()})
