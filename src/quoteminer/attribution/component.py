"""spaCy component: decide which quote spans are quotes, and who said each.

Runs last, on the parsed doc.  For every quote span found on the characters it looks
for a cue (``cues``), reads the speaker phrase (``entities.Registry``), and keeps one
speaker record per person or body.  A quote with no cue of its own continues the
previous speaker's words when nothing came between ("«…», a déclaré Park. «C'est au
premier plan …»"); a headline quote repeated later in the article takes that speaker.
Whether a span is a quote at all (not a scare quote, title, name or offence: les «gilets
jaunes», un livre intitulé «…») is decided once, by ``quote_decision``.

The rules' speaker is not the last word: when a speaker ranker is shipped
(``models/attribution/speaker_ranker.json``), each kept quote's candidates
(``candidates``) are scored and the best one, or no speaker, is chosen (``ranker``), with
the rules' choice as one of the features.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IDX, POS
from spacy.language import Language
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc

from .. import extensions as ext
from ..calendar import month_number, weekday_number
from .cues import (CueMatch, clause_subject, colon_before, incise_after, incise_inside,
                   reported_without_source, selon_in, signature_after, source_for_on,
                   verb_in_sentence)
from .entities import Registry, _collective, content_words
from .phrases import forget_quote_intervals, forget_reporting_verbs, in_quote, is_reporting_verb
from ..extensions import doc_text, morph_values
from .lexicon import ADDRESSEE_CASES, lexicon
from .quote_decision import QuoteCandidate, QuoteDecider, _context
from .tag_repair import (retag_incise_verbs_tagged_as_adjectives, retag_names_tagged_as_pronouns,
                         retag_names_tagged_as_verbs, retag_reporting_verbs_tagged_as_nouns,
                         split_people_out_of_entities)
from .unattributed import unattributed_quotes
from ..guard import GuardedComponent
from .candidates import _Prototypes, quote_candidates, speaker_heads
from .ranker import SpeakerRanker

CONFIDENCE = {"verb": 0.9, "signature": 0.85, "colon": 0.8, "selon": 0.85,
              "continuation": 0.7, "subject": 0.6, "headline": 0.6}
RESOLUTION_FACTOR = {"name": 1.0, "apposition": 0.95, "description": 0.8, "pronoun": 0.8}


@dataclass
class _Quote:
    start: int
    end: int
    open_at: int
    close_at: int | None
    first_tok: int
    last_tok: int
    sent_start: int
    sent_end: int
    paragraph: int
    family: str = "guillemets"
    cue: CueMatch | None = None
    speaker: str | None = None
    how: str | None = None
    kind: str = "direct"
    keep: bool = True
    reported: bool = False  # a cue says someone said it, even if no one is named
    rule_speaker: str | None = None  # what the rule cascade chose, kept as a ranker feature
    rule_how: str | None = None
    confidence: float | None = None  # the ranker's calibrated confidence, when it chose
    # the words of whom the cue's verb speaks to ("explique-t-il à L'Indépendant"): no
    # entity they name speaks the quote
    addressee_words: frozenset[str] = frozenset()


class Attributor:
    """Finds each quote's cue and speaker candidates with the rules, decides which spans
    are quotes (``quote_decision``), then lets the learned ranker (``ranker.SpeakerRanker``,
    weights in ``models/attribution/``) choose among the candidates; with no ranker the
    rules' choice stands."""

    def __init__(self, ranker: "SpeakerRanker | None" = None,
                 decider: QuoteDecider | None = None) -> None:
        self.ranker = ranker
        # the quote-or-not decision (quote_decision); cross-validation swaps in a
        # decider fitted without the article it scores
        self.decider = decider if decider is not None else QuoteDecider()

    def __call__(self, doc: Doc) -> Doc:
        quotes, registry = self.cascade(doc)
        kept = [q for q in quotes if q.keep]
        if self.ranker is not None:
            for q, choice in zip(kept, self.ranker.choose(quote_candidates(doc, quotes, kept, registry))):
                q.speaker, q.how, q.confidence = choice.entity_id, choice.how, choice.confidence
        doc._.set(ext.QUOTES, [_quote_dict(doc, i, q) for i, q in enumerate(kept)])
        speaking = {q.speaker for q in kept if q.speaker}
        doc._.set(ext.SPEAKERS, [e.to_dict() for e in registry.entities if e.id in speaking])
        forget_quote_intervals(doc)
        return doc

    def cascade(self, doc: Doc) -> tuple[list["_Quote"], Registry]:
        """The rules: every quote located, its kind, cue and rule speaker, and whether it
        is kept as a quote (``keep``); the registry of everyone met on the way."""
        spans = doc._.get(ext.QUOTE_SPANS) or []
        retag_names_tagged_as_pronouns(doc)
        retag_names_tagged_as_verbs(doc)
        retag_reporting_verbs_tagged_as_nouns(doc)
        retag_incise_verbs_tagged_as_adjectives(doc)
        split_people_out_of_entities(doc)
        forget_reporting_verbs()  # the tags may have changed: "Park" PRON -> PROPN
        registry = Registry(doc)
        sentences = SentenceTable(doc)
        newlines = [m.start() for m in NEWLINE.finditer(doc_text(doc))]
        quotes = [q for q in (self._locate(doc, s, sentences, newlines) for s in spans)
                  if q is not None]
        self._seed_names(doc, registry, quotes, sentences)
        previous: _Quote | None = None
        for q in quotes:
            q.kind = _kind(doc, q)
            heading = _heading(doc, q)
            cue = self._find_cue(doc, q, registry.furniture)
            if cue is not None and _adds_to(q, previous, cue, registry):
                q.cue, q.speaker, q.how = cue, previous.speaker, "pronoun"
            elif cue is not None:
                _attribute(q, cue, registry)
            elif heading:
                pass  # "«\u00a0Nullité du témoignage\u00a0» ------": a sub-heading, see below
            elif q.kind == "partial" and _long_fragment(doc, q) and (
                    subject_cue := clause_subject(doc, q.first_tok, q.last_tok)) is not None:
                _attribute(q, subject_cue, registry)
            elif previous is not None and previous.speaker and _continues(doc, registry, previous, q) \
                    and (q.kind == "direct" or previous.sent_start == q.sent_start
                         or _verbless(doc, q) or previous.paragraph == q.paragraph):
                q.speaker, q.how = previous.speaker, "continuation"
                q.cue = None
            if q.speaker is None and q.cue is None and q.kind == "direct" and not heading:
                before = _cue_in_sentence_before(doc, q, sentences, quotes)
                if before is not None:
                    _attribute(q, before, registry)
            q.reported = q.cue is not None or reported_without_source(doc, q.first_tok, q.last_tok)
            if q.speaker is not None:
                previous = q
            elif q.cue is not None:
                previous = None
        _attribute_headlines(doc, quotes)
        # Scare quotes, titles and names are not quotes: one learned decision per span
        candidates = [_candidate(doc, q) for q in quotes]
        for q, keep in zip(quotes, self.decider.decide(doc, candidates)):
            q.keep = keep
        for q in quotes:
            q.rule_speaker, q.rule_how = q.speaker, q.how
        return quotes, registry

    # ---------------------------------------------------------------------------------
    @staticmethod
    def _locate(doc: Doc, s: dict, sentences: "SentenceTable",
                newlines: list[int]) -> _Quote | None:
        span = doc.char_span(s["start"], s["end"], alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        open_tok = doc.char_span(s["open_at"], s["open_at"] + 1, alignment_mode="expand")
        first = open_tok.start if open_tok is not None and len(open_tok) else span.start
        last = span.end - 1
        if s["close_at"] is not None:
            close = doc.char_span(s["close_at"], s["close_at"] + 1, alignment_mode="expand")
            if close is not None and len(close):
                last = close.end - 1
        sent_start, sent_end = _sentence_around(doc, first, last, sentences)
        return _Quote(s["start"], s["end"], s["open_at"], s["close_at"], first, last,
                      sent_start, sent_end, bisect.bisect_left(newlines, s["start"]),
                      s.get("family", "guillemets"))

    @staticmethod
    def _seed_names(doc: Doc, registry: Registry, quotes: list[_Quote],
                    sentences: "SentenceTable") -> None:
        """Meet every named person in reading order, with the role given beside the name,
        so later "Blinken", "le ministre sud-coréen" or "il" find them."""
        from .phrases import Phrase, np_end
        # a name in a quote, or in page furniture ("Lire aussi …"), brings no one into focus
        blocked = _tokens_in(doc, [(q.start, q.end) for q in quotes]) | registry.furniture
        for ent in registry.ents:
            if ent.label_ != "PER" or ent.start in blocked:
                continue
            if len(ent) == 1 and ent[0].pos_ == "NOUN" and ent.text not in lexicon().first_names:
                # "Sociologues, journalistes et observateurs ont été unanimes": the NER took a
                # capitalised common noun for a person; no "il" or "le président" is them
                continue
            start = ent.start
            if start > 0 and doc[start - 1].text in lexicon().first_names:
                start -= 1  # "Marine Le Pen": NER left the first name out (tagged NOUN)
            # take the role in front: "le secrétaire d'Etat américain Antony Blinken"
            j = start
            while j > 0 and (doc[j - 1].pos_ in ("NOUN", "ADJ", "DET", "ADP", "PROPN", "X")
                             or doc[j - 1].is_space and "\n" not in doc[j - 1].text) \
                    and doc[j - 1].text not in (",", "«", "»") and start - j < 10 \
                    and doc[j - 1].lower_ not in ("avec", "et", "à", "par", "pour", "contre", "entre", "selon"):
                j -= 1
                if doc[j].pos_ == "DET" and doc[j].lower_ not in ("du", "des", "de"):
                    break
            if j < start and doc[j].pos_ != "DET":
                j = start
            if j < start and not any(lexicon().role(t.text) or lexicon().role(t.lemma_)
                                     for t in doc[j:start]):
                j = start
            first_word = sentences.first_word(start)
            salient = (ent.root.dep_ in ("nsubj", "nsubj:pass")
                       or start == first_word
                       # "Pour Jérôme Dupuis, l'exécutif a intérêt à …": a sentence framed
                       # by its source brings the source into focus
                       or (j == start and first_word == start - 1
                           and doc[first_word].lower_ in FRAME_MARKERS)
                       or (ent.end < len(doc) and doc[ent.end].pos_ in ("VERB", "AUX"))
                       or (_introduces_apposition(doc, ent.end)
                           and not any(c.dep_ == "case" for c in ent.root.children)))
            registry.resolve(Phrase(j, ent.end), salient=salient)
        # "Mais Sonia reste très en colère", "Elodie*, 17 ans, fait la circulation": a
        # proper name that is a subject or opens a sentence, and that NER missed or called
        # a place, is a person in focus — unless NER is sure it is an organisation.
        tagged = {i for ent in registry.ents for i in range(ent.start, ent.end)}
        # the loops below look at few tokens (subjects, proper names): find them once on
        # the doc's arrays instead of making a Token object for every word of the article
        tags = _TagIndex(doc)
        for sent_start, sent_end in sentences.bounds:  # bounds, not Span objects
            first = doc[sent_start]
            if first.text in ("«", "\"", "“") and sent_end - sent_start > 1:
                first = doc[sent_start + 1]
            for t in (first,) + tuple(doc[i] for i in tags.subjects_between(sent_start, sent_end)):
                known = t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "PER") \
                    and registry.by_name([t.text]) is not None
                if known and t.i not in blocked:
                    # "Park a indiqué …" with "Park" tagged LOC: a known person's name
                    end = t.i + 1
                    while end < len(doc) and doc[end].dep_ == "flat:name":
                        end += 1
                    registry.resolve(Phrase(t.i, end), salient=True)
                    continue
                if t.pos_ != "PROPN" or t.i in tagged or not t.text[:1].isupper() \
                        or lexicon().role(t.text) is not None \
                        or month_number(t.text) or weekday_number(t.text) is not None \
                        or t.i in blocked or (t.i > 0 and doc[t.i - 1].pos_ == "DET"):
                    continue
                end = t.i + 1
                while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].pos_ == "PROPN":
                    end += 1
                nxt = doc[end] if end < len(doc) else None
                if nxt is not None and (nxt.text in (",", "*") or nxt.pos_ in ("VERB", "AUX")):
                    registry.resolve(Phrase(t.i, end), salient=True)
        # "Marine Gastou est professeure de mathématiques": a name whose predicate is a
        # person's role is a person, of the role's gender
        for t in (doc[i] for i in tags.nsubj if i in tags.propn):
            if t.ent_type_ == "PER" or t.i in blocked:
                continue
            pred = t.head
            role = lexicon().role(pred.text) if pred.pos_ == "NOUN" else None
            if role is None or role.kind != "PERSON" or not any(c.dep_ == "cop" for c in pred.children):
                continue
            start, end = t.i, t.i + 1
            while end < len(doc) and doc[end].dep_ == "flat:name":
                end += 1
            entity, _ = registry.resolve(Phrase(start, end), salient=True)
            if entity is not None and entity.kind == "PERSON" and not entity.gender:
                entity.gender = role.gender
        # "un compte Twitter, depuis supprimé, baptisé «\u00a0Evacuation Squad\u00a0»": a
        # capitalised name in marks after a naming word is a body, so that "ce groupe"
        # later finds it (the marks themselves are a name, not a quote)
        for q in quotes:
            words = doc_text(doc)[q.start:q.end].split()
            before = q.first_tok - 1
            while before >= 0 and (doc[before].is_space or doc[before].text == ","):
                before -= 1
            if 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and before >= 0 \
                    and doc[before].lower_ in lexicon().naming_words:
                inside = doc.char_span(q.start, q.end, alignment_mode="expand")
                if inside is not None:
                    registry.name_body(inside)
        # "»Elodie*, 17 ans, fait la circulation": a name with a star (a changed first
        # name) or an age in apposition is a person, wherever the parser put it
        for t in (doc[i] for i in sorted(tags.propn)):
            if not t.text[:1].isupper() or t.ent_type_ in ("ORG", "PER") or t.i in blocked:
                continue
            starred = t.i + 1 < len(doc) and doc[t.i + 1].text == "*"
            aged = (t.i + 3 < len(doc) and doc[t.i + 1].text == ","
                    and doc[t.i + 2].like_num and doc[t.i + 3].lower_ == "ans")
            if starred or aged:
                registry.resolve(Phrase(t.i, t.i + 1), salient=True)
        # "Le dirigeant américain s’en est aussi pris à la France", "Les neuf grévistes de
        # la faim ont rencontré …": descriptions that are subjects bring their referent
        # into focus, so the next "il" or "ils" finds it.  Not the subject of a reporting
        # verb next to a quote: that cue is read in reading order with the quotes, after
        # the speakers quoted before it ("«…», a déclaré une voisine. «…», a souligné cette habitante": the
        # habitante is the voisine, who is only met when her quote is read)
        quoted = {i for q in quotes for i in range(q.sent_start, q.sent_end)}
        for t in (doc[i] for i in tags.nsubj if i in tags.noun):
            if t.i in blocked or (t.i in quoted and is_reporting_verb(t.head)):
                continue
            det = next((c for c in t.children if c.i < t.i and (
                c.dep_ in ("det", "nummod") or c.like_num)), None)
            if det is None:
                continue
            role = lexicon().role(t.text) or lexicon().role(t.lemma_)
            plural = "Plur" in morph_values(t, "Number") or _collective(t)
            if role is None and not plural:
                continue
            counted = det.dep_ == "nummod" or det.like_num or _collective(t)
            if plural and det.lower_ not in ("les", "ces", "des", "leurs", "nos", "ses") \
                    and not counted:
                continue
            if plural and t.lemma_.lower() not in lexicon().roles and role is None \
                    and not counted and not any(c.pos_ == "NUM" for c in t.children):
                continue  # "les recherches", "les résultats" are not speakers
            end = np_end(doc, det.i, min(len(doc), t.i + 8))
            registry.resolve(Phrase(det.i, end), salient=True)

    @staticmethod
    def _find_cue(doc: Doc, q: _Quote, furniture: frozenset[int] = frozenset()) -> CueMatch | None:
        """The first cue, in the cascade's order, whose phrase is not page furniture."""
        sent = doc[q.sent_start:q.sent_end]
        finders = (lambda: incise_after(doc, q.last_tok, q.sent_end),
                   lambda: signature_after(doc, q.last_tok, q.sent_end),
                   lambda: incise_inside(doc, q.first_tok, q.last_tok),
                   lambda: colon_before(doc, q.first_tok, doc[q.sent_start:q.first_tok + 1]),
                   lambda: _adjacent_selon(doc, q, sent),
                   lambda: verb_in_sentence(doc, sent, q.first_tok, q.last_tok),
                   lambda: selon_in(doc, sent, near=q.start, quote_tok=q.first_tok))
        for find in finders:
            cue = find()
            if cue is not None and cue.phrase.start not in furniture:
                return source_for_on(doc, cue, q.sent_end)
        return None


