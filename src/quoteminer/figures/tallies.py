""""un" and "une" where they count rather than introduce a noun.

Mostly "un/une" is the article and no figure (GUIDELINES.md). It states a quantity in three
cases read here:

- a length of time or a measure: "un an après un G20 marqué par des violences", "une heure plus tôt",
  "un an et demi de négociations", "une heure et quart", "une heure vingt" (1 h 20),
  "un centimètre et demi";
- "un autre", "une autre" that adds one to a tally: "un autre homme a été interpellé";
- a member of a list of counts: "deux hommes et une femme", "un mort et quatre blessés".
"""

from __future__ import annotations

import re
from typing import Iterator

from .candidates import Candidate, FigureContext
from .numbers import clean_number, parse_words
from .quantities import is_person, qualifier_before
from .units import noun_phrase

_ONE = re.compile(r"(?<![\w-])(une?)\s+(?:(autres?)\s+)?([^\W\d_][\w-]*)", re.IGNORECASE)
_NEEDLES = (re.compile(r"\bune?\s", re.IGNORECASE),)
# "une heure vingt": minutes after the hour
_MINUTES = re.compile(r"\s+(vingt|trente|quarante|quinze|dix|cinq|\d{1,2})(?:\s+minutes?)?(?![\w-])",
                      re.IGNORECASE)
