"""Noun phrases and reporting verbs around a quote, read from tokens and the parse.

fr_core_news_md's parse is good before the verb and shaky after it: in the incise
"« … », a indiqué lors d'un point presse mardi soir le procureur de la République de
Marseille, Xavier Tarabeux" it attaches "procureur" to "point".  So the subject of an
inverted cue is found by walking the tokens (skipping adverbs, dates and prepositional
phrases) rather than by trusting the dependency labels.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..calendar import month_number, weekday_number
from ..extensions import QUOTE_SPANS, morph_values, span_text
from .lexicon import guess_infinitives, lexicon

# Words that sit between an inverted verb and its subject without being the subject:
# "a déclaré vendredi le secrétaire", "a expliqué jeudi soir à l'AFP Mathias Moulin".
TIME_NOUNS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi nuit après-midi "
    "hier aujourd'hui aujourd’hui demain semaine mois an année jour soirée matinée".split())
NP_STOP_LOWER = frozenset("qui que qu' qu’ dont lequel laquelle où tandis alors lorsque "
                          "quand car mais et ou puis".split())
ELIDED_ARTICLES = ("l'", "l’", "d'", "d’")


@dataclass(frozen=True)
class Phrase:
    """A token range ``[start, end)`` of the doc naming a speaker, and what it is."""

    start: int
    end: int
    pronoun: str | None = None  # "il", "elle", "ils", "elles", "on"
    group: bool = False  # a list of people: "Mokhtar, enseignant, Esmaïl, … et Mohammad Réza"


# The answers of ``is_reporting_verb`` for the doc asked about last, by (token, loose):
# the cues, the quote decision and the speaker candidates ask about the same verbs again
# and again (12 217 questions on 5 321 tokens over the gold articles), and each answer
# reads the token's tags, lemma and children.  Kept for one doc: a new doc starts afresh.
_memo_doc: Doc | None = None
_memo: dict[tuple[int, bool], bool] = {}
# The subjects ``subject_before`` found for the same doc, by verb index: the cue search
# asks for the subject of every reporting verb of a quote's sentence, once per quote
# ("«…», a-t-il ajouté, estimant que …, «…»": the same verbs for both quotes).
_subjects: dict[int, "Phrase | None"] = {}


def forget_reporting_verbs() -> None:
    """Drop the remembered answers: the tags of the doc may have changed (tag_repair)."""
    global _memo_doc, _memo, _subjects
    _memo_doc, _memo, _subjects = None, {}, {}


def _remember_for(doc: Doc) -> None:
    """Start the remembered answers afresh when the question is about another doc."""
    global _memo_doc, _memo, _subjects
    if doc is not _memo_doc:
        _memo_doc, _memo, _subjects = doc, {}, {}


def is_reporting_verb(token: Token, loose: bool = False) -> bool:
    """Is ``token`` a reporting verb?  ``loose``: trust the form even if not tagged VERB.

    "«…», relate l’habitante": the verb right after a closing mark is sometimes tagged
    NOUN or PROPN ("résume-t-il" → PROPN); in that position the form is enough.
    """
    _remember_for(token.doc)
    key = (token.i, loose)
    answer = _memo.get(key)
    if answer is None:
        answer = _memo[key] = _is_reporting_verb(token, loose)
    return answer


def _is_reporting_verb(token: Token, loose: bool) -> bool:
    lex = lexicon()
    if token.pos_ not in ("VERB", "AUX") and not loose:
        return False
    if not token.text[:1].isalpha() or token.is_title and not loose and token.i > 0 \
            and token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma == "faire" and token.i + 1 < len(token.doc) \
            and token.nbor(1).lower_ in lex.faire_locutions:
        return True  # "un rapport faisait état d’«un parc privé …»"
    lemma = _reporting_lemma(lemma, token.text)
    if not lemma:
        return False
    reflexive = _is_reflexive(token)
    if lemma not in lex.pronominal_reporting_verbs and reflexive:
        return False  # "les recherches se poursuivent"
    if lemma not in lex.reporting_verbs and not reflexive:
        return False  # "s'insurge X" reports, "X défend un client" does not
    return True


@lru_cache(maxsize=65536)
def _reporting_lemma(lemma: str, form: str) -> str:
    """The reporting verb (plain or pronominal) a token with this lower-cased lemma and
    surface form stands for, or "".  Cached: the attribution asks about the same few
    thousand words tens of thousands of times per corpus, and the lexicon never changes."""
    lex = lexicon()
    if lemma in lex.reporting_verbs or lemma in lex.pronominal_reporting_verbs:
        return lemma
    return next((g for g in guess_infinitives(form)
                 if g in lex.reporting_verbs or g in lex.pronominal_reporting_verbs), "")


def _is_reflexive(token: Token) -> bool:
    # "s'" is also "si" elided ("Mais s'il est qualifié …", tagged SCONJ): not reflexive
    if any(c.lower_ in ("se", "s'", "s’") and c.pos_ == "PRON" for c in token.children):
        return True
    i = token.i - 1
    while i >= 0 and i >= token.i - 3 and token.doc[i].pos_ in ("AUX", "ADV", "PRON"):
        if token.doc[i].lower_ in ("se", "s'", "s’"):
            return True
        i -= 1
    return False


def clitic_pronoun(token: Token) -> str | None:
    """ "-t-il", "-il", "-elle" after an inverted verb → the pronoun."""
    m = lexicon().clitic_pronoun.match(token.text)
    return m.group(1).lower() if m else None


def inverted_subject(doc: Doc, verb_i: int, stop: int) -> Phrase | None:
    """Subject of an inverted cue "a déclaré [vendredi] [à l'AFP] SUBJECT", or None."""
    if doc[verb_i].lemma_ == "faire" and verb_i + 1 < stop \
            and doc[verb_i + 1].lower_ in lexicon().faire_locutions:
        verb_i += 1  # "a fait savoir l'avocat de la famille": the locution is the verb
    i = verb_i + 1
    # clitic: "a-t-il ajouté" has the clitic before the participle, "dit-il" after; an
    # adverb may come between it and the participle ("a-t-on ensuite indiqué")
    back = verb_i - 1
    while back > 0 and back > verb_i - 3 and (
            (doc[back].pos_ == "ADV" and doc[back].is_lower) or doc[back].lower_ == "été"):
        back -= 1  # and a passive's "été": "a-t-il été précisé" (see cues.source_for_on)
    for j in (verb_i + 1, verb_i + 2, back):
        if 0 <= j < len(doc) and j < stop:
            p = clitic_pronoun(doc[j])
            if p is None and j == verb_i + 2 and doc[verb_i + 1].text in ("-", "-t") \
                    and doc[j].lower_ in ("il", "elle", "ils", "elles", "on"):
                p = doc[j].lower_
            if p:
                return Phrase(j, j + 1, pronoun=p)
    # "-t-il" split into "-", "t", "-", "il" by the tokenizer
    window = span_text(doc[verb_i + 1:min(stop, verb_i + 5)]).replace(" ", "")
    for p in ("il", "elle", "ils", "elles", "on"):
        if window.startswith(("-t-" + p, "-" + p)) and not window.startswith("-" + p + "s"):
            for j in range(verb_i + 1, min(stop, verb_i + 5)):
                if doc[j].lower_ == p:
                    return Phrase(j, j + 1, pronoun=p)
    in_pp = False
    seen_pp_noun = False
    while i < stop and i < len(doc):
        t = doc[i]
        low = t.lower_
        if t.is_space:
            i += 1
            continue
        if in_pp and t.text in TITLE_OPENERS:
            title_end = _title_in_marks(doc, i, stop)
            if title_end is not None:
                # "a déclaré dans une interview au «Parisien» le ministre": a paper's
                # title in marks inside the complement, not the end of the incise
                i, seen_pp_noun = title_end, True
                continue
        if t.is_punct and t.text in ".;:!?«»“”\"":
            return None
        if t.text == ",":
            in_pp = False
            i += 1
            continue
        if t.pos_ in ("AUX", "VERB") and not in_pp and t.i > verb_i + 1:
            return None
        if in_pp and t.pos_ in ("AUX", "VERB") and "Inf" in morph_values(t, "VerbForm"):
            # "a expliqué au micro vouloir garder son poste": an infinitive after the
            # complement opens the verb's object clause; the subject came before
            return None
        if in_pp:
            starts_np = (t.pos_ == "DET" and seen_pp_noun and low not in ("du", "des", "au", "aux")
                         and doc[i - 1].pos_ not in ("ADP", "DET"))
            starts_name = (t.ent_iob_ == "B" and t.ent_type_ == "PER" and seen_pp_noun)
            if starts_np or starts_name:
                in_pp = False
            else:
                if t.pos_ in ("NOUN", "PROPN"):
                    seen_pp_noun = True
                i += 1
                continue
        if t.pos_ == "ADP" or low in ("lors", "auprès", "devant", "face"):
            in_pp, seen_pp_noun = True, False
            i += 1
            continue
        if t.pos_ == "ADV" or low in TIME_NOUNS or low in ("ainsi", "encore", "aussi", "alors",
                                                           "également", "enfin", "lui", "elle"):
            i += 1
            continue
        date_end = _date_end(doc, i, stop)
        if date_end is not None:
            i = date_end  # "a prévenu le 3 mars 2019 le ministre": a date, not the subject
            continue
        # "«On ne cède pas», lance un des grévistes", "«…», estiment certains": an
        # indefinite pronoun after the verb is its subject, with the group it picks from
        indefinite = indefinite_phrase(doc, i, stop)
        if indefinite is not None:
            return indefinite
        if t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or low in lexicon().titles \
                or t.text in lexicon().titles or (t.text[:1].isupper() and t.is_alpha):
            return Phrase(i, np_end(doc, i, stop))
        if t.pos_ == "PRON" and low in lexicon().subject_pronouns:
            return Phrase(i, i + 1, pronoun=low)
        return None
    return None


TITLE_OPENERS = frozenset("«“\"")
TITLE_CLOSERS = frozenset("»”\"")
TITLE_WORDS = 4  # "au «Parisien»", "au «Journal du dimanche»"


def _title_in_marks(doc: Doc, i: int, stop: int) -> int | None:
    """The token after the closing mark when marks at ``i`` hold a short capitalised
    title ("«Parisien»", "«Journal du dimanche»"), else None."""
    words = []
    for j in range(i + 1, min(stop, i + TITLE_WORDS + 3)):
        t = doc[j]
        if t.is_space:
            continue
        if t.text in TITLE_CLOSERS:
            if words and words[0][:1].isupper() and len(words) <= TITLE_WORDS:
                return j + 1
            return None
        if not (t.is_alpha or t.text in ("'", "’", "-")):
            return None
        words.append(t.text)
    return None


PARTITIVE = frozenset("d'entre d’entre entre de d' d’ des du".split())


def indefinite_pronoun(doc: Doc, i: int, stop: int) -> tuple[int, str | None, str] | None:
    """The end, gender and number of an indefinite pronoun at ``i`` that stands alone as
    a phrase ("Certains estiment …", "D'autres répondent", "crie un des blessés"), not a
    determiner before its noun ("certains élus", "un routier", "d'autres voisins")."""
    words = [t.lower_ for t in doc[i:min(stop, i + 2)]]
    found = lexicon().indefinite(words)
    if found is None:
        return None
    n, gender, number = found
    end = i + n
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and end < stop and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (
            nxt.pos_ == "DET" and nxt.lower_ not in PARTITIVE)):
        return None  # "tous les élus": a determiner
    return end, gender, number


def indefinite_phrase(doc: Doc, i: int, stop: int) -> Phrase | None:
    """ "Certains", "l'un d'eux", "un des meneurs", "chacun d'entre nous": an indefinite
    pronoun and the group it picks from, as a speaker phrase ("«On tient», lance l'un
    d'entre eux" → "l'un d'entre eux")."""
    found = indefinite_pronoun(doc, i, stop)
    if found is None:
        return None
    end = found[0]
    if end < stop and doc[end].lower_ in PARTITIVE:
        k = end + 1
        if doc[end].lower_ in ("de", "d'", "d’") and k < stop and doc[k].lower_ == "entre":
            k += 1
        if k < stop and doc[k].pos_ == "PRON":
            end = k + 1  # "l'un d'eux", "chacune d'entre elles"
        elif k < stop and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
            end = np_end(doc, end, stop)  # "un des meneurs", "certains de ses proches"
    return Phrase(i, end)


def _date_end(doc: Doc, i: int, stop: int) -> int | None:
    """End of a date starting at ``i`` ("le 3 mars", "le mardi 3 mars 2019", "3 mars"),
    or None."""
    k = i
    if k < stop and doc[k].lower_ in ("le", "ce"):
        k += 1
    if k < stop and weekday_number(doc[k].text) is not None:
        k += 1
    if not (k + 1 < stop and doc[k].like_num and month_number(doc[k + 1].text)):
        return None
    k += 2
    if k < stop and doc[k].like_num and len(doc[k].text) == 4:
        k += 1
    return k


def np_end(doc: Doc, start: int, stop: int) -> int:
    """End of the noun phrase starting at ``start``: "le procureur de la République de
    Marseille" stops before the comma, "le préfet de région Pierre Dartout" before the
    period, "le ministre sud-coréen" before "a déclaré"."""
    i = start
    lex = lexicon()
    while i < stop and i < len(doc):
        t = doc[i]
        if t.is_space:
            if "\n" in t.text:
                break
            i += 1  # a no-break space between words: "Me\u00a0Antoine Comte"
            continue
        if t.is_punct and t.text not in ("-", "'", "’", "*"):
            break
        if i > start and t.lower_ in ("ne", "n'", "n’"):
            break  # the negation opens the verb group: "le conseil ne répond pas"
        if i > start and t.pos_ == "ADV" and t.is_lower and not (
                i + 1 < len(doc) and (doc[i + 1].pos_ in ("ADJ", "ADV")
                                      or "Part" in morph_values(doc[i + 1], "VerbForm"))):
            # an adverb inside a noun phrase modifies an adjective or a participle ("une
            # source très proche du dossier", "un texte récemment adopté"); otherwise it
            # belongs to the verb: "selon un proche du dossier, il a notamment cité …"
            break
        if t.pos_ in ("VERB", "AUX") and i > start:
            # past participles used as adjectives ("un rapport remis au gouvernement")
            # stay; finite verbs end the phrase
            if "Part" not in morph_values(t, "VerbForm") or doc[i - 1].pos_ == "AUX":
                break
        if t.lower_ in NP_STOP_LOWER and i > start:
            break
        if t.pos_ == "PRON" and i > start and t.lower_ not in ("l'", "l’", "un", "une"):
            break
        if t.pos_ == "SCONJ" or t.pos_ == "CCONJ" and not _coordinates_names(doc, i):
            break
        if (t.pos_ == "ADP" or t.lower_ in ("lors", "auprès")) and i > start \
                and t.lower_ not in NP_PREPOSITIONS:
            # "Blinken lors d'une conférence de presse": the phrase ends before a
            # prepositional adjunct; "de" phrases belong to it ("le procureur de la
            # République"), and so does "à" after a role ("directeur … à la CNIL")
            if not (t.lower_ == "à" and _has_role_before(doc, start, i)) \
                    or _addressee_after(doc, i, stop):
                break
        if t.lower_ in TIME_NOUNS and i > start:
            break
        i += 1
    # do not end on a preposition or determiner, nor on a space
    while i > start + 1 and (doc[i - 1].pos_ in ("ADP", "DET", "CCONJ") or doc[i - 1].is_space):
        i -= 1
    # a past participle left without the complement the phrase stopped before is the
    # start of the clause, not a modifier ("un rapport remis au ministre faisait état"
    # → "un rapport"), and one saying how the reporter reached the speaker is no part of
    # who speaks ("deux riverains interrogés" → "deux riverains")
    last = doc[i - 1]
    # after an auxiliary it is a verb, after a determiner a noun ("l'accusé depuis …")
    bound = last.i > 0 and doc[last.i - 1].pos_ in ("AUX", "DET")
    if i > start + 1 and not bound and (
            (last.lower_ in lex.contact_participles and last.pos_ in ("VERB", "ADJ"))
            or (_participle_modifier(last) and i < len(doc) and i < stop
                and (doc[i].pos_ == "ADP" or doc[i].lower_ in TIME_NOUNS))):
        i -= 1
    return max(i, start + 1)


def _participle_modifier(t: Token) -> bool:
    """A past participle ("remis", "interrogés"); ``np_end`` has already ruled out the
    one that follows an auxiliary or a determiner."""
    return (t.pos_ in ("VERB", "ADJ") and "Part" in morph_values(t, "VerbForm")
            and "Past" in morph_values(t, "Tense"))


def _addressee_after(doc: Doc, a: int, stop: int) -> bool:
    """ "a déclaré le porte-parole à la presse": "à" + a medium or a circumstance
    (lexicon ``not_workplace_after_a``) is the verb's addressee or adjunct, not where
    the person works ("le directeur de recherche à l'Inserm")."""
    k = a + 1
    while k < stop and k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < stop and k < len(doc) and (doc[k].text in lexicon().not_workplace_after_a
                                          or doc[k].lower_ in lexicon().not_workplace_after_a)


NP_PREPOSITIONS = frozenset("de d' d’ du des".split())
# prepositions of a complement inside a subject phrase ("le service d'information sur le
# risque de crue"), crossed only when walking left from a verb the parse left subjectless
INNER_PREPOSITIONS = frozenset("sur pour contre en".split())


def _has_role_before(doc: Doc, start: int, i: int) -> bool:
    return any(lexicon().role(t.text) for t in doc[start:i])


def _coordinates_names(doc: Doc, i: int) -> bool:
    """ "Séoul et Washington", "Park et Blinken": a conjunction between two proper names."""
    return (0 < i < len(doc) - 1 and doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN")


def apposition_after(doc: Doc, end: int, stop: int) -> tuple[int, int] | None:
    """ "Toufik Ben Rhouma, un habitant" / "Florent Houdmon, directeur régional de …":
    the phrase after a comma that describes the one before it."""
    while end < stop and end < len(doc) and doc[end].is_space and "\n" not in doc[end].text:
        end += 1
    if end < stop and end < len(doc) and doc[end].text == ",":
        j = end + 1
        while j < stop and j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j < stop and j < len(doc) and (doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ")):
            k = np_end(doc, j, stop)
            # an apposition closes with punctuation; "Selon Park Jin, l'alliance est …"
            # goes on with a verb: "l'alliance" is a subject, not a description
            closed = k >= len(doc) or doc[k].is_punct or doc[k].is_space
            if k > j and closed:
                return j, k
    return None


_INTERVALS = "quoteminer.quote_intervals"


def quote_intervals(doc: Doc) -> tuple[list[int], list[int]]:
    """Opening and closing offsets of the doc's quotes, sorted, built once per doc."""
    cached = doc.user_data.get(_INTERVALS)
    if cached is None:
        spans = doc._.get(QUOTE_SPANS) or ()
        opens = [s["open_at"] for s in spans]
        closes = [s["close_at"] if s["close_at"] is not None else s["end"] for s in spans]
        cached = doc.user_data[_INTERVALS] = (opens, closes)
    return cached


def forget_quote_intervals(doc: Doc) -> None:
    doc.user_data.pop(_INTERVALS, None)


def in_quote(token: Token) -> bool:
    """Is the token between the marks of a quote (the quote's own words)?"""
    opens, closes = quote_intervals(token.doc)
    k = bisect.bisect_right(opens, token.idx) - 1
    return k >= 0 and token.idx <= closes[k]


def passive(token: Token) -> bool:
    """ "L'accusé a été décrit comme …", "s'il est qualifié «…»" (the parser may call that
    "est" a tense auxiliary): être and a past participle, not reflexive."""
    children = list(token.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return True
    if any(c.dep_ == "nsubj:pass" for c in children):
        # "Emmanuel Macron a solennellement demandé …" with Macron parsed a passive
        # subject: "avoir" without "être" makes an active past
        return not _active_past(children)
    return "Part" in morph_values(token, "VerbForm") and "Past" in morph_values(token, "Tense") \
        and any(c.lemma_ == "être" for c in children) \
        and not any(c.pos_ == "PRON" and c.lower_ in ("se", "s'", "s’") for c in children)


def _active_past(children: list) -> bool:
    return any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in children) \
        and not any(c.lemma_ == "être" for c in children)


# A subject search may move to another verb (a participle's head, a compound's auxiliary,
# a coordinated participle's partner); the parse can make those moves a cycle, and 36 of
# 4,136 real articles recursed without end before the verbs visited were tracked.
MAX_SUBJECT_HOPS = 8


def subject_before(doc: Doc, verb: Token, _seen: frozenset[int] = frozenset()) -> Phrase | None:
    """Subject of a verb in canonical order ("Le haut diplomate américain a ajouté que …")."""
    if _seen:
        return _subject_before(doc, verb, _seen)  # a hop of a search: its path matters
    _remember_for(doc)
    if verb.i not in _subjects:
        _subjects[verb.i] = _subject_before(doc, verb, _seen)
    return _subjects[verb.i]


def _subject_before(doc: Doc, verb: Token, _seen: frozenset[int]) -> Phrase | None:
    if verb.i in _seen or len(_seen) >= MAX_SUBJECT_HOPS:
        return None
    _seen = _seen | {verb.i}
    if passive(verb):
        return None  # "L'accusé a été décrit comme «un menteur»": the subject is not the source
    if "Part" in morph_values(verb, "VerbForm") and "Pres" in morph_values(verb, "Tense"):
        # "…, ajoutant qu’un «bouclage …»", "en accusant le gouvernement d'être «…»": the
        # participle's subject is the subject of the clause it hangs on
        head = verb.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and not in_quote(head):
            # "Abdelhakim Dekhar, un homme de 52 ans se présentant comme un «intellectuel»":
            # a participle on a noun has that noun for subject, and a description in
            # apposition stands for the name before it
            start = head.left_edge.i
            if start > 0 and doc[start - 1].text == ",":
                named = _person_before(doc, start - 1)
                if named is not None:
                    return named
            return Phrase(start, np_end(doc, start, verb.i))
        for _ in range(3):
            if head is verb or in_quote(head):
                return None
            if head.pos_ in ("VERB", "AUX") and not ("Part" in morph_values(head, "VerbForm")
                                                     and "Pres" in morph_values(head, "Tense")):
                if head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX") \
                        and is_reporting_verb(head.head) and head.head.i < head.i:
                    # "Mélenchon a estimé que le mouvement lui donnait «entièrement
                    # raison», jugeant qu'il …": a participle the parser hung on the
                    # reported clause qualifies whoever reports it
                    return subject_before(doc, head.head, _seen)
                return subject_before(doc, head, _seen)
            if head.head is head:
                return None
            head = head.head
        return None
    candidates = [c for c in verb.children if (c.dep_ in ("nsubj", "expl:subj") or (
        c.dep_ == "nsubj:pass" and _active_past(list(verb.children)))) and not in_quote(c)]
    head = verb
    hops = 0
    while not candidates and head.dep_ in ("xcomp", "conj", "advcl", "ccomp", "parataxis") \
            and head.head is not head and hops < 3:
        if head.dep_ in ("ccomp", "parataxis", "advcl"):
            break
        if _line_break_between(doc, head.head.i, head.i):
            break  # the parser joined two paragraphs; a subject never crosses a line
        head = head.head
        hops += 1
        if in_quote(head):
            return None
        candidates = [c for c in head.children if c.dep_ in ("nsubj",) and not in_quote(c)]
    candidates = [c for c in candidates if not _line_break_between(doc, c.i, verb.i)]
    if not candidates and "Part" in morph_values(verb, "VerbForm"):
        shared = _subject_of_compound(doc, verb, _seen)
        if shared is not None:
            return shared
    if not candidates:
        return subject_left(doc, verb)
    subj = candidates[0]
    if any(t.text in (":", ";") for t in doc[min(subj.i, verb.i):max(subj.i, verb.i)]):
        # "Autre point commun : comme Lulzsec avant lui, Evacuation Squad affirme «…»":
        # a colon separates two clauses, the subject is on the verb's side
        return subject_left(doc, verb)
    named = _name_before_apposition(doc, subj, verb)
    if named is not None:
        return named
    # first names are often tagged NOUN in a long list ("Hamed, vendeur de voitures,
    # Davoud, …"): a capitalised word inside the sentence counts as a name there
    people = [c for c in subj.children if c.dep_ == "conj" and _name_like(c) and c.i < verb.i]
    if _name_like(subj) and len(people) >= 2:
        # "Mokhtar, enseignant, Esmaïl, …, et Mohammad Réza, joaillier, … réclamaient": a
        # list of people speaks as one group
        return Phrase(subj.i, max(c.right_edge.i for c in people) + 1, group=True)
    low = subj.lower_
    if subj.text in lexicon().titles:
        # "Me Terrel annonce …": the title (parsed as the pronoun "me") heads the name
        return Phrase(subj.i, np_end(doc, subj.i, verb.i))
    if low in ("celle", "celui", "ceux", "celles") and subj.i + 2 < len(doc) \
            and doc[subj.i + 1].text == "-" and doc[subj.i + 2].lower_ in ("ci", "là"):
        # "Celle-ci a expliqué …", tokenized "Celle", "-", "ci"
        return Phrase(subj.i, subj.i + 3, pronoun=low + "-ci")
    if low in ("qui",) and verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "la fille de la victime, qui a évoqué un «choc terrible»": the antecedent speaks
        head = verb.head
        start = head.left_edge.i
        while start < head.i and doc[start].pos_ == "ADP":
            start += 1  # "les réquisitions du parquet qui avait estimé": "parquet", not "du …"
        return Phrase(start, np_end(doc, start, verb.i))
    # "Certains jugent la mesure «injuste»", "D'autres répondent que …", "l'un d'eux
    # raconte": an indefinite pronoun subject is the speaker, with the group it picks from
    for start in dict.fromkeys((subj.left_edge.i, subj.i)):
        indefinite = indefinite_phrase(doc, start, verb.i)
        if indefinite is not None and indefinite.start <= subj.i < indefinite.end:
            return indefinite
    if low in ("l'un", "l’un", "l'une", "l’une", "un", "une") or (
            subj.pos_ == "PRON" and subj.i + 1 < len(doc) and doc[subj.i + 1].lower_ in ("des", "d'entre", "d’entre")):
        # "l'un des membres du groupe prétend …"
        start = subj.left_edge.i
        return Phrase(start, np_end(doc, start, verb.i))
    clitic = clitic_pronoun(subj) or next((clitic_pronoun(c) for c in candidates if clitic_pronoun(c)), None)
    if clitic or low in ("-t", "t"):
        # "a-t-il ajouté": the subject is the clitic pronoun after the auxiliary
        pronoun = clitic or next((c.lower_ for c in candidates if c.lower_ in lexicon().subject_pronouns), None)
        return Phrase(subj.i, subj.i + 1, pronoun=pronoun) if pronoun else None
    if subj.pos_ == "PRON":
        if low in lexicon().subject_pronouns:
            return Phrase(subj.i, subj.i + 1, pronoun=low)
        return None
    # the phrase's own left part, not an adverbial the parser hung on it ("De son côté,
    # Jacline Mouraud, …")
    start = min([subj.i] + [c.left_edge.i for c in subj.lefts
                            if c.dep_ in ("det", "amod", "nummod", "compound", "flat:name",
                                          "fixed", "nmod")])
    # keep the phrase tight: from the left edge to the head and its name/adjective tail
    end = subj.i + 1
    for child in subj.rights:
        if child.dep_ in ("flat:name", "flat", "amod", "nmod", "conj", "cc", "appos", "fixed",
                          "compound", "acl") and child.i < verb.i:
            if child.dep_ == "acl" and child.pos_ == "VERB" and "Part" not in morph_values(child, "VerbForm"):
                continue
            end = max(end, child.right_edge.i + 1)
    end = min(end, verb.i)
    # drop a trailing comma-apposition boundary and relative clauses
    for k in range(start, end):
        if doc[k].lower_ in ("qui", "que", "dont") or doc[k].text in (":", ";", "(", "«"):
            end = k
            break
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("ADP", "CCONJ", "AUX", "ADV")):
        end -= 1
    if end <= start:
        return None
    return Phrase(start, min(end, np_end(doc, start, end)))


def _name_like(t: Token) -> bool:
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper() and not t.is_sent_start)


def auxiliary_before(doc: Doc, participle: Token) -> Token | None:
    """The "a" / "ont" / "avait" of a compound tense a few words before a past participle,
    even when the parser hung the participle on a noun: "La Grande mosquée de Strasbourg
    a de son côté condamné un «acte infâme»" ("condamné" parsed as a modifier of "côté")."""
    for k in range(participle.i - 1, max(-1, participle.i - 5), -1):
        t = doc[k]
        if t.is_punct or (t.pos_ == "VERB" and t.lemma_ != "avoir"):
            return None
        if t.lemma_ in ("avoir", "être") and "Fin" in morph_values(t, "VerbForm"):
            return t
    return None


def _subject_of_compound(doc: Doc, participle: Token,
                         _seen: frozenset[int] = frozenset()) -> Phrase | None:
    """The subject of a past participle the parser left without one.

    Its auxiliary's subject: "La Grande mosquée de Strasbourg a de son côté condamné …".
    A participle coordinated without an auxiliary shares the auxiliary and the subject of
    the compound verb before it: "Celle-ci a expliqué avoir rencontré M. Benalla …, mais
    assuré n'avoir «aucun lien avec les enregistrements»".
    """
    aux = auxiliary_before(doc, participle)
    if aux is not None:
        owner = aux if aux.dep_ == "ROOT" or aux.pos_ == "VERB" else aux.head
        subjects = [c for c in owner.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < aux.i and not in_quote(c)]
        if subjects and owner is not participle:
            return subject_before(doc, owner, _seen) if owner.pos_ in ("VERB", "AUX") else None
        return None
    before = doc[participle.i - 1] if participle.i > 0 else None
    if before is None or before.lower_ not in ("mais", "et", "puis", ","):
        return None
    for k in range(participle.i - 2, max(-1, participle.i - 40), -1):
        t = doc[k]
        if t.text in (".", ";", ":", "!", "?") or _line_break_between(doc, k, participle.i):
            return None
        if t.lemma_ in ("avoir", "être") and "Fin" in morph_values(t, "VerbForm") \
                and t.head.i > k and "Part" in morph_values(t.head, "VerbForm"):
            return subject_before(doc, t.head, _seen)
    return None


def _name_before_apposition(doc: Doc, subj: Token, verb: Token) -> Phrase | None:
    """ "Pierre Chasseray, délégué général de la très active association 40 Millions
    d'automobilistes, s'est dit …": the parser may take a noun of the apposition for the
    subject; the person named before the comma is the subject."""
    i = subj.i - 1
    while i >= 0 and i > subj.i - 20:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "«", "»"):
            return None
        if t.text == ",":
            named = _person_before(doc, i)
            if named is None:
                return None
            start = named.start
            sentence_start = start == 0 or doc[start - 1].is_punct or doc[start - 1].is_space
            return named if sentence_start and start < subj.i else None
        i -= 1
    return None


