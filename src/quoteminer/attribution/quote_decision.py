"""Quote or not: is a span in quotation marks someone's words, or a name, title or term?

Every span the mark finder yields is a candidate.  After attribution has looked for its
cue and speaker, each candidate gets a dict of named features — the signals the earlier
hand-written rules read (length, capitals, a cue and its kind, a title word or "dite"
before it, a determiner + noun head, a slogan context, repetition in the article, …), the
verb or noun of speech the fragment hangs on and who that verb's subject is, a repetition
ascribed elsewhere in the article, a known term, a gloss in parentheses —
and a logistic regression whose weights live in ``models/quotes/quote_decision.json``
scores it.  Examples of both sides:

* quote: 'le gouvernement identifie un «risque de décrochage» français' — a short fragment
  the article's sentence ascribes to a source;
* quote: 'ils défilaient aux cris de «Macron démission»' — a slogan someone shouted;
* not a quote: 'les «gilets jaunes»' (a term that recurs), 'un livre intitulé «Ma vérité»'
  (a title), 'une plainte pour «atteinte à la vie privée»' (an offence), «Le Monde».

The weights are plain JSON (named feature → weight, intercept, threshold), read without
executing code; ``quoteminer.learn.quote_training`` rebuilds them.  The scorer is a dot
product over the few features that fire, so the decision costs microseconds a quote.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, Sequence

import numpy as np
from spacy.attrs import HEAD, LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import ADJ, ADV, AUX, PUNCT, SPACE, VERB
from spacy.tokens import Doc

from ..extensions import doc_text, doc_verbs, morph_values
from ..resources import read_json, read_lines
from .cues import clause_subject
from .lexicon import lexicon
from .phrases import is_reporting_verb

MODEL_FILE = "quotes/quote_decision.json"
CONTEXT_FILE = "quotes/context_words.json"
POOL_FILE = "quotes/pool_terms.json"
# The earlier rules' verdicts and the word the marks hang on ("un roman intitulé «…»",
# "aux cris de «…»") enter with value 3 rather than 1: under L2 regularisation that
# trusts these few hand-chosen signals more than the many others, as a prior, since the
# guidelines name titles, names and offences as not quotes while the training articles
# hold only a handful of each.  Cross-validated F1 is about the same with 1, 2 or 3.
RULE_VALUE = 3.0
BEFORE_WINDOW = 6  # tokens before the opening mark read for a context word
LEGAL_WINDOW = 12  # tokens before "pour" read for a word of legal proceedings
# what may stand between two offences of one list: "pour «homicides …» et pour «mise en
# danger de la vie d'autrui»"
LIST_LINKS_WITH_POUR = frozenset(("pour", "et pour", "ou pour", "ainsi que pour"))


@dataclass(frozen=True)
class QuoteCandidate:
    """A span in marks, with what attribution found for it, as the decision sees it."""

    start: int            # content, marks and spaces trimmed
    end: int
    open_at: int          # the opening mark
    close_at: int | None  # the closing mark (None: it never closes)
    first_tok: int        # token of the opening mark
    last_tok: int         # token of the closing mark (or the content's last token)
    sent_start: int       # the sentence around the quote, mended (tokens)
    sent_end: int
    kind: str             # "direct" or "partial"
    family: str = "guillemets"  # the mark family (quotes.marks)
    cue_kind: str | None = None  # "verb", "colon", "selon", … (cues.CueMatch.kind)
    how: str | None = None       # how the speaker was found ("name", "continuation", …)
    has_speaker: bool = False
    reported: bool = False       # a cue says someone said it, even with no one named
    heading: bool = False        # a line that is the quote and nothing else of words


@dataclass(frozen=True)
class QuoteDecisionModel:
    """Logistic-regression weights over named features, as stored in JSON."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float = 0.5
    version: int = 1
    meta: Mapping[str, object] = field(default_factory=dict)

    def score(self, features: Mapping[str, float]) -> float:
        """Probability that the candidate is a quote."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value
                                 for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, features: Mapping[str, float]) -> bool:
        return self.score(features) >= self.threshold

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> QuoteDecisionModel:
        weights = data.get("weights")
        if not isinstance(weights, Mapping) or not all(
                isinstance(k, str) and isinstance(v, (int, float)) for k, v in weights.items()):
            raise ValueError("quote decision model: 'weights' must map names to numbers")
        return cls(weights={k: float(v) for k, v in weights.items()},
                   intercept=float(data.get("intercept", 0.0)),  # type: ignore[arg-type]
                   threshold=float(data.get("threshold", 0.5)),  # type: ignore[arg-type]
                   version=int(data.get("version", 1)),  # type: ignore[arg-type]
                   meta=dict(data.get("meta") or {}))  # type: ignore[arg-type]

    def to_dict(self) -> dict:
        return {"version": self.version, "intercept": self.intercept,
                "threshold": self.threshold, "weights": dict(self.weights),
                "meta": dict(self.meta)}


@lru_cache(maxsize=1)
def shipped_model() -> QuoteDecisionModel:
    return QuoteDecisionModel.from_dict(read_json(MODEL_FILE))


@dataclass(frozen=True)
class _Context:
    before: Mapping[str, frozenset[str]]
    before_hashes: Mapping[str, frozenset[int]]  # the same, as string hashes
    sentence: Mapping[str, frozenset[int]]  # string hashes, matched on the doc's arrays
    speech_words: frozenset[int]
    legal_words: frozenset[str]
    source_markers: frozenset[int]
    closing_marks: frozenset[int]
    governor: Mapping[str, frozenset[int]]  # lemma hashes of the words a fragment hangs on
    known_terms: frozenset[str]  # normalised (_norm) names of movements, groups, …
    link_lines: tuple[str, ...]  # how a line pointing to another article starts


@lru_cache(maxsize=1)
def _context() -> _Context:
    data = read_json(CONTEXT_FILE)
    return _Context({k: frozenset(v) for k, v in data["before"].items()},
                    {k: _hashes(v) for k, v in data["before"].items()},
                    {k: _hashes(v) for k, v in data["sentence"].items()},
                    _hashes(data["speech_words"]),
                    frozenset(read_lines("attribution/offence_context.txt"))
                    | frozenset(data["legal_extra"]),
                    _hashes(lexicon().source_markers), _hashes(CLOSING_MARKS),
                    {k: _hashes(v) for k, v in data.get("governor", {}).items()},
                    frozenset(_norm(t) for t in data.get("known_terms", ())),
                    tuple(data.get("link_lines", ())))


def _hashes(words) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


class _Arrays:
    """Lower-case form, lemma, part of speech and head of every token, read once per doc
    from its arrays: the sentence and the inside of every quote are scanned without
    making a Token object for each word."""

    def __init__(self, doc: Doc) -> None:
        if not len(doc):
            self.lower, self.lemma, self.pos, self.head, self.verbs = [], [], [], [], []
            return
        # columns cut by numpy, then one tolist each: a python loop per token and column
        # cost more than the rest of the features
        array = doc.to_array([LOWER, LEMMA, POS, HEAD])
        self.lower = array[:, 0].tolist()
        self.lemma = array[:, 1].tolist()
        self.pos = array[:, 2].tolist()
        # HEAD is stored as an offset from the token, as an unsigned number: the cast to
        # int64 wraps it back to a signed one
        self.head = (array[:, 3].astype(np.int64) + np.arange(len(doc))).tolist()
        # the verbs, in order (the doc's index, shared with the cues): a sentence's are
        # found by bisection, not by a test on each of its words
        self.verbs = doc_verbs(doc)

    def verbs_in(self, start: int, end: int) -> list[int]:
        """The VERB and AUX tokens of ``[start, end)``, in order."""
        verbs = self.verbs
        return verbs[bisect.bisect_left(verbs, start):bisect.bisect_left(verbs, end)]


VERB_POS = frozenset((VERB, AUX))
SKIP_POS = frozenset((PUNCT, SPACE))
JUDGING_POS = frozenset((ADJ, ADV))


class QuoteDecider:
    """Keeps the candidates the model scores as quotes."""

    def __init__(self, model: QuoteDecisionModel | None = None) -> None:
        self.model = model if model is not None else shipped_model()

    def decide(self, doc: Doc, candidates: Sequence[QuoteCandidate]) -> list[bool]:
        scores = [self.model.score(f) for f in candidate_features(doc, candidates)]
        return list_verdicts(scores, joined_to_previous(doc_text(doc), candidates),
                             self.model.threshold)


# what may stand between two marks of one list, besides commas and spaces: "«fractures»,
# «sociale» et «démocratique»", "pris «acte», mais «reste vigilant»", "parlant «d'abus de
# pouvoir» et de «police politique»"
LIST_JOINS = frozenset(("", "et", "ou", "mais", "et de", "et d'", "et d’", "ou de", "voire"))


def words_between(text: str, prev: QuoteCandidate, c: QuoteCandidate) -> str:
    """What stands between the closing mark of ``prev`` and the opening mark of ``c``,
    commas and spaces stripped: "et" in "«sociale» et «démocratique»"."""
    end = prev.close_at if prev.close_at is not None else prev.end
    return text[end + 1:c.open_at].strip(" ,\u00a0\u202f")


def joined_to_previous(text: str, candidates: Sequence[QuoteCandidate]) -> list[bool]:
    """Whether each span in marks follows the one before it in one list."""
    return [i > 0 and words_between(text, candidates[i - 1], c) in LIST_JOINS
            for i, c in enumerate(candidates)]


def list_verdicts(scores: Sequence[float], joined: Sequence[bool],
                  threshold: float) -> list[bool]:
    """One verdict per list of marks: "une série de «fractures», «sociale», «économique»
    et «démocratique»" holds four quotes or four terms, never some of each; a list's
    items (``joined``: each to the one before) take the verdict of their mean score
    (article-level CV: missed quotes 27 → 22 with a comma, "et" or "ou" as joins, 21 with
    all of ``LIST_JOINS``, no spurious one more; the best item's score did the same)."""
    out = [s >= threshold for s in scores]
    start = 0
    for i in range(1, len(scores) + 1):
        if i < len(scores) and joined[i]:
            continue
        if i - start > 1:
            verdict = sum(scores[start:i]) / (i - start) >= threshold
            out[start:i] = [verdict] * (i - start)
        start = i
    return out


class RuleQuoteDecider(QuoteDecider):
    """The hand-written rules alone (``_rule_verdict``): keeps what they say "keep".  The
    baseline the cross-validation compares the learned decision with, since a model
    trained on every gold article would score those articles in-sample."""

    def __init__(self) -> None:  # no model: the rules' verdict decides
        self.model = None  # type: ignore[assignment]

    def decide(self, doc: Doc, candidates: Sequence[QuoteCandidate]) -> list[bool]:
        return ["rule=keep" in f for f in candidate_features(doc, candidates)]


# --- features ---------------------------------------------------------------------------

def candidate_features(doc: Doc, candidates: Sequence[QuoteCandidate]) -> list[dict[str, float]]:
    """The named features of every candidate of one article, in order."""
    text = doc_text(doc)
    ctx = _context()
    counts: dict[str, int] = {}
    norms = [_norm(text[c.start:c.end]) for c in candidates]
    for n in norms:
        counts[n] = counts.get(n, 0) + 1
    out: list[dict[str, float]] = []
    in_offence_list = False
    arrays = _Arrays(doc)
    for index, c in enumerate(candidates):
        f: dict[str, float] = {}
        words = text[c.start:c.end].split()
        n_words = len(words)
        f[_bucket(n_words)] = 1.0
        f["kind=" + c.kind] = 1.0
        f["family=" + c.family] = 1.0
        f["cue=" + (c.cue_kind or "none")] = 1.0
        if c.how:
            f["how=" + c.how] = 1.0
        if c.has_speaker:
            f["speaker"] = 1.0
        if c.reported:
            f["reported"] = 1.0
        if c.heading:
            f["heading"] = 1.0
        if not c.has_speaker and c.kind == "partial" \
                and clause_subject(doc, c.first_tok, c.last_tok) is not None:
            # "le gouvernement identifie un «risque de décrochage»": the clause's subject
            # names someone, whose words the fragment may be
            f["subject_names_someone"] = 1.0
        if c.close_at is None:
            f["unclosed"] = 1.0
        known = norms[index] in ctx.known_terms
        if not known and counts[norms[index]] > 1:
            f["repeated"] = 1.0
        content = text[c.start:c.end]
        if n_words <= POOL_MAX_WORDS:
            # «grand débat national», «backstop»: how many articles of the unannotated
            # pool hold the same words in marks (learn.pool_terms)
            f[_pool_bucket(pool_terms().get(pool_key(content), 0))] = RULE_VALUE
        if content.rstrip().endswith((".", "!", "?", "…")):
            f["ends_sentence"] = 1.0
        if _line_starts_with(text, c.open_at, ctx.link_lines):
            # "Lire aussi Grève : «Nous irons jusqu'au bout»": another article's title
            f["link_line"] = RULE_VALUE
        if _in_parentheses(text, c.open_at):
            # "le filet de sécurité (ou «backstop»)": another name for what the article
            # just named, a term
            f["in_parentheses"] = 1.0
        if content[:1] in ",;.:)!?":
            # "aux »gilets jaunes« aux cris de …": a span between a closing and an opening
            # mark, the article's words, not a quote
            f["starts_with_punctuation"] = 1.0
        if content[:1].isupper():
            f["starts_upper"] = 1.0
        if n_words and all(w[:1].isupper() for w in words):
            f["all_capitalised"] = 1.0
        if n_words and content.isupper() and any(ch.isalpha() for ch in content):
            f["all_upper"] = 1.0
        inside = range(c.first_tok + 1, c.last_tok)
        verbs = arrays.verbs_in(c.first_tok + 1, c.last_tok)
        if verbs:
            f["verb_inside"] = 1.0
        if any("Fin" in morph_values(doc[i], "VerbForm") for i in verbs):
            f["finite_verb_inside"] = 1.0
        if any(arrays.lower[i] in ctx.speech_words for i in inside):
            f["speech_pronoun_inside"] = 1.0
        shape = [arrays.pos[i] for i in inside if arrays.pos[i] not in SKIP_POS]
        if shape and all(p in JUDGING_POS for p in shape) and ADJ in shape:
            # "des avocats «outrés»", "une responsabilité «totale»": a judgement, the
            # words of whoever judges
            f["adjective_only"] = 1.0
        if "!" in content:
            f["exclamation_inside"] = 1.0
        first = next((i for i in inside if arrays.pos[i] not in SKIP_POS), None)
        if first is not None and (doc[first].like_num or doc[first].lower_ in ("de", "d'", "d’")):
            f["starts_with_number"] = 1.0
        _before_features(doc, c, f, ctx, arrays)
        _sentence_features(doc, c, f, ctx, arrays)
        # a quote right after another, with only ", ", "et" or "ou" between: one list
        if index > 0:
            prev = candidates[index - 1]
            between = words_between(text, prev, c)
            if between in ("", "et", "ou"):
                f["listed_after_quote"] = 1.0
                # "aux cris de «Macron démission», «Justice fiscale»": every item of the
                # list hangs on the word before the first
                for name, value in out[-1].items():
                    if name.startswith("before_") and name[7:] in ctx.before:
                        f.setdefault(name, value)
            elif between in LIST_LINKS_WITH_POUR:
                f["listed_after_quote_pour"] = 1.0
        # the rules this model replaced, each verdict one feature
        offence = _names_an_offence(doc, c, ctx.legal_words, in_offence_list, f)
        in_offence_list = offence
        # the guidelines' own example of a term, les «gilets jaunes», is a verdict of its own
        verdict = "known_term" if known else _rule_verdict(doc, c, n_words,
                                                             counts[norms[index]], offence)
        f["rule=" + verdict] = RULE_VALUE
        out.append(f)
    _repeated_ascription(norms, out)
    return out


ASCRIBING = ("gov_speech_verb_by_someone", "before_insult", "before_shout", "before_sign",
             "head_reporting_verb", "before_reporting_verb")


def _repeated_ascription(norms: Sequence[str], features: list[dict[str, float]]) -> None:
    """The same words in marks elsewhere in the article, ascribed there: "le maire dénonce
    un «abandon»" then "cet «abandon» pèse sur la commune" — a quote repeated, not a
    term.  A term recurs too, but no sentence ascribes it."""
    ascribed: dict[str, int] = {}
    for n, f in zip(norms, features):
        if any(name in f for name in ASCRIBING):
            ascribed[n] = ascribed.get(n, 0) + 1
    for n, f in zip(norms, features):
        others = ascribed.get(n, 0) - (1 if any(name in f for name in ASCRIBING) else 0)
        if others > 0:
            f["repeat_ascribed"] = 1.0


PAREN_WORDS = 2  # words that may stand between "(" and the mark: "(ou «…»", "(dit «…»"


def _line_before(text: str, at: int, enough: int | None = None) -> str:
    """The line's words before ``at``, lower-cased, spaces made plain.

    ``enough``: only the first characters matter; the line may stop after ``enough`` of
    them.  An article pasted as one line put the whole text before each of its quotes
    through lower() and split(), to read the first words: "lire aussi".  Cut at a space,
    the line is the whole line's first words, lower-cased alike (no word is cut, so no
    final sigma moves), and the window grows until it holds ``enough`` characters."""
    start = text.rfind("\n", 0, at) + 1
    if enough is None:
        return " ".join(text[start:at].lower().split())
    width = 2 * enough + 2
    while True:
        end = min(at, start + width)
        while end < at and not text[end].isspace():
            end += 1  # "Lire aussi Grève" cut after "Lire aus": on to the space
        line = " ".join(text[start:end].lower().split())
        if end == at or len(line) >= enough:
            return line
        width *= 2


def _line_starts_with(text: str, at: int, prefixes: tuple[str, ...]) -> bool:
    """Does the line before ``at`` (``_line_before``) start with one of ``prefixes``?"""
    if not prefixes:
        return False
    return _line_before(text, at, max(map(len, prefixes))).startswith(prefixes)


def _in_parentheses(text: str, at: int) -> bool:
    """The mark opens right after "(", or "(ou", "(en anglais" …"""
    start = text.rfind("(", max(0, at - 40), at)
    if start < 0:
        return False
    between = text[start + 1:at]
    return ")" not in between and len(between.split()) <= PAREN_WORDS


def _bucket(n_words: int) -> str:
    if n_words <= 3:
        return f"words={n_words}"
    if n_words <= 6:
        return "words=4-6"
    if n_words <= 12:
        return "words=7-12"
    return "words=13+"


def _word_before(doc: Doc, i: int) -> int:
    """Index of the last token before ``i`` that is not a space; -1 if none."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j


CLOSING_MARKS = frozenset("»”\"›“")
LINK_WORDS = frozenset("de d' d’ du des le la les l' l’ un une son sa ses leur leurs : ,".split())


def _hanging_word(doc: Doc, j: int):
    """The content word just before the marks, over articles, "de" and a colon."""
    k = j
    while k >= 0 and k > j - 4 and (doc[k].is_space or doc[k].lower_ in LINK_WORDS):
        k -= 1
    if k < 0 or k <= j - 4 or not doc[k].is_alpha:
        return None
    return doc[k]


def _before_features(doc: Doc, c: QuoteCandidate, f: dict[str, float], ctx: _Context,
                     arrays: _Arrays) -> None:
    """What stands right before the opening mark: "un livre intitulé «…»", "aux cris de
    «…»", "le projet de loi dit «…»", "23 % de «satisfaits»", "a déclaré : «…»"."""
    text = doc_text(doc)
    j = _word_before(doc, c.first_tok)
    if j < 0:
        f["before=start"] = 1.0
        return
    prev = doc[j]
    f["before_pos=" + (prev.pos_ if not prev.is_punct else "PUNCT" + prev.text[:1])] = 1.0
    content = next((doc[k] for k in range(j, max(-1, j - 4), -1)
                    if doc[k].pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and doc[k].is_alpha), None)
    if content is not None:
        f["before_lemma=" + content.lemma_.lower()] = 1.0
    if prev.like_num or prev.text == "%" or (j > 0 and doc[j - 1].text == "%"):
        f["before_number"] = 1.0
    lex = lexicon()
    k = j
    while k >= 0 and (doc[k].is_space or doc[k].lower_ in ("le", "la", "les", "l'", "l’")):
        k -= 1
    if k >= 0:
        word = doc[k]
        if word.lower_ in lex.title_words:
            f["before_title_word"] = 1.0
        if word.lower_ in lex.naming_words:
            f["before_naming_word"] = 1.0
        if word.lower_ in lex.so_called_words and k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            f["before_so_called"] = 1.0
        if word.lemma_ == "appeler" and any(ch.lower_ == "on" for ch in word.children):
            f["before_on_appelle"] = 1.0
    if prev.lower_ in ARTICLES_BEFORE_TERMS:
        f["before_article"] = 1.0
    if prev.lower_ in PLACE_PREPOSITIONS:
        f["before_place_preposition"] = 1.0
    if text[max(0, c.open_at - 3):c.open_at].strip(" \u00a0\u202f").endswith(":"):
        f["after_colon"] = 1.0
    # the word the marks hang on: "son album «19»", "aux cris de «Macron démission»",
    # "traité de «sale flic»", "la stratégie baptisée «Bienvenue en France»"
    head = _hanging_word(doc, j)
    if head is not None:
        for group, words in ctx.before.items():
            if head.lower_ in words or head.lemma_.lower() in words:
                f["before_" + group] = RULE_VALUE
    # the article's own words a little before, in the same sentence and after any
    # earlier quote: "une foule hurlant, à plusieurs reprises, «collabo BFM»"
    lo = max(c.sent_start, j - BEFORE_WINDOW + 1)
    window = range(lo, j + 1)
    for k in range(j, lo - 1, -1):
        if arrays.lower[k] in ctx.closing_marks:
            window = range(k + 1, j + 1)
            break
    words = {arrays.lower[k] for k in window} | {arrays.lemma[k] for k in window}
    for group, hashes in ctx.before_hashes.items():
        if not words.isdisjoint(hashes):
            f["near_" + group] = 1.0
    if any(arrays.pos[k] in VERB_POS and is_reporting_verb(doc[k]) for k in window):
        f["before_reporting_verb"] = 1.0


def _sentence_features(doc: Doc, c: QuoteCandidate, f: dict[str, float], ctx: _Context,
                       arrays: _Arrays) -> None:
    """The article's sentence around the quote, its own words only."""
    # the words before and after the marks, as slices of the arrays: a long sentence
    # costs two list copies, not a Python step per word and column
    lo, first, after, hi = c.sent_start, c.first_tok, c.last_tok + 1, c.sent_end
    words = set(arrays.lower[lo:first])
    words.update(arrays.lower[after:hi], arrays.lemma[lo:first], arrays.lemma[after:hi])
    for group, hashes in ctx.sentence.items():
        if not words.isdisjoint(hashes):
            f["sentence_" + group] = 1.0
    verbs = arrays.verbs_in(lo, first) + arrays.verbs_in(after, hi)
    if not verbs:
        f["sentence_verbless"] = 1.0
    if not words.isdisjoint(ctx.source_markers):
        f["sentence_selon"] = 1.0
    if any(is_reporting_verb(doc[i]) for i in verbs):
        f["sentence_reporting_verb"] = 1.0
    # the quote's place in the parse: the first word inside the marks whose head is
    # outside them, and that head
    root = next((i for i in range(c.first_tok + 1, c.last_tok)
                 if not c.first_tok < arrays.head[i] < c.last_tok
                 and arrays.pos[i] not in SKIP_POS), None)
    if root is not None:
        token = doc[root]
        f["dep=" + token.dep_.split(":")[0]] = 1.0
        head = token.head
        if head is not token and is_reporting_verb(head):
            f["head_reporting_verb"] = 1.0
    _governor_features(doc, c, f, ctx, arrays, root if root is not None else c.first_tok + 1)


GOVERNOR_STEPS = 4  # nouns, adjectives and prepositions climbed from the fragment to a verb
SOMEONE = frozenset(("name", "role", "pronoun"))
PERSON_PRONOUNS = frozenset("il elle ils elles je nous vous".split())


def _governor_features(doc: Doc, c: QuoteCandidate, f: dict[str, float], ctx: _Context,
                       arrays: _Arrays, root: int) -> None:
    """The verb the fragment hangs on, climbing over the nouns between: in "le syndicat
    dénonce une «dérive autoritaire»" the fragment is the object of "dénoncer"; in "la
    ministre a pointé la responsabilité «entière» de l'exploitant" it hangs on a noun that
    is the object of "pointer".  A verb or noun of speech there, and a subject that names
    someone, say the article ascribes the words to a source."""
    if not 0 <= root < len(arrays.head):
        return
    i, verb, steps = root, None, 0
    nouns: list[int] = []
    while steps < GOVERNOR_STEPS:
        h = arrays.head[i]
        if h == i:
            break
        steps += 1
        i = h
        if c.first_tok < i < c.last_tok:
            continue  # still inside the marks
        if arrays.pos[i] in VERB_POS:
            verb = i
            break
        nouns.append(i)
    speech_nouns = ctx.governor.get("speech_noun", frozenset())
    if any(arrays.lemma[k] in speech_nouns or arrays.lower[k] in speech_nouns for k in nouns):
        f["gov_speech_noun"] = 1.0
    if verb is None:
        f["gov=none"] = 1.0
        return
    subject = _subject_kind(doc, verb)
    if arrays.lemma[verb] in ctx.governor.get("speech_verb", frozenset()):
        f["gov_speech_verb"] = 1.0
        if subject in SOMEONE:
            f["gov_speech_verb_by_someone"] = 1.0
    f["gov_subject=" + subject] = 1.0


def _subject_kind(doc: Doc, verb: int) -> str:
    """Who the governing verb's subject is: "name" (a proper noun), "role" (la ministre),
    "pronoun" (il, elle), "noun" (any other), "none"; for a participle with no subject
    ("…, invoquant «une erreur»"), the subject of the verb it hangs on."""
    token = doc[verb]
    for _ in range(2):
        subj = next((ch for ch in token.children if ch.dep_ in ("nsubj", "nsubj:pass")
                     and ch.i < token.i), None)
        if subj is not None:
            if subj.dep_ == "nsubj:pass":
                return "passive"
            if subj.pos_ == "PROPN":
                return "name"
            if subj.pos_ == "PRON":
                return "pronoun" if subj.lower_ in PERSON_PRONOUNS else "other_pronoun"
            if lexicon().role(subj.lower_) is not None:
                return "role"
            return "noun"
        if token.dep_ in ("advcl", "xcomp", "acl", "conj") and token.head is not token:
            token = token.head
            continue
        break
    return "none"


# --- the rules' verdicts, kept as features ----------------------------------------------

ARTICLES_BEFORE_TERMS = frozenset("le la les l' l’ un une des du au aux de d' d’".split())
PLACE_PREPOSITIONS = frozenset("dans sur sous chez vers en au aux à".split())


def _rule_verdict(doc: Doc, c: QuoteCandidate, n_words: int, repeats: int,
                  offence: bool) -> str:
    """What the hand-written rules said, and why: "keep" or the reason to drop."""
    max_words = lexicon().max_term_words
    text = doc_text(doc)[c.start:c.end]
    if offence:
        return "offence"
    if _named_by_the_article(doc, c):
        return "named"
    if c.kind == "partial" and n_words <= max_words and repeats > 1:
        return "recurring_term"
    if c.kind == "partial" and n_words <= max_words and _noun_phrase_in_marks(doc, c) \
            and (c.how == "continuation" or _after_place_preposition(doc, c)):
        return "noun_phrase_term"
    if c.kind == "partial" and not c.has_speaker and n_words <= max_words + 2 \
            and not c.reported and not c.heading:
        return "no_source"
    if n_words <= max_words and not c.has_speaker and all(w[:1].isupper() for w in text.split()):
        return "capitalised_name"
    return "keep"


def _named_by_the_article(doc: Doc, c: QuoteCandidate) -> bool:
    """A title or a name the article gives, not words someone said: "un livre intitulé
    «Ma vérité sur l'affaire»", "le projet de loi dit «immigration»", "ce qu'on appelle la
    «cancel culture»"."""
    j = c.first_tok - 1
    while j >= 0 and (doc[j].is_space or doc[j].lower_ in ("le", "la", "les", "l'", "l’")):
        j -= 1
    if j < 0:
        return False
    word = doc[j]
    lex = lexicon()
    if word.lower_ in lex.title_words:
        return True
    if word.lower_ in lex.so_called_words and j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN"):
        return True
    return word.lemma_ == "appeler" and any(ch.lower_ == "on" for ch in word.children)


def _noun_phrase_in_marks(doc: Doc, c: QuoteCandidate) -> bool:
    """The marks hold a noun phrase that an article or a preposition introduces."""
    inside = [t for t in doc[c.first_tok + 1:c.last_tok] if not (t.is_punct or t.is_space)]
    if not inside or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return False
    if inside[0].lower_ in ARTICLES_BEFORE_TERMS:
        return True
    before = _word_before(doc, c.first_tok)
    return before >= 0 and doc[before].lower_ in ARTICLES_BEFORE_TERMS


def _after_place_preposition(doc: Doc, c: QuoteCandidate) -> bool:
    """ "Les autres vont rester dans «le village»": a place, whatever verb is near."""
    before = _word_before(doc, c.first_tok)
    return before >= 0 and doc[before].lower_ in PLACE_PREPOSITIONS


def _names_an_offence(doc: Doc, c: QuoteCandidate, offence_words: frozenset[str],
                      previous_was_offence: bool, f: dict[str, float]) -> bool:
    """ "une plainte pour «détention illicite»", and the quotes listed right after it."""
    if previous_was_offence and ("listed_after_quote" in f or "listed_after_quote_pour" in f):
        return True
    j = c.first_tok - 1
    while j >= 0 and (doc[j].is_space or doc[j].lower_ in ("de", "d'", "d’", "des", "faits")):
        j -= 1
    if j < 0 or doc[j].lower_ != "pour":
        return False
    # "a porté plainte avec son collègue reporter d'images Maxime Sounillac pour «…»"
    return any(t.lower_ in offence_words for t in doc[max(0, j - LEGAL_WINDOW):j])


POOL_MAX_WORDS = 6  # longer spans are sentences, which do not recur as terms do
POOL_EDGES = (2, 5, 20)


@lru_cache(maxsize=1)
def pool_terms() -> dict[str, int]:
    return dict(read_json(POOL_FILE)["terms"])


def pool_key(text: str) -> str:
    """A span's key in the pool-terms table (``learn.pool_terms`` counts with it): lower
    case, one kind of apostrophe, single spaces, no end punctuation ("Gilets  Jaunes !" →
    "gilets jaunes")."""
    return " ".join(text.lower().replace("’", "'").split()).strip(" .,!?;:")


def _pool_bucket(articles: int) -> str:
    for edge in POOL_EDGES:
        if articles < edge:
            return f"pool<{edge}"
    return f"pool>={POOL_EDGES[-1]}"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(" .,!?")
