"""Finding the cue of a quote: the verb, colon, ``selon`` or signature that names its source.

Shapes handled, each with the sentence that motivates it:

* incise after the quote — "«…», a déclaré Blinken lors d'une conférence de presse";
  "«…», a-t-il ajouté"; "«…», relate l’habitante"; and at the end of a longer sentence:
  "«Très, très vraisemblablement cinq personnes», ainsi que «trois visiteurs» se
  trouvaient dans l’un des immeubles effondrés, a ajouté M. Tarabeux."
* verb before, canonical order — "Le haut diplomate américain a ajouté que l'alliance
  «est le pivot …»"; "Park a déclaré : «…»"
* colon without a reporting verb — "Des habitantes se consolent entre elles: «au moins
  nous sommes vivantes»"; "L’une d’entre elles, apprentie boulangère: «Je vote …»"
* selon / d'après — "leur «alliance stratégique globale», selon Park."
* signature — "«…» — Jean Dupont, maire de Lyon" and "«…» (Jean Dupont)".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text, doc_verbs, morph_values
from .lexicon import guess_infinitives, lexicon
from .phrases import (RELATIVE_WORDS, Phrase, auxiliary_before, in_quote, indefinite_phrase,
                      inverted_subject, is_reporting_verb, np_end, passive, subject_before)


# object and reflexive clitics between a closing mark and its verb: "«…», s'exclame X",
# "«…», lui a répondu Y", "«…», nous a confié Z"
RELATIVE_SELON = frozenset("lequel laquelle lesquels lesquelles".split())
CLITICS = frozenset("se s' s’ lui leur nous vous me m' m’ te t' t’ en y elle".split())
# object pronouns that are also articles: clitics only when tagged as pronouns ("«…» l'a
# averti un maire", "«…», la ministre a dit": an article)
OBJECT_CLITICS = frozenset("l' l’ le la les".split())


@dataclass(frozen=True)
class CueMatch:
    kind: str               # verb | colon | selon | signature | subject
    phrase: Phrase          # who speaks
    cue_start: int          # char offsets of the cue words
    cue_end: int
    lemma: str | None = None


def _outside(token: Token) -> bool:
    """Not between the marks of a quote: the quote's own words are never its cue."""
    return not in_quote(token)


def _verb_group_start(doc: Doc, verb: Token) -> int:
    i = verb.i
    while i > 0 and _in_verb_group(doc[i - 1]):
        i -= 1
    return i


def _in_verb_group(token: Token) -> bool:
    """An auxiliary or a piece of an inverted clitic ("a-t-il"): the verb group goes on
    to the left over it."""
    return token.pos_ == "AUX" or token.text.startswith("-") or token.lower_ in ("t", "-")


def _lemma(verb: Token) -> str:
    lex = lexicon()
    if lex.is_reporting_lemma(verb.lemma_):
        return verb.lemma_.lower()
    for g in guess_infinitives(verb.text):
        if lex.is_reporting_lemma(g):
            return g
    return verb.lemma_.lower()


RELATIVE_CLAUSE_WORDS = 20


