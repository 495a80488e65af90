"""The customer display: a second window facing the visitor (``window.py``), fed by the
counter's events (``feed.py``)."""
