"""Who is who in one article: one record per person, organisation or group.

"le secrétaire d'Etat américain Antony Blinken", "Blinken", "M. Blinken" and "le haut
diplomate américain" are one speaker named "Antony Blinken"; "il" in "a-t-il ajouté" is
whoever is in focus.  The registry is filled in reading order, so a pronoun or a
description only ever points back to someone the reader has already met.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..extensions import METADATA, doc_text, morph_values, span_text
from ..resources import models_dir, read_json
from .lexicon import RoleNoun, _singular, lexicon
from ..calendar import month_number, weekday_number
from .phrases import (ELIDED_ARTICLES, TIME_NOUNS, Phrase, apposition_after, in_quote,
                      indefinite_pronoun, np_end)

DETERMINERS = frozenset("le la les l' l’ un une des du de d' d’ ce cette ces son sa ses leur leurs "
                        "notre nos votre vos".split())
INDEFINITE = frozenset("un une des".split())
DEFINITE = frozenset("le la l' l’ ce cet cette".split())
# "dit son avocate", "leur porte-parole": a possessive role description names someone met
POSSESSIVE = frozenset("son sa leur".split())
# nouns that can stand for any organisation named before ("l’entreprise" → Google)
GENERIC_ORG_NOUNS = frozenset("entreprise société groupe firme organisation institution "
                              "compagnie géant".split())
# words of a description that say little about who it is
WEAK_WORDS = frozenset("haut haute grand grande nouveau nouvelle jeune ancien ancienne premier "
                       "première même autre de du des d' d’ la le les l' l’ et".split())


@dataclass
class Entity:
    id: str
    kind: str
    name: str
    named: bool
    gender: str | None = None
    plural: bool = False
    # the gender a first name usually carries ("Eddy" m): used for agreement only, never
    # written in the record, which gives a gender only when the text says it
    name_gender: str | None = None
    role: str | None = None
    name_tokens: frozenset[str] = frozenset()
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)

    def agrees(self, gender: str | None) -> bool:
        """Could "il" (m) or "la porte-parole" (f) stand for this entity?"""
        known = self.gender or self.name_gender
        return not gender or not known or known == gender

    def functions(self) -> set[str]:
        """The function nouns of this person's role: "avocats de Mme X" → {"avocat"}."""
        lex = lexicon()
        return {w for w in content_words(self.role or "")
                if lex.role(w) is not None and w not in lex.generic_person_nouns}

    def role_words(self) -> set[str]:
        words = set()
        for text in [self.role or ""] + self.aliases:
            words |= content_words(text)
        return words

    def to_dict(self) -> dict:
        aliases = []
        for a in self.aliases:
            if a != self.name and a not in aliases:
                aliases.append(a)
        mentions = sorted(set(self.mentions))
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": aliases,
                "role": self.role, "gender": self.gender,
                "mentions": [{"text": t, "start": s, "end": e} for s, e, t in mentions]}


def content_words(text: str) -> set[str]:
    # a fresh set: callers grow it with ``|=``
    return set(_content_words(text))


ROLE_HOLDERS_FILE = "attribution/role_holders.json"


@lru_cache(maxsize=1)
def role_holders() -> dict[str, str]:
    """Role key -> the name of the person the pool's articles give that role to
    (``learn.role_holders``); empty when the table is not there."""
    if not (models_dir() / ROLE_HOLDERS_FILE).exists():
        return {}
    return {key: entry[0] for key, entry in read_json(ROLE_HOLDERS_FILE)["holders"].items()}


ROLE_KEY_SKIP = frozenset("le la les l de du des d au aux a à en et un une son sa ses".split())


@lru_cache(maxsize=4096)
def role_key(text: str) -> str:
    """A role's words, lower case, accents off, articles and prepositions out, in a fixed
    order, to look it up in ``role_holders``: "le chef de l'État" and "chef de l'Etat" give
    "chef etat"; "le Premier ministre" gives "ministre premier"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = {w for w in re.split(r"[^a-z0-9-]+", folded) if w and w not in ROLE_KEY_SKIP}
    return " ".join(sorted(words))


@lru_cache(maxsize=16384)
def _content_words(text: str) -> frozenset[str]:
    # Cached: the ranker's features ask for the words of the same roles and mentions for
    # every quote near them, and the answer depends on the text and the fixed lexicon only.
    words = set()
    for w in text.replace("’", "'").lower().split():
        w = w.split("'")[-1].strip(",.;:()")
        if w and w not in WEAK_WORDS and w not in DETERMINERS and len(w) > 1:
            words.add(lexicon().role_base(_singular(w)))
    return frozenset(words)


def _gender_of_det(token) -> str | None:
    g = morph_values(token, "Gender")
    if g:
        return "m" if g[0] == "Masc" else "f"
    return None


# a sentence mark the tokenizer glued to the next word ("la chaîne.#Grève", "le club.Le")
GLUED_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ'’])[.!?](?=[#@A-ZÀ-Ý]).*$", re.S)
TRAILING_MARK = re.compile(r"(?<=[a-zà-ÿ'’])[.,;:!?]+$")


def tidy_description(text: str) -> str:
    """A description's words without what the tokenizer glued to them: a sentence mark
    and the next sentence ("la chaîne.#Grève" → "la chaîne"), a final period or comma
    ("des supporters des Lions." → "des supporters des Lions"), spaces."""
    out = GLUED_SENTENCE_END.sub("", text).strip()
    out = TRAILING_MARK.sub("", out).strip()
    return out or text


def furniture_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that start inside the page furniture the metadata found."""
    spans = (doc._.get(METADATA) or {}).get("furniture") or ()
    out: set[int] = set()
    for m in spans:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


