"""spaCy's lemmas, remembered: the same lemma for the same word, tag and morphology.

spaCy's French lemmatizer gives each token its lemma one Token at a time in Python: about
16 ms of CPU for a 750-token article, more than all of quoteminer's own components
together.  Its answer depends only on the word's form, its part of speech and its
morphology ("été" AUX → "être", "été" NOUN → "été"), and an article repeats most of its
words, and the next article repeats most of the vocabulary.  This component, placed just
before spaCy's lemmatizer, reads those three columns from the Doc's arrays, asks spaCy's
own lemmatizer only about the (form, tag, morphology) triples it has not met yet, and
writes every lemma back in one array call.  spaCy's lemmatizer still runs after it and
finds nothing left to do, so a lemma the memo could not give (or a failure here) is
given by spaCy as before: the lemmas are spaCy's, only faster (``tests/test_lemmas.py``
compares them over the corpus articles).

A lemma that an earlier component already set (the attribute ruler's exceptions) is
left alone, as spaCy's lemmatizer does with ``overwrite=False``.
"""

from __future__ import annotations

import logging

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

logger = logging.getLogger("quoteminer")

NAME = "quoteminer_lemma_memo"
# (form, tag, morphology) triples remembered before the memo starts afresh: a few MB,
# reached only on a very long stream of varied text
MAX_ENTRIES = 200_000


class LemmaMemo:
    """Fills the lemmas spaCy's ``lemmatizer`` would give, asking it once per triple."""

    def __init__(self, nlp: Language, lemmatizer_name: str = "lemmatizer") -> None:
        self.nlp = nlp
        self.lemmatizer_name = lemmatizer_name
        self.memo: dict[tuple[int, int, int], int] = {}

    def _lemmatizer(self):
        # looked up when first needed: the lemmatizer is a later pipe of the same nlp
        return self.nlp.get_pipe(self.lemmatizer_name)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        try:
            self._fill(doc)
        except Exception as error:  # spaCy's lemmatizer, next in line, does the work
            logger.debug("quoteminer: lemma memo skipped: %r", error)
        return doc

    def _fill(self, doc: Doc) -> None:
        lemmatizer = self._lemmatizer()
        if getattr(lemmatizer, "overwrite", False):
            return  # it would rewrite every lemma anyway
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        missing = np.flatnonzero(lemmas == 0).tolist()
        if not missing:
            return
        if len(self.memo) > MAX_ENTRIES:
            self.memo.clear()
        memo = self.memo
        strings = doc.vocab.strings
        keys = array[missing, :3].tolist()
        for i, key in zip(missing, keys):
            triple = (key[0], key[1], key[2])
            lemma = memo.get(triple)
            if lemma is None:
                lemma = memo[triple] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


@Language.factory(NAME)
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    return LemmaMemo(nlp)