NEWLINE = re.compile("\n")
# words that open a sentence framed by its source: "Selon X, …", "Pour X, …"
FRAME_MARKERS = frozenset(("selon", "pour", "d'après", "d’après"))


class _TagIndex:
    """Indices of the subjects, proper nouns and nouns of a doc, read from its arrays."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        # whole-column comparisons in numpy rather than a python loop over the tokens
        array = doc.to_array([POS, DEP]).reshape(-1, 2)
        pos, dep = array[:, 0], array[:, 1]
        nsubj = dep == strings["nsubj"]
        self.subjects = np.flatnonzero(nsubj | (dep == strings["nsubj:pass"])).tolist()
        self.nsubj = np.flatnonzero(nsubj).tolist()
        self.propn = set(np.flatnonzero(pos == PROPN).tolist())
        self.noun = set(np.flatnonzero(pos == NOUN).tolist())

    def subjects_between(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.subjects, start)
        hi = bisect.bisect_left(self.subjects, end)
        return self.subjects[lo:hi]


def _attribute(q: _Quote, cue: CueMatch, registry: Registry) -> None:
    """Give the quote its cue and the speaker the cue's phrase stands for (or none)."""
    doc = registry.doc
    q.addressee_words = addressee_words(doc, cue)
    exclude = (_subjects_of_quoted_words(doc, q, registry) | registry.named_by(q.addressee_words)
               if cue.phrase.pronoun else frozenset())
    entity, how = registry.resolve(cue.phrase, exclude=exclude)
    q.cue, q.speaker, q.how = cue, (entity.id if entity else None), how
    if entity is not None and not cue.phrase.pronoun:
        registry.spoke(entity, cue.cue_start, _phrase_gender(doc[cue.phrase.start:cue.phrase.end]))