def incise_after(doc: Doc, close_tok: int, sent_end: int) -> CueMatch | None:
    """ "«…», a déclaré Blinken": a reporting verb within a few tokens after the quote."""
    i = close_tok + 1
    if i < sent_end and doc[i].lower_ in RELATIVE_WORDS:
        # "«L’état de grâce est terminé, si on en croit les sondages» qui montrent un
        # effritement de sa popularité, relève Vincent Laborderie": the incise comes after
        # the relative clause on the quoted words
        comma = next((k for k in range(i + 1, min(sent_end, i + RELATIVE_CLAUSE_WORDS))
                      if doc[k].text in (",", ".", ";", ":", "«", "»", "“", "”", "\"")), None)
        # read on from the comma as from a closing mark (its token before is a word)
        return incise_after(doc, comma - 1, sent_end) \
            if comma is not None and doc[comma].text == "," else None
    while i < sent_end and (doc[i].text in (",", "»", "”", "\"", ")") or doc[i].is_space):
        i += 1
    limit = min(sent_end, i + 4)
    j = i - 1
    after_aux = False  # the last word read was an auxiliary (adjuncts skipped)
    while j + 1 < limit:
        j += 1
        t = doc[j]
        if not _outside(t):
            return None
        if after_aux and (k := _adjunct_end(doc, j, sent_end)) is not None:
            # "«…», a de son côté tweeté la ministre": the adjunct between the auxiliary
            # and its participle is no subject; read on from the participle
            limit = min(sent_end, limit + k - j)
            j = k - 1
            continue
        if t.pos_ == "AUX" or t.text.startswith("-") or t.lower_ in ("t", "-") \
                or t.pos_ == "ADV" or t.lower_ in CLITICS or t.is_space \
                or (t.pos_ == "PRON" and t.lower_ in OBJECT_CLITICS):
            after_aux = after_aux or t.pos_ == "AUX"
            if t.text.startswith("-") or t.lower_ == "t":
                # "«…», a-t-on surtout répété à la mairie": the inverted clitic, split in
                # "-t" and "-on", takes no room from an adverb before the participle
                limit = min(sent_end, limit + 1)
            continue
        # right after «…», any verb with an inverted subject reports the quote:
        # "«Tout est fermé», se désespéraient ainsi mercredi deux touristes espagnols"
        finite = t.pos_ in ("VERB", "AUX") and not _participle(t)
        if not finite and j > i and after_aux and t.is_alpha and t.is_lower \
                and t.pos_ not in ("ADP", "DET", "PRON", "CCONJ", "SCONJ"):
            # "«…», a sdéclaré auprès du Parisien une voisine": the word after the
            # auxiliary is its participle, whatever the tagger made of a misspelt form;
            # a preposition or article there ("a à cet égard …") is not one
            finite = True
        after_comma = any(doc[k].text in (",", "—", "–") for k in range(close_tok + 1, i))
        lexical = is_reporting_verb(t, loose=True)
        if lexical and not after_comma and j == i and "Part" in morph_values(t, "VerbForm") \
                and "Past" in morph_values(t, "Tense"):
            # "une sorte de «chasse à l'homme» lancée sur les sites": a participle agreeing
            # with the quoted noun, not an incise
            return None
        if any(c.dep_ == "nsubj" and c.i < close_tok and not in_quote(c) for c in t.children):
            # "François Ruffin, qui a dénoncé «un scandale d'État», demande une commission
            # d'enquête": the verb after the quote has its subject before it; no incise
            return None
        if lexical or (after_comma and finite and (
                j == i or after_aux or doc[j - 1].pos_ in ("AUX", "PRON"))):
            subj = inverted_subject(doc, j, sent_end)
            if subj is not None and not lexical and not _names_someone(doc, subj):
                # "des «gilets jaunes», a créé la polémique": the object of a verb that
                # reports nothing is no speaker
                subj = None
            if subj is not None:
                start = _verb_group_start(doc, t)
                return CueMatch("verb", subj, doc[start].idx, t.idx + len(t.text), _lemma(t))
            return None
        return None
    return None


QUOTE_CLOSERS = frozenset(",.…!?»”\"")


def incise_inside(doc: Doc, open_tok: int, close_tok: int) -> CueMatch | None:
    """ "«Tout est prêt, assure le chef de chantier, on part demain»", "«Rentrez chez
    vous, lance l'un d'eux»": a reporting verb between commas inside the marks, with its
    subject after it, cut in the quoted words as an incise."""
    first = open_tok + 2
    if not _in_verb_group(doc[open_tok]):
        # the verb group then starts after the mark and the incise opens with a comma
        # inside the marks, so no verb up to the quote's first comma can be one: "«Tout
        # est prêt, assure …»" skips "Tout est prêt" without asking for its tags
        comma = next((k for k in range(open_tok, close_tok) if doc[k].text == ","), None)
        if comma is None:
            return None
        first = max(first, comma + 1)
    for k in range(first, close_tok):
        t = doc[k]
        if t.text in (",", "«", "»") or not is_reporting_verb(t, loose=True) or _participle(t):
            continue
        start = _verb_group_start(doc, t)
        while start > open_tok + 1 and doc[start - 1].lower_ in CLITICS:
            start -= 1  # "«…, nous confie l'une d'elles, …»"
        if doc[start - 1].text != ",":
            continue
        subj = inverted_subject(doc, k, close_tok)
        if subj is None:
            continue
        # "a-t-il confié": a clitic subject stands before the participle
        end = _after_adjunct(doc, max(subj.end, k + 1), close_tok)
        if end < close_tok and doc[end].text not in QUOTE_CLOSERS:
            continue  # "«…, dit le texte de loi qui …»": no incise closes there
        return CueMatch("verb", subj, doc[start].idx, t.idx + len(t.text), _lemma(t))
    return None


ADJUNCT_WORDS = 6


