"""Learned decisions: the annotated corpus, article-level folds, and the models trained on them.

Each learned decision follows the shape of the rules it scores: candidates, a dict of named
features, weights stored as JSON in ``models/``, a training entry point that rebuilds them
(``python -m quoteminer.train``) and an evaluation on articles the weights never saw.
"""