def _adds_to(q: "_Quote", previous: "_Quote | None", cue: CueMatch, registry: Registry) -> bool:
    """ "«…», a précisé la préfecture maritime. […] «L'Etat attend désormais …», a-t-il
    ajouté": a pronoun that adds to words said before stands for whoever said them (all
    21 such incises of the annotated articles do), not for the last one named.  The
    pronoun's number must fit; its gender need not ("il" for "la préfecture")."""
    if previous is None or previous.speaker is None or not cue.phrase.pronoun \
            or cue.lemma not in lexicon().adding_verbs or q.paragraph - previous.paragraph > 1:
        return False
    _, number = lexicon().subject_pronouns.get(cue.phrase.pronoun, (None, "sg"))
    try:
        speaker = registry.get(previous.speaker)
    except KeyError:  # merged into another record since
        return False
    return (number == "pl") == (speaker.plural or speaker.kind == "GROUP")


def _subjects_of_quoted_words(doc: Doc, q: _Quote, registry: Registry) -> frozenset[str]:
    """ "Emmanuel Macron «bénéficiait d'un état de grâce», selon lui": Macron is the
    subject of a verb inside the quote, so "lui" is someone else — whoever spoke before."""
    out = set()
    lo, hi = q.first_tok, q.last_tok
    for t in doc[q.sent_start:q.first_tok]:
        if t.dep_ in ("nsubj", "nsubj:pass") and lo <= t.head.i <= hi:
            start = doc[t.left_edge.i].idx
            end = t.idx + len(t)
            out.update(eid for pos, eid, _ in registry.focus if start <= pos <= end)
    return frozenset(out)


