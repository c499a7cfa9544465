"""A cheap check that a text is French, so a German or English page gets a warning.

The share of French function words among the word tokens: "le", "de", "et", "que", "les"
make up a third or more of any French news paragraph and almost none of an English one.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .resources import read_lines

_WORD = regex.compile(r"\p{L}+")
MIN_WORDS = 20  # below this the share says nothing


def french_score(text: str, sample_chars: int = 20_000) -> float | None:
    """Share of French function words scaled so French prose scores about 1 (None: too short)."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < MIN_WORDS:
        return None
    function_words = _function_words()
    share = sum(w in function_words for w in words) / len(words)
    return min(1.0, share / 0.25)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    # Built once: a frozenset of the list on every article was half of french_score.
    return frozenset(read_lines("french_function_words.txt"))