@lru_cache(maxsize=1)
def _anaphor_heads() -> frozenset[str]:
    """The last words of the latest-mention anaphors ("dernier", "intéressée"): a
    two-word phrase ending otherwise is none of them, whatever its first word."""
    return frozenset(key.split()[-1].split("'")[-1] for key in lexicon().latest_mention_anaphors)


class Registry:
    """The speakers of one article, and who is in focus at each point."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        # id -> the first entity of that id in ``entities``, what ``get`` returns: the
        # focus walks ask for an entity at each mention ("le ministre" scans every
        # mention before it), and a scan of the list for each was a tenth of ``resolve``
        self._by_id: dict[str, Entity] = {}
        self.focus: list[tuple[int, str, bool]] = []  # (char offset, entity id, salient)
        # (char offset of the cue, entity id, grammatical gender of the phrase): who spoke
        self.speakers: list[tuple[int, str, str | None]] = []
        # definite descriptions that no role matched and that went to the person in focus
        # ("«…», dit le chauffeur" for the bar keeper quoted before): (start, end, text,
        # gender, head class); the speaker ranker also weighs the description as someone
        # new (``candidates._meet_fallback_descriptions``)
        self.fallbacks: list[tuple[int, int, str, str | None, str]] = []
        # tokens of page furniture: "Emmanuel Rivière : «…» - Regarder sur Figaro Live"
        # reads like a signature, but the player's link names no one
        self.furniture = furniture_tokens(doc)
        # doc.ents builds new Span objects on every call: read them once
        self.ents = tuple(e for e in doc.ents if e.start not in self.furniture)
        self.per_tokens = {t.lower_ for ent in self.ents if ent.label_ == "PER" for t in ent
                           if t.pos_ == "PROPN" or t.is_title}

    # -- creating and finding entities ------------------------------------------------
    def _new(self, kind: str, name: str, named: bool, **kw) -> Entity:
        e = Entity(id=f"s{len(self.entities) + 1}", kind=kind, name=name, named=named, **kw)
        self.entities.append(e)
        self._by_id.setdefault(e.id, e)
        return e

    def by_name(self, tokens: list[str]) -> Entity | None:
        wanted = {t.lower() for t in tokens}
        best = None
        for e in self.entities:
            if e.named and e.kind == "PERSON" and wanted <= e.name_tokens:
                best = e
        return best

    def person(self, name_tokens: list[str], gender: str | None = None,
               role: str | None = None) -> Entity:
        """The person with this name, created or merged ("Blinken" ⊂ "Antony Blinken")."""
        name = " ".join(name_tokens)
        lowered = {t.lower() for t in name_tokens}
        found = self.by_name(name_tokens)
        if found is None:
            # a fuller name met later: "Blinken" first, "Antony Blinken" after
            for e in self.entities:
                if e.named and e.kind == "PERSON" and e.name_tokens and e.name_tokens <= lowered:
                    found = e
                    break
        if found is None:
            found = self._new("PERSON", name, True, name_tokens=frozenset(lowered))
        elif len(lowered) > len(found.name_tokens) and found.name_tokens <= lowered:
            found.aliases.append(found.name)
            found.name, found.name_tokens = name, frozenset(lowered)
        if gender and not found.gender:
            found.gender = gender
        if found.name_gender is None:
            found.name_gender = lexicon().first_names.get(name_tokens[0])
        if role and not found.role:
            found.role = role
        elif role and role not in found.aliases:
            found.aliases.append(role)
        return found

    def description(self, text: str, kind: str, gender: str | None, plural: bool) -> Entity:
        text = tidy_description(text)
        key = strip_determiner(text).lower()
        for e in self.entities:
            if e.named:
                continue
            other = strip_determiner(e.name).lower()
            if other == key:
                return e
            if kind == "ORG" == e.kind and (other.startswith(key + " ") or key.startswith(other + " ")):
                # "la Quadrature" after "la Quadrature du Net": one body, the fuller name
                if len(key) > len(other):
                    e.aliases.append(e.name)
                    e.name = text
                return e
            if kind == "GROUP" == e.kind and text.lower().startswith(("les ", "ces ")) \
                    and _count_of(key) and _count_of(key) == _count_of(other):
                return e  # "neuf Iraniens …" then "Les neuf hommes": the same nine people
        return self._new(kind, text, False, gender=gender, plural=plural)

    def name_body(self, span: Span) -> Entity:
        """An organisation or group known by the name in ``span`` ("Evacuation Squad")."""
        entity = self.description(span_text(span), "ORG", None, False)
        self.note(entity, span.start_char, span.end_char, True)
        return entity

    # -- focus ----------------------------------------------------------------------------
    def note(self, entity: Entity, start: int, end: int, salient: bool) -> None:
        entity.mentions.append((start, end, doc_text(self.doc)[start:end]))
        # kept in text order: mentions are met out of order (names first, then cues)
        bisect.insort(self.focus, (start, entity.id, salient), key=lambda f: f[0])

    def get(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    def named_by(self, words: frozenset[str]) -> frozenset[str]:
        """The named entities all of whose name's words are among ``words``."""
        if not words:
            return frozenset()
        return frozenset(e.id for e in self.entities
                         if e.named and (name := _content_words(e.name)) and name <= words)

    def in_focus(self, before: int, gender: str | None = None, plural: bool = False,
                 kinds: tuple[str, ...] = ("PERSON",), exclude: "str | frozenset[str] | None" = None,
                 function: str | None = None) -> Entity | None:
        """The most recent salient entity before ``before`` that agrees in gender/number
        (and, for a function noun such as "porte-parole", holds no other function)."""
        excluded = frozenset((exclude,)) if isinstance(exclude, str) else (exclude or frozenset())
        for salient_only in (True, False):
            for pos, eid, salient in reversed(self.focus):
                if pos >= before or (salient_only and not salient) or eid in excluded:
                    continue
                e = self.get(eid)
                if e.kind not in kinds:
                    continue
                if function is not None and e.functions() - {function}:
                    continue
                if not e.agrees(gender):
                    continue
                if plural != e.plural and e.kind == "PERSON":
                    continue
                if plural and not (e.plural or e.kind == "GROUP"):
                    continue  # "Ils ajoutent" never stands for one organisation
                return e
        return None

    # -- reading a phrase --------------------------------------------------------------------
    def spoke(self, entity: Entity, at: int, gender: str | None) -> None:
        """Remember that ``entity`` was given words by a cue at offset ``at``."""
        self.speakers.append((at, entity.id, gender))

    def _speaking_body(self, before: int, gender: str | None, person: Entity | None) -> Entity | None:
        """ "«…», a précisé la préfecture maritime. «…», a-t-elle ajouté": the body that
        spoke last, when the pronoun agrees with it and no person came up since."""
        for at, eid, body_gender in reversed(self.speakers):
            if at >= before:
                continue
            e = self.get(eid)
            if e.kind != "ORG" or not gender or body_gender != gender:
                return None
            if person is not None and any(p > at for p, pid, _ in self.focus
                                          if pid == person.id and p < before):
                return None
            return e
        return None

    def resolve(self, phrase: Phrase, salient: bool = True,
                exclude: frozenset[str] = frozenset()) -> tuple[Entity | None, str]:
        """The entity a phrase stands for, and how it was reached (name, pronoun, …).

        ``exclude``: who a pronoun cannot stand for ("Mme Dupont «nous a fait part de
        menaces», a-t-elle dit": she is the subject of the quoted words, not their
        reporter)."""
        doc = self.doc
        span = doc[phrase.start:phrase.end]
        if phrase.pronoun:
            gender, number = lexicon().subject_pronouns.get(phrase.pronoun, (None, "sg"))
            if phrase.pronoun == "on":
                return None, "pronoun"
            if number == "pl":
                e = self.in_focus(span.start_char, kinds=("GROUP", "ORG", "PERSON"), plural=True,
                                  exclude=exclude)
            else:
                e = self.in_focus(span.start_char, gender=gender, exclude=exclude)
                e = self._speaking_body(span.start_char, gender, e) or e
                body = self._body_as_pronoun(span.start, gender)
                if body is not None and (e is None or max(
                        (p for p, eid, _ in self.focus if eid == e.id and p < span.start_char),
                        default=-1) < doc[body.start].idx):
                    e, _ = self.resolve(body, salient=False)
            if e is not None:
                self.note(e, span.start_char, span.end_char, salient)
            return e, "pronoun"
        latest = self._latest_mention(span)
        if latest is not None:
            return latest, "description"
        app = apposition_after(doc, phrase.end, min(len(doc), phrase.end + 20))
        app_names = name_tokens_in(doc[app[0]:app[1]]) if app else []
        if not app_names and span[0].pos_ == "DET":
            beside = name_beside(doc, phrase.end)
            if beside is not None:
                app, app_names = beside
        if app_names and not name_tokens_in(span) and span[0].pos_ == "DET":
            # "le secrétaire d’État français à l’Intérieur, Laurent Nuñez": the name in
            # apposition is the speaker, the phrase before it is the role
            entity = self.person(app_names, gender=_gender_of_det(span[0]),
                                 role=strip_determiner(span_text(span)))
            self.note(entity, doc[app[0]].idx, doc[app[1] - 1].idx + len(doc[app[1] - 1]), salient)
            if span_text(span) not in entity.aliases:
                entity.aliases.append(span_text(span))
            return entity, "apposition"
        if phrase.group:
            # a list of people: the group they were introduced as, else the list itself
            entity = self.in_focus(span.start_char, kinds=("GROUP",), plural=True) \
                or self.description(span_text(span), "GROUP", None, True)
            self.note(entity, span.start_char, span.end_char, salient)
            return entity, "description"
        entity, how = self._entity_for_span(span)
        if entity is not None:
            self.note(entity, span.start_char, span.end_char, salient)
            text = span_text(span)
            if text != entity.name and text not in entity.aliases:
                entity.aliases.append(text)
            # "Toufik Ben Rhouma, un habitant": the apposition describes the same person
            if app and entity.kind == "PERSON" and entity.named and not app_names \
                    and _describes_someone(doc[app[0]:app[1]]):
                app_text = span_text(doc[app[0]:app[1]])
                if not entity.role:
                    entity.role = strip_determiner(app_text)
                if app_text not in entity.aliases:
                    entity.aliases.append(app_text)
            elif app_names and entity.kind == "PERSON" and not entity.named:
                named = self.person(app_names, gender=entity.gender,
                                    role=strip_determiner(span_text(span)))
                self._absorb(entity, named)
                return named, "apposition"
        return entity, how

    def _latest_mention(self, span: Span) -> Entity | None:
        """ "Ce dernier a rappelé «…»": the last one mentioned, in focus or not ("avec le
        président du Conseil européen, Donald Tusk. Ce dernier …" → Tusk), of the
        anaphor's gender and number.  "L'intéressé" too: the one just written about, most
        often as an object ("le placement en garde à vue d'un des leaders du mouvement,
        Eric Drouet, a mis le feu aux poudres. […] l'intéressé avait prédit «…»")."""
        if len(span) != 2 or span[1].lower_ not in _anaphor_heads():
            return None
        key = " ".join(span_text(span).lower().replace("’", "'").split())
        agreement = lexicon().latest_mention_anaphors.get(key)
        if agreement is None:
            return None
        gender, number = agreement
        plural = number == "pl"
        for pos, eid, _ in reversed(self.focus):
            if pos >= span.start_char:
                continue
            e = self.get(eid)
            if e.kind == "PERSON" and e.plural == plural and e.agrees(gender if not plural else None):
                self.note(e, span.start_char, span.end_char, True)
                return e
            if plural and e.kind == "GROUP":
                self.note(e, span.start_char, span.end_char, True)
                return e
        return None

    def _absorb(self, description: Entity, person: Entity) -> None:
        """A description turned out to be a named person: keep one record."""
        if description in self.entities and description is not person:
            person.aliases.append(description.name)
            person.mentions.extend(description.mentions)
            self.focus = [(p, person.id if eid == description.id else eid, s)
                          for p, eid, s in self.focus]
            self.entities.remove(description)
            self._by_id = {}
            for e in self.entities:  # an id freed here may come back: "s3" removed, "s3" new
                self._by_id.setdefault(e.id, e)

    def _entity_for_span(self, span: Span) -> tuple[Entity | None, str]:
        doc = self.doc
        names = name_tokens_in(span)
        title_gender = title_gender_in(span)
        if names:
            known = self._body_named(names)
            if known is not None:
                return known, "name"  # "Evacuation Squad affirme …", named as a body before
            kind = self._name_kind(span, names)
            if kind == "PERSON":
                role = strip_determiner(span_text(doc[span.start:_name_start(span, names)])) or None
                role = role if role and any(c.isalpha() for c in role) else None
                if role is None or role in lexicon().title_roles:
                    # "Me Irène Terrel": the title says she is a lawyer
                    role = next((lexicon().title_roles[t.text] for t in span
                                 if t.text in lexicon().title_roles), role)
                return self.person(names, gender=title_gender, role=role), "name"
            if kind == "GROUP":
                return self.description(strip_determiner(span_text(span)) if span[0].lower_ in ("les",) else span_text(span),
                                        "GROUP", None, True), "name"
            text = strip_determiner(span_text(span))
            return self.description(text, "ORG", None, False), "name"
        # a description: "le ministre sud-coréen", "une source policière", "les manifestants"
        indefinite = indefinite_pronoun(doc, span.start, span.end)
        if indefinite is not None and span.start > 0 \
                and doc[span.start - 1].lower_ in lexicon().source_markers:
            # "tant la situation devient «ingérable», selon certains": a source left
            # unnamed on purpose, no speaker
            return None, "none"
        if indefinite is not None:
            # "Certains jugent …", "D'autres répondent", "l'une d'entre elles", "un des
            # meneurs": unnamed people picked from a group, a speaker of their own
            _, gender, number = indefinite
            plural = number == "pl"
            return self.description(span_text(span), "GROUP" if plural else "PERSON",
                                    gender, plural), "description"
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None and len(span) > 1 and span[0].pos_ == "DET" \
                and lexicon().role(span[1].text) is not None:
            head = span[1]  # "répète l'accusé": a participle used as a noun, tagged VERB
        if head is None and len(span) == 2 and span[0].lower_ in INDEFINITE \
                and span[1].pos_ == "ADJ":
            # "«…», lui répond une commerciale", "confie un proche": an adjective used as a
            # noun after an indefinite article, someone unnamed
            head = span[1]
        if head is None:
            return None, "none"
        compound = _hyphen_compound(head)
        role = lexicon().role(compound) or lexicon().role(head.text) or lexicon().role(head.lemma_)
        first = span[0].lower_
        if first == "ces" and ("Plur" in morph_values(head, "Number") or _collective(head)):
            # "Ces jeunes mécontents": the group just spoken of
            group = self.in_focus(span.start_char, kinds=("GROUP",), plural=True)
            if group is not None:
                return group, "description"
        if role is None and first in DEFINITE:
            # "l’évêché", "la municipalité": a definite phrase whose head names no person
            # role is an institution, and never stands for the person in focus
            return self.description(span_text(span), "ORG", None, False), "description"
        det_gender = _gender_of_det(span[0]) if span[0].pos_ == "DET" else None
        gender = det_gender or (role.gender if role else None) or _gender_of_det(head)
        plural = "Plur" in morph_values(head, "Number") or first in ("les", "des", "ces", "leurs") \
            or _collective(head)
        kind = role.kind if role else "PERSON"
        if plural and kind == "PERSON":
            kind = "GROUP"
        possessive_role = first in POSSESSIVE and role is not None and kind == "PERSON"
        if (first in DEFINITE or possessive_role) and not plural and kind in ("PERSON", "ORG"):
            # "le ministre sud-coréen", "l’habitante", "l’entreprise": someone already met
            target = self._match_description(span, gender, kind,
                                             by_role_only=possessive_role)
            if target is not None:
                return target, "description"
        text = span_text(span)
        if compound.lower() in lexicon().spokesperson_nouns and span.end == head.i + 1:
            body = self._body_before(span)
            if body:
                text = f"{text} {body}"  # "la porte-parole" → "la porte-parole du parquet"
        return self.description(text, kind, gender, plural), "description"

    def _usual_holder(self, span: Span, gender: str | None) -> Entity | None:
        """ "«…», a souligné le président de la République" in an article that names
        Emmanuel Macron without his title: the person the unannotated articles give that
        role to, when the article names them (``role_holders``)."""
        name = role_holders().get(role_key(span.text))
        if not name:
            return None
        holder = self.by_name(name.split()[-1:])  # "Macron" names him as well
        return holder if holder is not None and holder.agrees(gender) else None

    def _body_as_pronoun(self, pronoun: int, gender: str | None) -> Phrase | None:
        """A body that "il" or "elle" can stand for: an organisation noun of the same
        gender that is the subject or the agent of the clause just before ("Les
        motivations évoquées par ce groupe sont floues : il affirme …" → ce groupe)."""
        doc = self.doc
        for i in range(pronoun - 1, max(-1, pronoun - 40), -1):
            t = doc[i]
            if t.text in (".", "!", "?") or "\n" in t.text:
                return None
            if t.dep_ not in ("nsubj", "obl:agent"):
                continue
            role = _body_noun(t)
            if role is None:
                continue
            det = next((c for c in t.children if c.dep_ == "det" and c.i < t.i), None)
            if det is None or (gender and role.gender and role.gender != gender) \
                    or "Plur" in morph_values(t, "Number"):
                continue
            return Phrase(det.i, np_end(doc, det.i, min(len(doc), t.i + 6)))
        return None

    def _body_before(self, span: Span, sentences: int = 3) -> str | None:
        """The body a bare "porte-parole" speaks for: the nearest organisation noun
        phrase before it, outside quotes, within a few sentences ("si le parquet lui avait
        proposé une transaction. […] «…», avait confirmé la porte-parole" → "du parquet")."""
        doc = self.doc
        seen = 0
        for i in range(span.start - 1, max(-1, span.start - 120), -1):
            t = doc[i]
            if t.text in (".", "!", "?"):
                seen += 1
                if seen >= sentences:
                    return None
            if _body_noun(t) is None:
                continue
            det = doc[i - 1] if i > 0 else None
            if det is None or det.lower_ not in ("le", "la", "l'", "l’", "les"):
                continue
            end = np_end(doc, i, min(len(doc), i + 6))
            rest = span_text(doc[i:end])
            contracted = {"le": "du ", "les": "des "}.get(det.lower_, "de " + det.text
                                                         + ("" if det.text.endswith(("'", "’")) else " "))
            return contracted + rest
        return None

    def _match_description(self, span: Span, gender: str | None,
                           kind: str = "PERSON", by_role_only: bool = False) -> Entity | None:
        """ "le ministre sud-coréen" → the named person whose role shares its words, else
        the person in focus ("le marin-pompier" for the commander quoted just before).

        ``by_role_only``: a possessive description is someone else than the person in
        focus ("Sonia reste en colère … tandis que sa voisine assure …"), so only a role
        match counts ("dit son avocate" → "Me Irène Terrel")."""
        words = content_words(span_text(span))
        best, best_score = None, 0
        role_words: dict[str, set[str]] = {}  # an entity is in focus at each of its mentions
        for pos, eid, _ in reversed(self.focus):
            if pos >= span.start_char:
                continue
            e = self.get(eid)
            if e.kind != kind or (kind == "PERSON" and not e.agrees(gender)):
                continue
            if eid not in role_words:
                role_words[eid] = e.role_words()
            score = len(words & role_words[eid])
            if score > best_score:
                best, best_score = e, score
        if best is not None:
            if gender and not best.gender:
                best.gender = gender  # "L'avocat défend …" said Me Comte is a man
            return best
        if by_role_only:
            return None
        if kind == "PERSON":
            holder = self._usual_holder(span, gender)
            if holder is not None:
                return holder
        if kind == "ORG":
            # "l’entreprise" for the company named before; "le parquet de Chambéry" is
            # not whatever body was last mentioned
            head = next((t for t in span if t.pos_ == "NOUN"), None)
            if head is not None and head.lemma_.lower() in GENERIC_ORG_NOUNS:
                return self.in_focus(span.start_char, kinds=("ORG",))
            return None
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
        function = lexicon().role_base(_singular(head.lower_)) if head is not None else None
        base = function
        if function is not None and (lexicon().role(function) is None
                                     or function in lexicon().generic_person_nouns):
            function = None
        found = self.in_focus(span.start_char, gender=gender, function=function)
        if found is not None and kind == "PERSON":
            # "Pierre Lamy tient la buvette. […] «…», dit le chauffeur": no word shared, so
            # the person in focus is a guess; keep the description as the other reading
            if base is not None and base in lexicon().generic_person_nouns:
                head_class = "generic"
            elif function is not None:
                head_class = "function"
            else:
                head_class = "other"
            self.fallbacks.append((span.start_char, span.end_char, span_text(span), gender,
                                   head_class))
        return found

    def _body_named(self, names: list[str]) -> Entity | None:
        key = " ".join(names).lower()
        return next((e for e in self.entities if e.kind != "PERSON"
                     and strip_determiner(e.name).lower() == key), None)

    def _name_kind(self, span: Span, names: list[str]) -> str:
        doc = self.doc
        ents = [e for e in self.ents if e.start < span.end and e.end > span.start]
        labels = {e.label_ for e in ents}
        start = _name_start(span, names)
        if start > span.start and span.doc[start - 1].pos_ == "DET" \
                and span.doc[start - 1].lower_ not in ("du", "des"):
            # "la CNIL", "la Quadrature du Net", "le Gnis": French puts no article before
            # a person's name
            return "GROUP" if span.doc[start - 1].lower_ == "les" else "ORG"
        if "PER" in labels or title_gender_in(span) or any(t.text in lexicon().titles for t in span):
            return "PERSON"
        head = span.root.head
        if span.root.dep_ == "nsubj" and head.pos_ == "NOUN" and lexicon().role(head.text) \
                and lexicon().role(head.text).kind == "PERSON" \
                and any(c.dep_ == "cop" for c in head.children):
            return "PERSON"  # "Marine Gastou est professeure de mathématiques"
        end = span.end
        if (end < len(doc) and doc[end].text == "*") or (
                end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num
                and doc[end + 2].lower_ == "ans"):
            return "PERSON"  # "Elodie*, 17 ans": a changed first name, an age
        app = apposition_after(doc, span.end, min(len(doc), span.end + 12))
        if app is not None:
            head = next((t for t in doc[app[0]:app[1]] if t.pos_ == "NOUN"), None)
            role = lexicon().role(head.text) if head is not None else None
            if role is not None and role.kind == "PERSON":
                return "PERSON"  # "Sonia, une habitante du quartier"
        if any(n.lower() in self.per_tokens for n in names):
            return "PERSON"
        if self.by_name(names) is not None:
            return "PERSON"
        if any(t.pos_ == "CCONJ" for t in span):
            return "GROUP"
        head = next((t for t in span if t.pos_ == "NOUN"), None)
        if head is not None and lexicon().role(head.text) and lexicon().role(head.text).kind == "PERSON":
            return "PERSON"  # "le capitaine de frégate Samuel"
        if all(n.isupper() and len(n) > 1 for n in names):
            return "ORG"  # "l'OM", "le RGPD", "la CGT": an acronym names a body
        if labels & {"ORG", "LOC"} or span[0].lower_ in DETERMINERS:
            return "ORG"  # an organisation, or a place speaking for its government
        return "PERSON"


