"""Test support: real databases per test, a clock tests can move, quick password hashing."""
