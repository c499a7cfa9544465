"""Who could have said each quote: the candidates the speaker ranker chooses from.

For every kept quote the rules have already run (``component.Attributor.cascade``): the
registry knows everyone met in the article, with every mention.  The candidates of a quote
are the people, bodies and groups mentioned near it, the rules' own choice, the previous
quote's speaker, and "no speaker".  Each gets a dict of named features, so a weight in
``models/attribution/speaker_ranker.json`` reads as a sentence: ``prev|interrupted`` is
what it costs to carry the previous speaker over when someone else was named in between
("«…», a déclaré le sergent. Le Premier ministre est arrivé. «…»").

Only the registry's mention list and a few tokens per entity are read, so this costs a few
dictionary operations per quote, no pass over the whole text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Doc

from ..extensions import doc_text, span_text
from ..resources import read_json, read_lines
from .head_rates import head_rates, name_key
from .entities import Entity, Registry, content_words
from .lexicon import ADDRESSEE_CASES, lexicon
from .phrases import Phrase, is_reporting_verb

# how many entities mentioned before / after a quote are candidates
MAX_BEFORE = 6
MAX_AFTER = 2
WINDOW_BEFORE = 3000   # characters
WINDOW_AFTER = 400

NULL = "null"
# Whether a candidate can speak at all ("Vendredi", "le slogan", "Le déclin des insectes"
# cannot) fires on few training quotes, so L2 would shrink its weight to nothing; entered
# with a larger value, the same penalty lets the weight grow (a prior, as for the quote
# decision's rule verdicts).  Chosen by article-level cross-validation.
CAN_SPEAK_FACTS = frozenset(("cannot_speak", "head_non_speaking", "head_time", "head_document",
                             "dubious_name", "head_generic_person", "name_tagged_noun"))
CAN_SPEAK_VALUE = 3.0
# Syntactic clues that name the speaker outright but fire on few quotes ("«…», a dit
# l'évêque de Nîmes, Mgr Paul Roux": the name beside the cue's subject); entered with a
# larger value for the same reason as the facts above.  Chosen by article-level CV.
STRONG_CLUES = frozenset(("beside_cue", "beside_cue&named", "prev|switch_marker", "rule|switch_marker", "null|switch_marker"))
STRONG_VALUE = 10.0
NEWLINE = re.compile("\n")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Candidate:
    """One possible speaker of a quote (``entity_id`` None: "no speaker")."""

    entity_id: str | None
    name: str | None
    how: str | None
    features: tuple[tuple[str, float], ...]

    def feature_dict(self) -> dict[str, float]:
        return dict(self.features)


@dataclass(frozen=True)
class QuoteCandidates:
    """The candidates of one kept quote, in a fixed order (the null candidate first)."""

    start: int
    end: int
    candidates: tuple[Candidate, ...]


@lru_cache(maxsize=1)
def speaker_heads() -> dict[str, frozenset[str]]:
    """Head nouns that name no one who can speak: times, documents, abstractions
    ("Vendredi", "le slogan", "cette réunion") — data in ``models/attribution``."""
    data = read_json("attribution/speaker_heads.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def _bucket(value: float, edges: Sequence[float], prefix: str) -> str:
    for edge in edges:
        if value < edge:
            return f"{prefix}<{edge:g}"
    return f"{prefix}>={edges[-1]:g}"


class _Prototypes:
    """Mean word vectors of person nouns and of non-speaking nouns, so that a head noun
    no lexicon lists ("sapeur", "riveraine" vs "objectif", "déclin") still says whether it
    names someone.  Built once per vocabulary from the lexicons."""

    _cache: dict[int, "_Prototypes"] = {}

    def __init__(self, vocab) -> None:
        lex = lexicon()
        people = [w for w, r in lex.roles.items() if r.kind in ("PERSON", "GROUP")]
        things = sorted(speaker_heads()["non_speaking"] | lex.document_nouns)
        self.person = self._mean(vocab, people)
        self.thing = self._mean(vocab, things)
        # humanness by word (orth): a word's vector is the vocabulary's, the same in every
        # article, and reading it cost 0.2 ms a head noun ("habitant" in every other one)
        self._by_orth: dict[int, float | None] = {}

    @staticmethod
    def _mean(vocab, words: list[str]) -> np.ndarray | None:
        rows = []
        for w in words:
            if vocab.has_vector(w):
                v = vocab.get_vector(w)
                n = float(np.linalg.norm(v))
                if n > 0:
                    rows.append(v / n)
        if not rows:
            return None
        m = np.mean(rows, axis=0)
        return m / (float(np.linalg.norm(m)) or 1.0)

    @classmethod
    def of(cls, vocab) -> "_Prototypes":
        key = id(vocab)
        if key not in cls._cache:
            cls._cache[key] = cls(vocab)
        return cls._cache[key]

    def humanness(self, token) -> float | None:
        """cos(person nouns) - cos(non-speaking nouns) of the token's vector."""
        if not token.vocab.vectors.size or token.doc.user_token_hooks:
            return self._humanness(token)  # the vector may come from the doc's tensor
        key = token.orth
        if key not in self._by_orth:
            self._by_orth[key] = self._humanness(token)
        return self._by_orth[key]

    def _humanness(self, token) -> float | None:
        if self.person is None or self.thing is None or not token.has_vector:
            return None
        v = token.vector
        n = float(np.linalg.norm(v))
        if n == 0:
            return None
        v = v / n
        return float(v @ self.person - v @ self.thing)


