"""Use cases: one method per thing a user does, each one transaction, each checking permissions.

Services return frozen view dataclasses, never ORM objects, so a result can cross threads (a Qt
worker hands it to the UI thread) and cannot be changed behind the database's back.
"""
