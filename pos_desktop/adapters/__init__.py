"""The outside world (images, printers, cameras, mail) behind small functions and classes.

Thread rule: adapters never touch Qt; they may block, so the GUI calls them from workers.
"""