def _after_adjunct(doc: Doc, end: int, stop: int) -> int:
    """The token after an incise's subject and a short adjunct that ends it ("souffle
    Philippe Leboeuf au bout du fil."), spaces skipped; ``end`` itself when no adjunct of
    plain words follows ("dit le texte de loi qui …" is no incise)."""
    while end < stop and doc[end].is_space:
        end += 1
    if end < stop and doc[end].pos_ == "ADP" and doc[end].text not in ("«", "»"):
        k = end + 1
        while k < stop and k - end <= ADJUNCT_WORDS and (
                doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") or doc[k].is_space):
            k += 1
        if k < stop and doc[k].text in QUOTE_CLOSERS:
            return k
    return end


def _adjunct_end(doc: Doc, j: int, stop: int) -> int | None:
    """End of a short prepositional adjunct starting at ``j`` and followed by a lowercase
    word (the participle): "a de son côté tweeté", "a à cet égard reconnu", "a en effet
    expliqué", "a pour sa part estimé"; None if ``j`` opens no such adjunct."""
    if doc[j].pos_ != "ADP" or doc[j].lower_ in ("«", "»"):
        return None
    k = j + 1
    while k < stop and k <= j + 4 and doc[k].pos_ in ("DET", "ADJ", "NUM", "NOUN", "ADV") \
            and not doc[k].is_punct:
        k += 1
    if k == j + 1 or k >= stop or not (doc[k].is_alpha and doc[k].is_lower) \
            or doc[k].pos_ in ("DET", "ADP", "PRON", "CCONJ", "SCONJ"):
        return None
    return k


def signature_after(doc: Doc, close_tok: int, sent_end: int) -> CueMatch | None:
    """ "«…» — Jean Dupont, maire de Lyon" or "«…» (Jean Dupont)"."""
    i = close_tok + 1
    while i < len(doc) and doc[i].is_space:
        i += 1  # "«…»\n\n— Jean Dupont, maire de Lyon": a signature on its own line
    if i < len(doc) and (doc[i].text in lexicon().signature_dashes or doc[i].text == "("):
        j = i + 1
        if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            end = np_end(doc, j, min(len(doc), j + 8))
            return CueMatch("signature", Phrase(j, end), doc[i].idx, doc[i].idx + 1)
    return None


def colon_before(doc: Doc, open_tok: int, sent: Span) -> CueMatch | None:
    """ "Park a déclaré : «…»", "Il raconte: «…»", "Des habitantes se consolent: «…»".

    The speaker is the subject of the reporting verb before the colon, else the source
    that frames the clause ("Selon lui, …: «…»"), else the subject
    of the clause's main predicate ("Elle est Franco-Suisse, …: «…»"), else, when the
    clause has no verb at all, the phrase before the colon ("L’une d’entre elles,
    apprentie boulangère: «…»").
    """
    k = open_tok - 1
    if k < sent.start or doc[k].text != ":":
        return None
    clause = [t for t in doc[sent.start:k] if _outside(t)]
    reporting = [t for t in clause if is_reporting_verb(t)]
    for verb in reversed(reporting):
        subj = subject_before(doc, verb)
        if subj is not None:
            return CueMatch("colon", subj, doc[k].idx, doc[k].idx + 1, _lemma(verb))
    framed = selon_in(doc, doc[sent.start:k]) if k > sent.start else None
    if framed is not None:
        # "Selon lui, l'Église «n'a pas pris toute la mesure» du fléau: «…»": the source
        # that frames the clause introduces what follows its colon
        return CueMatch("colon", framed.phrase, doc[k].idx, doc[k].idx + 1)
    predicates = [t for t in clause if t.pos_ in ("VERB", "AUX") or
                  any(c.dep_ in ("nsubj", "cop") for c in t.children)]
    for pred in predicates:
        subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and sent.start <= c.i < k]
        if subjects:
            phrase = subject_before(doc, pred) if pred.pos_ in ("VERB", "AUX") else None
            if phrase is None:
                s = subjects[0]
                phrase = (Phrase(s.i, s.i + 1, pronoun=s.lower_)
                          if s.lower_ in lexicon().subject_pronouns
                          else Phrase(s.left_edge.i, np_end(doc, s.left_edge.i, k)))
            return CueMatch("colon", phrase, doc[k].idx, doc[k].idx + 1)
    if clause:
        # "D'autres en doutent : «…»": an indefinite pronoun opening the clause, which the
        # parser often leaves without a verb, is the subject of the verb right after it
        indefinite = indefinite_phrase(doc, clause[0].i, k)
        if indefinite is not None and any(t.pos_ in ("VERB", "AUX")
                                          for t in doc[indefinite.end:min(k, indefinite.end + 3)]):
            return CueMatch("colon", indefinite, doc[k].idx, doc[k].idx + 1)
    agent = _agent_before_colon(doc, clause, k)
    if agent is not None:
        return CueMatch("colon", agent, doc[k].idx, doc[k].idx + 1)
    if any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    j = k - 1
    while j >= sent.start and not (doc[j].is_punct and doc[j].text not in ("’", "'", "-")):
        j -= 1
    start = j + 1
    if start < k:
        first_noun = next((t.i for t in doc[start:k] if t.pos_ in ("DET", "NOUN", "PROPN", "PRON")), None)
        if first_noun is not None:
            return CueMatch("colon", Phrase(first_noun, k), doc[k].idx, doc[k].idx + 1)
    return None


