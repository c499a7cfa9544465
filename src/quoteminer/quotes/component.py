"""spaCy component: find quotes on the characters and keep the parser from cutting them.

fr_core_news_md splits a sentence at « and inside quoted dialogue:
"«C'est au premier plan. La paix sans dénucléarisation est une fausse paix», a déclaré
Park" comes out as two sentences, the second holding neither the start of the quote nor…
well, only its end.  Running before the parser, this component marks every token inside
a quote as "not a sentence start", which the parser respects, so a quote and the clause
that introduces it stay in one sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from .. import extensions as ext
from ..extensions import doc_text
from .marks import find_quote_spans
from ..guard import GuardedComponent


# A page of 20,000 stray marks gets this many warnings one by one, then one that counts
# the rest: a reader wants the first places to look, not 20,000 lines.
MAX_MARK_WARNINGS = 50


class QuoteBoundaries:
    def __call__(self, doc: Doc) -> Doc:
        spans, strays = find_quote_spans(doc_text(doc))
        furniture = [(m["start"], m["end"]) for m in
                     ((doc._.get(ext.METADATA) or {}).get("furniture") or [])]
        spans = [s for s in spans if not any(a <= s.start < b for a, b in furniture)]
        doc._.set(ext.QUOTE_SPANS, [s.to_dict() for s in spans])
        strays = [s for s in strays if not any(a <= s.offset < b for a, b in furniture)]
        for stray in strays[:MAX_MARK_WARNINGS]:
            ext.add_warning(doc, "unclosed_quote" if "never closed" in stray.reason
                            else "unpaired_quote_mark",
                            f"quotation mark {stray.mark!r} {stray.reason}",
                            stray.offset, stray.offset + 1)
        if len(strays) > MAX_MARK_WARNINGS:
            ext.add_warning(doc, "unpaired_quote_mark", f"{len(strays) - MAX_MARK_WARNINGS} "
                            "more unpaired quotation marks not listed one by one")
        if spans:
            self._protect(doc, spans)
        return doc

    @staticmethod
    def _protect(doc: Doc, spans) -> None:
        # One array write: the ``token.is_sent_start`` setter scans the whole doc on
        # every call, which made long articles quadratic.
        starts = doc.to_array([SENT_START]).astype("int64")
        changed = False
        for span in spans:
            close = span.close_at if span.close_at is not None else span.end - 1
            tokens = doc.char_span(span.open_at, close + 1, alignment_mode="expand")
            if tokens is None:
                continue
            starts[tokens.start + 1:tokens.end] = -1
            if _after_a_sentence_end(doc, tokens.start) and doc_text(doc)[
                    span.start:span.start + 1].isupper():
                # "…des espaces publics et culturels. « Le président inquiet »
                # Politiquement fragilisé, Édouard Philippe a affirmé…": the parser ran
                # the quote on from the sentence before and hung the next clause on it
                starts[tokens.start] = 1
            after = tokens.end
            # "«…», a déclaré Blinken": the incise after the closing mark belongs to the
            # quote's sentence
            if after < len(doc) and (doc[after].text in (",", ";", ")")
                                     or doc[after].text[:1].islower()):
                starts[after] = -1
            elif after < len(doc) and span.close_at is not None \
                    and _after_a_sentence_end(doc, tokens.end - 1) \
                    and doc[after].text[:1].isupper():
                # "…ne va pas favoriser les embauches.» Fataliste, Majdad conclut: «…»":
                # the quote closed its own sentence, so the next clause is not its incise
                starts[after] = 1
            changed = True
        if changed:
            doc.from_array([SENT_START], starts.astype("uint64"))


SENTENCE_ENDS = frozenset((".", "!", "?", "…"))


def _after_a_sentence_end(doc: Doc, i: int) -> bool:
    """The token before ``i``, spaces aside, ends a sentence."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text in SENTENCE_ENDS


@Language.factory("quoteminer_quote_boundaries", assigns=["doc._.qm_quote_spans"])
def make_quote_boundaries(nlp: Language, name: str) -> GuardedComponent:
    return GuardedComponent(name, QuoteBoundaries(), lambda doc: {ext.QUOTE_SPANS: []})
