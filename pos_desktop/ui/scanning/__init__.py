"""Scanners in the app: keyboard-wedge bursts, serial and camera readers, and the one router
that turns each scan into its action (see ``router.py``)."""
