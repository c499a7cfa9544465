"""The public records quoteminer produces: the contract of ../shared/corpus/GUIDELINES.md.

Every record is a frozen dataclass with plain fields, so it can cross a process boundary
(``nlp.pipe(n_process=2)``, Dask) and round-trip through JSON with ``to_dict`` /
``from_dict``.  Offsets always index the article text exactly: for a quote ``q`` of
article ``a``, ``a.text[q.start:q.end] == q.text``.

``Article.to_dict()`` is a superset of the prediction format of ``../shared/eval/score.py``:
quotes carry ``text``, ``start``, ``end`` and ``speaker: {"name": ...}``; figures carry
``text``, ``start``, ``end``, ``kind`` and ``value``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Iterable, Literal

SCHEMA_VERSION = "1.0"

QuoteKind = Literal["direct", "partial"]
SpeakerKind = Literal["PERSON", "ORG", "GROUP"]
FigureKind = Literal[
    "count", "ordinal", "percent", "fraction", "money", "quantity", "duration", "age",
    "year", "date", "datetime", "time",
]
FigureValue = int | float | str | None


@dataclass(frozen=True)
class Mention:
    """One place where the article names something: "M. Blinken" at 1200-1211."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True)
class Cue:
    """What links a quote to its speaker, so a user can see why it was attributed.

    ``kind`` is ``verb`` (« … », a déclaré Blinken: ``lemma`` "déclarer"), ``colon``
    (Sonia : « … »), ``selon`` (selon / d'après / pour X), ``signature`` (« … » — Jean
    Dupont), ``continuation`` (a quote that goes on with the previous speaker's words),
    ``subject`` (a fragment in a clause whose subject holds the view: "Mais Sonia reste
    très en colère contre « … »"; ``text`` is the clause's verb) or ``headline`` (a
    headline quote repeated later in the article).
    """

    kind: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    lemma: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(kind=data["kind"], text=data.get("text"), start=data.get("start"),
                   end=data.get("end"), lemma=data.get("lemma"))


@dataclass(frozen=True)
class Speaker:
    """One real-world source of the article: a person, an organisation or a group.

    ``name`` is the fullest form the article gives ("Antony Blinken", never "Blinken" or
    "le secrétaire d'Etat"); ``aliases`` the other forms; ``role`` a title or description
    ("secrétaire d'Etat américain"); ``gender`` "m" / "f" when the text says it.
    """

    id: str
    name: str
    kind: SpeakerKind = "PERSON"
    aliases: tuple[str, ...] = ()
    role: str | None = None
    gender: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "aliases": list(self.aliases), "role": self.role, "gender": self.gender,
                "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(id=data["id"], name=data["name"], kind=data.get("kind", "PERSON"),
                   aliases=tuple(data.get("aliases", ())), role=data.get("role"),
                   gender=data.get("gender"),
                   mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())))


