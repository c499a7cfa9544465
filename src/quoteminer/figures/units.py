"""The counted or ranked noun phrase of a number, read from the dependency parse.

"69 missiles balistiques" → "missiles balistiques" (noun + its adjectives); "plus de 90
essais de missiles" → "essais de missiles" (a bare "de" + noun complement); "six frères et
sœurs" → "frères et sœurs"; "Deux des trois immeubles" → the partitive noun "immeubles"
(the surface stays "Deux").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..calendar import month_words, weekday_words
from ..extensions import morph_values
from .candidates import FigureContext

_NOUNS = ("NOUN", "PROPN")
_DE = ("de", "d'", "d’")
_MAX_TOKENS = 7
_CALENDAR = frozenset(w for w in month_words() + weekday_words() if w[-1:] != ".")


@dataclass(frozen=True)
class NounPhrase:
    text: str
    start: int      # the noun's first character
    end: int        # the phrase's last character + 1
    head: str       # the noun alone


def _nominal(tok: Token) -> bool:
    """A participle or adjective used as a noun: "deux morts", "246 tués", "26 blessés"."""
    if not tok.is_alpha or tok.is_stop:
        return False
    if tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in morph_values(tok, "VerbForm")):
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is None or nxt.pos_ not in _NOUNS
    return False


def _is_noun(tok: Token) -> bool:
    if tok.lower_ in _CALENDAR:  # "suspendu neuf mardi": a date, not the counted noun
        return False
    if tok.pos_ == "PROPN":
        return tok.text[:1].isupper() and tok.is_alpha
    return tok.pos_ == "NOUN" and tok.is_alpha or tok.pos_ == "NOUN" and "-" in tok.text


def noun_phrase(ctx: FigureContext, after: int, *, allow_nominal: bool = True) -> NounPhrase | None:
    """The noun phrase that starts right after character ``after`` (spaces only between)."""
    doc = ctx.doc
    tok = ctx.token_after(after)
    if tok is None or ctx.text[after:tok.idx].strip():
        return None
    i, pre = tok.i, 0
    # adjectives before the noun: "trois principales radios", "deux autres géants"
    while (pre < 2 and i + 1 < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_alpha
           and doc[i + 1].pos_ in _NOUNS + ("ADJ",)):
        i, pre = i + 1, pre + 1
    head = doc[i]
    if not _is_noun(head):
        if pre == 0 and allow_nominal and _nominal(head):
            return NounPhrase(head.text, head.idx, head.idx + len(head.text), head.text)
        return None
    last, j, used_conj = head, i + 1, False
    while j < len(doc) and j - i < _MAX_TOKENS:
        t = doc[j]
        if t.is_space:  # "600\xa0maires\xa0normands"
            j += 1
            continue
        if t.pos_ == "ADJ" and t.is_alpha and t.dep_ in ("amod", "conj", "nmod") and t.text[:1].islower():
            last, j = t, j + 1
            continue
        if last is head and t.lower_ in _DE and _bare_complement(doc, j):
            # "essais de missiles", "poste de CPE"
            last, j = doc[j + 1], j + 2
            continue
        if (not used_conj and t.lower_ == "et" and j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN"
                and doc[j + 1].dep_ == "conj"
                and morph_values(doc[j + 1], "Number") == morph_values(head, "Number")):
            used_conj, last, j = True, doc[j + 1], j + 2  # "six frères et sœurs"
            continue
        break
    end = last.idx + len(last.text)
    return NounPhrase(ctx.text[head.idx:end], head.idx, end, head.text)


def _bare_complement(doc, j: int) -> bool:
    """A "de" at ``j`` followed by a determiner-less common noun ("de missiles", "de CPE")."""
    if j + 1 >= len(doc) or not _is_noun(doc[j + 1]):
        return False
    word = doc[j + 1].text
    return word[:1].islower() or word.isupper()


def partitive_noun(ctx: FigureContext, after: int) -> str | None:
    """ "Deux des trois immeubles écroulés" → "immeubles"; "quatre de ses «proches»" → "proches"."""
    doc = ctx.doc
    tok = ctx.token_after(after)
    if tok is None or ctx.text[after:tok.idx].strip() or tok.lower_ not in _DE + ("des", "du"):
        return None
    for t in doc[tok.i + 1: tok.i + 5]:
        if t.pos_ in ("DET", "NUM", "PUNCT") or t.lower_ in _DE:
            continue
        if _is_noun(t) or _nominal(t):
            return t.text
        return None
    return None
