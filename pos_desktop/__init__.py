"""Booth POS: a desktop point of sale for exhibition and trade-fair counters."""

__version__ = "0.1.0"
