"""Persistence: SQLAlchemy models, engines for SQLite and PostgreSQL, the unit of work."""