_JOINS = ("et",)  # a comma also opens appositions: "Joël, 66 ans, un retraité du bâtiment"
_YEAR_AFTER = re.compile(r"\s+\d{4}(?!\d)")
_HALF_AFTER = re.compile(r"\s+et\s+(demie?|quart)(?![\w-])", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s+du\s+(?:matin|soir)(?![\w])", re.IGNORECASE)
# "d'une autre manière", "l'un l'autre", "par une autre voie": no tally after these
_NO_TALLY_BEFORE = re.compile(r"(?:\bd['’]|\bl['’]|\b(?:de|par|sous|sur|dans|en|avec|pour)\s+)$",
                              re.IGNORECASE)


def ones(ctx: FigureContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    for m in ctx.finditer(_ONE, needles=_NEEDLES):
        article, other, word = m.group(1), m.group(2), m.group(3)
        low = word.lower()
        if low in lex.approximate:
            continue  # "une quinzaine de blessés": approximates() reads it
        if other is None and _HALF_AFTER.match(ctx.text, m.end(3)) and lex.measure_re.fullmatch(" " + word):
            # "un centimètre et demi", "un litre et demi"
            yield Candidate(m.start(1), _HALF_AFTER.match(ctx.text, m.end(3)).end(), "quantity", 1.5,
                            word, core_start=m.start(1), core_end=m.end(3))
            continue
        if other is None and low in lex.one_duration_units:
            cand = _duration(ctx, m)
            if cand is not None:
                yield cand
            continue
        if other is not None and not other.lower().endswith("s"):
            cand = _another(ctx, m)
            if cand is not None:
                yield cand
            continue
        if (other is None and " et " in ctx.text[max(0, m.start() - 45):m.end() + 45]
                and text_before_is_word(ctx, m.start(1))
                and _in_list_of_counts(ctx, m.start(1), m.start(3))):
            phrase = noun_phrase(ctx, m.start(3), allow_nominal=True)
            if phrase is not None:
                yield Candidate(m.start(1), phrase.end, "count", 1, phrase.text,
                                core_start=m.start(1), core_end=m.end(1))


def text_before_is_word(ctx: FigureContext, start: int) -> bool:
    """Not "d'un", "qu'une", "l'un": an elided word before makes "un" a pronoun or partitive."""
    return start == 0 or ctx.text[start - 1] not in "'’"


def _duration(ctx: FigureContext, m: re.Match) -> Candidate | None:
    """ "un an", "plus d'une semaine", "un an et demi", "une heure et quart", "une heure vingt"."""
    text, lex = ctx.text, ctx.lexicon
    end, value = m.end(3), 1.0
    phrase = " ".join(text[m.start(3):end + 40].lower().split()[:3])
    if any(phrase.startswith(idiom) for idiom in lex.one_duration_idioms):
        return None  # "une minute de silence"
    if _CLOCK_AFTER.match(text, end):
        return None  # "à une heure du matin": an hour of the clock
    if _YEAR_AFTER.match(text, end):
        return None  # "une année 2018 dans le rouge": the year names it
    if (h := _HALF_AFTER.match(text, end)):
        value += 0.5 if h.group(1).lower().startswith("demi") else 0.25
        end = h.end()
    elif m.group(3).lower() == "heure" and (mm := _MINUTES.match(text, end)):
        minutes = int(mm.group(1)) if mm.group(1).isdigit() else parse_words(mm.group(1))
        if minutes and minutes < 60:
            value += minutes / 60
            end = mm.end()
    qualifier, start = qualifier_before(ctx, m.start(1))
    return Candidate(start, end, "duration", clean_number(value), m.group(3), qualifier,
                     core_start=m.start(1), core_end=end)


def _another(ctx: FigureContext, m: re.Match) -> Candidate | None:
    """ "un autre homme, un proche du tueur", "Un autre a été touché": one more of a tally."""
    if _NO_TALLY_BEFORE.search(ctx.text[max(0, m.start() - 8):m.start()]):
        return None
    tok = ctx.token_at(m.start(3))
    if tok is None:
        return None
    phrase = noun_phrase(ctx, m.start(3), allow_nominal=False)
    if phrase is not None:
        head = ctx.token_after(phrase.start)
        if head is None or not is_person(ctx.lexicon, head):
            return None  # "un autre monde", "une autre fois": no tally of people
        return Candidate(m.start(1), phrase.end, "count", 1, phrase.text,
                         core_start=m.start(1), core_end=m.end(2))
    # "Un autre a été touché": the pronoun, subject of a verb
    if tok.pos_ in ("VERB", "AUX") and m.start(1) == ctx.token_at(m.start(1)).idx:
        return Candidate(m.start(1), m.end(2), "count", 1, core_start=m.start(1), core_end=m.end(2))
    return None


def _in_list_of_counts(ctx: FigureContext, start: int, noun_start: int) -> bool:
    """ "deux hommes et une femme", "un mort et quatre blessés", "12 morts, 8 blessés graves
    et une personne disparue": "un/une" and its noun next to an "et" whose other
    side is a number and its noun. Read on the tokens, as the parser often hangs such a
    list on the verb."""
    doc = ctx.doc
    det, noun = ctx.token_at(start), ctx.token_at(noun_start)
    if det is None or noun is None or det.pos_ != "DET" or noun.i != det.i + 1:
        return False
    if noun.pos_ != "NOUN" and not (noun.pos_ in ("ADJ", "VERB") and noun.text.islower()):
        return False
    sent_start, sent_end = noun.sent.start, noun.sent.end
    # left: "<number> <noun> [<adj>] et un/une <noun>"
    i = det.i - 1
    if i > sent_start and doc[i].lower_ in _JOINS:
        j = i - 1
        while j > max(sent_start, i - 4) and doc[j].pos_ in ("ADJ", "NOUN", "VERB") and not _is_count(doc[j]):
            j -= 1
        if j < i - 1 and _is_count(doc[j]) and doc[j + 1].lower_ not in ctx.lexicon.time_units:
            return True  # not "la retraite à 60 ans et une confrontation sévère"
    # right: "un/une <noun> [<adj>] et <number> <noun>"
    k = noun.i + 1
    while k < min(sent_end, noun.i + 3) and doc[k].pos_ == "ADJ":
        k += 1
    return (k + 2 < sent_end and doc[k].lower_ in _JOINS and _is_count(doc[k + 1])
            and doc[k + 2].lower_ not in ctx.lexicon.time_units)


def _is_count(tok) -> bool:
    return tok.like_num and tok.lower_ not in ("un", "une") and tok.dep_ == "nummod"