def _agent_before_colon(doc: Doc, clause: list, colon: int) -> Phrase | None:
    """The agent of a clause whose only verb is a past participle: "Un message
    interreligieux partagé par Solange, 81 ans : «…»" → Solange."""
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return None
    agent = _agent_after(doc, verbs[0].i, colon)
    return None if agent is None else Phrase(agent[0], min(agent[1], colon))


def _relative_clause_of(token: Token) -> Token | None:
    """The verb of the relative clause that holds ``token``, if any."""
    steps = 0
    while token.head is not token and steps < 8:
        if token.dep_ == "acl:relcl":
            return token
        token, steps = token.head, steps + 1
    return None


def selon_in(doc: Doc, sent: Span, near: int | None = None,
             quote_tok: int | None = None) -> CueMatch | None:
    """ "…, selon Park." / "selon le porte-parole du département d'Etat Ned Price".

    With ``quote_tok`` (a token of the quote), a marker inside a relative clause that
    does not hold the quote is not its source: in "Le président, qui se rendra sur place
    «dès que possible» selon l'Élysée, avait exprimé «…»" the Élysée vouches only for
    the visit.
    """
    markers = lexicon().source_markers
    lowered = doc_text(doc)[sent.start_char:sent.end_char].lower()  # Span.text walks tokens
    if sent[0].lower_ != "pour" and not any(m in lowered for m in markers):
        return None  # most sentences: no marker, no need to look at every token
    found = []
    for t in sent:
        if not _outside(t):
            continue
        text = t.lower_
        if quote_tok is not None and (text in markers or text == "d'" or text == "d’"):
            clause = _relative_clause_of(t)
            if clause is not None and not clause.left_edge.i <= quote_tok <= clause.right_edge.i:
                continue
        two = (t.lower_ + (t.nbor(1).lower_ if t.i + 1 < len(doc) else ""))
        if text in markers and t.i + 1 < sent.end and doc[t.i + 1].lower_ in RELATIVE_SELON:
            # "les accords d'Arusha, selon lesquels «nul ne peut …»": the source is the
            # phrase the relative pronoun stands for, before the comma
            end = t.i
            while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            start = end - 1
            while start > sent.start and doc[start - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP") \
                    and not doc[start].pos_ == "DET":
                start -= 1
            if start < end:
                found.append(CueMatch("selon", Phrase(start, end), t.idx,
                                      doc[t.i + 1].idx + len(doc[t.i + 1].text), "selon"))
            continue
        if text in markers or two.replace(" ", "") in markers:
            start = t.i + (1 if text in markers else 2)
            if start < sent.end and not doc[start].is_punct and doc[start].lower_ not in RELATIVE_SELON:
                if doc[start].pos_ == "PRON" or doc[start].lower_ in ("certains", "certaines", "plusieurs"):
                    # "selon lui", "selon certains": a pronoun or an indefinite source
                    pron = doc[start].lower_
                    phrase = Phrase(start, start + 1,
                                    pronoun=pron if pron in lexicon().subject_pronouns else None)
                    found.append(CueMatch("selon", phrase, t.idx, doc[start - 1].idx
                                          + len(doc[start - 1].text), "selon"))
                    continue
                end = np_end(doc, start, sent.end)
                start, end = _agent_of_document(doc, start, end, sent.end)
                found.append(CueMatch("selon", Phrase(start, end), t.idx, doc[start - 1].idx
                                      + len(doc[start - 1].text), "selon"))
    # "Pour Me Comte, «on marche sur la tête»": "pour" + a person + comma opens the sentence
    first = sent[0]
    if first.lower_ == "pour" and _outside(first) and first.i + 1 < sent.end:
        start = first.i + 1
        end = np_end(doc, start, sent.end)
        span = doc[start:end]
        # a person, or a body or place speaking for its people: "Pour la CGT, «…»",
        # "Pour Washington, «…»"; not "Pour la première fois, «…»"
        is_person = any(t.ent_type_ in ("PER", "ORG", "LOC") or t.text in lexicon().titles
                        for t in span) or \
            (span[0].pos_ == "DET" and lexicon().role(span[-1].text) is not None)
        if is_person and end < sent.end and doc[end].text == ",":
            found.append(CueMatch("selon", Phrase(start, end), first.idx,
                                  first.idx + len(first.text), "pour"))
    if not found:
        return None
    if near is None:
        return found[0]
    return min(found, key=lambda c: abs(c.cue_start - near))


def _agent_of_document(doc: Doc, start: int, end: int, stop: int) -> tuple[int, int]:
    """The author of a document named after ``selon``: "selon la définition donnée par
    Wikipedia", "selon un rapport publié par l'ONU" → the one who gave or published it."""
    for k in range(start, min(stop - 2, end + 1)):
        agent = _agent_after(doc, k, stop)
        if agent is not None:
            return agent
    return start, end


def _agent_after(doc: Doc, participle: int, stop: int) -> tuple[int, int] | None:
    """The (start, end) of "par X" right after a past participle ("donnés par la
    préfecture"), or None."""
    k = participle + 1
    verb = doc[participle]
    if k < stop - 1 and doc[k].lower_ == "par" and verb.pos_ == "VERB" \
            and "Part" in morph_values(verb, "VerbForm") \
            and "Past" in morph_values(verb, "Tense") \
            and doc[k + 1].pos_ in ("PROPN", "DET", "NOUN"):
        return k + 1, np_end(doc, k + 1, stop)
    return None


def _names_someone(doc: Doc, phrase: Phrase) -> bool:
    """A pronoun, a proper name or a role noun: "Laurent Nuñez", "le secrétaire d'État",
    not "le «soutien» de la représentation nationale"."""
    if phrase.pronoun:
        return True
    span = doc[phrase.start:phrase.end]
    counted = any(t.like_num for t in span) and any("Plur" in morph_values(t, "Number")
                                                    for t in span if t.pos_ == "NOUN")
    return counted or any(t.pos_ == "PROPN" or t.ent_type_ == "PER" or t.text in lexicon().titles
                          or (t.pos_ == "NOUN" and lexicon().role(t.text) is not None)
                          for t in span)


def _incise_between_subject_and_verb(doc: Doc, sent: Span, verb: Token,
                                     group_start: int) -> Phrase | None:
    """The inverted subject of an incise cut into its clause before the quote: in "Les
    services de l'Etat, a prévenu la préfecture, tiennent «une comptabilité précise …»"
    the prefecture speaks, though the parser makes "Les services" the subject of
    "prévenu" and "la préfecture" its object.

    Read so only when the clause around the incise has no verb of its own before it (a
    bare subject: "Il a rencontré des élus, a prévenu les autorités, puis …" chains
    verbs of one subject) and goes on with a verb right after the incise's second comma
    that does not report itself: in "Les manifestants, a indiqué le préfet, ont scandé
    «…»" the slogan is the protesters'.
    """
    if any(doc[k].pos_ in ("VERB", "AUX") and not in_quote(doc[k])
           for k in range(sent.start, group_start - 1)):
        return None
    subj = inverted_subject(doc, verb.i, sent.end)
    if subj is None or subj.pronoun or subj.end >= sent.end or doc[subj.end].text != ",":
        return None
    k = subj.end + 1
    while k < sent.end and (doc[k].lower_ in ("ne", "n'", "n’") or doc[k].pos_ == "PRON"):
        k += 1
    if k >= sent.end or doc[k].pos_ not in ("VERB", "AUX") or not _names_someone(doc, subj):
        return None
    main = doc[k]
    while main.pos_ == "AUX" and main.head.i > main.i and main.head.pos_ == "VERB":
        main = main.head  # "ont scandé": the participle reports, not its auxiliary
    if is_reporting_verb(main):
        return None
    return subj


def _participle(t: Token) -> bool:
    """A present participle ("ajoutant", "estimant"): it reports with its clause's
    subject, never with an inverted one."""
    return "Part" in morph_values(t, "VerbForm") and "Pres" in morph_values(t, "Tense")


def _says_that(verb: Token) -> bool:
    """The verb opens a "que" clause: "Vigicrues avertit cependant que «…»" is a finite
    verb even when the tagger read it as a participle; an adjectival participle ("une
    «chasse à l'homme» lancée sur les sites") has no such clause."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’")
                                         for m in c.children) for c in verb.children)


def verb_in_sentence(doc: Doc, sent: Span, quote_start_tok: int, quote_end_tok: int) -> CueMatch | None:
    """The nearest reporting verb of the sentence that has a subject.

    Before the quote: canonical order "X a affirmé que l'alliance «…»".  After it: an
    incise with an inverted subject at the end of the sentence.
    """
    candidates = []
    verbs = doc_verbs(doc)  # is_reporting_verb holds only for VERB / AUX tokens
    for i in verbs[bisect.bisect_left(verbs, sent.start):bisect.bisect_left(verbs, sent.end)]:
        t = doc[i]
        if not _outside(t) or not is_reporting_verb(t):
            continue
        if t.dep_ == "acl" and "Past" in morph_values(t, "Tense") \
                and not any(c.dep_.startswith("aux") for c in t.children) \
                and auxiliary_before(doc, t) is None and not _says_that(t):
            continue  # "une sorte de «chasse à l'homme» lancée sur les sites": an adjective
        subj = None
        if t.i < quote_start_tok:
            group_start = _verb_group_start(doc, t)
            prev = doc[group_start - 1] if group_start > 0 else None
            if _participle(t) and candidates:
                # "«…», a-t-il ajouté, estimant que Google ne proposait pas une
                # information «…»": the participle's subject is the one of the verb
                # before it in the sentence
                subj = candidates[-1][2]
            elif prev is not None and not _participle(t) and (
                    prev.text in ("»", "”") or (prev.text == "," and any(
                        doc[k].text in ("»", "”") for k in range(sent.start, group_start)))):
                # the incise of an earlier quote: "Il «ne peut être exclu» qu’il soit
                # passé en Allemagne, a indiqué le secrétaire d’État, Laurent Nuñez,
                # ajoutant qu’un «bouclage …»"; kept only when it names someone
                subj = inverted_subject(doc, t.i, sent.end)
                if subj is not None and not _names_someone(doc, subj):
                    subj = None
            elif prev is not None and prev.text == "," and not _participle(t):
                subj = _incise_between_subject_and_verb(doc, sent, t, group_start)
            if subj is None:
                subj = subject_before(doc, t)
            distance = quote_start_tok - t.i
        elif t.i > quote_end_tok:
            group_start = _verb_group_start(doc, t)
            prev = doc[group_start - 1] if group_start > 0 else None
            if prev is not None and prev.text in (",", "»", "”") and not _participle(t):
                subj = inverted_subject(doc, t.i, sent.end)
            if subj is None:
                subj = subject_before(doc, t)
                if subj is not None and subj.start > quote_end_tok and not any(
                        doc[k].text == "," for k in range(quote_end_tok + 1, subj.start)):
                    # "«… victimes. » Me Terrel annonce qu'elle va …": a new sentence
                    # after the quote (its period inside the marks), whose subject does
                    # not speak the quote before it; "«…», le chef du gouvernement a
                    # appelé …" (a comma) is the main clause and does
                    subj = None
                elif subj is not None and subj.start > quote_end_tok and any(
                        c.dep_ == "mark" and quote_end_tok < c.i < subj.start for c in t.children):
                    # "«La France va mieux», alors que 66 millions de Français pensent …":
                    # a clause subordinate to the quote's sentence answers it, it does not
                    # report it
                    subj = None
            distance = t.i - quote_end_tok
        if subj is not None and not subj.pronoun:
            # "Les chiffres donnés par la préfecture de police font état de 249 «départs
            # de feu»": figures or a report speak for whoever gave them
            start, end = _agent_of_document(doc, subj.start, subj.end, sent.end)
            if start != subj.start and not _names_someone(doc, Phrase(subj.start, start - 2)):
                subj = Phrase(start, end)
        if subj is not None:
            candidates.append((distance, t, subj))
    if not candidates:
        return None
    # a verb that often means something else than saying yields to one that says:
    # "estimant qu'au final, Google ne proposait pas une information «claire …»"
    ambiguous = lexicon().ambiguous_reporting_verbs
    clear = [_lemma(c[1]) not in ambiguous for c in candidates]
    clear_verbs = [c[1].i for c, is_clear in zip(candidates, clear) if is_clear]
    kept = [c for c, is_clear in zip(candidates, clear)
            if is_clear or _keeps_its_quote(doc, c[1], quote_start_tok, clear_verbs)]
    _, verb, subj = min(kept or candidates, key=lambda c: c[0])
    start = _verb_group_start(doc, verb)
    return CueMatch("verb", subj, doc[start].idx, verb.idx + len(verb.text), _lemma(verb))


def _keeps_its_quote(doc: Doc, verb: Token, quote_start_tok: int,
                     clear_verbs: list[int]) -> bool:
    """An ambiguous verb that still reports the quote beside the clear ones (``clear_verbs``,
    their token indices).

    - In a relative clause of its own subject, the clause holds the quote: "Les
      représentants du collectif, qui ont appelé dimanche à une «sortie de crise»,
      n'iront pas …, ont annoncé deux de ses membres": the relative clause is theirs.
    - After a clear verb whose own quote stands between them: "Tandis que le Daily Mail
      évoque une «fausse note», Paris Match parle d'une «éblouissante tenue»" (in
      "estimant qu'au final, Google ne proposait pas une information «claire …»" nothing
      stands between them and the clear verb keeps the quote).
    """
    if verb.i < quote_start_tok <= verb.right_edge.i and verb.dep_ == "acl:relcl" and any(
            c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children):
        return True
    earlier = [i for i in clear_verbs if i < verb.i]
    return verb.i < quote_start_tok and bool(earlier) and any(
        in_quote(doc[k]) for k in range(max(earlier) + 1, verb.i))


def _clause_verb(doc: Doc, first_tok: int, last_tok: int) -> Token | None:
    """The verb (or predicate adjective) of the article's clause that holds a fragment."""
    inside = range(first_tok, last_tok + 1)
    token = next((t for t in doc[first_tok:last_tok + 1] if t.head.i not in inside), None)
    steps = 0
    while token is not None and steps < 6 and (token.i in inside or token.pos_ not in ("VERB", "AUX", "ADJ")
                                               or in_quote(token)):
        if token.head is token:
            return None
        token, steps = token.head, steps + 1
    if token is None or steps >= 6 or token.i in inside:
        return None
    return token


