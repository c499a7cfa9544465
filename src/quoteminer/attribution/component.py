"""spaCy component: speakers and quote → speaker links (first version: no attribution)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext


class Attributor:
    def __call__(self, doc: Doc) -> Doc:
        quotes = []
        for i, span in enumerate(doc._.get(ext.QUOTE_SPANS) or []):
            quotes.append({"id": f"q{i + 1}", "text": doc.text[span["start"]:span["end"]],
                           "start": span["start"], "end": span["end"], "kind": "direct",
                           "speaker_id": None, "cue": None, "attribution": None,
                           "confidence": 0.0})
        doc._.set(ext.QUOTES, quotes)
        doc._.set(ext.SPEAKERS, [])
        return doc


@Language.factory("quoteminer_attribution", assigns=["doc._.qm_quotes", "doc._.qm_speakers"],
                  requires=["doc._.qm_quote_spans"])
def make_attributor(nlp: Language, name: str) -> Attributor:
    return Attributor()