# what a name spoken to is made of: "à L'Indépendant", "au ministre Park Jin" (not an
# apposition or a complement hanging on it: "à l'AFP Martial Delabroye" names the speaker)
ADDRESSEE_PARTS = frozenset("case det flat flat:name fixed amod".split())


def addressee_words(doc: Doc, cue: CueMatch) -> frozenset[str]:
    """ "«Elle n'a plus rien […], explique-t-il à L'Indépendant»": the content words of
    whom the cue's verb speaks to.  The one spoken to is never the one speaking, however
    recently it was named."""
    span = doc.char_span(cue.cue_start, cue.cue_end, alignment_mode="expand")
    if cue.kind != "verb" or span is None or not len(span):
        return frozenset()
    words: set[str] = set()
    # a verb cue ends on its verb (cues.py builds every one so); the cue's lemma may be
    # a guessed infinitive ("raconte" tagged ADJ → "raconter") that the token's lacks
    for child in span[-1].children:
        # any label: the parser hangs "à L'Indépendant" as obl:arg, iobj or even xcomp
        if not child.dep_.startswith("nsubj") and any(
                c.dep_ == "case" and c.lower_ in ADDRESSEE_CASES for c in child.children):
            parts = [t for t in child.subtree if t.i == child.i or (
                t.head.i == child.i and t.dep_ in ADDRESSEE_PARTS)]
            words |= content_words(" ".join(t.text for t in parts))
    return frozenset(words)


