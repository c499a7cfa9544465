"""The Miner: the French spaCy model plus quoteminer's components, turning text into Articles.

``quoteminer.load()`` adds the components to ``fr_core_news_md``:

    quoteminer_furniture          first: page furniture and article metadata (characters)
    quoteminer_quote_boundaries   before the parser: quote spans, no sentence break inside
    quoteminer_lemma_memo         before spaCy's lemmatizer: its lemmas, remembered per word
    quoteminer_attribution        last: speakers and the quote → speaker links
    quoteminer_figures            last: numbers, dates, amounts

Every component leaves plain data on ``Doc._`` (see ``extensions``); ``article_from_doc``
turns it into the frozen records of ``records``.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from functools import lru_cache
from typing import Any, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .guard import check_errors_mode, set_errors_mode
from .language import french_score
from .parallel import mine_in_processes
from .records import Article, Figure, Metadata, Notice, Quote, Speaker

DEFAULT_MODEL = "fr_core_news_md"
FAST_MODEL = "fr_core_news_sm"

# quoteminer's components and where they go in the French pipeline.  They read the parse,
# the morphology, the lemmas and the entities, so the fast mode keeps every spaCy
# component and only swaps the model (fr_core_news_sm).
PIPELINE = (
    ("quoteminer_furniture", {"first": True}),
    ("quoteminer_quote_boundaries", {"before": "parser"}),
    ("quoteminer_lemma_memo", {"before": "lemmatizer"}),
    ("quoteminer_attribution", {"last": True}),
    ("quoteminer_figures", {"last": True}),
)

# spaCy's parser needs about 1 GB of memory per 100 000 characters; longer texts are
# mined in segments cut at paragraph breaks, offsets shifted back afterwards.
MAX_SEGMENT_CHARS = 100_000

# Articles per ``nlp.pipe`` call in a stream: what is mined again article by article when
# one of them raises past the components' own guards.
STREAM_BLOCK = 64

logger = logging.getLogger("quoteminer")


def _register_components() -> None:
    # Importing the modules runs their @Language.factory declarations.
    from .furniture import component as _furniture  # noqa: F401
    from .quotes import component as _quotes  # noqa: F401
    from .attribution import component as _attribution  # noqa: F401
    from .figures import component as _figures  # noqa: F401
    from . import lemmas as _lemmas  # noqa: F401


def build_nlp(model: str = DEFAULT_MODEL, *, disable: Iterable[str] = ()) -> Language:
    """The spaCy pipeline with quoteminer's components added."""
    _register_components()
    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as error:
        raise OSError(f"quoteminer: the spaCy model {model!r} is not installed; it is a "
                      f"PyPI package (pip install {model.replace('_', '-')})") from error
    _split_glued_quote_marks(nlp)
    for name, where in PIPELINE:
        anchor = where.get("before")
        if anchor is not None and anchor not in nlp.pipe_names and name == "quoteminer_lemma_memo":
            continue  # no lemmatizer (disabled): nothing to remember
        nlp.add_pipe(name, **where)
    return nlp


# Scraped pages glue a closing mark to the next sentence and an opening mark to the word
# before it: "pour les défendre.»Elodie*, 17 ans, fait la circulation." The French
# tokenizer keeps "»Elodie" as one token, which hides the name from the parser and NER.
GLUED_MARKS = (r"(?<=[»”])(?=[^\W\d_])", r"(?<=[^\W\d_’'])(?=[«“])", r"(?<=[«“])(?=[^\W\d_])")
# They also drop the space after a sentence's end: "(contre les 2,8 % prévus).Élections
# européennes Richard Ferrand a encouragé…", "en 2017.L'ancien candidat". The tokenizer
# keeps "prévus).Élections" whole, the parser sees one sentence and the name is lost.
# The mark is split off after two letters, a digit or a closing bracket or quote mark,
# before a capital or an opening mark; one letter before it is an initial ("M.Philippe").
GLUED_SENTENCE_ENDS = (r"(?<=[^\W\d_])[)\]»”](?=[.!?][^\W\d_])",
                       r"(?:(?<=[^\W\d_]{2})|(?<=[\d)\]»”]))[.!?](?=[A-ZÀ-ÖØ-Þ«“])")