@dataclass
class _EntityFacts:
    """What an entity is, read once per article from its first mentions."""

    kind: str
    named: bool
    plural: bool
    labels: frozenset[str]
    head: str | None
    facts: tuple[str, ...]
    humanness: float | None
    person_like: bool  # a named person, or a description headed by a person noun


def _entity_facts(doc: Doc, entity: Entity, prototypes: _Prototypes) -> _EntityFacts:
    lex = lexicon()
    heads = speaker_heads()
    labels: set[str] = set()
    head_token = None
    noun_tagged = False
    for start, end, _ in entity.mentions[:3]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if len(span) == 1 and span[0].pos_ == "NOUN":
            noun_tagged = True
        for t in span:
            if t.ent_type_:
                labels.add(t.ent_type_)
        if head_token is None:
            head_token = next((t for t in span if t.pos_ in ("NOUN", "PROPN")
                               and t.lower_ not in lex.subject_pronouns), None)
    facts = [f"kind={entity.kind}"]
    if entity.named:
        facts.append("named")
    if entity.plural:
        facts.append("plural")
    facts += [f"ner={label}" for label in sorted(labels)]
    if entity.named and not labels & {"PER", "ORG"}:
        facts.append("named_untagged")  # "Blinken", "Park" tagged LOC, or not at all
    first = entity.name.split()[0] if entity.name else ""
    if first in lex.first_names:
        facts.append("first_name")
    if entity.gender or entity.name_gender:
        facts.append("gendered")
    if entity.role:
        facts.append("has_role")
    head = None
    humanness = None
    if head_token is not None:
        head = head_token.lemma_.lower()
        words = {head_token.lower_, head}
        role = lex.role(head_token.text) or lex.role(head)
        if role is not None:
            facts.append(f"head_role={role.kind}")
            if role.noun in lex.generic_person_nouns:
                facts.append("head_generic_person")
        elif not entity.named:
            facts.append("head_unlisted")
        if words & lex.document_nouns:
            facts.append("head_document")
        if words & heads["time"]:
            facts.append("head_time")
        if words & heads["non_speaking"]:
            facts.append("head_non_speaking")
        if head_token.pos_ == "PROPN":
            facts.append("head_propn")
            if entity.named and entity.kind == "ORG":
                # "a posté sur Facebook", "selon l'Élysée": how often the pool's articles
                # make this name a speaker
                facts.append("name_" + head_rates().feature(name_key(head_token.text)))
        if not entity.named and head_token.pos_ == "NOUN":
            # "le gain de 100 euros net passera «…»": a head that seldom speaks in the
            # unannotated articles
            facts.append(head_rates().feature(head))
        h = prototypes.humanness(head_token) if not entity.named else None
        if h is not None:
            facts.append(_bucket(h, (-0.1, 0.0, 0.1, 0.2), "human"))
            humanness = h
    elif not entity.named:
        facts.append("no_head")
    # one summary of the facts above, so that the few phrases that cannot speak ("le 21
    # décembre", "Le déclin des insectes", "cette photo retouchée") share one weight
    if not entity.named and (head_token is None or head_token.pos_ != "PROPN") and (
            head_token is None or head_token.pos_ != "NOUN"
            or {"head_non_speaking", "head_time"} & set(facts)):
        facts.append("cannot_speak")
    if entity.named and len(entity.name.split()) == 1 and noun_tagged:
        # "Sociologues, journalistes et observateurs ont été unanimes": a capitalised common
        # noun at a sentence start that the NER took for a person; the tagger knew better
        facts.append("name_tagged_noun")
    if entity.named and not labels & {"PER", "ORG"} and first not in lex.first_names \
            and len(entity.name.split()) == 1 and len(entity.mentions) == 1:
        facts.append("dubious_name")  # "Lire", "Vendredi": one capitalised word, met once
    return _EntityFacts(entity.kind, entity.named, entity.plural, frozenset(labels), head,
                        tuple(facts), humanness,
                        entity.named and entity.kind == "PERSON" or "head_role=PERSON" in facts)


SELON_WORDS = frozenset("selon d'après d’après pour".split())