def _phrase_gender(span) -> str | None:
    """The grammatical gender of a speaker phrase: "la préfecture maritime" → f."""
    for t in span:
        if t.pos_ in ("DET", "NOUN", "PROPN"):
            g = morph_values(t, "Gender")
            if g:
                return "m" if g[0] == "Masc" else "f"
        if t.pos_ == "NOUN":
            break
    return None


def _tokens_in(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that start inside any of the character spans."""
    out: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _introduces_apposition(doc: Doc, end: int) -> bool:
    """ "Abdelhakim Dekhar, un homme de 52 ans, …": a name followed by a description."""
    return (end + 1 < len(doc) and doc[end].text == ","
            and doc[end + 1].pos_ in ("DET", "NOUN", "ADJ"))


class SentenceTable:
    """Sentence bounds of every token, computed once.

    ``token.sent`` walks the document from its start on each call, which made a long
    article quadratic; attribution asks for sentences thousands of times.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.bounds: list[tuple[int, int]] = []
        self._starts = [0] * len(doc)
        self._ends = [0] * len(doc)
        for sent in doc.sents:
            self.bounds.append((sent.start, sent.end))
            # one slice assignment per sentence, not two stores per token
            size = sent.end - sent.start
            self._starts[sent.start:sent.end] = [sent.start] * size
            self._ends[sent.start:sent.end] = [sent.end] * size
        # the tokens a line break follows or holds, from the characters: asking each
        # token for its whitespace made Token objects by the ten thousand
        token_starts = doc.to_array([IDX]).tolist()
        self.line_breaks = sorted({bisect.bisect_right(token_starts, m.start()) - 1
                                   for m in NEWLINE.finditer(doc_text(doc))})

    def last_break(self, start: int, stop: int) -> int | None:
        """The last token in [start, stop) with a line break in or after it."""
        k = bisect.bisect_left(self.line_breaks, stop) - 1
        return self.line_breaks[k] if k >= 0 and self.line_breaks[k] >= start else None

    def first_break(self, start: int, stop: int) -> int | None:
        """The first token in [start, stop) with a line break in or after it."""
        k = bisect.bisect_left(self.line_breaks, start)
        return self.line_breaks[k] if k < len(self.line_breaks) and self.line_breaks[k] < stop \
            else None

    def start(self, i: int) -> int:
        return self._starts[i]

    def first_word(self, i: int) -> int:
        """First token of i's sentence that is not a space, a dash or a quotation mark."""
        j = self._starts[i]
        while j < self._ends[i] and (self.doc[j].is_space or self.doc[j].is_punct):
            j += 1
        return j

    def end(self, i: int) -> int:
        return self._ends[i]


# Tokens before the opening mark and after the closing one that a quote's sentence may
# span: French news sentences run to 60-100 tokens; 150 on each side leaves every real one
# whole.
SENTENCE_REACH = 150


def _sentence_around(doc: Doc, first: int, last: int,
                     sentences: SentenceTable) -> tuple[int, int]:
    """The sentence holding a quote, mended where the parser cut it.

    The parser does not always keep a preset "no sentence start": in "« … », a poursuivi
    l'entourage du chef du gouvernement." it may still start a sentence at the comma, and
    it starts one at a « in the middle of a sentence.  A sentence that begins with a
    comma or a lower-case word continues the one before it.
    """
    start = sentences.start(first)
    end = max(sentences.end(first), sentences.end(last))
    reach_start, reach_end = max(0, first - SENTENCE_REACH), min(len(doc), last + 1 + SENTENCE_REACH)
    while reach_start < start and _continues_previous(doc, start):
        start = sentences.start(start - 1)
    while end < reach_end and _continues_previous(doc, end):
        end = sentences.end(end)
    # Every cue search scans the quote's sentence; on a page with no punctuation ("« a » «
    # a » …" 10,000 times, a 30,000-word run) the "sentence" is the whole text and the
    # scans became quadratic.  No cue of a real sentence lies further than this from it.
    start, end = max(start, reach_start), min(end, reach_end)
    # a line break ends a sentence even without a period ("… à Toulouse »\nTout en …")
    before = sentences.last_break(start, first)
    if before is not None:
        start = before + 1
    after = sentences.first_break(last, end)
    if after is not None:
        end = after + 1
    return start, end


def _continues_previous(doc: Doc, i: int) -> bool:
    t = doc[i]
    if t.text in (",", ";", ")") or t.text[:1].islower():
        return "\n" not in doc_text(doc)[doc[i - 1].idx:t.idx]
    prev = doc[i - 1]
    if prev.is_alpha and "\n" not in prev.whitespace_ and t.is_alpha:
        # "… avec son compagnon Chokri Wakrim | M. Benalla fin juillet …": the parser
        # started a sentence after a word, with no period; the sentence goes on
        return True
    if t.text in ("«", "“", "\"") and i > 0:
        return prev.text not in (".", "!", "?", "»", "”", "\"", "…") and "\n" not in prev.whitespace_ \
            and "\n" not in prev.text
    return False


def _adjacent_selon(doc: Doc, q: _Quote, sent) -> CueMatch | None:
    cue = selon_in(doc, sent, near=q.end)
    if cue is None:
        return None
    if cue.cue_start < q.end:
        return None  # "Selon leur communiqué, ils disent …«…»": before the quote, not a tag
    between = doc_text(doc)[(q.close_at or q.end) + 1:cue.cue_start]
    return cue if len(between.strip(" ,\u00a0\u202f")) == 0 else None


def _cue_in_sentence_before(doc: Doc, q: _Quote, sentences: "SentenceTable",
                            quotes: list[_Quote]) -> CueMatch | None:
    """A quote standing alone takes the reporting verb of the sentence just before it,
    in the same paragraph, when that sentence quotes no one: "Les exilés Iraniens disent
    avoir aussi rencontré des représentants de l'UNHCR. «Ils nous ont assurés qu'ils
    publieraient des rapports.»"
    """
    if q.sent_start == 0:
        return None
    start = sentences.start(q.sent_start - 1)
    if any(start <= other.first_tok < q.sent_start for other in quotes):
        return None
    between = doc_text(doc)[doc[start].idx:q.open_at]
    if "\n" in between:
        return None
    return verb_in_sentence(doc, doc[start:q.sent_start], q.first_tok, q.last_tok)


def _long_fragment(doc: Doc, q: _Quote) -> bool:
    """Longer than a term: "les «gilets jaunes»", "des «notes blanches»" never get a
    speaker from the clause around them."""
    return len(doc_text(doc)[q.start:q.end].split()) > lexicon().max_term_words + 2


def _verbless(doc: Doc, q: _Quote) -> bool:
    """ "Donc : «aucune raison de s'inquiéter», «aucune raison de manifester»": the
    article's sentence around the fragments has no verb of its own, so it goes on with the
    words of the speaker quoted just before."""
    return not any(t.pos_ in ("VERB", "AUX") and not in_quote(t)
                   for t in doc[q.sent_start:q.sent_end])


def _continues(doc: Doc, registry: Registry, previous: _Quote, q: _Quote) -> bool:
    """A quote with no cue goes on with the previous speaker when it follows closely
    (same or next paragraph) and no other person became the subject in between."""
    if q.paragraph - previous.paragraph > 1:
        return False
    gap = doc_text(doc)[(previous.close_at or previous.end) + 1:q.open_at]
    if len(gap) > 400:
        return False
    if previous.sent_start == q.sent_start:
        return True  # "«…», a-t-il ajouté, estimant que Google ne proposait pas «…»"
    for pos, eid, salient in registry.focus:
        if previous.end < pos < q.start and salient and eid != previous.speaker:
            return False
    return True


def _kind(doc: Doc, q: _Quote) -> str:
    """Direct: a whole sentence standing on its own ("«Nous sommes déterminés …», a
    déclaré Blinken"); partial: a fragment woven into the article's sentence
    ("que l'alliance «est le pivot …»")."""
    text = doc_text(doc)[q.start:q.end]
    if not text[:1].isupper():
        return "partial"
    before = doc_text(doc)[max(0, q.open_at - 3):q.open_at].strip(" \u00a0\u202f")
    at_start = q.first_tok == q.sent_start or before.endswith((":", "\n", ".", "!", "?")) \
        or q.open_at == 0 or doc_text(doc)[q.open_at - 1] == "\n"
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc[q.first_tok:q.last_tok + 1])
    return "direct" if at_start and (has_verb or len(text.split()) > 6) else "partial"