# "…une tentative désespérée ».Dans les rangs…": once the closing mark is split off, the
# point opens the next token; it goes off as a prefix before a capitalised word (".NET"
# and other all-capital words keep theirs)
GLUED_SENTENCE_START = r"^[.!?](?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"


def _split_glued_quote_marks(nlp: Language) -> None:
    current = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(current, "__self__", None), "pattern", None)
    if pattern is None:
        return
    nlp.tokenizer.infix_finditer = re.compile(
        "|".join((pattern,) + GLUED_MARKS + GLUED_SENTENCE_ENDS)).finditer
    prefixes = getattr(getattr(nlp.tokenizer.prefix_search, "__self__", None), "pattern", None)
    if prefixes is not None:
        nlp.tokenizer.prefix_search = re.compile(
            "|".join((prefixes, GLUED_SENTENCE_START))).search


def split_segments(text: str, limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into (start, end) pieces of at most ``limit`` characters.

    Cuts fall after a newline where one exists in the second half of the window, else
    after a space, else at the limit, so a paragraph is only broken when it alone is
    longer than the limit.
    """
    pieces, start, n = [], 0, len(text)
    while n - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start + limit // 2, window_end)
        if cut < 0:
            cut = text.rfind(" ", start + limit // 2, window_end)
        cut = window_end if cut < 0 else cut + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return pieces


class Miner:
    """Extracts quotes, speakers and figures from French articles.

    >>> miner = quoteminer.load()
    >>> article = miner("« Nous sommes prêts », a déclaré Antony Blinken.")
    >>> article.quotes[0].text, article.speaker(article.quotes[0]).name
    ('Nous sommes prêts', 'Antony Blinken')
    """

    def __init__(self, nlp: Language, model: str = DEFAULT_MODEL, errors: str = "warn") -> None:
        self.nlp = nlp
        self.model = model
        self.errors = check_errors_mode(errors)

    def __repr__(self) -> str:
        return f"Miner(model={self.model!r}, pipeline={self.nlp.pipe_names})"

    def __call__(self, text: str, id: str | None = None,
                 source: dict[str, Any] | None = None) -> Article:
        _check_text(text)
        return next(self.pipe([(text, id, source)]))

    def pipe(self, items: Iterable[Any], *, n_process: int = 1, batch_size: int = 16,
             errors: str | None = None) -> Iterator[Article]:
        """Stream Articles, in input order, one per item: an article never ends the stream.

        Each item is a text, a ``(text, id)`` pair or a ``(text, id, source)`` triple where
        ``source`` is a dict the reader learnt about the file (path, encoding, ...).
        With ``n_process`` > 1 the articles are mined in worker processes (``parallel``).

        ``errors`` ("warn", the default set by ``load``, or "raise" for debugging): with
        "warn", a component that raises on an article costs it only that component's
        records (warning ``component_failed``), and an article that cannot be mined at all
        comes out with no records and the warning ``article_failed``.
        """
        errors = check_errors_mode(errors or self.errors)
        set_errors_mode(self.nlp, errors)
        tasks = (_as_task(item) for item in items)
        if n_process > 1:
            yield from mine_in_processes(self, tasks, n_process=n_process,
                                         batch_size=batch_size, load=load)
        else:
            for block, size in _blocks(tasks, batch_size):
                if errors == "raise":
                    yield from self._pipe_here(block, size)
                else:
                    yield from self._pipe_block_isolated(block, size)

    def _pipe_block_isolated(self, block: list[tuple[str, Any, dict]],
                             batch_size: int) -> Iterator[Article]:
        # ``nlp.pipe`` dies with the first exception it meets, taking the articles after it
        # along; a block that raised is mined again article by article from the first
        # article it had not yielded.
        done = 0
        try:
            for article in self._pipe_here(block, batch_size):
                done += 1
                yield article
        except Exception:  # noqa: BLE001 - redone below, article by article
            for task in block[done:]:
                yield self._mine_alone(task, batch_size)

    def _mine_alone(self, task: tuple[str, Any, dict], batch_size: int) -> Article:
        try:
            return next(iter(self._pipe_here([task], batch_size)))
        except Exception as error:  # noqa: BLE001 - the article gets a warning instead
            return failed_article(task, error)

    def _pipe_here(self, tasks: Iterable[tuple[str, Any, dict]],
                   batch_size: int) -> Iterator[Article]:
        # An empty text never goes through spaCy: it waits in ``order`` until the articles
        # read before it are out, then its (empty) Article is yielded in its place.
        order: deque[tuple[str, Any, dict] | None] = deque()
        docs = self.nlp.pipe(self._segment_jobs(tasks, order), as_tuples=True,
                             batch_size=batch_size)
        pending: list[tuple[Doc | None, int]] = []
        for doc, (text, id_, source, offset, last) in docs:
            pending.append((doc, offset))
            if last:
                yield from _empty_articles(order)
                order.popleft()  # this article's own place
                yield article_from_docs(text, id_, source, pending)
                pending = []
        yield from _empty_articles(order)

    def _segment_jobs(self, tasks: Iterable[tuple[str, Any, dict]],
                      order: deque[tuple[str, Any, dict] | None]) -> Iterator[Any]:
        for task in tasks:
            text, id_, source = task
            if not text.strip():
                order.append(task)
                continue
            order.append(None)
            segments = split_segments(text)
            for i, (start, end) in enumerate(segments):
                segment = text[start:end]
                # Tokenized here, as nlp.pipe would, to hand the components the text.
                doc = ext.remember_text(self.nlp.make_doc(segment), segment)
                yield doc, (text, id_, source, start, i == len(segments) - 1)


def _blocks(tasks: Iterable[tuple[str, Any, dict]],
             batch_size: int) -> Iterator[tuple[list[tuple[str, Any, dict]], int]]:
    """The stream cut into blocks of at most ``STREAM_BLOCK`` articles, each with the batch
    size to parse it with.

    An article longer than a segment is a block of its own, parsed one segment at a time:
    spaCy parses a whole batch at once, and 16 segments of a 2 MB page in one batch held
    6.6 GB where one at a time holds a segment's worth.
    """
    block: list[tuple[str, Any, dict]] = []
    for task in tasks:
        if len(task[0]) > MAX_SEGMENT_CHARS:
            if block:
                yield block, batch_size
                block = []
            yield [task], 1
            continue
        block.append(task)
        if len(block) >= STREAM_BLOCK:
            yield block, batch_size
            block = []
    if block:
        yield block, batch_size


def _empty_articles(order: deque[tuple[str, Any, dict] | None]) -> Iterator[Article]:
    """The empty texts at the head of ``order`` (``None`` marks a text sent to spaCy)."""
    while order and order[0] is not None:
        text, id_, source = order.popleft()
        yield article_from_docs(text, id_, source, [(None, 0)])


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise TypeError(f"quoteminer expects the article as str, got {type(text).__name__}")


def _as_task(item: Any) -> tuple[str, Any, dict]:
    if isinstance(item, str):
        return item, None, {}
    if isinstance(item, tuple) and 1 <= len(item) <= 3:
        text = item[0]
        _check_text(text)
        id_ = item[1] if len(item) > 1 else None
        source = item[2] if len(item) > 2 and item[2] else {}
        return text, id_, dict(source)
    raise TypeError(f"quoteminer expects a str or a (text, id[, source]) tuple, "
                    f"got {type(item).__name__}")


def article_from_docs(text: str, id_: Any, source: dict,
                      parts: list[tuple[Doc | None, int]]) -> Article:
    """Merge the plain data of one or more segment Docs into one Article."""
    quotes: list[Quote] = []
    speakers: list[Speaker] = []
    figures: list[Figure] = []
    notices: list[Notice] = []
    metadata = Metadata(source=dict(source))
    if len(parts) > 1:
        notices.append(Notice("segmented", f"text of {len(text)} characters mined in "
                              f"{len(parts)} segments; a quote across a cut is lost"))
    for index, (doc, offset) in enumerate(parts):
        if doc is None:
            notices.append(Notice("empty_text", "the article has no text"))
            continue
        prefix = f"s{index}-" if len(parts) > 1 else ""
        seg_speakers = [_shift_speaker(Speaker.from_dict(s), offset, prefix)
                        for s in doc._.get(ext.SPEAKERS) or []]
        speakers.extend(seg_speakers)
        for q in doc._.get(ext.QUOTES) or []:
            quotes.append(_shift_quote(Quote.from_dict(q), offset, prefix))
        figures.extend(_shift_figure(Figure.from_dict(f), offset)
                       for f in doc._.get(ext.FIGURES) or [])
        notices.extend(_shift_notice(Notice.from_dict(w), offset)
                       for w in doc._.get(ext.WARNINGS) or [])
        if index == 0:
            found = Metadata.from_dict(doc._.get(ext.METADATA))
            metadata = Metadata(**{**found.__dict__, "source": {**found.source, **source}})
    if text.strip():
        score = french_score(text)
        if score is not None and score < 0.5:
            notices.append(Notice("not_french", "the text does not look French "
                                  f"(French function-word score {score:.2f}); "
                                  "records may be wrong"))
        metadata = Metadata(**{**metadata.__dict__,
                               "language": "fr" if score is None or score >= 0.5 else None})
    return Article(id=None if id_ is None else str(id_), text=text, quotes=tuple(quotes),
                   speakers=tuple(speakers), figures=tuple(figures), metadata=metadata,
                   warnings=tuple(notices))


def _shift_quote(q: Quote, offset: int, prefix: str) -> Quote:
    if not offset and not prefix:
        return q
    cue = q.cue
    if cue is not None and cue.start is not None and cue.end is not None:
        cue = type(cue)(kind=cue.kind, text=cue.text, start=cue.start + offset,
                        end=cue.end + offset, lemma=cue.lemma)
    return Quote(id=prefix + q.id, text=q.text, start=q.start + offset,
                 end=q.end + offset, kind=q.kind,
                 speaker_id=None if q.speaker_id is None else prefix + q.speaker_id,
                 cue=cue, attribution=q.attribution, confidence=q.confidence)


def _shift_speaker(s: Speaker, offset: int, prefix: str) -> Speaker:
    if not offset and not prefix:
        return s
    mentions = tuple(type(m)(m.text, m.start + offset, m.end + offset) for m in s.mentions)
    return Speaker(id=prefix + s.id, name=s.name, kind=s.kind, aliases=s.aliases,
                   role=s.role, gender=s.gender, mentions=mentions)


def _shift_figure(f: Figure, offset: int) -> Figure:
    if not offset:
        return f
    return Figure(text=f.text, start=f.start + offset, end=f.end + offset, kind=f.kind,
                  value=f.value, unit=f.unit, qualifier=f.qualifier)


def _shift_notice(n: Notice, offset: int) -> Notice:
    if not offset or n.start is None:
        return n
    return Notice(code=n.code, message=n.message, start=n.start + offset,
                  end=None if n.end is None else n.end + offset)


def load(model: str = DEFAULT_MODEL, *, fast: bool = False, errors: str = "warn") -> Miner:
    """A Miner on ``model`` (``fast=True``: the small model ``fr_core_news_sm``).

    ``errors="raise"`` lets a component's exception through, for debugging; the default
    "warn" isolates it (see ``Miner.pipe``).
    """
    check_errors_mode(errors)  # before the model load, which takes seconds
    if fast:
        model = FAST_MODEL
    return Miner(build_nlp(model), model, errors)


def failed_article(task: tuple[str, Any, dict], error: BaseException) -> Article:
    """The Article of a text that could not be mined: its text, no records, a warning."""
    text, id_, source = task
    message = f"{type(error).__name__}: {error}"[:500]
    logger.warning("quoteminer: article %s: %s", id_, message)
    return Article(id=None if id_ is None else str(id_), text=text, quotes=(), speakers=(),
                   figures=(), metadata=Metadata(source=dict(source)),
                   warnings=(Notice("article_failed", message),))


@lru_cache(maxsize=2)
def default_miner(model: str = DEFAULT_MODEL) -> Miner:
    return load(model)


def extract(text: str, id: str | None = None) -> Article:
    """Mine one article with a Miner loaded once and kept (the model takes seconds)."""
    _check_text(text)
    return default_miner()(text, id=id)
