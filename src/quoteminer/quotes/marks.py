"""Quote spans found on the characters, before any parsing.

Marks are paired by family, not by position (textacy's lesson: an odd count of marks
must not shift every later pair).  Rules, each with the sentence that motivates it:

* « Nous sommes déterminés », a déclaré Blinken — the quote is what lies between the
  marks, the (no-break) spaces next to them trimmed.
* Long quotes reopen « at each paragraph and close » once: "«Premier paragraphe.\\n\\n
  «Second paragraphe.»" is one quote.
* Nested marks belong to the outer quote: « Il a parlé de “ trahison ” » is one quote.
* A stray « that never closes is bounded by its paragraph (and by ``max_unclosed_chars``)
  and reported, so it cannot swallow the rest of the article; a stray straight " is
  dropped, as it is as often an inch mark or a typo.
* Scraped pages sometimes turn an opening « into »: "faisait état d’»un parc privé
  potentiellement indigne»" — a » glued between an elided word and a letter opens.
* Some wires (Swiss and German style) write guillemets the other way round: "en soutien
  aux »gilets jaunes« aux cris de »Macron démission!«".  With no « open, a » after a
  space and glued to a word opens such a quote, which the next « closes; one that never
  closes is dropped, as a stray " is.
* A straight " glued to an elided letter whose apostrophe was lost opens: "qualifié la
  mesure d"inacceptable"".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..resources import read_json


@dataclass(frozen=True)
class QuoteSpan:
    """A quote found on the characters: content ``start``-``end``, marks around it."""

    start: int           # first character of the content (marks and spaces trimmed)
    end: int             # one past its last character
    open_at: int         # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the quote never closes
    family: str
    paragraphs: int = 1  # how many paragraphs the quote runs over

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "open_at": self.open_at,
                "close_at": self.close_at, "family": self.family,
                "paragraphs": self.paragraphs}

    @classmethod
    def from_dict(cls, d: dict) -> QuoteSpan:
        return cls(**d)


@dataclass(frozen=True)
class StrayMark:
    """A mark that found no partner; reported as a warning on the article."""

    offset: int
    mark: str
    reason: str


@dataclass(frozen=True)
class _Family:
    name: str
    opens: frozenset[str]
    closes: frozenset[str]
    symmetric: frozenset[str]
    reopen_paragraphs: bool
    opens_before_word_only: bool = False  # »gilets jaunes«: opens only glued to a word


@dataclass(frozen=True)
class _Config:
    families: tuple[_Family, ...]
    spaces: frozenset[str]
    max_unclosed_chars: int


@lru_cache(maxsize=1)
def _config() -> _Config:
    data = read_json("quote_marks.json")
    families = tuple(
        _Family(f["name"], frozenset(f.get("open", ())), frozenset(f.get("close", ())),
                frozenset(f.get("symmetric", ())), bool(f.get("reopen_paragraphs")),
                bool(f.get("opens_before_word_only")))
        for f in data["families"])
    return _Config(families, frozenset(data["spaces_inside_marks"]),
                   int(data["max_unclosed_chars"]))


@dataclass
class _Open:
    family: _Family
    at: int
    paragraph: int      # paragraph index of the opening mark
    last_paragraph: int  # paragraph index of the last reopening mark
    inner: list[QuoteSpan] | None = None  # quotes closed inside this one


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\u00a0\u202f\u2009"


def _at_paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] != "\n" and _is_space(text[j]):
        j -= 1
    return j < 0 or text[j] == "\n"


ELIDED_LETTERS = frozenset("dljnsctmDLJNSCTM")


def _direction(text: str, i: int) -> str:
    """'open', 'close' or '?' for a symmetric mark from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = _is_space(before) or before in "([{—–-:’'"
    if before in ELIDED_LETTERS and (i < 2 or not text[i - 2].isalpha()) and after.isalpha():
        space_before = True  # d"inacceptable": an elision that lost its apostrophe
    space_after = _is_space(after) or after in ".,;:!?)]}…"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "?"


# Quotes open inside each other at most this deep (« … “ … ‹ … › … ” … »: three).
MAX_NESTING = 8


