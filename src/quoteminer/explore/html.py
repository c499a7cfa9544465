"""An article as HTML for Jupyter: quotes on their speaker's colour, figures underlined.

``render_article(article)`` (also ``Article._repr_html_``) gives a self-contained HTML
fragment with inline styles (no ``<style>`` or script, which notebook viewers strip):

* each quote on the background colour of its speaker, with a legend of the speakers;
  hovering shows the speaker and the cue (« … », a déclaré Blinken → "Antony Blinken —
  verb: a déclaré");
* each figure underlined, hovering shows its kind and value ("count: 90 essais de
  missiles (more_than)");
* page furniture (cookie banners, "(FIN)") in grey.

Why not displaCy: its ``ent`` style cannot nest spans, yet figures lie inside quotes
(« plus de 90 essais de missiles »); its ``span`` style nests, but on spaCy tokens, which
an Article no longer has (records hold character offsets so they survive
multiprocessing and JSON), and it draws labels under the text with no place for the
hover text or the greyed furniture.  So spans are nested here directly on characters.

The article text is untrusted input: every piece of text and every attribute is
HTML-escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from ..records import Article, Figure, Quote
from .colours import speaker_colours

# Outer layers first: when two spans start at the same place, the furniture holds the
# quote, and the quote holds the figure.
LAYER_ORDER = {"furniture": 0, "quote": 1, "figure": 2}

FURNITURE_STYLE = "color:#868e96"
FIGURE_STYLE = "border-bottom:2px solid #343a40"
QUOTE_STYLE = "background:{colour};border-radius:3px;padding:1px 0"
CONTAINER_STYLE = ("white-space:pre-wrap;line-height:1.9;font-family:Georgia,serif;"
                   "max-width:50em")


@dataclass(frozen=True)
class Highlight:
    """One span to mark: its place, its layer, and the opening tag (already escaped)."""

    start: int
    end: int
    layer: str
    open_tag: str
    close_tag: str


def _attr(value: Any) -> str:
    return html.escape(str(value), quote=True)


def figure_title(figure: Figure) -> str:
    """The hover text of a figure: "count: 90 essais de missiles (more_than)"."""
    value = "?" if figure.value is None else str(figure.value)
    text = f"{figure.kind}: {value}"
    if figure.unit:
        text += f" {figure.unit}"
    if figure.qualifier:
        text += f" ({figure.qualifier})"
    return text


def quote_title(article: Article, quote: Quote) -> str:
    """The hover text of a quote: its speaker, and what links them."""
    speaker = article.speaker(quote)
    text = speaker.name if speaker else "speaker not given"
    if quote.cue is not None:
        text += f" — {quote.cue.kind}" + (f": {quote.cue.text}" if quote.cue.text else "")
    return text


def highlights(article: Article) -> list[Highlight]:
    """Every span to mark, with offsets checked against the text (bad ones left out)."""
    colours = speaker_colours(article)
    n = len(article.text)
    out = []
    for span in article.metadata.furniture:
        out.append(Highlight(span.start, span.end, "furniture",
                             f'<span class="qm-furniture" style="{FURNITURE_STYLE}" '
                             f'title="page furniture">', "</span>"))
    for quote in article.quotes:
        colour = colours.get(quote.speaker_id, colours[None])
        speaker = quote.speaker_id if quote.speaker_id is not None else ""
        out.append(Highlight(quote.start, quote.end, "quote",
                             f'<mark class="qm-quote" data-speaker="{_attr(speaker)}" '
                             f'style="{QUOTE_STYLE.format(colour=colour)}" '
                             f'title="{_attr(quote_title(article, quote))}">', "</mark>"))
    for figure in article.figures:
        out.append(Highlight(figure.start, figure.end, "figure",
                             f'<span class="qm-figure" style="{FIGURE_STYLE}" '
                             f'title="{_attr(figure_title(figure))}">', "</span>"))
    return [h for h in out if 0 <= h.start < h.end <= n]


def nest(text: str, marks: list[Highlight]) -> str:
    """Escaped ``text`` with the highlights as properly nested elements.

    Spans may overlap without nesting (a figure "2022 et 2023" across the end of a
    quote): the inner element is then closed and reopened around the outer one's end,
    so the HTML stays well-formed and every character keeps all its marks.
    """
    order = sorted(range(len(marks)),
                   key=lambda i: (marks[i].start, -marks[i].end, LAYER_ORDER[marks[i].layer]))
    boundaries = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    pending = list(order)       # to open, by start
    stack: list[int] = []       # open elements, outermost first
    parts: list[str] = []
    for here, after in zip(boundaries, boundaries[1:] + [None]):
        # Close what ends here; reopen what was open inside it and goes on.
        ending = [i for i in stack if marks[i].end <= here]
        if ending:
            depth = min(stack.index(i) for i in ending)
            above = stack[depth:]
            for i in reversed(above):
                parts.append(marks[i].close_tag)
            stack = stack[:depth]
            for i in above:
                if marks[i].end > here:
                    parts.append(marks[i].open_tag)
                    stack.append(i)
        while pending and marks[pending[0]].start <= here:
            i = pending.pop(0)
            parts.append(marks[i].open_tag)
            stack.append(i)
        if after is not None:
            parts.append(html.escape(text[here:after], quote=True))
    for i in reversed(stack):
        parts.append(marks[i].close_tag)
    return "".join(parts)


def legend(article: Article) -> str:
    """The speakers with their colours and number of quotes, then the figure key."""
    colours = speaker_colours(article)
    counts: dict[str | None, int] = {}
    for quote in article.quotes:
        counts[quote.speaker_id] = counts.get(quote.speaker_id, 0) + 1
    items = []
    for speaker in article.speakers:
        role = f", {speaker.role}" if speaker.role else ""
        items.append((colours[speaker.id], f"{speaker.name}{role} ({counts.get(speaker.id, 0)})"))
    if counts.get(None):
        items.append((colours[None], f"speaker not given ({counts[None]})"))
    swatches = "".join(
        f'<span class="qm-legend-speaker" style="{QUOTE_STYLE.format(colour=colour)};'
        f'margin-right:0.8em;padding:1px 4px">{html.escape(label)}</span>'
        for colour, label in items)
    key = (f'<span style="{FIGURE_STYLE};margin-right:0.8em">figure (hover: value)</span>'
           f'<span style="{FURNITURE_STYLE}">page furniture</span>')
    return (f'<div class="qm-legend" style="margin-bottom:0.6em;line-height:2">'
            f'{swatches}{key}</div>')


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def render_article(article: Article) -> str:
    """The article as an HTML fragment: a header, the legend, then the highlighted text."""
    title = article.metadata.title or article.id or "article"
    counts = ", ".join(_count(len(records), name) for records, name in (
        (article.quotes, "quote"), (article.speakers, "speaker"), (article.figures, "figure")))
    warnings = "".join(
        f'<div class="qm-warning" style="color:#e67700">⚠ {html.escape(w.code)}: '
        f'{html.escape(w.message)}</div>' for w in article.warnings)
    return (f'<div class="quoteminer-article">'
            f'<div style="font-weight:bold">{html.escape(str(title))}</div>'
            f'<div style="color:#868e96;font-size:90%">{counts}</div>{warnings}'
            f'{legend(article)}'
            f'<div class="qm-text" style="{CONTAINER_STYLE}">'
            f'{nest(article.text, highlights(article))}</div></div>')