def _line_around(text: str, q: _Quote) -> tuple[int, int]:
    """Start and end offsets of the line (between newlines) that holds the quote."""
    end = text.find("\n", q.end)
    return text.rfind("\n", 0, q.start) + 1, len(text) if end < 0 else end


def _heading(doc: Doc, q: _Quote) -> bool:
    """A line that is the quote and nothing else of words: a headline or sub-heading
    ("«\u00a0Nullité du témoignage\u00a0» -----"), never the continuation of a speech."""
    text = doc_text(doc)
    line_start, line_end = _line_around(text, q)
    rest = text[line_start:q.open_at] + text[(q.close_at if q.close_at is not None else q.end) + 1:line_end]
    words = text[q.start:q.end]
    short = len(words) <= 100 and not words.rstrip().endswith((".", "!", "?", "…"))
    return line_start > 0 and short and not any(ch.isalnum() for ch in rest)


def _attribute_headlines(doc: Doc, quotes: list[_Quote]) -> None:
    """ "«Des gens meurent pour rien»: la colère des habitants gronde" — a headline quote
    repeated later in the article takes the speaker of its repetition.  So does one that a
    topic before a colon seemed to give a speaker: in the title "Gilets jaunes : «Qu'ils
    arrêtent de nous prendre de haut»" the words are Sabine's, quoted in the body."""
    full = doc_text(doc)
    for q in quotes:
        topic = q.cue is not None and q.cue.kind == "colon" and q.cue.lemma is None
        if q.speaker is not None and not topic:
            continue
        line_start, line_end = _line_around(full, q)
        if line_start > 0 and line_end - line_start > 160:
            continue  # not a headline or sub-headline line
        text = _norm(full[q.start:q.end])
        if len(text) < 12:
            continue
        for other in quotes:
            if other is q or other.speaker is None or other.how == "headline":
                continue
            if text in _norm(full[other.start:other.end]):
                q.speaker, q.how = other.speaker, "headline"
                if topic:
                    q.cue = None
                break


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(" .,!?")


