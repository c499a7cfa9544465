"""Fault isolation: a component that raises on one article costs that article only its own
records, never the article, the stream or the batch.

Each quoteminer component is wrapped in a ``GuardedComponent`` by its factory.  When the
wrapped component raises, the guard resets the ``Doc._`` attributes the component owns to
their fallback (what a reader can still be given without it), adds a ``component_failed``
warning naming the component and the exception, logs it, and hands the Doc on: the later
components run as usual.  A real case: the attribution rules once recursed without end on
36 of 4,136 scraped articles; with the guard such an article keeps its quotes (with no
speaker) and its figures.

``errors="raise"`` (``Miner.pipe(errors="raise")``, ``load(errors="raise")``) turns the guard
off, for debugging.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from spacy.tokens import Doc

from . import extensions as ext

logger = logging.getLogger("quoteminer")

ERROR_MODES = ("warn", "raise")

Fallback = Callable[[Doc], dict[str, Any]]


def check_errors_mode(errors: str) -> str:
    if errors not in ERROR_MODES:
        raise ValueError(f"errors must be one of {ERROR_MODES}, got {errors!r}")
    return errors


class GuardedComponent:
    """Runs ``component(doc)``; on an exception, writes ``fallback(doc)`` and a warning.

    ``fallback`` returns the values of the component's ``Doc._`` attributes to use when it
    failed, e.g. ``{"qm_figures": []}``; it must be simple enough never to fail itself.
    """

    def __init__(self, name: str, component: Callable[[Doc], Doc], fallback: Fallback,
                 errors: str = "warn") -> None:
        self.name = name
        self.component = component
        self.fallback = fallback
        self.errors = check_errors_mode(errors)

    def __repr__(self) -> str:
        return f"GuardedComponent({self.name!r}, {self.component!r})"

    _OWN = frozenset({"name", "component", "fallback", "errors"})

    def __getattr__(self, attribute: str) -> Any:
        # Reached only for attributes the guard itself lacks: the wrapped component's
        # settings (a lexicon, a model) stay reachable as ``nlp.get_pipe(name).lexicon``.
        if attribute in GuardedComponent._OWN:
            raise AttributeError(attribute)
        return getattr(self.component, attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:
        # ``nlp.get_pipe(name).model = weights`` sets the wrapped component's model.
        if attribute in GuardedComponent._OWN:
            object.__setattr__(self, attribute, value)
        else:
            setattr(self.component, attribute, value)

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self.component(doc)
        except Exception as error:  # noqa: BLE001 - the point of the guard
            if self.errors == "raise":
                raise
            for attribute, value in self.fallback(doc).items():
                doc._.set(attribute, value)
            ext.forget_text(doc)
            message = (f"component {self.name} failed on this article: "
                       f"{type(error).__name__}: {error}"[:500])
            ext.add_warning(doc, "component_failed", message)
            logger.warning("quoteminer: %s (the article keeps the other components' "
                           "records)", message)
            return doc


def set_errors_mode(nlp: Any, errors: str) -> None:
    """Switch every guarded component of ``nlp`` to ``errors`` ("warn" or "raise")."""
    check_errors_mode(errors)
    for _, component in nlp.pipeline:
        if isinstance(component, GuardedComponent):
            component.errors = errors
