"""The tense of the verb a date depends on, to place a yearless date before or after the
article's date.

"Les négociations ont repris début février" (passé composé) in an article of October 2016
is February 2016; "le texte sera examiné courant janvier" (future) is January 2017.  A
verb in the present, a bare participle ("le procès, prévu le 5 février") or no verb says
nothing: the caller then takes the occurrence nearest the article's date.
"""

from __future__ import annotations

from ..calendar import etre_verbs
from ..extensions import morph_values
from .candidates import FigureContext


def governing_tense(ctx: FigureContext, start: int) -> str | None:
    """ "past", "future" or None for the verb that governs the word at ``start``."""
    tok = ctx.token_at(start)
    if tok is None:
        return None
    for verb in (tok.head, tok.head.head):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        return _tense_of(verb)
    return None


def _tense_of(verb) -> str | None:
    tense = morph_values(verb, "Tense")
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if "Fut" in tense or any("Fut" in morph_values(a, "Tense") for a in auxiliaries):
        return "future"
    if verb.head.lemma_ == "aller" and "Inf" in morph_values(verb, "VerbForm"):
        return "future"                       # "va se rendre en mars": the near future
    if "Part" in morph_values(verb, "VerbForm"):
        # "ont repris", "a été adopté": a finite tense auxiliary makes the passé composé;
        # "est examiné" (a passive auxiliary alone) and "doit être examiné" say nothing
        finite = [a for a in auxiliaries if "Fin" in morph_values(a, "VerbForm")]
        if any(a.dep_ == "aux:tense" for a in finite):
            return "past"
        # "il est arrivé", "il s'est rendu": être as the tense auxiliary, which the parser
        # labels as a passive one
        if finite and (verb.lemma_ in etre_verbs()
                       or any(c.dep_ in ("expl:pv", "expl:comp", "expl") for c in verb.children)):
            return "past"
        return None
    if "Fin" in morph_values(verb, "VerbForm") and ("Past" in tense or "Imp" in tense):
        return "past"                         # "il partit", "il préparait"
    if "Fin" in morph_values(verb, "VerbForm") and "Cnd" in morph_values(verb, "Mood"):
        return "future"                       # "ils poursuivraient le mouvement lundi"
    return None
