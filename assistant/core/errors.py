"""Errors meant for the user: each carries a one-line message the CLI and UI show as is."""


class HuashuError(Exception):
    """Base class for expected failures (bad input, missing items, unusable data files)."""


class NotFound(HuashuError):
    pass


class InvalidInput(HuashuError):
    pass


class DataError(HuashuError):
    """The data directory or database cannot be used as it is; nothing was changed."""
