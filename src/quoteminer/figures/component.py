"""spaCy component: figures (placeholder until issue 3 lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext


class FigureFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(ext.FIGURES, [])
        return doc


@Language.factory("quoteminer_figures", assigns=["doc._.qm_figures"],
                  requires=["doc._.qm_metadata"])
def make_figure_finder(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder()