@dataclass(frozen=True)
class Quote:
    """Words between quotation marks that someone is reported to have said or written.

    ``text`` is what lies between the marks, without the marks and the spaces next to
    them.  ``speaker_id`` points into ``Article.speakers`` (``None``: the article does
    not say who speaks).  ``attribution`` says how the speaker was reached from the cue
    ("name", "pronoun", "description", "continuation", ...), ``confidence`` in [0, 1].
    """

    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker_id: str | None = None
    cue: Cue | None = None
    attribution: str | None = None
    confidence: float = 0.0

    def to_dict(self, speakers: dict[str, Speaker] | None = None) -> dict[str, Any]:
        speaker = None
        if self.speaker_id is not None:
            found = (speakers or {}).get(self.speaker_id)
            speaker = {"id": self.speaker_id,
                       "name": found.name if found else None,
                       "kind": found.kind if found else None}
        return {"id": self.id, "text": self.text, "start": self.start, "end": self.end,
                "kind": self.kind, "speaker": speaker,
                "cue": self.cue.to_dict() if self.cue else None,
                "attribution": self.attribution, "confidence": round(self.confidence, 3)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        speaker = data.get("speaker")
        speaker_id = speaker.get("id") if isinstance(speaker, dict) else data.get("speaker_id")
        cue = data.get("cue")
        return cls(id=data["id"], text=data["text"], start=int(data["start"]),
                   end=int(data["end"]), kind=data.get("kind", "direct"),
                   speaker_id=speaker_id, cue=Cue.from_dict(cue) if cue else None,
                   attribution=data.get("attribution"),
                   confidence=float(data.get("confidence", 0.0)))


@dataclass(frozen=True)
class Figure:
    """A number that matters: "plus de 90 essais de missiles" → count 90, more_than.

    ``value`` is a number, or an ISO string for dates ("2017-09", "2023-02-03",
    "--05-12" for a date without its year) and datetimes; ``None`` when a relative date
    cannot be resolved because the article has no date.
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    value: FigureValue
    unit: str | None = None
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "value": self.value, "unit": self.unit, "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]),
                   kind=data["kind"], value=data.get("value"), unit=data.get("unit"),
                   qualifier=data.get("qualifier"))


@dataclass(frozen=True)
class Notice:
    """A warning attached to an article: the article is usable, but look here.

    ``code`` is stable for machines ("unclosed_quote", "not_french", "empty_text").
    """

    code: str
    message: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "start": self.start,
                "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Notice:
        return cls(code=data["code"], message=data["message"], start=data.get("start"),
                   end=data.get("end"))


@dataclass(frozen=True)
class Metadata:
    """What the article says about itself, and what the reader learnt about the file.

    From the text: ``title``, dateline ``place`` ("WASHINGTON") and ``date``
    ("2023-02-03"), ``published`` time stamp ("2023-02-05T14:24"), ``agency``
    ("Yonhap"), and the ``furniture`` spans (cookie banners, "(FIN)", ...) that hold no
    quotes or figures.  ``source`` holds what the input reader found (path, encoding,
    HTML metadata): plain JSON values.
    """

    title: str | None = None
    place: str | None = None
    date: str | None = None
    published: str | None = None
    agency: str | None = None
    language: str | None = None
    furniture: tuple[Mention, ...] = ()
    source: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "place": self.place, "date": self.date,
                "published": self.published, "agency": self.agency,
                "language": self.language,
                "furniture": [m.to_dict() for m in self.furniture],
                "source": dict(self.source)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Metadata:
        data = data or {}
        known = {f.name for f in fields(cls)} - {"furniture", "source"}
        return cls(**{k: data.get(k) for k in known},
                   furniture=tuple(Mention.from_dict(m) for m in data.get("furniture", ())),
                   source=dict(data.get("source") or {}))


@dataclass(frozen=True)
class Article:
    """Everything quoteminer found in one article."""

    id: str | None
    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    figures: tuple[Figure, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    warnings: tuple[Notice, ...] = ()

    def speaker(self, quote: Quote) -> Speaker | None:
        """The speaker of ``quote``, or None when the article does not say."""
        if quote.speaker_id is None:
            return None
        return next((s for s in self.speakers if s.id == quote.speaker_id), None)

    def _repr_html_(self) -> str:
        """Jupyter's view: quotes coloured by speaker, figures underlined (explore.html)."""
        from .explore.html import render_article
        return render_article(self)

    def to_dict(self) -> dict[str, Any]:
        by_id = {s.id: s for s in self.speakers}
        return {"schema_version": SCHEMA_VERSION, "id": self.id, "text": self.text,
                "quotes": [q.to_dict(by_id) for q in self.quotes],
                "speakers": [s.to_dict() for s in self.speakers],
                "figures": [f.to_dict() for f in self.figures],
                "metadata": self.metadata.to_dict(),
                "warnings": [w.to_dict() for w in self.warnings]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        version = data.get("schema_version", SCHEMA_VERSION)
        if str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(f"unsupported quoteminer schema version {version!r}")
        return cls(id=data.get("id"), text=data["text"],
                   quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
                   speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", ())),
                   figures=tuple(Figure.from_dict(f) for f in data.get("figures", ())),
                   metadata=Metadata.from_dict(data.get("metadata")),
                   warnings=tuple(Notice.from_dict(w) for w in data.get("warnings", ())))


def check_offsets(article: Article) -> list[str]:
    """Problems with the offsets of an article's records (empty when all is well)."""
    problems = []
    items: Iterable[tuple[str, Any]] = [("quote", q) for q in article.quotes] + [
        ("figure", f) for f in article.figures]
    for label, rec in items:
        if not (0 <= rec.start <= rec.end <= len(article.text)):
            problems.append(f"{label} {rec.text!r}: offsets {rec.start}-{rec.end} out of range")
        elif article.text[rec.start:rec.end] != rec.text:
            problems.append(f"{label} {rec.text!r}: text[{rec.start}:{rec.end}] differs")
    return problems
