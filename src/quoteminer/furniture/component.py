"""spaCy component: page furniture and article metadata (placeholder until issue 3 lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext


class FurnitureFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(ext.METADATA, {})
        return doc


@Language.factory("quoteminer_furniture", assigns=["doc._.qm_metadata"])
def make_furniture_finder(nlp: Language, name: str) -> FurnitureFinder:
    return FurnitureFinder()