def reported_without_source(doc: Doc, first_tok: int, last_tok: int) -> bool:
    """A fragment reported by a passive verb that names no one: "L'accusé a été décrit
    comme un homme violent, «un menteur pathologique»", "s'il est qualifié «d'entité
    indépendante»".  Someone said it, so it is a quote, with speaker null."""
    verb = _clause_verb(doc, first_tok, last_tok)
    return verb is not None and is_reporting_verb(verb) and passive(verb) \
        and not any(c.dep_ == "obl:agent" for c in verb.children)


def clause_subject(doc: Doc, first_tok: int, last_tok: int) -> CueMatch | None:
    """The subject of the article's clause that holds a fragment, when no verb reports it.

    "Mais Sonia reste très en colère contre «les marchands de sommeil qui n’entretiennent
    pas les locaux»": the fragment is Sonia's words though "rester" reports nothing.  Not
    an impersonal or passive clause ("Il y a chez M. Dekhar «…»", "L'accusé a été décrit
    comme «un menteur pathologique»"), whose subject is no source.
    """
    token = _clause_verb(doc, first_tok, last_tok)
    if token is None or passive(token):
        return None  # "s'il est qualifié «d'entité indépendante»": a passive
    children = list(token.children)
    # "Il y a chez M. Dekhar «…»": an impersonal "il"; a name the tagger took for an
    # expletive ("Mais Sonia reste …", Sonia/AUX/expl:subj) is a subject
    if any(c.dep_ == "expl:subj" and c.pos_ == "PRON" for c in children):
        return None
    subjects = [c for c in children if c.dep_ in ("nsubj", "expl:subj") and not in_quote(c)]
    if not subjects or subjects[0].lower_ in ("on", "ce", "c'", "c’", "cela", "ça", "qui"):
        return None
    subj = subject_before(doc, token)
    if subj is None or not _names_someone(doc, subj):
        return None
    return CueMatch("subject", subj, token.idx, token.idx + len(token.text), token.lemma_.lower())