def _candidate(doc: Doc, q: _Quote) -> QuoteCandidate:
    return QuoteCandidate(q.start, q.end, q.open_at, q.close_at, q.first_tok, q.last_tok,
                          q.sent_start, q.sent_end, q.kind, q.family,
                          q.cue.kind if q.cue is not None else None, q.how,
                          q.speaker is not None, q.reported, _heading(doc, q))


def _quote_dict(doc: Doc, index: int, q: _Quote) -> dict:
    cue = None
    confidence = 0.3
    if q.cue is not None:
        c = q.cue
        cue = {"kind": c.kind, "text": doc_text(doc)[c.cue_start:c.cue_end], "start": c.cue_start,
               "end": c.cue_end, "lemma": c.lemma}
        confidence = CONFIDENCE.get(c.kind, 0.5) * RESOLUTION_FACTOR.get(q.how or "", 0.7)
    elif q.how in ("continuation", "headline"):
        cue = {"kind": q.how, "text": None, "start": None, "end": None, "lemma": None}
        confidence = CONFIDENCE[q.how]
    if q.speaker is None:
        confidence = 0.0 if cue is None else confidence * 0.5
    if q.confidence is not None:
        confidence = q.confidence
    return {"id": f"q{index + 1}", "text": doc_text(doc)[q.start:q.end], "start": q.start,
            "end": q.end, "kind": q.kind, "speaker_id": q.speaker, "cue": cue,
            "attribution": q.how, "confidence": round(confidence, 3)}


def _warm_up(vocab) -> None:
    """Load, with the model, the data the first article would otherwise load: the
    lexicons and the mean word vectors of person and non-speaking nouns (``_Prototypes``,
    about 10 ms), so a batch's first article costs what the others do."""
    lexicon()
    speaker_heads()
    _context()
    _Prototypes.of(vocab)


@Language.factory("quoteminer_attribution", assigns=["doc._.qm_quotes", "doc._.qm_speakers"],
                  requires=["doc._.qm_quote_spans"])
def make_attributor(nlp: Language, name: str) -> GuardedComponent:
    _warm_up(nlp.vocab)
    return GuardedComponent(name, Attributor(SpeakerRanker.shipped()), unattributed_quotes)