NAME_BESIDE_TOKENS = 8
NAME_BESIDE_STOPS = frozenset(("VERB", "AUX", "ADP", "DET", "PRON", "SCONJ"))


def name_beside(doc: Doc, end: int) -> tuple[tuple[int, int], list[str]] | None:
    """A person's name a few tokens after a role phrase that the parse cut short: "a
    réagi la secrétaire d'État chargée de l'égalité femmes-hommes Anne Morel" (split into
    two sentences at the hyphen), "a dit l'évêque de Nîmes et Uzès, Mgr Paul Roux".  Only
    names, commas, conjunctions and nouns may stand between; a preposition, a verb or a
    determiner opens something else ("a dit le maire à Paul Roux")."""
    j = end
    limit = min(len(doc), end + NAME_BESIDE_TOKENS)
    while j < limit:
        t = doc[j]
        if t.pos_ in NAME_BESIDE_STOPS or t.text in ".!?;:«»\"“”" or "\n" in t.text:
            break
        j += 1
    if j == end:
        return None
    window = doc[end:j]
    names = name_tokens_in(window)
    if len(names) < 2:
        return None
    first_names = lexicon().first_names
    run = [t for t in window if t.text in names or t.text.split("-")[0] in names]
    if not any(t.ent_type_ == "PER" or t.text in first_names for t in run):
        return None
    return (run[0].i, run[-1].i + 1), names


