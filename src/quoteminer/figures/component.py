"""spaCy component ``quoteminer_figures``: writes ``doc._.qm_figures``.

Runs last, after the parser (units come from the dependency parse, the future tense of
"il rentrera samedi" from the morphology) and after ``quoteminer_furniture`` (the
article's date and its page furniture, in ``doc._.qm_metadata``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from .finder import figures_as_dicts, find_figures, warm_up
from .lexicon import FigureLexicon, load_lexicon
from ..guard import GuardedComponent


class FigureFinder:
    def __init__(self, lexicon: FigureLexicon) -> None:
        self.lexicon = lexicon
        warm_up(lexicon)  # compiled at load, not inside the first article's time

    def __call__(self, doc: Doc) -> Doc:
        metadata = doc._.get(ext.METADATA) or {}
        doc._.set(ext.FIGURES, figures_as_dicts(find_figures(doc, self.lexicon, metadata)))
        ext.forget_text(doc)  # the last component: the cached text must not ship with the doc
        return doc


@Language.factory("quoteminer_figures", assigns=["doc._.qm_figures"],
                  requires=["doc._.qm_metadata"])
def make_figure_finder(nlp: Language, name: str) -> GuardedComponent:
    return GuardedComponent(name, FigureFinder(load_lexicon()), lambda doc: {ext.FIGURES: []})
