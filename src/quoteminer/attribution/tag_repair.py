"""Mend the tagger where attribution cannot afford its mistakes.

fr_core_news_md tags some all-capital names of bodies as pronouns: in "BFMTV a déploré
«un climat de violences»" the subject "BFMTV" comes out PRON, and a pronoun that is no
known pronoun ("il", "celle-ci", …) names no one, so the quote lost its speaker.  A word
tagged PRON that starts with a capital and is not a French pronoun form
(``speaker_words.json``: ``pronoun_words``) is retagged PROPN, so every rule and
feature downstream reads it as the name it is.

It also runs a person's name into the body named before it: in "la ministre de la
Justice Nicole Roux" or "le reporter de France Info Paul Girard" one ORG entity covers
both, so the minister became a body called "Justice Nicole Roux" and the pronoun
"elle" that follows found someone else.  A known first name followed by a surname inside
a non-person entity starts a person (``split_people_out_of_entities``), unless the entity
is a place or body named after someone ("le lycée Jean Moulin": ``named_after_nouns``).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import ADJ, NOUN, PRON, PROPN
from spacy.tokens import Doc, Span

from ..extensions import forget_verbs
from .lexicon import ADDRESSEE_CASES, guess_infinitives, lexicon


def retag_names_tagged_as_pronouns(doc: Doc) -> int:
    """Retag in place; the number of tokens changed."""
    pronouns = lexicon().pronoun_words
    changed = 0
    # the pronouns found on the POS column by numpy, not by a python test per token
    for i in np.flatnonzero(doc.to_array([POS]).reshape(-1) == PRON).tolist():
        t = doc[i]
        text = t.text
        if not text[:1].isupper() or len(text) < 2 or t.lower_ in pronouns \
                or not any(c.isalpha() for c in text[1:]):
            continue
        t.pos_ = "PROPN"
        changed += 1
    return changed


def retag_names_tagged_as_verbs(doc: Doc) -> int:
    """Retag PROPN a capitalised word inside a person's name that the tagger took for a
    verb: in "la Bretonne Jacline Mouraud, a également indiqué …" "Jacline" came out VERB,
    so the subject before the comma looked like a clause and the cue lost its speaker.
    The number of tokens changed."""
    return _retag(doc, [t for ent in doc.ents if ent.label_ == "PER" for t in ent
                        if t.pos_ in ("VERB", "AUX") and t.text[:1].isupper() and t.is_alpha
                        and not t.is_sent_start], "PROPN")


def _retag(doc: Doc, tokens: list, pos: str) -> int:
    """Give ``tokens`` the part of speech ``pos``; the doc's verb index is read afresh
    after (``extensions.doc_verbs``).  The number of tokens changed."""
    for t in tokens:
        t.pos_ = pos
    if tokens:
        forget_verbs(doc)
    return len(tokens)


def retag_reporting_verbs_tagged_as_nouns(doc: Doc) -> int:
    """Retag VERB a reporting verb's form tagged NOUN that the parser gave a subject:
    in "Son président Christian Jacob juge que «…»" the tagger read "juge" as the noun
    while the parser hung "président" on it as its subject, so no cue was found.  A noun
    with a copula ("il est juge") or a determiner ("le juge") stays a noun.  The number of
    tokens changed."""
    if not len(doc):
        return 0
    # the nouns that head a subject, found on the arrays: a python look at every noun's
    # children cost more than the rest of this repair
    array = doc.to_array([POS, DEP, HEAD]).astype(np.int64)
    pos, dep, head = array[:, 0], array[:, 1], array[:, 2]
    # a subject's head, or a noun a name is the "determiner" of: in "tandis que Berlin
    # juge «extrêmement difficile» un rapatriement" the parser makes "Berlin" the
    # determiner of the noun "juge"
    subjects = np.flatnonzero((dep == doc.vocab.strings["nsubj"])
                              | ((dep == doc.vocab.strings["det"]) & (pos == PROPN)))
    heads = subjects + head[subjects]
    verbs = lexicon().reporting_verbs
    nouns = sorted(set(heads[pos[heads] == NOUN].tolist()))
    return _retag(doc, [t for t in (doc[i] for i in nouns) if t.is_lower and t.is_alpha
                        and not any(c.dep_ in ("cop", "case") or (c.dep_ == "det" and c.pos_ == "DET")
                                    for c in t.children)
                        and any(g in verbs for g in guess_infinitives(t.text))], "VERB")


# what opens the inverted subject of an incise: "…, raconte à l'AFP Martial Delabroye",
# "…, précise la ministre"
INCISE_SUBJECT_OPENERS = frozenset(("DET", "PROPN"))


def retag_incise_verbs_tagged_as_adjectives(doc: Doc) -> int:
    """Retag VERB a reporting verb's form tagged ADJ that opens an incise: in "Les deux
    hommes portent «des cagoules», sont équipés de «fusils d'assaut», raconte à l'AFP
    Martial Delabroye" the tagger read "raconte" as an adjective on "disqueuses", so no
    verb of the sentence reported the quotes.  Only a form right after a comma and before
    what opens an inverted subject (an article, a name, "à l'AFP"): "une réponse,
    précise et claire" keeps its adjective.  The number of tokens changed."""
    verbs = lexicon().reporting_verbs
    found = []
    for i in np.flatnonzero(doc.to_array([POS]).reshape(-1) == ADJ).tolist():
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].text != ",":
            continue
        t, nxt = doc[i], doc[i + 1]
        if not (t.is_lower and t.is_alpha) or not (nxt.pos_ in INCISE_SUBJECT_OPENERS
                                                    or nxt.lower_ in ADDRESSEE_CASES):
            continue
        if any(g in verbs for g in guess_infinitives(t.text)):
            found.append(t)
    return _retag(doc, found, "VERB")


def split_people_out_of_entities(doc: Doc) -> int:
    """Split "Justice Nicole Roux" (ORG) into "Justice" (ORG) and "Nicole Roux"
    (PER) in ``doc.ents``; the number of entities split."""
    lex = lexicon()
    first_names, named_after = lex.first_names, lex.named_after_nouns
    new_ents, split = [], 0
    for ent in doc.ents:
        at = None
        if ent.label_ != "PER" and len(ent) >= 3 \
                and not any(t.lower_ in named_after for t in ent):
            for k in range(ent.start + 1, ent.end - 1):
                t, nxt = doc[k], doc[k + 1]
                if t.text.split("-")[0] in first_names and t.text[:1].isupper() \
                        and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "X", "NOUN") \
                        and doc[k - 1].text not in ("-", "'", "’"):
                    at = k
                    break
        if at is None:
            new_ents.append(ent)
            continue
        split += 1
        new_ents.append(Span(doc, ent.start, at, label=ent.label_))
        new_ents.append(Span(doc, at, ent.end, label="PER"))
    if split:
        doc.ents = new_ents
    return split