def _person_before(doc: Doc, comma: int) -> Phrase | None:
    """The person's name (an NER PER entity) that ends right before the comma at ``comma``:
    "Pierre Chasseray, délégué général …"."""
    if comma < 1 or doc[comma - 1].ent_type_ != "PER":
        return None
    start = comma - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return Phrase(start, comma)


def _line_break_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any("\n" in doc[k].text or "\n" in doc[k].whitespace_ for k in range(lo, hi))


# the words that open a relative clause: "qui montrent …" after a quote, "M. Ménard, qui a …"
RELATIVE_WORDS = frozenset("qui que qu' qu’ dont où".split())
RELATIVE_PRONOUNS = RELATIVE_WORDS | frozenset("lequel laquelle lesquels lesquelles".split())


def _inside_apposition(verb: Token) -> bool:
    """A verb of a relative clause on a noun ("un ex-policier présent dans le
    supermarché où l'assaillant a terminé sa course"), which an apposition may hold."""
    if verb.dep_.startswith("aux") or verb.dep_ == "cop":
        verb = verb.head
    return verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN")


def subject_left(doc: Doc, verb: Token) -> Phrase | None:
    """The phrase right before the verb group when the parse gives no subject:
    "Séoul et Washington ont déclaré que …" (parsed with two roots)."""
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV") or doc[i].lower_ in (
            "lui", "ne", "n'", "n’", "se", "s'", "s’")):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        # "Pierre Chasseray, délégué général de l'association 40 Millions
        # d'automobilistes, s'est dit …": the name before the apposition
        j = i - 1
        verbs = []
        while j >= 0 and i - j < 25 and doc[j].text not in (",", ".", ";", ":", "«", "»"):
            if doc[j].pos_ in ("VERB", "AUX"):
                verbs.append(doc[j])
            j -= 1
        if not (j > 0 and doc[j].text == ","):
            return None
        # "M. Ménard, qui a déjà eu maille à partir avec la justice, avait déclaré …": the
        # verbs between the commas belong to a relative clause on the name
        relative = doc[j + 1].lower_ in RELATIVE_PRONOUNS
        if not relative and not all(_inside_apposition(v) for v in verbs):
            return None
        named = _person_before(doc, j)
        if named is None and not verbs:
            # "Une autre de ces signataires, la Bretonne Jacline Mouraud, a indiqué …": the
            # name between the commas is the subject, the phrase before it its description
            named = _person_before(doc, i)
        return named
    end = i + 1
    while i >= 0 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i].lower_ in NP_PREPOSITIONS
                      or (doc[i].dep_ == "amod" and "Part" in morph_values(doc[i], "VerbForm"))
                      or _coordinates_names(doc, i) or doc[i].text in ("-",)
                      or doc[i].text in lexicon().titles
                      or (doc[i].is_space and "\n" not in doc[i].text)):
        if doc[i].pos_ == "DET" and doc[i].lower_ not in ("du", "des"):
            if i >= 2 and doc[i - 1].lower_ in INNER_PREPOSITIONS \
                    and doc[i - 2].pos_ in ("NOUN", "PROPN"):
                # "Le service d'information sur le risque de crue Vigicrues avertit que
                # «…»": a complement inside the subject, which the parser left unhung
                i -= 2
                continue
            i -= 1
            break
        i -= 1
    start = i + 1
    while start < end and doc[start].is_space:
        start += 1
    if start >= end or not any(t.pos_ in ("PROPN", "NOUN") for t in doc[start:end]):
        return None
    if start > 0 and not (doc[start - 1].is_punct or doc[start - 1].pos_ in ("CCONJ", "SCONJ", "ADV")
                          or doc[start - 1].is_sent_start or doc[start].is_sent_start
                          or "\n" in doc[start - 1].text):
        return None
    return Phrase(start, end)