def source_for_on(doc: Doc, cue: CueMatch, stop: int) -> CueMatch:
    """With the pronoun "on", the body the news came from: "«…», a-t-on appris auprès de
    la préfecture", "«…», peut-on lire dans un communiqué du ministère" → the préfecture,
    the ministère; the body or place after the verb ("«…», glisse-t-on au ministère de la
    Culture", see ``_on_place``) or framing the clause before "on" ("À la mairie, on assure
    que «…»"); and with an impersonal passive "il" ("«…», a-t-il été indiqué à la
    direction du port"), the body after the verb.  Any other cue is returned as it is."""
    verb_end = doc.char_span(cue.cue_start, cue.cue_end, alignment_mode="expand")
    if cue.phrase.pronoun == "il" and verb_end is not None \
            and any(t.lower_ == "été" for t in verb_end) and passive(verb_end[-1]):
        # "«…», a-t-il été souligné à la direction de l'hôpital": an impersonal passive
        # names no one before the verb; the body after it, if any, said it
        body = _on_place(doc, verb_end.end, stop)
        # with no body named, the "il" is still no one: read it as "on"
        return replace(cue, phrase=body or replace(cue.phrase, pronoun="on"))
    if cue.phrase.pronoun != "on":
        return cue
    start = verb_end.end if verb_end is not None else cue.phrase.end
    if verb_end is not None and cue.phrase.start < verb_end.start:
        body = _on_place_before(doc, cue.phrase.start)
        if body is not None:
            return replace(cue, phrase=body)
    for k in range(start, min(stop, start + 12)):
        t = doc[k]
        if t.text in (".", ";", "«", "»", "“", "”"):
            break
        nxt = doc[k + 1] if k + 1 < stop else None
        if nxt is None or nxt.lower_ not in ("de", "du", "des", "d'", "d’"):
            continue
        if t.lower_ == "auprès" or (t.pos_ == "NOUN" and t.lemma_.lower() in lexicon().document_nouns):
            source = k + 2  # after "de la", "du" (whose article is inside the "du")
            if source < stop:
                return replace(cue, phrase=Phrase(source, np_end(doc, source, stop)))
    body = _on_place(doc, start, stop)
    return cue if body is None else replace(cue, phrase=body)


