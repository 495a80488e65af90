"""Business rules in plain Python: no database, no GUI, no I/O.

Everything here can be unit-tested without a fixture, and every front end applies the same rules.
"""