def _mention_facts(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """How one mention sits in its clause: "Park a déclaré" (subject of a reporting
    verb), "selon Park", "a rencontré Park" (object), "avec le ministre" (complement)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ()
    root = span.root
    out = []
    dep = root.dep_
    if dep in ("nsubj", "nsubj:pass"):
        out.append("subj")
        if is_reporting_verb(root.head):
            out.append("subj_of_reporting")
    elif dep == "obl:agent":
        out.append("agent")
    cases = [c.lower_ for c in root.children if c.dep_ == "case" and c.i < root.i]
    if cases and cases[0] in ADDRESSEE_CASES and is_reporting_verb(root.head):
        # "a raconté à l'AFP avoir «vu un individu»": the one spoken to, not the speaker
        out.append("addressee")
    elif dep in ("obj", "iobj") and root.i > root.head.i and is_reporting_verb(root.head) \
            and not any(c.dep_.startswith("nsubj") for c in root.head.children):
        # "«…», a déclaré la maire Sophie Lemaire": the parser takes the inverted subject
        # of an incise for an object
        out += ["subj", "subj_of_reporting", "inverted"]
    elif dep in ("obj", "iobj"):
        out.append("object")
    before = doc[span.start - 1] if span.start > 0 else None
    if "subj" not in out and not cases and _after_reporting_verb(doc, span.start):
        # "…, a ainsi relevé dimanche Emmanuel Grégoire": an inverted subject the parser
        # hangs elsewhere (here as an apposition to "dimanche")
        out += ["subj", "subj_of_reporting", "inverted"]
    if (before is not None and before.lower_ in SELON_WORDS) or any(c in SELON_WORDS for c in cases):
        out.append("selon")
    elif cases:
        out.append("complement")
    if len(span) == 1 and root.pos_ == "PRON":
        out.append("pronoun")
    return tuple(out)


INVERSION_GAP = 4  # words between the verb and its inverted subject: "a raconté à l'AFP"


def _after_reporting_verb(doc: Doc, start: int) -> bool:
    """The mention at token ``start`` follows a reporting verb of its clause with no
    subject of its own before it, a few words and no punctuation between: "…, relève
    Vincent Laborderie", "…, raconte à l'AFP Martial Delabroye"."""
    for i in range(start - 1, max(-1, start - 2 - INVERSION_GAP), -1):
        t = doc[i]
        if t.is_punct or t.is_space:
            return False
        if t.pos_ in ("VERB", "AUX"):
            return is_reporting_verb(t) and not any(
                c.dep_.startswith("nsubj") and c.i < t.i for c in t.children)
        if i > 0 and doc[i - 1].text == "," and is_reporting_verb(t, loose=True):
            return True  # ", raconte à l'AFP …": the incise's verb, tagged ADJ or NOUN
    return False


def _meet_named_entities(doc: Doc, quotes: Sequence, registry: Registry) -> None:
    """Bring every name NER found outside the quotes into the registry, so that a body or
    person that is never a subject ("a-t-on appris auprès du Monde") can be a candidate.
    Notes are not salient: they change no rule's focus."""
    noted = {(start, eid) for start, eid, _ in registry.focus}
    noted_at = {start for start, _ in noted}
    opens = [q.open_at for q in quotes]
    for ent in registry.ents:
        if ent.label_ not in ("PER", "ORG") or ent.start_char in noted_at:
            continue
        k = bisect.bisect_right(opens, ent.start_char) - 1
        if k >= 0 and ent.start_char <= (quotes[k].close_at if quotes[k].close_at is not None
                                         else quotes[k].end):
            continue
        if not ent.text[:1].isupper():
            continue
        registry.resolve(Phrase(ent.start, ent.end), salient=False)


def _meet_fallback_descriptions(registry: Registry) -> dict[int, tuple[str, str]]:
    """Bring the descriptions the rules gave to the person in focus for want of a shared
    word into the registry as people of their own, so that both readings are candidates
    ("Pierre Lamy tient la buvette. […] «…», dit le chauffeur": Pierre Lamy, or someone
    new).  Not a generic person noun: "«…», poursuit la femme" after Sonia Morel is her
    (as a candidate it cost accuracy on CV).  Notes are not salient.  Returns, by the
    description's offset, the new entity's id and the class of its head noun (function,
    other)."""
    out: dict[int, tuple[str, str]] = {}
    for start, end, text, gender, head_class in registry.fallbacks:
        if head_class == "generic":
            continue
        entity = registry.description(text, "PERSON", gender, False)
        if (start, end, doc_text(registry.doc)[start:end]) not in entity.mentions:
            registry.note(entity, start, end, False)
        out[start] = (entity.id, head_class)
    return out


def _fallback_only(registry: Registry, fallback_alts: dict[int, tuple[str, str]]) -> set[str]:
    """The descriptions met only as another reading of a fallback: candidates of their
    own quote, not of the quotes around it."""
    ids = {eid for eid, _ in fallback_alts.values()}
    for pos, eid, _ in registry.focus:
        if eid in ids and pos not in fallback_alts:
            ids.discard(eid)
    return ids


def _paragraph(newlines: list[int], pos: int) -> int:
    return bisect.bisect_left(newlines, pos)


def quote_candidates(doc: Doc, quotes: Sequence, kept: Sequence,
                     registry: Registry) -> list[QuoteCandidates]:
    """The candidates and their features for each kept quote, in order.

    ``quotes`` are all quote spans the rules located (``component._Quote``), ``kept`` the
    ones kept as quotes, each with its rule speaker (``rule_speaker``) already set.
    """
    text = doc_text(doc)
    newlines = [m.start() for m in NEWLINE.finditer(text)]
    prototypes = _Prototypes.of(doc.vocab)
    # each token's head as an offset from it, read once (the array stores it unsigned),
    # as a list: a quote's few tokens are read faster one by one than through numpy
    head_offsets = doc.to_array([HEAD]).astype(np.int64).tolist() if len(doc) else []
    _meet_named_entities(doc, kept, registry)
    fallback_alts = _meet_fallback_descriptions(registry)
    alt_only = _fallback_only(registry, fallback_alts)
    by_id = {e.id: e for e in registry.entities}
    positions: dict[str, list[tuple[int, bool]]] = {}
    for pos, eid, salient in registry.focus:
        if eid in by_id:
            positions.setdefault(eid, []).append((pos, salient))
    sorted_mentions: dict[str, list[tuple[int, int]]] = {}
    starts_of: dict[str, list[int]] = {}

    def mention_starts(eid: str) -> list[int]:
        if eid not in starts_of:
            sorted_mentions[eid] = sorted({(m[0], m[1]) for m in by_id[eid].mentions})
            starts_of[eid] = [m[0] for m in sorted_mentions[eid]]
        return starts_of[eid]

    focus = registry.focus  # (position, entity id, salient), kept in text order
    focus_pos = [f[0] for f in focus]
    facts: dict[str, _EntityFacts] = {}
    mention_facts: dict[tuple[int, int], tuple[str, ...]] = {}
    quoted: dict[str, int] = {}
    out = []
    for k, q in enumerate(kept):
        prev = kept[k - 1] if k > 0 else None
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        close = q.close_at if q.close_at is not None else q.end
        sent_lo = doc[q.sent_start].idx
        sent_hi = doc[q.sent_end - 1].idx + len(doc[q.sent_end - 1])
        # the entities mentioned around the quote, most recent first
        # walk the mentions (sorted by position) outwards from the quote: the nearest
        # mention of each entity before and after it, within the windows
        before, after = [], []
        seen: set[str] = set()
        i = bisect.bisect_left(focus_pos, q.open_at) - 1
        while i >= 0 and q.open_at - focus_pos[i] <= WINDOW_BEFORE:
            eid = focus[i][1]
            if eid in by_id and eid not in seen and eid not in alt_only:
                seen.add(eid)
                before.append((q.open_at - focus_pos[i], eid))
            i -= 1
        seen = set()
        j = bisect.bisect_right(focus_pos, close)
        while j < len(focus) and focus_pos[j] - close <= WINDOW_AFTER:
            eid = focus[j][1]
            if eid in by_id and eid not in seen and eid not in alt_only:
                seen.add(eid)
                after.append((focus_pos[j] - close, eid))
            j += 1
        chosen = [eid for _, eid in before[:MAX_BEFORE]] + [eid for _, eid in after[:MAX_AFTER]]
        alt = None
        if q.cue is not None and not q.cue.phrase.pronoun and q.rule_how == "description":
            alt = fallback_alts.get(doc[q.cue.phrase.start].idx)
            if alt is not None and alt[0] == q.rule_speaker:
                alt = None
        for extra in (q.rule_speaker, prev.rule_speaker if prev else None,
                      alt[0] if alt else None):
            if extra is not None and extra in by_id:
                chosen.append(extra)
        ids = list(dict.fromkeys(chosen))
        for eid in ids:
            if eid not in facts:
                facts[eid] = _entity_facts(doc, by_id[eid], prototypes)
        rank_before = {eid: r for r, (_, eid) in enumerate(before)}
        distance_after = {eid: d for d, eid in reversed(after)}  # the nearest mention wins
        person_before = [eid for _, eid in before if by_id[eid].kind == "PERSON"]
        in_sentence = set()
        for eid in ids:
            starts = mention_starts(eid)
            lo, hi = bisect.bisect_left(starts, sent_lo), bisect.bisect_left(starts, sent_hi)
            if any(not (q.open_at <= p <= close) for p in starts[lo:hi]):
                in_sentence.add(eid)
        # who became the subject between the previous quote and this one
        prev_end = (prev.close_at if prev.close_at is not None else prev.end) if prev else None
        between = set()
        if prev_end is not None:
            lo, hi = bisect.bisect_right(focus_pos, prev_end), bisect.bisect_left(focus_pos, q.open_at)
            between = {eid for _, eid, salient in focus[lo:hi] if salient and eid in by_id}
        q_par = _paragraph(newlines, q.start)
        shared = _quote_features(doc, q, prev, q_par, newlines)
        governing = _governing_subjects(doc, q, head_offsets)
        beside_cue = _beside_cue_phrase(doc, q)
        described = _description_words(doc, q)
        candidates = [Candidate(None, None, None, tuple(sorted(
            {NULL: 1.0, **{f"{NULL}|{f}": 1.0 for f in shared}}.items())))]
        pending: list[tuple[str, str, str, dict[str, float], bool]] = []
        person_in_sentence = any(by_id[e].kind == "PERSON" for e in in_sentence)
        pronoun = q.cue.phrase.pronoun if q.cue is not None else None
        pron_gender, pron_number = lexicon().subject_pronouns.get(pronoun, (None, None)) \
            if pronoun else (None, None)
        we = _speaks_as_we(text[q.start:q.end])
        quoted_words = set(WORD.findall(text[q.start:q.end]))
        rule_kind = by_id[q.rule_speaker].kind if q.rule_speaker in by_id else None
        # "ils réclamaient «l'arrêt de la démolition», mais aussi «la sécurité»": a
        # fragment of the previous quote's sentence, with no cue or the same one
        follows = prev is not None and q.kind == "partial" and prev.sent_start == q.sent_start \
            and (q.cue is None or (prev.cue is not None and prev.cue.cue_start == q.cue.cue_start))
        spoken_to = registry.named_by(q.addressee_words)
        for eid in ids:
            e, ef = by_id[eid], facts[eid]
            f: dict[str, float] = {}
            is_rule = eid == q.rule_speaker
            is_prev = prev is not None and eid == prev.rule_speaker
            if eid in spoken_to and not is_rule:
                continue  # "«…», explique-t-il à L'Indépendant": spoken to, not speaking
            f.update({x: CAN_SPEAK_VALUE if x in CAN_SPEAK_FACTS else 1.0 for x in ef.facts})
            if eid in rank_before:
                r = rank_before[eid]
                f[f"rank_before={min(r, 3)}"] = 1.0
                dist = before[r][0]
                f[_bucket(dist, (60, 200, 500, 1200), "dist_before")] = 1.0
            else:
                f["not_before"] = 1.0
            if eid in person_before[:1]:
                f["latest_person"] = 1.0
            if e.named and e.kind == "PERSON" and e.name.split()[-1] in quoted_words:
                # «Macron démission», «Je le redis à Marie Dupont»: who the quoted words
                # name is seldom who says them
                f["named_in_quote"] = 1.0
            if ef.humanness is not None:
                f["humanness"] = ef.humanness
            last_before = None
            spans, starts = sorted_mentions[eid], mention_starts(eid)
            lo, hi = bisect.bisect_left(starts, sent_lo), bisect.bisect_left(starts, sent_hi)
            for m_start, m_end in spans[lo:hi]:
                if q.open_at <= m_start <= close:
                    continue
                key = (m_start, m_end)
                if key not in mention_facts:
                    mention_facts[key] = _mention_facts(doc, m_start, m_end)
                for x in mention_facts[key]:
                    f[f"sent:{x}"] = 1.0
                    f[f"sent:{x}:{'before' if m_start < q.open_at else 'after'}"] = 1.0
                for level, (t_start, t_end, reporting) in enumerate(governing):
                    if m_start <= t_start and t_end <= m_end:
                        # "La fédération a pris «acte»": the subject of the verb the quote
                        # hangs on, directly (level 0) or through a participle or a
                        # coordinated verb ("… a estimé …, jugeant qu'il reprenait «70%»")
                        f["gov_subj"] = 1.0
                        f[f"gov_subj={min(level, 1)}"] = 1.0
                        if reporting:
                            f["gov_subj_reporting"] = 1.0
                        if ef.person_like:
                            f["gov_subj&person"] = 1.0
                        if "cannot_speak" in ef.facts:
                            f["gov_subj&cannot_speak"] = 1.0
                        if is_rule:
                            f["gov_subj&rule"] = 1.0
                        break
            k = bisect.bisect_left(starts, min(sent_lo, q.open_at))
            if k > 0:
                last_before = spans[k - 1]
            if last_before is not None and eid in rank_before and rank_before[eid] < 3:
                if last_before not in mention_facts:
                    mention_facts[last_before] = _mention_facts(doc, *last_before)
                for x in mention_facts[last_before]:
                    f[f"last:{x}"] = 1.0
            if described is not None:
                # "«…», a souligné le président de la République": does anything said of
                # this candidate before the cue share a word with the description?
                cue_at, words = described
                said = content_words(e.role or "")
                for m_start, _, m_text in e.mentions:
                    if m_start < cue_at:
                        said |= content_words(m_text)
                if words & said:
                    f["description_matches"] = 1.0
                    if is_rule:
                        f["description_matches&rule"] = 1.0
                elif is_rule:
                    f["description_unmatched&rule"] = 1.0
            if alt is not None and eid == alt[0]:
                # "Pierre Lamy tient la buvette. […] «…», dit le chauffeur": the person in
                # focus, or the description as someone new; the class of the head noun
                # weighs the two (a function noun seldom refers back)
                f["fallback_alt"] = 1.0
                f[f"fallback_alt&head={alt[1]}"] = 1.0
            if beside_cue is not None:
                lo_c, hi_c = beside_cue
                k = bisect.bisect_left(starts, lo_c)
                if k < len(starts) and starts[k] < hi_c and not is_rule:
                    # "«…», a dit l'évêque du diocèse, Mgr Jean Martin": a name just after
                    # the cue's subject phrase is who that phrase describes
                    f["beside_cue"] = 1.0
                    if e.named:
                        f["beside_cue&named"] = 1.0
            after_d = distance_after.get(eid)
            if after_d is not None:
                f[_bucket(after_d, (40, 120, 400), "dist_after")] = 1.0
            if eid in in_sentence:
                f["in_sentence"] = 1.0
            ps = [p for p, _ in positions[eid]]
            par_lo = newlines[q_par - 1] if q_par > 0 else -1
            par_hi = newlines[q_par] if q_par < len(newlines) else len(text)
            k = bisect.bisect_right(ps, par_lo)
            if k < len(ps) and ps[k] <= par_hi:
                f["in_paragraph"] = 1.0
            f[_bucket(len(ps), (2, 4, 8), "mentions")] = 1.0
            n_quoted = quoted.get(eid, 0)
            f[f"quoted_before={min(n_quoted, 2)}"] = 1.0
            if pron_number is not None:
                plural = e.plural or e.kind in ("GROUP",)
                known = e.gender or e.name_gender
                if pron_gender and known and pron_gender != known and not is_rule:
                    # "Le ministre Pierre Durand … «…», a-t-elle ajouté": grammar rules
                    # him out, whatever the scores say
                    continue
                if (pron_number == "pl") != plural:
                    f["pronoun_number_disagrees"] = 1.0
                if pron_gender and known:
                    f["pronoun_gender_agrees"] = 1.0
            if we:
                f[f"quote_we&kind={e.kind}"] = 1.0
            if ef.kind == "ORG" and person_in_sentence:
                f["org_with_person_in_sentence"] = 1.0
            if ef.kind == "PERSON" and rule_kind == "ORG":
                f["person_vs_rule_org"] = 1.0
            if is_rule and q.rule_how == "continuation":
                # the rules' continuation is the previous speaker kept for want of a cue:
                # weighed as the previous speaker, not as a speaker the rules found
                f["rule|how=continuation"] = 1.0
            elif is_rule:
                f["rule"] = 1.0
                f[f"rule|how={q.rule_how}"] = 1.0
                for x in shared:
                    f[f"rule|{x}"] = 1.0
                for x in ef.facts:
                    f[f"rule&{x}"] = 1.0
                if ef.humanness is not None:
                    f["rule&humanness"] = ef.humanness
            if is_prev:
                f["prev"] = 1.0
                for x in shared:
                    f[f"prev|{x}"] = 1.0
                others = between - {eid}
                if others:
                    f["prev|interrupted"] = 1.0
                    if any(by_id[b].kind == "PERSON" and by_id[b].named for b in others):
                        f["prev|interrupted_by_name"] = 1.0
                    for b in others:
                        if b not in facts:
                            facts[b] = _entity_facts(doc, by_id[b], prototypes)
                    if any(facts[b].person_like for b in others):
                        f["prev|interrupted_by_person"] = 1.0
                if q.rule_speaker is not None and not is_rule:
                    f["prev|rule_other"] = 1.0
                if follows:
                    f["prev|follows"] = 1.0
                if q.cue is None and prev.sent_start == q.sent_start:
                    # "réclamaient «l'arrêt de la démolition», mais aussi «la sécurité»":
                    # fragments of one sentence with one cue have one speaker
                    f["prev|same_sentence_no_cue"] = 1.0
                for x in ef.facts:
                    f[f"prev&{x}"] = 1.0
            if nxt is not None and eid == nxt.rule_speaker:
                f["next"] = 1.0
                if _paragraph(newlines, nxt.start) == q_par:
                    f["next|same_paragraph"] = 1.0
            # the rule read the cue's subject as a pronoun or a description and looked for
            # its antecedent in focus; the ranker weighs the other readings
            if q.rule_how in ("pronoun", "description", "continuation"):
                for x in ("latest_person", "in_sentence", "in_paragraph", "sent:subj",
                          "last:subj_of_reporting", "pronoun_gender_agrees",
                          "pronoun_number_disagrees", "named", "head_role=PERSON",
                          "gov_subj", "gov_subj_reporting"):
                    if x in f:
                        f[f"{q.rule_how}~{x}"] = 1.0
                r = rank_before.get(eid)
                if r is not None:
                    f[f"{q.rule_how}~rank_before={min(r, 3)}"] = 1.0
            for x in STRONG_CLUES.intersection(f):
                f[x] *= STRONG_VALUE
            how = q.rule_how if is_rule else ("continuation" if is_prev else "context")
            pending.append((eid, e.name, how, f, is_rule))
        _compare_reporting_subjects(pending)
        candidates += [Candidate(eid, name, how, tuple(sorted(f.items())))
                       for eid, name, how, f, _ in pending]
        out.append(QuoteCandidates(q.start, q.end, tuple(candidates)))
        if q.rule_speaker is not None:
            quoted[q.rule_speaker] = quoted.get(q.rule_speaker, 0) + 1
    return out


REPORTING_SUBJECT = ("sent:subj_of_reporting", "gov_subj_reporting")
COMPARE_VALUE = 3.0  # as CAN_SPEAK_VALUE: few quotes fire them, so a prior against the L2 pull


def _compare_reporting_subjects(pending: list) -> None:
    """Features that compare a quote's candidates: is this one the only subject of a
    reporting verb in the quote's sentence, and does one such subject stand against the
    rules' choice?  "Les deux hommes portent «des cagoules», raconte à l'AFP Martial
    Delabroye": the rules take the subject of "portent", the verb the quote hangs on;
    the subject of "raconte" is who speaks."""
    speaking = [any(x in p[3] for x in REPORTING_SUBJECT) for p in pending]
    rule = next((i for i, p in enumerate(pending) if p[4]), None)
    if sum(speaking) == 1:
        pending[speaking.index(True)][3]["sole_reporting_subj"] = COMPARE_VALUE
    if rule is not None and not speaking[rule] and any(speaking):
        pending[rule][3]["rule&rival_reporting_subj"] = COMPARE_VALUE
        for i, p in enumerate(pending):
            if speaking[i]:
                p[3]["reporting_subj_over_rule"] = COMPARE_VALUE


BESIDE_CUE_TOKENS = 8
CLAUSE_ENDS = frozenset(".!?;:«»\"“”")


def _beside_cue_phrase(doc: Doc, q) -> tuple[int, int] | None:
    """The characters just after the cue's subject phrase, up to the end of the clause
    (at most a few tokens), where an apposed name or the rest of a cut phrase sits:
    "a réagi la secrétaire d'État chargée de l'égalité Anne Morel", "a dit l'évêque de
    Nîmes et d'Uzès, Mgr Paul Roux".  None when the cue's subject is a pronoun."""
    cue = q.cue
    if cue is None or cue.phrase.pronoun:
        return None
    start = cue.phrase.end
    end = start
    limit = min(len(doc), start + BESIDE_CUE_TOKENS)
    while end < limit:
        t = doc[end]
        if t.text in CLAUSE_ENDS or t.pos_ in ("VERB", "AUX") or "\n" in t.text:
            break
        end += 1
    if end == start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


GOVERNING_HOPS = 4
CLIMB_PRONOUNS = frozenset("il elle ils elles on".split())


def _description_words(doc: Doc, q) -> tuple[int, set[str]] | None:
    """The cue phrase's offset and content words when it is a description, not a name
    or a pronoun ("le chef de l'État" → {"chef", "état"}); else None."""
    cue = q.cue
    if cue is None or cue.phrase.pronoun or q.rule_how not in ("description", "continuation"):
        return None
    span = doc[cue.phrase.start:cue.phrase.end]
    if not len(span) or any(t.pos_ == "PROPN" for t in span):
        return None
    words = content_words(span_text(span))
    return (span.start_char, words) if words else None


def _governing_subjects(doc: Doc, q, head_offsets: list[int]) -> list[tuple[int, int, bool]]:
    """The subjects of the verbs a quote hangs on, nearest first, as character ranges of
    their head tokens, each with whether its verb reports speech.

    "La fédération a quant à elle pris «acte»": the marks' words attach to "pris", whose subject
    is "fédération"; "Jean Dupont a estimé que …, jugeant qu'il reprenait «70 %»" climbs from
    "reprenait" through the participle "jugeant" to "estimé" and its subject.  Read from the
    parse in a few hops, outside the quote only."""
    first, last = q.first_tok, q.last_tok
    # the heads outside the quote, met in token order (their set's order breaks the ties
    # of the sort below)
    heads = set()
    for i in range(first, last + 1):
        h = i + head_offsets[i]
        if h < first or h > last:
            heads.add(h)
    if not heads:
        return []
    out: list[tuple[int, int, bool]] = []
    seen: set[int] = set()
    lo, hi = q.sent_start, q.sent_end
    for h in sorted(heads, key=lambda i: abs(i - first)):
        t = doc[h]
        for _ in range(GOVERNING_HOPS + 3):
            if t.i in seen or not (lo <= t.i < hi):
                break
            seen.add(t.i)
            if t.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.children):
                subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass", "obl:agent")
                            and not (first <= c.i <= last)]
                for c in subjects:
                    if c.lower_ in ("qui", "que") and t.dep_ == "acl:relcl":
                        c = t.head  # "le syndicat, qui a dénoncé «…»": its antecedent
                    out.append((c.idx, c.idx + len(c), is_reporting_verb(t)))
                # "La ministre a indiqué qu'elle avait reçu «trop de lettres»", "La chaîne a
                # écrit qu'il n'y avait «aucune intention»": a subject pronoun of the clause
                # the quote sits in stands for, or gives way to, the subject of the verb
                # that clause depends on; keep climbing
                pronoun_only = bool(subjects) and all(
                    c.pos_ == "PRON" and c.lower_ in CLIMB_PRONOUNS for c in subjects)
                if (subjects and not pronoun_only) or t.dep_ not in ("xcomp", "advcl", "conj", "acl", "ccomp", "obj",
                                              "obl", "obl:arg", "obl:mod", "nmod", "acl:relcl"):
                    break
            if t.head is t:
                break
            t = t.head
    return out


