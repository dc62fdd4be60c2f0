"""The domain: content, placeholder rendering, salutations and settings.

Pure Python: no Qt, no database sessions, no file or network I/O, so it can be used and tested
anywhere and reasoned about on its own.
"""
