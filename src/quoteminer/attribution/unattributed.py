"""The quotes an article keeps when the attribution component fails on it.

The quote spans were found on the characters before the parse (``quotes.marks``), so a
failure of the speaker rules need not cost the article its quotes: they are given with
no speaker, no cue and confidence 0, and the article carries a ``component_failed``
warning.  No scare-quote filtering happens here: that decision belongs to the component
that failed, and a reader is better served by every quoted span than by none.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .. import extensions as ext
from ..extensions import doc_text


def unattributed_quotes(doc: Doc) -> dict[str, Any]:
    text = doc_text(doc)
    quotes = []
    for index, span in enumerate(doc._.get(ext.QUOTE_SPANS) or []):
        content = text[span["start"]:span["end"]]
        # "« Nous sommes prêts »" opens with a capital and reads as a sentence; "« à tout
        # moment »" is a fragment of the article's own sentence
        kind = "direct" if content[:1].isupper() and len(content.split()) > 3 else "partial"
        quotes.append({"id": f"q{index + 1}", "text": content, "start": span["start"],
                       "end": span["end"], "kind": kind, "speaker_id": None, "cue": None,
                       "attribution": None, "confidence": 0.0})
    return {ext.QUOTES: quotes, ext.SPEAKERS: []}
