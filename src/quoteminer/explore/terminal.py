"""The terminal view (rich): one article with its quotes and figures, and evaluation tables.

Rich styles may overlap, so a figure inside a quote (« plus de 90 essais ») keeps both
its quote background and its underline.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..records import Article
from .colours import speaker_colours
from .evaluation import Evaluation

FIGURE_STYLE = "bold underline"
FURNITURE_STYLE = "dim strike"


def article_text(article: Article) -> Text:
    """The article text with quotes on their speaker's colour, figures underlined."""
    colours = speaker_colours(article)
    text = Text(article.text)
    for span in article.metadata.furniture:
        text.stylize(FURNITURE_STYLE, span.start, span.end)
    for quote in article.quotes:
        text.stylize(f"black on {colours.get(quote.speaker_id, colours[None])}",
                     quote.start, quote.end)
    for figure in article.figures:
        text.stylize(FIGURE_STYLE, figure.start, figure.end)
    return text


def speakers_table(article: Article) -> Table:
    colours = speaker_colours(article)
    counts: dict[str | None, int] = {}
    for quote in article.quotes:
        counts[quote.speaker_id] = counts.get(quote.speaker_id, 0) + 1
    table = Table(title="Speakers", title_justify="left")
    for column in ("speaker", "kind", "role", "gender", "quotes", "aliases"):
        table.add_column(column, justify="right" if column == "quotes" else "left")
    for speaker in article.speakers:
        table.add_row(Text(speaker.name, style=f"black on {colours[speaker.id]}"),
                      *_cells(speaker.kind, speaker.role, speaker.gender,
                              counts.get(speaker.id, 0), ", ".join(speaker.aliases)))
    if counts.get(None):
        table.add_row(Text("(not said)", style=f"black on {colours[None]}"), "", "", "",
                      str(counts[None]), "")
    return table


def quotes_table(article: Article) -> Table:
    """Each quote with its speaker and cue: the highlighting's meaning, also without colours."""
    colours = speaker_colours(article)
    table = Table(title="Quotes", title_justify="left")
    for column in ("quote", "kind", "speaker", "cue"):
        table.add_column(column)
    for quote in article.quotes:
        speaker = article.speaker(quote)
        cue = ""
        if quote.cue is not None:
            cue = quote.cue.kind + (f": {quote.cue.text}" if quote.cue.text else "")
        table.add_row(*_cells(_clip(quote.text, 60), quote.kind),
                      Text(speaker.name if speaker else "(not said)",
                           style=f"black on {colours.get(quote.speaker_id, colours[None])}"),
                      *_cells(cue))
    return table


def figures_table(article: Article) -> Table:
    table = Table(title="Figures", title_justify="left")
    for column in ("text", "kind", "value", "unit", "qualifier"):
        table.add_column(column)
    for figure in article.figures:
        table.add_row(*_cells(figure.text, figure.kind, figure.value, figure.unit,
                              figure.qualifier))
    return table


def _cells(*values: Any) -> list[Text]:
    """Table cells as plain Text: article words like "[AFP]" must not be read as rich markup."""
    return [Text("" if v is None else str(v)) for v in values]


def print_article(article: Article, console: Console | None = None) -> None:
    """Print the highlighted text, then the speakers and figures tables."""
    console = console or Console()
    title = article.metadata.title or article.id or "article"
    console.rule(Text(str(title), style="bold"))
    console.print(article_text(article))
    console.print()
    console.print(speakers_table(article))
    console.print(quotes_table(article))
    console.print(figures_table(article))
    for notice in article.warnings:
        console.print(Text(f"warning {notice.code}: {notice.message}", style="yellow"))


def _clip(text: Any, width: int = 70) -> str:
    text = "" if text is None else str(text).replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def summary_table(result: Evaluation) -> Table:
    c = result.counts
    table = Table(title=f"Scores over {len(result.articles)} articles", title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("from")
    rows = (
        ("quote precision", result.quote_precision, f"{c.correct} correct / {c.pred_quotes} predicted"),
        ("quote recall", result.quote_recall, f"{c.found} found / {c.gold_quotes} gold"),
        ("quote F1", result.quote_f1, ""),
        ("speaker accuracy", result.speaker_accuracy, f"{c.attr_right} right / {c.gold_attr} gold with a speaker"),
        ("speaker precision", result.speaker_precision, f"{c.pred_attr_right} right / {c.pred_attr} named"),
        ("figure precision", result.figure_precision, f"{c.fig_found} matched / {c.pred_figures} predicted"),
        ("figure recall", result.figure_recall, f"{c.fig_found} found / {c.gold_figures} gold"),
        ("figure F1", result.figure_f1, ""),
        ("figure kind accuracy", result.figure_kind_accuracy, f"{c.fig_kind_right} right / {c.fig_found} found"),
    )
    for name, value, basis in rows:
        table.add_row(name, f"{value:.4f}", basis)
    return table


def print_evaluation(result: Evaluation, console: Console | None = None,
                     limit: int | None = 30) -> None:
    """The summary, then the missed quotes, the wrong speakers and the missed figures."""
    console = console or Console()
    missing = sum(not a.has_prediction for a in result.articles)
    console.print(summary_table(result))
    if missing:
        console.print(Text(f"{missing} gold articles had no prediction", style="yellow"))
    if limit == 0:
        return

    def shown(rows: list) -> list:
        return rows if limit is None else rows[:limit]

    def footer(table: Table, rows: list) -> None:
        console.print(table)
        if limit is not None and len(rows) > limit:
            console.print(f"… {len(rows) - limit} more (--errors -1 shows all)")

    def misses_table(title: str, column: str, misses: list) -> None:
        if not misses:
            return
        table = Table(title=f"{title} ({len(misses)})", title_justify="left")
        table.add_column("article")
        table.add_column(column)
        for miss in shown(misses):
            table.add_row(*_cells(miss.article_id, _clip(miss.text)))
        footer(table, misses)

    misses_table("Missed quotes", "gold quote", result.quote_misses)
    wrong = result.speaker_errors
    if wrong:
        table = Table(title=f"Wrong speakers ({len(wrong)})", title_justify="left")
        for column in ("article", "quote", "gold", "predicted"):
            table.add_column(column)
        for error in shown(wrong):
            predicted = error.predicted if error.quote_found else "(quote missed)"
            table.add_row(*_cells(error.article_id, _clip(error.quote, 50), error.gold,
                                  predicted or "(none)"))
        footer(table, wrong)
    misses_table("Missed figures", "gold figure", result.figure_misses)
