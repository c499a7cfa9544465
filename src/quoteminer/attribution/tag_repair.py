"""Mend the tagger where attribution cannot afford its mistakes.

fr_core_news_md tags some all-capital names of bodies as pronouns: in "BFMTV a déploré
«un climat de violences»" the subject "BFMTV" comes out PRON, and a pronoun that is no
known pronoun ("il", "celle-ci", …) names no one, so the quote lost its speaker.  A word
tagged PRON that starts with a capital and is not a French pronoun form
(``speaker_words.json``: ``pronoun_words``) is retagged PROPN, so every rule and
feature downstream reads it as the name it is.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import PRON
from spacy.tokens import Doc

from .lexicon import lexicon


def retag_names_tagged_as_pronouns(doc: Doc) -> int:
    """Retag in place; the number of tokens changed."""
    pronouns = lexicon().pronoun_words
    changed = 0
    for i, pos in enumerate(doc.to_array([POS]).tolist()):
        if pos != PRON:
            continue
        t = doc[i]
        text = t.text
        if not text[:1].isupper() or len(text) < 2 or t.lower_ in pronouns \
                or not any(c.isalpha() for c in text[1:]):
            continue
        t.pos_ = "PROPN"
        changed += 1
    return changed
