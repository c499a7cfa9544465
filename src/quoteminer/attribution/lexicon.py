"""The words attribution reads, loaded once from ``models/attribution/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..resources import read_json, read_lines, read_tsv

# the prepositions of whom a reporting verb speaks to: "a raconté à l'AFP", "explique-t-il
# au Parisien", "a-t-on appris auprès de la préfecture"; the one spoken to is not the one
# speaking (candidates, component) and opens no subject (tag_repair)
ADDRESSEE_CASES = frozenset("à au aux auprès".split())


@dataclass(frozen=True)
class RoleNoun:
    """A noun that names a person or body: "procureur" (m, PERSON), "parquet" (ORG)."""

    noun: str
    gender: str | None
    kind: str


@dataclass(frozen=True)
class Lexicon:
    reporting_verbs: frozenset[str]
    pronominal_reporting_verbs: frozenset[str]
    ambiguous_reporting_verbs: frozenset[str]
    faire_locutions: frozenset[str]
    naming_words: frozenset[str]
    collective_nouns: frozenset[str]
    document_nouns: frozenset[str]
    on_source_prepositions: frozenset[str]
    on_source_nouns: frozenset[str]
    title_words: frozenset[str]
    so_called_words: frozenset[str]
    spokesperson_nouns: frozenset[str]
    adding_verbs: frozenset[str]
    named_after_nouns: frozenset[str]
    not_workplace_after_a: frozenset[str]
    contact_participles: frozenset[str]
    first_names: dict[str, str]
    generic_person_nouns: frozenset[str]
    roles: dict[str, RoleNoun]
    titles: dict[str, str | None]
    title_roles: dict[str, str]
    source_markers: frozenset[str]
    subject_pronouns: dict[str, tuple[str | None, str]]
    pronoun_words: frozenset[str]
    latest_mention_anaphors: dict[str, tuple[str, str]]
    indefinite_pronouns: dict[str, tuple[str | None, str]]
    clitic_pronoun: regex.Pattern
    signature_dashes: frozenset[str]
    max_term_words: int

    def indefinite(self, words: list[str]) -> tuple[int, str | None, str] | None:
        """How many of ``words`` (lowercase tokens) make an indefinite pronoun, with its
        gender and number: ["d’", "autres", "en"] → (2, None, "pl"); ["certains"] → (1, "m",
        "pl"); ["la", "plupart"] → (2, None, "pl")."""
        for n in (2, 1):
            if len(words) < n:
                continue
            text = ""
            for w in words[:n]:
                w = w.replace("’", "'")
                text = w if not text else (text + w if text.endswith("'") else f"{text} {w}")
            found = self.indefinite_pronouns.get(text)
            if found is not None:
                return n, found[0], found[1]
        return None

    def is_reporting_lemma(self, lemma: str) -> bool:
        return lemma.lower() in self.reporting_verbs

    def role(self, word: str) -> RoleNoun | None:
        w = word.lower()
        return self.roles.get(w) or self.roles.get(_singular(w))

    def role_base(self, word: str) -> str:
        """The masculine form of a feminine role noun, so "l'avocate" matches a person whose
        role is "avocat": "avocate" → "avocat", "directrice" → "directeur",
        "policière" → "policier", "lycéenne" → "lycéen"; any other word unchanged."""
        role = self.roles.get(word)
        if role is None or role.gender != "f":
            return word
        for suffix, masculine in (("trice", "teur"), ("ière", "ier"), ("enne", "en"),
                                  ("euse", "eur"), ("e", "")):
            if word.endswith(suffix):
                base = word[: len(word) - len(suffix)] + masculine
                found = self.roles.get(base)
                if found is not None and found.gender != "f":
                    return base
        return word


def _singular(word: str) -> str:
    """ "marins-pompiers" → "marin-pompier", "avocats" → "avocat"."""
    return "-".join(p[:-1] if len(p) > 3 and p.endswith(("s", "x")) else p
                    for p in word.split("-"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words = read_json("attribution/speaker_words.json")
    roles = {}
    for row in read_tsv("attribution/roles.tsv"):
        noun, gender, kind = row[0], row[1], row[2]
        roles[noun] = RoleNoun(noun, None if gender == "-" else gender, kind)
    return Lexicon(
        reporting_verbs=frozenset(v.lower() for v in read_lines("attribution/reporting_verbs.txt")),
        pronominal_reporting_verbs=frozenset(
            v.lower() for v in read_lines("attribution/pronominal_reporting_verbs.txt")),
        ambiguous_reporting_verbs=frozenset(
            v.lower() for v in read_lines("attribution/ambiguous_reporting_verbs.txt")),
        faire_locutions=frozenset(words["faire_locutions"]),
        naming_words=frozenset(words["naming_words"]),
        collective_nouns=frozenset(words["collective_nouns"]),
        document_nouns=frozenset(words["document_nouns"]),
        on_source_prepositions=frozenset(words["on_source_prepositions"]),
        on_source_nouns=frozenset(words["on_source_nouns"]),
        title_words=frozenset(words["title_words"]),
        so_called_words=frozenset(words["so_called_words"]),
        spokesperson_nouns=frozenset(words["spokesperson_nouns"]),
        adding_verbs=frozenset(words["adding_verbs"]),
        named_after_nouns=frozenset(words["named_after_nouns"]),
        not_workplace_after_a=frozenset(words["not_workplace_after_a"]),
        contact_participles=frozenset(words["contact_participles"]),
        first_names={row[0]: row[1] for row in read_tsv("attribution/first_names.tsv")},
        generic_person_nouns=frozenset(read_lines("attribution/generic_person_nouns.txt")),
        roles=roles,
        titles=dict(words["titles"]),
        title_roles=dict(words["title_roles"]),
        source_markers=frozenset(words["source_markers"]),
        subject_pronouns={k: (v[0], v[1]) for k, v in words["subject_pronouns"].items()},
        pronoun_words=frozenset(words["pronoun_words"]),
        latest_mention_anaphors={k: (v[0], v[1])
                                 for k, v in words["latest_mention_anaphors"].items()},
        indefinite_pronouns={k: (v[0], v[1]) for k, v in words["indefinite_pronouns"].items()},
        clitic_pronoun=regex.compile(words["clitic_pronoun_pattern"], regex.I),
        signature_dashes=frozenset(words["signature_dashes"]),
        max_term_words=int(words["max_term_words"]),
    )


def guess_infinitives(form: str) -> tuple[str, ...]:
    """Infinitives a verb form may come from, for when the lemmatizer fails.

    "fustige" → fustiger; "relate" → relater; "martelé" → marteler; "dit" → dire;
    "conclut" → conclure; "réagit" → réagir.
    """
    f = form.lower().strip("-")
    out = []
    if f.endswith("é") or f.endswith("ée") or f.endswith("és"):
        out.append(f.rstrip("s").rstrip("e")[:-1] + "er")
    if f.endswith("e"):
        out.append(f + "r")
    if f.endswith("ait"):
        out.append(f[:-3] + "er")
    if f.endswith("it"):
        out += [f[:-1] + "re", f[:-1] + "r", f[:-2] + "re"]
    if f.endswith("ut"):
        out.append(f[:-1] + "re")
    if f.endswith("ent"):
        out.append(f[:-3] + "er")
    return tuple(out)
