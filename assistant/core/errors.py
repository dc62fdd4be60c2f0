"""Errors meant for the user: each carries a message code and parameters (see messages.py).

``str(exc)`` is the one-line English text the CLI prints; ``exc.text("zh_CN")`` is the same
message in Chinese for the UI.
"""

from .messages import LocalizedError


class HuashuError(LocalizedError):
    """Base class for expected failures (bad input, missing items, unusable data files)."""


class NotFound(HuashuError):
    pass


class InvalidInput(HuashuError):
    pass


class DataError(HuashuError):
    """The data directory or database cannot be used as it is; nothing was changed."""
