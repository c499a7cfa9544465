"""spaCy component: page furniture and article metadata, read on the characters.

Runs first, right after the tokenizer: the quote finder skips quotes that start in a
furniture span (the « » of "» LIRE AUSSI - «Gilets jaunes»: notre live de dimanche"
are a link title, not a quote), and the figure finder resolves "vendredi" against the
``date`` found here.  Plain data only (``Metadata.to_dict()``), so the Doc pickles.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..extensions import doc_text
from .metadata import read_metadata
from .patterns import furniture_patterns, header_patterns
from ..guard import GuardedComponent


class FurnitureFinder:
    """Sets ``doc._.qm_metadata``: title, place, date, published, agency, furniture."""

    def __init__(self) -> None:
        # Compile the patterns now, so a broken data file fails at load, not mid-corpus.
        furniture_patterns()
        header_patterns()

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(ext.METADATA, read_metadata(doc_text(doc)))
        return doc


@Language.factory("quoteminer_furniture", assigns=["doc._.qm_metadata"])
def make_furniture_finder(nlp: Language, name: str) -> GuardedComponent:
    # Without the furniture, the article still has its text: no metadata, no furniture spans.
    return GuardedComponent(name, FurnitureFinder(), lambda doc: {ext.METADATA: {}})
