"""One colour per speaker, shared by the HTML and terminal views so they look alike."""

from __future__ import annotations

from ..records import Article

# Light backgrounds that keep black text readable (a qualitative pastel palette).
SPEAKER_PALETTE = (
    "#ffd8a8", "#b2f2bb", "#a5d8ff", "#fcc2d7", "#d0bfff", "#ffec99", "#99e9f2",
    "#e9fac8", "#ffc9c9", "#c5f6fa", "#eebefa", "#d3f9d8",
)
UNATTRIBUTED = "#e9ecef"   # quotes whose speaker the article does not give


def speaker_colours(article: Article) -> dict[str | None, str]:
    """Speaker id → colour, in order of first quote; ``None`` → the unattributed grey.

    Speakers without quotes get a colour too (after the quoted ones), so a legend can
    list everyone the article names.
    """
    order: list[str] = []
    for quote in article.quotes:
        if quote.speaker_id is not None and quote.speaker_id not in order:
            order.append(quote.speaker_id)
    order += [s.id for s in article.speakers if s.id not in order]
    colours: dict[str | None, str] = {
        sid: SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)] for i, sid in enumerate(order)}
    colours[None] = UNATTRIBUTED
    return colours