def _on_place(doc: Doc, start: int, stop: int) -> Phrase | None:
    """The body or place right after an "on" cue, where the words were said: "«Rien n'est
    signé», explique-t-on à la mairie de Brest" → la mairie de Brest; "«On avance»,
    confie-t-on dans l'entourage de la ministre" → l'entourage de la ministre; "fait-on
    savoir au ministère des Armées", "souligne-t-on du côté de Bercy", "glisse-t-on chez
    Airbus".  The preposition comes before any comma, within a few words of the verb
    ("a-t-on indiqué mardi à la préfecture"); its noun phrase must name a body: a role of
    kind ORG, a word of ``on_source_nouns`` or a proper name, and not an addressee or a
    circumstance ("a-t-on dit à la presse", "à l'issue de la réunion")."""
    lex = lexicon()
    for k in range(start, min(stop, start + 6)):
        t = doc[k]
        if t.is_punct and t.text not in ("-", "-t"):
            return None  # "«…», explique-t-on, à la sortie de la réunion": past the verb
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in lex.faire_locutions:
            return None  # another verb: "a-t-on appris à lire"
        if _preposition_at(doc, k, stop):
            return _place_at(doc, k, stop)
    return None


def _on_place_before(doc: Doc, on: int) -> Phrase | None:
    """The body or place framing a clause whose subject "on" comes right after a comma:
    "À la préfecture du Var, on assure que «…»" → la préfecture du Var; "Du côté de la
    direction, on confirme : «…»" → la direction."""
    if on < 2 or doc[on - 1].text != ",":
        return None
    for k in range(on - 2, max(-1, on - 12), -1):
        t = doc[k]
        if t.is_punct or t.is_sent_start:
            first = k if t.is_sent_start and not t.is_punct else k + 1
            body = _place_at(doc, first, on - 1)
            return body if body is not None and body.end == on - 1 else None
    return None