def find_quote_spans(text: str) -> tuple[list[QuoteSpan], list[StrayMark]]:
    """Every top-level quote of ``text``, in order, and the marks left unpaired."""
    cfg = _config()
    by_mark: dict[str, list[tuple[_Family, str]]] = {}
    for fam in cfg.families:
        for m in fam.opens:
            by_mark.setdefault(m, []).append((fam, "open"))
        for m in fam.closes:
            by_mark.setdefault(m, []).append((fam, "close"))
        for m in fam.symmetric:
            by_mark.setdefault(m, []).append((fam, "symmetric"))

    paragraph = 0
    stack: list[_Open] = []
    spans: list[QuoteSpan] = []
    strays: list[StrayMark] = []

    def close_unclosed(item: _Open, reason: str) -> None:
        strays.append(StrayMark(item.at, text[item.at], reason))
        if item.inner:
            # «par «dépit social» et «rancoeur» envers la société. — the first « is the
            # stray; the pairs inside it are the quotes.
            if stack:
                stack[-1].inner = (stack[-1].inner or []) + item.inner
            else:
                spans.extend(item.inner)
            return
        if item.family.symmetric or item.family.opens_before_word_only or stack:
            return  # a stray " is dropped; an inner stray belongs to its outer quote
        end = text.find("\n", item.at)
        end = len(text) if end < 0 else end
        end = min(end, item.at + 1 + cfg.max_unclosed_chars)
        span = _trimmed(text, item.at + 1, end, cfg.spaces)
        if span:
            spans.append(QuoteSpan(span[0], span[1], item.at, None, item.family.name))

    def drop_stale(current_paragraph: int) -> None:
        """An open mark whose paragraph ended without a reopening mark is a stray."""
        while stack and stack[-1].last_paragraph < current_paragraph:
            item = stack.pop()
            close_unclosed(item, "never closed in its paragraph")

    # visit only the marks and the paragraph starts, not every character
    events = regex.compile(r"\n\s*(?=\S)|[" + regex.escape("".join(by_mark)) + "]")
    for match in events.finditer(text):
        if match.group().startswith("\n"):
            paragraph += 1  # blank lines between paragraphs do not count as paragraphs
            continue
        i = match.start()
        ch = text[i]
        roles = by_mark[ch]
        # A paragraph that does not reopen the quote ends it as unclosed — unless this
        # very mark is the reopening one, checked below.
        if stack and stack[-1].last_paragraph < paragraph:
            top = stack[-1]
            reopens = (top.family.reopen_paragraphs and top.last_paragraph == paragraph - 1
                       and _at_paragraph_start(text, i)
                       and any(f is top.family and r in ("open", "symmetric")
                               for f, r in roles))
            if reopens:
                top.last_paragraph = paragraph
                continue
            # a line break inside a short quote is a soft break of the page, not a new
            # paragraph: « Nouveaux\nOGM\n» closes across it
            soft = (any(f is top.family and r in ("close", "symmetric") for f, r in roles)
                    and i - top.at <= cfg.max_unclosed_chars // 4)
            if not soft:
                drop_stale(paragraph)
        role = _resolve_role(text, i, roles, stack)
        if role is None:
            strays.append(StrayMark(i, ch, "unpaired closing mark"))
            continue
        fam, kind = role
        if kind == "open":
            if len(stack) >= MAX_NESTING:
                # 500 « in a row: no news text nests quotes this deep, and every mark
                # resolved against a deep stack made the scan quadratic
                strays.append(StrayMark(i, ch, "nested too deep"))
                continue
            stack.append(_Open(fam, i, paragraph, paragraph))
            continue
        # closing: find the innermost open mark of this family
        depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family is fam), None)
        if depth is None:
            strays.append(StrayMark(i, ch, "unpaired closing mark"))
            continue
        opened = stack[depth]
        for inner in stack[depth + 1:]:
            strays.append(StrayMark(inner.at, text[inner.at], "never closed inside a quote"))
        del stack[depth:]
        span = _trimmed(text, opened.at + 1, i, cfg.spaces)
        if not span:
            continue
        quote = QuoteSpan(span[0], span[1], opened.at, i, fam.name,
                          paragraphs=paragraph - opened.paragraph + 1)
        if stack:
            # nested: part of the outer quote, unless the outer one never closes
            stack[-1].inner = (stack[-1].inner or []) + [quote]
        else:
            spans.append(quote)
    # end of text: whatever is still open never closed
    while stack:
        item = stack.pop()
        close_unclosed(item, "never closed")
    spans.sort(key=lambda s: s.start)
    return spans, strays


def _resolve_role(text: str, i: int, roles: list[tuple[_Family, str]],
                  stack: list[_Open]) -> tuple[_Family, str] | None:
    """Decide whether the mark at ``i`` opens or closes, and for which family."""
    open_families = {o.family.name for o in stack}
    # a closer of an open family wins (“ closes „ … “)
    for fam, kind in roles:
        if kind == "close" and fam.name in open_families:
            return fam, "close"
    for fam, kind in roles:
        if kind == "symmetric":
            direction = _direction(text, i)
            if fam.name in open_families and direction != "open":
                return fam, "close"
            if direction == "open" or (direction == "?" and fam.name not in open_families
                                       and i + 1 < len(text) and text[i + 1].isupper()):
                return fam, "open"
            return None
    for fam, kind in roles:
        if kind == "open" and not fam.opens_before_word_only:
            return fam, "open"
    for fam, kind in roles:
        if kind == "open" and fam.opens_before_word_only and (i == 0 or _is_space(text[i - 1])
                                                              or text[i - 1] in "([") \
                and i + 1 < len(text) and text[i + 1].isalpha():
            return fam, "open"
    # a closing mark with nothing open: d’»un parc privé…» — glued after an elision and
    # before a letter, it is a broken opening mark
    for fam, kind in roles:
        if kind == "close" and i > 0 and text[i - 1] in "’'" and i + 1 < len(text) \
                and text[i + 1].isalpha() and fam.opens:
            return fam, "open"
    return None


_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")


def _trimmed(text: str, start: int, end: int, spaces: frozenset[str]) -> tuple[int, int] | None:
    while start < end and (text[start] in spaces or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in spaces or text[end - 1].isspace()):
        end -= 1
    if not _WORDLIKE.search(text, start, end):
        return None  # "«««…" or "« … »": marks and dots, nobody's words
    return (start, end) if end > start else None
