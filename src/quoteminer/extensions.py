"""The ``Doc._`` extensions quoteminer's components write.

Each holds plain data (lists and dicts of strings and numbers, the ``to_dict()`` form of
the records), never Span objects, so a Doc survives ``nlp.pipe(n_process=2)``, which
ships docs between processes as bytes (explosion/spaCy#4737).
"""

from __future__ import annotations

import numpy as np
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

METADATA = "qm_metadata"        # Metadata.to_dict()
QUOTE_SPANS = "qm_quote_spans"  # raw quote spans found on the characters (quotes.marks)
QUOTES = "qm_quotes"            # [Quote.to_dict()] with "speaker_id"
SPEAKERS = "qm_speakers"        # [Speaker.to_dict()]
FIGURES = "qm_figures"          # [Figure.to_dict()]
WARNINGS = "qm_warnings"        # [Notice.to_dict()]

ALL = (METADATA, QUOTE_SPANS, QUOTES, SPEAKERS, FIGURES, WARNINGS)


def register() -> None:
    """Register every extension once; the default is None so no list is shared."""
    for name in ALL:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_TEXT_KEY = "quoteminer.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per component run.

    spaCy rebuilds ``Doc.text`` from every token on each access; rules that read the
    characters around thousands of tokens made long articles quadratic.  The cached copy
    lives in ``doc.user_data`` only while a component runs (``forget_text``).
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from ``doc_text``: ``Span.text`` joins its tokens' texts, 3 µs
    for "le secrétaire d'Etat américain", and the speaker rules read the text of every
    phrase they resolve.  The same characters: the doc's text is its tokens' texts and
    spaces, and a span ends at its last token's last character."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def remember_text(doc: Doc, text: str) -> Doc:
    """Give ``doc_text`` the text the Doc was made from, so no component rebuilds it from
    the tokens (spaCy's tokenizer keeps every character: ``doc.text == text``)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


_VERBS_KEY = "quoteminer.verbs"


def doc_verbs(doc: Doc) -> list[int]:
    """Indices of the tokens tagged VERB or AUX, read once per component run from the
    doc's arrays: a reporting-verb search over a sentence then visits its verbs, not its
    every token ("Le haut diplomate américain a ajouté que …": 2 of 8)."""
    verbs = doc.user_data.get(_VERBS_KEY)
    if verbs is None:
        # compared on the whole column by numpy: a python test per token cost 0.1 ms on
        # an article of 800 tokens, four times the numpy one
        pos = doc.to_array("POS")
        verbs = np.flatnonzero((pos == VERB) | (pos == AUX)).tolist()
        doc.user_data[_VERBS_KEY] = verbs
    return verbs


# ``Token.morph.get`` parses the analysis string ("Mood=Ind|Number=Sing|Person=3|
# Tense=Pres|VerbForm=Fin") again on every call, 3.5 µs; the rules ask "Part" in VerbForm,
# "Plur" in Number of the same few hundred analyses thousands of times an article.  An
# analysis is a hash of its string in the vocabulary: the answer for (hash, field) is
# the same in every doc, so it is kept for the process (a few hundred entries).
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def morph_values(token: Token, field: str) -> tuple[str, ...]:
    """``token.morph.get(field)``, as a tuple: "ajoutant" → ("Part",) for "VerbForm"."""
    morph = token.morph
    key = (morph.key, field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        values = _MORPH_VALUES[key] = tuple(morph.get(field))
    return values


def forget_verbs(doc: Doc) -> None:
    """Drop the verb index after a tag repair turned a word into a verb."""
    doc.user_data.pop(_VERBS_KEY, None)


def forget_text(doc: Doc) -> None:
    """Drop the per-run caches (text, verbs) so they never ship with the doc."""
    doc.user_data.pop(_TEXT_KEY, None)
    forget_verbs(doc)


def add_warning(doc: Doc, code: str, message: str, start: int | None = None,
                end: int | None = None) -> None:
    warnings = doc._.get(WARNINGS) or []
    warnings.append({"code": code, "message": message, "start": start, "end": end})
    doc._.set(WARNINGS, warnings)


register()
