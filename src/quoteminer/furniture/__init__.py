"""Page furniture and article metadata: ``furniture_spans(text)``, ``read_metadata(text)``."""

from .metadata import read_metadata
from .spans import FurnitureSpan, furniture_spans

__all__ = ["FurnitureSpan", "furniture_spans", "read_metadata"]