WE_WORDS = frozenset("nous notre nos".split())


def _speaks_as_we(quote: str) -> bool:
    """ "Nous exhortons l'Etat …": a quote in the first person plural, most often a
    group's or a body's words."""
    words = [w.strip(",.;:!?") for w in quote.lower().replace("’", " ").replace("'", " ").split()]
    we = sum(w in WE_WORDS for w in words)
    me = sum(w in ("je", "j", "moi", "mon", "ma", "mes") for w in words)
    return we > me


def _quote_features(doc: Doc, q, prev, q_par: int, newlines: list[int]) -> list[str]:
    """Facts about the quote itself, crossed with the null, rule and previous candidates."""
    lex = lexicon()
    out = [f"kind={q.kind}"]
    cue = q.cue
    if cue is None:
        out.append("no_cue")
    else:
        out.append(f"cue={cue.kind}")
        if cue.lemma and cue.lemma in lex.ambiguous_reporting_verbs:
            out.append("cue_ambiguous")
    if q.rule_speaker is None:
        out.append("rule_none")
    if q.rule_how is not None:
        out.append(f"how={q.rule_how}")
    if q.reported:
        out.append("reported")
    if prev is None:
        out.append("first_quote")
    else:
        gap = _paragraph(newlines, q.start) - _paragraph(newlines, prev.start)
        out.append(f"par_gap={min(gap, 2)}")
        # how much narration lies between the two quotes: "«…», a-t-il dit. «…»" (a few
        # characters) keeps the speaker more often than a quote three sentences later
        prev_close = prev.close_at if prev.close_at is not None else prev.end
        out.append(_bucket(q.open_at - prev_close, (5, 80, 250), "gap"))
        if prev.sent_start == q.sent_start:
            out.append("same_sentence_as_prev")
    words = len(doc_text(doc)[q.start:q.end].split())
    out.append(_bucket(words, (4, 10, 30), "words"))
    if prev is not None and _turns_to_another_source(doc, q):
        out.append("switch_marker")
    return out


@lru_cache(maxsize=1)
def _switch_markers() -> "re.Pattern[str]":
    words = sorted(read_lines("attribution/switch_markers.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _turns_to_another_source(doc: Doc, q) -> bool:
    """A word of the quote's sentence, outside the marks, that turns to another source:
    "Le Medef a quant à lui pris «acte»", "«…», a estimé de son côté Rabiha"."""
    text = doc_text(doc)
    lo = doc[q.sent_start].idx
    hi = doc[q.sent_end - 1].idx + len(doc[q.sent_end - 1])
    close = q.close_at + 1 if q.close_at is not None else q.end
    outside = (text[lo:q.open_at] + " " + text[close:hi]).lower().replace("’", "'")
    return _switch_markers().search(outside) is not None