def _describes_someone(apposition: Span) -> bool:
    """ "Toufik Ben Rhouma, un habitant" describes him; "Emmanuel Macron, lundi" only
    dates the sentence: an apposition headed by a day, a month or a time word is no role."""
    head = next((t for t in apposition if t.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    if head is None:
        return False
    low = head.lower_
    return low not in TIME_NOUNS and month_number(low) is None and weekday_number(low) is None


def _body_noun(token) -> RoleNoun | None:
    """The role of a noun, outside quotes, that names a body ("le parquet", "ce groupe"),
    not a document ("le communiqué")."""
    if token.pos_ != "NOUN" or in_quote(token):
        return None
    role = lexicon().role(token.text)
    if role is None or role.kind != "ORG" or role.noun in lexicon().document_nouns:
        return None
    return role


def _count_of(text: str) -> str | None:
    """The number word or digits of a group's description: "neuf Iraniens" → "neuf"."""
    for word in text.split():
        if word.isdigit() or word in COUNT_WORDS:
            return word
    return None


COUNT_WORDS = frozenset("deux trois quatre cinq six sept huit neuf dix onze douze treize "
                        "quatorze quinze seize vingt trente quarante cinquante cent".split())


def _collective(head) -> bool:
    """ "une vingtaine de Chablaisiens", "une centaine de manifestants": a group."""
    doc = head.doc
    if head.lower_ not in lexicon().collective_nouns or head.i + 2 >= len(doc) \
            or doc[head.i + 1].lower_ not in ("de", "d'", "d’"):
        return False
    members = doc[head.i + 2]
    return "Plur" in morph_values(members, "Number") or (
        members.pos_ in ("NOUN", "PROPN") and members.lower_.endswith(("s", "x")))


def _hyphen_compound(head) -> str:
    """ "marin-pompier", tokenized "marin", "-", "pompier", read as one word."""
    doc = head.doc
    end = head.i
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-" \
            and not doc[end + 1].whitespace_:
        end += 2
    return head.text if end == head.i else span_text(doc[head.i:end + 1])


@lru_cache(maxsize=16384)
def strip_determiner(text: str) -> str:
    # Cached: _body_named strips every entity's name again for each phrase it resolves.
    t = text.strip()
    low = t.lower()
    for art in ELIDED_ARTICLES:
        if low.startswith(art):
            return t[len(art):].strip()
    first, _, rest = t.partition(" ")
    if first.lower() in DETERMINERS and rest:
        return rest.strip()
    return t


def title_gender_in(span: Span) -> str | None:
    titles = lexicon().titles
    for t in span:
        if t.text in titles:
            return titles[t.text]
    return None


# "A Paris, Sophie Martin, 40 ans, …": a capital A opening a sentence is the preposition
# à written without its accent, which the tagger calls a foreign word or a name
CAPITAL_A = frozenset(("A", "À"))


def name_tokens_in(span: Span) -> list[str]:
    """The proper name in a phrase, titles left out: "le préfet de région Pierre Dartout"
    → [Pierre, Dartout]; "M. Tarabeux" → [Tarabeux]; "Elodie*" → [Elodie]."""
    doc = span.doc
    runs: list[list] = []
    current: list = []
    skipping = False
    first_names = lexicon().first_names
    for t in span:
        is_name = (t.pos_ in ("PROPN", "X") or (t.ent_type_ == "PER")) and t.text[:1].isupper() \
            and t.text not in lexicon().titles and t.text not in CAPITAL_A
        if not is_name and t.text in first_names and t.i + 1 < span.end \
                and doc[t.i + 1].ent_type_ == "PER":
            # "Marine Le Pen" with "Marine" tagged as a noun and left out of the entity
            is_name = True
        if is_name and not current and t.ent_iob_ == "I" and t.ent_type_ != "PER" \
                and _entity_opens_with_noun(t):
            # "le locataire de la Maison Blanche": the end of a place's or a body's name
            # that starts with a common noun is no person's name
            is_name = False
        if is_name and skipping and current == [] and t.i > span.start \
                and doc[t.i - 1].pos_ != "ADP" and (
                    (t.ent_iob_ == "B" and t.ent_type_ == "PER") or t.text in first_names):
            # "la ministre des Outre-Mer Annick Girardin": a person's name that opens right
            # after the complement's name is the speaker, not more of the complement
            skipping = False
        if is_name:
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is not None and prev.pos_ == "DET" and prev.i > span.start \
                    and doc[prev.i - 1].pos_ == "ADP":
                prev = doc[prev.i - 1]  # "le gardien … de l'OM": the preposition before "l'"
            if skipping or (not current and prev is not None
                            and (prev.pos_ == "ADP" or prev.text in CAPITAL_A)
                            and prev.i >= span.start):
                # "de la République de Marseille", "l'avocate d'Alexandre Benalla": a name
                # after a preposition is a complement, not the speaker
                skipping = True
                continue
            current.append(t)
        elif t.text == "*" and current:
            continue
        elif t.text == "-" and current and not current[-1].whitespace_ and not t.whitespace_ \
                and t.i + 1 < span.end and doc[t.i + 1].text[:1].isupper():
            current.append(t)  # "Dupond-Moretti", "Jean-Luc": one name, cut in three tokens
        else:
            skipping = False
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    if not runs:
        return []
    per = [r for r in runs if any(t.ent_type_ == "PER" for t in r)]
    run = (per or runs)[-1]
    if per:
        # "le député LFI François Ruffin", "la sénatrice PS Laurence Rossignol": a party's
        # acronym before the name is not part of it
        while len(run) > 1 and run[0].ent_type_ != "PER" and run[0].text.isupper() \
                and len(run[0].text) > 1:
            run = run[1:]
    names: list[str] = []
    joined = False
    for t in run:
        if t.text == "-":
            joined = bool(names)
            continue
        text = t.text.rstrip("*")
        if not text:
            continue
        if joined:
            names[-1] += "-" + text
        else:
            names.append(text)
        joined = False
    return names


def _entity_opens_with_noun(token) -> bool:
    doc = token.doc
    i = token.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    first = doc[i]
    return first.pos_ in ("NOUN", "ADJ") and first.text not in lexicon().titles


def _name_start(span: Span, names: list[str]) -> int:
    for t in span:
        if t.text.rstrip("*") == names[0] or names[0].startswith(t.text + "-"):
            j = t.i
            while j > span.start and (span.doc[j - 1].text in lexicon().titles
                                      or span.doc[j - 1].is_space):
                j -= 1
            return j
    return span.start
