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

Most of a first meeting's cost is spaCy's word index: its French rules ask "is this
form a known noun?" ("manifestants" in the NOUN index, then each form a suffix rule
makes of it) of a Python *list* of some 50 000 words, about 60 µs a question.  The memo
turns this pipeline's own index lists into sets once, which answer the same questions
(membership only) in constant time: the lemmas stay spaCy's, a first meeting costs a
few µs, and an archive of new vocabulary no longer pays the list scans.
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
        self._indexed = False

    def _lemmatizer(self):
        # looked up when first needed: the lemmatizer is a later pipe of the same nlp
        lemmatizer = self.nlp.get_pipe(self.lemmatizer_name)
        if not self._indexed:
            index_lists_as_sets(lemmatizer)
            self._indexed = True
        return lemmatizer

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


def index_lists_as_sets(lemmatizer) -> int:
    """Turn the lemmatizer's ``lemma_index`` lists (one per part of speech) into frozensets;
    returns how many were turned.  Only membership is ever asked of them (``string in
    index``, ``form in index``), so every lemma stays the same."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return 0
    table = lookups.get_table("lemma_index")
    turned = 0
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
            turned += 1
    return turned


@Language.factory(NAME)
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    return LemmaMemo(nlp)