def _place_at(doc: Doc, k: int, stop: int) -> Phrase | None:
    """The body named after the preposition at ``k`` (see ``_on_place``), or None."""
    lex = lexicon()
    n = _preposition_at(doc, k, stop)
    if n == 0:
        return None
    contracted = doc[k + n - 1].lower_ in ("au", "aux", "du", "des")
    source = k + n
    head = next((doc[j] for j in range(source, min(stop, source + 3))
                 if doc[j].pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.text in lex.not_workplace_after_a \
            or head.lemma_.lower() in lex.not_workplace_after_a:
        return None
    word = head.lemma_.lower()
    role = lex.role(head.text)
    if word in lex.document_nouns or not (
            head.pos_ == "PROPN" or word in lex.on_source_nouns
            or head.lower_ in lex.on_source_nouns or (role is not None and role.kind == "ORG")):
        return None
    if contracted:
        source = head.i  # "au ministère": the article is inside the "au"
    end = np_end(doc, source, stop)
    return Phrase(source, end) if end > source else None


def _preposition_at(doc: Doc, k: int, stop: int) -> int:
    """How many tokens from ``k`` make one of ``on_source_prepositions`` ("à", "dans",
    "du côté de", …), 0 if none."""
    words = lexicon().on_source_prepositions
    for n in (3, 2, 1):
        if k + n > stop:
            continue
        text = " ".join(doc[j].lower_.replace("’", "'") for j in range(k, k + n))
        if text in words:
            return n
    return 0
