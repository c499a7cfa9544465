"""quoteminer: quotes, speakers and figures from French news articles.

>>> import quoteminer
>>> article = quoteminer.extract("« Nous sommes prêts », a déclaré Antony Blinken.")
>>> [(q.text, article.speaker(q).name) for q in article.quotes]
[('Nous sommes prêts', 'Antony Blinken')]
"""

from .explore.dataframes import to_dataframe
from .pipeline import Miner, extract, load
from .records import (SCHEMA_VERSION, Article, Cue, Figure, Mention, Metadata, Notice, Quote,
                      Speaker)

__version__ = "0.1.0"

__all__ = ["Article", "Cue", "Figure", "Mention", "Metadata", "Miner", "Notice", "Quote",
           "SCHEMA_VERSION", "Speaker", "extract", "load", "to_dataframe", "__version__"]
