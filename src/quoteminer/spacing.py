"""The parser reads no-break spaces as plain spaces; offsets and records keep the source.

French typography puts a no-break space inside the guillemets and before ":;!?%":
"Le Medef a pris «\u00a0acte\u00a0», mais «\u00a0reste vigilant\u00a0»".  spaCy splits only
on the plain space, so each no-break space becomes a SPACE token in the middle of the
sentence, a token the tagger and parser never saw in training: in that sentence "a"
became an auxiliary of the last verb and the subject "Le Medef" governed nothing, so the
quote's speaker was lost.  Every such space is one character, like the plain space that
replaces it, so token offsets still index the source text exactly; the source text is
kept on the Doc (``extensions.remember_source``) for every record's text.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.tokens import Doc

from . import extensions as ext

# one character each, so the text the parser reads has the source's length
PARSER_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                               "\u200a": " ", "\u2008": " ", "\u2006": " ", "\u2005": " ",
                               "\u2004": " "})


def text_for_parser(text: str) -> str:
    return text.translate(PARSER_SPACES)


class SpacingTokenizer:
    """The model's tokenizer, given the text with plain spaces; the Doc remembers the
    source text when it differs."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        parsed = text_for_parser(text)
        doc = self.inner(parsed)
        if parsed != text:
            ext.remember_source(doc, text)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # vocab, rules, infix_finditer …: the wrapped tokenizer's
        return getattr(self.inner, name)
